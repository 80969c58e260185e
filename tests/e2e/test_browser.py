"""End to end, as an employer would: the real server over HTTPS, Debian's Chromium, the page.

Needs ``/usr/bin/chromium`` (Debian package ``chromium``) and the ``playwright`` Python
package (its driver only: Playwright's own browser downloads are not used). Without them the
tests skip with a message, unless ``CERTINUM_REQUIRE_E2E=1`` (set by ``.ci/run``).
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import skip_or_fail

CHROMIUM = os.environ.get("CERTINUM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _certificate(tmp: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost, made with ``cryptography``."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp / "cert.pem", tmp / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return cert_path, key_path


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"{CHROMIUM} not found (apt-get install chromium)", "CERTINUM_REQUIRE_E2E")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("the playwright package is not installed", "CERTINUM_REQUIRE_E2E")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """``certinum demo`` then ``certinum serve`` over HTTPS, as a user would run them."""
    tmp = tmp_path_factory.mktemp("e2e")
    port = _free_port()
    cert, key = _certificate(tmp)
    env = {
        **os.environ,
        "CERTINUM_DATA_DIR": str(tmp / "data"),
        "CERTINUM_BASE_URL": f"https://localhost:{port}",
    }
    env.pop("CERTINUM_DATABASE_URL", None)
    exe = [sys.executable, "-m", "certinum"]
    demo = subprocess.run(
        [*exe, "demo"], env=env, capture_output=True, text=True, timeout=120, check=True
    )
    codes = re.findall(r"^  (P-[2346789BCDFGHJKMPQRTVWXY]{8}) ", demo.stdout, re.MULTILINE)
    assert len(codes) == 8, demo.stdout
    proc = subprocess.Popen(
        [
            *exe,
            "serve",
            "--port",
            str(port),
            "--ssl-certfile",
            str(cert),
            "--ssl-keyfile",
            str(key),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"server exited: {proc.stdout.read() if proc.stdout else ''}")
                time.sleep(0.2)
        yield {"url": f"https://localhost:{port}", "codes": codes}
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_employer_types_a_code_and_sees_an_authentic_certificate(
    browser: Any, server: dict[str, Any], tmp_path: Path
) -> None:
    page = browser.new_page(ignore_https_errors=True)
    page.goto(server["url"] + "/verify")
    assert "Vérifier un certificat" in page.content()
    page.fill("#code", server["codes"][0].lower().replace("-", " "))
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/verify/P-.*"))
    verdict = page.inner_text("[role=status]")
    assert verdict == "Certificat authentique"
    assert page.locator("li.check-passed").count() == 8
    assert "Jeanne DUPONT" in page.inner_text("h1")
    page.screenshot(path=str(tmp_path / "verify.png"), full_page=True)
    page.close()


def test_unknown_code_says_so(browser: Any, server: dict[str, Any]) -> None:
    page = browser.new_page(ignore_https_errors=True)
    response = page.goto(server["url"] + "/verify/P-BBBBBBBB")
    assert response is not None and response.status == 404
    assert "Aucun certificat ne porte ce code" in page.inner_text("[role=alert]")
    page.goto(server["url"] + "/verify?code=hello")
    assert "suivi de 8 caractères" in page.inner_text("[role=alert]")
    page.close()


def test_did_document_over_https(server: dict[str, Any]) -> None:
    import ssl
    import urllib.request

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(server["url"] + "/.well-known/did.json", context=context) as r:
        body = r.read().decode()
    assert '"assertionMethod"' in body
