"""did:key for Ed25519, resolved locally (did:key Method v0.7, §3.1 "Create"/"Read").

``did:key:z6Mk…`` expands, without any registry, into a DID document with one verification
method ``did:key:z6Mk…#z6Mk…`` (§3.1.3 "Document Creation Algorithm"). Options taken from the
spec's defaults: ``publicKeyFormat`` = ``Multikey``, ``enableEncryptionKeyDerivation`` = false
(no X25519 ``keyAgreement`` method: this project only verifies signatures),
``enableExperimentalPublicKeyTypes`` = false. The method is listed under ``authentication``,
``assertionMethod``, ``capabilityInvocation`` and ``capabilityDelegation`` (§3.1.5).

Only Ed25519 (multicodec ``0xed``) keys are supported: another key type raises
:class:`~keys.errors.UnsupportedKeyType`; a did:key with a version prefix or a non-``z``
multibase raises :class:`~keys.errors.InvalidDid`.
"""

from __future__ import annotations

from typing import Any

from keys.did import parse_did, split_did_url
from keys.document import DID_CONTEXTS, verification_method
from keys.ed25519 import multikey_from_public_key, public_key_from_multikey
from keys.errors import (
    InvalidDid,
    InvalidPublicKey,
    UnsupportedDidMethod,
    VerificationMethodNotFound,
)

RELATIONSHIPS = (
    "authentication",
    "assertionMethod",
    "capabilityInvocation",
    "capabilityDelegation",
)


def did_key_from_public_key(public_key: bytes) -> str:
    """``did:key:z6Mk…`` for 32 Ed25519 public key bytes."""
    return "did:key:" + multikey_from_public_key(public_key)


def did_key_from_multikey(multikey: str) -> str:
    """``did:key:`` + the Multikey, after checking it is an Ed25519 key."""
    return did_key_from_public_key(public_key_from_multikey(multikey))


def did_key_multikey(did: str) -> str:
    """The Multikey inside a did:key (§3.1.2 steps 1–5), checked to be a valid Ed25519 key."""
    method, msid = parse_did(did)
    if method != "key":
        raise UnsupportedDidMethod(f"not a did:key: did:{method}")
    if ":" in msid:
        raise InvalidDid("did:key with a version or extra segments is not supported")
    if not msid.startswith("z"):
        raise InvalidDid("a did:key value must be multibase base58btc (start with 'z')")
    try:
        public_key = public_key_from_multikey(msid)
    except InvalidPublicKey as exc:
        raise InvalidDid(f"invalid did:key: {exc}") from None
    if multikey_from_public_key(public_key) != msid:
        raise InvalidDid("non-canonical did:key encoding")
    return msid


def resolve_did_key(did_or_did_url: str) -> dict[str, Any]:
    """The DID document of an Ed25519 did:key (§3.1.3). A DID URL's fragment, if any, must be
    the key's own Multikey, the only verification method, else VerificationMethodNotFound."""
    did, fragment = split_did_url(did_or_did_url)
    multikey = did_key_multikey(did)
    if fragment is not None and fragment != multikey:
        raise VerificationMethodNotFound(
            f"a did:key document has one verification method, #{multikey[:12]}…, not #{fragment}"
        )
    method = verification_method(did, multikey)
    document: dict[str, Any] = {
        "@context": list(DID_CONTEXTS),
        "id": did,
        "verificationMethod": [method],
    }
    for relationship in RELATIONSHIPS:
        document[relationship] = [method["id"]]
    return document
