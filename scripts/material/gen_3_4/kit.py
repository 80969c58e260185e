"""Shared helpers of the 3.4 families: paths, French typography, the family and number
builders (also used by gen_4_3), and the program runners. Writes nothing by itself.
"""

from __future__ import annotations

import contextlib
import io
import re
import traceback
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[3] / "assessment" / "items" / "3.4"
MAT = ROOT / "material"
NB = "\u00a0"
META = {"blind": True, "colour_blind": True, "deaf": True, "phone": True, "tied": False}


def meta(time_limit: int, phone: bool = True) -> dict[str, Any]:
    return {**META, "phone": phone, "time_limit": time_limit}


def fr(text: str) -> str:
    """French typography: no-break space before ? ! : ; and inside « »."""
    text = re.sub(r" ([?!:;%])", NB + r"\1", text)
    return text.replace("« ", "«" + NB).replace(" »", NB + "»")


def translate(code: str, words: dict[str, str]) -> str:
    for old, new in words.items():
        code = re.sub(rf"\b{re.escape(old)}\b", new, code)
    return code


def run(code: str) -> str:
    """Output of a program (stdout, or the traceback it ends with)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(code, "programme.py", "exec"), {})  # noqa: S102 - our own listings, to get their output
        except Exception:  # the traceback is the material
            lines = traceback.format_exc().splitlines()
            keep = [lines[0]] + [
                ln for ln in lines[1:] if "programme.py" in ln or not ln.startswith("  File")
            ]
            keep = [
                ln
                for ln in keep
                if not ln.strip().startswith("exec(") and set(ln.strip()) - {"^", "~"}
            ]
            source = code.splitlines()
            shown: list[str] = []
            for ln in keep:
                shown.append(ln)
                found = re.search(r'"programme.py", line (\d+)', ln)
                if found:
                    shown.append("    " + source[int(found.group(1)) - 1].strip())
            return out.getvalue() + "\n".join(shown)
    return out.getvalue().strip()


def write(name: str, text: str) -> str:
    MAT.mkdir(parents=True, exist_ok=True)
    (MAT / name).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return name


def txt(
    alt_fr: str, alt_en: str, file: str | dict[str, str], ident: str = "prog"
) -> dict[str, Any]:
    return {
        "id": ident,
        "file": file,
        "media_type": "text/plain",
        "alt": {"fr": fr(alt_fr), "en": alt_en},
    }


def program_files(stem: str, key: str, code_fr: str, words: dict[str, str]) -> tuple[str, str]:
    """Write the French and English listings; return the output of the French one."""
    code_en = translate(code_fr, words)
    write(f"{stem}-{key}-fr.txt", code_fr)
    write(f"{stem}-{key}-en.txt", code_en)
    out_fr, out_en = run(code_fr), run(code_en)
    assert out_fr == out_en or "Traceback" in out_fr, (stem, key, out_fr, out_en)
    return out_fr, out_en


def per_locale(stem: str) -> dict[str, str]:
    return {"fr": f"material/{stem}-{{{{v}}}}-fr.txt", "en": f"material/{stem}-{{{{v}}}}-en.txt"}


def number(value: str, unit: str = "1", tolerance: float = 0) -> dict[str, Any]:
    sol: dict[str, Any] = {"value": value, "unit": unit}
    if tolerance:
        sol["tolerance"] = tolerance
    return sol


def family(
    fid: str,
    tube: str,
    level: int,
    theme: str,
    kind: str,
    time_limit: int,
    st_fr: str,
    st_en: str,
    solution: Any,
    variants: list[dict[str, Any]],
    material: list[dict[str, Any]] | None = None,
    phone: bool = True,
    **extra: Any,
) -> dict[str, Any]:
    fam: dict[str, Any] = {
        "id": fid,
        "tube": tube,
        "level": level,
        "theme": theme,
        "type": kind,
        "status": "validated",
        "metadata": meta(time_limit, phone),
    }
    if material:
        fam["material"] = material
    fam["fr"] = {"statement": fr(st_fr)}
    fam["en"] = {"statement": st_en}
    for key in ("proposals_fr", "fields_fr"):
        if key in extra:
            fam["fr"][key[:-3]] = (
                [fr(p) for p in extra[key]]
                if key.startswith("prop")
                else {k: fr(v) for k, v in extra[key].items()}
            )
    for key in ("proposals_en", "fields_en"):
        if key in extra:
            fam["en"][key[:-3]] = extra[key]
    if "enemies" in extra:
        fam["enemies"] = extra["enemies"]
    fam["solution"] = solution
    fam["variants"] = variants
    print(fid, [{k: v for k, v in var.items() if k not in ("key",)} for var in variants])
    return fam


# ---------------------------------------------------------------- programs.yaml (traces, debugging)

WORDS = {
    "nom": "name",
    "majeur": "adult",
    "mineur": "minor",
    "prix": "price",
    "quantite": "quantity",
    "livraison": "delivery",
    "prix_total": "total_price",
    "remise": "discount",
    "additionner": "add_up",
    "taux": "rate",
    "notes": "marks",
    "somme": "total",
    "moyenne": "average",
    "compteur": "count",
    "tarif": "fare",
    "age": "age",
    "jour": "day",
    "lundi": "monday",
    "samedi": "saturday",
    "mercredi": "wednesday",
    "dimanche": "sunday",
    "billets": "tickets",
    "liste": "numbers",
    "copie": "copy",
    "paniers": "baskets",
    "panier": "basket",
    "stock": "stock",
    "points": "points",
    "etapes": "steps",
    "reste": "left",
    "niveau": "level",
    "montants": "amounts",
    "montant": "amount",
    "ttc": "with_tax",
    "ht": "before_tax",
    "prix_ht": "net_price",
    "prix_ttc": "gross_price",
    "articles": "items",
    "article": "item",
    "poids": "weight",
    "total_poids": "total_weight",
    "eleves": "pupils",
    "eleve": "pupil",
    "n": "n",
    "minutes": "minutes",
    "duree": "duration",
    "pages": "pages",
    "lues": "read",
    "temperature": "temperature",
    "releves": "readings",
    "maxi": "highest",
    "mini": "lowest",
    "ecart": "spread",
}


def program_files_static(stem: str, key: str, code: str) -> None:
    """Listings that must not be run (they loop forever)."""
    write(f"{stem}-{key}-fr.txt", code)
    write(f"{stem}-{key}-en.txt", translate(code, WORDS))


# ---------------------------------------------------------------- markup.yaml (HTML and Markdown)


def html_page(key: str, stem: str, body_fr: list[str], body_en: list[str]) -> None:
    for loc, body in (("fr", body_fr), ("en", body_en)):
        lines = ["<!DOCTYPE html>", f'<html lang="{loc}">', "<head>", '  <meta charset="utf-8">']
        write(f"{stem}-{key}-{loc}.txt", "\n".join(lines + body + ["</body>", "</html>"]))
