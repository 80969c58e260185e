"""Typed errors of the JSON-LD layer.

Exception tree::

    JsonLdError                  any refusal of the JSON-LD layer
    ├── ContextNotAllowed        a context URL that is not bundled (never fetched)
    ├── InvalidJsonLd            a JSON-LD 1.1 syntax error (the spec's error codes)
    ├── UnsafeJsonLd             safe mode: the RDF would not say what the JSON says
    └── DocumentTooLarge         size, depth or count bounds exceeded

``code`` carries the JSON-LD 1.1 API error code (§9.4.2 ``JsonLdErrorCode``) or, for
:class:`UnsafeJsonLd`, the jsonld.js safe-mode event code ("invalid property",
"relative @type reference", ...), so callers can report it by name.
"""

from __future__ import annotations


class JsonLdError(ValueError):
    """A JSON-LD document or context was refused."""

    def __init__(self, message: str, code: str = "jsonld error") -> None:
        super().__init__(message)
        self.code = code


class ContextNotAllowed(JsonLdError):
    """A context URL that the loader does not bundle: refused, never fetched."""

    def __init__(self, url: str) -> None:
        super().__init__(f'context "{url}" is not allowed (not bundled)', "loading document failed")
        self.url = url


class InvalidJsonLd(JsonLdError):
    """JSON-LD 1.1 syntax error (JSON-LD 1.1 API §9.4.2 error codes)."""


class UnsafeJsonLd(JsonLdError):
    """Safe mode: a term, type or identifier would be dropped or made relative."""


class DocumentTooLarge(JsonLdError):
    """The document exceeds the configured size, depth or node bounds."""
