# ruff: noqa: E501 — SVG markup kept one element per line
"""Small helpers shared by the item generators of scripts/material/3.2_media.py and 3.3_purpose.py.

They write material files (UTF-8, French typography in French files), draw simple SVG panels with
real text, and dump format-2 families to YAML (assessment/items/README.md).
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import yaml

NBSP = {
    " :": "\u00a0:",
    " ;": "\u202f;",
    " ?": "\u202f?",
    " !": "\u202f!",
    "« ": "«\u00a0",
    " »": "\u00a0»",
}
MEDIA = {
    "html": "text/html",
    "svg": "image/svg+xml",
    "csv": "text/csv",
    "txt": "text/plain",
    "zip": "application/zip",
    "eml": "message/rfc822",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}


def fr(text: str) -> str:
    """French typography: no-break space before : and », thin no-break space before ; ? !."""
    for a, b in NBSP.items():
        text = text.replace(a, b)
    return text


def svg_panel(title: str, lines: list[tuple[str, str | None]], lang: str, width: int = 360) -> str:
    """A settings-panel-like picture: a title bar and one line of real text per entry.

    An entry with a pick id is drawn as a row carrying `data-pick` (for pick items).
    """
    if lang == "fr":
        title = fr(title)
        lines = [(fr(t), p) for t, p in lines]
    longest = max([len(title) + 2, *(len(t) for t, _ in lines)])
    width = max(width, 32 + round(longest * 7.6))  # about 7.6 px per character at 14 px
    height = 56 + 30 * len(lines) + 12
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img" aria-labelledby="t" lang="{lang}">',
        f'<title id="t">{html.escape(title)}</title>',
        f'<rect x="1" y="1" width="{width - 2}" height="{height - 2}" rx="8" fill="#ffffff" stroke="#555555"/>',
        f'<rect x="1" y="1" width="{width - 2}" height="40" rx="8" fill="#e8e8e8" stroke="#555555"/>',
        f'<text x="16" y="27" font-family="sans-serif" font-size="16" font-weight="bold" fill="#111111">{html.escape(title)}</text>',
    ]
    y = 70
    for text, pick in lines:
        body = f'<text x="16" y="{y}" font-family="sans-serif" font-size="14" fill="#111111">{html.escape(text)}</text>'
        if pick:
            out.append(
                f'<g data-pick="{pick}"><rect x="8" y="{y - 19}" width="{width - 16}" height="27" fill="#f6f6f6" stroke="#bbbbbb"/>{body}</g>'
            )
        else:
            out.append(body)
        y += 30
    out.append("</svg>")
    return "\n".join(out) + "\n"


def _fr_deep(value: Any) -> Any:
    if isinstance(value, str):
        return fr(value)
    if isinstance(value, list):
        return [_fr_deep(v) for v in value]
    if isinstance(value, dict):
        return {k: _fr_deep(v) for k, v in value.items()}
    return value


class Bank:
    """Collects families for one competence and writes material and YAML files."""

    def __init__(self, root: Path, competence: str) -> None:
        self.root = root
        self.competence = competence
        self.families: list[dict[str, Any]] = []
        (root / "material").mkdir(parents=True, exist_ok=True)

    def write(self, name: str, text: str) -> None:
        if "-fr." in name:
            text = fr(text)
        (self.root / "material" / name).write_text(text, encoding="utf-8")

    def write_bytes(self, name: str, data: bytes) -> None:
        (self.root / "material" / name).write_bytes(data)

    @staticmethod
    def mat(
        mid: str, stem: str, ext: str, alt_fr: str, alt_en: str, shared: bool = False
    ) -> dict[str, Any]:
        file: Any = (
            f"material/{stem}.{ext}"
            if shared
            else {"fr": f"material/{stem}-fr.{ext}", "en": f"material/{stem}-en.{ext}"}
        )
        return {
            "id": mid,
            "file": file,
            "media_type": MEDIA[ext],
            "alt": {"fr": fr(alt_fr), "en": alt_en},
        }

    def family(
        self,
        fid: str,
        tube: str,
        level: int,
        theme: str,
        kind: str,
        metadata: dict[str, Any],
        *,
        fr_: dict[str, Any],
        en_: dict[str, Any],
        solution: Any,
        variants: list[dict[str, Any]],
        material: list[dict[str, Any]] | None = None,
        enemies: list[str] | None = None,
    ) -> None:
        fam: dict[str, Any] = {
            "id": fid,
            "tube": tube,
            "level": level,
            "theme": theme,
            "type": kind,
            "status": "validated",
            "metadata": metadata,
        }
        if enemies:
            fam["enemies"] = enemies
        if material:
            fam["material"] = material
        fam["fr"] = _fr_deep(fr_)
        fam["en"] = en_
        fam["solution"] = solution
        out = []
        for given in variants:
            v = dict(given)
            for k, val in given.items():
                if isinstance(val, dict) and set(val) == {"fr", "en"}:
                    v[k] = {"fr": fr(val["fr"]), "en": val["en"]}
            out.append(v)
        fam["variants"] = out
        self.families.append(fam)

    def save(self, name: str) -> None:
        doc = {"format": 2, "competence": self.competence, "families": self.families}
        text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
        (self.root / name).write_text(text, encoding="utf-8")
        print("wrote", self.root / name, len(self.families), "families")
        self.families = []
