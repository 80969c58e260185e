# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Shared helpers of the 1.1 material: the output folder, the page and file writers (French
spacing), the results-page writer (serp, tr) and the SVG drawers (svg, text). Writes nothing by
itself.
"""

from __future__ import annotations

import html
from pathlib import Path

OUT = Path("assessment/items/1.1/material")
LANGS = ("fr", "en")


def page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}"
        "li{margin:0 0 1rem}.u{color:#056b2e;font-size:.9rem}.ad{font-weight:bold}"
        "small{color:#444}</style></head>\n"
        f"<body><main>\n{body}\n</main></body></html>\n"
    )


def write(name: str, text: str) -> None:
    if "-fr." in name:  # French typography: no-break space before : ; ? ! and inside « »
        for a, b in (
            (" :", "\u00a0:"),
            (" ;", "\u202f;"),
            (" ?", "\u202f?"),
            (" !", "\u202f!"),
            ("« ", "«\u00a0"),
            (" »", "\u00a0»"),
        ):
            text = text.replace(a, b)
    (OUT / name).write_text(text, encoding="utf-8")


# --- results pages: (query, [(id, ad, title, url, snippet, date)]) per language ---------------
AD = {"fr": "Sponsorisé", "en": "Sponsored"}
HEAD = {"fr": "Résultats pour", "en": "Results for"}


def serp(name: str, lang: str, query: str, results: list[tuple]) -> None:
    items = []
    for rid, ad, title, url, snippet, date in results:
        mark = f'<span class="ad">{AD[lang]}</span> · ' if ad else ""
        when = f"<small>{html.escape(date)} — </small>" if date else ""
        items.append(
            f'<li><a href="#" data-pick="{rid}">{html.escape(title)}</a><br>'
            f'{mark}<span class="u">{html.escape(url)}</span><br>{when}{html.escape(snippet)}</li>'
        )
    body = (
        f"<h1>{HEAD[lang]} « {html.escape(query)} »</h1>\n<ol>\n"
        if lang == "fr"
        else (f"<h1>{HEAD[lang]} “{html.escape(query)}”</h1>\n<ol>\n")
    )
    write(name, page(lang, query, body + "\n".join(items) + "\n</ol>"))


def tr(rows: list[tuple], lang: str) -> list[tuple]:
    """Rows whose text cells are (fr, en) pairs → rows in one language."""
    i = LANGS.index(lang)
    return [tuple(c[i] if isinstance(c, tuple) else c for c in row) for row in rows]


def svg(name: str, w: int, h: int, title: str, parts: list[str]) -> None:
    write(
        name,
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'role="img" font-family="sans-serif" font-size="14"><title>{html.escape(title)}</title>'
            f'<rect width="{w}" height="{h}" fill="#fff" stroke="#888"/>'
            + "".join(parts)
            + "</svg>\n"
        ),
    )


def text(x: int, y: int, s: str, extra: str = "") -> str:
    return f'<text x="{x}" y="{y}"{extra}>{html.escape(s)}</text>'
