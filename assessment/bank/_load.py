"""Loading a bank directory (format 2), and the ``Bank`` the rest of the service queries.

Every ``*.yaml`` under the directory is an item file, except ``irt.yaml`` at its root (the IRT
parameter versions) and anything inside a ``material`` folder. Files are read with the safe
loader; every file is validated before anything is returned and problems across all files are
gathered into one ``BankError``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

import yaml

from assessment.bank._irt import IRT_FILE, read_irt_file
from assessment.bank._model import (
    BankError,
    BankProblem,
    Challenge,
    IrtVersion,
    Material,
    Status,
    UnknownChallengeError,
    UnknownVersionError,
    provisional_params,
)
from assessment.bank._rules import writing_problems
from assessment.bank._validate import FileContext, validate_file
from assessment.framework import competence as lookup_competence
from assessment.types import ItemParams

DEFAULT_DIRECTORY = Path(__file__).resolve().parent.parent / "items"
SUFFIXES = (".yaml", ".yml")
# libyaml's safe loader when PyYAML was built with it (about 10× faster), else the pure-Python one.
_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def bank_files(directory: Path) -> list[Path]:
    """The item files of a bank directory, recursively, in a stable order."""
    return sorted(
        p
        for p in directory.rglob("*")
        if p.is_file()
        and p.suffix in SUFFIXES
        and p != directory / IRT_FILE
        and "material" not in p.relative_to(directory).parts[:-1]
        and not p.name.startswith(".")
    )


def read_yaml(path: Path, name: str, problems: list[BankProblem]) -> tuple[bool, object]:
    """Parse one file → (parsed, data); a read or YAML error becomes a problem naming the file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(BankProblem(name, None, f"cannot read file: {exc}"))
        return False, None
    try:
        return True, yaml.load(text, Loader=_SAFE_LOADER)  # noqa: S506 (safe loader)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(BankProblem(name, None, f"malformed YAML{where}: {reason}"))
        return False, None


@dataclasses.dataclass(frozen=True)
class Bank:
    """The validated items of a bank.

    ``items`` holds every item, archived and proposed ones included (so a stored answer still
    resolves with ``get``); ``challenges`` only the validated ones, which are served.
    ``enemies`` maps an item id to the ids of the items it must never share a test with
    (declared family enemies, and the other variants of its family).
    """

    items: tuple[Challenge, ...]
    directory: Path | None = None
    challenges: tuple[Challenge, ...] = dataclasses.field(init=False)
    enemies: Mapping[str, frozenset[str]] = dataclasses.field(init=False, repr=False)
    _by_id: dict[str, Challenge] = dataclasses.field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {c.id: c for c in self.items})
        object.__setattr__(self, "challenges", tuple(c for c in self.items if c.served))
        object.__setattr__(self, "enemies", _enemies(self.items))

    @property
    def pretest(self) -> tuple[Challenge, ...]:
        """Served items whose parameters are all provisional (none calibrated yet)."""
        return tuple(c for c in self.challenges if not c.calibrated)

    def status(self, item_id: str) -> Status:
        return self.get(item_id).status

    def get(self, item_id: str) -> Challenge:
        try:
            return self._by_id[item_id]
        except KeyError:
            raise UnknownChallengeError(f"no challenge {item_id!r} in the bank") from None

    def by_competence(self, code: str) -> tuple[Challenge, ...]:
        """The served items of competence ``code``."""
        lookup_competence(code)  # raises UnknownCompetenceError for a code the CRCN lacks
        return tuple(c for c in self.challenges if c.competence == code)

    def material(self, item_id: str, ref: str, locale: str) -> Material:
        """The attachment shown as ``ref`` (``m1``, ``m2``… in declared order) of an item."""
        challenge = self.get(item_id)
        for number, attachment in enumerate(challenge.material, start=1):
            if ref == f"m{number}":
                attachment.path(locale)  # checks the locale
                return attachment
        raise UnknownChallengeError(f"challenge {item_id!r} has no material {ref!r}")

    def item_params(self) -> list[ItemParams]:
        """The current (last) IRT version of every served item, as the adaptive engine sees it."""
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


def _enemies(items: Iterable[Challenge]) -> dict[str, frozenset[str]]:
    by_family: dict[str, list[str]] = {}
    for c in items:
        by_family.setdefault(c.family, []).append(c.id)
    pairs: dict[str, set[str]] = {family: set() for family in by_family}
    for c in items:
        for other in c.enemies:
            if other in pairs:
                pairs[c.family].add(other)
                pairs[other].add(c.family)
    result = {}
    for c in items:
        ids = {i for f in pairs[c.family] for i in by_family[f]} | set(by_family[c.family])
        result[c.id] = frozenset(ids - {c.id})
    return result


def provisional_version(level: int) -> IrtVersion:
    a, b = provisional_params(level)
    return IrtVersion(1, a, b, "provisional", f"from level {level}")


def collect(
    directory: Path, *, today: date | None = None
) -> tuple[list[Challenge], list[BankProblem]]:
    """Every valid item of the directory, and every problem (including duplicate ids)."""
    problems: list[BankProblem] = []
    if not directory.is_dir():
        return [], [BankProblem(str(directory), None, "not a directory")]
    files = bank_files(directory)
    if not files:
        problems.append(BankProblem(str(directory), None, "no item files (*.yaml)"))
    challenges: list[Challenge] = []
    for path in files:
        name = path.relative_to(directory).as_posix()
        parsed, data = read_yaml(path, name, problems)
        if parsed:
            ctx = FileContext(name, path, directory, today or date.today())
            challenges.extend(validate_file(ctx, data, problems))
    challenges = _without_duplicates(challenges, problems)
    versions = read_irt_file(directory, problems)
    known = {c.id for c in challenges}
    for item_id in sorted(set(versions) - known):
        problems.append(BankProblem(IRT_FILE, item_id, "IRT versions of an unknown item"))
    challenges = [
        dataclasses.replace(c, irt=versions.get(c.id) or (provisional_version(c.level),))
        for c in challenges
    ]
    known_families = {c.family for c in challenges}
    for c in challenges:
        for enemy in sorted(c.enemies - known_families):
            problems.append(BankProblem(c.file, c.id, f"unknown enemy family {enemy!r}"))
    problems.extend(writing_problems(challenges))
    return challenges, problems


def _without_duplicates(
    challenges: Iterable[Challenge], problems: list[BankProblem]
) -> list[Challenge]:
    first: dict[str, Challenge] = {}
    families: dict[str, str] = {}
    kept = []
    for c in challenges:
        if c.id in first:
            problems.append(
                BankProblem(c.file, c.id, f"duplicate id, already defined in {first[c.id].file}")
            )
        elif (c.variant is None and c.id in families) or families.get(c.family, c.file) != c.file:
            problems.append(BankProblem(c.file, c.id, "family id already used in another file"))
        else:
            first[c.id] = c
            families.setdefault(c.family, c.file)
            kept.append(c)
    return kept


def check_bank(directory: Path | None = None) -> list[BankProblem]:
    """All problems of a bank directory (empty when it is valid); for the CLI and CI."""
    return collect(directory or DEFAULT_DIRECTORY)[1]


def load_bank(directory: Path | None = None) -> Bank:
    """Load and validate a bank (default: the packaged ``assessment/items/``).

    Raises ``BankError`` listing every problem when any file or item is invalid.
    """
    where = directory or DEFAULT_DIRECTORY
    challenges, problems = collect(where)
    if problems:
        raise BankError(problems)
    return Bank(tuple(challenges), where)
