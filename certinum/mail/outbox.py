"""The outbox folder: one ``.eml`` file per message, for when no SMTP server is configured."""

from __future__ import annotations

import email
import email.policy
import os
import re
import secrets
import tempfile
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from pathlib import Path

from certinum.mail.send import MailError

#: The name :meth:`OutboxMailer.send` gives a message (nothing else is ever opened).
MESSAGE_NAME = re.compile(r"[0-9A-Za-z]{1,20}-[0-9a-f]{12}\.eml")


class OutboxMailer:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, message: EmailMessage) -> None:
        """Write the message to ``<folder>/<date>-<random>.eml`` atomically (temp file, fsync,
        rename), mode 0600: a reader never sees half a message."""
        date = message["Date"]
        stamp = parsedate_to_datetime(date).strftime("%Y%m%dT%H%M%S") if date else "undated"
        name = f"{stamp}-{secrets.token_hex(6)}.eml"
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".eml")
            try:
                with os.fdopen(fd, "wb") as out:
                    out.write(message.as_bytes(policy=email.policy.SMTP))
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(tmp, self.folder / name)
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError as exc:
            raise MailError(f"outbox {self.folder}: {exc.strerror}") from None


def _read(path: Path) -> dict[str, str]:
    with path.open("rb") as handle:
        msg = email.message_from_binary_file(handle, policy=email.policy.default)
    body = msg.get_body(preferencelist=("plain",)) if isinstance(msg, EmailMessage) else None
    return {
        "file": path.name,
        "date": str(msg["Date"] or ""),
        "to": str(msg["To"] or ""),
        "subject": str(msg["Subject"] or ""),
        "body": body.get_content() if body is not None else "",
    }


def list_outbox(folder: Path) -> list[dict[str, str]]:
    """The messages of the outbox, newest first: file name, date, recipient, subject, body."""
    if not folder.is_dir():
        return []
    return [
        _read(path)
        for path in sorted(folder.glob("*.eml"), reverse=True)
        if not path.name.startswith(".")
    ]


def read_outbox(folder: Path, name: str) -> dict[str, str] | None:
    """One message of the outbox by its file name; None for a name the outbox never gives
    (no path can be named) or a message that is not there."""
    if not MESSAGE_NAME.fullmatch(name):
        return None
    path = folder / name
    if not path.is_file():
        return None
    return _read(path)
