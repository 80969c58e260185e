"""Typed model of the item bank: challenges, their bilingual content, solutions, IRT versions.

Everything here is a frozen dataclass built by the loader after validation, so the rest of the
service never sees raw YAML. The exception tree::

    BankError                  one or more problems in the bank files (``.problems``)
    UnknownChallengeError      ``Bank.get`` / ``Bank.params_at`` with an id the bank lacks
    UnknownVersionError        ``Bank.params_at`` with a version the item never had
    UnsupportedLocaleError     a locale other than ``fr`` / ``en``
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Final

LOCALES: Final[tuple[str, ...]] = ("fr", "en")
IRT_STATUSES: Final[frozenset[str]] = frozenset({"provisional", "calibrated"})
VARIANT_SEPARATOR: Final = "~"  # item id of a variant: <family id>~<variant key>

# Provisional 2PL parameters from the level (used until calibration): the 8 CRCN levels are
# spread evenly over the ability scale, centred on 0 between levels 4 and 5, one level every
# 0.75 logit, so level 1 → b = -2.625 and level 8 → b = +2.625; discrimination a = 1.0.
PROVISIONAL_DISCRIMINATION: Final[float] = 1.0
LEVEL_STEP: Final[float] = 0.75
LEVEL_CENTRE: Final[float] = 4.5


def provisional_params(level: int) -> tuple[float, float]:
    """(discrimination, difficulty) of an uncalibrated item of ``level`` (1–8)."""
    return PROVISIONAL_DISCRIMINATION, (level - LEVEL_CENTRE) * LEVEL_STEP


class ChallengeType(StrEnum):
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    FREE_ANSWER = "free_answer"
    FIELDS = "fields"  # several named fields, all must be right (Pix's QROCM)
    PICK = "pick"  # the id of an element marked in the material
    NUMBER = "number"  # a number with a unit


class Status(StrEnum):
    """Editorial status of a family: only validated items are served."""

    PROPOSED = "proposed"
    VALIDATED = "validated"
    ARCHIVED = "archived"


class Punctuation(StrEnum):
    """How free-answer comparison treats punctuation (Unicode categories P*)."""

    TRIM = "trim"  # default: leading/trailing punctuation ignored, inner kept (".pdf" = "pdf")
    IGNORED = "ignored"  # all punctuation removed ("e-mail" = "email")
    SIGNIFICANT = "significant"  # kept as typed (formulas, code)


@dataclass(frozen=True, slots=True)
class BankProblem:
    """One problem found in the bank: the file name, the item id when known, what is wrong."""

    file: str
    item_id: str | None
    message: str

    def __str__(self) -> str:
        where = self.file if self.item_id is None else f"{self.file} [{self.item_id}]"
        return f"{where}: {self.message}"


class BankError(Exception):
    """The bank (or an update to it) is invalid; ``problems`` lists every problem found."""

    def __init__(self, problems: list[BankProblem]) -> None:
        self.problems = problems
        lines = "\n".join(f"  - {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the item bank:\n{lines}")


class UnknownChallengeError(KeyError):
    """No challenge with this id in the bank."""


class UnknownVersionError(KeyError):
    """The challenge exists but never had this IRT version."""


class UnsupportedLocaleError(ValueError):
    """Content exists only in ``fr`` and ``en``."""


def check_locale(locale: str) -> str:
    if locale not in LOCALES:
        raise UnsupportedLocaleError(f"unsupported locale {locale!r}; expected one of {LOCALES}")
    return locale


@dataclass(frozen=True, slots=True)
class Illustration:
    """An image or attachment the item refers to, described in full so the item is answerable."""

    alt: str
    description: str


@dataclass(frozen=True, slots=True)
class Content:
    """The candidate-facing text of a challenge in one locale."""

    statement: str
    proposals: tuple[str, ...]  # empty unless single or multiple choice
    illustration: Illustration | None
    fields: tuple[tuple[str, str], ...] = ()  # ((field id, label), …) for ``fields`` items


@dataclass(frozen=True, slots=True)
class SingleChoiceSolution:
    index: int  # 0-based index of the right proposal


@dataclass(frozen=True, slots=True)
class MultipleChoiceSolution:
    """All-or-nothing: the answer is right only if it selects exactly these proposals."""

    indices: frozenset[int]


@dataclass(frozen=True, slots=True)
class FreeAnswerSolution:
    """Accepted answers and the tolerance rules used to compare a typed answer with them.

    ``accepted`` maps a locale to its accepted answers; language-neutral answers are merged into
    every locale by the loader. With ``numeric_tolerance`` set, answers are compared as numbers
    (French decimal comma accepted) within that absolute tolerance.
    """

    accepted: tuple[tuple[str, tuple[str, ...]], ...]  # ((locale, answers), …) in LOCALES order
    case_sensitive: bool = False
    accents_significant: bool = False
    punctuation: Punctuation = Punctuation.TRIM
    numeric_tolerance: float | None = None
    spaces_ignored: bool = False

    def accepted_for(self, locale: str) -> tuple[str, ...]:
        check_locale(locale)
        for loc, answers in self.accepted:
            if loc == locale:
                return answers
        return ()


@dataclass(frozen=True, slots=True)
class NumberSolution:
    """A number with a unit: right when within ``tolerance`` of ``value`` (both in ``unit``)."""

    value: float
    unit: str
    tolerance: float = 0.0
    unit_required: bool = False


FieldSolution = FreeAnswerSolution | NumberSolution


@dataclass(frozen=True, slots=True)
class FieldsSolution:
    """Several named fields (in declared order), every one of them must be right."""

    fields: tuple[tuple[str, FieldSolution], ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.fields)


@dataclass(frozen=True, slots=True)
class PickSolution:
    """An element picked inside attachment ``material``: any of ``accepted`` is right."""

    material: str
    accepted: frozenset[str]


Solution = (
    SingleChoiceSolution
    | MultipleChoiceSolution
    | FreeAnswerSolution
    | FieldsSolution
    | PickSolution
    | NumberSolution
)


@dataclass(frozen=True, slots=True)
class Metadata:
    """Accessibility, phone use, time limit and review date of a family."""

    blind: bool
    colour_blind: bool
    deaf: bool
    phone: bool
    time_limit: int  # seconds
    tied: bool  # depends on a law, a product or a version
    review_by: date | None


@dataclass(frozen=True, slots=True)
class Material:
    """An attachment to work on: ``path`` is absolute on this machine, never shown."""

    id: str
    media_type: str
    paths: tuple[tuple[str, Path], ...]  # ((locale, file), …) in LOCALES order
    alt: tuple[tuple[str, str], ...]  # ((locale, alternative text), …)

    def path(self, locale: str) -> Path:
        check_locale(locale)
        return dict(self.paths)[locale]

    def alt_text(self, locale: str) -> str:
        check_locale(locale)
        return dict(self.alt)[locale]


@dataclass(frozen=True, slots=True)
class IrtVersion:
    """One version of an item's 2PL parameters; the last version of an item is current."""

    version: int
    discrimination: float
    difficulty: float
    status: str  # "provisional" | "calibrated"
    source: str


@dataclass(frozen=True, slots=True)
class Challenge:
    """A validated item of the bank (see assessment/items/README.md for the file format).

    ``family`` is the family id (equal to ``id`` for a family without variants); ``variant`` is
    the variant key or None; ``enemies`` are the family ids declared in the family.
    """

    id: str
    competence: str
    tube: str
    skill: str
    level: int
    type: ChallengeType
    fr: Content
    en: Content
    solution: Solution
    irt: tuple[IrtVersion, ...]
    file: str
    family: str = ""
    variant: str | None = None
    theme: str = ""
    status: Status = Status.VALIDATED
    metadata: Metadata | None = None
    material: tuple[Material, ...] = ()
    enemies: frozenset[str] = frozenset()

    @property
    def served(self) -> bool:
        return self.status is Status.VALIDATED

    @property
    def calibrated(self) -> bool:
        """True once a version of its parameters comes from calibration."""
        return any(v.status == "calibrated" for v in self.irt)

    def content(self, locale: str) -> Content:
        return self.fr if check_locale(locale) == "fr" else self.en

    @property
    def current_irt(self) -> IrtVersion:
        return self.irt[-1]
