"""Verification codes: alphabet, length, CSPRNG default, distribution, normalisation, retries."""

from __future__ import annotations

import math
import random
import secrets
from collections import Counter

import pytest

from issuer import codes
from issuer.codes import (
    ALPHABET,
    CodeGenerationError,
    InvalidCodeError,
    generate_code,
    generate_unique_code,
    is_valid_code,
    normalize_code,
    try_normalize_code,
)


def test_alphabet_is_the_designed_one() -> None:
    assert ALPHABET == "2346789BCDFGHJKMPQRTVWXY"
    assert len(set(ALPHABET)) == 24
    assert not set(ALPHABET) & set("015AEILNOSUZ")


def test_code_space_is_about_2_to_the_36_7() -> None:
    assert math.log2(len(ALPHABET) ** codes.BODY_LENGTH) == pytest.approx(36.68, abs=0.01)


def test_default_randomness_is_the_csprng() -> None:
    assert generate_code.__kwdefaults__["randbelow"] is secrets.randbelow
    assert generate_unique_code.__kwdefaults__["randbelow"] is secrets.randbelow


def test_generated_codes_have_the_format() -> None:
    for _ in range(200):
        code = generate_code()
        assert len(code) == 10
        assert code.startswith("P-")
        assert all(c in ALPHABET for c in code[2:])
        assert is_valid_code(code)


def test_injected_randomness_is_used_in_order() -> None:
    picks = iter([0, 1, 2, 3, 20, 21, 22, 23])
    assert generate_code(randbelow=lambda n: next(picks)) == "P-2346VWXY"


def test_characters_may_repeat() -> None:
    assert generate_code(randbelow=lambda n: 5) == "P-88888888"


def test_distribution_is_uniform_with_a_seeded_rng() -> None:
    rng = random.Random(20250612)
    counts: Counter[str] = Counter()
    positions: list[Counter[str]] = [Counter() for _ in range(8)]
    n = 6000
    for _ in range(n):
        body = generate_code(randbelow=rng.randrange)[2:]
        counts.update(body)
        for i, ch in enumerate(body):
            positions[i][ch] += 1
    total = n * 8
    expected = total / 24
    chi2 = sum((counts[c] - expected) ** 2 / expected for c in ALPHABET)
    # 23 degrees of freedom: the 99.9th percentile is about 49.7.
    assert chi2 < 49.7
    assert set(counts) == set(ALPHABET)
    for pos in positions:
        assert set(pos) == set(ALPHABET)


def test_bad_randomness_is_refused() -> None:
    with pytest.raises(CodeGenerationError):
        generate_code(randbelow=lambda n: n)


def test_unique_code_retries_on_collision() -> None:
    rng = random.Random(7)
    taken = {generate_code(randbelow=random.Random(7).randrange)}
    asked: list[str] = []

    def exists(code: str) -> bool:
        asked.append(code)
        return code in taken

    code = generate_unique_code(exists, randbelow=rng.randrange)
    assert code not in taken
    assert len(asked) == 2
    assert asked[0] in taken


def test_unique_code_gives_up_with_a_typed_error() -> None:
    asked: list[str] = []

    def always(code: str) -> bool:
        asked.append(code)
        return True

    with pytest.raises(CodeGenerationError):
        generate_unique_code(always, max_attempts=5)
    assert len(asked) == 5


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("P-7KQ2MXRB", "P-7KQ2MXRB"),
        ("p-7kq2mxrb", "P-7KQ2MXRB"),
        ("  P-7KQ2 MXRB  ", "P-7KQ2MXRB"),
        ("7KQ2MXRB", "P-7KQ2MXRB"),
        ("7kq2-mxrb", "P-7KQ2MXRB"),
        ("P7KQ2MXRB", "P-7KQ2MXRB"),
        ("P – 7KQ2 MXRB", "P-7KQ2MXRB"),
        ("PPPPPPPP", "P-PPPPPPPP"),
        ("P PPPPPPPP", "P-PPPPPPPP"),
        ("PQRT VWXY", "P-PQRTVWXY"),
        ("P-PPPPPPPP", "P-PPPPPPPP"),
        ("Ｐ－７ＫＱ２ＭＸＲＢ", "P-7KQ2MXRB"),  # full-width forms, NFKC
    ],
)
def test_normalize_accepts_what_people_type(typed: str, canonical: str) -> None:
    assert normalize_code(typed) == canonical
    assert try_normalize_code(typed) == canonical


@pytest.mark.parametrize(
    "typed",
    [
        "",
        "P-",
        "P-7KQ2MXR",
        "P 7KQ2MXR",
        "p-7kq2 mxr",
        "P-7KQ2MXRBB",
        "X-7KQ2MXRB",
        "P-7KQ2MXR0",  # 0 is not in the alphabet: no look-alike mapping
        "P-7KQ2MXRO",
        "P-7KQ2MXRÉ",
        "P-7KQ2MXRB" * 10,
    ],
)
def test_normalize_refuses_non_codes(typed: str) -> None:
    assert try_normalize_code(typed) is None
    with pytest.raises(InvalidCodeError):
        normalize_code(typed)


def test_try_normalize_never_raises_on_odd_input() -> None:
    assert try_normalize_code(None) is None
    assert try_normalize_code(12345678) is None


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("P-7KQ2MXRB", True),
        ("P-22222222", True),
        ("p-7KQ2MXRB", False),
        ("7KQ2MXRB", False),
        ("P-7KQ2MXRB ", False),
        ("P-7KQ2MXRA", False),
        (None, False),
    ],
)
def test_is_valid_code_is_strict(text: object, valid: bool) -> None:
    assert is_valid_code(text) is valid
