"""Small format-2 banks written into a temporary directory, for the bank tests."""

from __future__ import annotations

import copy
import io
import zipfile
from pathlib import Path
from typing import Any

import yaml

META = {
    "blind": True,
    "colour_blind": True,
    "deaf": True,
    "phone": True,
    "time_limit": 90,
    "tied": False,
}

SINGLE: dict[str, Any] = {
    "id": "f-1.1-0a0a0a01",
    "tube": "test-choix",
    "level": 2,
    "theme": "web-search",
    "type": "single_choice",
    "status": "validated",
    "metadata": META,
    "fr": {"statement": "Question ?", "proposals": ["Alpha", "Bravo", "Charlie"]},
    "en": {"statement": "Question?", "proposals": ["Alpha", "Bravo", "Charlie"]},
    "solution": 1,
}

FIELDS: dict[str, Any] = {
    "id": "f-1.1-0a0a0a02",
    "tube": "test-champs",
    "level": 3,
    "theme": "url-and-domains",
    "type": "fields",
    "status": "validated",
    "metadata": META,
    "fr": {
        "statement": "Dans `https://{{host}}/aide`, recopiez :",
        "fields": {"host": "Le nom d’hôte", "size": "La taille"},
    },
    "en": {
        "statement": "In `https://{{host}}/aide`, copy:",
        "fields": {"host": "The host name", "size": "The size"},
    },
    "solution": {
        "host": {"accepted": ["{{host}}"]},
        "size": {"number": {"value": "{{size}}", "unit": "Mo", "tolerance": 0.1}},
    },
    "variants": [
        {"key": "a", "host": "www.ameli.fr", "size": 3.2},
        {"key": "b", "host": "www.impots.gouv.fr", "size": 12},
    ],
}

PICK: dict[str, Any] = {
    "id": "f-1.1-0a0a0a03",
    "tube": "test-pick",
    "level": 4,
    "theme": "search-results",
    "type": "pick",
    "status": "validated",
    "metadata": META,
    "material": [
        {
            "id": "page",
            "file": "material/page-{{page}}.html",
            "media_type": "text/html",
            "alt": {"fr": "Une page de résultats.", "en": "A results page."},
        },
        {
            "id": "table",
            "file": "material/table.csv",
            "media_type": "text/csv",
            "alt": {"fr": "Un tableau.", "en": "A table."},
        },
    ],
    "fr": {"statement": "Choisissez le lien sponsorisé."},
    "en": {"statement": "Pick the sponsored link."},
    "solution": {"material": "page", "accepted": ["{{right}}"]},
    "variants": [
        {"key": "a", "page": "a", "right": "l2"},
        {"key": "b", "page": "b", "right": "l1"},
    ],
}

NUMBER: dict[str, Any] = {
    "id": "f-4.3-0a0a0a04",
    "tube": "test-nombre",
    "level": 3,
    "theme": "screen-time",
    "type": "number",
    "status": "proposed",
    "metadata": META,
    "material": [
        {
            "id": "shot",
            "file": "material/shot.png",
            "media_type": "image/png",
            "alt": {"fr": "Capture : 3 h 30 par jour.", "en": "Screenshot: 3 h 30 a day."},
        },
        {
            "id": "tree",
            "file": "material/tree.zip",
            "media_type": "application/zip",
            "alt": {"fr": "Une arborescence.", "en": "A folder tree."},
        },
    ],
    "fr": {"statement": "Combien d’heures par semaine ?"},
    "en": {"statement": "How many hours a week?"},
    "solution": {"value": 24.5, "unit": "h", "tolerance": 0},
}

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def family(base: dict[str, Any], family_id: str | None = None, **changes: Any) -> dict[str, Any]:
    result = copy.deepcopy(base)
    if family_id is not None:
        result["id"] = family_id
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = value
    return result


def write_file(directory: Path, name: str, families: list[dict[str, Any]], code: str) -> Path:
    path = directory / name
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(
        {"format": 2, "competence": code, "families": families}, allow_unicode=True
    )
    path.write_text(text, encoding="utf-8")
    return path


def write_material(directory: Path) -> None:
    """The material files the PICK and NUMBER families name, under ``directory/material``."""
    material = directory / "material"
    material.mkdir(parents=True, exist_ok=True)
    for page, right in (("a", "l2"), ("b", "l1")):
        links = "".join(
            f'<li><a href="#" data-pick="{p}">{"Sponsorisé" if p == right else "Lien"}</a></li>'
            for p in ("l1", "l2", "l3")
        )
        (material / f"page-{page}.html").write_text(
            f"<!doctype html><html><body><ul>{links}</ul></body></html>", "utf-8"
        )
    (material / "table.csv").write_text("a;b\n1;2\n", "utf-8")
    (material / "shot.png").write_bytes(PNG)
    (material / "tree.zip").write_bytes(zip_bytes({"Documents/facture.pdf": b"%PDF-1.4"}))


def write_bank(directory: Path) -> Path:
    """A valid small bank: 4 families (one proposed), 6 items, material, variants."""
    write_file(directory, "1.1/mixed.yaml", [SINGLE, FIELDS, PICK], "1.1")
    write_material(directory / "1.1")
    write_file(directory, "4.3.yaml", [NUMBER], "4.3")
    write_material(directory)
    return directory
