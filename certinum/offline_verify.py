"""Verification for ``certinum verify``: reads the service's data, never writes a file.

Opening :class:`certinum.runtime.Runtime` would create the data folder, the database and a
development key file, and migrate the database: a verifier has no business doing any of it.
Here everything is read-only:

- the DID document comes from the keyring's public index (no index: the service's own
  credentials cannot be verified, the others can);
- the status lists of the service are the signed lists stored in its database, opened
  read-only (a SQLite file that does not exist is not created: statuses are then "cannot be
  determined", which is *not verified*). No key is unlocked;
- the trusted issuers are the service's did:web, ``CERTINUM_TRUSTED_ISSUERS`` and the issuers
  an admin added to the trust list (``certinum trust``), read from the same database. Nothing
  is fetched: a trusted did:web other than the service's cannot be resolved offline.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from certinum.issuance.statuslists import MAX_LIST_ID_LENGTH
from certinum.models import StatusList
from certinum.settings import Settings
from certinum.trust.tables import TrustedIssuer
from keys import Keyring, KeysError
from keys.keyring_index import INDEX_NAME
from vc.jsonld import DocumentLoader
from verifier.resolution import key_resolver
from verifier.verify import VerificationResult, VerifyOptions, verify_credential


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


class _StatusLists:
    """The service's signed status lists, read from the read-only database."""

    def __init__(self, settings: Settings, engine: Engine) -> None:
        self.settings, self.engine = settings, engine

    def __call__(self, url: str) -> Mapping[str, Any] | None:
        prefix = f"{self.settings.base_url}/status/"
        list_id = url.removeprefix(prefix)
        if not url.startswith(prefix) or len(list_id) > MAX_LIST_ID_LENGTH:
            return None
        try:
            with Session(self.engine) as session:
                query = select(StatusList.signed_document).where(StatusList.id == list_id)
                document = session.scalar(query)
        except SQLAlchemyError:  # e.g. a database from before signed lists were stored
            return None
        return None if document is None else dict(json.loads(document))


def _added_issuers(engine: Engine | None) -> frozenset[str]:
    """The issuers an admin added to the trust list (none without a readable database)."""
    if engine is None:
        return frozenset()
    try:
        with Session(engine) as session:
            return frozenset(session.scalars(select(TrustedIssuer.issuer)))
    except SQLAlchemyError:  # e.g. a database from before the trust list
        return frozenset()


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
            trusted_issuers=frozenset({settings.did, *settings.trusted_issuers})
            | _added_issuers(engine),
            status_list_for=(_StatusLists(settings, engine) if engine is not None else None),
        )
        return verify_credential(credential, opts)
    finally:
        if engine is not None:
            engine.dispose()
