"""Ed25519 public keys as Multikey values, checked; signature verification.

A ``z6Mk…`` Multikey (W3C Controlled Identifiers 1.0 §2.2.2) is decoded by
:mod:`keys.multibase`; here the result is also checked to be a valid Ed25519 point
(canonical encoding, on the curve, in the prime-order subgroup, not of small order), so a
crafted "public key" such as the identity point, which every signature would match under some
verifiers, is refused before it reaches a signature check (RFC 8032 §5.1.7, and the
libsodium ``crypto_core_ed25519_is_valid_point`` rules).
"""

from __future__ import annotations

import nacl.bindings
import nacl.exceptions
import nacl.signing

from keys.ed25519_sizes import PUBLIC_KEY_BYTES, SIGNATURE_BYTES
from keys.errors import InvalidPublicKey, UnsupportedKeyType
from keys.multibase import (
    ED25519_PUB_HEADER,
    MultibaseError,
    decode_ed25519_public,
    encode_ed25519_public,
    multibase_b58_decode,
)

MAX_MULTIKEY_LENGTH = 128


def check_public_key(public_key: bytes) -> bytes:
    """Return ``public_key`` if it is a valid Ed25519 public key, else raise InvalidPublicKey."""
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise InvalidPublicKey(f"an Ed25519 public key has 32 bytes, not {len(public_key)}")
    if not nacl.bindings.crypto_core_ed25519_is_valid_point(public_key):
        raise InvalidPublicKey("not a valid Ed25519 public key (not a prime-order curve point)")
    return public_key


def public_key_from_multikey(multikey: str) -> bytes:
    """Decode an Ed25519 Multikey (``z6Mk…``) into its 32 checked key bytes.

    Raises UnsupportedKeyType for a well-formed Multikey of another key type (other
    multicodec header), InvalidPublicKey for anything else that is not an Ed25519 key.
    """
    if not isinstance(multikey, str) or len(multikey) > MAX_MULTIKEY_LENGTH:
        raise InvalidPublicKey("a Multikey is a short string starting with 'z'")
    try:
        raw = multibase_b58_decode(multikey, max_length=MAX_MULTIKEY_LENGTH)
    except MultibaseError as exc:
        raise InvalidPublicKey(f"malformed Multikey: {exc}") from None
    if raw[:2] != ED25519_PUB_HEADER:
        raise UnsupportedKeyType(
            "only Ed25519 Multikeys (z6Mk…, multicodec 0xed01) are supported"
            f" (header {raw[:2].hex() or 'empty'})"
        )
    try:
        key = decode_ed25519_public(multikey)
    except MultibaseError as exc:
        raise InvalidPublicKey(str(exc)) from None
    return check_public_key(key)


def multikey_from_public_key(public_key: bytes) -> str:
    """Encode 32 checked Ed25519 key bytes as a Multikey ``z6Mk…``."""
    return encode_ed25519_public(check_public_key(public_key))


def verify_signature(public_key: bytes, message: bytes, signature: bytes) -> bool:
    """Check an Ed25519 signature (RFC 8032 §5.1.7); ``False`` for any mismatch, never raises
    for a bad signature."""
    if len(signature) != SIGNATURE_BYTES:
        return False
    try:
        nacl.signing.VerifyKey(check_public_key(public_key)).verify(message, signature)
    except (nacl.exceptions.BadSignatureError, InvalidPublicKey):
        return False
    return True
