"""Identifier issuer (RDFC-1.0 §4.3 Blank Node Identifier Issuer State, §4.5 Issue Identifier).

Identifiers are kept with their ``_:`` prefix (``_:c14n0``, ``_:b1``) because terms are
stored in serialized form; the issued map is ordered, which gives the "issued identifiers
list" of §4.3 for free.
"""

from __future__ import annotations

__all__ = ["IdentifierIssuer"]


class IdentifierIssuer:
    """Issues ``prefix + counter`` identifiers and remembers them, in issue order."""

    __slots__ = ("counter", "issued", "prefix")

    def __init__(self, prefix: str, issued: dict[str, str] | None = None, counter: int = 0):
        self.prefix = prefix
        self.issued: dict[str, str] = {} if issued is None else issued
        self.counter = counter

    def issue(self, existing: str) -> str:
        """§4.5: return the identifier issued for ``existing``, issuing one if needed."""
        identifier = self.issued.get(existing)
        if identifier is None:
            identifier = f"{self.prefix}{self.counter}"
            self.counter += 1
            self.issued[existing] = identifier
        return identifier

    def copy(self) -> IdentifierIssuer:
        """An independent copy (§4.8.3 step 5.4.1, "issuer copy")."""
        return IdentifierIssuer(self.prefix, dict(self.issued), self.counter)
