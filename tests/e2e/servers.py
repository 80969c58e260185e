"""One way for the e2e modules to start a server of their own over HTTPS on loopback.

:func:`served`: a fresh data folder, ``certinum init``, the module's own preparation through
the service functions (``prepare(env)``, whose mapping is added to what is yielded), then
``certinum serve`` on a free port with a self-signed certificate for localhost
(:func:`certificate`), Argon2id at its lowest cost (``CHEAP_HASHING``: every browser login
verifies a hash, and no e2e test checks the production parameters).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from accounts_helpers import CHEAP_HASHING


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def certificate(tmp: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and its key, as PEM files in ``tmp``."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    now = datetime.now(UTC)
    cert = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
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


@contextmanager
def served(
    tmp: Path, prepare: Callable[[dict[str, str]], Mapping[str, Any] | None]
) -> Iterator[dict[str, Any]]:
    """``certinum init``, ``prepare(env)``, then ``certinum serve``; yields ``{"url": …}`` and
    what ``prepare`` returned; stops the server at the end."""
    port = free_port()
    cert, key = certificate(tmp)
    env = {**os.environ, **CHEAP_HASHING, "CERTINUM_DATA_DIR": str(tmp / "data"),
           "CERTINUM_BASE_URL": f"https://localhost:{port}"}  # fmt: skip
    env.pop("CERTINUM_DATABASE_URL", None)
    exe = [sys.executable, "-m", "certinum"]
    subprocess.run([*exe, "init"], env=env, capture_output=True, timeout=120, check=True)
    made = prepare(env) or {}
    with serving(env, port, (cert, key)) as url:
        yield {"url": url, **made}


@contextmanager
def serving(env: dict[str, str], port: int, tls: tuple[Path, Path] | None = None) -> Iterator[str]:
    """``certinum serve`` on ``port`` with ``env`` (over HTTPS with ``tls``, the certificate and
    key files), waited for until it accepts connections; yields its URL; stops it at the end."""
    command = [sys.executable, "-m", "certinum", "serve", "--port", str(port)]
    if tls is not None:
        command += ["--ssl-certfile", str(tls[0]), "--ssl-keyfile", str(tls[1])]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
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
        yield f"{'https' if tls else 'http'}://localhost:{port}"
    finally:
        proc.terminate()
        proc.wait(timeout=20)
