"""The item bank as the positioning area uses it: one item pool per competence.

Loading and validating the YAML bank takes a while, so it is done once per process for the
packaged bank (:func:`default_catalogue`); tests and tools may build a :class:`Catalogue` from
any :class:`~assessment.bank.Bank` and pass it to the service functions.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from assessment.bank import Bank, Challenge, load_bank
from assessment.pool import ItemPool


@dataclass(frozen=True)
class Catalogue:
    """The bank, and the pool of the current item versions of each competence."""

    bank: Bank
    pools: Mapping[str, ItemPool] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_competence: dict[str, list[Challenge]] = {}
        for challenge in self.bank.challenges:
            by_competence.setdefault(challenge.competence, []).append(challenge)
        pools = {
            code: ItemPool.from_items(
                self.bank.params_at(c.id, c.current_irt.version) for c in challenges
            )
            for code, challenges in by_competence.items()
        }
        object.__setattr__(self, "pools", pools)

    def pool(self, competence: str) -> ItemPool | None:
        """The pool of ``competence``, or None when the bank has no item for it."""
        return self.pools.get(competence)


_BANK_DIRECTORY: list[Path | None] = [None]


def use_item_bank(directory: Path | None) -> None:
    """Serve the bank of ``directory`` (``CERTINUM_ITEM_BANK``; None: the packaged one)."""
    if _BANK_DIRECTORY[0] != directory:
        _BANK_DIRECTORY[0] = directory
        default_catalogue.cache_clear()


@functools.cache
def default_catalogue() -> Catalogue:
    """The catalogue of the configured bank (default ``assessment/items``), loaded on first use."""
    return Catalogue(load_bank(_BANK_DIRECTORY[0]))
