# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""Shared state and helpers of the 3.2 families: the Bank B (scripts/material/_itemkit.py) that
collects the families and writes material, and helpers several themes use. Writes nothing by itself.
"""

from __future__ import annotations

import html
from pathlib import Path

from _itemkit import Bank

ROOT = Path("assessment/items/3.2")
B = Bank(ROOT, "3.2")
META = {"blind": True, "colour_blind": True, "deaf": True, "phone": True, "tied": False}


def meta(time_limit: int, **over: object) -> dict[str, object]:
    out = dict(META)
    out.update(over)
    out["time_limit"] = time_limit
    return out


def mmss(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60:02d}:{s % 60:02d}"


def table_html(
    lang: str, title: str, headers: list[str], rows: list[list[str]], picks: list[str]
) -> str:
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
    body = ""
    for pid, row in zip(picks, rows, strict=True):
        cells = "".join(f"<td>{html.escape(c)}</td>" for c in row[1:])
        body += f'<tr data-pick="{pid}"><th scope="row">{html.escape(row[0])}</th>{cells}</tr>\n'
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
        "<style>body{font-family:sans-serif;margin:12px}table{border-collapse:collapse;width:100%}"
        "th,td{border:1px solid #888;padding:6px;text-align:left}thead th{background:#eee}</style></head>\n"
        f"<body><main><h1>{html.escape(title)}</h1>\n<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table></main></body></html>\n"
    )
