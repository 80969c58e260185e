"""JWK ⇄ Multikey for Ed25519 public keys (RFC 8037 §2, RFC 7517).

An Ed25519 public JWK is ``{"kty": "OKP", "crv": "Ed25519", "x": base64url(32 bytes)}``;
``x`` is unpadded base64url (RFC 7515 §2). Conversion refuses a JWK with ``d`` (private key
material: the did:jwk spec forbids it, and a public-key API has no use for it), a ``use`` other
than ``sig``, and any other key type, with typed errors.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Mapping
from typing import Any

from keys.ed25519 import check_public_key, multikey_from_public_key, public_key_from_multikey
from keys.errors import InvalidJwk, InvalidPublicKey, UnsupportedKeyType

_B64URL = re.compile(r"[A-Za-z0-9_-]*")
MAX_JWK_MEMBERS = 16


def b64url_encode(data: bytes) -> str:
    """Unpadded base64url (RFC 7515 §2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict unpadded base64url: no padding, no whitespace, only the URL-safe alphabet."""
    if not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise InvalidJwk("not unpadded base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except binascii.Error:
        raise InvalidJwk("not unpadded base64url") from None


def public_key_from_jwk(jwk: Mapping[str, Any]) -> bytes:
    """The 32 checked key bytes of an Ed25519 public JWK."""
    if not isinstance(jwk, Mapping):
        raise InvalidJwk("a JWK is a JSON object")
    if len(jwk) > MAX_JWK_MEMBERS:
        raise InvalidJwk("too many JWK members")
    if "d" in jwk:
        raise InvalidJwk("the JWK holds private key material ('d'); only public JWKs are accepted")
    kty, crv = jwk.get("kty"), jwk.get("crv")
    if kty != "OKP" or crv != "Ed25519":
        raise UnsupportedKeyType(
            f"only Ed25519 JWKs (kty OKP, crv Ed25519) are supported, not kty={kty!r} crv={crv!r}"
        )
    if "use" in jwk and jwk["use"] != "sig":
        raise InvalidJwk(f"an Ed25519 JWK is for signatures; 'use' is {jwk['use']!r}")
    x = jwk.get("x")
    if not isinstance(x, str):
        raise InvalidJwk("the JWK has no 'x' string")
    try:
        return check_public_key(b64url_decode(x))
    except InvalidPublicKey as exc:
        raise InvalidJwk(f"'x' is not an Ed25519 public key: {exc}") from None


def jwk_from_public_key(public_key: bytes) -> dict[str, str]:
    """The minimal Ed25519 public JWK (members in RFC 7638 thumbprint order)."""
    return {"crv": "Ed25519", "kty": "OKP", "x": b64url_encode(check_public_key(public_key))}


def jwk_to_multikey(jwk: Mapping[str, Any]) -> str:
    """Ed25519 public JWK → Multikey ``z6Mk…``."""
    return multikey_from_public_key(public_key_from_jwk(jwk))


def multikey_to_jwk(multikey: str) -> dict[str, str]:
    """Multikey ``z6Mk…`` → Ed25519 public JWK ``{"crv", "kty", "x"}``."""
    return jwk_from_public_key(public_key_from_multikey(multikey))
