"""1.2 material of the explorer views: file types (g1), latest version by name (g5), sync status
(g7), folder trees (g8, g23), the address bar (g2).
"""

from __future__ import annotations

import html

from .kit import LANGS, NAME, TYPE, S, T, page, table, write

# g1 — which file is a spreadsheet / image / ... (level 1): the Type column says it
LISTS = {
    "a": [
        ("f3", "budget-fete", T["sheet"]),
        ("f1", "affiche", T["img"]),
        ("f5", "invitation", T["doc"]),
        ("f2", "plan-acces", T["pdf"]),
    ],
    "b": [
        ("f4", "chorale-repetition", T["audio"]),
        ("f2", "programme", T["doc"]),
        ("f6", "concert-2025", T["video"]),
        ("f1", "photo-groupe", T["img"]),
    ],
    "c": [
        ("f1", "inscriptions", T["sheet"]),
        ("f6", "reglement", T["pdf"]),
        ("f3", "photos-sortie", T["zip"]),
        ("f5", "bilan", T["slides"]),
    ],
    "d": [
        ("f2", "compte-rendu", T["doc"]),
        ("f5", "tresorerie", T["sheet"]),
        ("f4", "logo", T["img"]),
        ("f6", "statuts", T["pdf"]),
    ],
}


def build_types() -> None:
    for key, rows in LISTS.items():
        for lang in LANGS:
            write(
                f"types-{key}-{lang}.html", page(lang, "explorer", table(lang, (NAME, TYPE), rows))
            )


# g5 — the latest version by its name (level 2)
VERSIONS = {
    "a": [
        ("v3", "cv-lea-2024.odt"),
        ("v1", "cv-lea-2026-01.odt"),
        ("v4", "cv-lea-2025-09.odt"),
        ("v2", "cv-lea-2023.odt"),
    ],
    "b": [
        ("v2", "menu-cantine-semaine-12.pdf"),
        ("v4", "menu-cantine-semaine-14.pdf"),
        ("v1", "menu-cantine-semaine-13.pdf"),
        ("v3", "menu-cantine-semaine-9.pdf"),
    ],
    "c": [
        ("v1", "affiche-v1.png"),
        ("v3", "affiche-v3.png"),
        ("v4", "affiche-v2.png"),
        ("v2", "affiche-v4.png"),
    ],
    "d": [
        ("v4", "budget-2026-03-15.ods"),
        ("v2", "budget-2026-02-28.ods"),
        ("v3", "budget-2026-03-02.ods"),
        ("v1", "budget-2025-12-30.ods"),
    ],
}


def build_versions() -> None:
    for key, rows in VERSIONS.items():
        for lang in LANGS:
            write(
                f"versions-{key}-{lang}.html",
                page(lang, "explorer", table(lang, (NAME,), [(r[0], r[1]) for r in rows])),
            )


# g7 — sync status (level 2)
SYNC = {
    "a": [
        ("s4", "rapport-stage.odt", S["off"]),
        ("s1", "photos-mariage.zip", S["cloud"]),
        ("s6", "notes.txt", S["sync"]),
        ("s2", "budget.ods", S["off"]),
    ],
    "b": [
        ("s2", "diaporama.odp", S["sync"]),
        ("s5", "contrat.pdf", S["off"]),
        ("s3", "cours-maths.pdf", S["cloud"]),
        ("s1", "planning.ods", S["sync"]),
    ],
    "c": [
        ("s6", "video-mariage.mp4", S["cloud"]),
        ("s3", "devis.pdf", S["off"]),
        ("s5", "liste.odt", S["off"]),
        ("s2", "recettes.odt", S["sync"]),
    ],
    "d": [
        ("s1", "billets-train.pdf", S["sync"]),
        ("s4", "carte-embarquement.pdf", S["off"]),
        ("s2", "guide-voyage.pdf", S["off"]),
        ("s6", "reservation-hotel.pdf", S["cloud"]),
    ],
}


def build_sync() -> None:
    for key, rows in SYNC.items():
        for lang in LANGS:
            write(
                f"sync-{key}-{lang}.html",
                page(lang, "cloud", table(lang, (NAME, ("État", "Status")), rows)),
            )


# g8, g23 — folder trees as text
TREES = {
    "a": [
        "C:\\",
        "└── Users",
        "    └── Nora",
        "        ├── Documents",
        "        │   ├── Association",
        "        │   │   ├── 2025",
        "        │   │   │   └── bilan.odt",
        "        │   │   └── 2026",
        "        │   │       └── budget.ods",
        "        │   └── Impots",
        "        │       └── avis-2026.pdf",
        "        └── Images",
        "            └── logo.png",
    ],
    "b": [
        "/home/sam",
        "├── Musique",
        "│   └── chorale.mp3",
        "├── Projets",
        "│   ├── site-web",
        "│   │   ├── index.html",
        "│   │   └── images",
        "│   │       └── photo.jpg",
        "│   └── cv",
        "│       └── cv-2026.pdf",
        "└── Téléchargements",
        "    └── facture.pdf",
    ],
    "c": [
        "D:\\",
        "├── Club",
        "│   ├── Adherents",
        "│   │   └── liste-2026.ods",
        "│   └── Matches",
        "│       ├── calendrier.pdf",
        "│       └── Photos",
        "│           └── finale.jpg",
        "└── Perso",
        "    └── Banque",
        "        └── releve-mars.pdf",
    ],
    "d": [
        "/Users/ines",
        "├── Cours",
        "│   ├── Histoire",
        "│   │   └── expose.odp",
        "│   └── Maths",
        "│       ├── exercices.pdf",
        "│       └── corrections",
        "│           └── chapitre3.pdf",
        "└── Bureau",
        "    └── emploi-du-temps.png",
    ],
}


def build_trees() -> None:
    for key, lines in TREES.items():
        for lang in LANGS:
            write(f"tree-{key}-{lang}.txt", "\n".join(lines) + "\n")


# g2 — where am I? (level 1): an explorer with its address (breadcrumb) bar
CRUMBS = {
    "a": (
        ["Ce PC", "Documents", "Factures"],
        ["This PC", "Documents", "Factures"],
        ["edf-janvier.pdf", "eau-2026.pdf"],
    ),
    "b": (
        ["Ce PC", "Images", "Vacances 2026"],
        ["This PC", "Pictures", "Vacances 2026"],
        ["plage.jpg", "montagne.jpg"],
    ),
    "c": (
        ["Ce PC", "Téléchargements"],
        ["This PC", "Downloads"],
        ["formulaire.pdf", "installateur.exe"],
    ),
    "d": (
        ["Ce PC", "Documents", "Club", "Adhérents"],
        ["This PC", "Documents", "Club", "Adhérents"],
        ["liste.ods", "cotisations.ods"],
    ),
}


def build_crumbs() -> None:
    for key, (fr, en, files) in CRUMBS.items():
        for lang, crumb in (("fr", fr), ("en", en)):
            body = f"<nav><p>{' &gt; '.join(html.escape(c) for c in crumb)}</p></nav>" + table(
                lang, (NAME,), [("x", f) for f in files], pick=False
            )
            write(f"crumb-{key}-{lang}.html", page(lang, "explorer", body))
