"""From a verification method id to the public key a proof verifier needs.

Follows the "Retrieve Verification Method" algorithm of W3C Controlled Identifiers 1.0 §3.3:
the document is the one for the URL without its fragment; its ``id`` must equal that URL;
the method is found by its id (absolute, or relative ``#…``), in ``verificationMethod`` or
embedded in a relationship; its ``controller`` must equal the document ``id``. The
relationships that list it are returned, so the caller checks the proof purpose
(``assertionMethod`` for a credential).

Where documents come from:
- ``did:key`` and ``did:jwk`` are expanded locally, from the identifier itself; a bare
  ``did:key`` (no fragment) names its only key, ``did:key:z6Mk…#z6Mk…`` (did:key §3.1.2);
- anything else (``did:web``, or an https controller document as in the 1EdTech OB 3.0
  vector) must be in the caller's ``documents`` mapping of trusted identifier → document.
  Nothing is fetched: an absent did:web or https controller raises UntrustedController; an
  absent DID of another method raises UnsupportedDidMethod.

Key material accepted: ``Multikey`` and ``Ed25519VerificationKey2020`` with a ``z6Mk…``
``publicKeyMultibase``; ``JsonWebKey`` and ``JsonWebKey2020`` with an Ed25519
``publicKeyJwk``. Everything else raises UnsupportedKeyType.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from keys.did import MAX_DID_LENGTH, parse_did, split_did_url
from keys.did_jwk import resolve_did_jwk
from keys.did_key import resolve_did_key
from keys.ed25519 import multikey_from_public_key, public_key_from_multikey
from keys.errors import (
    InvalidDid,
    InvalidDidDocument,
    UnsupportedDidMethod,
    UnsupportedKeyType,
    UntrustedController,
    VerificationMethodNotFound,
)
from keys.jwk import public_key_from_jwk

RELATIONSHIPS = (
    "assertionMethod",
    "authentication",
    "capabilityInvocation",
    "capabilityDelegation",
    "keyAgreement",
)
MULTIBASE_TYPES = frozenset({"Multikey", "Ed25519VerificationKey2020"})
JWK_TYPES = frozenset({"JsonWebKey", "JsonWebKey2020"})
LOCAL_METHODS = frozenset({"key", "jwk"})


@dataclass(frozen=True)
class ResolvedVerificationMethod:
    """A verification method with its checked Ed25519 key and where it is listed."""

    id: str
    controller: str
    type: str
    public_key: bytes
    relationships: frozenset[str]

    @property
    def public_key_multibase(self) -> str:
        return multikey_from_public_key(self.public_key)

    def listed_under(self, relationship: str) -> bool:
        """Whether the controller lists this method under ``relationship``
        (e.g. ``assertionMethod``, the proof purpose of credentials)."""
        return relationship in self.relationships


def _absolute(reference: object, base: str) -> str | None:
    if not isinstance(reference, str):
        return None
    return base + reference if reference.startswith("#") else reference


def _public_key(method: Mapping[str, Any]) -> bytes:
    kind = method.get("type")
    if kind in MULTIBASE_TYPES:
        value = method.get("publicKeyMultibase")
        if not isinstance(value, str):
            raise InvalidDidDocument(f"the {kind} method has no publicKeyMultibase string")
        return public_key_from_multikey(value)
    if kind in JWK_TYPES:
        jwk = method.get("publicKeyJwk")
        if not isinstance(jwk, Mapping):
            raise InvalidDidDocument(f"the {kind} method has no publicKeyJwk object")
        return public_key_from_jwk(jwk)
    raise UnsupportedKeyType(f"unsupported verification method type {kind!r}")


def verification_method_from_document(
    document: Mapping[str, Any], method_id: str
) -> ResolvedVerificationMethod:
    """Find ``method_id`` in a DID / controller document and check it (CID 1.0 §3.3)."""
    if not isinstance(method_id, str) or len(method_id) > MAX_DID_LENGTH:
        raise InvalidDid("a verification method id is a string of bounded length")
    base, sep, fragment = method_id.partition("#")
    if not sep or not fragment:
        raise InvalidDid("a verification method id must have a fragment (…#key)")
    if not isinstance(document, Mapping) or document.get("id") != base:
        raise InvalidDidDocument(f"the document's id is not {base[:80]!r}")
    candidates: list[Mapping[str, Any]] = []
    methods = document.get("verificationMethod", [])
    if not isinstance(methods, list):
        raise InvalidDidDocument("verificationMethod is not a list")
    candidates.extend(m for m in methods if isinstance(m, Mapping))
    relationships: set[str] = set()
    for relationship in RELATIONSHIPS:
        entries = document.get(relationship, [])
        if not isinstance(entries, list):
            raise InvalidDidDocument(f"{relationship} is not a list")
        for entry in entries:
            reference = entry
            if isinstance(entry, Mapping):
                candidates.append(entry)
                reference = entry.get("id")
            if _absolute(reference, base) == method_id:
                relationships.add(relationship)
    found = [m for m in candidates if _absolute(m.get("id"), base) == method_id]
    if not found:
        raise VerificationMethodNotFound(f"no verification method {method_id[:120]!r}")
    if any(m != found[0] for m in found[1:]):
        raise InvalidDidDocument(f"conflicting definitions of {method_id[:120]!r}")
    method = found[0]
    if _absolute(method.get("controller"), base) != base:
        raise InvalidDidDocument("the verification method's controller is not the document id")
    return ResolvedVerificationMethod(
        id=method_id,
        controller=base,
        type=str(method.get("type")),
        public_key=_public_key(method),
        relationships=frozenset(relationships),
    )


class VerificationMethodResolver:
    """Resolve verification method ids with local did:key / did:jwk and trusted documents.

    ``documents`` maps a controller identifier (a did:web, or an https URL) to its document,
    as the caller trusts it (for example the service's own DID document and a trust list).
    """

    def __init__(self, documents: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        self._documents: dict[str, Mapping[str, Any]] = dict(documents or {})

    def document_for(self, controller: str) -> Mapping[str, Any]:
        """The document of ``controller``: expanded locally, or from the trusted mapping."""
        if controller.startswith("did:"):
            method, _ = parse_did(controller)
            if method == "key":
                return resolve_did_key(controller)
            if method == "jwk":
                return resolve_did_jwk(controller)
            if controller in self._documents:
                return self._documents[controller]
            if method == "web":
                raise UntrustedController(
                    f"{controller[:120]} is not a trusted did:web; its document is not fetched"
                )
            raise UnsupportedDidMethod(
                f"did:{method} is not supported (did:key, did:jwk, and trusted did:web are)"
            )
        if controller in self._documents:
            return self._documents[controller]
        if controller.startswith("https://"):
            raise UntrustedController(f"no trusted controller document for {controller[:120]}")
        raise InvalidDid(f"not a DID or https controller: {controller[:80]!r}")

    def resolve(self, method_id: str) -> ResolvedVerificationMethod:
        """Resolve a verification method id (a DID URL or an https URL with a fragment)."""
        if not isinstance(method_id, str) or len(method_id) > MAX_DID_LENGTH:
            raise InvalidDid("a verification method id is a string of bounded length")
        if method_id.startswith("did:"):
            split_did_url(method_id)
        if method_id.startswith("did:key:") and "#" not in method_id:
            method_id = f"{method_id}#{method_id.removeprefix('did:key:')}"
        controller, sep, fragment = method_id.partition("#")
        if not sep or not fragment:
            raise InvalidDid("a verification method id must have a fragment (…#key)")
        return verification_method_from_document(self.document_for(controller), method_id)


def resolve_verification_method(
    method_id: str, documents: Mapping[str, Mapping[str, Any]] | None = None
) -> ResolvedVerificationMethod:
    """Function form of :meth:`VerificationMethodResolver.resolve`."""
    return VerificationMethodResolver(documents).resolve(method_id)
