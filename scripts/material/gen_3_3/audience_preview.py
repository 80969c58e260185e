# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module audience_preview (p_preview, p_print_dialog, p_versions): each writes its
material under assessment/items/3.3/material/ and adds its family to the bank B; keys are
computed and printed.
"""

from __future__ import annotations

from _itemkit import svg_panel

from .kit import B, both, list_variants, meta, pick_family

# ---------------------------------------------------------------- audience and purpose


def p_preview() -> None:
    cases = {
        "a": (
            [
                (
                    "Page 1 : titre, introduction et deux paragraphes",
                    "Page 1: title, introduction and two paragraphs",
                ),
                (
                    "Page 2 : trois paragraphes et un tableau",
                    "Page 2: three paragraphs and a table",
                ),
                (
                    "Page 3 : une seule ligne, « Bien cordialement, »",
                    "Page 3: a single line, “Kind regards,”",
                ),
            ],
            2,
        ),
        "b": (
            [
                ("Page 1 : page de titre et sommaire", "Page 1: title page and contents"),
                (
                    "Page 2 : page blanche, sans aucun contenu",
                    "Page 2: a blank page with no content",
                ),
                ("Page 3 : chapitre 1, texte et photo", "Page 3: chapter 1, text and photo"),
                ("Page 4 : chapitre 2, texte", "Page 4: chapter 2, text"),
            ],
            1,
        ),
        "c": (
            [
                (
                    "Page 1 : en-tête, objet et texte de la lettre",
                    "Page 1: letterhead, subject and body of the letter",
                ),
                (
                    "Page 2 : fin de la lettre et signature",
                    "Page 2: end of the letter and signature",
                ),
                (
                    "Page 3 : uniquement le numéro de page, en bas",
                    "Page 3: only the page number, at the bottom",
                ),
                (
                    "Page 4 : annexe, liste des pièces jointes",
                    "Page 4: appendix, list of enclosures",
                ),
            ],
            2,
        ),
        "d": (
            [
                (
                    "Page 1 : uniquement la dernière colonne d’un tableau, coupée",
                    "Page 1: only the last column of a table, cut off",
                )
            ],
            0,
        ),
        "e": (
            [
                ("Page 1 : affiche, titre et date", "Page 1: poster, title and date"),
                ("Page 2 : affiche, plan d’accès", "Page 2: poster, access map"),
                ("Page 3 : affiche, tarifs", "Page 3: poster, prices"),
                (
                    "Page 4 : une seule ligne, le bas d’un tableau de tarifs",
                    "Page 4: a single line, the bottom of the price table",
                ),
                ("Page 5 : affiche, partenaires", "Page 5: poster, partners"),
            ],
            3,
        ),
    }
    # variant d needs more pages to be a real choice
    cases["d"] = (
        [
            (
                "Page 1 : tableau des inscriptions, colonnes A à F",
                "Page 1: registration table, columns A to F",
            ),
            (
                "Page 2 : suite du tableau, colonnes A à F",
                "Page 2: rest of the table, columns A to F",
            ),
            (
                "Page 3 : uniquement la colonne G du tableau, toute seule",
                "Page 3: only column G of the table, on its own",
            ),
            ("Page 4 : totaux, colonnes A à F", "Page 4: totals, columns A to F"),
        ],
        2,
    )
    v = list_variants(
        "preview",
        ("Aperçu avant impression", "Print preview"),
        {k: (e, r, {}) for k, (e, r) in cases.items()},
    )
    pick_family(
        "f-3.3-ca161046",
        "apercu-page-gaspillee",
        1,
        "audience-and-purpose",
        60,
        "preview-{{set}}",
        "Aperçu avant impression d’un document, page par page : {{items}}.",
        "Print preview of a document, page by page: {{items}}.",
        "Avant d’imprimer, vous regardez l’aperçu. Sélectionnez la page qui gaspille une feuille à cause d’un défaut de mise en page.",
        "Before printing, you look at the preview. Select the page that wastes a sheet because of a layout flaw.",
        v,
        enemies=["f-3.3-2d42ffc1"],
    )


def p_print_dialog() -> None:
    opts = [
        ("Toutes les pages", "All pages"),
        ("Page en cours uniquement", "Current page only"),
        ("Sélection uniquement", "Selection only"),
        ("Recto verso (les deux faces)", "Two-sided (both faces)"),
    ]
    needs = {
        "a": (
            "Vous voulez imprimer seulement le paragraphe que vous venez de surligner à la souris.",
            "You want to print only the paragraph you have just highlighted with the mouse.",
            2,
        ),
        "b": (
            "Vous voulez imprimer seulement la page où se trouve le curseur.",
            "You want to print only the page where the cursor is.",
            1,
        ),
        "c": (
            "Vous voulez imprimer le document en entier, comme d’habitude.",
            "You want to print the whole document, as usual.",
            0,
        ),
        "d": (
            "Vous voulez utiliser deux fois moins de feuilles pour le même document.",
            "You want to use half as many sheets for the same document.",
            3,
        ),
    }
    variants = []
    for key, (n_fr, n_en, right) in needs.items():
        picks = [f"r{i + 1}" for i in range(len(opts))]
        for lang, title in (("fr", "Imprimer"), ("en", "Print")):
            li = 0 if lang == "fr" else 1
            B.write(
                f"printopts-{key}-{lang}.svg",
                svg_panel(
                    title, [(f"○ {o[li]}", p) for o, p in zip(opts, picks, strict=True)], lang
                ),
            )
        variants.append({"key": key, "set": key, "need": both(n_fr, n_en), "target": picks[right]})
        print("print dialog", key, picks[right])
    B.family(
        "f-3.3-1a646eca",
        "impression-options-besoin",
        1,
        "audience-and-purpose",
        "pick",
        meta(60),
        enemies=["f-3.3-2d42ffc1"],
        material=[
            B.mat(
                "dialog",
                "printopts-{{set}}",
                "svg",
                "Boîte d’impression, quatre options : toutes les pages ; page en cours uniquement ; sélection uniquement ; recto verso.",
                "Print dialog, four options: all pages; current page only; selection only; two-sided.",
            )
        ],
        fr_={"statement": "{{need}} Sélectionnez l’option d’impression qui convient."},
        en_={"statement": "{{need}} Select the right print option."},
        solution={"material": "dialog", "accepted": ["{{target}}"]},
        variants=variants,
    )


def p_versions() -> None:
    versions = [
        (
            "Madame la Maire, nous avons l’honneur de vous informer que la médiathèque sera fermée le samedi 14 mars pour inventaire. Nous vous prions d’agréer nos salutations respectueuses.",
            "Dear Mayor, we are writing to inform you that the media library will be closed on Saturday 14 March for stocktaking. Yours faithfully.",
        ),
        (
            "Médiathèque fermée sam. 14/03 (inventaire). Réouverture lun. 16/03. Retours : boîte extérieure.",
            "Media library closed Sat 14/03 (stocktaking). Reopens Mon 16/03. Returns: outside box.",
        ),
        (
            "Samedi, la médiathèque fait une pause pour ranger tous ses livres. On se retrouve lundi pour de nouvelles histoires !",
            "On Saturday, the library takes a break to tidy all its books. See you on Monday for more stories!",
        ),
        (
            "Fermeture exceptionnelle le 14 mars — Pourquoi ? (inventaire annuel) — Rendre ses documents (boîte extérieure, prolongation en ligne) — Horaires de réouverture — Questions fréquentes",
            "Exceptional closure on 14 March — Why? (annual stocktaking) — Returning items (outside box, online renewal) — Reopening hours — FAQ",
        ),
        ("FERMÉ SAMEDI 14 MARS", "CLOSED SATURDAY 14 MARCH"),
    ]
    order = {
        "a": [0, 1, 2, 3, 4],
        "b": [3, 0, 4, 1, 2],
        "c": [2, 4, 1, 3, 0],
        "d": [4, 3, 0, 2, 1],
        "e": [1, 2, 3, 4, 0],
    }
    needs = {
        "a": ("un SMS envoyé aux abonnés", "a text message sent to members", 1),
        "b": ("un courrier officiel adressé à la maire", "an official letter to the mayor", 0),
        "c": (
            "le coin des tout-petits, lu à voix haute aux enfants de 4 à 6 ans",
            "the toddlers' corner, read aloud to children aged 4 to 6",
            2,
        ),
        "d": (
            "la page détaillée du site web de la médiathèque",
            "the detailed page of the library's website",
            3,
        ),
        "e": (
            "une affichette sur la porte, lue depuis le trottoir",
            "a notice on the door, read from the pavement",
            4,
        ),
    }
    variants = []
    for key, (n_fr, n_en, right) in needs.items():
        entries = [versions[i] for i in order[key]]
        cases = {key: (entries, order[key].index(right), {"need": both(n_fr, n_en)})}
        variants += list_variants(
            "versions",
            ("Cinq versions d’une même annonce", "Five versions of the same notice"),
            cases,
        )
    pick_family(
        "f-3.3-c0fc18f2",
        "version-adaptee-public",
        3,
        "audience-and-purpose",
        120,
        "versions-{{set}}",
        "Cinq versions d’une annonce de fermeture de la médiathèque : {{items}}.",
        "Five versions of a media library closure notice: {{items}}.",
        "La médiathèque a rédigé cinq versions de la même annonce. Sélectionnez celle qui est adaptée à {{need}}.",
        "The media library wrote five versions of the same notice. Select the one suited to {{need}}.",
        variants,
        phone=True,
    )
