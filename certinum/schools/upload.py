"""One entry for an uploaded pupil file: the reader chosen by the file's extension."""

from __future__ import annotations

from datetime import date

from certinum.schools.pupils import ImportRefused, ImportReport
from certinum.schools.siecle import read_siecle, read_siecle_zip
from certinum.schools.spreadsheet import read_table

EXTENSIONS = (".xml", ".zip", ".csv", ".xlsx", ".ods")


def read_pupil_file(data: bytes, filename: str, *, uai: str, today: date) -> ImportReport:
    """The report of `data`, read as SIECLE XML or ZIP (checked against `uai`), CSV, XLSX or ODS.

    A spreadsheet names no school: `uai` applies to the SIECLE formats only.
    """
    extension = "." + filename.rsplit(".", 1)[-1].casefold() if "." in filename else ""
    if extension == ".xml":
        return read_siecle(data, uai=uai, today=today)
    if extension == ".zip":
        return read_siecle_zip(data, uai=uai, today=today)
    if extension == ".csv":
        return read_table(data, "csv", today=today)
    if extension == ".xlsx":
        return read_table(data, "xlsx", today=today)
    if extension == ".ods":
        return read_table(data, "ods", today=today)
    raise ImportRefused(
        "unknown-format",
        f"{filename[:80]!r} is not a file Certinum reads: send {', '.join(EXTENSIONS)}",
    )
