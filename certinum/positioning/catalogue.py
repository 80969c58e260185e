"""The item bank as the positioning area uses it: one item pool per competence, with the
bank's enemies (:attr:`Bank.enemies`: declared family enemies and the other variants of a
family), and the pretest items of each competence.

Pretest items (:attr:`Bank.pretest`: served, no calibrated version yet) are carried unscored
by the tests (about 1 in 10 items, :mod:`assessment.positioning`) once their competence has at
least ``min_calibrated`` calibrated items to score the tests with. Until then (a new bank, the
shipped one today) a competence serves all its items as scored, on their provisional
parameters, and carries no pretest item: a test needs scored items.

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
from assessment.types import ItemParams

MIN_CALIBRATED = 30  # calibrated items a competence needs before it carries pretest items


@dataclass(frozen=True)
class Catalogue:
    """The bank, the pool of the current scored item versions of each competence (with their
    enemies), and each competence's pretest items."""

    bank: Bank
    min_calibrated: int = MIN_CALIBRATED
    pools: Mapping[str, ItemPool] = field(init=False, repr=False)
    pretest: Mapping[str, tuple[ItemParams, ...]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        by_competence: dict[str, list[Challenge]] = {}
        for challenge in self.bank.challenges:
            by_competence.setdefault(challenge.competence, []).append(challenge)
        pools, pretest = {}, {}
        for code, challenges in by_competence.items():
            calibrated = [c for c in challenges if c.calibrated]
            scored = challenges
            if len(calibrated) >= max(self.min_calibrated, 1):
                scored = calibrated
                pretest[code] = tuple(self._params(c) for c in challenges if not c.calibrated)
            pools[code] = ItemPool.from_items(
                (self._params(c) for c in scored),
                enemies={c.id: self.bank.enemies.get(c.id, frozenset()) for c in challenges},
            )
        object.__setattr__(self, "pools", pools)
        object.__setattr__(self, "pretest", pretest)

    def _params(self, challenge: Challenge) -> ItemParams:
        return self.bank.params_at(challenge.id, challenge.current_irt.version)

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
