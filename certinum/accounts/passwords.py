"""Password hashing with Argon2id (libsodium through PyNaCl), and what a password must be.

The hash is libsodium's self-describing string (``$argon2id$v=19$m=…,t=…,p=1$salt$hash``), so a
change of cost applies to new hashes while old ones still verify. An unknown login is checked
against :func:`dummy_hash`, so it costs the same time as a known one and reveals nothing.
"""

from __future__ import annotations

import functools

from nacl import exceptions as nacl_exceptions
from nacl import pwhash

from certinum.accounts.policy import AccountSettings

MIN_PASSWORD_LENGTH = 10
MAX_PASSWORD_LENGTH = 1024


class PasswordRefused(ValueError):
    """A new password that the service will not accept (too short, too long)."""


def check_new_password(password: str) -> None:
    """Raise :class:`PasswordRefused` for a password the service will not store."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRefused(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    if len(password) > MAX_PASSWORD_LENGTH:
        raise PasswordRefused(f"a password has at most {MAX_PASSWORD_LENGTH} characters")


def hash_password(password: str, policy: AccountSettings) -> str:
    """The Argon2id string of ``password`` at the policy's cost."""
    digest: bytes = pwhash.argon2id.str(
        password.encode(),
        opslimit=policy.password_opslimit,
        memlimit=policy.password_memlimit_kib * 1024,
    )
    return digest.decode("ascii")


@functools.cache
def dummy_hash(opslimit: int, memlimit_kib: int) -> str:
    """A hash of a random-looking password at this cost, to verify unknown logins against."""
    return hash_password(
        "no account has this password: 7b1f0d",
        AccountSettings(password_opslimit=opslimit, password_memlimit_kib=memlimit_kib),
    )


def verify_password(stored: str | None, password: str, policy: AccountSettings) -> bool:
    """True when ``password`` matches ``stored``; an empty or absent ``stored`` (unknown or
    erased account) is checked against :func:`dummy_hash` and is always False."""
    if len(password) > MAX_PASSWORD_LENGTH:
        return False
    target = stored or dummy_hash(policy.password_opslimit, policy.password_memlimit_kib)
    try:
        ok = bool(pwhash.argon2id.verify(target.encode("ascii"), password.encode()))
    except (nacl_exceptions.InvalidkeyError, nacl_exceptions.CryptoError, UnicodeError):
        ok = False
    return ok and bool(stored)
