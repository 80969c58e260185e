"""Mail: through SMTP when ``CERTINUM_SMTP_URL`` is set, else into an outbox folder.

``smtp://user:pass@host:port`` sends in clear (STARTTLS when the server offers it),
``smtps://…`` over TLS from the first byte. Without a URL each message is one ``.eml`` file in
``<data folder>/outbox``, written atomically, which the issuing authority's admins list
(``GET /api/admin/outbox``, and the pages ``/admin/outbox``); ``certinum retention purge``
removes the messages older than ``CERTINUM_RETENTION_OUTBOX_DAYS``.
"""

from certinum.mail.outbox import OutboxMailer, list_outbox
from certinum.mail.send import Mailer, MailError, compose, mailer_for
from certinum.mail.smtp import SmtpMailer, parse_smtp_url

__all__ = [
    "MailError",
    "Mailer",
    "OutboxMailer",
    "SmtpMailer",
    "compose",
    "list_outbox",
    "mailer_for",
    "parse_smtp_url",
]
