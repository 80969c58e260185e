"""Small format-2 banks for the candidate-side tests of the positioning area (pages, API,
e2e): one family per competence, so the test of a competence asks a known item."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from bankfiles import NUMBER, PICK, family, write_file, write_material

from assessment.bank import DEFAULT_DIRECTORY

META = PICK["metadata"]

LINE_PICK: dict[str, Any] = {
    "id": "f-1.2-0b0b0b01",
    "tube": "test-ligne",
    "level": 3,
    "theme": "files-and-folders",
    "type": "pick",
    "status": "validated",
    "metadata": META,
    "material": [
        {
            "id": "log",
            "file": "material/journal.txt",
            "media_type": "text/plain",
            "alt": {"fr": "Un journal de six lignes.", "en": "A log of six lines."},
        },
        {
            "id": "mail",
            "file": "material/message.eml",
            "media_type": "message/rfc822",
            "alt": {"fr": "Un courriel.", "en": "An email."},
        },
    ],
    "fr": {"statement": "Quelle ligne signale l’erreur ?"},
    "en": {"statement": "Which line reports the failure?"},
    "solution": {"material": "log", "accepted": ["L4"]},
}

CELL_PICK: dict[str, Any] = {
    "id": "f-1.3-0c0c0c01",
    "tube": "test-cellule",
    "level": 3,
    "theme": "csv-and-import",
    "type": "pick",
    "status": "validated",
    "metadata": META,
    "material": [
        {
            "id": "sheet",
            "file": "material/notes.csv",
            "media_type": "text/csv",
            "alt": {"fr": "Un tableau de notes.", "en": "A table of marks."},
        }
    ],
    "fr": {"statement": "Quelle cellule contient la plus haute note ?"},
    "en": {"statement": "Which cell holds the highest mark?"},
    "solution": {"material": "sheet", "accepted": ["B3"]},
}


def write_test_bank(directory: Path) -> Path:
    """1.1: an HTML pick (with a CSV too); 1.2: a text-line pick (with an email); 1.3: a CSV
    cell pick; 4.3: a number (with a PNG and a ZIP). One family per competence."""
    write_file(directory, "1.1/pick.yaml", [PICK], "1.1")
    write_material(directory / "1.1")
    write_file(directory, "1.2.yaml", [LINE_PICK], "1.2")
    write_file(directory, "1.3.yaml", [CELL_PICK], "1.3")
    write_file(directory, "4.3.yaml", [family(NUMBER, status="validated")], "4.3")
    write_material(directory)
    lines = ["démarrage", "lecture <config>", "connexion", "ÉCHEC : disque plein", "arrêt", "fin"]
    (directory / "material" / "journal.txt").write_text("\n".join(lines) + "\n", "utf-8")
    (directory / "material" / "message.eml").write_text(
        "From: ana@example.org\nSubject: Bonjour\n\n<script>alert(1)</script>\n", "utf-8"
    )
    (directory / "material" / "notes.csv").write_text("nom;note\nAna;12\nLéo;17\n", "utf-8")
    return directory


SERP: dict[str, Any] = {
    "id": "f-1.1-0d0d0d01",
    "tube": "test-serp",
    "level": 2,
    "theme": "search-results",
    "type": "pick",
    "status": "validated",
    "metadata": META,
    "material": [
        {
            "id": "serp",
            "file": {"fr": "material/serp-fr.html", "en": "material/serp-en.html"},
            "media_type": "text/html",
            "alt": {
                "fr": "Page de résultats d’un moteur de recherche.",
                "en": "A search engine results page.",
            },
        }
    ],
    "fr": {"statement": "Sélectionnez le premier résultat qui n’est pas une publicité."},
    "en": {"statement": "Select the first result that is not an advertisement."},
    "solution": {"material": "serp", "accepted": ["r2"]},
}

SCREEN_TIME: dict[str, Any] = {
    "id": "f-4.3-0d0d0d02",
    "tube": "test-releve",
    "level": 3,
    "theme": "screen-time",
    "type": "number",
    "status": "validated",
    "metadata": META,
    "material": [
        {
            "id": "log",
            "file": "material/screen-log.csv",
            "media_type": "text/csv",
            "alt": {
                "fr": "Tableau du temps d’écran de trois jours, par application.",
                "en": "A table of three days' screen time, by app.",
            },
        }
    ],
    "fr": {"statement": "Combien d’heures l’application Vidéo a-t-elle été utilisée en tout ?"},
    "en": {"statement": "How many hours was the Video app used in all?"},
    "solution": {"value": 6.5, "unit": "h", "tolerance": 0.05},
}


def write_e2e_bank(directory: Path) -> Path:
    """1.1: a pick in a real search results page (HTML); 4.3: a number read in a CSV."""
    write_file(directory, "1.1/pick.yaml", [SERP], "1.1")
    write_file(directory, "4.3.yaml", [SCREEN_TIME], "4.3")
    material = directory / "1.1" / "material"
    material.mkdir(parents=True, exist_ok=True)
    for lang in ("fr", "en"):
        source = DEFAULT_DIRECTORY / "1.1" / "material" / f"ads-a-{lang}.html"
        shutil.copy(source, material / f"serp-{lang}.html")
    (directory / "material").mkdir(parents=True, exist_ok=True)
    (directory / "material" / "screen-log.csv").write_text(
        "jour;Vidéo;Messages\nlundi;2,5;1\nmardi;1,5;0,5\nmercredi;2,5;1\n", "utf-8"
    )
    return directory
