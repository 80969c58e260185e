"""Verification method resolution for the verifier, over :mod:`keys`.

did:key and did:jwk are expanded locally; did:web and https controller documents come only
from the caller's trusted ``documents`` (never fetched). Problems are classified before the
lookup so a person reads what is wrong with the identifier itself: no scheme, an unknown
scheme, an unsupported DID method, an issuer that is not trusted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from keys import (
    KeysError,
    UnsupportedDidMethod,
    UntrustedController,
    VerificationMethodResolver,
)
from verifier.verify import KeyResolver, ResolutionError, ResolvedKey

SUPPORTED_DID_METHODS = ("key", "jwk", "web")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")


def classify_method_id(method_id: str) -> ResolutionError | None:
    """A problem with the verification method id itself, or ``None``."""
    match = _SCHEME.match(method_id)
    if match is None:
        return ResolutionError(
            "VM_NO_SCHEME", f"the verification method {method_id[:80]!r} is not a URL or DID"
        )
    scheme = match.group(1).lower()
    if scheme == "did":
        method = method_id.split(":", 2)[1] if method_id.count(":") >= 2 else ""
        if method not in SUPPORTED_DID_METHODS:
            return ResolutionError(
                "UNSUPPORTED_DID_METHOD",
                f"did:{method} is not supported (did:key, did:jwk and trusted did:web are)",
            )
        return None
    if scheme not in ("https", "http"):
        return ResolutionError(
            "VM_UNKNOWN_SCHEME", f"unknown URL scheme {scheme!r} in the verification method"
        )
    return None


def key_resolver(documents: Mapping[str, Mapping[str, Any]] | None = None) -> KeyResolver:
    """A resolver over local DID methods and the trusted ``documents`` (id → document)."""
    resolver = VerificationMethodResolver(documents or {})

    def resolve(method_id: str) -> ResolvedKey:
        problem = classify_method_id(method_id)
        if problem is not None:
            raise problem
        if method_id.startswith("did:key:") and "#" not in method_id:
            # A bare did:key names its only key (did:key §3.1.2).
            method_id = f"{method_id}#{method_id.removeprefix('did:key:')}"
        try:
            found = resolver.resolve(method_id)
        except UntrustedController as exc:
            raise ResolutionError("ISSUER_NOT_TRUSTED", str(exc)) from None
        except UnsupportedDidMethod as exc:
            raise ResolutionError("UNSUPPORTED_DID_METHOD", str(exc)) from None
        except KeysError as exc:
            raise ResolutionError("KEY_NOT_FOUND", str(exc)) from None
        return ResolvedKey(found.id, found.controller, found.public_key, found.relationships)

    return resolve
