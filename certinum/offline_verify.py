"""Verification for ``certinum verify``: reads the service's data, never writes a file.

Opening :class:`certinum.service.Service` would create the data folder, the database and a
development key file, and migrate the database: a verifier has no business doing any of it.
Here everything is read-only:

- the DID document comes from the keyring's public index (no index: the service's own
  credentials cannot be verified, the others can);
- the status lists of the service come from its database opened read-only (a SQLite file
  that does not exist is not created: statuses are then "cannot be determined"); each list
  is signed in memory with the active key, as the service serves it, when the key can be
  unlocked without creating anything (passphrase, key file, or an existing development key
  file); otherwise its status cannot be determined, which is *not verified*.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from certinum.models import StatusList
from certinum.settings import Settings
from issuer.status_list import build_status_list_credential, encode_list
from keys import KeyFileSecret, Keyring, KeysError, Passphrase, Unlock
from keys.keyring import INDEX_NAME
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader, JsonLdError
from verifier.resolution import key_resolver
from verifier.verify import VerificationResult, VerifyOptions, verify_credential

DEV_UNLOCK_FILE = "dev-unlock.key"  # as certinum.service


def _read_only_engine(settings: Settings) -> Engine | None:
    url = settings.database_url
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True)
    path = Path(url.split("///", 1)[-1])
    if not path.is_file():
        return None
    # Without a WAL file everything is in the main file: "immutable" reads it without
    # creating the -shm/-wal files that even a read-only connection needs otherwise.
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if wal.exists() and wal.stat().st_size > 0 else "immutable=1"
    uri = f"file:{path.resolve()}?{query}"
    return create_engine("sqlite://", creator=lambda: sqlite3.connect(uri, uri=True))


def _unlock(settings: Settings) -> Unlock | None:
    if settings.key_passphrase:
        return Passphrase(settings.key_passphrase)
    if settings.key_file is not None:
        return KeyFileSecret.from_file(settings.key_file)
    dev_file = settings.data_dir / DEV_UNLOCK_FILE
    return KeyFileSecret.from_file(dev_file) if dev_file.is_file() else None


class _StatusLists:
    """The service's signed status lists, built from the read-only database."""

    def __init__(
        self, settings: Settings, engine: Engine, keyring: Keyring, loader: DocumentLoader
    ) -> None:
        self.settings, self.engine, self.keyring, self.loader = settings, engine, keyring, loader

    def __call__(self, url: str) -> Mapping[str, Any] | None:
        prefix = f"{self.settings.base_url}/status/"
        list_id = url.removeprefix(prefix)
        if not url.startswith(prefix) or len(list_id) > 64:
            return None
        try:
            with Session(self.engine) as session:
                row = session.get(StatusList, list_id)
                if row is None:
                    return None
                bits, created, updated = row.bits, row.created_at, row.updated_at
            unlock = _unlock(self.settings)
            if unlock is None:
                return None
            unsigned = build_status_list_credential(
                list_url=url,
                issuer=self.settings.did,
                encoded_list=encode_list(bits),
                valid_from=_utc(created),
            )
            with self.keyring.signer(unlock) as signer:
                return create_proof(
                    unsigned,
                    sign=signer.sign,
                    verification_method=signer.verification_method,
                    created=_utc(updated).replace(microsecond=0),
                    loader=self.loader,
                )
        except (SQLAlchemyError, KeysError, JsonLdError, OSError, ValueError):
            return None


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def verify_offline(
    credential: Mapping[str, Any], settings: Settings, *, now: datetime
) -> VerificationResult:
    """The checks of ``service.verify``, with the service's data read, never written."""
    loader = DocumentLoader()
    keyring = Keyring(settings.keys_dir, controller_did=settings.did)
    documents: dict[str, Any] = {}
    if (settings.keys_dir / INDEX_NAME).is_file():
        # A corrupt index: the service's keys are unknown, so its credentials do not verify.
        with contextlib.suppress(KeysError):
            documents[settings.did] = keyring.did_document()
    try:
        engine = _read_only_engine(settings)
    except (SQLAlchemyError, OSError):  # e.g. a malformed database URL: statuses unknown
        engine = None
    try:
        opts = VerifyOptions(
            loader=loader,
            resolve_key=key_resolver(documents),
            now=now,
            trusted_issuers=frozenset({settings.did, *settings.trusted_issuers}),
            status_list_for=(
                _StatusLists(settings, engine, keyring, loader) if engine is not None else None
            ),
        )
        return verify_credential(credential, opts)
    finally:
        if engine is not None:
            engine.dispose()
