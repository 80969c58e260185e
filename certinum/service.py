"""The service: settings, database, keys and the domain packages, composed once.

Everything here is the edge: it reads the clock, opens the database and the keyring, and
hands explicit arguments to the pure cores (``issuer``, ``verifier``, ``keys``).
"""

from __future__ import annotations

import json
import os
import sys
import threading
import uuid
from collections.abc import Callable, Collection, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from certinum.accounts import create_token, token_role
from certinum.audit import record
from certinum.db import make_engine, migrate, session_factory, transaction
from certinum.models import IssuedCredential, StatusList
from certinum.settings import Settings
from issuer.status_list import (
    MIN_ENTRIES,
    StatusEntry,
    allocate_index,
    build_status_list_credential,
    encode_list,
    new_bitstring,
    set_bit,
)
from keys import (
    KeyFileSecret,
    KeyRecord,
    Keyring,
    KeysError,
    Passphrase,
    Unlock,
    write_new_key_file,
)
from keys.keyring import INDEX_NAME
from vc.constants import VC_V2
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader, JsonLdError
from verifier.resolution import key_resolver
from verifier.verify import (
    VerificationResult,
    VerifyOptions,
    verify_credential,
)

ISSUER_NAME = "Certinum — autorité de certification des compétences numériques"
DEV_UNLOCK_FILE = "dev-unlock.key"


class IssuanceRefused(ValueError):
    """A credential the service will not sign; ``code`` names the reason."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


class IssuerUnavailable(RuntimeError):
    """The issuer key cannot be used (wrong passphrase or key file, damaged keyring)."""


class KeyOperationRefused(ValueError):
    """A key operation that cannot be done (unknown key, wrong passphrase…)."""


class _UsedIndexes(Collection[int]):
    """The taken indexes of one status list, asked of the database one index at a time.

    :func:`issuer.status_list.allocate_index` draws random indexes and asks whether each is
    taken; with 131,072 entries the first draw is almost always free, so one indexed lookup
    replaces loading every taken index of the list at each issuance.
    """

    def __init__(self, session: Session, status_list: StatusList) -> None:
        self._session = session
        self._list = status_list

    def __contains__(self, index: object) -> bool:
        query = select(IssuedCredential.id).where(
            IssuedCredential.status_list_id == self._list.id,
            IssuedCredential.status_index == index,
        )
        return self._session.scalar(query.limit(1)) is not None

    def __len__(self) -> int:
        return self._list.allocated

    def __iter__(self) -> Iterator[int]:
        query = select(IssuedCredential.status_index).where(
            IssuedCredential.status_list_id == self._list.id,
            IssuedCredential.status_index.is_not(None),
        )
        for index in self._session.scalars(query):
            if index is not None:
                yield index


class _CachedPassphrase(Passphrase):
    """A passphrase that remembers the key-encryption keys it derived.

    Argon2id costs about a second by design; the service signs many credentials, so it pays
    that once per sealed key file, not once per signature. The KEK stays in memory, the
    signing key itself is still decrypted only inside each ``signer`` block.
    """

    __slots__ = ("_derived",)

    def __init__(self, passphrase: str) -> None:
        super().__init__(passphrase)
        self._derived: dict[str, bytes] = {}

    def derive(self, kdf: Mapping[str, Any]) -> bytes:
        cache_key = json.dumps(dict(kdf), sort_keys=True)
        if cache_key not in self._derived:
            self._derived[cache_key] = super().derive(kdf)
        return self._derived[cache_key]


def _utc(moment: datetime) -> datetime:
    """Aware UTC; SQLite hands back naive datetimes that were stored as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _unlock_from(settings: Settings, *, create: bool) -> Unlock:
    if settings.key_passphrase:
        return _CachedPassphrase(settings.key_passphrase)
    if settings.key_file is not None:
        return KeyFileSecret.from_file(settings.key_file)
    dev_file = settings.data_dir / DEV_UNLOCK_FILE
    if not dev_file.exists():
        if not create:
            raise KeyOperationRefused(
                "no CERTINUM_KEY_PASSPHRASE or CERTINUM_KEY_FILE, and no development key file in"
                f" {settings.data_dir}: run `certinum init` first"
            )
        write_new_key_file(dev_file)
        print(
            f"warning: created a DEVELOPMENT key file {dev_file} to protect the issuer key;"
            " set CERTINUM_KEY_PASSPHRASE or CERTINUM_KEY_FILE in production",
            file=sys.stderr,
        )
    return KeyFileSecret.from_file(dev_file)


class Service:
    """One running Certinum: database sessions, keyring, document loader, clock."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], datetime] | None = None,
        create_key: bool = True,
    ) -> None:
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(settings.data_dir, 0o700)
        self.engine = make_engine(settings.database_url)
        migrate(self.engine)
        self.sessions = session_factory(self.engine)
        self.loader = DocumentLoader()
        self.keyring = Keyring(settings.keys_dir, controller_did=settings.did)
        self._unlock: Unlock | None = None
        self._create_key = create_key
        self._list_lock = threading.Lock()
        self._did_cache: tuple[tuple[int, int, int], dict[str, Any]] | None = None
        self._signed_lists: dict[tuple[str, int], dict[str, Any]] = {}
        if create_key:
            now = self.clock()
            key, created = self.keyring.ensure_initial_key(self.unlock, now)
            if created:
                with transaction(self.sessions) as session:
                    record(
                        session,
                        now=now,
                        actor="system",
                        action="key.create",
                        target=key.key_id,
                        reason="first run: no issuer key existed",
                    )

    @classmethod
    def open(
        cls,
        settings: Settings,
        *,
        create_key: bool = True,
        clock: Callable[[], datetime] | None = None,
    ) -> Service:
        return cls(settings, clock=clock, create_key=create_key)

    def close(self) -> None:
        self.engine.dispose()

    # --- keys ---------------------------------------------------------------------------

    @property
    def unlock(self) -> Unlock:
        if self._unlock is None:
            self._unlock = _unlock_from(self.settings, create=self._create_key)
        return self._unlock

    def active_key(self) -> KeyRecord:
        return self.keyring.active()

    def list_keys(self) -> tuple[KeyRecord, ...]:
        return self.keyring.list()

    def key_json(self, key: KeyRecord) -> dict[str, Any]:
        def iso(moment: datetime | None) -> str | None:
            return moment.isoformat() if moment else None

        return {
            "id": key.key_id,
            "status": str(key.status),
            "verificationMethod": key.verification_method(self.settings.did),
            "created": iso(key.created),
            "retiredAt": iso(key.retired_at),
            "revokedAt": iso(key.revoked_at),
            "compromisedSince": iso(key.compromised_since),
        }

    def did_document(self) -> dict[str, Any]:
        """The DID document, re-read only when the keyring index changed on disk.

        Every verification needs it; a rotation or revocation by another process (the CLI
        beside a running server) changes the index file, and so the document.
        """
        try:
            st = (self.settings.keys_dir / INDEX_NAME).stat()
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            return self.keyring.did_document()
        if self._did_cache is None or self._did_cache[0] != stamp:
            self._did_cache = (stamp, self.keyring.did_document())
        return self._did_cache[1]

    def rotate_key(self, *, actor: str, reason: str) -> tuple[KeyRecord, KeyRecord]:
        now = self.clock()
        try:
            rotation = self.keyring.rotate(self.unlock, now)
        except KeysError as exc:
            raise KeyOperationRefused(str(exc)) from None
        with transaction(self.sessions) as session:
            record(
                session,
                now=now,
                actor=actor,
                action="key.rotate",
                target=rotation.active.key_id,
                reason=reason,
                details={"retired": rotation.retired.key_id},
            )
        return rotation.active, rotation.retired

    def revoke_key(
        self, key_id: str, *, compromised_since: datetime, actor: str, reason: str
    ) -> tuple[KeyRecord, list[str]]:
        """Revoke a compromised key; return it and the credentials signed since the date."""
        now = self.clock()
        try:
            revocation = self.keyring.revoke(
                key_id, compromised_since=compromised_since, now=now, unlock=self.unlock
            )
        except KeysError as exc:
            raise KeyOperationRefused(str(exc)) from None
        method = revocation.revoked.verification_method(self.settings.did)
        with transaction(self.sessions) as session:
            rows = session.scalars(
                select(IssuedCredential)
                .where(IssuedCredential.verification_method == method)
                .where(IssuedCredential.issued_at >= compromised_since)
                .order_by(IssuedCredential.issued_at)
            ).all()
            affected = [
                f"{r.id} {r.verification_code or ''} {r.subject_name}".strip() for r in rows
            ]
            record(
                session,
                now=now,
                actor=actor,
                action="key.revoke",
                target=key_id,
                reason=reason,
                details={
                    "compromisedSince": compromised_since.isoformat(),
                    "newActive": revocation.new_active.key_id if revocation.new_active else None,
                    "credentialsToReissue": [r.id for r in rows],
                },
            )
        return revocation.revoked, affected

    # --- tokens -------------------------------------------------------------------------

    def create_token(self, *, role: str, label: str, actor: str) -> str:
        with transaction(self.sessions) as session:
            return create_token(session, role=role, label=label, now=self.clock(), actor=actor)

    def token_role(self, token: str) -> str | None:
        with self.sessions() as session:
            return token_role(session, token)

    # --- issuance -----------------------------------------------------------------------

    def status_list_url(self, list_id: str) -> str:
        return f"{self.settings.base_url}/status/{list_id}"

    def _allocate_status(self, session: Session) -> tuple[str, StatusEntry]:
        """A random free index in the newest list with room (a new list when all are full)."""
        current = session.scalars(
            select(StatusList)
            .where(StatusList.allocated < StatusList.size)
            .order_by(StatusList.id.desc())
            .limit(1)
        ).first()
        if current is None:
            count = session.scalar(select(func.count()).select_from(StatusList)) or 0
            current = StatusList(
                id=str(count + 1),
                purpose="revocation",
                size=MIN_ENTRIES,
                bits=bytes(new_bitstring(MIN_ENTRIES)),
                allocated=0,
                created_at=self.clock(),
                updated_at=self.clock(),
            )
            session.add(current)
            session.flush()
        index = allocate_index(_UsedIndexes(session, current), size=current.size)
        current.allocated = current.allocated + 1
        return current.id, StatusEntry(self.status_list_url(current.id), index)

    def issue(
        self,
        credential: Mapping[str, Any],
        *,
        options: Mapping[str, Any] | None = None,
        actor: str,
        verification_code: str | None = None,
        subject_name: str = "",
    ) -> dict[str, Any]:
        """Sign ``credential`` with the active key, with a revocation status entry.

        The issuer must be this service (or absent: it is set). Terms the contexts do not
        define are refused (safe mode), so what is signed is what the JSON says.
        """
        options = options or {}
        doc = dict(credential)
        did = self.settings.did
        contexts = doc.get("@context")
        if not isinstance(contexts, list) or not contexts or contexts[0] != VC_V2:
            raise IssuanceRefused("bad-context", f"@context must be a list starting with {VC_V2}")
        if "proof" in doc:
            raise IssuanceRefused("already-signed", "the credential already has a proof")
        issuer = doc.get("issuer")
        issuer_id = issuer.get("id") if isinstance(issuer, Mapping) else issuer
        if issuer is None:
            doc["issuer"] = did
        elif issuer_id != did:
            raise IssuanceRefused(
                "wrong-issuer", f"this service issues as {did}, not {issuer_id!r}"
            )
        now = self.clock().replace(microsecond=0)
        doc.setdefault("id", f"urn:uuid:{uuid.uuid4()}")
        doc.setdefault("validFrom", now.strftime("%Y-%m-%dT%H:%M:%SZ"))
        want_status = options.get("credentialStatus", {"type": "BitstringStatusListEntry"})
        with_status = want_status is not None and "credentialStatus" not in doc
        attempts = 3  # two concurrent issuances may draw the same free status index
        for attempt in range(1, attempts + 1):
            try:
                return self._issue_once(
                    doc, with_status, actor, verification_code, subject_name, now
                )
            except IntegrityError:
                if attempt == attempts:
                    raise
        raise IssuerUnavailable("status index allocation kept colliding")

    def _issue_once(
        self,
        doc: dict[str, Any],
        with_status: bool,
        actor: str,
        verification_code: str | None,
        subject_name: str,
        now: datetime,
    ) -> dict[str, Any]:
        with transaction(self.sessions) as session:
            if session.get(IssuedCredential, str(doc["id"])) is not None:
                raise IssuanceRefused(
                    "duplicate-id", f"a credential with the id {doc['id']!r} was already issued"
                )
            entry: StatusEntry | None = None
            list_id: str | None = None
            if with_status:
                list_id, entry = self._allocate_status(session)
                doc = {**doc, "credentialStatus": entry.to_json()}
            try:
                with self.keyring.signer(self.unlock) as signer:
                    signed = create_proof(
                        doc,
                        sign=signer.sign,
                        verification_method=signer.verification_method,
                        created=now,
                        loader=self.loader,
                    )
                    method = signer.verification_method
            except JsonLdError as exc:
                raise IssuanceRefused("unsafe-json-ld", str(exc)) from None
            except KeysError as exc:
                raise IssuerUnavailable(f"cannot unlock the issuer key: {exc}") from None
            session.add(
                IssuedCredential(
                    id=str(doc["id"]),
                    verification_code=verification_code,
                    subject_name=subject_name,
                    status_list_id=list_id,
                    status_index=entry.index if entry else None,
                    verification_method=method,
                    issued_at=now,
                    document=json.dumps(signed, ensure_ascii=False),
                )
            )
            record(
                session,
                now=now,
                actor=actor,
                action="credential.issue",
                target=str(doc["id"]),
                details={"code": verification_code} if verification_code else {},
            )
        return signed

    def revoke_credential(self, credential_id: str, *, reason: str, actor: str) -> bool:
        """Set the revocation bit of an issued credential; False when it was already revoked."""
        now = self.clock()
        with transaction(self.sessions) as session:
            row = session.get(IssuedCredential, credential_id)
            if row is None or row.status_list_id is None or row.status_index is None:
                raise IssuanceRefused(
                    "unknown-credential", f"no revocable credential {credential_id!r}"
                )
            if row.revoked_at is not None:
                return False
            status_list = session.get(StatusList, row.status_list_id)
            if status_list is None:
                raise IssuanceRefused("unknown-credential", "its status list is missing")
            bits = bytearray(status_list.bits)
            set_bit(bits, row.status_index, True)
            status_list.bits = bytes(bits)
            status_list.updated_at = now
            status_list.version = status_list.version + 1
            row.revoked_at = now
            row.revocation_reason = reason
            record(
                session,
                now=now,
                actor=actor,
                action="credential.revoke",
                target=credential_id,
                reason=reason,
            )
        return True

    def status_list_credential(self, list_id: str) -> dict[str, Any] | None:
        """The signed status list; re-signed only when its bits changed."""
        if len(list_id) > 64:
            return None
        with self.sessions() as session:
            row = session.get(StatusList, list_id)
            if row is None:
                return None
            key = (row.id, row.version)
            with self._list_lock:
                cached = self._signed_lists.get(key)
                if cached is not None:
                    return cached
                unsigned = build_status_list_credential(
                    list_url=self.status_list_url(row.id),
                    issuer=self.settings.did,
                    encoded_list=encode_list(row.bits),
                    valid_from=_utc(row.created_at),
                )
                with self.keyring.signer(self.unlock) as signer:
                    signed = create_proof(
                        unsigned,
                        sign=signer.sign,
                        verification_method=signer.verification_method,
                        created=_utc(row.updated_at).replace(microsecond=0),
                        loader=self.loader,
                    )
                self._signed_lists = {k: v for k, v in self._signed_lists.items() if k[0] != row.id}
                self._signed_lists[key] = signed
                return signed

    # --- verification -------------------------------------------------------------------

    def verify(
        self, credential: Mapping[str, Any], *, now: datetime | None = None
    ) -> VerificationResult:
        prefix = f"{self.settings.base_url}/status/"

        def status_list_for(url: str) -> Mapping[str, Any] | None:
            if url.startswith(prefix):
                return self.status_list_credential(url.removeprefix(prefix))
            return None

        opts = VerifyOptions(
            loader=self.loader,
            resolve_key=key_resolver({self.settings.did: self.did_document()}),
            now=now or self.clock(),
            trusted_issuers=frozenset({self.settings.did, *self.settings.trusted_issuers}),
            status_list_for=status_list_for,
        )
        return verify_credential(credential, opts)

    def code_exists(self, code: str) -> bool:
        with self.sessions() as session:
            return (
                session.scalar(
                    select(IssuedCredential.id).where(IssuedCredential.verification_code == code)
                )
                is not None
            )

    def audit(
        self,
        action: str,
        *,
        actor: str,
        target: str = "",
        reason: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        with transaction(self.sessions) as session:
            record(
                session,
                now=self.clock(),
                actor=actor,
                action=action,
                target=target,
                reason=reason,
                details=details,
            )

    def credential_by_code(self, code: str) -> dict[str, Any] | None:
        with self.sessions() as session:
            row = session.scalar(
                select(IssuedCredential).where(IssuedCredential.verification_code == code)
            )
            return None if row is None else dict(json.loads(row.document))
