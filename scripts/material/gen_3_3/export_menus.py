# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module export_menus (e_menu, e_paper_pixels): each writes its material under
assessment/items/3.3/material/ and adds its family to the bank B; keys are computed and printed.
"""

from __future__ import annotations

from _itemkit import svg_panel

from .kit import B, both, list_variants, meta, pick_family

# ---------------------------------------------------------------- export formats


def e_menu() -> None:
    menu = [
        ("PDF (.pdf)", "PDF (.pdf)"),
        ("EPUB (.epub)", "EPUB (.epub)"),
        ("Word (.docx)", "Word (.docx)"),
        ("Page web (.html)", "Web page (.html)"),
        ("Texte brut (.txt)", "Plain text (.txt)"),
    ]
    order = {
        "a": [0, 1, 2, 3, 4],
        "b": [2, 4, 1, 0, 3],
        "c": [3, 0, 4, 2, 1],
        "d": [1, 3, 0, 4, 2],
        "e": [4, 2, 3, 1, 0],
    }
    needs = {
        "a": (
            "Votre lettre doit s’afficher exactement avec la même mise en page chez tous les destinataires, sans être modifiée.",
            "Your letter must look exactly the same for every recipient, without being changed.",
            0,
        ),
        "b": (
            "Votre roman doit se lire sur une liseuse, le texte s’adaptant à la taille de l’écran.",
            "Your novel must be read on an e-reader, with the text reflowing to the screen size.",
            1,
        ),
        "c": (
            "Un collègue doit corriger votre rapport avec Microsoft Word, en suivi des modifications.",
            "A colleague must correct your report in Microsoft Word, with track changes.",
            2,
        ),
        "d": (
            "Le texte doit être publié tel quel comme page du site de l’association, lisible dans un navigateur.",
            "The text must be published as it is as a page of the association's website, readable in a browser.",
            3,
        ),
        "e": (
            "Un vieux logiciel de gestion n’importe que du texte sans aucune mise en forme.",
            "An old management program only imports text without any formatting.",
            4,
        ),
    }
    variants = []
    for key, (n_fr, n_en, right) in needs.items():
        entries = [menu[i] for i in order[key]]
        cases = {key: (entries, order[key].index(right), {"need": both(n_fr, n_en)})}
        variants += list_variants(
            "exportmenu", ("Fichier > Exporter sous", "File > Export as"), cases
        )
    pick_family(
        "f-3.3-98d3605f",
        "menu-export-besoin",
        2,
        "export-formats",
        60,
        "exportmenu-{{set}}",
        "Menu « Exporter sous » d’un traitement de texte, cinq formats : {{items}}.",
        "The “Export as” menu of a word processor, five formats: {{items}}.",
        "{{need}} Sélectionnez le format d’export qui convient.",
        "{{need}} Select the right export format.",
        variants,
        enemies=["c-3.3-pdf-cv-01", "c-3.3-data-exchange-01"],
    )


def e_paper_pixels() -> None:
    cases = {
        "a": ("A4", 21.0, 29.7, 300),
        "b": ("A5", 14.8, 21.0, 300),
        "c": ("A4", 21.0, 29.7, 150),
        "d": ("A3", 29.7, 42.0, 300),
        "e": ("A6", 10.5, 14.8, 300),
    }
    variants = []
    for key, (fmt, wcm, hcm, dpi) in cases.items():
        wpx, hpx = round(wcm / 2.54 * dpi), round(hcm / 2.54 * dpi)
        w_fr, h_fr = f"{wcm:g}".replace(".", ","), f"{hcm:g}".replace(".", ",")
        for lang, title, lines in (
            (
                "fr",
                "Nouveau document",
                [
                    f"Format : {fmt} portrait",
                    f"Largeur : {w_fr} cm",
                    f"Hauteur : {h_fr} cm",
                    f"Résolution : {dpi} ppp",
                    "Unité de l’image : pixels",
                ],
            ),
            (
                "en",
                "New document",
                [
                    f"Format: {fmt} portrait",
                    f"Width: {wcm:g} cm",
                    f"Height: {hcm:g} cm",
                    f"Resolution: {dpi} dpi",
                    "Picture unit: pixels",
                ],
            ),
        ):
            B.write(f"newdoc-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang))
        variants.append(
            {
                "key": key,
                "set": key,
                "fmt": fmt,
                "wcm": both(w_fr, f"{wcm:g}"),
                "hcm": both(h_fr, f"{hcm:g}"),
                "dpi": dpi,
                "wpx": wpx,
                "hpx": hpx,
            }
        )
        print("paper pixels", key, wpx, hpx)
    B.family(
        "f-3.3-8b276a8d",
        "format-papier-pixels",
        5,
        "export-formats",
        "fields",
        meta(180),
        material=[
            B.mat(
                "dialog",
                "newdoc-{{set}}",
                "svg",
                "Boîte « Nouveau document » : format {{fmt}} portrait, {{wcm}} × {{hcm}} cm, résolution {{dpi}} ppp.",
                "New document dialog: {{fmt}} portrait, {{wcm}} × {{hcm}} cm, resolution {{dpi}} dpi.",
            )
        ],
        fr_={
            "statement": "Vous préparez une affiche à imprimer avec ces réglages. Combien de pixels doit mesurer l’image, au pixel près ? (1 pouce = 2,54 cm)",
            "fields": {"w": "Largeur (px)", "h": "Hauteur (px)"},
        },
        en_={
            "statement": "You are preparing a poster to print with these settings. How many pixels must the picture measure, to the nearest pixel? (1 inch = 2.54 cm)",
            "fields": {"w": "Width (px)", "h": "Height (px)"},
        },
        solution={
            "w": {"number": {"value": "{{wpx}}", "unit": "px", "tolerance": 2}},
            "h": {"number": {"value": "{{hpx}}", "unit": "px", "tolerance": 2}},
        },
        variants=variants,
    )
