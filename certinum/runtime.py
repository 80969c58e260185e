"""The shared runtime of one running Certinum: settings, clock, database, loader, keyring.

Everything here is the edge: it reads the clock, opens the database and the keyring. The
business areas (:mod:`certinum.accounts`, :mod:`certinum.issuerkeys`,
:mod:`certinum.issuance`, :mod:`certinum.verification`) are functions that take a
:class:`Runtime` and hand explicit arguments to the pure cores.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from certinum.audit import record
from certinum.db import make_engine, migrate, session_factory, transaction
from certinum.errors import IssuerUnavailable, KeyOperationRefused, StartupRefused, UnknownIssuer
from certinum.settings import Settings
from issuer.status_list import MIN_ENTRIES
from keys import KeyFileSecret, Keyring, KeysError, Passphrase, Unlock, write_new_key_file
from keys.keyring_index import INDEX_NAME
from vc.jsonld import DocumentLoader

DEV_UNLOCK_FILE = "dev-unlock.key"
INSTANCES_DIR = "instances"  # under the keys folder: one did:key keyring per issuer instance
INSTANCE_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,30}[a-z0-9])?")


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


def unlock_from(settings: Settings, *, create: bool) -> Unlock:
    """The secret protecting the issuer keys: passphrase, key file, or the development file.

    The development key file is kept in the data folder with the sealed keys, so it protects
    nothing against whoever reads that folder: every start that uses it prints a warning, and
    with ``CERTINUM_ENV=production`` it is refused (:class:`StartupRefused`).
    """
    if settings.key_passphrase:
        return _CachedPassphrase(settings.key_passphrase)
    if settings.key_file is not None:
        return KeyFileSecret.from_file(settings.key_file)
    dev_file = settings.data_dir / DEV_UNLOCK_FILE
    if settings.production:
        raise StartupRefused(
            "CERTINUM_ENV=production needs CERTINUM_KEY_PASSPHRASE or CERTINUM_KEY_FILE;"
            f" the development key file {dev_file} is never used in production"
        )
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
    else:
        print(
            f"warning: the issuer key is protected by the DEVELOPMENT key file {dev_file},"
            " kept in the same data folder; set CERTINUM_KEY_PASSPHRASE or CERTINUM_KEY_FILE",
            file=sys.stderr,
        )
    return KeyFileSecret.from_file(dev_file)


class Runtime:
    """Settings, clock, engine and sessions, document loader, keyring and its unlock secret.

    ``status_list_size`` is how many entries of each new status list are handed out (the
    bitstring itself always has :data:`MIN_ENTRIES` bits, for herd privacy); tests lower it
    to see lists fill up.
    """

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Callable[[], datetime] | None = None,
        create_key: bool = True,
        status_list_size: int = MIN_ENTRIES,
    ) -> None:
        self.settings = settings
        self.clock = clock or (lambda: datetime.now(UTC))
        self.status_list_size = status_list_size
        settings.data_dir.mkdir(parents=True, exist_ok=True)
        os.chmod(settings.data_dir, 0o700)
        self.engine = make_engine(settings.database_url)
        migrate(self.engine)
        self.sessions: sessionmaker[Session] = session_factory(self.engine)
        # The W3C examples context only when asked for (conformance test runs): its @vocab
        # would otherwise let the issuer sign undefined terms.
        self.loader = DocumentLoader(examples=settings.examples_context)
        if settings.examples_context:
            print(
                "warning: CERTINUM_EXAMPLES_CONTEXT is set: the W3C examples context is served,"
                " so terms it gives an IRI through @vocab are signed (conformance runs only)",
                file=sys.stderr,
            )
        self.keyring = Keyring(settings.keys_dir, controller_did=settings.did)
        self._unlock: Unlock | None = None
        self._create_key = create_key
        self._did_cache: tuple[tuple[int, int, int], dict[str, Any]] | None = None
        # Asked on every verification: the paths once, the trusted issuers while no instance
        # folder changes (see trusted_issuers).
        self._index_path = settings.keys_dir / INDEX_NAME
        self._instances_dir = settings.keys_dir / INSTANCES_DIR
        self._trusted_cache: tuple[Any, frozenset[str]] | None = None
        self._instances: dict[str, Keyring] = {}
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
        status_list_size: int = MIN_ENTRIES,
    ) -> Runtime:
        return cls(settings, clock=clock, create_key=create_key, status_list_size=status_list_size)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def unlock(self) -> Unlock:
        """The unlock secret, resolved on first use (a warning for the development file)."""
        if self._unlock is None:
            self._unlock = unlock_from(self.settings, create=self._create_key)
        return self._unlock

    def did_document(self) -> dict[str, Any]:
        """The DID document, re-read only when the keyring index changed on disk.

        Every verification needs it; a rotation or revocation by another process (the CLI
        beside a running server) changes the index file, and so the document.
        """
        try:
            st = self._index_path.stat()
            stamp = (st.st_mtime_ns, st.st_size, st.st_ino)
        except OSError:
            return self.keyring.did_document()
        if self._did_cache is None or self._did_cache[0] != stamp:
            self._did_cache = (stamp, self.keyring.did_document())
        return self._did_cache[1]

    @property
    def instances_dir(self) -> Path:
        return self._instances_dir

    def instance_names(self) -> list[str]:
        """The did:key issuer instances, by name (folders holding a keyring index)."""
        if not self.instances_dir.is_dir():
            return []
        return sorted(
            p.name
            for p in self.instances_dir.iterdir()
            if INSTANCE_NAME.fullmatch(p.name) and (p / INDEX_NAME).is_file()
        )

    def keyring_for(self, instance: str = "") -> Keyring:
        """The keyring that signs for ``instance`` (``""``: the service's did:web).

        Raises :class:`UnknownIssuer` for a name that is no instance, and
        :class:`IssuerUnavailable` for an instance whose keyring cannot be read.
        """
        if not instance:
            return self.keyring
        ring = self._instances.get(instance)
        if ring is None:
            folder = self.instances_dir / instance
            if not INSTANCE_NAME.fullmatch(instance) or not (folder / INDEX_NAME).is_file():
                raise UnknownIssuer(f"no issuer instance {instance[:64]!r}")
            try:
                ring = self._instances[instance] = Keyring.open_did_key(folder)
            except KeysError as exc:
                raise IssuerUnavailable(f"issuer instance {instance}: {exc}") from None
        return ring

    def trusted_issuers(self) -> frozenset[str]:
        """The service's did:web, its instances' did:keys and ``CERTINUM_TRUSTED_ISSUERS``
        (an instance whose keyring cannot be read is left out).

        Worked out again only when the instances folder or one of its keyring indexes
        changed on disk (their times, sizes and inodes), so that an instance another
        process creates is trusted from its next look-up."""
        stamp = self._instances_stamp()
        if self._trusted_cache is not None and self._trusted_cache[0] == stamp:
            return self._trusted_cache[1]
        found = {self.settings.did, *self.settings.trusted_issuers}
        for name in self.instance_names():
            try:
                found.add(self.keyring_for(name).controller_did)
            except IssuerUnavailable:
                continue
        trusted = frozenset(found)
        self._trusted_cache = (stamp, trusted)
        return trusted

    def _instances_stamp(self) -> Any:
        """What changes when an instance is added, removed or its keyring index rewritten."""
        try:
            folder = os.stat(self._instances_dir)
        except OSError:
            return None
        stamps: list[tuple[str, int, int, int]] = []
        with os.scandir(self._instances_dir) as entries:
            for entry in entries:
                try:
                    st = os.stat(os.path.join(entry.path, INDEX_NAME))
                except OSError:
                    continue
                stamps.append((entry.name, st.st_mtime_ns, st.st_size, st.st_ino))
        return (folder.st_mtime_ns, folder.st_ino, tuple(sorted(stamps)))

    def status_list_url(self, list_id: str) -> str:
        return f"{self.settings.base_url}/status/{list_id}"

    def audit(
        self,
        action: str,
        *,
        actor: str,
        target: str = "",
        reason: str = "",
        details: dict[str, Any] | None = None,
    ) -> None:
        """One audit event in a transaction of its own."""
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


def utc(moment: datetime) -> datetime:
    """Aware UTC; SQLite hands back naive datetimes that were stored as UTC."""
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC ending with ``Z``, as the JSON answers write times (naive is UTC)."""
    return utc(moment).isoformat().replace("+00:00", "Z")
