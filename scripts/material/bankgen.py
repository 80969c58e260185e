"""Shared helpers for the item-writing scripts of scripts/material: YAML, CSV, SVG, HTML."""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"


def typo_fr(text: str) -> str:
    """French typography outside `code` spans: ’, no-break space before : ; ? ! and inside « »."""
    parts = text.split("`")
    for i in range(0, len(parts), 2):
        p = parts[i].replace("'", "’")
        p = re.sub(r" ([:;?!])", NBSP + r"\1", p)
        p = p.replace("« ", "«" + NBSP).replace(" »", NBSP + "»")
        parts[i] = p
    return "`".join(parts)


def fr_block(
    statement: str, proposals: list[str] | None = None, fields: dict[str, str] | None = None
) -> dict:
    out: dict[str, Any] = {"statement": typo_fr(statement)}
    if proposals is not None:
        out["proposals"] = [typo_fr(p) for p in proposals]
    if fields is not None:
        out["fields"] = {k: typo_fr(v) for k, v in fields.items()}
    return out


def en_block(
    statement: str, proposals: list[str] | None = None, fields: dict[str, str] | None = None
) -> dict:
    out: dict[str, Any] = {"statement": statement}
    if proposals is not None:
        out["proposals"] = list(proposals)
    if fields is not None:
        out["fields"] = dict(fields)
    return out


def meta(
    time_limit: int, *, phone: bool = True, blind: bool = True, colour_blind: bool = True
) -> dict:
    return {
        "blind": blind,
        "colour_blind": colour_blind,
        "deaf": True,
        "phone": phone,
        "time_limit": time_limit,
        "tied": False,
    }


def material(mid: str, stem: str, ext: str, media_type: str, alt_fr: str, alt_en: str) -> dict:
    return {
        "id": mid,
        "file": {
            "fr": f"material/{stem}-{{{{v}}}}-fr.{ext}",
            "en": f"material/{stem}-{{{{v}}}}-en.{ext}",
        },
        "media_type": media_type,
        "alt": {"fr": typo_fr(alt_fr), "en": alt_en},
    }


def family(
    fid: str,
    tube: str,
    level: int,
    theme: str,
    kind: str,
    fr: dict,
    en: dict,
    solution: Any,
    *,
    metadata: dict,
    mats: list[dict] | None = None,
    variants: list[dict] | None = None,
    enemies: list[str] | None = None,
) -> dict:
    out: dict[str, Any] = {
        "id": fid,
        "tube": tube,
        "level": level,
        "theme": theme,
        "type": kind,
        "status": "validated",
        "metadata": metadata,
    }
    if enemies:
        out["enemies"] = enemies
    if mats:
        out["material"] = mats
    out["fr"] = fr
    out["en"] = en
    out["solution"] = solution
    if variants:
        out["variants"] = variants
    return out


def write_yaml(path: Path, competence: str, title: str, families: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    body = yaml.safe_dump(
        {"format": 2, "competence": competence, "families": families},
        allow_unicode=True,
        sort_keys=False,
        width=110,
    )
    path.write_text(
        f"# CRCN {competence} — {title} (format 2: ../README.md)\n" + body, encoding="utf-8"
    )


def write_text(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def csv_text(rows: list[list[Any]], sep: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def num_fr(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}".replace(".", ",")


def num_en(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def cell(col: int, row: int) -> str:
    """0-based column index, 1-based row → A1 reference."""
    letters = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}{row}"


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def html_page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta'
        f' charset="utf-8"><title>{esc(title)}</title>\n'
        "<style>body{font-family:sans-serif;margin:0;padding:12px;max-width:640px}"
        "table{border-collapse:collapse;width:100%}td,th{border:1px solid"
        " #888;padding:4px;text-align:left}"
        "td.n{text-align:right}.msg{border:1px solid #888;padding:8px;margin:6px"
        " 0}.from{font-weight:bold}"
        ".small{font-size:90%;color:#444}.bubble{border:1px solid"
        " #888;border-radius:8px;padding:6px;margin:6px 0}"
        ".me{margin-left:15%;background:#eef}.them{margin-right:15%}</style></head>\n"
        f"<body><main>\n<h1>{esc(title)}</h1>\n{body}\n</main></body>\n</html>\n"
    )


def html_table(
    headers: list[str], rows: list[list[Any]], pick_first: list[str] | None = None
) -> str:
    out = [
        "<table>",
        "<thead><tr>" + "".join(f"<th>{esc(str(h))}</th>" for h in headers) + "</tr></thead>",
        "<tbody>",
    ]
    for i, r in enumerate(rows):
        cells = []
        for j, v in enumerate(r):
            cls = (
                ' class="n"'
                if isinstance(v, (int, float)) or re.fullmatch(r"[\d  ,.%€]+", str(v))
                else ""
            )
            if j == 0 and pick_first:
                cells.append(f'<th scope="row" data-pick="{pick_first[i]}">{esc(str(v))}</th>')
            else:
                cells.append(f"<td{cls}>{esc(str(v))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def bar_svg(
    title: str,
    labels: list[str],
    values: list[float],
    *,
    ymin: float,
    ymax: float,
    step: float,
    show_values: bool,
    desc: str,
    unit: str = "",
) -> str:
    """A vertical bar chart with real <text>: axis graduations, optionally each bar's value."""
    w, h = 480, 320
    left, right, top, bottom = 60, 20, 40, 50
    pw, ph = w - left - right, h - top - bottom
    n = len(labels)
    slot = pw / n

    def y(v: float) -> float:
        return top + ph - (v - ymin) / (ymax - ymin) * ph

    parts = [
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w}'
            f' {h}" role="img" aria-labelledby="t d">'
        ),
        f'<title id="t">{esc(title)}</title>',
        f'<desc id="d">{esc(desc)}</desc>',
        f'<rect x="0" y="0" width="{w}" height="{h}" fill="#fff"/>',
        (
            f'<text x="{w / 2}" y="22" text-anchor="middle" font-family="sans-serif" font-size="15"'
            f' font-weight="bold">{esc(title)}</text>'
        ),
    ]
    v = ymin
    while v <= ymax + 1e-9:
        yy = y(v)
        label = f"{v:g}{unit}"
        parts.append(
            f'<line x1="{left}" y1="{yy:.1f}" x2="{w - right}" y2="{yy:.1f}" stroke="#ddd"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{yy + 4:.1f}" text-anchor="end" font-family="sans-serif"'
            f' font-size="12">{esc(label)}</text>'
        )
        v += step
    for i, (lab, val) in enumerate(zip(labels, values, strict=True)):
        x = left + i * slot + slot * 0.2
        bw = slot * 0.6
        yy = y(val)
        parts.append(
            f'<rect x="{x:.1f}" y="{yy:.1f}" width="{bw:.1f}" height="{top + ph - yy:.1f}"'
            ' fill="#4a6fa5"/>'
        )
        parts.append(
            f'<text x="{x + bw / 2:.1f}" y="{top + ph + 18}" text-anchor="middle"'
            f' font-family="sans-serif" font-size="12">{esc(lab)}</text>'
        )
        if show_values:
            parts.append(
                f'<text x="{x + bw / 2:.1f}" y="{yy - 5:.1f}" text-anchor="middle"'
                f' font-family="sans-serif" font-size="12">{val:g}{esc(unit)}</text>'
            )
    parts.append(
        f'<line x1="{left}" y1="{top + ph}" x2="{w - right}" y2="{top + ph}" stroke="#000"/>'
    )
    parts.append(f'<line x1="{left}" y1="{top}" x2="{left}" y2="{top + ph}" stroke="#000"/>')
    parts.append("</svg>\n")
    return "\n".join(parts)
