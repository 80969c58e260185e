"""The issuer's DID document (DID Core 1.0 §5, Controlled Identifiers 1.0 §2.2.2 Multikey).

Served at ``/.well-known/did.json`` for a did:web without a path (did:web §3.2 "Read").
It lists the active key and every retired key as ``Multikey`` verification methods:

- all of them under ``assertionMethod``: the proof purpose of credential proofs (VC Data
  Integrity §4.1), so credentials signed before a rotation still verify;
- the active key alone under ``authentication``: proving control of the DID *now* (for example
  to a wallet) is for the current key only; a retired key is kept to check old signatures,
  not to act;
- revoked keys are left out: what they signed must fail verification.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from keys.did import parse_did
from keys.records import KeyRecord, KeyStatus

DID_CONTEXTS = ("https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1")


def verification_method(controller: str, public_key_multibase: str) -> dict[str, str]:
    """A ``Multikey`` verification method whose fragment is the Multikey."""
    return {
        "id": f"{controller}#{public_key_multibase}",
        "type": "Multikey",
        "controller": controller,
        "publicKeyMultibase": public_key_multibase,
    }


def did_document(did: str, keys: Iterable[KeyRecord]) -> dict[str, Any]:
    """Build the DID document of ``did`` from the keyring's records.

    Order: the active key first, then retired keys, newest first, so a reader sees the
    current key at the top. Raises InvalidDid for a malformed ``did``.
    """
    parse_did(did)
    records = list(keys)
    active = [k for k in records if k.status is KeyStatus.ACTIVE]
    retired = sorted(
        (k for k in records if k.status is KeyStatus.RETIRED),
        key=lambda k: k.created,
        reverse=True,
    )
    methods = [verification_method(did, k.public_key_multibase) for k in [*active, *retired]]
    return {
        "@context": list(DID_CONTEXTS),
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": [m["id"] for m in methods],
        "authentication": [f"{did}#{k.public_key_multibase}" for k in active],
    }
