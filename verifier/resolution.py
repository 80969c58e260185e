"""Verification method resolution for the verifier: the :mod:`keys` resolver, and the one
mapping from its errors to the verifier's failure codes.

The resolved type is :class:`keys.ResolvedVerificationMethod` (controller, public key, the
relationships that list it); :func:`key_resolver` is :class:`keys.VerificationMethodResolver`
over the caller's trusted documents: did:key and did:jwk are expanded locally, did:web and
https controller documents come only from ``documents`` (never fetched);
:func:`fetching_resolver` adds the did:web documents of trusted issuers, fetched by the
caller's function under the rules of :mod:`verifier.fetch`.

A :data:`KeyResolver` raises a :class:`keys.KeysError`, which :func:`resolution_error` turns
into the code the ``proof`` check reports, or a :class:`ResolutionError` carrying a code of
its own (a relying party's resolver may name its failures differently). The codes:

==========================  ====================================================
``VM_NO_SCHEME``            the method id is not a URL or DID
``VM_UNKNOWN_SCHEME``       a URL scheme other than did, https, http
``UNSUPPORTED_DID_METHOD``  a DID method other than key, jwk, web
``ISSUER_NOT_TRUSTED``      a did:web or https controller not among ``documents``
``DID_NOT_RETRIEVED``       a trusted did:web whose document cannot be fetched
``KEY_NOT_FOUND``           any other resolution failure (no such method, bad key…)
==========================  ====================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from keys import (
    KeysError,
    ResolvedVerificationMethod,
    UnsupportedDidMethod,
    UntrustedController,
    VerificationMethodResolver,
    verification_method_from_document,
)
from verifier.fetch import FetchError

__all__ = [
    "SUPPORTED_DID_METHODS",
    "KeyResolver",
    "ResolutionError",
    "classify_method_id",
    "fetching_resolver",
    "key_resolver",
    "resolution_error",
]

SUPPORTED_DID_METHODS = ("key", "jwk", "web")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*):")

KeyResolver = Callable[[str], ResolvedVerificationMethod]


class ResolutionError(Exception):
    """A verification method that cannot be resolved, with the failure code to report."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


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


def resolution_error(method_id: str, exc: KeysError) -> ResolutionError:
    """The verifier's failure for ``exc``, raised while resolving ``method_id``.

    A problem with the identifier itself (no scheme, unknown scheme, unsupported DID method)
    is named first, whatever the resolver stumbled on, so a person reads what is wrong with
    the identifier rather than a consequence of it.
    """
    problem = classify_method_id(method_id)
    if problem is not None:
        return problem
    if isinstance(exc, UntrustedController):
        return ResolutionError("ISSUER_NOT_TRUSTED", str(exc))
    if isinstance(exc, UnsupportedDidMethod):
        return ResolutionError("UNSUPPORTED_DID_METHOD", str(exc))
    return ResolutionError("KEY_NOT_FOUND", str(exc))


def key_resolver(documents: Mapping[str, Mapping[str, Any]] | None = None) -> KeyResolver:
    """A resolver over local DID methods and the trusted ``documents`` (id → document)."""
    return VerificationMethodResolver(documents).resolve


def fetching_resolver(
    documents: Mapping[str, Mapping[str, Any]],
    *,
    trusted: frozenset[str],
    fetch_document: Callable[[str], Mapping[str, Any]],
) -> KeyResolver:
    """:func:`key_resolver` over ``documents``, and the did:web documents of the ``trusted``
    issuers not among them from ``fetch_document(did)`` (which raises
    :class:`verifier.fetch.FetchError` when it cannot). A did:web that is not trusted is
    never fetched: it fails as ``ISSUER_NOT_TRUSTED``.
    """
    local = VerificationMethodResolver(documents)

    def resolve(method_id: str) -> ResolvedVerificationMethod:
        controller = method_id.partition("#")[0] if isinstance(method_id, str) else ""
        if not controller.startswith("did:web:") or controller in documents:
            return local.resolve(method_id)
        if controller not in trusted:
            return local.resolve(method_id)  # raises UntrustedController: nothing fetched
        try:
            document = fetch_document(controller)
        except FetchError as exc:
            raise ResolutionError(
                "DID_NOT_RETRIEVED",
                f"the DID document of {controller[:120]} cannot be retrieved: {exc.message}",
            ) from None
        try:
            return verification_method_from_document(document, method_id)
        except KeysError as exc:
            raise resolution_error(method_id, exc) from None

    return resolve
