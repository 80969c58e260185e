"""Sending through an SMTP server with the standard library's :mod:`smtplib`."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

from certinum.mail.send import MailError

TIMEOUT_SECONDS = 10


@dataclass(frozen=True, slots=True)
class SmtpServer:
    host: str
    port: int
    tls: bool  # smtps: TLS from the first byte
    user: str | None
    password: str | None = None

    def __repr__(self) -> str:  # never show the password
        return f"SmtpServer({self.host!r}, {self.port}, tls={self.tls}, user={self.user!r})"


def parse_smtp_url(url: str) -> SmtpServer:
    """``smtp://[user:pass@]host[:port]`` (port 25) or ``smtps://…`` (port 465)."""
    parts = urlsplit(url)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise ValueError("CERTINUM_SMTP_URL must be smtp://[user:pass@]host[:port] or smtps://…")
    tls = parts.scheme == "smtps"
    try:
        port = parts.port or (465 if tls else 25)
    except ValueError:
        raise ValueError("CERTINUM_SMTP_URL has a bad port") from None
    user = unquote(parts.username) if parts.username else None
    password = unquote(parts.password) if parts.password else None
    return SmtpServer(parts.hostname, port, tls, user, password)


class SmtpMailer:
    def __init__(
        self,
        server: SmtpServer,
        context: ssl.SSLContext | None = None,
        timeout: float = TIMEOUT_SECONDS,
    ) -> None:
        self.server = server
        self._context = context or ssl.create_default_context()
        self._timeout = timeout

    def send(self, message: EmailMessage) -> None:
        s = self.server
        try:
            client: smtplib.SMTP
            if s.tls:
                client = smtplib.SMTP_SSL(
                    s.host, s.port, timeout=self._timeout, context=self._context
                )
            else:
                client = smtplib.SMTP(s.host, s.port, timeout=self._timeout)
            with client:
                if not s.tls:
                    client.ehlo()
                    if client.has_extn("starttls"):
                        client.starttls(context=self._context)
                        client.ehlo()
                if s.user:
                    client.login(s.user, s.password or "")
                client.send_message(message)
        except (OSError, smtplib.SMTPException) as exc:
            raise MailError(f"SMTP {s.host}:{s.port}: {type(exc).__name__}") from None
