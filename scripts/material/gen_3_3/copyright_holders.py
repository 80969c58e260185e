# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module copyright_holders (c_footer, c_rights_holder, c_public_domain): each
writes its material under assessment/items/3.3/material/ and adds its family to the bank B; keys
are computed and printed.
"""

from __future__ import annotations

import html

from .kit import B, list_variants, meta, page, pick_family

# ---------------------------------------------------------------- copyright


def c_footer() -> None:
    cases = {
        "a": (
            [
                ("Mentions légales", "Legal notice"),
                ("Contact", "Contact"),
                (
                    "Textes sous licence CC BY-SA 4.0 : réutilisation permise en citant le site",
                    "Texts under CC BY-SA 4.0: reuse allowed if you credit the site",
                ),
                ("Plan du site", "Site map"),
            ],
            2,
            {},
        ),
        "b": (
            [
                (
                    "© 2026 Association Les Grillons – reproduction interdite sans accord écrit",
                    "© 2026 Association Les Grillons – no reproduction without written consent",
                ),
                ("Nous écrire", "Write to us"),
                ("Accessibilité : partiellement conforme", "Accessibility: partially compliant"),
                ("Gestion des cookies", "Cookie settings"),
            ],
            0,
            {},
        ),
        "c": (
            [
                ("Plan du site", "Site map"),
                ("Données personnelles", "Personal data"),
                ("Presse", "Press"),
                (
                    "Contenus publiés sous Licence Ouverte 2.0 (Etalab)",
                    "Content published under the Licence Ouverte 2.0 (Etalab)",
                ),
            ],
            3,
            {},
        ),
        "d": (
            [
                ("Aide", "Help"),
                (
                    "Textes et photos : CC BY 4.0, sauf mention contraire",
                    "Texts and photos: CC BY 4.0 unless stated otherwise",
                ),
                ("Recrutement", "Careers"),
                ("Mentions légales", "Legal notice"),
            ],
            1,
            {},
        ),
        "e": (
            [
                ("Newsletter", "Newsletter"),
                ("Conditions générales de vente", "Terms of sale"),
                ("Nous contacter", "Contact us"),
                (
                    "Articles dédiés au domaine public (CC0)",
                    "Articles dedicated to the public domain (CC0)",
                ),
            ],
            3,
            {},
        ),
    }
    v = list_variants("footer", ("Pied de page du site", "Site footer"), cases)
    pick_family(
        "f-3.3-88efe59c",
        "pied-page-conditions-reutilisation",
        1,
        "copyright",
        60,
        "footer-{{set}}",
        "Pied de page d’un site, quatre éléments : {{items}}.",
        "A website footer, four items: {{items}}.",
        "Vous voulez reprendre un texte de ce site. Dans son pied de page, sélectionnez l’élément qui indique à quelles conditions ses contenus peuvent être réutilisés.",
        "You want to reuse a text from this website. In its footer, select the item that says on what terms its content may be reused.",
        v,
    )


def c_rights_holder() -> None:
    cases = {
        "a": (
            [
                (
                    "Photographe : Léna Moreau (indépendante)",
                    "Photographer: Léna Moreau (freelance)",
                ),
                (
                    "Personne photographiée : un boulanger, avec son accord",
                    "Person photographed: a baker, who agreed",
                ),
                (
                    "Mise en ligne par : compte « Saveurs-du-Nord »",
                    "Uploaded by: account “Saveurs-du-Nord”",
                ),
                ("Appareil : Fotia X200", "Camera: Fotia X200"),
            ],
            0,
            {},
        ),
        "b": (
            [
                ("Appareil : Lumio 9", "Camera: Lumio 9"),
                ("Photographe : Hugo Brémont", "Photographer: Hugo Brémont"),
                (
                    "Droits d’exploitation cédés en exclusivité à : Agence Lumen",
                    "Exploitation rights assigned exclusively to: Agence Lumen",
                ),
                ("Publiée sur : magazine Terroirs", "Published in: Terroirs magazine"),
            ],
            2,
            {},
        ),
        "c": (
            [
                ("Publiée sur : blog « Randos 38 »", "Published on: blog “Randos 38”"),
                (
                    "Mise en ligne par : Théo, administrateur du blog",
                    "Uploaded by: Théo, the blog's administrator",
                ),
                (
                    "Photographe : Amina Kheddar (indépendante)",
                    "Photographer: Amina Kheddar (freelance)",
                ),
                ("Lieu : col de la Croix", "Place: col de la Croix"),
            ],
            2,
            {},
        ),
        "d": (
            [
                (
                    "Droits d’exploitation cédés en exclusivité à : Éditions Maréa",
                    "Exploitation rights assigned exclusively to: Éditions Maréa",
                ),
                ("Photographe : Paul Ridel", "Photographer: Paul Ridel"),
                (
                    "Personne photographiée : une navigatrice, avec son accord",
                    "Person photographed: a sailor, who agreed",
                ),
                ("Publiée sur : réseau social Pixo", "Published on: social network Pixo"),
            ],
            0,
            {},
        ),
        "e": (
            [
                (
                    "Personne photographiée : une chanteuse, avec son accord",
                    "Person photographed: a singer, who agreed",
                ),
                ("Publiée sur : site du festival", "Published on: the festival website"),
                (
                    "Photographe : Chloé Vasseur (indépendante)",
                    "Photographer: Chloé Vasseur (freelance)",
                ),
                (
                    "Mise en ligne par : service communication du festival",
                    "Uploaded by: the festival's communication office",
                ),
            ],
            2,
            {},
        ),
    }
    v = list_variants("photo-record", ("Fiche de la photo", "Photo record"), cases)
    pick_family(
        "f-3.3-aba9b76d",
        "titulaire-droits-photo",
        2,
        "copyright",
        90,
        "photo-record-{{set}}",
        "Fiche descriptive d’une photo, quatre lignes : {{items}}.",
        "Description record of a photo, four lines: {{items}}.",
        "Vous voulez reproduire cette photo dans une brochure. Au titre du droit d’auteur, à qui devez-vous demander l’autorisation ? Sélectionnez la ligne qui l’indique.",
        "You want to reproduce this photo in a brochure. Under copyright, whom must you ask for permission? Select the line that tells you.",
        v,
        tied=True,
        review_by="2028-12-31",
    )


def c_public_domain(collab: bool) -> None:
    if not collab:
        cases = {
            "a": ("Jeanne Verlac", 1901, 1975, "Les Saisons du port", 1952),
            "b": ("Armand Colet", 1899, 1958, "La Lande", 1955),
            "c": ("Odile Sarrasin", 1920, 1990, "Carnets d’Asie", 1964),
            "d": ("Henri Maudet", 1908, 1966, "Le Moulin rouge-gorge", 1961),
            "e": ("Rose Kervella", 1911, 1955, "Chansons de la grève", 1950),
        }
        variants = []
        for key, (name, born, died, work, pub) in cases.items():
            year = died + 71
            for lang, title, rows in (
                (
                    "fr",
                    "Fiche de l’œuvre",
                    [
                        ("Titre", work),
                        ("Auteur", f"{name} ({born}–{died})"),
                        ("Première publication", str(pub)),
                        ("Nature", "Recueil de poèmes, auteur unique"),
                    ],
                ),
                (
                    "en",
                    "Work record",
                    [
                        ("Title", work),
                        ("Author", f"{name} ({born}–{died})"),
                        ("First published", str(pub)),
                        ("Kind", "Collection of poems, single author"),
                    ],
                ),
            ):
                body = (
                    "<table><tbody>\n"
                    + "".join(
                        f'<tr><th scope="row">{html.escape(a)}</th><td>{html.escape(b)}</td></tr>\n'
                        for a, b in rows
                    )
                    + "</tbody></table>\n"
                )
                B.write(f"work-{key}-{lang}.html", page(lang, title, body))
            variants.append(
                {
                    "key": key,
                    "set": key,
                    "work": work,
                    "name": name,
                    "born": born,
                    "died": died,
                    "pub": pub,
                    "year": year,
                }
            )
            print("public domain", key, year)
        B.family(
            "f-3.3-fb1cc706",
            "domaine-public-annee",
            3,
            "copyright",
            "number",
            meta(120, tied=True, review_by="2028-12-31"),
            enemies=["f-3.3-370dda64"],
            material=[
                B.mat(
                    "record",
                    "work-{{set}}",
                    "html",
                    "Fiche d’une œuvre : « {{work}} », recueil de poèmes de {{name}} ({{born}}–{{died}}), publié en {{pub}}, auteur unique.",
                    "Record of a work: “{{work}}”, a collection of poems by {{name}} ({{born}}–{{died}}), published in {{pub}}, single author.",
                )
            ],
            fr_={
                "statement": "En France, à partir du 1er janvier de quelle année cette œuvre pourra-t-elle être reproduite librement, sans autorisation, au titre du droit d’auteur ? (L’auteur n’est pas « mort pour la France ».)"
            },
            en_={
                "statement": "In France, from 1 January of which year may this work be reproduced freely, without permission, as far as copyright is concerned? (The author did not “die for France”.)"
            },
            solution={"value": "{{year}}", "unit": "1", "tolerance": 0},
            variants=variants,
        )
        return
    cases = {
        "a": (
            "L’Île aux orages",
            ("Marc Delpierre", 1932, 1994),
            ("Sonia Ferrand", 1940, 2003),
            1971,
        ),
        "b": (
            "Capitaine Brume",
            ("Lucie Aubrac-Morel", 1928, 2001),
            ("Yves Tanguy-Roux", 1925, 1979),
            1968,
        ),
        "c": (
            "Les Enquêtes de Zénon",
            ("Paulin Garric", 1935, 1988),
            ("Irène Salvat", 1947, 2011),
            1975,
        ),
        "d": ("Nuit sur Ys", ("Gaël Le Du", 1930, 1999), ("Fanny Ortiz", 1929, 1992), 1966),
        "e": ("Le Phare de Sein", ("Bastien Carle", 1945, 2016), ("Malo Quéré", 1941, 1987), 1980),
    }
    variants = []
    for key, (work, (n1, b1, d1), (n2, b2, d2), pub) in cases.items():
        year = max(d1, d2) + 71
        for lang, title, rows in (
            (
                "fr",
                "Fiche de l’album",
                [
                    ("Titre", work),
                    ("Scénario", f"{n1} ({b1}–{d1})"),
                    ("Dessin", f"{n2} ({b2}–{d2})"),
                    ("Éditeur", "Éditions du Goéland"),
                    ("Première publication", str(pub)),
                ],
            ),
            (
                "en",
                "Album record",
                [
                    ("Title", work),
                    ("Script", f"{n1} ({b1}–{d1})"),
                    ("Art", f"{n2} ({b2}–{d2})"),
                    ("Publisher", "Éditions du Goéland"),
                    ("First published", str(pub)),
                ],
            ),
        ):
            body = (
                "<table><tbody>\n"
                + "".join(
                    f'<tr><th scope="row">{html.escape(a)}</th><td>{html.escape(b)}</td></tr>\n'
                    for a, b in rows
                )
                + "</tbody></table>\n"
            )
            B.write(f"album-{key}-{lang}.html", page(lang, title, body))
        variants.append(
            {
                "key": key,
                "set": key,
                "work": work,
                "a1": f"{n1} ({b1}–{d1})",
                "a2": f"{n2} ({b2}–{d2})",
                "pub": pub,
                "year": year,
            }
        )
        print("collaboration", key, year)
    B.family(
        "f-3.3-e13e5f02",
        "domaine-public-collaboration",
        7,
        "copyright",
        "number",
        meta(180, tied=True, review_by="2028-12-31"),
        enemies=["f-3.3-fb1cc706", "f-3.3-370dda64"],
        material=[
            B.mat(
                "record",
                "album-{{set}}",
                "html",
                "Fiche d’une bande dessinée : « {{work}} », scénario de {{a1}}, dessin de {{a2}}, Éditions du Goéland, publiée en {{pub}}.",
                "Record of a comic book: “{{work}}”, script by {{a1}}, art by {{a2}}, Éditions du Goéland, published in {{pub}}.",
            )
        ],
        fr_={
            "statement": "Cette bande dessinée a été créée ensemble par son scénariste et son dessinateur. En France, à partir du 1er janvier de quelle année entrera-t-elle dans le domaine public ? (Aucun des auteurs n’est « mort pour la France ».)"
        },
        en_={
            "statement": "This comic book was created jointly by its writer and its artist. In France, from 1 January of which year will it enter the public domain? (Neither author “died for France”.)"
        },
        solution={"value": "{{year}}", "unit": "1", "tolerance": 0},
        variants=variants,
    )
