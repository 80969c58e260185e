"""The CRCN item bank: a directory of YAML families (format 2, ``assessment/items/README.md``).

Public API (re-exported from private modules)::

    load_bank(directory=None) -> Bank          validate everything, or raise BankError
    check_bank(directory=None) -> list[BankProblem]
    Bank.get / by_competence / item_params / params_at / material / enemies / pretest
    candidate_view(challenge, locale) -> dict  never the solution
    append_irt_versions(directory, updates, *, source, status="calibrated") -> dict[str, int]
    bank_figures(directory) -> BankFigures     the figures of ``certinum assessment bank``

Exceptions: ``BankError`` (with ``.problems``), ``UnknownChallengeError``,
``UnknownVersionError``, ``UnsupportedLocaleError``.
"""

from assessment.bank._load import DEFAULT_DIRECTORY, Bank, check_bank, load_bank
from assessment.bank._model import (
    LOCALES,
    BankError,
    BankProblem,
    Challenge,
    ChallengeType,
    Content,
    FieldsSolution,
    FreeAnswerSolution,
    Illustration,
    IrtVersion,
    Material,
    Metadata,
    MultipleChoiceSolution,
    NumberSolution,
    PickSolution,
    Punctuation,
    SingleChoiceSolution,
    Solution,
    Status,
    UnknownChallengeError,
    UnknownVersionError,
    UnsupportedLocaleError,
    provisional_params,
)
from assessment.bank._stats import BankFigures, bank_figures
from assessment.bank._view import candidate_view
from assessment.bank._write import append_irt_versions

__all__ = [
    "DEFAULT_DIRECTORY",
    "LOCALES",
    "Bank",
    "BankError",
    "BankFigures",
    "BankProblem",
    "Challenge",
    "ChallengeType",
    "Content",
    "FieldsSolution",
    "FreeAnswerSolution",
    "Illustration",
    "IrtVersion",
    "Material",
    "Metadata",
    "MultipleChoiceSolution",
    "NumberSolution",
    "PickSolution",
    "Punctuation",
    "SingleChoiceSolution",
    "Solution",
    "Status",
    "UnknownChallengeError",
    "UnknownVersionError",
    "UnsupportedLocaleError",
    "append_irt_versions",
    "bank_figures",
    "candidate_view",
    "check_bank",
    "load_bank",
    "provisional_params",
]
