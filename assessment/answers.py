"""Checking a candidate's answer against a challenge's solution.

- single_choice: the answer is one proposal index (0-based ``int``);
- multiple_choice: a list of distinct indices, scored all-or-nothing (right only when it is
  exactly the set of right proposals; no partial credit, as on Pix);
- free_answer: text, compared after normalisation with every accepted answer for the locale;
- fields: a mapping field id → text, every field present and right (each field is a free answer
  or a number with a unit);
- pick: the id of an element marked in the material (text), right when it is one of the accepted;
- number: text, a number with a unit (``24h30``, ``24,5 h``, ``4.5:1``), converted to the
  solution's unit and compared within its tolerance (``assessment.bank._units``).

A malformed answer (wrong type, index out of range, repeated index, text over
``MAX_ANSWER_LENGTH``) raises ``AnswerFormatError``: it is a client error, not a wrong answer.

Free-answer normalisation (the same for the typed answer and the accepted answers):
Unicode NFKC, typographic quotes/apostrophes/dashes folded to ASCII, accents removed through
NFKD unless ``accents: significant``, case folded unless ``case_sensitive``, punctuation trimmed
at both ends (or removed, or kept, per ``punctuation``), runs of spaces collapsed. Numeric
answers are parsed as numbers (spaces as thousands separators, French decimal comma) and
compared within the absolute tolerance. Quotes around a whole answer are dropped (a quoted path);
with ``spaces: ignored`` every space is removed (``30 18`` = ``3018``).
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Mapping, Sequence
from typing import Final

from assessment.bank import (
    Challenge,
    FieldsSolution,
    FreeAnswerSolution,
    MultipleChoiceSolution,
    NumberSolution,
    PickSolution,
    Punctuation,
    SingleChoiceSolution,
)
from assessment.bank._model import check_locale
from assessment.bank._units import parse_number, read_quantity

MAX_ANSWER_LENGTH: Final = 1000

_FOLD: Final = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u02bc": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
    }
)


class AnswerFormatError(ValueError):
    """The answer does not have the shape the challenge type expects."""


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char).startswith("P")


def normalise_free_answer(text: str, solution: FreeAnswerSolution) -> str:
    """The comparable form of a free answer under the solution's tolerance rules."""
    value = unicodedata.normalize("NFKC", text).translate(_FOLD).strip()
    while len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = value[1:-1].strip()
    if not solution.accents_significant:
        decomposed = unicodedata.normalize("NFKD", value)
        value = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        value = unicodedata.normalize("NFC", value)
    if not solution.case_sensitive:
        value = value.casefold()
    if solution.punctuation is Punctuation.IGNORED:
        value = "".join(" " if _is_punctuation(ch) else ch for ch in value)
    value = ("" if solution.spaces_ignored else " ").join(value.split())
    if solution.punctuation is Punctuation.TRIM:
        start, end = 0, len(value)
        while start < end and (_is_punctuation(value[start]) or value[start].isspace()):
            start += 1
        while end > start and (_is_punctuation(value[end - 1]) or value[end - 1].isspace()):
            end -= 1
        value = value[start:end]
    return value


def _text(answer: object) -> str:
    if not isinstance(answer, str):
        raise AnswerFormatError(f"a typed answer is text, got {type(answer).__name__}")
    if len(answer) > MAX_ANSWER_LENGTH:
        raise AnswerFormatError(f"answer longer than {MAX_ANSWER_LENGTH} characters")
    return answer


def _check_number(solution: NumberSolution, answer: object) -> bool:
    value = read_quantity(_text(answer), solution.unit, unit_required=solution.unit_required)
    if value is None or not math.isfinite(value):
        return False
    return abs(value - solution.value) <= solution.tolerance + 1e-9 * max(1.0, abs(solution.value))


def _check_fields(solution: FieldsSolution, answer: object, locale: str) -> bool:
    if not isinstance(answer, Mapping) or set(answer) != set(solution.names):
        raise AnswerFormatError(f"a fields answer maps exactly the fields {list(solution.names)}")
    right = True
    for name, one in solution.fields:
        if isinstance(one, NumberSolution):
            right = _check_number(one, answer[name]) and right
        else:
            right = _check_free(one, answer[name], locale) and right
    return right


def _check_free(solution: FreeAnswerSolution, answer: object, locale: str) -> bool:
    answer = _text(answer)
    accepted = solution.accepted_for(locale)
    if solution.numeric_tolerance is not None:
        number = parse_number(unicodedata.normalize("NFKC", answer).translate(_FOLD).strip())
        if number is None or not math.isfinite(number):
            return False
        for expected in accepted:
            target = parse_number(expected)
            if target is not None and abs(number - target) <= solution.numeric_tolerance + 1e-9:
                return True
        return False
    given = normalise_free_answer(answer, solution)
    return given != "" and any(given == normalise_free_answer(a, solution) for a in accepted)


def _index(value: object, n_proposals: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise AnswerFormatError(f"a proposal index is an integer, got {type(value).__name__}")
    if not 0 <= value < n_proposals:
        raise AnswerFormatError(f"proposal index {value} out of range 0..{n_proposals - 1}")
    return value


def check_answer(challenge: Challenge, answer: object, locale: str) -> bool:
    """True when ``answer`` is right for ``challenge`` shown in ``locale`` (``fr``/``en``)."""
    check_locale(locale)
    solution = challenge.solution
    n_proposals = len(challenge.content(locale).proposals)
    if isinstance(solution, SingleChoiceSolution):
        return _index(answer, n_proposals) == solution.index
    if isinstance(solution, MultipleChoiceSolution):
        if isinstance(answer, str | bytes) or not isinstance(answer, Sequence | set | frozenset):
            raise AnswerFormatError("a multiple-choice answer is a list of proposal indices")
        chosen = [_index(v, n_proposals) for v in answer]
        if len(set(chosen)) != len(chosen):
            raise AnswerFormatError("a proposal index is repeated")
        return frozenset(chosen) == solution.indices
    if isinstance(solution, FieldsSolution):
        return _check_fields(solution, answer, locale)
    if isinstance(solution, PickSolution):
        return _text(answer).strip() in solution.accepted
    if isinstance(solution, NumberSolution):
        return _check_number(solution, answer)
    return _check_free(solution, answer, locale)
