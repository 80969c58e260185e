"""Answers of the format-2 types: fields, pick, number with a unit; forms people write."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest
from bankfiles import FIELDS, NUMBER, family, write_bank, write_file, write_material

from assessment.answers import AnswerFormatError, check_answer
from assessment.bank import (
    Bank,
    Challenge,
    FreeAnswerSolution,
    NumberSolution,
    Punctuation,
    load_bank,
)
from assessment.bank._units import read_quantity


@pytest.fixture(scope="module")
def bank(tmp_path_factory: pytest.TempPathFactory) -> Bank:
    return load_bank(write_bank(tmp_path_factory.mktemp("bank")))


def _number(challenge: Challenge, **changes: Any) -> Challenge:
    assert isinstance(challenge.solution, NumberSolution)
    return dataclasses.replace(
        challenge, solution=dataclasses.replace(challenge.solution, **changes)
    )


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24,5", True),
        ("24.5", True),
        ("24,5 h", True),
        ("24.5h", True),
        ("24h30", True),
        ("24 h 30 min", True),
        ("24 heures 30", True),
        ("24:30", True),
        ("1470 min", True),
        ("1 470 minutes", True),
        ("88200 s", True),
        ("24h", False),
        ("24,5 Go", False),
        ("vingt-quatre", False),
        ("", False),
    ],
)
def test_durations(bank: Bank, typed: str, expected: bool) -> None:
    assert check_answer(bank.get("f-4.3-0a0a0a04"), typed, "fr") is expected


def test_unit_required_ratio_and_data_sizes(bank: Bank) -> None:
    item = bank.get("f-4.3-0a0a0a04")
    strict = _number(item, unit_required=True)
    assert check_answer(strict, "24,5 h", "fr")
    assert not check_answer(strict, "24,5", "fr")
    ratio = _number(item, value=4.5, unit=":1")
    for typed in ("4.5:1", "4,5 : 1", "4.5/1", "4.5", "4,5"):
        assert check_answer(ratio, typed, "en"), typed
    assert not check_answer(ratio, "3:1", "en")
    size = _number(item, value=3.2, unit="Go", tolerance=0.05)
    for typed in ("3,2 Go", "3.2GB", "3 200 Mo", "3200 MB", "3.2 gb"):
        assert check_answer(size, typed, "fr"), typed
    assert not check_answer(size, "3,2 GiB", "fr")
    assert read_quantity("« 12 % »", "%") == 12
    for typed in ("2:50", "02:50", "2 min 50", "170 s"):  # a duration in s, as a player shows it
        assert read_quantity(typed, "s") == 170, typed
    with pytest.raises(AnswerFormatError):
        check_answer(item, 24.5, "fr")


def test_fields_all_must_be_right(bank: Bank) -> None:
    item = bank.get("f-1.1-0a0a0a02~a")
    assert check_answer(item, {"host": "www.ameli.fr", "size": "3,2 Mo"}, "fr")
    assert check_answer(item, {"host": " WWW.AMELI.FR ", "size": "3200 ko"}, "en")
    assert not check_answer(item, {"host": "www.ameli.fr", "size": "4 Mo"}, "fr")
    assert not check_answer(item, {"host": "ameli.fr", "size": "3,2 Mo"}, "fr")
    other = bank.get("f-1.1-0a0a0a02~b")
    assert check_answer(other, {"host": "www.impots.gouv.fr", "size": "12"}, "fr")
    for bad in ({"host": "www.ameli.fr"}, "www.ameli.fr", {"host": 1, "size": "3"}):
        with pytest.raises(AnswerFormatError):
            check_answer(item, bad, "fr")


def test_pick_in_the_material(bank: Bank) -> None:
    a, b = bank.get("f-1.1-0a0a0a03~a"), bank.get("f-1.1-0a0a0a03~b")
    assert check_answer(a, "l2", "fr") and not check_answer(a, "l1", "fr")
    assert check_answer(b, "l1", "en") and not check_answer(b, "l2", "en")
    with pytest.raises(AnswerFormatError):
        check_answer(a, 2, "fr")


def test_free_answer_forms_people_write(bank: Bank) -> None:
    base = bank.get("f-4.3-0a0a0a04")
    helpline = dataclasses.replace(
        base,
        solution=FreeAnswerSolution(
            accepted=(("fr", ("3018",)), ("en", ("3018",))), spaces_ignored=True
        ),
    )
    for typed in ("3018", "30 18", "30\u00a018", " 3 0 1 8 "):
        assert check_answer(helpline, typed, "fr"), typed
    path = dataclasses.replace(
        base,
        solution=FreeAnswerSolution(
            accepted=(
                ("fr", ("C:\\Users\\Ana\\Documents",)),
                ("en", ("C:\\Users\\Ana\\Documents",)),
            ),
            punctuation=Punctuation.SIGNIFICANT,
        ),
    )
    for typed in (
        '"C:\\Users\\Ana\\Documents"',
        "'C:\\Users\\Ana\\Documents'",
        "« C:\\Users\\Ana\\Documents »",
    ):
        assert check_answer(path, typed, "fr"), typed
    assert not check_answer(path, "C:/Users/Ana/Documents", "fr")


def test_fields_with_a_number_field_validate_their_unit(tmp_path: Path) -> None:
    broken = family(
        FIELDS,
        solution={
            "host": {"accepted": ["{{host}}"]},
            "size": {"number": {"value": "{{size}}", "unit": "parsecs"}},
        },
    )
    write_file(tmp_path, "1.1.yaml", [broken], "1.1")
    write_material(tmp_path)
    from assessment.bank import check_bank

    assert any("unknown unit 'parsecs'" in p.message for p in check_bank(tmp_path))
    bad_value = family(NUMBER, solution={"value": "lots", "unit": "h"}, material=None)
    write_file(tmp_path, "1.1.yaml", [family(bad_value, theme="web-search")], "1.1")
    assert any("'value' must be a finite number" in p.message for p in check_bank(tmp_path))
