"""A centre's enrolment file: CSV, XLSX or ODS, read into rows and rejections; its template.

The first row names the columns, matched as the schools' pupil files are (case, accents,
spaces and punctuation aside, :func:`certinum.schools.spreadsheet.normalize_header`)::

    Nom;Prénom;Date de naissance;Lieu de naissance;Temps majoré (%);Email;INE;UAI

``Nom``, ``Prénom`` and ``Date de naissance`` are required columns; a row names its candidate's
account by ``Email`` (an adult's login) or by ``INE`` (a pupil's national id; ``UAI`` picks the
school when the INE is known in several). The files are opened the way the pupil readers open
theirs: CSV decoded by :func:`~certinum.schools.spreadsheet.decode_text`, spreadsheets bounded
by :func:`~certinum.schools.archive.open_bounded_zip` first, then read with openpyxl (XLSX) or
python-calamine (ODS). A file that cannot be read at all raises
:class:`~certinum.schools.pupils.ImportRefused`.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from certinum.schools.archive import SPREADSHEET_ZIP, open_bounded_zip
from certinum.schools.pupils import ImportRefused, Location, Rejection
from certinum.schools.spreadsheet import MAX_COLUMNS, decode_text, normalize_header

MAX_ROWS = 2_000
MAX_CSV_BYTES = 4 << 20
HEADERS = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "birth_date": "Date de naissance",
    "birth_place": "Lieu de naissance",
    "extra_time": "Temps majoré (%)",
    "email": "Email",
    "ine": "INE",
    "uai": "UAI",
}
REQUIRED = ("last_name", "first_name", "birth_date")
_VARIANTS = {
    "last_name": ("nom", "nom de famille", "nom de naissance"),
    "first_name": ("prenom", "premier prenom"),
    "birth_date": ("date de naissance", "date naissance", "ne le", "nee le"),
    "birth_place": ("lieu de naissance", "lieu naissance", "commune de naissance"),
    "extra_time": ("temps majore", "temps majore %", "tiers temps", "temps supplementaire %"),
    "email": ("email", "e mail", "courriel", "adresse email", "adresse electronique"),
    "ine": ("ine", "numero ine", "n ine", "identifiant national"),
    "uai": ("uai", "code uai", "etablissement", "rne"),
}
_HEADER_TO_FIELD = {v: f for f, names in _VARIANTS.items() for v in names}
KINDS = ("csv", "xlsx", "ods")


@dataclass(frozen=True, slots=True)
class RawRow:
    """A row as read: its line and each field's cell (text, or a spreadsheet's date)."""

    location: Location
    cells: dict[str, Any]


@dataclass(frozen=True, slots=True)
class ReadFile:
    rows: tuple[RawRow, ...]
    ignored_columns: tuple[str, ...]


def kind_of(filename: str) -> str:
    kind = filename.rsplit(".", 1)[-1].casefold() if "." in filename else ""
    if kind not in KINDS:
        raise ImportRefused(
            "unknown-format",
            f"{filename[:80]!r} is not a file Certinum reads: send .csv, .xlsx or .ods",
        )
    return kind


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _columns(header: Sequence[object]) -> tuple[dict[str, int], tuple[str, ...]]:
    cells = list(header)
    while cells and _text(cells[-1]) == "":
        cells.pop()
    if len(cells) > MAX_COLUMNS:
        raise ImportRefused("too-many-columns", f"the first row has over {MAX_COLUMNS} columns")
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(cells):
        name = _text(cell)
        found = _HEADER_TO_FIELD.get(normalize_header(name))
        if found is None:
            if name:
                ignored.append(name[:40])
        elif found in columns:
            raise ImportRefused("duplicate-column", f"two columns are {HEADERS[found]!r}: keep one")
        else:
            columns[found] = index
    missing = [HEADERS[f] for f in REQUIRED if f not in columns]
    if not missing and "email" not in columns and "ine" not in columns:
        missing.append("Email or INE")
    if missing:
        raise ImportRefused(
            "missing-columns",
            f"missing column(s): {', '.join(missing)}; the first row should be"
            f" {';'.join(HEADERS.values())}",
        )
    return columns, tuple(ignored)


def _read(rows: Iterator[tuple[int, Sequence[object]]], what: str) -> ReadFile:
    try:
        _, header = next(rows)
    except StopIteration:
        raise ImportRefused("empty-file", f"the {what} is empty") from None
    columns, ignored = _columns(header)
    found: list[RawRow] = []
    for line, cells in rows:
        if all(_text(c) == "" for c in cells):
            continue
        if len(found) >= MAX_ROWS:
            raise ImportRefused("too-many-rows", f"the {what} has over {MAX_ROWS} candidates")
        values = {f: (cells[i] if i < len(cells) else None) for f, i in columns.items()}
        found.append(RawRow(Location(line=line), values))
    return ReadFile(tuple(found), ignored)


def _csv_rows(data: bytes) -> Iterator[tuple[int, Sequence[object]]]:
    if len(data) > MAX_CSV_BYTES:
        raise ImportRefused("file-too-large", f"the CSV file is over {MAX_CSV_BYTES >> 20} MiB")
    if b"\x00" in data:
        raise ImportRefused("not-csv", "the file is not CSV text in UTF-8 or Latin-1")
    text = decode_text(data)
    first = text.split("\n", 1)[0]
    reader = csv.reader(
        io.StringIO(text, newline=""),
        delimiter=";" if first.count(";") >= first.count(",") else ",",
    )
    try:
        for record in reader:
            yield reader.line_num, record
    except csv.Error as exc:
        raise ImportRefused(
            "malformed-csv", f"line {reader.line_num} cannot be read ({exc})"
        ) from exc


def _xlsx_rows(data: bytes) -> Iterator[tuple[int, Sequence[object]]]:
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    open_bounded_zip(data, SPREADSHEET_ZIP, "XLSX file").close()
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        sheet: Any = book.worksheets[0]
        rows = list(
            sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS + 1, values_only=True)
        )
        book.close()
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        KeyError,
        ValueError,
        OSError,
        IndexError,
    ) as exc:
        raise ImportRefused(
            "unreadable-spreadsheet", f"the XLSX file cannot be read ({exc})"
        ) from exc
    yield from enumerate(rows, start=1)


def _ods_rows(data: bytes) -> Iterator[tuple[int, Sequence[object]]]:
    import python_calamine

    open_bounded_zip(data, SPREADSHEET_ZIP, "ODS file").close()
    try:
        book = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        table = book.get_sheet_by_index(0).to_python(skip_empty_area=False, nrows=MAX_ROWS + 2)
    except (python_calamine.CalamineError, ValueError, OSError, IndexError) as exc:
        raise ImportRefused(
            "unreadable-spreadsheet", f"the ODS file cannot be read ({exc})"
        ) from exc
    yield from enumerate(table, start=1)


def read_enrolment_file(data: bytes, filename: str) -> ReadFile:
    """The rows of an enrolment file named ``filename`` (its extension names the format)."""
    kind = kind_of(filename)
    readers = {"csv": _csv_rows, "xlsx": _xlsx_rows, "ods": _ods_rows}
    return _read(readers[kind](data), f"{kind.upper()} file")


def cell_date(value: object) -> date | str:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _text(value)


def cell_text(value: object) -> str:
    return _text(value)


def rejection(location: Location, field: str, code: str, reason: str) -> Rejection:
    return Rejection(location, field, code, reason)
