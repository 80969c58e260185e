"""The pupil row every school import produces, and the validation both sources share.

A SIECLE export (`siecle.py`) and a spreadsheet (`spreadsheet.py`) are read into `RawPupil`s,
strings (or date cells) as found with where they were found; `validate_rows` turns them into an
`ImportReport`: the `PupilRow`s accepted and, for every other row, a `Rejection` naming the
line or element, the field and the reason in plain words. A file that cannot be read at all is
refused whole with `ImportRefused`.

The INE (identifiant national élève) has 11 characters: 10 digits and a letter (academic pupil
bases, "BEA"), 9 digits and 2 letters (the national register, "RNIE"), or the apprentices' form
4 digits, `A`, 5 digits and a letter: the three patterns of the Mission apprentissage's public
`flux-retour-cfas` repository (`server/src/common/domain/apprenant/ineApprenant.js`), digits
only where it also lets `_` through. Letters are upper-cased first.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

MAX_NAME_LENGTH = 100
MAX_CLASS_LENGTH = 40
MIN_AGE = 5
MAX_AGE = 25

_INE = re.compile(r"[0-9]{10}[A-Z]|[0-9]{9}[A-Z]{2}|[0-9]{4}A[0-9]{5}[A-Z]")
_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})(?:[T ][0-9:.]+)?")
# SIECLE codes sex 1 (male) and 2 (female), as Pix's SIECLE import maps them.
_SEX = {"M": "M", "F": "F", "1": "M", "2": "F"}


class ImportRefused(Exception):
    """The whole file is refused: nothing in it is imported.

    `code` is stable (for translations and problem types); the message says why in plain words.
    """

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass(frozen=True, slots=True)
class Location:
    """Where a row came from: a line of a spreadsheet, or a SIECLE `ELEVE` element."""

    line: int | None = None
    eleve_id: str | None = None

    def __str__(self) -> str:
        if self.eleve_id is not None:
            return f"ELEVE_ID {self.eleve_id}"
        return f"line {self.line}"


@dataclass(frozen=True, slots=True)
class RawPupil:
    """A row as read, before validation: strings (a spreadsheet may give real date cells)."""

    location: Location
    ine: str
    last_name: str
    first_name: str
    birth_date: str | date
    sex: str
    class_code: str


@dataclass(frozen=True, slots=True)
class PupilRow:
    """A valid pupil: INE upper-cased, names trimmed, sex `M` or `F`."""

    ine: str
    last_name: str
    first_name: str
    birth_date: date
    sex: str
    class_code: str
    location: Location


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row not imported: where, which field, a stable code and the reason in plain words."""

    location: Location
    field: str
    code: str
    reason: str


@dataclass(frozen=True, slots=True)
class Skipped:
    """A SIECLE pupil left out on purpose (left the school, or has no INE yet): not an error."""

    location: Location
    reason: str


@dataclass(frozen=True, slots=True)
class ImportReport:
    accepted: tuple[PupilRow, ...]
    rejected: tuple[Rejection, ...]
    skipped: tuple[Skipped, ...] = ()
    ignored_columns: tuple[str, ...] = ()


class _Invalid(Exception):
    def __init__(self, field: str, code: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.code, self.reason = field, code, reason


def parse_date(value: str | date) -> date:
    """A birth date as dd/mm/yyyy, ISO yyyy-mm-dd, or a spreadsheet's date cell."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = value.strip()
    try:
        if m := _DMY.fullmatch(text):
            return date(int(m[3]), int(m[2]), int(m[1]))
        if m := _ISO.fullmatch(text):
            return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        pass
    raise _Invalid("birth_date", "bad-date", f"{text!r} is not a date (dd/mm/yyyy or yyyy-mm-dd)")


def _age(birth: date, today: date) -> int:
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))


def _name(field: str, value: str, limit: int) -> str:
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if not text:
        raise _Invalid(field, "empty", f"{field.replace('_', ' ')} is empty")
    if len(text) > limit:
        raise _Invalid(field, "too-long", f"{field.replace('_', ' ')} is over {limit} characters")
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise _Invalid(field, "control-character", f"{field.replace('_', ' ')} has a control code")
    return text


def _validate(raw: RawPupil, today: date) -> PupilRow:
    ine = raw.ine.strip().upper()
    if not ine:
        raise _Invalid("ine", "empty", "INE is empty")
    if not _INE.fullmatch(ine):
        raise _Invalid(
            "ine",
            "bad-ine",
            f"INE {raw.ine.strip()[:20]!r} is not 10 digits and a letter, 9 digits and 2 letters,"
            " or an apprentice's INE",
        )
    last_name = _name("last_name", raw.last_name, MAX_NAME_LENGTH)
    first_name = _name("first_name", raw.first_name, MAX_NAME_LENGTH)
    birth = parse_date(raw.birth_date)
    if birth > today:
        raise _Invalid("birth_date", "future-date", f"birth date {birth:%d/%m/%Y} is in the future")
    age = _age(birth, today)
    if not MIN_AGE <= age <= MAX_AGE:
        raise _Invalid(
            "birth_date",
            "implausible-age",
            f"birth date {birth:%d/%m/%Y} gives an age of {age}, not {MIN_AGE} to {MAX_AGE}",
        )
    sex = _SEX.get(raw.sex.strip().upper())
    if sex is None:
        raise _Invalid("sex", "bad-sex", f"sex {raw.sex.strip()[:10]!r} is not M or F (1 or 2)")
    class_code = _name("class_code", raw.class_code, MAX_CLASS_LENGTH)
    return PupilRow(ine, last_name, first_name, birth, sex, class_code, raw.location)


def validate_rows(rows: Iterable[RawPupil], *, today: date) -> list[PupilRow | Rejection]:
    """Each row validated on its own, then every row sharing an INE with another rejected."""
    results: list[PupilRow | Rejection] = []
    for raw in rows:
        try:
            results.append(_validate(raw, today))
        except _Invalid as bad:
            results.append(Rejection(raw.location, bad.field, bad.code, bad.reason))
    where: dict[str, list[Location]] = defaultdict(list)
    for r in results:
        if isinstance(r, PupilRow):
            where[r.ine].append(r.location)
    out: list[PupilRow | Rejection] = []
    for r in results:
        if isinstance(r, PupilRow) and len(where[r.ine]) > 1:
            others = [str(loc) for loc in where[r.ine] if loc is not r.location]
            shown = ", ".join(others[:5]) + (", …" if len(others) > 5 else "")
            out.append(
                Rejection(r.location, "ine", "duplicate-ine", f"INE {r.ine} also on {shown}")
            )
        else:
            out.append(r)
    return out


def build_report(
    rows: Iterable[RawPupil],
    *,
    today: date,
    skipped: Iterable[Skipped] = (),
    ignored_columns: Iterable[str] = (),
) -> ImportReport:
    """The report of a file: accepted rows and rejections, in the order of the file."""
    results = validate_rows(rows, today=today)
    return ImportReport(
        accepted=tuple(r for r in results if isinstance(r, PupilRow)),
        rejected=tuple(r for r in results if isinstance(r, Rejection)),
        skipped=tuple(skipped),
        ignored_columns=tuple(ignored_columns),
    )
