"""The signing handle: the only place a decrypted issuer key lives, and only inside ``with``.

:meth:`keys.Keyring.signer` decrypts the key, yields a :class:`Signer`, and on exit drops the
``SigningKey``; later calls raise :class:`~keys.errors.SignerClosed`. Python cannot wipe
immutable ``bytes``, so "dropped" is best effort: no reference to the secret survives the
block, and nothing in this package returns, logs or ``repr``\\ s it.

:func:`signer_from_secret_multikey` gives the same handle for a key held outside the keyring,
such as the published test-vector keys (W3C vc-di-eddsa, 1EdTech OB 3.0).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import nacl.signing

from keys.ed25519 import multikey_from_public_key
from keys.errors import InvalidDid, InvalidSecretKey, SignerClosed
from keys.multibase import MultibaseError, decode_ed25519_private, multibase_b58_decode


class Signer:
    """Signs bytes with an Ed25519 issuer key while its ``with`` block lasts."""

    __slots__ = ("_signing_key", "controller", "public_key", "verification_method")

    def __init__(self, signing_key: nacl.signing.SigningKey, verification_method: str) -> None:
        controller, sep, fragment = verification_method.partition("#")
        if not sep or not controller or not fragment:
            raise InvalidDid("a verification method id is <controller>#<fragment>")
        self._signing_key: nacl.signing.SigningKey | None = signing_key
        self.public_key = bytes(signing_key.verify_key)
        self.verification_method = verification_method
        self.controller = controller

    @property
    def public_key_multibase(self) -> str:
        """The key's Multikey ``z6Mk…``."""
        return multikey_from_public_key(self.public_key)

    @property
    def closed(self) -> bool:
        return self._signing_key is None

    def sign(self, data: bytes) -> bytes:
        """The 64-byte Ed25519 signature of ``data`` (RFC 8032 §5.1.6)."""
        if self._signing_key is None:
            raise SignerClosed("the signer was used after its with-block; the key is gone")
        return bytes(self._signing_key.sign(bytes(data)).signature)

    def close(self) -> None:
        """Drop the secret key; further ``sign`` calls raise SignerClosed."""
        self._signing_key = None

    def __repr__(self) -> str:
        state = "closed" if self.closed else "open"
        return f"Signer(verification_method={self.verification_method!r}, {state})"

    __str__ = __repr__


@contextmanager
def signer_from_seed(seed: bytes, verification_method: str) -> Iterator[Signer]:
    """A signer over a 32-byte seed, closed when the block ends."""
    signer = Signer(nacl.signing.SigningKey(bytes(seed)), verification_method)
    try:
        yield signer
    finally:
        signer.close()


@contextmanager
def signer_from_secret_multikey(
    secret_key_multibase: str, verification_method: str
) -> Iterator[Signer]:
    """A signer over a Multikey secret key (``z3u2…`` 32-byte seed, or the 64-byte
    seed‖public form of the 1EdTech vector, whose public half must match the seed)."""
    try:
        seed = decode_ed25519_private(secret_key_multibase)
        raw = multibase_b58_decode(secret_key_multibase)
    except MultibaseError as exc:
        raise InvalidSecretKey(f"not an Ed25519 Multikey secret key: {exc}") from None
    if len(raw) == 66 and raw[34:] != bytes(nacl.signing.SigningKey(seed).verify_key):
        raise InvalidSecretKey("the public half of the 64-byte secret key does not match its seed")
    del raw
    with signer_from_seed(seed, verification_method) as signer:
        del seed
        yield signer
