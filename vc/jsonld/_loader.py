"""Document loader: a map from URL to bundled context documents, never a network fetch.

Like digitalbazaar's ``securityLoader``: every context a Certinum document may use is bundled
in :mod:`vc.contexts` (URL → file in its README) and served from memory; any other URL
raises :class:`ContextNotAllowed`. Callers may add documents (e.g. older OB 3.0.x contexts
for third-party samples) with ``DocumentLoader(extra={url: document})``, and the VC 2.0
examples context (whose ``@vocab`` defines every term, so it is for test vectors only) with
``DocumentLoader(examples=True)``.

The loader also owns the cache of processed contexts (see :mod:`._context`): a processed
context depends on the documents the loader serves, so the cache lives with the loader.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from importlib import resources
from types import MappingProxyType
from typing import Any

from ._errors import ContextNotAllowed, InvalidJsonLd

#: URL → file name in ``vc/contexts`` (the README's table).
BUNDLED_CONTEXTS: Mapping[str, str] = MappingProxyType(
    {
        "https://www.w3.org/ns/credentials/v2": "credentials-v2.jsonld",
        "https://www.w3.org/2018/credentials/v1": "credentials-v1.jsonld",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json": (
            "ob-v3p0-context-3.0.3.json"
        ),
        "https://w3id.org/security/data-integrity/v2": "data-integrity-v2.jsonld",
        "https://w3id.org/security/multikey/v1": "multikey-v1.jsonld",
        "https://www.w3.org/ns/did/v1": "did-v1.jsonld",
        "https://www.w3.org/ns/credentials/status/v1": "vc-bitstring-status-list-v1.jsonld",
    }
)

#: The VC 2.0 examples context: its ``@vocab`` gives every undefined term an IRI, so with it
#: safe mode refuses nothing and anything can be signed. Bundled for the W3C test vectors
#: and interop tests only; a loader serves it when built with ``examples=True``.
EXAMPLES_CONTEXT = "https://www.w3.org/ns/credentials/examples/v2"
_EXAMPLES_FILE = "credentials-examples-v2.jsonld"

_bundled: dict[str, Any] | None = None


def _read_bundled() -> dict[str, Any]:
    """Every bundled document, the examples context included, read once from the package."""
    global _bundled  # noqa: PLW0603 - read-once module cache of immutable package data
    if _bundled is None:
        root = resources.files("vc").joinpath("contexts")
        _bundled = {
            url: json.loads(root.joinpath(name).read_text(encoding="utf-8"))
            for url, name in {**BUNDLED_CONTEXTS, EXAMPLES_CONTEXT: _EXAMPLES_FILE}.items()
        }
    return _bundled


def bundled_documents() -> Mapping[str, Any]:
    """The bundled context documents that every loader serves (not the examples context)."""
    every = _read_bundled()
    return MappingProxyType({url: every[url] for url in BUNDLED_CONTEXTS})


def examples_document() -> Any:
    """The VC 2.0 examples context document (for tests and conformance suites)."""
    return _read_bundled()[EXAMPLES_CONTEXT]


class DocumentLoader:
    """Serve context documents by URL from memory; unknown URLs raise ContextNotAllowed.

    Documents must not be mutated after they are given to the loader: processed contexts
    derived from them are cached for the loader's lifetime.
    """

    def __init__(
        self,
        extra: Mapping[str, Any] | None = None,
        *,
        examples: bool = False,
        cache_contexts: bool = True,
    ) -> None:
        docs: dict[str, Any] = dict(bundled_documents())
        if examples:
            docs[EXAMPLES_CONTEXT] = examples_document()
        for url, document in (extra or {}).items():
            if not isinstance(document, dict) or "@context" not in document:
                raise InvalidJsonLd(
                    f'document for "{url}" is not a JSON-LD context document',
                    "invalid remote context",
                )
            docs[url] = document
        self._documents: Mapping[str, Any] = MappingProxyType(docs)
        # Root of the processed-context cache (set by _context.initial_context).
        # ``cache_contexts=False`` re-processes every context (to test the cache's correctness).
        self.cache_contexts = cache_contexts
        self.context_cache: object | None = None
        self.cached_contexts = 0  # contexts held by that cache (bounded in ``_context``)

    @property
    def urls(self) -> frozenset[str]:
        return frozenset(self._documents)

    def load(self, url: str) -> Any:
        """Return the JSON document bundled for ``url`` (as loaded, shared: do not mutate)."""
        try:
            return self._documents[url]
        except KeyError:
            raise ContextNotAllowed(url) from None

    def __call__(self, url: str, options: object = None) -> dict[str, Any]:
        """pyld-compatible loader (``{"documentUrl", "document", "contextUrl"}``) for tests."""
        return {"contextUrl": None, "documentUrl": url, "document": self.load(url)}


_default: DocumentLoader | None = None


def default_loader() -> DocumentLoader:
    """A shared loader over the bundled contexts only (its context cache is shared too)."""
    global _default  # noqa: PLW0603 - process-wide immutable default
    if _default is None:
        _default = DocumentLoader()
    return _default
