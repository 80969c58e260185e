"""Revision 0002 on a database with data from 0001: lists are kept and signed at the next start."""

from __future__ import annotations

from datetime import UTC, datetime

from certificates import NOW
from sqlalchemy import text

from certinum.app import create_app
from certinum.db import make_engine, migrate
from certinum.issuance.statuslists import signed_list
from certinum.runtime import Runtime
from certinum.settings import Settings
from certinum.verification.service import verify
from issuer.status_list import new_bitstring, set_bit


def test_upgrade_from_0001_keeps_lists_and_signs_them_at_start(
    database_url: str, service_env: dict[str, str]
) -> None:
    engine = make_engine(database_url)
    migrate(engine, "0001")
    bits = new_bitstring()
    set_bit(bits, 7)
    created = datetime(2026, 5, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO status_lists (id, purpose, size, bits, allocated, version,"
                " created_at, updated_at) VALUES ('1', 'revocation', 131072, :bits, 1, 2, :at, :at)"
            ),
            {"bits": bytes(bits), "at": created},
        )
    migrate(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT signed_document FROM status_lists")).scalar() is None
    engine.dispose()

    runtime = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW)
    try:
        assert signed_list(runtime, "1") is None
        create_app(runtime=runtime)
        signed = signed_list(runtime, "1")
        assert signed is not None
        assert verify(runtime, signed, now=NOW).verified
        assert signed["credentialSubject"]["statusPurpose"] == "revocation"
    finally:
        runtime.close()
