"""RDF Dataset Canonicalization (RDFC-1.0, W3C Recommendation 2024) in pure Python.

Used by ``eddsa-rdfc-2022``: the signed bytes are the canonical N-Quads of the credential.
Written here rather than taken from pyld because pyld 3.3.0 gets string escaping (test060)
and SHA-384 (test075) wrong and has no bound on the work of a crafted dataset (test074).

Terms and quads are plain strings in canonical N-Quads form (see :mod:`._terms`)::

    from vc.rdfc import blank, canonicalize, iri, literal

    quads = [(blank("b0"), iri("https://schema.org/name"), literal("Alice"), "")]
    result = canonicalize(quads)
    result.nquads   # '_:c14n0 <https://schema.org/name> "Alice" .\\n'
    result.issued   # {'b0': 'c14n0'}

Exceptions (all are ``ValueError``)::

    RDFCError
    ├── InvalidTermError                     a term is not canonical N-Quads (bad IRI, ...)
    ├── NQuadsSyntaxError                    parse_nquads: bad input (.line, .column)
    ├── UnsupportedHashAlgorithm             not SHA256 / SHA384
    └── CanonicalizationBudgetExceeded       too much Hash N-Degree Quads work (poison)
        └── CanonicalizationDeadlineExceeded the caller's deadline passed
"""

from ._canon import (
    DEFAULT_BUDGET,
    CanonicalizationBudget,
    CanonicalizationResult,
    canonicalize,
)
from ._errors import (
    CanonicalizationBudgetExceeded,
    CanonicalizationDeadlineExceeded,
    InvalidTermError,
    NQuadsSyntaxError,
    RDFCError,
    UnsupportedHashAlgorithm,
)
from ._nquads import parse_nquads, serialize_nquads
from ._terms import RDF_LANGSTRING, XSD_STRING, Quad, blank, escape_string, iri, literal

__all__ = [
    "DEFAULT_BUDGET",
    "RDF_LANGSTRING",
    "XSD_STRING",
    "CanonicalizationBudget",
    "CanonicalizationBudgetExceeded",
    "CanonicalizationDeadlineExceeded",
    "CanonicalizationResult",
    "InvalidTermError",
    "NQuadsSyntaxError",
    "Quad",
    "RDFCError",
    "UnsupportedHashAlgorithm",
    "blank",
    "canonicalize",
    "escape_string",
    "iri",
    "literal",
    "parse_nquads",
    "serialize_nquads",
]
