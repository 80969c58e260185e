"""Schools: the pupils they hand over (SIECLE export, CSV, XLSX, ODS) and the results they get.

Readers are pure functions, bytes (or a binary stream) in, an `ImportReport` out; a file that
cannot be imported at all raises `ImportRefused` (a stable `code` and a message in plain words).
"""

from certinum.schools.export import PupilResult, escape_cell, results_csv
from certinum.schools.pupils import (
    ImportRefused,
    ImportReport,
    Location,
    PupilRow,
    Rejection,
    Skipped,
)
from certinum.schools.siecle import read_siecle, read_siecle_zip
from certinum.schools.spreadsheet import read_csv, read_ods, read_table, read_xlsx
from certinum.schools.upload import read_pupil_file

__all__ = [
    "ImportRefused",
    "ImportReport",
    "Location",
    "PupilResult",
    "PupilRow",
    "Rejection",
    "Skipped",
    "escape_cell",
    "read_csv",
    "read_ods",
    "read_pupil_file",
    "read_siecle",
    "read_siecle_zip",
    "read_table",
    "read_xlsx",
    "results_csv",
]
