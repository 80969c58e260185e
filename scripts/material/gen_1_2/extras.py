# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.2 extra variants of several families, a listing sorted character by character (g25), sharing
link settings (g18) and a folder's size against a quota (g28).
"""

from __future__ import annotations

import zipfile

from .kit import LANGS, NAME, OUT, ROLES, TYPE, S, T, h, page, table, write


# extra variants
def build_extra_variants() -> None:
    for key, rows in {
        "e": [
            ("f6", "recu-don", T["pdf"]),
            ("f2", "chant-noel", T["audio"]),
            ("f3", "film-kermesse", T["video"]),
            ("f5", "membres", T["sheet"]),
        ],
    }.items():
        for lang in LANGS:
            write(
                f"types-{key}-{lang}.html", page(lang, "explorer", table(lang, (NAME, TYPE), rows))
            )
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


def build_sorted() -> None:
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


def build_link() -> None:
    for key, ids in LINK_IDS.items():
        for i, lang in enumerate(LANGS):
            rows = [
                (rid, (r[0], r[1]), (r[2], r[3])) for rid, r in zip(ids, LINK_ROWS, strict=True)
            ]
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
def build_more_extra_variants() -> None:
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
            f"dups-e-{lang}.csv",
            head + "\n" + "".join(f"{n}{sep}{s}{sep}{f}\n" for n, s, f in DUPS_E),
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


def build_props() -> None:
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
                    + table(
                        lang, (("Propriété", "Property"), ("Valeur", "Value")), rows, pick=False
                    ),
                ),
            )
        print("props", key, size, round(size / 1e9, 3))
