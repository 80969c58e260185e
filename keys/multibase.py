"""Multibase base58btc and Multikey encodings for Ed25519 keys.

- Multibase (draft-multiformats-multibase): the prefix ``z`` means base58btc (Bitcoin alphabet).
- Multikey (W3C Controlled Identifiers 1.0 §2.2.2): an Ed25519 public key is the multicodec
  header ``0xed 0x01`` followed by the 32 key bytes, in base58btc, so it always starts ``z6Mk``;
  a private key is the header ``0x80 0x26`` followed by the secret key bytes (``z3u2…`` for a
  32-byte seed). Some publishers (the 1EdTech OB 3.0 vector) put the 64-byte libsodium form,
  seed followed by public key, behind the same header; :func:`decode_ed25519_private` accepts both.
"""

from __future__ import annotations

from keys.ed25519_sizes import PUBLIC_KEY_BYTES, SECRET_KEY_BYTES, SEED_BYTES

ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
_INDEX = {c: i for i, c in enumerate(ALPHABET)}

ED25519_PUB_HEADER = b"\xed\x01"
ED25519_PRIV_HEADER = b"\x80\x26"


class MultibaseError(ValueError):
    """A multibase or Multikey string is malformed."""


def b58encode(data: bytes) -> str:
    n = int.from_bytes(data, "big")
    out = []
    while n:
        n, rem = divmod(n, 58)
        out.append(ALPHABET[rem])
    pad = len(data) - len(data.lstrip(b"\0"))
    return "1" * pad + "".join(reversed(out))


def b58decode(text: str) -> bytes:
    n = 0
    for ch in text:
        try:
            n = n * 58 + _INDEX[ch]
        except KeyError:
            raise MultibaseError(f"invalid base58btc character {ch!r}") from None
    pad = len(text) - len(text.lstrip("1"))
    body = n.to_bytes((n.bit_length() + 7) // 8, "big") if n else b""
    return b"\0" * pad + body


def multibase_b58_encode(data: bytes) -> str:
    """Multibase base58btc: ``z`` + base58btc(data)."""
    return "z" + b58encode(data)


def multibase_b58_decode(text: str, *, max_length: int = 4096) -> bytes:
    if not isinstance(text, str) or not text.startswith("z"):
        raise MultibaseError("expected a multibase base58btc value (starting with 'z')")
    if len(text) > max_length:
        raise MultibaseError("multibase value too long")
    return b58decode(text[1:])


def encode_ed25519_public(public_key: bytes) -> str:
    if len(public_key) != PUBLIC_KEY_BYTES:
        raise MultibaseError("an Ed25519 public key has 32 bytes")
    return multibase_b58_encode(ED25519_PUB_HEADER + public_key)


def decode_ed25519_public(multikey: str) -> bytes:
    raw = multibase_b58_decode(multikey)
    if raw[:2] != ED25519_PUB_HEADER or len(raw) != 2 + PUBLIC_KEY_BYTES:
        raise MultibaseError(
            "not an Ed25519 Multikey public key (expected z6Mk…, 0xed01 + 32 bytes)"
        )
    return raw[2:]


def encode_ed25519_private(seed: bytes) -> str:
    if len(seed) != SEED_BYTES:
        raise MultibaseError("an Ed25519 seed has 32 bytes")
    return multibase_b58_encode(ED25519_PRIV_HEADER + seed)


def decode_ed25519_private(multikey: str) -> bytes:
    """Return the 32-byte seed from a Multikey secret key (32-byte seed or 64-byte seed‖public)."""
    raw = multibase_b58_decode(multikey)
    if raw[:2] != ED25519_PRIV_HEADER or len(raw) not in (2 + SEED_BYTES, 2 + SECRET_KEY_BYTES):
        raise MultibaseError(
            "not an Ed25519 Multikey secret key"
            " (expected 0x8026 + 32-byte seed or 64-byte seed‖public)"
        )
    seed = raw[2 : 2 + SEED_BYTES]
    if len(raw) == 2 + SECRET_KEY_BYTES:
        from nacl.signing import SigningKey

        if bytes(SigningKey(seed).verify_key) != raw[2 + SEED_BYTES :]:
            raise MultibaseError(
                "the public half of the 64-byte secret key does not match its seed"
            )
    return seed
