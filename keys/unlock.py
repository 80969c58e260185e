"""Key-encryption keys (KEK): from a passphrase with Argon2id, or from a 32-byte key file.

Each sealed key file records how its KEK was derived (the ``kdf`` header), with a fresh random
salt, so files written with different limits or secrets stay readable.

Passphrase: Argon2id (RFC 9106) through libsodium ``crypto_pwhash``, 16-byte salt. The default
limits are libsodium's MODERATE ones (3 passes, 256 MiB), meant for a server unlocking a key
now and then: measured at about 0.9 s on the development machine (INTERACTIVE: 2 passes,
64 MiB, about 0.1 s). Unlock once per batch of signatures, not once per signature. Limits
read back from a file are bounded to libsodium's SENSITIVE ones (4 passes, 1 GiB), so an
altered header cannot make the server allocate without bound. Tests pass cheap limits.

Key file: exactly 32 random bytes, stored either raw (a file of exactly 32 bytes) or as text:
64 hexadecimal digits, or base64 / base64url (padding optional); surrounding whitespace
ignored. Each sealed file derives its own KEK from it with keyed BLAKE2b over its salt,
with a personalisation string for domain separation. A key file readable or writable by group
or others is refused, as ssh refuses a loose private key.

Both record a key check value, BLAKE2b keyed with the KEK over nothing: it tells a wrong
passphrase apart from a tampered file. It gives an attacker nothing the ciphertext did not:
testing a guess still costs one Argon2id run.
"""

from __future__ import annotations

import base64
import binascii
import os
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import nacl.hash
from nacl.encoding import RawEncoder
from nacl.pwhash import argon2id

from keys.errors import InsecureKeyFile, InvalidUnlockSecret, KeyFileTampered, WrongPassphrase

KEK_BYTES = 32
SALT_BYTES = 16
MAX_PASSPHRASE_BYTES = 4096
MAX_KEY_FILE_BYTES = 1024
ARGON2ID = "argon2id"
KEYFILE_BLAKE2B = "keyfile-blake2b"
_KEYFILE_PERSON = b"certinum-kek-v1"


@dataclass(frozen=True)
class Argon2Limits:
    """Argon2id cost: passes (``opslimit``) and memory in bytes (``memlimit``)."""

    opslimit: int
    memlimit: int


MODERATE = Argon2Limits(argon2id.OPSLIMIT_MODERATE, argon2id.MEMLIMIT_MODERATE)
INTERACTIVE = Argon2Limits(argon2id.OPSLIMIT_INTERACTIVE, argon2id.MEMLIMIT_INTERACTIVE)
MAX_LIMITS = Argon2Limits(argon2id.OPSLIMIT_SENSITIVE, argon2id.MEMLIMIT_SENSITIVE)
MIN_LIMITS = Argon2Limits(argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(value: object, size: int, what: str) -> bytes:
    if not isinstance(value, str):
        raise KeyFileTampered(f"{what} missing from the key file header")
    try:
        raw = base64.b64decode(value, validate=True)
    except binascii.Error:
        raise KeyFileTampered(f"{what} is not base64") from None
    if len(raw) != size:
        raise KeyFileTampered(f"{what} has {len(raw)} bytes, expected {size}")
    return raw


def key_check_value(kek: bytes) -> bytes:
    """16 bytes that identify a KEK without revealing it (see module docstring)."""
    return nacl.hash.blake2b(
        b"", digest_size=16, key=kek, person=b"certinum-kcv-v1", encoder=RawEncoder
    )


class Passphrase:
    """A passphrase that unlocks keys through Argon2id. Its ``repr`` never shows it."""

    __slots__ = ("_secret", "limits")

    def __init__(self, passphrase: str | bytes, *, limits: Argon2Limits = MODERATE) -> None:
        secret = passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)
        if not secret:
            raise InvalidUnlockSecret("the key passphrase is empty")
        if len(secret) > MAX_PASSPHRASE_BYTES:
            raise InvalidUnlockSecret("the key passphrase is longer than 4096 bytes")
        if not (MIN_LIMITS.opslimit <= limits.opslimit <= MAX_LIMITS.opslimit) or not (
            MIN_LIMITS.memlimit <= limits.memlimit <= MAX_LIMITS.memlimit
        ):
            raise InvalidUnlockSecret("Argon2id limits outside libsodium's MIN..SENSITIVE range")
        self._secret = secret
        self.limits = limits

    def __repr__(self) -> str:
        return (
            f"Passphrase(<redacted>, opslimit={self.limits.opslimit},"
            f" memlimit={self.limits.memlimit})"
        )

    __str__ = __repr__

    def new_kdf(self, random: Callable[[int], bytes]) -> dict[str, Any]:
        """The ``kdf`` header of a newly sealed file: algorithm, fresh salt, limits."""
        return {
            "alg": ARGON2ID,
            "salt": _b64(random(SALT_BYTES)),
            "opslimit": self.limits.opslimit,
            "memlimit": self.limits.memlimit,
        }

    def derive(self, kdf: Mapping[str, Any]) -> bytes:
        """The KEK described by a sealed file's ``kdf`` header."""
        if kdf.get("alg") != ARGON2ID:
            raise WrongPassphrase("this key is sealed with a key file, not a passphrase")
        salt = _unb64(kdf.get("salt"), SALT_BYTES, "salt")
        ops, mem = kdf.get("opslimit"), kdf.get("memlimit")
        if not isinstance(ops, int) or not isinstance(mem, int):
            raise KeyFileTampered("Argon2id limits missing from the key file header")
        if not (MIN_LIMITS.opslimit <= ops <= MAX_LIMITS.opslimit) or not (
            MIN_LIMITS.memlimit <= mem <= MAX_LIMITS.memlimit
        ):
            raise KeyFileTampered("Argon2id limits in the key file are out of bounds")
        return argon2id.kdf(KEK_BYTES, self._secret, salt, opslimit=ops, memlimit=mem)


def parse_key_file(data: bytes) -> bytes:
    """The 32-byte master key in a key file's content (raw, hex, or base64; see module doc)."""
    if len(data) == KEK_BYTES:
        return bytes(data)
    if len(data) > MAX_KEY_FILE_BYTES:
        raise InvalidUnlockSecret("the key file is too large to hold a 32-byte key")
    try:
        text = data.decode("ascii").strip()
    except UnicodeDecodeError:
        raise InvalidUnlockSecret("the key file holds neither 32 raw bytes nor text") from None
    key: bytes | None = None
    if len(text) == 2 * KEK_BYTES:
        try:
            key = bytes.fromhex(text)
        except ValueError:
            key = None
    if key is None:
        padded = text.replace("-", "+").replace("_", "/") + "=" * (-len(text) % 4)
        try:
            key = base64.b64decode(padded, validate=True)
        except binascii.Error:
            key = None
    if key is None or len(key) != KEK_BYTES:
        raise InvalidUnlockSecret(
            "the key file must hold a 32-byte key: 32 raw bytes, 64 hex digits, or base64"
        )
    return key


class KeyFileSecret:
    """A 32-byte master key read from a key file. Its ``repr`` never shows it."""

    __slots__ = ("_master",)

    def __init__(self, master_key: bytes) -> None:
        if len(master_key) != KEK_BYTES:
            raise InvalidUnlockSecret("a key-encryption key has 32 bytes")
        self._master = bytes(master_key)

    @classmethod
    def from_file(cls, path: str | Path, *, check_permissions: bool = True) -> KeyFileSecret:
        """Read a key file; refuse it if group or others may read or write it."""
        try:
            with open(path, "rb") as handle:
                mode = os.fstat(handle.fileno()).st_mode
                data = handle.read(MAX_KEY_FILE_BYTES + 1)
        except OSError as exc:
            raise InvalidUnlockSecret(f"cannot read the key file {path}: {exc.strerror}") from None
        if check_permissions and stat.S_IMODE(mode) & 0o077:
            raise InsecureKeyFile(
                f"the key file {path} is accessible to group or others"
                f" (mode {stat.S_IMODE(mode):04o}); chmod 600 it"
            )
        return cls(parse_key_file(data))

    def __repr__(self) -> str:
        return "KeyFileSecret(<redacted>)"

    __str__ = __repr__

    def new_kdf(self, random: Callable[[int], bytes]) -> dict[str, Any]:
        return {"alg": KEYFILE_BLAKE2B, "salt": _b64(random(SALT_BYTES))}

    def derive(self, kdf: Mapping[str, Any]) -> bytes:
        if kdf.get("alg") != KEYFILE_BLAKE2B:
            raise WrongPassphrase("this key is sealed with a passphrase, not a key file")
        salt = _unb64(kdf.get("salt"), SALT_BYTES, "salt")
        return nacl.hash.blake2b(
            salt,
            digest_size=KEK_BYTES,
            key=self._master,
            person=_KEYFILE_PERSON,
            encoder=RawEncoder,
        )


Unlock = Passphrase | KeyFileSecret
"""What opens (and seals) an issuer key: a passphrase or a key file."""


def write_new_key_file(path: str | Path, random: Callable[[int], bytes] = os.urandom) -> None:
    """Create a new key file (64 hex digits, mode 0600); refuses to overwrite an existing file."""
    key = random(KEK_BYTES)
    if len(key) != KEK_BYTES:
        raise InvalidUnlockSecret("the randomness source returned the wrong number of bytes")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except FileExistsError:
        raise InvalidUnlockSecret(f"{path} exists; not overwriting a key file") from None
    with os.fdopen(fd, "w", encoding="ascii") as handle:
        os.fchmod(handle.fileno(), 0o600)
        handle.write(key.hex() + "\n")
