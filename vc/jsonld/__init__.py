"""Safe, fast JSON-LD 1.1 → RDF for Certinum's credentials.

- :class:`DocumentLoader`: bundled contexts served from memory by URL; anything else is
  :class:`ContextNotAllowed` (never a network fetch).
- :func:`expand`: JSON-LD 1.1 expansion in *safe mode* (jsonld.js ``safe: true``): a term,
  type or id that the contexts do not define, or any value that would be silently dropped,
  raises :class:`UnsafeJsonLd` naming it.
- :func:`to_rdf`: the document's RDF dataset as canonical N-Quads term strings (the
  ``vc.rdfc`` quad contract), ready for RDFC-1.0.

Processed contexts are cached per loader (see ``_context``); documents are never cached.

Exception tree::

    JsonLdError (ValueError)
    ├── ContextNotAllowed
    ├── InvalidJsonLd
    ├── UnsafeJsonLd
    └── DocumentTooLarge
"""

from __future__ import annotations

from typing import Any

from ._context import MAX_CONTEXT_LIST
from ._errors import (
    ContextNotAllowed,
    DocumentTooLarge,
    InvalidJsonLd,
    JsonLdError,
    UnsafeJsonLd,
)
from ._expand import DEFAULT_LIMITS, Limits, expand
from ._loader import BUNDLED_CONTEXTS, EXAMPLES_CONTEXT, DocumentLoader, default_loader
from ._to_rdf import Quad, RdfDirection, escape_literal, expanded_to_rdf, jcs


def to_rdf(
    document: Any,
    *,
    loader: DocumentLoader | None = None,
    limits: Limits = DEFAULT_LIMITS,
    rdf_direction: RdfDirection | None = None,
) -> list[Quad]:
    """Safe-mode JSON-LD → RDF dataset (JSON-LD 1.1 API §9.2 ``toRdf()``, no generalized RDF).

    Returns quads ``(subject, predicate, object, graph)`` in canonical N-Quads term form,
    without duplicates; the default graph is ``""``. ``rdf_direction="i18n-datatype"`` turns
    values with ``@direction`` into i18n-typed literals; ``None`` refuses them.
    """
    expanded = expand(document, loader=loader, limits=limits)
    return expanded_to_rdf(expanded, rdf_direction=rdf_direction)


__all__ = [
    "BUNDLED_CONTEXTS",
    "DEFAULT_LIMITS",
    "EXAMPLES_CONTEXT",
    "MAX_CONTEXT_LIST",
    "ContextNotAllowed",
    "DocumentLoader",
    "DocumentTooLarge",
    "InvalidJsonLd",
    "JsonLdError",
    "Limits",
    "Quad",
    "RdfDirection",
    "UnsafeJsonLd",
    "default_loader",
    "escape_literal",
    "expand",
    "expanded_to_rdf",
    "jcs",
    "to_rdf",
]
