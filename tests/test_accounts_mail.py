"""Mail: SMTP (plain and TLS with login) against a local aiosmtpd server started here, the
outbox folder, and the settings that choose between them. No network beyond loopback."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from certificates import NOW

from certinum.mail import MailError, OutboxMailer, SmtpMailer, compose, list_outbox, mailer_for
from certinum.mail.smtp import parse_smtp_url
from certinum.settings import Settings


class Inbox:
    def __init__(self) -> None:
        self.messages: list[Any] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.messages.append(envelope)
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _message() -> Any:
    return compose(
        sender="Certinum <no-reply@certinum.example>", to="jeanne@example.org",
        subject="Réinitialisation", body="Bonjour Jeanne, voici le lien.", now=NOW,
    )  # fmt: skip


def _certificate(tmp_path: Path) -> tuple[Path, Path, bytes]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName(
            [x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    pem = cert.public_bytes(serialization.Encoding.PEM)
    (tmp_path / "cert.pem").write_bytes(pem)
    (tmp_path / "key.pem").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return tmp_path / "cert.pem", tmp_path / "key.pem", pem


@pytest.fixture
def plain_server() -> Iterator[tuple[Inbox, int]]:
    inbox, port = Inbox(), _free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


def test_smtp_delivers(plain_server: tuple[Inbox, int]) -> None:
    inbox, port = plain_server
    SmtpMailer(parse_smtp_url(f"smtp://127.0.0.1:{port}")).send(_message())
    assert len(inbox.messages) == 1
    envelope = inbox.messages[0]
    assert envelope.rcpt_tos == ["jeanne@example.org"]
    assert b"Subject: =?utf-8?q?R=C3=A9initialisation?=" in envelope.content


def test_smtps_with_login(tmp_path: Path) -> None:
    cert, key, pem = _certificate(tmp_path)
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
        assert isinstance(data, LoginPassword)
        logins.append((data.login, data.password))
        return AuthResult(success=data.password == b"p@ss word")

    inbox, port = Inbox(), _free_port()
    controller = Controller(
        inbox, hostname="127.0.0.1", port=port, ssl_context=server_context,
        authenticator=authenticator, auth_require_tls=False,
    )  # fmt: skip
    controller.start()
    try:
        client_context = ssl.create_default_context(cadata=pem.decode())
        url = f"smtps://mailer:p%40ss%20word@127.0.0.1:{port}"
        SmtpMailer(parse_smtp_url(url), client_context).send(_message())
        assert logins == [(b"mailer", b"p@ss word")]
        assert len(inbox.messages) == 1
        bad = parse_smtp_url(f"smtps://mailer:wrong@127.0.0.1:{port}")
        with pytest.raises(MailError) as refused:
            # Here a refused login ends on the client's timeout: a short one keeps the test quick.
            SmtpMailer(bad, client_context, timeout=1).send(_message())
        assert "wrong" not in str(refused.value)  # the password is never in the message
    finally:
        controller.stop()


def test_unreachable_server_is_a_mail_error() -> None:
    with pytest.raises(MailError):
        SmtpMailer(parse_smtp_url(f"smtp://127.0.0.1:{_free_port()}")).send(_message())


@pytest.mark.parametrize("url", ["http://host", "smtp://", "smtp://host:port"])
def test_bad_smtp_url(url: str) -> None:
    with pytest.raises(ValueError, match="CERTINUM_SMTP_URL"):
        parse_smtp_url(url)


def test_smtp_url_defaults_and_repr() -> None:
    assert parse_smtp_url("smtp://mail.example").port == 25
    server = parse_smtp_url("smtps://u:secret@mail.example")
    assert (server.port, server.tls, server.user) == (465, True, "u")
    assert "secret" not in repr(server)


def test_outbox_writes_one_file_per_message_atomically(tmp_path: Path) -> None:
    folder = tmp_path / "outbox"
    mailer = OutboxMailer(folder)
    mailer.send(_message())
    mailer.send(_message())
    files = sorted(folder.iterdir())
    assert len(files) == 2
    assert all(f.suffix == ".eml" and f.stat().st_mode & 0o077 == 0 for f in files)
    listed = list_outbox(folder)
    assert [m["subject"] for m in listed] == ["Réinitialisation"] * 2
    assert listed[0]["body"].strip() == "Bonjour Jeanne, voici le lien."
    (folder / ".tmp-half.eml").write_text("half a message")  # a write in progress
    assert len(list_outbox(folder)) == 2


def test_settings_choose_the_mailer(service_env: dict[str, str]) -> None:
    assert isinstance(mailer_for(Settings.from_env(service_env)), OutboxMailer)
    smtp = mailer_for(Settings.from_env({**service_env, "CERTINUM_SMTP_URL": "smtp://m:2525"}))
    assert isinstance(smtp, SmtpMailer) and smtp.server.port == 2525


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("CERTINUM_SMTP_URL", "mailto:someone"),
        ("CERTINUM_SESSION_IDLE_MINUTES", "soon"),
        ("CERTINUM_LOGIN_FAILURES_PER_ACCOUNT", "0"),
        ("CERTINUM_PASSWORD_OPSLIMIT", "0"),
    ],
)
def test_bad_settings_are_refused_at_start(name: str, value: str) -> None:
    from certinum.settings import SettingsError

    with pytest.raises(SettingsError, match=name):
        Settings.from_env({name: value})


def test_account_settings_are_read() -> None:
    policy = Settings.from_env(
        {"CERTINUM_SESSION_IDLE_MINUTES": "10", "CERTINUM_LOGIN_WINDOW_MINUTES": "5"}
    ).accounts
    assert (policy.session_idle_minutes, policy.login_window_minutes) == (10, 5)
    assert policy.session_absolute_minutes == 12 * 60
