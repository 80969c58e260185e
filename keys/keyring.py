"""The issuer keyring: one folder, one sealed file per key, one public index.

Layout (folder mode 0700, files 0600)::

    keys/
      keyring.json            public index: every key's Multikey, status and dates
      z6Mk….sealed.json       the sealed seed of each key (see keys.sealed)
      .lock                   advisory lock for mutations

Invariant: a non-empty keyring has exactly one ``active`` key. Operations:

- :meth:`Keyring.create_initial_key`: the first key, on an empty keyring.
- :meth:`Keyring.rotate`: a new active key; the previous one becomes ``retired`` and stays in
  the DID document, so what it signed keeps verifying.
- :meth:`Keyring.revoke`: a compromised key becomes ``revoked`` and leaves the DID document,
  so what it signed fails verification; ``compromised_since`` is recorded for the caller to
  select the credentials to re-issue. Revoking the active key creates its replacement in the
  same index update.
- :meth:`Keyring.signer`: the only way to use a secret, inside a ``with`` block.
- :meth:`Keyring.create_did_key` / :meth:`Keyring.open_did_key`: a keyring whose controller is
  its one key's ``did:key`` (an issuer instance for peers that resolve only ``did:key``). Such a
  DID *is* its key: it cannot rotate, and revoking its key ends the instance.

The sealed file of a new key is written before the index names it; the index is replaced
atomically. A crash in between leaves an unused sealed file, never an index pointing at a
missing key or two active keys. The index is public data and is not authenticated: a changed
public key is caught when signing (the sealed file binds its public key), a changed status is
not; keep the folder private.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import nacl.signing

from keys import _fs
from keys.did import parse_did
from keys.did_key import did_key_from_multikey
from keys.document import did_document
from keys.ed25519 import multikey_from_public_key
from keys.ed25519_sizes import SEED_BYTES
from keys.errors import (
    KeyCustodyError,
    KeyFileTampered,
    KeyNotFound,
    KeyringCorrupt,
    KeyringNotEmpty,
    KeyStateError,
    NoActiveKey,
)
from keys.keyring_index import INDEX_NAME, index_bytes, read_index
from keys.records import KeyRecord, KeyStatus, utc
from keys.sealed import MAX_SEALED_BYTES, open_seed, seal_seed
from keys.signer import Signer, signer_from_seed
from keys.unlock import Unlock


@dataclass(frozen=True)
class KeyRotation:
    """The result of :meth:`Keyring.rotate`."""

    retired: KeyRecord
    active: KeyRecord


@dataclass(frozen=True)
class KeyRevocation:
    """The result of :meth:`Keyring.revoke`; ``new_active`` when the active key was revoked."""

    revoked: KeyRecord
    new_active: KeyRecord | None


class Keyring:
    """The issuer keys of one controller DID, kept in ``folder``.

    ``seed_source(n)`` returns ``n`` random bytes; it makes key seeds, salts and nonces
    (default ``os.urandom``; tests inject a deterministic one).
    """

    def __init__(
        self,
        folder: str | Path,
        *,
        controller_did: str,
        seed_source: Callable[[int], bytes] = os.urandom,
    ) -> None:
        parse_did(controller_did)
        self.folder = Path(folder)
        self.controller_did = controller_did
        self._random = seed_source

    def __repr__(self) -> str:
        return f"Keyring({str(self.folder)!r}, controller_did={self.controller_did!r})"

    # -- the public index -------------------------------------------------------------

    @property
    def _index_path(self) -> Path:
        return self.folder / INDEX_NAME

    def _sealed_path(self, multikey: str) -> Path:
        return self.folder / f"{multikey}.sealed.json"

    def _load(self) -> list[KeyRecord]:
        records = read_index(self._index_path)
        active = sum(1 for r in records if r.status is KeyStatus.ACTIVE)
        # A did:key instance whose one key was revoked has no active key: it has ended.
        if records and active != 1 and not (self.is_did_key and active == 0):
            raise KeyringCorrupt(f"the keyring has {active} active keys; exactly one is required")
        return records

    def _save(self, records: Sequence[KeyRecord]) -> None:
        _fs.atomic_write(self._index_path, index_bytes(records))

    @contextmanager
    def _mutating(self) -> Iterator[list[KeyRecord]]:
        _fs.ensure_private_folder(self.folder)
        with _fs.locked(self.folder):
            yield self._load()

    # -- reading ------------------------------------------------------------------------

    def list(self) -> tuple[KeyRecord, ...]:
        """Every key, oldest first (the index order)."""
        return tuple(self._load())

    def get(self, key_id: str) -> KeyRecord:
        for record in self._load():
            if record.key_id == key_id:
                return record
        raise KeyNotFound(f"no key {key_id[:60]!r} in the keyring")

    def active(self) -> KeyRecord:
        for record in self._load():
            if record.status is KeyStatus.ACTIVE:
                return record
        raise NoActiveKey("the keyring has no active key; create the initial key first")

    def did_document(self) -> dict[str, Any]:
        """The DID document to serve: active and retired keys (see keys.document)."""
        return did_document(self.controller_did, self._load())

    def verification_method(self, key_id: str) -> str:
        return self.get(key_id).verification_method(self.controller_did)

    # -- changing -----------------------------------------------------------------------

    def _new_key(self, unlock: Unlock, now: datetime) -> KeyRecord:
        seed = self._random(SEED_BYTES)
        if len(seed) != SEED_BYTES:
            raise KeyCustodyError("the randomness source returned the wrong number of bytes")
        return self._seal_new(seed, unlock, now)

    def _seal_new(self, seed: bytes, unlock: Unlock, now: datetime) -> KeyRecord:
        multikey = multikey_from_public_key(bytes(nacl.signing.SigningKey(seed).verify_key))
        content = seal_seed(seed, multikey, unlock, self._random)
        del seed
        path = self._sealed_path(multikey)
        if path.exists():
            raise KeyCustodyError("a sealed file for this new key already exists (bad randomness)")
        _fs.atomic_write(path, content)
        return KeyRecord(public_key_multibase=multikey, created=now, status=KeyStatus.ACTIVE)

    @property
    def is_did_key(self) -> bool:
        """True for a ``did:key`` issuer instance, whose DID is its one key."""
        return self.controller_did.startswith("did:key:")

    @classmethod
    def create_did_key(
        cls,
        folder: str | Path,
        unlock: Unlock,
        now: datetime,
        *,
        seed_source: Callable[[int], bytes] = os.urandom,
    ) -> Keyring:
        """A new keyring in an empty ``folder`` whose controller is its key's ``did:key``.

        Raises KeyringNotEmpty if ``folder`` already holds a keyring.
        """
        now = utc(now, "now")
        seed = seed_source(SEED_BYTES)
        if len(seed) != SEED_BYTES:
            raise KeyCustodyError("the randomness source returned the wrong number of bytes")
        multikey = multikey_from_public_key(bytes(nacl.signing.SigningKey(seed).verify_key))
        ring = cls(folder, controller_did=did_key_from_multikey(multikey), seed_source=seed_source)
        with ring._mutating() as records:
            if records:
                raise KeyringNotEmpty(f"{folder} already holds a keyring")
            record = ring._seal_new(seed, unlock, now)
            del seed
            ring._save([record])
        return ring

    @classmethod
    def open_did_key(cls, folder: str | Path) -> Keyring:
        """The ``did:key`` keyring kept in ``folder`` (its controller read from its key)."""
        records = read_index(Path(folder) / INDEX_NAME)
        if len(records) != 1:
            raise KeyringCorrupt(
                f"a did:key keyring holds exactly one key; {folder} has {len(records)}"
            )
        return cls(folder, controller_did=did_key_from_multikey(records[0].public_key_multibase))

    def create_initial_key(self, unlock: Unlock, now: datetime) -> KeyRecord:
        """Create the first, active key. Raises KeyringNotEmpty if any key exists."""
        now = utc(now, "now")
        with self._mutating() as records:
            if records:
                raise KeyringNotEmpty("the keyring already has keys; use rotate")
            record = self._new_key(unlock, now)
            self._save([record])
            return record

    def ensure_initial_key(self, unlock: Unlock, now: datetime) -> tuple[KeyRecord, bool]:
        """The active key, creating it first on an empty keyring: ``(record, created)``."""
        try:
            return self.create_initial_key(unlock, now), True
        except KeyringNotEmpty:
            return self.active(), False

    def rotate(self, unlock: Unlock, now: datetime, *, verify_unlock: bool = True) -> KeyRotation:
        """Make a new active key; the current one becomes retired and stays published.

        With ``verify_unlock`` (the default) ``unlock`` must first open the current active key
        (WrongPassphrase otherwise): a mistyped passphrase would seal a key nobody can use.
        """
        now = utc(now, "now")
        if self.is_did_key:
            raise KeyStateError("a did:key issuer is its key: it cannot rotate")
        with self._mutating() as records:
            current = next((r for r in records if r.status is KeyStatus.ACTIVE), None)
            if current is None:
                raise NoActiveKey("the keyring has no active key; create the initial key first")
            if verify_unlock:
                self._open(current, unlock)
            retired = replace(current, status=KeyStatus.RETIRED, retired_at=now)
            new = self._new_key(unlock, now)
            self._save([retired if r is current else r for r in records] + [new])
            return KeyRotation(retired=retired, active=new)

    def revoke(
        self,
        key_id: str,
        *,
        compromised_since: datetime,
        now: datetime,
        unlock: Unlock | None = None,
    ) -> KeyRevocation:
        """Revoke a compromised key: it leaves the DID document.

        ``compromised_since`` (not after ``now``) is recorded for the caller, who re-issues
        what the key signed since then. Revoking the active key needs ``unlock`` to seal its
        replacement, made in the same step (KeyStateError without it). The sealed file is
        kept for the record; the keyring never signs with a revoked key again.
        """
        now = utc(now, "now")
        since = utc(compromised_since, "compromised_since")
        if since > now:
            raise KeyStateError("compromised_since is after now")
        with self._mutating() as records:
            target = next((r for r in records if r.key_id == key_id), None)
            if target is None:
                raise KeyNotFound(f"no key {key_id[:60]!r} in the keyring")
            if target.status is KeyStatus.REVOKED:
                raise KeyStateError(f"key {key_id[:20]}… is already revoked")
            new_active: KeyRecord | None = None
            if target.status is KeyStatus.ACTIVE and not self.is_did_key:
                if unlock is None:
                    raise KeyStateError(
                        "revoking the active key needs the passphrase or key file"
                        " to create its replacement in the same step"
                    )
                new_active = self._new_key(unlock, now)
            revoked = replace(
                target, status=KeyStatus.REVOKED, revoked_at=now, compromised_since=since
            )
            updated = [revoked if r is target else r for r in records]
            self._save(updated + ([new_active] if new_active else []))
            return KeyRevocation(revoked=revoked, new_active=new_active)

    def change_unlock(self, key_id: str, old: Unlock, new: Unlock) -> None:
        """Re-seal one key under a new passphrase or key file (the seed does not change)."""
        with self._mutating() as records:
            record = next((r for r in records if r.key_id == key_id), None)
            if record is None:
                raise KeyNotFound(f"no key {key_id[:60]!r} in the keyring")
            seed = self._open(record, old)
            content = seal_seed(seed, record.public_key_multibase, new, self._random)
            del seed
            _fs.atomic_write(self._sealed_path(record.public_key_multibase), content)

    # -- signing ------------------------------------------------------------------------

    def _open(self, record: KeyRecord, unlock: Unlock) -> bytes:
        try:
            content = _fs.read_bounded(self._sealed_path(record.key_id), MAX_SEALED_BYTES)
        except FileNotFoundError:
            raise KeyFileTampered(f"the sealed file of key {record.key_id} is missing") from None
        return open_seed(content, record.public_key_multibase, unlock)

    @contextmanager
    def signer(self, unlock: Unlock, *, key_id: str | None = None) -> Iterator[Signer]:
        """Decrypt the active key for the duration of the ``with`` block::

            with keyring.signer(unlock) as signer:
                proof_value = signer.sign(hash_data)
                method = signer.verification_method  # did:web:…#z6Mk…

        ``key_id`` pins the expected key: KeyStateError if it is not (or no longer) the
        active one. Only the active key signs.
        """
        record = self.active() if key_id is None else self.get(key_id)
        if record.status is not KeyStatus.ACTIVE:
            raise KeyStateError(
                f"key {record.key_id[:20]}… is {record.status.value}; only the active key signs"
            )
        seed = self._open(record, unlock)
        with signer_from_seed(seed, record.verification_method(self.controller_did)) as signer:
            del seed
            yield signer
