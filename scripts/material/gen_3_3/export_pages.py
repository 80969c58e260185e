# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module export_pages (e_pdf_options, e_page_range): each writes its material
under assessment/items/3.3/material/ and adds its family to the bank B; keys are computed and
printed.
"""

from __future__ import annotations

from _itemkit import svg_panel

from .kit import B, both, meta


def e_pdf_options() -> None:
    opts = [
        ("Archivage : PDF/A-2b", "Archiving: PDF/A-2b"),
        ("PDF balisé (structure pour l’accessibilité)", "Tagged PDF (structure for accessibility)"),
        (
            "Images : réduire à 150 ppp, qualité JPEG 75 %",
            "Images: reduce to 150 dpi, JPEG quality 75%",
        ),
        ("Repères de coupe et fonds perdus (imprimeur)", "Crop marks and bleed (print shop)"),
        ("Créer un formulaire PDF (champs à remplir)", "Create a PDF form (fillable fields)"),
    ]
    needs = {
        "a": (
            "Le document doit pouvoir être conservé et relu à l’identique dans trente ans par le service des archives.",
            "The archives department must be able to keep the document and read it unchanged in thirty years.",
            0,
        ),
        "b": (
            "Une adhérente aveugle lit vos documents avec un lecteur d’écran, titres et ordre de lecture compris.",
            "A blind member reads your documents with a screen reader, headings and reading order included.",
            1,
        ),
        "c": (
            "Le rapport, plein de photos, pèse 48 Mo et doit passer par courriel.",
            "The report, full of photos, weighs 48 MB and must go by e-mail.",
            2,
        ),
        "d": (
            "L’imprimeur demande un fichier pour imprimer le dépliant en couleur pleine page, jusqu’au bord.",
            "The print shop wants a file to print the leaflet in full-page colour, right to the edge.",
            3,
        ),
        "e": (
            "Les parents doivent pouvoir saisir leurs nom et téléphone directement dans le fichier.",
            "Parents must be able to type their name and phone number directly into the file.",
            4,
        ),
    }
    variants = []
    for key, (n_fr, n_en, right) in needs.items():
        picks = [f"o{i + 1}" for i in range(len(opts))]
        for lang, title in (
            ("fr", "Exporter au format PDF – options"),
            ("en", "Export as PDF – options"),
        ):
            li = 0 if lang == "fr" else 1
            B.write(
                f"pdfopts-{key}-{lang}.svg",
                svg_panel(
                    title,
                    [(f"☐ {o[li]}", p) for o, p in zip(opts, picks, strict=True)],
                    lang,
                    width=400,
                ),
            )
        variants.append({"key": key, "set": key, "need": both(n_fr, n_en), "target": picks[right]})
        print("pdf options", key, picks[right])
    B.family(
        "f-3.3-26dbd959",
        "options-export-pdf-usage",
        6,
        "export-formats",
        "pick",
        meta(120),
        enemies=["c-3.3-pdf-a-01", "f-3.3-c9dbcb10"],
        material=[
            B.mat(
                "dialog",
                "pdfopts-{{set}}",
                "svg",
                "Options d’export PDF, cinq cases à cocher : archivage PDF/A-2b ; PDF balisé ; images réduites à 150 ppp et JPEG 75 % ; repères de coupe et fonds perdus ; formulaire PDF.",
                "PDF export options, five checkboxes: PDF/A-2b archiving; tagged PDF; images reduced to 150 dpi and JPEG 75%; crop marks and bleed; PDF form.",
            )
        ],
        fr_={"statement": "{{need}} Sélectionnez l’option d’export à cocher pour ce besoin."},
        en_={"statement": "{{need}} Select the export option to tick for this need."},
        solution={"material": "dialog", "accepted": ["{{target}}"]},
        variants=variants,
    )


def e_page_range() -> None:
    cases = {
        "a": (
            4,
            [
                ("Introduction", 1),
                ("Le quartier", 5),
                ("Les habitants", 12),
                ("Les projets", 20),
                ("Annexes", 27),
            ],
            2,
        ),
        "b": (
            3,
            [
                ("Avant-propos", 1),
                ("Histoire du club", 3),
                ("Les saisons", 11),
                ("Le palmarès", 18),
                ("Remerciements", 25),
            ],
            1,
        ),
        "c": (
            2,
            [
                ("Présentation", 1),
                ("Budget", 6),
                ("Calendrier", 14),
                ("Partenaires", 17),
                ("Contacts", 22),
            ],
            3,
        ),
        "d": (
            5,
            [
                ("Résumé", 1),
                ("Méthode", 4),
                ("Résultats", 9),
                ("Discussion", 21),
                ("Bibliographie", 30),
            ],
            2,
        ),
        "e": (
            6,
            [("Accueil", 1), ("Règlement", 8), ("Menus", 15), ("Tarifs", 19), ("Inscriptions", 24)],
            0,
        ),
    }
    en = {
        "Introduction": "Introduction",
        "Le quartier": "The neighbourhood",
        "Les habitants": "The residents",
        "Les projets": "The projects",
        "Annexes": "Appendices",
        "Avant-propos": "Foreword",
        "Histoire du club": "History of the club",
        "Les saisons": "The seasons",
        "Le palmarès": "Honours",
        "Remerciements": "Acknowledgements",
        "Présentation": "Overview",
        "Budget": "Budget",
        "Calendrier": "Timetable",
        "Partenaires": "Partners",
        "Contacts": "Contacts",
        "Résumé": "Abstract",
        "Méthode": "Method",
        "Résultats": "Results",
        "Discussion": "Discussion",
        "Bibliographie": "Bibliography",
        "Accueil": "Welcome",
        "Règlement": "Rules",
        "Menus": "Menus",
        "Tarifs": "Prices",
        "Inscriptions": "Registration",
    }
    variants = []
    for key, (front, chapters, which) in cases.items():
        start = chapters[which][1]
        end = chapters[which + 1][1] - 1
        for lang in ("fr", "en"):
            if lang == "fr":
                lines = [
                    f"Le fichier commence par {front} pages sans numéro (couverture, page de titre, sommaire…).",
                    "La page numérotée 1 vient juste après.",
                    "",
                    "SOMMAIRE (numéros imprimés en bas de page)",
                ]
                lines += [f"{n} ........ {p}" for n, p in chapters]
            else:
                lines = [
                    f"The file starts with {front} unnumbered pages (cover, title page, contents…).",
                    "The page numbered 1 comes right after them.",
                    "",
                    "CONTENTS (numbers printed at the foot of the page)",
                ]
                lines += [f"{en[n]} ........ {p}" for n, p in chapters]
            B.write(f"contents-{key}-{lang}.txt", "\n".join([*lines, ""]))
        variants.append(
            {
                "key": key,
                "set": key,
                "chap": both(chapters[which][0], en[chapters[which][0]]),
                "p1": start + front,
                "p2": end + front,
            }
        )
        print("page range", key, start + front, end + front)
    B.family(
        "f-3.3-8705c8b8",
        "plage-pages-export",
        7,
        "export-formats",
        "fields",
        meta(240),
        material=[
            B.mat(
                "contents",
                "contents-{{set}}",
                "txt",
                "Fichier texte : nombre de pages sans numéro au début du document, puis sommaire des chapitres avec le numéro imprimé de leur première page.",
                "Text file: number of unnumbered pages at the start of the document, then the table of contents with the printed number of each chapter's first page.",
            )
        ],
        fr_={
            "statement": "Vous exportez en PDF le seul chapitre « {{chap}} », en entier. La boîte d’export compte les pages du fichier à partir de la couverture (couverture = page 1). Quelle plage saisissez-vous ?",
            "fields": {"from": "De la page", "to": "À la page"},
        },
        en_={
            "statement": "You export only the chapter “{{chap}}”, in full, to PDF. The export dialog counts the file's pages from the cover (cover = page 1). What range do you type?",
            "fields": {"from": "From page", "to": "To page"},
        },
        solution={
            "from": {"number": {"value": "{{p1}}", "unit": "1", "tolerance": 0}},
            "to": {"number": {"value": "{{p2}}", "unit": "1", "tolerance": 0}},
        },
        variants=variants,
    )
