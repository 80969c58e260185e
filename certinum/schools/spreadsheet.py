"""Pupil lists typed by a school: CSV, XLSX or ODS with the columns of a SIECLE export.

The first row names the columns, in French as a school types them (`INE;Nom;Prénom;Date de
naissance;Sexe;Classe`), case, accents, spaces and punctuation aside, with a few common
variants (`Nom de famille`, `Date naissance`, `Division`...). A missing column refuses the file,
naming it; a column not recognised is ignored and reported.

- CSV: the `csv` module; `;` or `,` sniffed from the header line; UTF-8 (with or without BOM),
  otherwise Windows-1252 (the superset of Latin-1 that French spreadsheets write), otherwise
  Latin-1.
- XLSX: openpyxl in read-only mode (it parses its XML through defusedxml when installed).
- ODS: python-calamine (the Rust `calamine` reader), on the first sheet.

Both spreadsheet formats are ZIPs: their bounds are checked first (`archive.py`), and rows past
`MAX_ROWS` refuse the file.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time, timedelta
from typing import Any, Literal

from certinum.schools.archive import SPREADSHEET_ZIP, open_bounded_zip
from certinum.schools.pupils import ImportRefused, ImportReport, Location, RawPupil, build_report

MAX_CSV_BYTES = 10 << 20
MAX_ROWS = 10_000
MAX_COLUMNS = 64

FIELDS = ("ine", "last_name", "first_name", "birth_date", "sex", "class_code")
# What the refusal message calls each field: the header of the template a school is given.
FIELD_HEADERS = {
    "ine": "INE",
    "last_name": "Nom",
    "first_name": "Prénom",
    "birth_date": "Date de naissance",
    "sex": "Sexe",
    "class_code": "Classe",
}
_VARIANTS = {
    "ine": ("ine", "numero ine", "n ine", "no ine", "id national", "identifiant national"),
    "last_name": ("nom", "nom de famille", "nom eleve", "nom de naissance"),
    "first_name": ("prenom", "prenom eleve", "premier prenom"),
    "birth_date": ("date de naissance", "date naissance", "naissance", "date naiss", "ne le"),
    "sex": ("sexe", "genre", "code sexe"),
    "class_code": ("classe", "division", "code structure", "classe division"),
}
_HEADER_TO_FIELD = {variant: field for field, names in _VARIANTS.items() for variant in names}

Kind = Literal["csv", "xlsx", "ods"]
Cell = str | int | float | bool | date | time | timedelta | None


def normalize_header(text: str) -> str:
    """`Prénom` → `prenom`, `Date_de-naissance` → `date de naissance`, `N° INE` → `n ine`."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    return " ".join(re.sub(r"[^a-z0-9]+", " ", stripped.casefold().replace("°", " ")).split())


def map_header(header: Sequence[Cell]) -> tuple[dict[str, int], tuple[str, ...]]:
    """Field → column index, and the headers not recognised; refused when a field is missing."""
    header = list(header)
    while header and _cell_text(header[-1]) == "":
        header.pop()  # openpyxl pads a row to the sheet's width with empty cells
    if len(header) > MAX_COLUMNS:
        raise ImportRefused("too-many-columns", f"the first row has over {MAX_COLUMNS} columns")
    columns: dict[str, int] = {}
    ignored: list[str] = []
    for index, cell in enumerate(header):
        name = "" if cell is None else str(cell).strip()
        field = _HEADER_TO_FIELD.get(normalize_header(name))
        if field is None:
            if name:
                ignored.append(name[:40])
        elif field in columns:
            raise ImportRefused(
                "duplicate-column", f"two columns are {FIELD_HEADERS[field]!r}: keep one"
            )
        else:
            columns[field] = index
    missing = [FIELD_HEADERS[f] for f in FIELDS if f not in columns]
    if missing:
        found = ", ".join(repr(n) for n in ignored) or "none"
        raise ImportRefused(
            "missing-columns",
            f"missing column(s): {', '.join(missing)} (columns not recognised: {found});"
            f" the first row should be {';'.join(FIELD_HEADERS.values())}",
        )
    return columns, tuple(ignored)


def _cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a spreadsheet stores a typed 1 as 1.0
    return str(value).strip()


def _cell_date(value: Cell) -> str | date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return _cell_text(value)


def rows_to_report(
    rows: Iterable[tuple[int, Sequence[Cell]]], *, today: date, what: str
) -> ImportReport:
    """The report of a table: `rows` are (line number, cells), the header first."""
    iterator = iter(rows)
    try:
        _, header = next(iterator)
    except StopIteration:
        raise ImportRefused("empty-file", f"the {what} is empty") from None
    columns, ignored = map_header(header)

    def raw_pupils() -> Iterator[RawPupil]:
        count = 0
        for line, cells in iterator:
            if all(_cell_text(c) == "" for c in cells):
                continue
            count += 1
            if count > MAX_ROWS:
                raise ImportRefused("too-many-rows", f"the {what} has over {MAX_ROWS} pupils")

            def get(field: str, cells: Sequence[Cell] = cells) -> Cell:
                index = columns[field]
                return cells[index] if index < len(cells) else None

            yield RawPupil(
                location=Location(line=line),
                ine=_cell_text(get("ine")),
                last_name=_cell_text(get("last_name")),
                first_name=_cell_text(get("first_name")),
                birth_date=_cell_date(get("birth_date")),
                sex=_cell_text(get("sex")),
                class_code=_cell_text(get("class_code")),
            )

    return build_report(raw_pupils(), today=today, ignored_columns=ignored)


def decode_text(data: bytes) -> str:
    """UTF-8 (a BOM is dropped), else Windows-1252, else Latin-1 (which decodes any byte)."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _delimiter(first_line: str) -> str:
    try:
        return csv.Sniffer().sniff(first_line, delimiters=";,").delimiter
    except csv.Error:
        return ";" if first_line.count(";") >= first_line.count(",") else ","


def read_csv(data: bytes, *, today: date) -> ImportReport:
    """The pupils of a CSV file, `;` or `,` separated, UTF-8 or Latin-1/Windows-1252."""
    if len(data) > MAX_CSV_BYTES:
        raise ImportRefused("file-too-large", f"the CSV file is over {MAX_CSV_BYTES >> 20} MiB")
    if b"\x00" in data:
        raise ImportRefused(
            "not-csv",
            "the file is not CSV text in UTF-8 or Latin-1 (it holds NUL bytes: UTF-16 or binary);"
            " save it as CSV UTF-8",
        )
    text = decode_text(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n", 1)[0]))

    def rows() -> Iterator[tuple[int, list[str]]]:
        try:
            for record in reader:
                yield reader.line_num, record
        except csv.Error as exc:
            raise ImportRefused(
                "malformed-csv", f"line {reader.line_num} cannot be read ({exc})"
            ) from exc

    return rows_to_report(rows(), today=today, what="CSV file")


def read_xlsx(data: bytes, *, today: date) -> ImportReport:
    """The pupils of the first sheet of an XLSX workbook."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    open_bounded_zip(data, SPREADSHEET_ZIP, "XLSX file").close()
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ImportRefused(
            "unreadable-spreadsheet", f"the XLSX file cannot be read ({exc})"
        ) from exc
    try:
        sheet: Any = workbook.worksheets[0]
        rows = (
            (line, tuple(cells))
            for line, cells in enumerate(
                sheet.iter_rows(max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS + 1, values_only=True),
                start=1,
            )
        )
        return rows_to_report(_bounded(rows, "XLSX file"), today=today, what="XLSX file")
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, AttributeError) as exc:
        raise ImportRefused(
            "unreadable-spreadsheet", f"the XLSX file cannot be read ({exc})"
        ) from exc
    finally:
        workbook.close()


def read_ods(data: bytes, *, today: date) -> ImportReport:
    """The pupils of the first sheet of an ODS (OpenDocument) spreadsheet."""
    import python_calamine

    open_bounded_zip(data, SPREADSHEET_ZIP, "ODS file").close()
    try:
        workbook = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
        sheet = workbook.get_sheet_by_index(0)
        table = sheet.to_python(skip_empty_area=False, nrows=MAX_ROWS + 2)
    except (python_calamine.CalamineError, ValueError, OSError) as exc:
        raise ImportRefused(
            "unreadable-spreadsheet", f"the ODS file cannot be read ({exc})"
        ) from exc
    rows = ((line, tuple(cells)) for line, cells in enumerate(table, start=1))
    return rows_to_report(_bounded(rows, "ODS file"), today=today, what="ODS file")


def _unreadable(kind: str, exc: Exception) -> ImportRefused:
    return ImportRefused("unreadable-spreadsheet", f"the {kind} file cannot be read ({exc})")


def _bounded(
    rows: Iterator[tuple[int, Sequence[Cell]]], what: str
) -> Iterator[tuple[int, Sequence[Cell]]]:
    for line, cells in rows:
        if line > MAX_ROWS + 1:
            raise ImportRefused("too-many-rows", f"the {what} has over {MAX_ROWS} pupils")
        yield line, cells


def read_table(data: bytes, kind: Kind, *, today: date) -> ImportReport:
    """The pupils of a CSV, XLSX or ODS file."""
    readers = {"csv": read_csv, "xlsx": read_xlsx, "ods": read_ods}
    return readers[kind](data, today=today)
