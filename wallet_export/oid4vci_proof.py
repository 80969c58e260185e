"""Holder proofs of possession: the ``jwt`` proof type of OpenID4VCI 1.0 (§F.1, checks §F.4).

A proof is a compact JWS whose header has ``typ`` ``openid4vci-proof+jwt``, ``alg`` ``EdDSA``
or ``Ed25519`` (the two JOSE names of Ed25519: RFC 8037 and the fully-specified RFC 9864),
and exactly one of ``kid`` (a DID URL: ``did:key:z6Mk…#z6Mk…`` or ``did:jwk:…#0``) or ``jwk``
(an Ed25519 public JWK; ``x5c`` is not supported); its payload has ``aud`` (the Credential
Issuer Identifier, compared as a string), ``iat`` (a number, within :data:`MAX_AGE` in the past
and :data:`MAX_SKEW` in the future) and ``nonce`` (a ``c_nonce``: required, since this issuer
has a Nonce Endpoint). :func:`check_proof` checks all of that and the signature, and returns
the DID the credential is bound to: the ``kid``'s DID, or the ``did:jwk`` of a bare JWK. Whether
the nonce is one the issuer gave, and still fresh, is for the caller (it lives in a database):
a proof whose nonce is not gets ``invalid_nonce``; any other defect ``invalid_proof``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from keys.did import split_did_url
from keys.did_jwk import did_jwk_from_jwk, did_jwk_jwk
from keys.did_key import did_key_multikey
from keys.ed25519 import public_key_from_multikey, verify_signature
from keys.errors import KeysError
from keys.jwk import b64url_decode, public_key_from_jwk
from wallet_export.oid4vci_errors import OAuthError

__all__ = [
    "MAX_AGE",
    "MAX_PROOF_CHARS",
    "MAX_SKEW",
    "PROOF_ALGS",
    "PROOF_TYP",
    "CheckedProof",
    "check_proof",
]

PROOF_TYP: Final = "openid4vci-proof+jwt"
PROOF_ALGS: Final = ("EdDSA", "Ed25519")
MAX_PROOF_CHARS: Final = 8192
MAX_AGE: Final = timedelta(minutes=10)
MAX_SKEW: Final = timedelta(minutes=2)
MAX_NONCE_CHARS: Final = 200


@dataclass(frozen=True, slots=True)
class CheckedProof:
    """A proof whose form, audience, time and signature hold: the holder's DID and nonce."""

    holder: str
    nonce: str


def _refuse(description: str) -> OAuthError:
    return OAuthError("invalid_proof", description)


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name, value in pairs:
        if name in found:
            raise ValueError(f"duplicate member {name!r}")
        found[name] = value
    return found


def _json_part(part: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(b64url_decode(part).decode("utf-8"), object_pairs_hook=_no_duplicates)
    except (KeysError, UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(f"the proof {what} is not base64url JSON") from None
    if not isinstance(value, dict):
        raise _refuse(f"the proof {what} is not a JSON object")
    return value


def _holder_key(header: dict[str, Any]) -> tuple[str, bytes]:
    """The DID the credential is bound to and the public key that signed the proof."""
    if "x5c" in header:
        raise _refuse("x5c proofs are not supported: use kid (did:key, did:jwk) or jwk")
    kid, jwk = header.get("kid"), header.get("jwk")
    if (kid is None) == (jwk is None):
        raise _refuse("the proof header needs exactly one of kid and jwk")
    try:
        if jwk is not None:
            if not isinstance(jwk, dict):
                raise _refuse("the proof jwk is not a JSON object")
            return did_jwk_from_jwk(jwk), public_key_from_jwk(jwk)
        if not isinstance(kid, str) or len(kid) > 1000:
            raise _refuse("the proof kid is not a DID URL")
        did, fragment = split_did_url(kid)
        if did.startswith("did:key:"):
            multikey = did_key_multikey(did)
            if fragment != multikey:
                raise _refuse("a did:key kid names its key: did:key:z6Mk...#z6Mk...")
            return did, public_key_from_multikey(multikey)
        if did.startswith("did:jwk:"):
            if fragment != "0":
                raise _refuse("a did:jwk kid names its key: did:jwk:...#0")
            return did, public_key_from_jwk(did_jwk_jwk(did))
    except KeysError as exc:
        raise _refuse(f"the proof key is not an Ed25519 key: {exc}") from None
    raise _refuse("the proof kid must be a did:key or did:jwk DID URL")


def check_proof(token: object, *, audience: str, now: datetime) -> CheckedProof:
    """The holder's DID and the nonce of the proof JWT ``token``, or :class:`OAuthError`
    ``invalid_proof`` naming the first defect (module doc)."""
    if not isinstance(token, str) or not token:
        raise _refuse("a jwt proof is a non-empty string")
    if len(token) > MAX_PROOF_CHARS:
        raise _refuse(f"a proof JWT has at most {MAX_PROOF_CHARS} characters")
    parts = token.split(".")
    if len(parts) != 3:
        raise _refuse("a proof JWT is a compact JWS: three base64url parts")
    header, payload = _json_part(parts[0], "header"), _json_part(parts[1], "payload")
    if header.get("typ") != PROOF_TYP:
        raise _refuse(f"the proof typ must be {PROOF_TYP}")
    if header.get("alg") not in PROOF_ALGS:
        raise _refuse("the proof alg must be EdDSA or Ed25519")
    if "crit" in header:
        raise _refuse("no critical header extension is understood here")
    holder, public_key = _holder_key(header)
    try:
        signature = b64url_decode(parts[2])
    except KeysError:
        raise _refuse("the proof signature is not base64url") from None
    signing_input = f"{parts[0]}.{parts[1]}".encode("ascii")
    if not verify_signature(public_key, signing_input, signature):
        raise _refuse("the proof signature does not verify with the key in its header")
    if payload.get("aud") != audience:
        raise _refuse(f"the proof aud must be the credential issuer identifier {audience}")
    iat = payload.get("iat")
    if isinstance(iat, bool) or not isinstance(iat, int | float):
        raise _refuse("the proof iat must be a number (seconds since 1970)")
    stamp = now.timestamp()
    if not stamp - MAX_AGE.total_seconds() <= iat <= stamp + MAX_SKEW.total_seconds():
        raise _refuse("the proof iat is too old or in the future")
    nonce = payload.get("nonce")
    if not isinstance(nonce, str) or not nonce or len(nonce) > MAX_NONCE_CHARS:
        raise _refuse("the proof has no c_nonce (nonce claim): get one at the nonce endpoint")
    return CheckedProof(holder=holder, nonce=nonce)
