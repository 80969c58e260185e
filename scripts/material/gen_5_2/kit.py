# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Shared helpers of the 5.2 material: the output folder, French spacing, the writers and the
SVG, panel and table drawers. Writes nothing by itself.
"""

from __future__ import annotations

import html
from pathlib import Path

OUT = Path("assessment/items/5.2/material")
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


def svg(title: str, height: int, body: str, width: int = 460) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">'
        f"<title>{esc(title)}</title>"
        f'<rect width="{width}" height="{height}" fill="#fff" stroke="#444"/>'
        f'<g font-family="sans-serif" font-size="14" fill="#111">{body}</g></svg>\n'
    )


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


def page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        "<style>body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}"
        "li{margin:0 0 .8rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:.4rem;text-align:left}"
        ".price{font-weight:bold}small{color:#444}</style></head>\n"
        f"<body><main>\n{body}\n</main></body></html>\n"
    )


# ------------------------------------------------------------ router labels (level 2)
LABELS = {
    "a": ("Onde-7A3F", "k4Pz-9wQe-Lm2R-x7Vb"),
    "b": ("Fibra-51C2E0", "vent8-ruche3-lampe5-grive"),
    "c": ("Maison_C8B0", "qa9vlx2kd7mw4tz"),
    "d": ("NetBox-4E91D2", "T6hJ2pW9sX4mQ8"),
}


def label(lang: str, key: str) -> str:
    ssid, wkey = LABELS[key]
    fr = lang == "fr"
    rows = [
        ("Modèle" if fr else "Model", "Box Fibre F7"),
        ("N° de série" if fr else "Serial no.", "F7-2026-00" + str(4100 + ord(key))),
        ("Nom du réseau Wi-Fi (SSID)" if fr else "Wi-Fi network name (SSID)", ssid),
        ("Clé de sécurité Wi-Fi (WPA2/WPA3)" if fr else "Wi-Fi security key (WPA2/WPA3)", wkey),
        ("Adresse d’administration" if fr else "Admin address", "http://192.168.1.254"),
    ]
    return panel("Étiquette sous la box" if fr else "Label under the router", rows, "e")
