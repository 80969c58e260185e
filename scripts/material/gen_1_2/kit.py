# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Shared helpers of the 1.2 material: the output folder, French spacing, the writers (write, page,
table), the column heads and the tables several themes use (T, S, ROLES, h). Writes nothing by
itself.
"""

from __future__ import annotations

import hashlib
import html
from pathlib import Path

OUT = Path("assessment/items/1.2/material")
LANGS = ("fr", "en")
NBSP = {
    " :": "\u00a0:",
    " ;": "\u202f;",
    " ?": "\u202f?",
    " !": "\u202f!",
    "« ": "«\u00a0",
    " »": "\u00a0»",
}


def write(name: str, text: str) -> None:
    if "-fr." in name:
        for a, b in NBSP.items():
            text = text.replace(a, b)
    (OUT / name).write_text(text, encoding="utf-8")


def page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        "<style>body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}"
        "table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ccc;padding:.3rem;text-align:left}"
        "</style></head>\n"
        f"<body><main>\n{body}\n</main></body></html>\n"
    )


def table(lang: str, heads: tuple, rows: list, pick: bool = True) -> str:
    i = LANGS.index(lang)
    th = "".join(f"<th>{html.escape(h[i] if isinstance(h, tuple) else h)}</th>" for h in heads)
    trs = []
    for row in rows:
        rid, cells = row[0], row[1:]
        tds = "".join(
            f"<td>{html.escape(c[i] if isinstance(c, tuple) else str(c))}</td>" for c in cells
        )
        attr = f' data-pick="{rid}"' if pick else ""
        trs.append(f"<tr{attr}>{tds}</tr>")
    return f"<table><thead><tr>{th}</tr></thead><tbody>{''.join(trs)}</tbody></table>"


NAME = ("Nom", "Name")
TYPE = ("Type", "Type")
SIZE = ("Taille", "Size")
MOD = ("Modifié le", "Modified")

# g1 — which file is a spreadsheet / image / ... (level 1): the Type column says it
T = {
    "doc": ("Document texte", "Text document"),
    "img": ("Image JPEG", "JPEG image"),
    "sheet": ("Feuille de calcul", "Spreadsheet"),
    "pdf": ("Document PDF", "PDF document"),
    "audio": ("Fichier audio MP3", "MP3 audio file"),
    "video": ("Vidéo MP4", "MP4 video"),
    "zip": ("Dossier compressé (zip)", "Compressed (zipped) folder"),
    "slides": ("Présentation", "Presentation"),
}

# g7 — sync status (level 2)
S = {
    "off": ("Disponible hors connexion", "Available offline"),
    "cloud": ("En ligne uniquement", "Online only"),
    "sync": ("Synchronisé", "Synced"),
    "err": ("Erreur : fichier ouvert ailleurs", "Error: file open elsewhere"),
}

# g12 — sharing panel of a cloud folder (level 4)
ROLES = {
    "own": ("Propriétaire", "Owner"),
    "edit": ("Peut modifier", "Can edit"),
    "com": ("Peut commenter", "Can comment"),
    "view": ("Lecteur", "Viewer"),
}


# g20 — duplicates by fingerprint (level 6)
def h(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:16]
