"""Shared helpers of the 3.1 page builders: the output folder, the inline style and the page
writers. Writes nothing by itself.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parents[3] / "assessment" / "items" / "3.1" / "material"
STYLE = (
    "body{font-family:sans-serif;margin:0;padding:12px;max-width:640px;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #888;padding:4px;text-align:left}"
    ".box{border:1px solid #888;padding:8px;margin:8px 0}ins{text-decoration:underline}"
    "del{text-decoration:line-through}"
)


def typo(text: str) -> str:
    """French typography: no-break space before : ; ? ! » and after «."""
    text = re.sub(r" ([:;?!»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


def write(name: str, loc: str, title: str, body: str) -> None:
    if loc == "fr":
        title, body = typo(title), typo(body)
    html = (
        f'<!DOCTYPE html>\n<html lang="{loc}">\n<head><meta '
        f'charset="utf-8"><title>{escape(title)}</title>\n'
        f"<style>{STYLE}</style></head>\n<body><main>\n{body}\n</main></body>\n</html>\n"
    )
    (OUT / f"{name}-{loc}.html").write_text(html, encoding="utf-8")


def write_text(name: str, text: str) -> None:
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")


# --- Page setup dialog (margins and orientation) ---
SETUPS = {
    "a": ("portrait", 2.5, 2.0, 2.0, 2.0),
    "b": ("paysage", 2.0, 1.5, 1.5, 1.5),
    "c": ("portrait", 3.0, 2.5, 2.5, 2.0),
    "d": ("paysage", 1.8, 1.2, 2.0, 2.0),
    "e": ("portrait", 2.2, 1.8, 2.5, 2.5),
}


def num(x: float, loc: str) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if loc == "fr" else s
