# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.2 material of archives, search and the cloud: a ZIP archive (g10), search results (g11), a
sharing panel (g12), file sizes (g13), a version history (g15).
"""

from __future__ import annotations

import zipfile

from .kit import LANGS, NAME, OUT, ROLES, page, table, write

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


def build_zips() -> None:
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


def build_found() -> None:
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


def build_shares() -> None:
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


def build_sizes() -> None:
    (OUT / "sizes-fr.csv").write_text(
        "nom;type;taille (Mo)\n"
        + "".join(f"{n};{t};{str(s).replace('.', ',')}\n" for n, t, s in SIZES),
        encoding="utf-8",
    )
    (OUT / "sizes-en.csv").write_text(
        "name,type,size (MB)\n" + "".join(f"{n},{TEN[t]},{s}\n" for n, t, s in SIZES),
        encoding="utf-8",
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


def build_history() -> None:
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
