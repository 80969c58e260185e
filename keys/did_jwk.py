"""did:jwk for Ed25519 public JWKs (did:jwk Method Specification, "Create" and "Read").

``did:jwk:`` + base64url(UTF-8 JSON of the JWK). Reading decodes it, refuses private key
material (the spec: a JWK with a private key "must be rejected"), and builds a document with
one ``JsonWebKey2020`` method ``did:jwk:…#0``. An Ed25519 key is a signature key (``use``
absent or ``sig``), so, as the spec prescribes for signature-only keys, it is listed under
``assertionMethod``, ``authentication``, ``capabilityInvocation`` and ``capabilityDelegation``,
and not under ``keyAgreement``.

Used for wallet-bound credentials: a wallet may present its key as a did:jwk
(OpenID4VCI proof of possession); only Ed25519 JWKs are supported here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from keys.did import parse_did, split_did_url
from keys.errors import InvalidDid, InvalidJwk, UnsupportedDidMethod, VerificationMethodNotFound
from keys.jwk import b64url_decode, b64url_encode, jwk_from_public_key, public_key_from_jwk

DID_JWK_CONTEXTS = ("https://www.w3.org/ns/did/v1", "https://w3id.org/security/suites/jws-2020/v1")
RELATIONSHIPS = (
    "assertionMethod",
    "authentication",
    "capabilityInvocation",
    "capabilityDelegation",
)


def did_jwk_from_jwk(jwk: Mapping[str, Any]) -> str:
    """The did:jwk of an Ed25519 public JWK.

    The JWK is reduced to its required members ``crv``, ``kty``, ``x`` in lexicographic order
    (RFC 7638 §3.2), so one key gives one did:jwk whatever the member order of the input.
    """
    minimal = jwk_from_public_key(public_key_from_jwk(jwk))
    text = json.dumps(minimal, separators=(",", ":"), sort_keys=True)
    return "did:jwk:" + b64url_encode(text.encode("utf-8"))


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in pairs:
        if name in result:
            raise InvalidJwk(f"duplicate JWK member {name!r}")
        result[name] = value
    return result


def did_jwk_jwk(did: str) -> dict[str, Any]:
    """The public JWK inside a did:jwk ("Read" steps 1–4), checked to be Ed25519."""
    method, msid = parse_did(did)
    if method != "jwk":
        raise UnsupportedDidMethod(f"not a did:jwk: did:{method}")
    try:
        text = b64url_decode(msid).decode("utf-8")
        jwk = json.loads(text, object_pairs_hook=_no_duplicates)
    except (InvalidJwk, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InvalidDid(f"the did:jwk value is not base64url JSON: {exc}") from None
    if not isinstance(jwk, dict):
        raise InvalidDid("the did:jwk value is not a JSON object")
    public_key_from_jwk(jwk)
    return jwk


def resolve_did_jwk(did_or_did_url: str) -> dict[str, Any]:
    """The DID document of an Ed25519 did:jwk; a fragment, if any, must be ``0``."""
    did, fragment = split_did_url(did_or_did_url)
    jwk = did_jwk_jwk(did)
    if fragment is not None and fragment != "0":
        raise VerificationMethodNotFound(f"a did:jwk document has one method, #0, not #{fragment}")
    method_id = f"{did}#0"
    document: dict[str, Any] = {
        "@context": list(DID_JWK_CONTEXTS),
        "id": did,
        "verificationMethod": [
            {"id": method_id, "type": "JsonWebKey2020", "controller": did, "publicKeyJwk": jwk}
        ],
    }
    for relationship in RELATIONSHIPS:
        document[relationship] = [method_id]
    return document
