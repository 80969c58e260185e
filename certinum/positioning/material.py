"""Material as the candidate gets it: the file of an attachment, what can be picked in it, and
a text rendering of text attachments (TXT, EML, CSV) for phone and screen-reader users.

Files are read from the bank (never from a candidate's input: the attachment is found by its
``m1``, ``m2``… reference among the material of the item being asked) and cached per path, so
a question page costs no file read after the first one. Pickable elements:

* HTML and SVG: the elements carrying ``data-pick``, labelled with their visible text;
* ZIP: the member paths (directories left out);
* CSV and plain text: none listed, the candidate types a cell reference (``B7``) or a line
  number (``12``): :func:`pick_mode` says which.

The candidate is shown the listed elements in an order drawn for them (stored with the
question as its ``proposal_order``, like the proposals of a choice) and answers with the
position shown, mapped back to the element id by :func:`picked_id`.
"""

from __future__ import annotations

import csv
import functools
import io
import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from assessment.bank import Challenge, Material, PickSolution

CHOICE, CELL, LINE = "choice", "cell", "line"
EXTENSIONS = {
    "text/html": "html",
    "text/csv": "csv",
    "text/plain": "txt",
    "application/vnd.oasis.opendocument.spreadsheet": "ods",
    "application/vnd.oasis.opendocument.text": "odt",
    "image/png": "png",
    "image/jpeg": "jpg",
    "image/svg+xml": "svg",
    "application/zip": "zip",
    "message/rfc822": "eml",
}
FRAMED = frozenset({"text/html"})  # shown in a sandboxed frame
IMAGES = frozenset({"image/png", "image/jpeg", "image/svg+xml"})  # shown as <img alt>
TEXTUAL = frozenset({"text/plain", "message/rfc822", "text/csv"})  # also shown as text
SANDBOXED = frozenset({"text/html", "image/svg+xml"})
SANDBOX_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"
MAX_LABEL = 200
_CELL_RE = re.compile(r"^([A-Z]{1,3})([1-9][0-9]{0,5})$")


@functools.lru_cache(maxsize=512)
def file_bytes(path: Path) -> bytes:
    """The content of a material file (at most 1 MiB each, checked when the bank loads)."""
    return path.read_bytes()


class _Picks(HTMLParser):
    """Collects the visible text of each ``data-pick`` element, in document order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, int]] = []  # (pick id, depth at which it opened)
        self.depth = 0
        self.texts: dict[str, list[str]] = {}
        self.hidden = 0  # inside <style>, <script> or <title>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        self.depth += 1
        if tag in ("style", "script", "title"):
            self.hidden += 1
        pick = dict(attrs).get("data-pick")
        if pick:
            self.open.append((pick, self.depth))
            self.texts.setdefault(pick, [])

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "img", "input", "meta", "link", "hr"):
            return
        if tag in ("style", "script", "title") and self.hidden:
            self.hidden -= 1
        while self.open and self.open[-1][1] >= self.depth:
            self.open.pop()
        self.depth -= 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        pick = dict(attrs).get("data-pick")
        if pick:
            self.texts.setdefault(pick, [])

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        for pick, _ in self.open:
            self.texts[pick].append(data)


@functools.lru_cache(maxsize=512)
def _elements(path: Path, media_type: str) -> tuple[tuple[str, str], ...]:
    """((element id, visible text), …) of the pickable elements listed in a file."""
    data = file_bytes(path)
    if media_type in SANDBOXED:
        parser = _Picks()
        parser.feed(data.decode("utf-8"))
        parser.close()
        return tuple(
            (pick, " ".join(" ".join(parts).split())[:MAX_LABEL] or pick)
            for pick, parts in parser.texts.items()
        )
    if media_type == "application/zip":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if not n.endswith("/")]
        return tuple((name, name) for name in names)
    return ()


def pick_material(challenge: Challenge) -> Material | None:
    """The attachment a pick item is answered in, or None for another type."""
    solution = challenge.solution
    if not isinstance(solution, PickSolution):
        return None
    return next(m for m in challenge.material if m.id == solution.material)


def pick_mode(challenge: Challenge) -> str | None:
    """How a pick item is answered: ``choice`` (a listed element), ``cell`` or ``line``."""
    found = pick_material(challenge)
    if found is None:
        return None
    return {"text/csv": CELL, "text/plain": LINE}.get(found.media_type, CHOICE)


def pick_ids(challenge: Challenge) -> tuple[str, ...]:
    """The ids of the listed elements (sorted: the same in every locale), or () when the item
    is not answered by choosing a listed element."""
    found = pick_material(challenge)
    if found is None or pick_mode(challenge) != CHOICE:
        return ()
    return tuple(sorted(pick for pick, _ in _elements(found.path("fr"), found.media_type)))


def pick_labels(challenge: Challenge, order: list[int], locale: str) -> list[str]:
    """The labels of the listed elements in ``locale``, in the order drawn for the candidate."""
    found = pick_material(challenge)
    if found is None:
        return []
    ids = pick_ids(challenge)
    labels = dict(_elements(found.path(locale), found.media_type))
    return [labels.get(ids[i], ids[i]) for i in order]


def picked_id(challenge: Challenge, order: list[int], given: object) -> object:
    """The element id the candidate's answer names, or the answer as is when it names none
    (for ``check_answer`` to refuse or mark wrong): a position as shown for a listed element,
    ``B7`` for a CSV cell, a line number for text."""
    mode = pick_mode(challenge)
    if mode == CHOICE:
        ids = pick_ids(challenge)
        if isinstance(given, int) and not isinstance(given, bool) and 0 <= given < len(order):
            return ids[order[given]]
        if isinstance(given, str) and given.strip().isdigit() and len(given) < 6:
            position = int(given)
            return ids[order[position]] if 0 <= position < len(order) else given
        return given if isinstance(given, str) else str(given)
    if mode == CELL and isinstance(given, str):
        return given.strip().upper().replace("$", "")
    if mode == LINE:
        text = str(given).strip() if isinstance(given, int | str) else ""
        text = text[1:] if text[:1] in ("L", "l") else text
        return f"L{int(text)}" if text.isdigit() and len(text) < 7 else given
    return given


def valid_cell(text: str) -> bool:
    """True for a cell reference such as ``B7`` (what the form accepts for a CSV pick)."""
    return bool(_CELL_RE.match(text.strip().upper().replace("$", "")))


@dataclass(frozen=True, slots=True)
class TextView:
    """A text attachment rendered for reading in the page: lines, or a table of cells."""

    lines: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    columns: tuple[str, ...] = ()  # A, B, C… for the table's header


def column_letters(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@functools.lru_cache(maxsize=256)
def text_view(path: Path, media_type: str) -> TextView:
    """The text of a TXT, EML or CSV attachment (escaped by the template, never as HTML)."""
    text = file_bytes(path).decode("utf-8", "replace")
    if media_type != "text/csv":
        return TextView(lines=tuple(text.splitlines()))
    first = text.splitlines()[0] if text.strip() else ""
    delimiter = ";" if first.count(";") > first.count(",") else ","
    rows = tuple(tuple(row) for row in csv.reader(io.StringIO(text), delimiter=delimiter))
    width = max((len(r) for r in rows), default=0)
    return TextView(rows=rows, columns=tuple(column_letters(n) for n in range(1, width + 1)))


def download_name(ref: str, media_type: str) -> str:
    """The file name a download is offered under: the reference, never the bank's name."""
    return f"{ref}.{EXTENSIONS.get(media_type, 'bin')}"
