# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.2 material on what a file is: wildcard patterns (g16, g27), an archive listing (g17), photo
metadata (g19), duplicates by fingerprint (g20), first bytes (g24), a naming convention (g9, g21).
"""

from __future__ import annotations

import fnmatch

from .kit import LANGS, OUT, h, write

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


def build_patterns() -> None:
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


def build_listings() -> None:
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


def build_photos() -> None:
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
        max(
            (k for k in range(5) if PHOTOS[k][1].startswith("2026:07:14")),
            key=lambda k: PHOTOS[k][1],
        )
        + 2,
    )


# g20 — duplicates by fingerprint (level 6)


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


def build_dups() -> None:
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


def build_magic() -> None:
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


def build_naming() -> None:
    for i, lang in enumerate(LANGS):
        write(f"naming-{lang}.txt", "\n".join(RULES[i]) + "\n")
