# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""Shared state and helpers of the 3.3 families: the Bank B (scripts/material/_itemkit.py) that
collects the families and writes material, and helpers several themes use. Writes nothing by itself.
"""

from __future__ import annotations

import html
from pathlib import Path

from _itemkit import Bank, fr

ROOT = Path("assessment/items/3.3")
B = Bank(ROOT, "3.3")


def meta(time_limit: int, **over: object) -> dict[str, object]:
    out: dict[str, object] = {
        "blind": True,
        "colour_blind": True,
        "deaf": True,
        "phone": True,
        "tied": False,
    }
    out.update(over)
    out["time_limit"] = time_limit
    return out


def page(lang: str, title: str, body: str) -> str:
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
        "<style>body{font-family:sans-serif;margin:12px;line-height:1.4}li{margin:6px 0;padding:4px;border:1px solid #bbb;list-style:none}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:6px;text-align:left}</style></head>\n"
        f"<body><main><h1>{html.escape(title)}</h1>\n{body}</main></body></html>\n"
    )


def picks_list(items: list[tuple[str, str]]) -> str:
    return (
        "<ul>\n"
        + "".join(f'<li data-pick="{p}">{html.escape(t)}</li>\n' for t, p in items)
        + "</ul>\n"
    )


def both(fr_text: str, en_text: str) -> dict[str, str]:
    return {"fr": fr_text, "en": en_text}


def pick_family(
    fid: str,
    tube: str,
    level: int,
    theme: str,
    time_limit: int,
    stem: str,
    alt_fr: str,
    alt_en: str,
    st_fr: str,
    st_en: str,
    variants: list[dict[str, object]],
    ext: str = "html",
    enemies: list[str] | None = None,
    **meta_over: object,
) -> None:
    B.family(
        fid,
        tube,
        level,
        theme,
        "pick",
        meta(time_limit, **meta_over),
        enemies=enemies,
        material=[B.mat("doc", stem, ext, alt_fr, alt_en)],
        fr_={"statement": st_fr},
        en_={"statement": st_en},
        solution={"material": "doc", "accepted": ["{{target}}"]},
        variants=variants,
    )


def list_variants(
    name: str,
    title: tuple[str, str],
    cases: dict[str, tuple[list[tuple[str, str]], int, dict[str, object]]],
    intro: tuple[str, str] | None = None,
) -> list[dict[str, object]]:
    """cases: key -> (list of (fr, en) entries, index of the right entry, extra params)."""
    variants = []
    for key, (entries, right, extra) in cases.items():
        picks = [f"e{i + 1}" for i in range(len(entries))]
        for li, lang in enumerate(("fr", "en")):
            body = (f"<p>{html.escape(intro[li])}</p>\n" if intro else "") + picks_list(
                [(e[li], p) for e, p in zip(entries, picks, strict=True)]
            )
            B.write(f"{name}-{key}-{lang}.html", page(lang, title[li], body))
        v: dict[str, object] = {"key": key, "set": key, "target": picks[right]}
        v["items"] = both(" ; ".join(fr(e[0]) for e in entries), "; ".join(e[1] for e in entries))
        v.update(extra)
        variants.append(v)
        print(name, key, picks[right])
    return variants
