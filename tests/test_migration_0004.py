"""Revisions 0003-0004 on a database with lists from 0002: they stay the service's one-bit lists."""

from __future__ import annotations

from datetime import UTC, datetime

from certificates import NOW
from sqlalchemy import text

from certinum.db import make_engine, migrate
from certinum.issuance.service import issue
from certinum.runtime import Runtime
from certinum.settings import Settings
from issuer.status_list import new_bitstring


def test_upgrade_from_0002_keeps_lists_as_the_services_one_bit_lists(
    database_url: str, service_env: dict[str, str]
) -> None:
    engine = make_engine(database_url)
    migrate(engine, "0002")
    created = datetime(2026, 5, 1, tzinfo=UTC)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO status_lists (id, purpose, size, bits, allocated, version,"
                " created_at, updated_at) VALUES ('1', 'revocation', 131072, :bits, 0, 1, :at, :at)"
            ),
            {"bits": bytes(new_bitstring()), "at": created},
        )
    migrate(engine)
    with engine.connect() as conn:
        row = conn.execute(text("SELECT instance, status_size FROM status_lists")).one()
    assert tuple(row) == ("", 1)
    engine.dispose()

    runtime = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW)
    try:
        doc = {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "type": ["VerifiableCredential"],
            "credentialSubject": {"id": "did:example:holder"},
        }
        signed = issue(runtime, doc, actor="test")
        assert signed["credentialStatus"]["statusListCredential"].endswith("/status/1")
    finally:
        runtime.close()
