# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Shared helpers of the 5.1 material: the output folder, French spacing, the writers and the
SVG, panel and table drawers. Writes nothing by itself.
"""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

OUT = Path("assessment/items/5.1/material")
FR_SPACES = (
    (" %", "\u00a0%"),
    (" :", "\u00a0:"),
    (" ;", "\u202f;"),
    (" ?", "\u202f?"),
    (" !", "\u202f!"),
    ("« ", "«\u00a0"),
    (" »", "\u00a0»"),
)


def write(name: str, text: str) -> None:
    if "-fr." in name:
        for a, b in FR_SPACES:
            text = text.replace(a, b)
    (OUT / name).write_text(text, encoding="utf-8")


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def svg(title: str, height: int, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="460" height="{height}" viewBox="0 0 460 {height}" role="img">'
        f"<title>{esc(title)}</title>"
        f'<rect width="460" height="{height}" fill="#fff" stroke="#444"/>'
        f'<g font-family="sans-serif" font-size="14" fill="#111">{body}</g></svg>\n'
    )


def dialog(title: str, lines: list[str], buttons: list[str]) -> str:
    """An error dialog: a title bar, a few lines of text and buttons (b1, b2… pickable)."""
    h = 110 + 20 * len(lines)
    body = f'<rect x="0" y="0" width="460" height="34" fill="#dde3ea"/><text x="16" y="23" font-weight="bold">{esc(title)}</text>'
    body += '<circle cx="34" cy="70" r="14" fill="none" stroke="#111" stroke-width="2"/><text x="29" y="76" font-size="18" font-weight="bold">!</text>'
    for i, line in enumerate(lines):
        body += f'<text x="62" y="{66 + 20 * i}">{esc(line)}</text>'
    x = 460 - 16
    y = h - 46
    for i, label in reversed(list(enumerate(buttons, 1))):
        w = 16 + 8 * len(label)
        x -= w
        body += f'<g data-pick="b{i}"><rect x="{x}" y="{y}" width="{w}" height="30" rx="4" fill="#f4f4f4" stroke="#666"/><text x="{x + 8}" y="{y + 20}">{esc(label)}</text></g>'
        x -= 10
    return svg(title, h, body)


def panel(title: str, rows: list[tuple[str, str]], prefix: str = "r") -> str:
    """A settings or status panel, one row per setting (r1, r2… pickable).

    Label left and value right; when a row is too long for one line, every row puts its value
    under its label.
    """
    stacked = any(len(label) + len(value) > 44 for label, value in rows)
    step = 58 if stacked else 44
    h = 60 + step * len(rows)
    body = f'<text x="20" y="32" font-size="18" font-weight="bold">{esc(title)}</text>'
    for i, (label, value) in enumerate(rows, 1):
        y = 48 + step * (i - 1)
        if stacked:
            texts = f'<text x="32" y="{y + 20}" font-size="13">{esc(label)}</text><text x="32" y="{y + 42}" font-weight="bold">{esc(value)}</text>'
        else:
            texts = f'<text x="32" y="{y + 24}">{esc(label)}</text><text x="428" y="{y + 24}" text-anchor="end" font-weight="bold">{esc(value)}</text>'
        body += f'<g data-pick="{prefix}{i}"><rect x="20" y="{y}" width="420" height="{step - 6}" fill="#f4f4f4" stroke="#888"/>{texts}</g>'
    return svg(title, h, body)


def table(rows: list[list[object]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()
