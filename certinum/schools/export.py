"""The results CSV a school downloads: one row per pupil, one column per CRCN competence.

UTF-8 with a BOM and `;` by default, as French spreadsheets (Excel, LibreOffice) open it
without an import dialog; `,` on request. Every cell, headers included, is escaped against
formula injection (OWASP "CSV Injection"): a cell starting with `=`, `+`, `-`, `@`, a tab or a
carriage return gets a leading `'`, so a spreadsheet shows it as text instead of running it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from assessment.framework import COMPETENCES

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"

Language = Literal["fr", "en"]
_IDENTITY_HEADERS = {
    "fr": ("INE", "Nom", "Prénom", "Classe"),
    "en": ("INE", "Last name", "First name", "Class"),
}


@dataclass(frozen=True, slots=True)
class PupilResult:
    """A pupil's positioning results: competence code (`"1.1"`...) → level reached (0 to 8).

    A competence absent from `levels` was not assessed: its cell is left empty.
    """

    ine: str
    last_name: str
    first_name: str
    class_code: str
    levels: Mapping[str, int] = field(default_factory=dict)


def escape_cell(value: str) -> str:
    """`=1+1` → `'=1+1`: a spreadsheet reads the cell as text, never as a formula."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def headers(language: Language = "fr") -> list[str]:
    """The first row: identity columns, then `code title` for each of the 16 competences."""
    titles = [f"{c.code} {c.title_fr if language == 'fr' else c.title_en}" for c in COMPETENCES]
    return [escape_cell(h) for h in (*_IDENTITY_HEADERS[language], *titles)]


def csv_bytes(rows: Iterable[Sequence[str]], *, delimiter: Literal[";", ","] = ";") -> bytes:
    """Rows (the first one the headers) as CSV bytes: UTF-8 with BOM, every cell escaped;
    every results export of the service writes its file through this."""
    if delimiter not in (";", ","):
        raise ValueError(f"delimiter must be ';' or ',', not {delimiter!r}")
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    for row in rows:
        writer.writerow([escape_cell(v) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")


def results_csv(
    results: Iterable[PupilResult],
    *,
    delimiter: Literal[";", ","] = ";",
    language: Language = "fr",
) -> bytes:
    """The CSV file, as bytes (UTF-8 with BOM), rows in the order given."""
    rows: list[Sequence[str]] = [headers(language)]
    for result in results:
        levels = [
            "" if c.code not in result.levels else str(result.levels[c.code]) for c in COMPETENCES
        ]
        identity = (result.ine, result.last_name, result.first_name, result.class_code)
        rows.append((*identity, *levels))
    return csv_bytes(rows, delimiter=delimiter)
