"""Answer checking: choice scoring, answer-shape validation, free-answer normalisation."""

from __future__ import annotations

import dataclasses

import pytest

from assessment.answers import (
    MAX_ANSWER_LENGTH,
    AnswerFormatError,
    check_answer,
    normalise_free_answer,
)
from assessment.bank import (
    Challenge,
    ChallengeType,
    FreeAnswerSolution,
    MultipleChoiceSolution,
    Punctuation,
    SingleChoiceSolution,
    UnsupportedLocaleError,
    load_bank,
)

BANK = load_bank()


def _free(**options: object) -> Challenge:
    """A real free-answer challenge with the given solution."""
    base = BANK.get("c-1.1-url-parts-01")
    return dataclasses.replace(base, solution=FreeAnswerSolution(**options))  # type: ignore[arg-type]


def _accepted(*answers: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return (("fr", answers), ("en", answers))


# --- choices -------------------------------------------------------------------------------


def test_every_single_choice_item_accepts_only_its_solution() -> None:
    for c in BANK.challenges:
        if isinstance(c.solution, SingleChoiceSolution):
            for loc in ("fr", "en"):
                results = [check_answer(c, i, loc) for i in range(len(c.fr.proposals))]
                assert results.count(True) == 1
                assert results[c.solution.index]


def test_multiple_choice_is_all_or_nothing() -> None:
    c = next(
        c
        for c in BANK.challenges
        if isinstance(c.solution, MultipleChoiceSolution) and len(c.solution.indices) >= 2
    )
    assert isinstance(c.solution, MultipleChoiceSolution)
    right = sorted(c.solution.indices)
    wrong = next(i for i in range(len(c.fr.proposals)) if i not in right)
    assert check_answer(c, right, "fr")
    assert check_answer(c, list(reversed(right)), "en")  # order does not matter
    assert check_answer(c, set(right), "fr")
    assert not check_answer(c, right[:-1], "fr")  # missing one: no partial credit
    assert not check_answer(c, [*right, wrong], "fr")  # one extra: wrong
    assert not check_answer(c, [], "fr")


@pytest.mark.parametrize("answer", [5, -1, True, "1", 1.0, None, [0]])
def test_single_choice_rejects_malformed_answers(answer: object) -> None:
    c = BANK.get("c-1.1-search-engine-01")
    with pytest.raises(AnswerFormatError):
        check_answer(c, answer, "fr")


@pytest.mark.parametrize("answer", [0, "0,1", [0, 0], [0, 9], [0, "1"], [True], None])
def test_multiple_choice_rejects_malformed_answers(answer: object) -> None:
    c = BANK.get("c-1.1-source-reliability-01")
    assert c.type is ChallengeType.MULTIPLE_CHOICE
    with pytest.raises(AnswerFormatError):
        check_answer(c, answer, "fr")


def test_unknown_locale_is_rejected() -> None:
    with pytest.raises(UnsupportedLocaleError):
        check_answer(BANK.get("c-1.1-search-engine-01"), 0, "de")


# --- free answers ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("service-public.fr", True),
        ("  Service-Public.FR  ", True),
        ("www.service-public.fr", False),  # the statement asks for it without "www."
        ("service-public.fr.", True),  # trailing punctuation trimmed
        ("« service-public.fr »", True),
        ("servicepublic.fr", False),
        ("service-public.com", False),
        ("", False),
        ("   ", False),
    ],
)
def test_free_answer_from_the_bank(typed: str, expected: bool) -> None:
    assert check_answer(BANK.get("c-1.1-url-parts-01"), typed, "fr") is expected


def test_accents_case_and_spaces() -> None:
    c = _free(accepted=_accepted("Ajourné"))
    for typed in ("ajourne", "AJOURNÉ", "Ajourne\u0301", "  ajourné  ", "ajourné !"):
        assert check_answer(c, typed, "fr"), typed
    strict = _free(accepted=_accepted("Ajourné"), case_sensitive=True, accents_significant=True)
    assert check_answer(strict, "Ajourné", "fr")
    assert check_answer(strict, "Ajourne\u0301", "fr")  # NFC/NFD forms are the same text
    assert not check_answer(strict, "ajourné", "fr")
    assert not check_answer(strict, "Ajourne", "fr")
    spaced = _free(accepted=_accepted("droit à l'oubli"))
    assert check_answer(
        spaced, "Droit   à  l’oubli", "fr"
    )  # runs of spaces, typographic apostrophe


def test_punctuation_modes() -> None:
    trim = _free(accepted=_accepted("pdf"))
    assert check_answer(trim, ".pdf", "fr")
    assert not check_answer(trim, "p.d.f", "fr")
    ignored = _free(accepted=_accepted("e-mail"), punctuation=Punctuation.IGNORED)
    assert check_answer(ignored, "e mail", "fr")
    assert check_answer(ignored, "e–mail", "fr")
    significant = _free(accepted=_accepted("="), punctuation=Punctuation.SIGNIFICANT)
    assert check_answer(significant, " = ", "fr")
    assert not check_answer(significant, "==", "fr")
    path = BANK.get("c-1.2-file-path-01")
    assert check_answer(path, r"d:\compta\2024\budget.xlsx", "fr")
    assert not check_answer(path, r"D:\Compta\budget.xlsx", "fr")


def test_locale_specific_answers() -> None:
    c = BANK.get("c-1.3-if-function-01")
    assert check_answer(c, "ajourne", "fr")
    assert check_answer(c, "FAIL", "en")
    assert not check_answer(c, "Fail", "fr")
    assert not check_answer(c, "Ajourné", "en")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24,5", True),
        ("24.5", True),
        (" 24,50 ", True),
        ("+24.5", True),
        ("24", False),
        ("24,6", False),
        ("vingt-quatre", False),
        ("24,5 h", False),
        ("1e3", False),
    ],
)
def test_numeric_answers_with_french_decimal_comma(typed: str, expected: bool) -> None:
    assert check_answer(BANK.get("c-4.3-screen-time-01"), typed, "fr") is expected


def test_numeric_tolerance_and_thousands_separators() -> None:
    c = BANK.get("c-3.2-video-bitrate-01")  # 120 ± 1
    assert check_answer(c, "119", "en")
    assert check_answer(c, "121", "en")
    assert not check_answer(c, "122", "en")
    big = BANK.get("c-4.1-password-space-01")  # 46656
    for typed in ("46656", "46 656", "46\u00a0656", "46\u202f656"):
        assert check_answer(big, typed, "fr"), typed
    assert not check_answer(big, "4665", "fr")


def test_free_answer_shape_and_length() -> None:
    c = BANK.get("c-1.1-url-parts-01")
    with pytest.raises(AnswerFormatError):
        check_answer(c, 3, "fr")
    with pytest.raises(AnswerFormatError):
        check_answer(c, ["service-public.fr"], "fr")
    with pytest.raises(AnswerFormatError):
        check_answer(c, "a" * (MAX_ANSWER_LENGTH + 1), "fr")
    assert not check_answer(c, "a" * MAX_ANSWER_LENGTH, "fr")


def test_every_free_answer_item_accepts_its_own_answers() -> None:
    for c in BANK.challenges:
        if isinstance(c.solution, FreeAnswerSolution):
            for loc in ("fr", "en"):
                for answer in c.solution.accepted_for(loc):
                    assert check_answer(c, answer, loc), (c.id, answer)
                assert not check_answer(c, "zzz", loc)


def test_normalise_free_answer() -> None:
    rule = FreeAnswerSolution(accepted=_accepted("x"))
    assert normalise_free_answer("  L’Élève  est\tLÀ !  ", rule) == "l'eleve est la"
    assert normalise_free_answer("ﬁchier", rule) == "fichier"  # NFKC ligature
