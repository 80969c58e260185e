"""The recruiters' bulk check: a CSV of verification codes in, a CSV of verdicts out.

In: UTF-8 text (a byte-order mark allowed) of at most :data:`MAX_BULK_BYTES` and
:data:`MAX_BULK_ROWS` codes, one per line; the code is the first cell (``,`` ``;`` or tab
separated, quotes allowed), blank lines and a first line that is not a code (a header) are
skipped. Out: one row per code line, in order: the code as typed, the code read, the verdict
(:data:`certinum.verification.pages.VERDICTS` keys, or ``unknown-code`` for a code that is
not a public certificate and ``invalid-code`` for text that is not a code), then what the
certificate states. Every cell is escaped against formula injection
(:func:`certinum.schools.export.escape_cell`); UTF-8 with a BOM, ``;``-separated, as the
schools' export, so French spreadsheets open it directly.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from typing import Any

from certinum.schools.export import BOM, escape_cell
from certinum.verification.facts import certificate_facts
from issuer.codes import try_normalize_code

MAX_BULK_BYTES = 256 * 1024
MAX_BULK_ROWS = 1000
UNKNOWN, INVALID = "unknown-code", "invalid-code"
HEADERS = (
    "code", "normalized_code", "verdict", "name", "birth_date", "session_date", "centre",
    "score", "level",
)  # fmt: skip


_HEADER_WORDS = ("code", "codes", "verification code", "code de vérification")


class BulkRefused(ValueError):
    """The CSV cannot be checked (too large, too many rows, not text); the message says why."""


def codes_of(data: bytes) -> list[str]:
    """The first cell of every non-blank line of ``data``, a header line left out."""
    if len(data) > MAX_BULK_BYTES:
        raise BulkRefused(f"the file is limited to {MAX_BULK_BYTES // 1024} KiB")
    try:
        text = data.decode("utf-8").removeprefix(BOM)
    except UnicodeDecodeError:
        raise BulkRefused("the file is not UTF-8 text") from None
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    codes: list[str] = []
    try:
        for row in csv.reader(io.StringIO(text, newline=""), dialect):
            cell = row[0].strip() if row else ""
            if not cell:
                continue
            if not codes and cell.lower() in _HEADER_WORDS:
                continue
            codes.append(cell[:64])
            if len(codes) > MAX_BULK_ROWS:
                raise BulkRefused(f"the file is limited to {MAX_BULK_ROWS} codes")
    except csv.Error as exc:
        raise BulkRefused(f"not a readable CSV file ({exc})") from None
    if not codes:
        raise BulkRefused("the file holds no code")
    return codes


Check = Callable[[str], tuple[str, dict[str, Any] | None]]


def rows_for(codes: Iterable[str], check: Check) -> list[list[str]]:
    """One row per code: ``check(normalized code)`` gives (verdict, credential or None)."""
    rows = []
    for typed in codes:
        code = try_normalize_code(typed[:40])
        if code is None:
            rows.append([typed, "", INVALID] + [""] * 6)
            continue
        verdict, doc = check(code)
        if doc is None:
            rows.append([typed, code, UNKNOWN] + [""] * 6)
            continue
        facts = certificate_facts(doc)
        score = "" if facts.score is None else str(facts.score)
        level = facts.band.name_fr if facts.band else ""
        rows.append(
            [typed, code, verdict, facts.name, facts.birth_date, facts.session_date,
             facts.centre, score, level]
        )  # fmt: skip
    return rows


def bulk_csv(rows: Iterable[list[str]]) -> bytes:
    """The answer file: headers then ``rows``, every cell escaped, UTF-8 with BOM, ``;``."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([escape_cell(cell) for cell in row])
    return (BOM + out.getvalue()).encode("utf-8")
