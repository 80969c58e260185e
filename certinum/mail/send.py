"""What every mailer does: compose a message, and send it or keep it."""

from __future__ import annotations

from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Protocol
from urllib.parse import urlsplit

from certinum.settings import Settings


class MailError(Exception):
    """A message could not be sent or kept (SMTP refused, folder not writable)."""


class Mailer(Protocol):
    def send(self, message: EmailMessage) -> None: ...


def sender_of(base_url: str) -> str:
    """The From address: ``no-reply@`` the base URL's host."""
    return f"Certinum <no-reply@{urlsplit(base_url).hostname or 'localhost'}>"


def compose(*, sender: str, to: str, subject: str, body: str, now: datetime) -> EmailMessage:
    """A plain-text UTF-8 message."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1].rstrip(">"))
    message.set_content(body)
    return message


def mailer_for(settings: Settings) -> Mailer:
    """SMTP when ``CERTINUM_SMTP_URL`` is set, the outbox folder otherwise."""
    from certinum.mail.outbox import OutboxMailer
    from certinum.mail.smtp import SmtpMailer, parse_smtp_url

    if settings.smtp_url:
        return SmtpMailer(parse_smtp_url(settings.smtp_url))
    return OutboxMailer(settings.data_dir / "outbox")
