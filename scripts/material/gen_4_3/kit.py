"""Shared helpers of the 4.3 families: paths, the page and attachment writers, pick_family, and
fr, family and number from the 3.4 kit (gen_3_4/kit.py). Writes nothing by itself.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from gen_3_4.kit import family, fr

ROOT = Path(__file__).resolve().parents[3] / "assessment" / "items" / "4.3"
MAT = ROOT / "material"
STYLE = (
    "body{font-family:sans-serif;margin:1rem;max-width:36rem}"
    "li,tr{padding:.4rem 0}ul{list-style:none;padding:0}"
    "li{border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #999;padding:.3rem;text-align:left}small{color:#333}"
)


def write(name: str, text: str) -> str:
    MAT.mkdir(parents=True, exist_ok=True)
    (MAT / name).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return name


def page(lang: str, title: str, intro: str, rows: list[tuple[str, str, str]]) -> str:
    """A list of pickable rows: (pick id, label, detail)."""
    items = "\n".join(
        f'    <li data-pick="{pid}"><strong>{html.escape(label)}</strong><br>'
        f"<small>{html.escape(detail)}</small></li>"
        for pid, label, detail in rows
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"  <h1>{html.escape(title)}</h1>\n  <p>{html.escape(intro)}</p>\n  <ul>\n{items}\n  "
        "</ul>\n"
        "</main>\n</body>\n</html>\n"
    )


def html_att(ident: str, stem: str, alt_fr: str, alt_en: str, ext: str = "html") -> dict[str, Any]:
    media = {"html": "text/html", "csv": "text/csv"}[ext]
    return {
        "id": ident,
        "file": {
            "fr": f"material/{stem}-{{{{v}}}}-fr.{ext}",
            "en": f"material/{stem}-{{{{v}}}}-en.{ext}",
        },
        "media_type": media,
        "alt": {"fr": fr(alt_fr), "en": alt_en},
    }


def pick_family(
    fid: str,
    tube: str,
    level: int,
    theme: str,
    time_limit: int,
    st: tuple[str, str],
    stem: str,
    alt: tuple[str, str],
    cases: dict[
        str, tuple[dict[str, Any], list[tuple[str, str, str]], list[tuple[str, str, str]], str]
    ],
    titles: tuple[str, str],
    **extra: Any,
) -> dict[str, Any]:
    """cases: key -> (params, rows fr, rows en, right pick id)."""
    variants = []
    for key, (params, rows_fr, rows_en, target) in cases.items():
        assert target in {r[0] for r in rows_fr}
        assert [r[0] for r in rows_fr] == [r[0] for r in rows_en]
        tf = titles[0].format(**params.get("fmt", {}))
        te = titles[1].format(**params.get("fmt", {}))
        write(
            f"{stem}-{key}-fr.html",
            page("fr", tf, fr(params["intro"][0]), [(p, fr(a), fr(b)) for p, a, b in rows_fr]),
        )
        write(f"{stem}-{key}-en.html", page("en", te, params["intro"][1], rows_en))
        var = {"key": key, "v": key, "target": target}
        var.update({k: v for k, v in params.items() if k not in ("intro", "fmt")})
        variants.append(var)
    return family(
        fid,
        tube,
        level,
        theme,
        "pick",
        time_limit,
        st[0],
        st[1],
        {"material": "page", "accepted": ["{{target}}"]},
        variants,
        [html_att("page", stem, alt[0], alt[1])],
        **extra,
    )


def tie(fam: dict[str, Any], review_by: str) -> dict[str, Any]:
    fam["metadata"]["tied"] = True
    fam["metadata"]["review_by"] = review_by
    return fam


# ---------------------------------------------------------------- waves.yaml (radio waves, sensors)

QUICK_FR = {
    "wifi": ("Wi-Fi", "Activé — réseau Maison"),
    "bt": ("Bluetooth", "Activé — écouteurs connectés"),
    "plane": ("Mode avion", "Désactivé"),
    "loc": ("Localisation", "Activée"),
    "dnd": ("Ne pas déranger", "Désactivé"),
    "data": ("Données mobiles", "Activées — 4G"),
    "light": ("Luminosité automatique", "Activée"),
    "save": ("Économie d’énergie", "Désactivée"),
}
QUICK_EN = {
    "wifi": ("Wi-Fi", "On — network Home"),
    "bt": ("Bluetooth", "On — earbuds connected"),
    "plane": ("Airplane mode", "Off"),
    "loc": ("Location", "On"),
    "dnd": ("Do not disturb", "Off"),
    "data": ("Mobile data", "On — 4G"),
    "light": ("Auto brightness", "On"),
    "save": ("Battery saver", "Off"),
}


def quick_rows(
    order: list[str],
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], dict[str, str]]:
    ids = {name: f"q{i + 1}" for i, name in enumerate(order)}
    rows_fr = [(ids[n], *QUICK_FR[n]) for n in order]
    rows_en = [(ids[n], *QUICK_EN[n]) for n in order]
    return rows_fr, rows_en, ids


# ---------------------------------------------------------------- wellbeing.yaml


def goal_panel(
    stem: str,
    rows_fr: dict[str, tuple[str, str]],
    rows_en: dict[str, tuple[str, str]],
    goals: dict[str, tuple[str, str, str, list[str]]],
    intro: tuple[str, str],
) -> dict[str, tuple[dict[str, Any], list[Any], list[Any], str]]:
    """Variants of one panel: each asks for another setting (goal), rows in another order."""
    cases = {}
    for key, (goal_fr, goal_en, target, order) in goals.items():
        ids = {n: f"s{i + 1}" for i, n in enumerate(order)}
        cases[key] = (
            {"intro": intro, "goal": {"fr": fr(goal_fr), "en": goal_en}},
            [(ids[n], *rows_fr[n]) for n in order],
            [(ids[n], *rows_en[n]) for n in order],
            ids[target],
        )
    return cases
