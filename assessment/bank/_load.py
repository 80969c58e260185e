"""Loading the bank from its YAML files, and the ``Bank`` the rest of the service queries.

The files are read with ``yaml.safe_load`` (no arbitrary objects). Every file is validated
before anything is returned; problems across all files are gathered into one ``BankError``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assessment.bank._model import (
    BankError,
    BankProblem,
    Challenge,
    UnknownChallengeError,
    UnknownVersionError,
)
from assessment.bank._validate import validate_file
from assessment.framework import competence as lookup_competence
from assessment.types import ItemParams

DEFAULT_DIRECTORY = Path(__file__).resolve().parent.parent / "items"
SUFFIXES = (".yaml", ".yml")
# libyaml's safe loader when PyYAML was built with it (about 10× faster), else the pure-Python one.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def bank_files(directory: Path) -> list[Path]:
    """The item files of a bank directory, in a stable order."""
    return sorted(p for p in directory.iterdir() if p.is_file() and p.suffix in SUFFIXES)


def read_yaml(path: Path, problems: list[BankProblem]) -> tuple[bool, object]:
    """Parse one file → (parsed, data); a read or YAML error becomes a problem naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(BankProblem(path.name, None, f"cannot read file: {exc}"))
        return False, None
    try:
        return True, yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 (safe loader)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(BankProblem(path.name, None, f"malformed YAML{where}: {reason}"))
        return False, None


@dataclass(frozen=True)
class Bank:
    """The validated challenges, indexed by id and by competence."""

    challenges: tuple[Challenge, ...]
    _by_id: dict[str, Challenge] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for c in self.challenges})

    def get(self, item_id: str) -> Challenge:
        try:
            return self._by_id[item_id]
        except KeyError:
            raise UnknownChallengeError(f"no challenge {item_id!r} in the bank") from None

    def by_competence(self, code: str) -> tuple[Challenge, ...]:
        lookup_competence(code)  # raises UnknownCompetenceError for a code the CRCN lacks
        return tuple(c for c in self.challenges if c.competence == code)

    def item_params(self) -> list[ItemParams]:
        """The current (last) IRT version of every challenge, as the adaptive engine sees it."""
        return [self.params_at(c.id, c.current_irt.version) for c in self.challenges]

    def params_at(self, item_id: str, version: int) -> ItemParams:
        """The parameters of one past or current version, to rescore a test exactly."""
        challenge = self.get(item_id)
        for irt in challenge.irt:
            if irt.version == version:
                return ItemParams(
                    id=challenge.id,
                    competence=challenge.competence,
                    tube=challenge.tube,
                    discrimination=irt.discrimination,
                    difficulty=irt.difficulty,
                    version=irt.version,
                )
        raise UnknownVersionError(f"challenge {item_id!r} has no IRT version {version!r}")


def collect(directory: Path) -> tuple[list[Challenge], list[BankProblem]]:
    """Every valid challenge of the directory, and every problem (including duplicate ids)."""
    problems: list[BankProblem] = []
    if not directory.is_dir():
        return [], [BankProblem(str(directory), None, "not a directory")]
    files = bank_files(directory)
    if not files:
        problems.append(BankProblem(str(directory), None, "no item files (*.yaml)"))
    challenges: list[Challenge] = []
    for path in files:
        parsed, data = read_yaml(path, problems)
        if parsed:
            challenges.extend(validate_file(path.name, data, problems))
    return _without_duplicates(challenges, problems), problems


def _without_duplicates(
    challenges: Iterable[Challenge], problems: list[BankProblem]
) -> list[Challenge]:
    first: dict[str, Challenge] = {}
    kept = []
    for c in challenges:
        if c.id in first:
            problems.append(
                BankProblem(c.file, c.id, f"duplicate id, already defined in {first[c.id].file}")
            )
        else:
            first[c.id] = c
            kept.append(c)
    return kept


def check_bank(directory: Path | None = None) -> list[BankProblem]:
    """All problems of a bank directory (empty when it is valid); for the CLI and CI."""
    return collect(directory or DEFAULT_DIRECTORY)[1]


def load_bank(directory: Path | None = None) -> Bank:
    """Load and validate the bank (default: the packaged ``assessment/items/``).

    Raises ``BankError`` listing every problem when any file or item is invalid.
    """
    challenges, problems = collect(directory or DEFAULT_DIRECTORY)
    if problems:
        raise BankError(problems)
    return Bank(tuple(challenges))
