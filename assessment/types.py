"""Small value types shared by the bank, the adaptive engine and calibration."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ItemParams:
    """The 2PL parameters of one version of an item, as the engine sees it.

    ``tube`` groups items that test the same thing; a test never gives two items of one tube.
    ``version`` is the item version these parameters belong to: a test stores it so that its
    score can be recomputed exactly after recalibration.
    """

    id: str
    competence: str  # CRCN code, "1.1" … "5.2"
    tube: str
    discrimination: float  # a > 0
    difficulty: float  # b
    version: int = 1
