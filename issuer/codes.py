"""Verification codes: the short code printed on a certificate, e.g. ``P-7KQ2MXRB``.

Anyone holding the paper certificate types the code on the public verifier, so the code is
the key to a person's result: it must not be guessable. The reference platform draws its
codes with a non-cryptographic generator and never repeats a character (about 2^34.8 codes);
Certinum draws each of the 8 characters independently with a CSPRNG (:mod:`secrets`),
repetition allowed: 24^8 ≈ 1.1 × 10^11 ≈ 2^36.7 codes.

The alphabet ``2346789BCDFGHJKMPQRTVWXY`` leaves out 0, 1, 5 and A, E, I, L, N, O, S, U, Z:
look-alikes (0/O, 1/I/L, 5/S, 2/Z) and vowels (no accidental words).

Normalisation (:func:`normalize_code`), a decision of this module: people copy codes from
paper, so input is accepted in lower case (NFKC-folded, so full-width forms too), with spaces
or dashes anywhere, and with or without the ``P-`` prefix. A leading ``P`` followed by a
separator is the prefix; otherwise 8 characters are the body, and 9 characters starting with
``P`` are the prefix without its dash. So ``P-7KQ2MXR`` (a character missing) is refused
rather than read as the body ``P7KQ2MXR``. Look-alike letters are *not* mapped (an ``O`` is
refused rather than read as ``0``): the alphabet excludes them, so a guessed mapping could
only produce a different code.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Callable
from typing import Final

__all__ = [
    "ALPHABET",
    "BODY_LENGTH",
    "PREFIX",
    "CodeGenerationError",
    "InvalidCodeError",
    "generate_code",
    "generate_unique_code",
    "is_valid_code",
    "normalize_code",
    "try_normalize_code",
]

ALPHABET: Final = "2346789BCDFGHJKMPQRTVWXY"
BODY_LENGTH: Final = 8
PREFIX: Final = "P-"
DEFAULT_MAX_ATTEMPTS: Final = 8

_CANONICAL: Final = re.compile(rf"P-[{ALPHABET}]{{{BODY_LENGTH}}}")
_SEPARATORS: Final = re.compile(r"[\s\-\u2010-\u2015\u2212_.]+")
_PREFIX_RE: Final = re.compile(r"P[\s\-\u2010-\u2015\u2212_.]+")
_MAX_INPUT: Final = 64


class InvalidCodeError(ValueError):
    """Text that is not a verification code, even after normalisation."""


class CodeGenerationError(RuntimeError):
    """No unused code was found within the allowed number of draws.

    With 2^36.7 codes this means the ``exists`` callback is broken (always true) or the
    randomness source is not random; retrying blindly would not help.
    """


def generate_code(*, randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """A fresh code ``P-`` + 8 characters drawn independently from :data:`ALPHABET`.

    ``randbelow(n)`` must return a uniform integer in ``[0, n)``; the default is the CSPRNG.
    """
    chars: list[str] = []
    for _ in range(BODY_LENGTH):
        pick = randbelow(len(ALPHABET))
        if isinstance(pick, bool) or not isinstance(pick, int) or not 0 <= pick < len(ALPHABET):
            raise CodeGenerationError("randbelow returned a value outside [0, 24)")
        chars.append(ALPHABET[pick])
    return PREFIX + "".join(chars)


def generate_unique_code(
    exists: Callable[[str], bool],
    *,
    randbelow: Callable[[int], int] = secrets.randbelow,
    max_attempts: int = DEFAULT_MAX_ATTEMPTS,
) -> str:
    """A code for which ``exists(code)`` is false, drawing again on collision.

    The check is advisory: the database's unique constraint on the code remains the guard
    against two concurrent issuances drawing the same code. Raises
    :class:`CodeGenerationError` after ``max_attempts`` collisions in a row.
    """
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    for _ in range(max_attempts):
        code = generate_code(randbelow=randbelow)
        if not exists(code):
            return code
    raise CodeGenerationError(f"{max_attempts} codes drawn in a row were all taken")


def is_valid_code(text: object) -> bool:
    """True for a code in canonical form (``P-`` + 8 alphabet characters), nothing else."""
    return isinstance(text, str) and _CANONICAL.fullmatch(text) is not None


def normalize_code(text: str) -> str:
    """The canonical form of a code typed by a person, or :class:`InvalidCodeError`.

    ``" p-7kq2 mxrb "``, ``"7KQ2-MXRB"`` and ``"P7KQ2MXRB"`` all give ``"P-7KQ2MXRB"``.
    """
    code = try_normalize_code(text)
    if code is None:
        raise InvalidCodeError("not a verification code (expected P- and 8 characters)")
    return code


def try_normalize_code(text: object) -> str | None:
    """Like :func:`normalize_code` but returns None for anything that is not a code."""
    if not isinstance(text, str) or len(text) > _MAX_INPUT:
        return None
    upper = unicodedata.normalize("NFKC", text).strip().upper()
    prefixed = _PREFIX_RE.match(upper)
    compact = _SEPARATORS.sub("", upper[prefixed.end() :] if prefixed else upper)
    if not prefixed and len(compact) == BODY_LENGTH + 1 and compact.startswith("P"):
        compact = compact[1:]  # "P7KQ2MXRB": the prefix without its dash
    if len(compact) != BODY_LENGTH or any(c not in ALPHABET for c in compact):
        return None
    return PREFIX + compact
