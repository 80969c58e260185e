"""The item bank: the real content, the loader's validation, candidate views, IRT write-back."""

from __future__ import annotations

import dataclasses
import math
import shutil
from collections import Counter
from pathlib import Path

import pytest
import yaml

from assessment.bank import (
    DEFAULT_DIRECTORY,
    LOCALES,
    BankError,
    ChallengeType,
    FreeAnswerSolution,
    IrtVersion,
    MultipleChoiceSolution,
    SingleChoiceSolution,
    UnknownChallengeError,
    UnknownVersionError,
    UnsupportedLocaleError,
    append_irt_versions,
    candidate_view,
    check_bank,
    load_bank,
    provisional_params,
)
from assessment.framework import COMPETENCE_CODES, UnknownCompetenceError

BANK = load_bank()


# --- the real bank -------------------------------------------------------------------------


def test_real_bank_has_no_problems() -> None:
    assert check_bank() == []
    assert check_bank(DEFAULT_DIRECTORY) == []


@pytest.mark.parametrize("code", COMPETENCE_CODES)
def test_each_competence_has_enough_items_in_both_locales(code: str) -> None:
    items = BANK.by_competence(code)
    assert len(items) >= 12
    for c in items:
        for loc in LOCALES:
            content = c.content(loc)
            assert content.statement.strip()
        assert len(c.fr.proposals) == len(c.en.proposals)
        assert c.fr.statement != c.en.statement  # really translated


@pytest.mark.parametrize("code", COMPETENCE_CODES)
def test_each_competence_spans_levels_and_types(code: str) -> None:
    items = BANK.by_competence(code)
    assert len({c.level for c in items}) >= 4
    assert {c.type for c in items} == set(ChallengeType)


def test_levels_one_to_seven_all_appear_bank_wide() -> None:
    assert {c.level for c in BANK.challenges} >= set(range(1, 8))


def test_skills_are_unique_and_tubes_belong_to_one_competence() -> None:
    skills = Counter(c.skill for c in BANK.challenges)
    assert [s for s, n in skills.items() if n > 1] == []
    competence_of_tube: dict[str, set[str]] = {}
    for c in BANK.challenges:
        competence_of_tube.setdefault(c.tube, set()).add(c.competence)
        assert c.skill == f"@{c.tube}{c.level}"
        assert c.id.startswith(f"c-{c.competence}-")
    assert all(len(v) == 1 for v in competence_of_tube.values())


def test_solutions_are_consistent_with_the_proposals() -> None:
    for c in BANK.challenges:
        n = len(c.fr.proposals)
        if isinstance(c.solution, SingleChoiceSolution):
            assert c.type is ChallengeType.SINGLE_CHOICE
            assert 0 <= c.solution.index < n
        elif isinstance(c.solution, MultipleChoiceSolution):
            assert c.type is ChallengeType.MULTIPLE_CHOICE
            assert c.solution.indices
            assert all(0 <= i < n for i in c.solution.indices)
            assert len(c.solution.indices) < n  # some proposal must be wrong
        else:
            assert isinstance(c.solution, FreeAnswerSolution)
            assert c.type is ChallengeType.FREE_ANSWER
            assert n == 0
            for loc in LOCALES:
                assert c.solution.accepted_for(loc)


def test_right_answers_are_not_always_in_the_same_position() -> None:
    positions = Counter(
        c.solution.index for c in BANK.challenges if isinstance(c.solution, SingleChoiceSolution)
    )
    assert len(positions) >= 3
    assert max(positions.values()) < 0.5 * sum(positions.values())


def test_french_text_uses_french_typography() -> None:
    statements = [c.fr.statement for c in BANK.challenges]
    assert not any(" ?" in s.split("\n")[0] for s in statements)  # no plain space before "?"
    assert any("\u202f?" in s for s in statements)
    assert any("’" in s for s in statements)


def test_provisional_parameters_follow_the_documented_formula() -> None:
    assert provisional_params(1) == (1.0, -2.625)
    assert provisional_params(8) == (1.0, 2.625)
    for c in BANK.challenges:
        first = c.irt[0]
        assert first.version == 1
        assert first.status == "provisional"
        assert (first.discrimination, first.difficulty) == provisional_params(c.level)


def test_item_params_give_the_current_version() -> None:
    params = BANK.item_params()
    assert len(params) == len(BANK.challenges)
    by_id = {p.id: p for p in params}
    for c in BANK.challenges:
        p = by_id[c.id]
        assert (p.competence, p.tube, p.version) == (c.competence, c.tube, c.irt[-1].version)
        assert p.discrimination > 0
        assert math.isfinite(p.difficulty)


def test_get_and_by_competence_errors() -> None:
    c = BANK.challenges[0]
    assert BANK.get(c.id) is c
    with pytest.raises(UnknownChallengeError):
        BANK.get("c-9.9-nothing-01")
    with pytest.raises(UnknownCompetenceError):
        BANK.by_competence("6.1")
    with pytest.raises(UnknownVersionError):
        BANK.params_at(c.id, 99)


# --- candidate view ------------------------------------------------------------------------


def _all_strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [*map(str, value), *(s for v in value.values() for s in _all_strings(v))]
    if isinstance(value, list):
        return [s for v in value for s in _all_strings(v)]
    return [str(value)]


@pytest.mark.parametrize("locale", LOCALES)
def test_candidate_view_never_leaks_the_solution(locale: str) -> None:
    for c in BANK.challenges:
        view = candidate_view(c, locale)
        assert set(view) <= {"id", "type", "locale", "statement", "proposals", "illustration"}
        assert view["statement"] == c.content(locale).statement
        assert view["proposals"] == list(c.content(locale).proposals)
        for forbidden in ("solution", "accepted", "irt", "difficulty", "discrimination"):
            assert forbidden not in view
        # a challenge whose solution carries a marker: the marker must appear nowhere in the view
        marker = "SECRET-7f3a"
        secret = dataclasses.replace(
            c,
            solution=FreeAnswerSolution(accepted=(("fr", (marker,)), ("en", (marker,)))),
            irt=(IrtVersion(1, 1.2345, 6.789, "calibrated", marker),),
        )
        text = " ".join(_all_strings(candidate_view(secret, locale)))
        assert marker not in text
        assert "6.789" not in text
        assert "1.2345" not in text
    with pytest.raises(UnsupportedLocaleError):
        candidate_view(BANK.challenges[0], "de")


# --- broken bank files ----------------------------------------------------------------------

GOOD_ITEM = {
    "id": "c-1.1-test-01",
    "competence": "1.1",
    "tube": "test-tube",
    "skill": "@test-tube2",
    "level": 2,
    "type": "single_choice",
    "fr": {"statement": "Question ?", "proposals": ["a", "b"]},
    "en": {"statement": "Question?", "proposals": ["a", "b"]},
    "solution": 1,
    "irt": [
        {
            "version": 1,
            "discrimination": 1.0,
            "difficulty": -1.875,
            "status": "provisional",
            "source": "from level 2",
        }
    ],
}


def _item(item_id: str, **changes: object) -> dict[str, object]:
    item = yaml.safe_load(yaml.safe_dump(GOOD_ITEM))
    item["id"] = item_id
    for key, value in changes.items():
        if value is None:
            item.pop(key)
        else:
            item[key] = value
    return item


def _write(directory: Path, name: str, items: list[dict[str, object]], code: str = "1.1") -> None:
    text = yaml.safe_dump({"competence": code, "challenges": items}, allow_unicode=True)
    (directory / name).write_text(text, encoding="utf-8")


def _irt(**changes: object) -> list[dict[str, object]]:
    return [{**GOOD_ITEM["irt"][0], **changes}]  # type: ignore[index, dict-item]


BROKEN = {
    "c-1.1-bad-competence": ({"competence": "9.9"}, "competence"),
    "c-1.1-bad-level": ({"level": 9, "skill": "@test-tube9"}, "level"),
    "c-1.1-bad-skill": ({"skill": "@other2"}, "skill"),
    "c-1.1-bad-type": ({"type": "essay"}, "type"),
    "c-1.1-no-en": ({"en": None}, "en"),
    "c-1.1-count-mismatch": (
        {"en": {"statement": "Q?", "proposals": ["a", "b", "c"]}},
        "proposals",
    ),
    "c-1.1-index-out": ({"solution": 2}, "solution"),
    "c-1.1-multi-not-list": ({"type": "multiple_choice", "solution": 1}, "solution"),
    "c-1.1-free-with-proposals": (
        {"type": "free_answer", "solution": {"accepted": ["x"]}},
        "proposals",
    ),
    "c-1.1-free-no-locale": (
        {
            "type": "free_answer",
            "fr": {"statement": "Q ?"},
            "en": {"statement": "Q?"},
            "solution": {"accepted": {"fr": ["x"]}},
        },
        "locale 'en'",
    ),
    "c-1.1-bad-numeric": (
        {
            "type": "free_answer",
            "fr": {"statement": "Q ?"},
            "en": {"statement": "Q?"},
            "solution": {"accepted": ["douze"], "numeric": {"tolerance": 0}},
        },
        "not a number",
    ),
    "c-1.1-zero-a": ({"irt": _irt(discrimination=0)}, "discrimination"),
    "c-1.1-nan-b": ({"irt": _irt(difficulty=float("nan"))}, "difficulty"),
    "c-1.1-bad-status": ({"irt": _irt(status="guessed")}, "status"),
    "c-1.1-versions-order": (
        {"irt": [*_irt(version=2), *_irt(version=1)]},
        "strictly increasing",
    ),
    "c-1.1-unknown-key": ({"hint": "psst"}, "unknown key 'hint'"),
}


def test_broken_files_report_every_problem_with_file_and_id(tmp_path: Path) -> None:
    items = [_item("c-1.1-good-01")] + [
        _item(item_id, **changes) for item_id, (changes, _) in BROKEN.items()
    ]
    _write(tmp_path, "1.1.yaml", items)
    _write(tmp_path, "1.2.yaml", [_item("c-1.1-good-01", competence="1.2")], code="1.2")
    (tmp_path / "broken.yaml").write_text("competence: '1.3'\nchallenges: [\n  - {id: x", "utf-8")
    (tmp_path / "list.yaml").write_text("- just a list\n", "utf-8")

    with pytest.raises(BankError) as caught:
        load_bank(tmp_path)
    problems = caught.value.problems
    assert problems == check_bank(tmp_path)
    for item_id, (_, fragment) in BROKEN.items():
        mine = [p for p in problems if p.item_id == item_id]
        assert mine, item_id
        assert all(p.file == "1.1.yaml" for p in mine)
        assert any(fragment in p.message for p in mine), (item_id, mine)
    assert not [p for p in problems if p.item_id == "c-1.1-good-01" and p.file == "1.1.yaml"]
    duplicate = [p for p in problems if p.file == "1.2.yaml"]
    assert duplicate
    assert "duplicate id" in duplicate[0].message
    assert duplicate[0].item_id == "c-1.1-good-01"
    assert "1.1.yaml" in duplicate[0].message
    malformed = [p for p in problems if p.file == "broken.yaml"]
    assert len(malformed) == 1
    assert "malformed YAML at line" in malformed[0].message
    assert any(p.file == "list.yaml" and p.item_id is None for p in problems)
    assert "1.1.yaml [c-1.1-zero-a]" in str(caught.value)


def test_unquoted_competence_and_empty_directory(tmp_path: Path) -> None:
    (tmp_path / "1.1.yaml").write_text(
        yaml.safe_dump({"competence": 1.1, "challenges": [_item("c-1.1-x", competence=1.1)]}),
        "utf-8",
    )
    problems = check_bank(tmp_path)
    assert any("quote" in p.message and p.item_id is None for p in problems)
    assert any(p.item_id == "c-1.1-x" and "competence" in p.message for p in problems)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert "no item files" in check_bank(empty)[0].message


# --- IRT write-back -------------------------------------------------------------------------


def test_append_irt_versions_round_trip(tmp_path: Path) -> None:
    bank_dir = tmp_path / "items"
    shutil.copytree(DEFAULT_DIRECTORY, bank_dir)
    first, second = BANK.by_competence("1.1")[0].id, BANK.by_competence("3.4")[2].id
    untouched = BANK.by_competence("5.2")[0].id

    result = append_irt_versions(
        bank_dir,
        {first: (1.234567, -0.987654), second: (0.5, 2.0)},
        source="calibration 2026-01",
    )
    assert result == {first: 2, second: 2}
    again = append_irt_versions(bank_dir, {first: (1.1, 0.1)}, source="calibration 2026-02")
    assert again == {first: 3}

    bank = load_bank(bank_dir)
    assert bank.params_at(first, 1) == BANK.params_at(first, 1)
    v2 = bank.params_at(first, 2)
    assert (v2.discrimination, v2.difficulty, v2.version) == (1.2346, -0.9877, 2)
    current = {p.id: p for p in bank.item_params()}
    assert (current[first].version, current[first].difficulty) == (3, 0.1)
    assert current[untouched] == {p.id: p for p in BANK.item_params()}[untouched]
    last = bank.get(first).irt[-1]
    assert (last.status, last.source) == ("calibrated", "calibration 2026-02")
    assert not list(bank_dir.glob(".*.tmp"))
    text = (bank_dir / "1.1.yaml").read_text("utf-8")
    assert text.startswith("# CRCN 1.1")
    assert "status: calibrated, source: calibration 2026-02}" in text


def test_append_irt_versions_refuses_bad_updates_without_writing(tmp_path: Path) -> None:
    bank_dir = tmp_path / "items"
    shutil.copytree(DEFAULT_DIRECTORY, bank_dir)
    before = {p.name: p.read_bytes() for p in bank_dir.iterdir()}
    known = BANK.challenges[0].id
    with pytest.raises(BankError) as caught:
        append_irt_versions(
            bank_dir,
            {known: (1.0, 0.0), "c-0.0-ghost": (1.0, 0.0), BANK.challenges[1].id: (-1.0, 0.0)},
            source="calibration",
        )
    messages = {(p.item_id, p.message.split(" ")[0]) for p in caught.value.problems}
    assert ("c-0.0-ghost", "unknown") in messages
    assert (BANK.challenges[1].id, "invalid") in messages
    with pytest.raises(BankError):
        append_irt_versions(bank_dir, {known: (1.0, 0.0)}, source="x", status="guessed")
    with pytest.raises(BankError):
        append_irt_versions(bank_dir, {known: (float("inf"), 0.0)}, source="x")
    assert {p.name: p.read_bytes() for p in bank_dir.iterdir()} == before
