"""The CRCN item bank: YAML files in ``assessment/items/``, validated into typed challenges.

Public API (re-exported from private modules)::

    load_bank(directory=None) -> Bank          validate everything, or raise BankError
    check_bank(directory=None) -> list[BankProblem]
    Bank.get / by_competence / item_params / params_at
    candidate_view(challenge, locale) -> dict  never the solution
    append_irt_versions(directory, updates, *, source, status="calibrated") -> dict[str, int]

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
    FreeAnswerSolution,
    Illustration,
    IrtVersion,
    MultipleChoiceSolution,
    Punctuation,
    SingleChoiceSolution,
    Solution,
    UnknownChallengeError,
    UnknownVersionError,
    UnsupportedLocaleError,
    provisional_params,
)
from assessment.bank._view import candidate_view
from assessment.bank._write import append_irt_versions, dump_bank_file

__all__ = [
    "DEFAULT_DIRECTORY",
    "LOCALES",
    "Bank",
    "BankError",
    "BankProblem",
    "Challenge",
    "ChallengeType",
    "Content",
    "FreeAnswerSolution",
    "Illustration",
    "IrtVersion",
    "MultipleChoiceSolution",
    "Punctuation",
    "SingleChoiceSolution",
    "Solution",
    "UnknownChallengeError",
    "UnknownVersionError",
    "UnsupportedLocaleError",
    "append_irt_versions",
    "candidate_view",
    "check_bank",
    "dump_bank_file",
    "load_bank",
    "provisional_params",
]
