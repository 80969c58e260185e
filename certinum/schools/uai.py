"""The UAI (unité administrative immatriculée), the code of a French school in the national
directory (RAMSESE): 7 digits and a check letter, 8 characters, e.g. ``0751234J``.

The check letter is ``"ABCDEFGHJKLMNPRSTUVWXYZ"`` (the alphabet without I, O and Q, 23
letters) indexed by the 7-digit number modulo 23.
"""

from __future__ import annotations

import re

UAI_SHAPE = re.compile(r"[0-9]{7}[A-Z]")
CHECK_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def check_letter(digits: str) -> str:
    """The check letter of the 7 digits ``digits``."""
    return CHECK_LETTERS[int(digits) % 23]


def uai_problem(uai: str) -> str | None:
    """Why ``uai`` (upper case, stripped) is not a UAI: ``bad-uai`` (not 7 digits and a
    letter) or ``bad-uai-letter`` (the check letter does not match); None when it is one."""
    if not UAI_SHAPE.fullmatch(uai):
        return "bad-uai"
    if uai[7] != check_letter(uai[:7]):
        return "bad-uai-letter"
    return None


def with_check_letter(digits: str) -> str:
    """The UAI of the 7 digits ``digits`` (for fixtures and the demo)."""
    return digits + check_letter(digits)
