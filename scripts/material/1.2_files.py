# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Write the material of the 1.2 item families (assessment/items/1.2/material/).

Run from the repository root: `python scripts/material/1.2_files.py`. Prints the keys it computes.
"""

from __future__ import annotations

import fnmatch
import hashlib
import html
import zipfile
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
for key, rows in LISTS.items():
    for lang in LANGS:
        write(f"types-{key}-{lang}.html", page(lang, "explorer", table(lang, (NAME, TYPE), rows)))

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
for key, rows in VERSIONS.items():
    for lang in LANGS:
        write(
            f"versions-{key}-{lang}.html",
            page(lang, "explorer", table(lang, (NAME,), [(r[0], r[1]) for r in rows])),
        )

# g7 — sync status (level 2)
S = {
    "off": ("Disponible hors connexion", "Available offline"),
    "cloud": ("En ligne uniquement", "Online only"),
    "sync": ("Synchronisé", "Synced"),
    "err": ("Erreur : fichier ouvert ailleurs", "Error: file open elsewhere"),
}
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
for key, (fr, en, files) in CRUMBS.items():
    for lang, crumb in (("fr", fr), ("en", en)):
        body = f"<nav><p>{' &gt; '.join(html.escape(c) for c in crumb)}</p></nav>" + table(
            lang, (NAME,), [("x", f) for f in files], pick=False
        )
        write(f"crumb-{key}-{lang}.html", page(lang, "explorer", body))

# g10 — a ZIP archive to explore (level 3)
ZIPS = {
    "a": [
        "Association/2025/factures/facture-2025-11.pdf",
        "Association/2026/factures/facture-2026-02.pdf",
        "Association/2026/factures/facture-2026-03.pdf",
        "Association/2026/devis/devis-2026-03.pdf",
        "Association/lisez-moi.txt",
    ],
    "b": [
        "Photos/2025/ete/plage-01.jpg",
        "Photos/2026/hiver/neige-01.jpg",
        "Photos/2026/printemps/jardin-01.jpg",
        "Photos/2026/printemps/jardin-02.jpg",
        "Photos/index.txt",
    ],
    "c": [
        "Cours/Maths/chapitre1.pdf",
        "Cours/Maths/chapitre2.pdf",
        "Cours/Physique/chapitre2.pdf",
        "Cours/Physique/tp/tp-optique.pdf",
        "Cours/sommaire.txt",
    ],
    "d": [
        "Dossier-logement/pieces/identite.pdf",
        "Dossier-logement/pieces/avis-imposition-2025.pdf",
        "Dossier-logement/pieces/bulletins/salaire-2026-01.pdf",
        "Dossier-logement/pieces/bulletins/salaire-2026-02.pdf",
        "Dossier-logement/lettre.odt",
    ],
}
for key, members in ZIPS.items():
    with zipfile.ZipFile(OUT / f"archive-{key}.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for m in members:
            info = zipfile.ZipInfo(m, date_time=(2026, 3, 20, 10, 0, 0))
            z.writestr(info, f"{m}\n")

# g11 — search results with their folder (level 3)
FOUND = {
    "a": (
        "budget",
        [
            ("r3", "budget.ods", "Documents\\Perso"),
            ("r1", "budget.ods", "Documents\\Association\\2026"),
            ("r5", "budget-vacances.ods", "Documents\\Perso"),
            ("r2", "budget.ods", "Téléchargements"),
        ],
    ),
    "b": (
        "cv",
        [
            ("r2", "cv.pdf", "Bureau"),
            ("r4", "cv.odt", "Documents\\Candidatures"),
            ("r1", "cv-ancien.odt", "Documents\\Archives"),
            ("r6", "cv.pdf", "Téléchargements"),
        ],
    ),
    "c": (
        "photo",
        [
            ("r5", "photo-classe.jpg", "Images\\Ecole"),
            ("r2", "photo-id.jpg", "Documents\\Administratif"),
            ("r6", "photo-classe.jpg", "Téléchargements"),
            ("r3", "photo-mariage.jpg", "Images\\Famille"),
        ],
    ),
    "d": (
        "contrat",
        [
            ("r1", "contrat-location.pdf", "Documents\\Logement"),
            ("r4", "contrat-travail.pdf", "Documents\\Emploi"),
            ("r2", "contrat-location.pdf", "Bureau"),
            ("r3", "contrat-assurance.pdf", "Documents\\Logement"),
        ],
    ),
}
for key, (q, rows) in FOUND.items():
    for i, lang in enumerate(LANGS):
        head = (
            f"<p>{('Résultats de la recherche', 'Search results for')[i]} « {q} »</p>"
            if i == 0
            else f"<p>Search results for “{q}”</p>"
        )
        write(
            f"found-{key}-{lang}.html",
            page(lang, "search", head + table(lang, (NAME, ("Dossier", "Folder")), rows)),
        )

# g12 — sharing panel of a cloud folder (level 4)
ROLES = {
    "own": ("Propriétaire", "Owner"),
    "edit": ("Peut modifier", "Can edit"),
    "com": ("Peut commenter", "Can comment"),
    "view": ("Lecteur", "Viewer"),
}
SHARES = {
    "a": [
        ("p2", "Nora Benali", ROLES["own"]),
        ("p5", "Hugo Martin", ROLES["view"]),
        ("p1", "Awa Diallo", ROLES["edit"]),
        ("p4", "Léo Petit", ROLES["com"]),
    ],
    "b": [
        ("p3", "Jeanne Roux", ROLES["com"]),
        ("p6", "Karim Haddad", ROLES["own"]),
        ("p2", "Lucie Moreau", ROLES["view"]),
        ("p4", "Tom Girard", ROLES["edit"]),
    ],
    "c": [
        ("p1", "Inès Faure", ROLES["view"]),
        ("p4", "Paul Blanc", ROLES["edit"]),
        ("p6", "Sara Lopez", ROLES["own"]),
        ("p3", "Yanis Brun", ROLES["com"]),
    ],
    "d": [
        ("p5", "Emma Leroy", ROLES["own"]),
        ("p2", "Noé Garnier", ROLES["com"]),
        ("p3", "Lina Chevalier", ROLES["edit"]),
        ("p1", "Malo Perrin", ROLES["view"]),
    ],
}
for key, rows in SHARES.items():
    for i, lang in enumerate(LANGS):
        write(
            f"share-{key}-{lang}.html",
            page(
                lang,
                "share",
                f"<h1>{('Partager « Association »', 'Share “Association”')[i]}</h1>"
                + table(lang, (("Personne", "Person"), ("Accès", "Access")), rows),
            ),
        )

# g13 — file sizes (level 4)
SIZES = [
    ("mariage.mp4", "video", 1250),
    ("vacances.mp4", "video", 830),
    ("rapport.pdf", "pdf", 2.4),
    ("plage.jpg", "photo", 4.1),
    ("montagne.jpg", "photo", 3.6),
    ("anniversaire.mp4", "video", 415),
    ("budget.ods", "tableur", 0.05),
    ("neige.jpg", "photo", 5.3),
    ("notice.pdf", "pdf", 12.8),
    ("spectacle.mp4", "video", 2100),
]
TEN = {"video": "video", "pdf": "pdf", "photo": "photo", "tableur": "spreadsheet"}
(OUT / "sizes-fr.csv").write_text(
    "nom;type;taille (Mo)\n"
    + "".join(f"{n};{t};{str(s).replace('.', ',')}\n" for n, t, s in SIZES),
    encoding="utf-8",
)
(OUT / "sizes-en.csv").write_text(
    "name,type,size (MB)\n" + "".join(f"{n},{TEN[t]},{s}\n" for n, t, s in SIZES), encoding="utf-8"
)
for t in ("video", "photo", "pdf"):
    print("sizes", t, round(sum(s for _n, tt, s in SIZES if tt == t), 2))
print("sizes total", round(sum(s for _n, _t, s in SIZES), 2))

# g15 — version history of a shared document (level 5)
HIST = {
    "a": [
        ("h5", "18/03/2026 16:40", "Hugo"),
        ("h2", "18/03/2026 11:05", "Awa"),
        ("h4", "17/03/2026 19:30", "Nora"),
        ("h1", "15/03/2026 09:12", "Nora"),
    ],
    "b": [
        ("h1", "02/05/2026 22:10", "Karim"),
        ("h6", "02/05/2026 08:45", "Lucie"),
        ("h3", "30/04/2026 18:00", "Lucie"),
        ("h2", "29/04/2026 14:20", "Tom"),
    ],
    "c": [
        ("h3", "11/09/2026 10:00", "Paul"),
        ("h4", "10/09/2026 17:30", "Sara"),
        ("h6", "10/09/2026 09:15", "Paul"),
        ("h5", "08/09/2026 13:40", "Yanis"),
    ],
    "d": [
        ("h2", "21/11/2026 15:55", "Emma"),
        ("h5", "21/11/2026 15:20", "Lina"),
        ("h1", "20/11/2026 11:00", "Lina"),
        ("h4", "19/11/2026 16:45", "Malo"),
    ],
}
for key, rows in HIST.items():
    for i, lang in enumerate(LANGS):
        data = [(r[0], r[1], (f"Modifié par {r[2]}", f"Edited by {r[2]}")) for r in rows]
        write(
            f"history-{key}-{lang}.html",
            page(
                lang,
                "history",
                f"<h1>{('Historique des versions (la plus récente en haut)', 'Version history (newest first)')[i]}</h1>"
                + table(lang, (("Date", "Date"), ("Auteur", "Author")), data),
            ),
        )

# g16, g27 — names matched by a wildcard pattern
NAMES = [
    "rapport-2025.pdf",
    "rapport-annuel-2025.pdf",
    "rapport-2025.odt",
    "rapport-2026-v2.pdf",
    "compte-rapport-2025.pdf",
    "IMG_20260312.jpg",
    "IMG_20250312.jpg",
    "IMG_2026031.jpg",
    "IMG_20260412.JPG",
    "IMG_20260302_1.jpg",
]
PATTERNS = {
    "p1": "rapport*2025*.pdf",
    "p2": "*2025.pdf",
    "p3": "*rapport*.pdf",
    "p4": "rapport-????.*",
    "q1": "IMG_2026??12.jpg",
    "q2": "IMG_2026*.jpg",
    "q3": "IMG_202?03??.jpg",
    "q4": "IMG_*.jpg",
}
for k, pat in PATTERNS.items():
    # case-sensitive matching, as in most file systems' name patterns on Linux; the statement says so
    print("pattern", k, pat, [NAMES.index(n) for n in NAMES if fnmatch.fnmatchcase(n, pat)])

# g17 — an archive listing: sizes before and after compression (level 5)
LISTINGS = {
    "a": [
        ("photo.jpg", 3200, 3150),
        ("budget.ods", 60, 52),
        ("notes.txt", 480, 120),
        ("rapport.odt", 900, 880),
    ],
    "b": [
        ("video.mp4", 45000, 44800),
        ("liste.csv", 800, 200),
        ("plan.pdf", 2100, 1900),
        ("journal.log", 12000, 1500),
    ],
    "c": [
        ("export.csv", 6400, 1600),
        ("scan.pdf", 5000, 4850),
        ("chant.mp3", 4000, 3960),
        ("page.html", 300, 60),
    ],
    "d": [
        ("affiche.png", 2500, 2480),
        ("cours.txt", 700, 210),
        ("donnees.json", 9000, 1800),
        ("film.mkv", 30000, 29900),
    ],
}
for key, rows in LISTINGS.items():
    for i, lang in enumerate(LANGS):
        head = (
            ("Nom", "Taille d’origine (ko)", "Taille compressée (ko)")
            if i == 0
            else ("Name", "Original size (kB)", "Compressed size (kB)")
        )
        lines = [f"{head[0]:<14}{head[1]:>24}{head[2]:>26}"] + [
            f"{n:<14}{a:>24}{b:>26}" for n, a, b in rows
        ]
        tot_a, tot_b = sum(r[1] for r in rows), sum(r[2] for r in rows)
        lines.append(f"{('Total', 'Total')[i]:<14}{tot_a:>24}{tot_b:>26}")
        write(f"listing-{key}-{lang}.txt", "\n".join(lines) + "\n")
    best = max(rows, key=lambda r: (r[1] - r[2]) / r[1])
    print(
        "listing",
        key,
        "saved kB",
        tot_a - tot_b,
        "saved %",
        round(100 * (tot_a - tot_b) / tot_a, 1),
        "best ratio",
        best[0],
        "L",
        2 + rows.index(best),
    )

# g19 — photo metadata (level 6)
PHOTOS = [
    ("IMG_0412.jpg", "2026:07:14 21:05", "2026-07-20 10:02", "Téléphone A"),
    ("IMG_0398.jpg", "2026:07:14 18:40", "2026-07-14 18:40", "Téléphone A"),
    ("DSC_1021.jpg", "2026:07:14 16:12", "2026-08-02 09:30", "Appareil B"),
    ("IMG_0405.jpg", "2026:07:14 19:55", "2026-07-14 19:55", "Téléphone A"),
    ("DSC_1030.jpg", "2026:07:15 09:20", "2026-07-15 09:20", "Appareil B"),
]
(OUT / "photos-fr.csv").write_text(
    "nom;prise de vue (EXIF);dernière modification du fichier;appareil\n"
    + "".join(f"{a};{b};{c};{d}\n" for a, b, c, d in PHOTOS),
    encoding="utf-8",
)
(OUT / "photos-en.csv").write_text(
    "name,taken (EXIF),file last modified,device\n"
    + "".join(
        f"{a},{b},{c},{d.replace('Téléphone', 'Phone').replace('Appareil', 'Camera')}\n"
        for a, b, c, d in PHOTOS
    ),
    encoding="utf-8",
)
order = sorted(range(len(PHOTOS)), key=lambda k: PHOTOS[k][1])
print(
    "photos first taken A",
    order[0] + 2,
    "last taken on 14th",
    max((k for k in range(5) if PHOTOS[k][1].startswith("2026:07:14")), key=lambda k: PHOTOS[k][1])
    + 2,
)


# g20 — duplicates by fingerprint (level 6)
def h(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()[:16]


DUPS = {
    "a": [
        ("devis-toiture.pdf", 812, h("a")),
        ("devis-toiture (1).pdf", 812, h("b")),
        ("devis-final.pdf", 812, h("a")),
        ("devis-toiture-2.pdf", 790, h("c")),
    ],
    "b": [
        ("photo-classe.jpg", 3400, h("d")),
        ("photo-classe-copie.jpg", 3380, h("e")),
        ("IMG_2231.jpg", 3400, h("f")),
        ("classe-2026.jpg", 3400, h("d")),
    ],
    "c": [
        ("contrat.pdf", 250, h("g")),
        ("contrat (2).pdf", 250, h("h")),
        ("contrat-signe.pdf", 250, h("i")),
        ("scan-001.pdf", 250, h("h")),
    ],
    "d": [
        ("budget.ods", 48, h("j")),
        ("budget-copie.ods", 48, h("k")),
        ("budget-v2.ods", 48, h("j")),
        ("budget-ancien.ods", 48, h("k")),
    ],
}
for key, rows in DUPS.items():
    for i, lang in enumerate(LANGS):
        head = (
            "nom;taille (ko);empreinte SHA-256 (début)"
            if i == 0
            else "name,size (kB),SHA-256 fingerprint (start)"
        )
        sep = ";" if i == 0 else ","
        write(
            f"dups-{key}-{lang}.csv",
            head + "\n" + "".join(f"{n}{sep}{s}{sep}{f}\n" for n, s, f in rows),
        )
    first = rows[0]
    twin = [k for k, r in enumerate(rows) if r[2] == first[2] and k]
    print(
        "dups",
        key,
        "twin of first row: A",
        [t + 2 for t in twin],
        "other pair",
        [(k + 2, r[0]) for k, r in enumerate(rows) if sum(x[2] == r[2] for x in rows) == 2],
    )

# g24 — the first bytes of a file tell its real format (level 7)
MAGIC = {
    "a": ("facture.jpg", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
    "b": ("photo.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"),
    "c": (
        "rapport.txt",
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00mimetypeapplication/vnd.oasis",
    ),
    "d": ("musique.mp3", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01"),
}
for key, (name, data) in MAGIC.items():
    hexes = " ".join(f"{b:02x}" for b in data[:16])
    text_ = "".join(chr(b) if 32 <= b < 127 else "." for b in data[:16])
    for i, lang in enumerate(LANGS):
        head = (
            f"Fichier : {name}\nLes 16 premiers octets, en hexadécimal puis en caractères (. = non imprimable) :",
            f"File: {name}\nThe first 16 bytes, in hexadecimal then as characters (. = not printable):",
        )[i]
        write(f"bytes-{key}-{lang}.txt", f"{head}\n00000000  {hexes}  |{text_}|\n")

# g9, g21 — a naming convention
RULES = (
    [
        "Règles de nommage des fichiers de l’association",
        "1. Commencer par la date du document, au format AAAAMMJJ (année, mois, jour, sans séparateur).",
        "2. Puis un tiret bas _ et le type de document en minuscules : cr (compte rendu), devis, facture.",
        "3. Puis un tiret bas _ et le sujet en minuscules, mots séparés par des tirets -, sans accent ni espace.",
        "4. Pour une nouvelle version du même document, ajouter _v2, _v3… avant l’extension (la première version n’a pas de suffixe).",
        "Exemple : 20260109_cr_assemblee-generale.odt",
    ],
    [
        "File naming rules of the association",
        "1. Start with the date of the document, as YYYYMMDD (year, month, day, no separator).",
        "2. Then an underscore _ and the document type in lower case: cr (minutes), devis (quote), facture (invoice).",
        "3. Then an underscore _ and the subject in lower case, words separated by hyphens -, with no accents or spaces.",
        "4. For a new version of the same document, add _v2, _v3… before the extension (the first version has no suffix).",
        "Example: 20260109_cr_assemblee-generale.odt",
    ],
)
for i, lang in enumerate(LANGS):
    write(f"naming-{lang}.txt", "\n".join(RULES[i]) + "\n")

# extra variants
for key, rows in {
    "e": [
        ("f6", "recu-don", T["pdf"]),
        ("f2", "chant-noel", T["audio"]),
        ("f3", "film-kermesse", T["video"]),
        ("f5", "membres", T["sheet"]),
    ],
}.items():
    for lang in LANGS:
        write(f"types-{key}-{lang}.html", page(lang, "explorer", table(lang, (NAME, TYPE), rows)))
for key, rows in {
    "e": [
        ("v2", "planning-2026-S09.ods"),
        ("v3", "planning-2026-S11.ods"),
        ("v1", "planning-2026-S10.ods"),
        ("v4", "planning-2025-S52.ods"),
    ]
}.items():
    for lang in LANGS:
        write(
            f"versions-{key}-{lang}.html",
            page(lang, "explorer", table(lang, (NAME,), [(r[0], r[1]) for r in rows])),
        )
for key, rows in {
    "e": [
        ("s3", "ordre-du-jour.odt", S["off"]),
        ("s5", "presentation.odp", S["cloud"]),
        ("s1", "notes.txt", S["off"]),
        ("s4", "budget.ods", S["off"]),
    ]
}.items():
    for lang in LANGS:
        write(
            f"sync-{key}-{lang}.html",
            page(lang, "cloud", table(lang, (NAME, ("État", "Status")), rows)),
        )
for key, rows in {
    "e": [
        ("p6", "Chloé Marchand", ROLES["view"]),
        ("p2", "Adam Mercier", ROLES["com"]),
        ("p5", "Rose Dupuis", ROLES["edit"]),
        ("p1", "Jules Lambert", ROLES["own"]),
    ]
}.items():
    for i, lang in enumerate(LANGS):
        write(
            f"share-{key}-{lang}.html",
            page(
                lang,
                "share",
                f"<h1>{('Partager « Association »', 'Share “Association”')[i]}</h1>"
                + table(lang, (("Personne", "Person"), ("Accès", "Access")), rows),
            ),
        )
for key, rows in {
    "e": [
        ("h6", "06/02/2026 12:30", "Rose"),
        ("h3", "05/02/2026 18:10", "Adam"),
        ("h1", "05/02/2026 09:00", "Rose"),
        ("h2", "03/02/2026 17:25", "Chloé"),
    ]
}.items():
    for i, lang in enumerate(LANGS):
        data = [(r[0], r[1], (f"Modifié par {r[2]}", f"Edited by {r[2]}")) for r in rows]
        write(
            f"history-{key}-{lang}.html",
            page(
                lang,
                "history",
                f"<h1>{('Historique des versions (la plus récente en haut)', 'Version history (newest first)')[i]}</h1>"
                + table(lang, (("Date", "Date"), ("Auteur", "Author")), data),
            ),
        )

# g25 — a listing sorted character by character (level 5)
SORTED = {
    "a": ["plan-v1.pdf", "plan-v10.pdf", "plan-v11.pdf", "plan-v2.pdf", "plan-v9.pdf"],
    "b": ["cr-01-03-2026.odt", "cr-15-02-2026.odt", "cr-28-01-2026.odt", "cr-30-12-2025.odt"],
    "c": ["budget_v12.ods", "budget_v20.ods", "budget_v3.ods", "budget_v4.ods"],
    "d": ["releve-11-2025.pdf", "releve-12-2025.pdf", "releve-2-2026.pdf", "releve-5-2026.pdf"],
}
IDS = ["n3", "n5", "n1", "n4", "n2"]
for key, names in SORTED.items():
    assert names == sorted(names), key
    rows = [(IDS[k], n) for k, n in enumerate(names)]
    for i, lang in enumerate(LANGS):
        write(
            f"sorted-{key}-{lang}.html",
            page(
                lang,
                "server",
                f"<p>{('Dossier partagé sur un serveur — tri par nom, caractère par caractère', 'Shared folder on a server — sorted by name, character by character')[i]}</p>"
                + table(lang, (NAME,), rows),
            ),
        )
    print("sorted", key, rows)

# g18 — settings of a sharing link (level 4)
LINK_ROWS = [
    ("Qui a accès", "Who has access", "Toute personne disposant du lien", "Anyone with the link"),
    ("Droit", "Permission", "Peut modifier", "Can edit"),
    ("Date d’expiration", "Expiry date", "Aucune", "None"),
    ("Mot de passe", "Password", "Aucun", "None"),
    ("Téléchargement", "Download", "Autorisé", "Allowed"),
]
LINK_IDS = {
    "a": ["k2", "k5", "k1", "k4", "k3"],
    "b": ["k4", "k1", "k3", "k2", "k5"],
    "c": ["k1", "k3", "k5", "k2", "k4"],
    "d": ["k5", "k2", "k4", "k3", "k1"],
}
for key, ids in LINK_IDS.items():
    for i, lang in enumerate(LANGS):
        rows = [(rid, (r[0], r[1]), (r[2], r[3])) for rid, r in zip(ids, LINK_ROWS, strict=True)]
        write(
            f"link-{key}-{lang}.html",
            page(
                lang,
                "link",
                f"<h1>{('Paramètres du lien de partage — dossier « Photos fête »', 'Sharing link settings — folder “Photos fête”')[i]}</h1>"
                + table(lang, (("Réglage", "Setting"), ("Valeur", "Value")), rows),
            ),
        )
    print("link", key, ids)

# more extra variants
with zipfile.ZipFile(OUT / "archive-e.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for m in [
        "Voyage/billets/aller-2026-07-04.pdf",
        "Voyage/billets/retour-2026-07-18.pdf",
        "Voyage/hotel/reservation.pdf",
        "Voyage/hotel/plan-acces.png",
        "Voyage/programme.odt",
    ]:
        z.writestr(zipfile.ZipInfo(m, date_time=(2026, 3, 20, 10, 0, 0)), f"{m}\n")
DUPS_E = [
    ("rib.pdf", 95, h("l")),
    ("rib-banque.pdf", 95, h("m")),
    ("rib (1).pdf", 95, h("n")),
    ("releve-identite-bancaire.pdf", 95, h("m")),
]
for i, lang in enumerate(LANGS):
    head = (
        "nom;taille (ko);empreinte SHA-256 (début)"
        if i == 0
        else "name,size (kB),SHA-256 fingerprint (start)"
    )
    sep = ";" if i == 0 else ","
    write(
        f"dups-e-{lang}.csv", head + "\n" + "".join(f"{n}{sep}{s}{sep}{f}\n" for n, s, f in DUPS_E)
    )
rows_e = [
    ("menu.html", 150, 40),
    ("scan.jpg", 2800, 2760),
    ("archives.csv", 5200, 650),
    ("appel.m4a", 3600, 3550),
]
for i, lang in enumerate(LANGS):
    head = (
        ("Nom", "Taille d’origine (ko)", "Taille compressée (ko)")
        if i == 0
        else ("Name", "Original size (kB)", "Compressed size (kB)")
    )
    lines = [f"{head[0]:<14}{head[1]:>24}{head[2]:>26}"] + [
        f"{n:<14}{a:>24}{b:>26}" for n, a, b in rows_e
    ]
    lines.append(f"{'Total':<14}{sum(r[1] for r in rows_e):>24}{sum(r[2] for r in rows_e):>26}")
    write(f"listing-e-{lang}.txt", "\n".join(lines) + "\n")
print("listing e", [(r[0], round(1 - r[2] / r[1], 3)) for r in rows_e])
rows_f = [
    ("r4", "facture-eau.pdf", "Documents\\Logement"),
    ("r2", "facture-eau.pdf", "Téléchargements"),
    ("r6", "facture-eau-2025.pdf", "Documents\\Archives"),
    ("r1", "facture-electricite.pdf", "Documents\\Logement"),
]
for i, lang in enumerate(LANGS):
    head = (
        "<p>Résultats de la recherche « facture »</p>"
        if i == 0
        else "<p>Search results for “facture”</p>"
    )
    write(
        f"found-e-{lang}.html",
        page(lang, "search", head + table(lang, (NAME, ("Dossier", "Folder")), rows_f)),
    )
data_e = b"GIF89a\x10\x00\x10\x00\x80\x00\x00\xff\xff\xff"
hexes = " ".join(f"{b:02x}" for b in data_e[:16])
text_e = "".join(chr(b) if 32 <= b < 127 else "." for b in data_e[:16])
for i, lang in enumerate(LANGS):
    head = (
        "Fichier : presentation.docx\nLes 16 premiers octets, en hexadécimal puis en caractères (. = non imprimable) :",
        "File: presentation.docx\nThe first 16 bytes, in hexadecimal then as characters (. = not printable):",
    )[i]
    write(f"bytes-e-{lang}.txt", f"{head}\n00000000  {hexes}  |{text_e}|\n")

# g28 — a folder's size in binary units against a quota in decimal units (level 7)
PROPS = {
    "a": ("Photos 2025", 14.2, 3124),
    "b": ("Vidéos club", 7.5, 42),
    "c": ("Cours", 3.7, 1890),
    "d": ("Archives mairie", 28.9, 15230),
}
for key, (folder, gib, count) in PROPS.items():
    size = round(gib * 1024**3)
    for i, lang in enumerate(LANGS):
        shown = f"{gib:.1f}".replace(".", ",") if i == 0 else f"{gib:.1f}"
        sizes = f"{size:,}".replace(",", "\u00a0") if i == 0 else f"{size:,}"
        rows = [
            ("x", ("Nom", "Name"), folder),
            ("x", ("Contenu", "Contains"), (f"{count} fichiers", f"{count} files")),
            (
                "x",
                ("Taille", "Size"),
                (f"{shown} Go ({sizes} octets)", f"{shown} GB ({sizes} bytes)"),
            ),
        ]
        write(
            f"props-{key}-{lang}.html",
            page(
                lang,
                "properties",
                f"<h1>{('Propriétés du dossier', 'Folder properties')[i]}</h1>"
                + table(lang, (("Propriété", "Property"), ("Valeur", "Value")), rows, pick=False),
            ),
        )
    print("props", key, size, round(size / 1e9, 3))
