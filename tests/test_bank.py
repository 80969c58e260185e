"""The item bank: the real content, candidate views, IRT write-back (format: test_bank_format)."""

from __future__ import annotations

import dataclasses
import math
import shutil
from collections import Counter
from pathlib import Path

import pytest

from assessment.answers import check_answer
from assessment.bank import (
    DEFAULT_DIRECTORY,
    LOCALES,
    BankError,
    ChallengeType,
    FieldsSolution,
    FreeAnswerSolution,
    IrtVersion,
    MultipleChoiceSolution,
    NumberSolution,
    PickSolution,
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
from certinum.positioning.material import pick_ids
from certinum.positioning.simulate import simulated_answer
from certinum.positioning.views import as_checked

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
    assert len({c.type for c in items}) >= 2


def test_levels_one_to_seven_all_appear_bank_wide() -> None:
    assert {c.type for c in BANK.challenges} >= {
        ChallengeType.SINGLE_CHOICE,
        ChallengeType.MULTIPLE_CHOICE,
        ChallengeType.FREE_ANSWER,
    }
    assert {c.level for c in BANK.challenges} >= set(range(1, 8))


def test_skills_belong_to_one_family_and_tubes_to_one_competence() -> None:
    """Format 2: the variants of a family are items sharing its skill; two families never do."""
    families_of_skill: dict[str, set[str]] = {}
    skills_of_family: dict[str, set[str]] = {}
    competence_of_tube: dict[str, set[str]] = {}
    for c in BANK.challenges:
        families_of_skill.setdefault(c.skill, set()).add(c.family)
        skills_of_family.setdefault(c.family, set()).add(c.skill)
        competence_of_tube.setdefault(c.tube, set()).add(c.competence)
        assert c.skill == f"@{c.tube}{c.level}"
        assert c.id.startswith((f"c-{c.competence}-", f"f-{c.competence}-"))
        assert c.id == (c.family if c.variant is None else f"{c.family}~{c.variant}")
    assert [s for s, f in families_of_skill.items() if len(f) > 1] == []
    assert [f for f, s in skills_of_family.items() if len(s) > 1] == []
    assert all(len(v) == 1 for v in competence_of_tube.values())
    assert any(c.variant is not None for c in BANK.challenges)  # the bank has variants


def _field_is_consistent(one: FreeAnswerSolution | NumberSolution) -> None:
    if isinstance(one, NumberSolution):
        assert math.isfinite(one.value) and one.tolerance >= 0
    else:
        for loc in LOCALES:
            assert one.accepted_for(loc)


def test_solutions_are_consistent_for_every_type() -> None:
    kinds = {
        SingleChoiceSolution: ChallengeType.SINGLE_CHOICE,
        MultipleChoiceSolution: ChallengeType.MULTIPLE_CHOICE,
        FreeAnswerSolution: ChallengeType.FREE_ANSWER,
        FieldsSolution: ChallengeType.FIELDS,
        PickSolution: ChallengeType.PICK,
        NumberSolution: ChallengeType.NUMBER,
    }
    for c in BANK.challenges:
        n = len(c.fr.proposals)
        assert c.type is kinds[type(c.solution)], c.id
        if isinstance(c.solution, SingleChoiceSolution):
            assert 0 <= c.solution.index < n
        elif isinstance(c.solution, MultipleChoiceSolution):
            assert c.solution.indices
            assert all(0 <= i < n for i in c.solution.indices)
            assert len(c.solution.indices) < n  # some proposal must be wrong
        else:
            assert n == 0, c.id
        if isinstance(c.solution, FreeAnswerSolution | NumberSolution):
            _field_is_consistent(c.solution)
        if isinstance(c.solution, FieldsSolution):
            for loc in LOCALES:
                assert [name for name, _ in c.content(loc).fields] == list(c.solution.names)
            for _, one in c.solution.fields:
                _field_is_consistent(one)
        if isinstance(c.solution, PickSolution):
            target = [m for m in c.material if m.id == c.solution.material]
            assert len(target) == 1 and c.solution.accepted, c.id
            for loc in LOCALES:
                assert target[0].path(loc).is_file()
        if not isinstance(c.solution, FieldsSolution):
            assert c.fr.fields == c.en.fields == ()
        order = list(range(n or len(pick_ids(c))))
        for right, locale in ((True, "fr"), (False, "en"), (True, "en")):
            given = as_checked(c, order, simulated_answer(c, order, right, locale))
            assert check_answer(c, given, locale) is right, (c.id, right)


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
    revised = 0
    for c in BANK.challenges:
        first = c.irt[0]
        assert first.version == 1
        assert first.status == "provisional"
        current = c.irt[-1]
        assert (current.discrimination, current.difficulty) == provisional_params(c.level)
        revised += len(c.irt) > 1  # a level revised after the item was served: a new version
    assert revised == 2


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
        assert set(view) <= {
            "id",
            "type",
            "locale",
            "statement",
            "proposals",
            "fields",
            "material",
            "pick_in",
            "unit",
            "illustration",
        }
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
    assert (bank_dir / "1.1.yaml").read_bytes() == (DEFAULT_DIRECTORY / "1.1.yaml").read_bytes()
    text = (bank_dir / "irt.yaml").read_text("utf-8")
    assert text.startswith("# IRT parameter versions")
    assert "status: calibrated, source: calibration 2026-02}" in text


def test_append_irt_versions_refuses_bad_updates_without_writing(tmp_path: Path) -> None:
    bank_dir = tmp_path / "items"
    shutil.copytree(DEFAULT_DIRECTORY, bank_dir)
    before = {p.name: p.read_bytes() for p in bank_dir.iterdir() if p.is_file()}
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
    assert {p.name: p.read_bytes() for p in bank_dir.iterdir() if p.is_file()} == before
