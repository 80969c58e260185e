"""Typed errors of the RDFC-1.0 package (tree drawn in the package docstring).

Every error is a ``ValueError``: each one means "this input cannot be canonicalized",
never a bug in the caller's control flow.
"""

from __future__ import annotations

__all__ = [
    "CanonicalizationBudgetExceeded",
    "CanonicalizationDeadlineExceeded",
    "InvalidTermError",
    "NQuadsSyntaxError",
    "RDFCError",
    "UnsupportedHashAlgorithm",
]


class RDFCError(ValueError):
    """Base class: the dataset or a term cannot be canonicalized."""


class InvalidTermError(RDFCError):
    """A term is not a valid RDF term in canonical N-Quads form (bad IRI, label, literal)."""


class NQuadsSyntaxError(RDFCError):
    """The N-Quads text does not follow the grammar of RDF 1.1 N-Quads §5.

    ``line`` and ``column`` are 1-based positions in the parsed text.
    """

    def __init__(self, message: str, *, line: int, column: int) -> None:
        super().__init__(f"N-Quads syntax error at line {line}, column {column}: {message}")
        self.line = line
        self.column = column


class UnsupportedHashAlgorithm(RDFCError):
    """The hash algorithm is neither SHA256 nor SHA384.

    RDFC-1.0 §4 lets the caller choose the hash algorithm (SHA-256 by default); the test
    suite uses SHA-384 too (test075). Nothing else is accepted.
    """


class CanonicalizationBudgetExceeded(RDFCError):
    """The dataset needs more work than the budget allows (a "poison" dataset).

    Raised instead of running for minutes or hours on a crafted dataset, as the spec's
    security considerations ask of implementations (RDFC-1.0 §7 Security Considerations,
    "Dataset Poisoning").
    """


class CanonicalizationDeadlineExceeded(CanonicalizationBudgetExceeded):
    """The caller's deadline passed before canonicalization finished."""
