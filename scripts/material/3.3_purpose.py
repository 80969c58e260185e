# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""Write the format-2 item families of CRCN 3.3 and their material (assessment/items/3.3/).

Run from the repository root: `python scripts/material/3.3_purpose.py`. Keys that depend on the
material (years, ratios, pixel sizes, the element to pick) are computed here from the same values
the material shows, written into the variants and printed. People and works are fictional.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _itemkit import Bank, fr, svg_panel

ROOT = Path("assessment/items/3.3")
B = Bank(ROOT, "3.3")


def meta(time_limit: int, **over: object) -> dict[str, object]:
    out: dict[str, object] = {
        "blind": True,
        "colour_blind": True,
        "deaf": True,
        "phone": True,
        "tied": False,
    }
    out.update(over)
    out["time_limit"] = time_limit
    return out


def page(lang: str, title: str, body: str) -> str:
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
        "<style>body{font-family:sans-serif;margin:12px;line-height:1.4}li{margin:6px 0;padding:4px;border:1px solid #bbb;list-style:none}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #888;padding:6px;text-align:left}</style></head>\n"
        f"<body><main><h1>{html.escape(title)}</h1>\n{body}</main></body></html>\n"
    )


def picks_list(items: list[tuple[str, str]]) -> str:
    return (
        "<ul>\n"
        + "".join(f'<li data-pick="{p}">{html.escape(t)}</li>\n' for t, p in items)
        + "</ul>\n"
    )


def both(fr_text: str, en_text: str) -> dict[str, str]:
    return {"fr": fr_text, "en": en_text}


def pick_family(
    fid: str,
    tube: str,
    level: int,
    theme: str,
    time_limit: int,
    stem: str,
    alt_fr: str,
    alt_en: str,
    st_fr: str,
    st_en: str,
    variants: list[dict[str, object]],
    ext: str = "html",
    enemies: list[str] | None = None,
    **meta_over: object,
) -> None:
    B.family(
        fid,
        tube,
        level,
        theme,
        "pick",
        meta(time_limit, **meta_over),
        enemies=enemies,
        material=[B.mat("doc", stem, ext, alt_fr, alt_en)],
        fr_={"statement": st_fr},
        en_={"statement": st_en},
        solution={"material": "doc", "accepted": ["{{target}}"]},
        variants=variants,
    )


def list_variants(
    name: str,
    title: tuple[str, str],
    cases: dict[str, tuple[list[tuple[str, str]], int, dict[str, object]]],
    intro: tuple[str, str] | None = None,
) -> list[dict[str, object]]:
    """cases: key -> (list of (fr, en) entries, index of the right entry, extra params)."""
    variants = []
    for key, (entries, right, extra) in cases.items():
        picks = [f"e{i + 1}" for i in range(len(entries))]
        for li, lang in enumerate(("fr", "en")):
            body = (f"<p>{html.escape(intro[li])}</p>\n" if intro else "") + picks_list(
                [(e[li], p) for e, p in zip(entries, picks, strict=True)]
            )
            B.write(f"{name}-{key}-{lang}.html", page(lang, title[li], body))
        v: dict[str, object] = {"key": key, "set": key, "target": picks[right]}
        v["items"] = both(" ; ".join(fr(e[0]) for e in entries), "; ".join(e[1] for e in entries))
        v.update(extra)
        variants.append(v)
        print(name, key, picks[right])
    return variants


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


def c_credit() -> None:
    people = {
        "a": ("Inès Caradec", "Marché couvert", "Covered market"),
        "b": ("Yanis Ferhat", "Pont de pierre", "Stone bridge"),
        "c": ("Maëlle Guivarch", "Vieux gréement", "Old rigger"),
        "d": ("Rémi Sabatier", "Vendanges", "Grape harvest"),
        "e": ("Clara Nguyen-Bach", "Toits de zinc", "Zinc roofs"),
    }
    order = {
        "a": [0, 1, 2, 3, 4],
        "b": [1, 0, 3, 4, 2],
        "c": [3, 2, 0, 1, 4],
        "d": [4, 3, 1, 0, 2],
        "e": [2, 4, 3, 1, 0],
    }
    variants = []
    for key, (name, t_fr, t_en) in people.items():
        lines = [
            (
                f"Photo : {name}, « {t_fr} », licence CC BY 4.0, via la photothèque Commons",
                f"Photo: {name}, “{t_en}”, CC BY 4.0 licence, via the Commons photo library",
            ),
            (
                "Photo : image libre de droits trouvée sur Internet",
                "Photo: royalty-free picture found on the Internet",
            ),
            (
                f"Photo : « {t_fr} », licence CC BY 4.0, via la photothèque Commons",
                f"Photo: “{t_en}”, CC BY 4.0 licence, via the Commons photo library",
            ),
            (
                f"Photo : {name}, « {t_fr} », via la photothèque Commons",
                f"Photo: {name}, “{t_en}”, via the Commons photo library",
            ),
            (
                f"Photo : © photothèque Commons, « {t_fr} »",
                f"Photo: © Commons photo library, “{t_en}”",
            ),
        ]
        entries = [lines[i] for i in order[key]]
        cases = {key: (entries, order[key].index(0), {"name": name, "title": both(t_fr, t_en)})}
        variants += list_variants("credit", ("Crédits proposés", "Proposed credits"), cases)
    pick_family(
        "f-3.3-4c452236",
        "credit-licence-cc-by",
        4,
        "copyright",
        120,
        "credit-{{set}}",
        "Cinq lignes de crédit proposées pour une photo : {{items}}.",
        "Five credit lines proposed for a photo: {{items}}.",
        "La photo « {{title}} » de {{name}} est publiée sous licence CC BY 4.0 dans la photothèque Commons. Vous l’utilisez dans le bulletin municipal. Sélectionnez le seul crédit qui respecte les conditions de cette licence.",
        "The photo “{{title}}” by {{name}} is published under the CC BY 4.0 licence in the Commons photo library. You use it in the town newsletter. Select the only credit that meets the terms of this licence.",
        variants,
        tied=True,
        review_by="2028-12-31",
    )


# ---------------------------------------------------------------- reuse and adaptation


def r_licence_use() -> None:
    props_fr = [
        "Oui, en créditant l’auteur, sans aucune autre condition",
        "Oui, en créditant l’auteur et sous la même licence",
        "Non, la licence exclut cet usage",
        "Oui, librement, sans même citer l’auteur",
    ]
    props_en = [
        "Yes, crediting the author, with no other condition at all",
        "Yes, crediting the author and under the same licence",
        "No, the licence rules this use out",
        "Yes, freely, without even crediting the author",
    ]
    cases = {
        "a": (
            "CC BY-NC-SA 4.0",
            "le blog non commercial de votre classe, recadrée et avec un titre ajouté",
            "your class's non-commercial blog, cropped and with a title added",
            1,
        ),
        "b": (
            "CC BY-NC-SA 4.0",
            "la brochure publicitaire d’une agence immobilière",
            "an estate agency's advertising brochure",
            2,
        ),
        "c": (
            "CC BY 4.0",
            "la brochure publicitaire d’une agence immobilière, telle quelle",
            "an estate agency's advertising brochure, as it is",
            0,
        ),
        "d": (
            "CC BY-SA 4.0",
            "la brochure publicitaire d’une agence immobilière, recadrée et avec un titre ajouté",
            "an estate agency's advertising brochure, cropped and with a title added",
            1,
        ),
        "e": (
            "CC BY-ND 4.0",
            "une affiche, recadrée et avec un texte incrusté",
            "a poster, cropped and with text overlaid",
            2,
        ),
    }
    variants = []
    for key, (lic, use_fr, use_en, sol) in cases.items():
        for lang, title, rows in (
            (
                "fr",
                "Photothèque – détail de l’image",
                [("Titre", "Halle aux grains"), ("Auteur", "Nora Belkacem"), ("Licence", lic)],
            ),
            (
                "en",
                "Photo library – picture details",
                [("Title", "Halle aux grains"), ("Author", "Nora Belkacem"), ("Licence", lic)],
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
            B.write(f"licence-{key}-{lang}.html", page(lang, title, body))
        v: dict[str, object] = {"key": key, "set": key, "lic": lic, "use": both(use_fr, use_en)}
        if sol != 1:
            v["solution"] = sol
        variants.append(v)
        print("licence use", key, sol)
    B.family(
        "f-3.3-c11286d5",
        "licence-cc-usage-permis",
        5,
        "reuse-and-adaptation",
        "single_choice",
        meta(120, tied=True, review_by="2028-12-31"),
        enemies=["f-3.3-370dda64"],
        material=[
            B.mat(
                "page",
                "licence-{{set}}",
                "html",
                "Détail d’une image dans une photothèque : « Halle aux grains », de Nora Belkacem, licence {{lic}}.",
                "Picture details in a photo library: “Halle aux grains” by Nora Belkacem, licence {{lic}}.",
            )
        ],
        fr_={
            "statement": "Vous voulez utiliser cette image dans {{use}}. D’après sa licence, est-ce permis ?",
            "proposals": props_fr,
        },
        en_={
            "statement": "You want to use this picture in {{use}}. According to its licence, is this allowed?",
            "proposals": props_en,
        },
        solution=1,
        variants=variants,
    )


def r_copied_line() -> None:
    cases = {
        "a": (
            (
                "Les abeilles sauvages assurent une grande part de la pollinisation des cultures, bien plus qu’on ne le pensait il y a vingt ans.",
                "Wild bees carry out a large share of crop pollination, far more than was thought twenty years ago.",
            ),
            [
                (
                    "Les abeilles ne sont pas seulement celles des ruches.",
                    "Bees are not only the ones in hives.",
                ),
                (
                    "Les abeilles sauvages assurent une grande part de la pollinisation des cultures.",
                    "Wild bees carry out a large share of crop pollination.",
                ),
                (
                    "Selon N. Ferreira, « on ne le pensait pas il y a vingt ans » (Sciences & Nature, 2024).",
                    "According to N. Ferreira, “this was not thought twenty years ago” (Sciences & Nature, 2024).",
                ),
                (
                    "Il faut donc protéger les haies et les talus où elles nichent.",
                    "Hedges and banks where they nest must therefore be protected.",
                ),
            ],
            1,
        ),
        "b": (
            (
                "Le vélo à assistance électrique a doublé la distance que les salariés acceptent de parcourir pour aller travailler.",
                "The e-bike has doubled the distance employees are willing to ride to work.",
            ),
            [
                (
                    "Beaucoup de salariés ont changé de moyen de transport.",
                    "Many employees have changed how they travel.",
                ),
                (
                    "D’après une enquête (Mobilités, 2025), les distances à vélo ont « doublé ».",
                    "According to a survey (Mobilités, 2025), cycling distances have “doubled”.",
                ),
                (
                    "Les villes construisent aussi plus de pistes cyclables.",
                    "Towns are also building more cycle lanes.",
                ),
                (
                    "Le vélo à assistance électrique a doublé la distance que les salariés acceptent de parcourir.",
                    "The e-bike has doubled the distance employees are willing to ride.",
                ),
            ],
            3,
        ),
        "c": (
            (
                "Un compost bien mené réduit d’un tiers le poids de la poubelle d’un foyer.",
                "Well-managed compost cuts the weight of a household's bin by a third.",
            ),
            [
                (
                    "Un compost bien mené réduit d’un tiers le poids de la poubelle d’un foyer.",
                    "Well-managed compost cuts the weight of a household's bin by a third.",
                ),
                (
                    "C’est ce qu’explique l’article de L. Marchand paru en 2023.",
                    "This is what L. Marchand's 2023 article explains.",
                ),
                (
                    "Dans notre immeuble, un bac commun a été installé.",
                    "In our building, a shared bin has been installed.",
                ),
                (
                    "Les voisins trient désormais leurs épluchures.",
                    "Neighbours now sort their peelings.",
                ),
            ],
            0,
        ),
        "d": (
            (
                "La lumière artificielle nocturne désoriente les oiseaux migrateurs, qui se guident en partie grâce aux étoiles.",
                "Artificial light at night disorients migrating birds, which partly find their way by the stars.",
            ),
            [
                (
                    "La nuit, nos villes sont très éclairées.",
                    "At night, our towns are brightly lit.",
                ),
                (
                    "Pour J. Okafor, les oiseaux « se guident en partie grâce aux étoiles » (Ornithos, 2022).",
                    "For J. Okafor, birds “partly find their way by the stars” (Ornithos, 2022).",
                ),
                (
                    "La lumière artificielle nocturne désoriente les oiseaux migrateurs.",
                    "Artificial light at night disorients migrating birds.",
                ),
                (
                    "Certaines communes éteignent donc l’éclairage après minuit.",
                    "Some towns therefore switch off street lights after midnight.",
                ),
            ],
            2,
        ),
        "e": (
            (
                "Une heure de vidéo en haute définition regardée en ligne consomme davantage d’énergie qu’une heure de musique en flux.",
                "One hour of HD video watched online uses more energy than one hour of streamed music.",
            ),
            [
                (
                    "Nous passons beaucoup de temps devant des vidéos.",
                    "We spend a lot of time watching videos.",
                ),
                (
                    "Regarder une vidéo, ce n’est pas neutre pour la planète.",
                    "Watching a video is not neutral for the planet.",
                ),
                (
                    "D’après le rapport de S. Lambert (2024), la vidéo « consomme davantage d’énergie ».",
                    "According to S. Lambert's report (2024), video “uses more energy”.",
                ),
                (
                    "Une heure de vidéo en haute définition regardée en ligne consomme davantage d’énergie qu’une heure de musique.",
                    "One hour of HD video watched online uses more energy than one hour of music.",
                ),
            ],
            3,
        ),
    }
    variants = []
    for key, (source, lines, right) in cases.items():
        for li, lang in enumerate(("fr", "en")):
            head = (
                ["SOURCE (article publié, extrait) :", source[li], "", "DEVOIR DE L’ÉLÈVE :"]
                if lang == "fr"
                else ["SOURCE (published article, excerpt):", source[li], "", "PUPIL'S ESSAY:"]
            )
            text = "\n".join([*head, *(ln[li] for ln in lines), ""])
            B.write(f"essay-{key}-{lang}.txt", text)
        target = f"L{5 + right}"
        variants.append({"key": key, "set": key, "target": target})
        print("copied line", key, target)
    pick_family(
        "f-3.3-08412fa7",
        "reprise-sans-guillemets",
        4,
        "reuse-and-adaptation",
        120,
        "essay-{{set}}",
        "Fichier texte : en haut une phrase d’un article source, puis les quatre lignes du devoir d’un élève qui s’en inspire.",
        "Text file: at the top a sentence from a source article, then the four lines of a pupil's essay drawing on it.",
        "Le devoir de l’élève doit respecter le droit de citation. Sélectionnez la ligne du devoir qui reprend la source mot pour mot sans guillemets ni référence.",
        "The pupil's essay must respect the rules of quotation. Select the line of the essay that copies the source word for word with neither quotation marks nor a reference.",
        variants,
        ext="txt",
        tied=True,
        review_by="2028-12-31",
    )


def r_dataset() -> None:
    props_fr = [
        "Oui, à condition de citer la source",
        "Oui, en citant la source et sous la même licence",
        "Non, pas sans l’accord écrit du producteur des données",
        "Oui, librement, sans aucune condition",
    ]
    props_en = [
        "Yes, provided it cites the source",
        "Yes, citing the source and under the same licence",
        "No, not without the data producer's written consent",
        "Yes, freely, with no condition at all",
    ]
    cases = {
        "a": ("Licence Ouverte / Open Licence 2.0", 0),
        "b": ("ODbL 1.0 (Open Database License)", 1),
        "c": ("Tous droits réservés – réutilisation sur demande", 2),
        "d": ("CC BY-SA 4.0", 1),
        "e": ("CC BY 4.0", 0),
    }
    en_lic = {
        "Tous droits réservés – réutilisation sur demande": "All rights reserved – reuse on request"
    }
    variants = []
    for key, (lic, sol) in cases.items():
        for lang, title, rows in (
            (
                "fr",
                "Portail de données – fiche du jeu",
                [
                    ("Jeu de données", "Bornes de recharge de la métropole"),
                    ("Producteur", "Métropole Val-de-Lys"),
                    ("Mise à jour", "3 novembre 2026"),
                    ("Licence", lic),
                ],
            ),
            (
                "en",
                "Data portal – dataset page",
                [
                    ("Dataset", "Charging points of the metropolitan area"),
                    ("Producer", "Métropole Val-de-Lys"),
                    ("Updated", "3 November 2026"),
                    ("Licence", en_lic.get(lic, lic)),
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
            B.write(f"dataset-{key}-{lang}.html", page(lang, title, body))
        v: dict[str, object] = {"key": key, "set": key, "lic": both(lic, en_lic.get(lic, lic))}
        if sol != 1:
            v["solution"] = sol
        variants.append(v)
        print("dataset", key, sol)
    B.family(
        "f-3.3-2d3b6d9a",
        "licence-donnees-reutilisation",
        5,
        "reuse-and-adaptation",
        "single_choice",
        meta(120, tied=True, review_by="2028-12-31"),
        material=[
            B.mat(
                "page",
                "dataset-{{set}}",
                "html",
                "Fiche d’un jeu de données sur un portail : bornes de recharge de la métropole Val-de-Lys, mis à jour le 3 novembre 2026, licence {{lic}}.",
                "Dataset page on a portal: charging points of the Val-de-Lys metropolitan area, updated 3 November 2026, licence {{lic}}.",
            )
        ],
        fr_={
            "statement": "Une entreprise veut enrichir ce jeu de données et intégrer la base obtenue dans une application payante. D’après la licence affichée, le peut-elle ?",
            "proposals": props_fr,
        },
        en_={
            "statement": "A company wants to enrich this dataset and build the resulting database into a paid app. According to the licence shown, may it?",
            "proposals": props_en,
        },
        solution=1,
        variants=variants,
    )


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


# ---------------------------------------------------------------- accessibility


def _lum(hexc: str) -> float:
    def ch(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hexc[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_lum(a), _lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def a_contrast_pick() -> None:
    cases = {
        "a": [
            ("#595959", "#FFFFFF"),
            ("#777777", "#FFFFFF"),
            ("#FFFFFF", "#1F4E79"),
            ("#000000", "#FFD966"),
        ],
        "b": [
            ("#FFFFFF", "#C00000"),
            ("#333333", "#F2F2F2"),
            ("#FFFFFF", "#F08080"),
            ("#1A1A1A", "#FFFFFF"),
        ],
        "c": [
            ("#2E7D32", "#FFFFFF"),
            ("#FFFFFF", "#0B3D91"),
            ("#7A7A7A", "#F5F5F5"),
            ("#000000", "#E6E6E6"),
        ],
        "d": [
            ("#0055A4", "#FFFFFF"),
            ("#FFFFFF", "#2F8F46"),
            ("#222222", "#FAFAFA"),
            ("#5A3E00", "#FFF4D6"),
        ],
        "e": [
            ("#FFFFFF", "#767676"),
            ("#FFFFFF", "#4A4A4A"),
            ("#8A8A8A", "#FFFFFF"),
            ("#003366", "#E8F0F8"),
        ],
    }
    variants = []
    for key, pairs in cases.items():
        ratios = [contrast(a, b) for a, b in pairs]
        bad = [i for i, r in enumerate(ratios) if r < 4.5]
        assert len(bad) == 1, (key, [round(r, 2) for r in ratios])
        picks = [f"k{i + 1}" for i in range(len(pairs))]
        for lang in ("fr", "en"):
            head = (
                ["Texte", "Fond", "Contraste"]
                if lang == "fr"
                else ["Text", "Background", "Contrast"]
            )
            rows = "".join(
                f'<tr data-pick="{p}"><td>{a}</td><td>{b}</td><td>{(f"{r:.2f}".replace(".", ",") if lang == "fr" else f"{r:.2f}")}:1</td></tr>\n'
                for p, (a, b), r in zip(picks, pairs, ratios, strict=True)
            )
            body = (
                "<table><thead><tr>"
                + "".join(f'<th scope="col">{h}</th>' for h in head)
                + f"</tr></thead><tbody>\n{rows}</tbody></table>\n"
            )
            B.write(
                f"contrast-{key}-{lang}.html",
                page(
                    lang, "Vérificateur de contraste" if lang == "fr" else "Contrast checker", body
                ),
            )
        desc_fr = " ; ".join(
            f"{a} sur {b} : {r:.2f}:1".replace(".", ",")
            for (a, b), r in zip(pairs, ratios, strict=True)
        )
        desc_en = "; ".join(
            f"{a} on {b}: {r:.2f}:1" for (a, b), r in zip(pairs, ratios, strict=True)
        )
        variants.append(
            {"key": key, "set": key, "target": picks[bad[0]], "pairs": both(fr(desc_fr), desc_en)}
        )
        print("contrast pick", key, picks[bad[0]], [round(r, 2) for r in ratios])
    B.family(
        "f-3.3-17ea9fe6",
        "contraste-verificateur-seuil",
        4,
        "accessibility",
        "pick",
        meta(120, tied=True, review_by="2028-12-31"),
        enemies=["c-3.3-contrast-ratio-01", "c-3.3-contrast-01"],
        material=[
            B.mat(
                "checker",
                "contrast-{{set}}",
                "html",
                "Résultats d’un vérificateur de contraste pour quatre couleurs de texte et de fond : {{pairs}}.",
                "Results of a contrast checker for four text and background colours: {{pairs}}.",
            )
        ],
        fr_={
            "statement": "Les textes du site sont de taille normale et doivent respecter le niveau AA des WCAG. Sélectionnez la seule combinaison de couleurs qui ne le respecte pas."
        },
        en_={
            "statement": "The website's text is normal-size and must meet WCAG level AA. Select the only colour combination that does not meet it."
        },
        solution={"material": "checker", "accepted": ["{{target}}"]},
        variants=variants,
    )


def a_contrast_compute() -> None:
    cases = {
        "a": ("#1F4E79", "#FFFFFF"),
        "b": ("#FFFFFF", "#C00000"),
        "c": ("#333333", "#FFD966"),
        "d": ("#0B3D91", "#E8F0F8"),
        "e": ("#5A3E00", "#FFF4D6"),
    }
    variants = []
    for key, (t, bg) in cases.items():
        lt, lb = _lum(t), _lum(bg)
        ratio = round(contrast(t, bg), 2)
        for lang, title, lines in (
            (
                "fr",
                "Inspecteur de couleurs",
                [
                    f"Couleur du texte : {t}",
                    f"Luminance relative du texte : {lt:.4f}".replace(".", ","),
                    f"Couleur du fond : {bg}",
                    f"Luminance relative du fond : {lb:.4f}".replace(".", ","),
                ],
            ),
            (
                "en",
                "Colour inspector",
                [
                    f"Text colour: {t}",
                    f"Relative luminance of the text: {lt:.4f}",
                    f"Background colour: {bg}",
                    f"Relative luminance of the background: {lb:.4f}",
                ],
            ),
        ):
            B.write(
                f"inspector-{key}-{lang}.svg",
                svg_panel(title, [(x, None) for x in lines], lang, width=400),
            )
        variants.append(
            {
                "key": key,
                "set": key,
                "t": t,
                "bg": bg,
                "lt": both(f"{lt:.4f}".replace(".", ","), f"{lt:.4f}"),
                "lb": both(f"{lb:.4f}".replace(".", ","), f"{lb:.4f}"),
                "ratio": ratio,
            }
        )
        print("contrast ratio", key, ratio)
    B.family(
        "f-3.3-03577f8c",
        "contraste-calcul-rapport",
        7,
        "accessibility",
        "number",
        meta(240, tied=True, review_by="2028-12-31"),
        enemies=["f-3.3-17ea9fe6", "c-3.3-contrast-ratio-01"],
        material=[
            B.mat(
                "inspector",
                "inspector-{{set}}",
                "svg",
                "Inspecteur de couleurs : texte {{t}} (luminance relative {{lt}}), fond {{bg}} (luminance relative {{lb}}).",
                "Colour inspector: text {{t}} (relative luminance {{lt}}), background {{bg}} (relative luminance {{lb}}).",
            )
        ],
        fr_={
            "statement": "À partir des luminances relatives affichées, calculez le rapport de contraste de ce texte sur ce fond selon la définition des WCAG 2 (deux décimales)."
        },
        en_={
            "statement": "From the relative luminances shown, compute the contrast ratio of this text on this background as defined by WCAG 2 (two decimals)."
        },
        solution={"value": "{{ratio}}", "unit": ":1", "tolerance": 0.05},
        variants=variants,
    )


def a_alt_text() -> None:
    cases = {
        "a": (
            [
                (
                    "Photo de la façade — alt : « Façade de la mairie, entrée principale rue Haute »",
                    "Photo of the front — alt: “Town hall front, main entrance on rue Haute”",
                ),
                (
                    "Graphique — alt : « Fréquentation 2026 : hausse de 12 % par rapport à 2025 »",
                    "Chart — alt: “Attendance 2026: up 12% on 2025”",
                ),
                ("Photo de l’équipe — alt : « IMG_4021.jpg »", "Team photo — alt: “IMG_4021.jpg”"),
                (
                    "Logo de la ville, lien vers l’accueil — alt : « Accueil, ville de Saint-Aubin »",
                    "Town logo linking to the home page — alt: “Home, town of Saint-Aubin”",
                ),
            ],
            2,
        ),
        "b": (
            [
                ("Plan d’accès — alt : « image »", "Access map — alt: “image”"),
                (
                    "Photo du gymnase — alt : « Gymnase Jean-Moulin, entrée côté parking »",
                    "Photo of the gym — alt: “Jean-Moulin gym, entrance by the car park”",
                ),
                (
                    "Affiche du gala — alt : « Gala de danse, samedi 6 juin, 20 h, salle des fêtes »",
                    "Gala poster — alt: “Dance gala, Saturday 6 June, 8 pm, village hall”",
                ),
                (
                    "Icône d’imprimante, bouton Imprimer — alt : « Imprimer la page »",
                    "Printer icon, Print button — alt: “Print the page”",
                ),
            ],
            0,
        ),
        "c": (
            [
                (
                    "Diagramme — alt : « Répartition du budget : 60 % personnel, 25 % locaux, 15 % activités »",
                    "Diagram — alt: “Budget split: 60% staff, 25% premises, 15% activities”",
                ),
                (
                    "Photo de la présidente — alt : « Claire Dumas, présidente de l’association »",
                    "Photo of the chair — alt: “Claire Dumas, chair of the association”",
                ),
                (
                    "Carte des sentiers — alt : « Cliquez pour agrandir »",
                    "Trail map — alt: “Click to enlarge”",
                ),
                (
                    "Logo, lien vers l’accueil — alt : « Accueil, Randos 38 »",
                    "Logo linking to home — alt: “Home, Randos 38”",
                ),
            ],
            2,
        ),
        "d": (
            [
                (
                    "Photo du marché — alt : « Étals du marché couvert le samedi matin »",
                    "Market photo — alt: “Covered market stalls on Saturday morning”",
                ),
                ("Graphique des ventes — alt : « graphique »", "Sales chart — alt: “chart”"),
                (
                    "Bouton loupe du champ de recherche — alt : « Rechercher »",
                    "Magnifier button of the search field — alt: “Search”",
                ),
                (
                    "Photo du chef — alt : « Le chef Karim Aït-Ali dans sa cuisine »",
                    "Photo of the chef — alt: “Chef Karim Aït-Ali in his kitchen”",
                ),
            ],
            1,
        ),
        "e": (
            [
                (
                    "Icône d’enveloppe, lien de contact — alt : « Nous écrire »",
                    "Envelope icon, contact link — alt: “Write to us”",
                ),
                (
                    "Photo de la classe — alt : « Les élèves de CM2 devant le musée »",
                    "Class photo — alt: “Year 6 pupils in front of the museum”",
                ),
                (
                    "Schéma du circuit — alt : « Circuit de 8 km, départ et arrivée à l’église »",
                    "Route diagram — alt: “8 km loop, start and finish at the church”",
                ),
                (
                    "Courbe des températures — alt : « photo1.png »",
                    "Temperature curve — alt: “photo1.png”",
                ),
            ],
            3,
        ),
    }
    v = list_variants(
        "alts",
        (
            "Images de la page et leur texte alternatif",
            "The page's images and their alternative text",
        ),
        {k: (e, r, {}) for k, (e, r) in cases.items()},
    )
    pick_family(
        "f-3.3-5fa5c6c8",
        "texte-alternatif-inutile",
        2,
        "accessibility",
        90,
        "alts-{{set}}",
        "Liste des quatre images porteuses d’information d’une page, avec leur texte alternatif : {{items}}.",
        "List of the four informative images of a page, with their alternative text: {{items}}.",
        "Toutes ces images portent une information. Sélectionnez celle dont le texte alternatif n’apprend rien à une personne qui ne la voit pas.",
        "All these images carry information. Select the one whose alternative text tells nothing to someone who cannot see it.",
        v,
        enemies=["c-3.3-alt-text-01", "c-3.3-decorative-image-01"],
    )


def a_links() -> None:
    cases = {
        "a": (
            [
                (
                    "Télécharger le formulaire d’inscription (PDF, 240 ko)",
                    "Download the registration form (PDF, 240 kB)",
                ),
                ("Horaires d’ouverture de la piscine", "Swimming pool opening hours"),
                ("Cliquez ici", "Click here"),
                ("Contacter le secrétariat", "Contact the office"),
            ],
            2,
        ),
        "b": (
            [
                ("En savoir plus", "Read more"),
                ("Tarifs de la cantine 2026-2027", "School canteen prices 2026-2027"),
                ("Plan d’accès au gymnase", "Map to the gym"),
                ("Règlement intérieur (PDF, 1,2 Mo)", "House rules (PDF, 1.2 MB)"),
            ],
            0,
        ),
        "c": (
            [
                ("Programme des ateliers d’hiver", "Winter workshop programme"),
                ("Inscription à la lettre d’information", "Newsletter sign-up"),
                ("Menus de la semaine", "This week's menus"),
                (
                    "https://www.mairie-exemple.fr/doc?id=4432",
                    "https://www.mairie-exemple.fr/doc?id=4432",
                ),
            ],
            3,
        ),
        "d": (
            [
                ("Calendrier des collectes de déchets", "Waste collection calendar"),
                ("Lien", "Link"),
                ("Demander une carte de bibliothèque", "Apply for a library card"),
                ("Compte rendu du conseil du 12 mai (PDF)", "Minutes of the 12 May council (PDF)"),
            ],
            1,
        ),
        "e": (
            [
                ("Trajets des bus scolaires", "School bus routes"),
                ("Bulletin d’adhésion (PDF, 90 ko)", "Membership form (PDF, 90 kB)"),
                ("Ici", "Here"),
                ("Galerie photos du tournoi", "Tournament photo gallery"),
            ],
            2,
        ),
    }
    v = list_variants(
        "links",
        (
            "Liens de la page, listés par le lecteur d’écran",
            "Links on the page, as listed by the screen reader",
        ),
        {k: (e, r, {}) for k, (e, r) in cases.items()},
    )
    pick_family(
        "f-3.3-ea394999",
        "intitule-lien-hors-contexte",
        3,
        "accessibility",
        90,
        "links-{{set}}",
        "Liste des quatre liens d’une page, tels qu’un lecteur d’écran les annonce hors de leur contexte : {{items}}.",
        "List of the four links of a page, as a screen reader announces them out of context: {{items}}.",
        "Un lecteur d’écran affiche cette liste des liens de la page, sans le texte autour. Sélectionnez le lien dont l’intitulé ne permet pas de savoir où il mène.",
        "A screen reader shows this list of the page's links, without the surrounding text. Select the link whose label does not tell where it leads.",
        v,
        enemies=["f-3.3-0998d341", "c-3.3-accessible-document-01"],
    )


def a_headings() -> None:
    cases = {
        "a": (
            [
                (1, "Rapport d’activité 2026", "Annual report 2026"),
                (2, "Nos actions", "Our work"),
                (3, "Ateliers", "Workshops"),
                (2, "Budget", "Budget"),
                (4, "Dépenses", "Expenses"),
                (2, "Perspectives", "Outlook"),
            ],
            4,
        ),
        "b": (
            [
                (1, "Guide de l’adhérent", "Member's guide"),
                (3, "S’inscrire", "Signing up"),
                (2, "Les activités", "Activities"),
                (3, "Le mercredi", "On Wednesdays"),
                (2, "Contacts", "Contacts"),
            ],
            1,
        ),
        "c": (
            [
                (1, "Projet d’école", "School plan"),
                (2, "Constat", "Findings"),
                (3, "Résultats aux évaluations", "Test results"),
                (3, "Climat scolaire", "School climate"),
                (2, "Objectifs", "Goals"),
                (3, "Lecture", "Reading"),
                (5, "Lecture à voix haute", "Reading aloud"),
            ],
            6,
        ),
        "d": (
            [
                (1, "Compte rendu de réunion", "Meeting minutes"),
                (2, "Présents", "Attendees"),
                (2, "Ordre du jour", "Agenda"),
                (3, "Point 1 : la fête", "Item 1: the party"),
                (3, "Point 2 : le budget", "Item 2: the budget"),
                (2, "Décisions", "Decisions"),
                (4, "Prochaine réunion", "Next meeting"),
            ],
            6,
        ),
        "e": (
            [
                (1, "Règlement du concours", "Competition rules"),
                (2, "Article 1 – Objet", "Article 1 – Purpose"),
                (2, "Article 2 – Participants", "Article 2 – Entrants"),
                (4, "Mineurs", "Minors"),
                (2, "Article 3 – Prix", "Article 3 – Prizes"),
            ],
            3,
        ),
    }
    conv = {}
    for key, (heads, right) in cases.items():
        entries = [(f"Titre {lv} : {t_fr}", f"Heading {lv}: {t_en}") for lv, t_fr, t_en in heads]
        # check: the right entry is the only one jumping more than one level down
        jumps = [i for i in range(1, len(heads)) if heads[i][0] > heads[i - 1][0] + 1]
        if heads[0][0] != 1:
            jumps.insert(0, 0)
        assert jumps == [right], (key, jumps)
        conv[key] = (entries, right, {})
    v = list_variants(
        "outline", ("Navigateur – plan du document", "Navigator – document outline"), conv
    )
    pick_family(
        "f-3.3-0534b60b",
        "hierarchie-titres-saut",
        5,
        "accessibility",
        120,
        "outline-{{set}}",
        "Plan d’un document : ses titres dans l’ordre, avec leur niveau : {{items}}.",
        "Outline of a document: its headings in order, with their level: {{items}}.",
        "Ce plan montre les titres du document et leur niveau, dans l’ordre. Sélectionnez le titre dont le niveau casse la hiérarchie et gêne la navigation avec un lecteur d’écran.",
        "This outline shows the document's headings and their level, in order. Select the heading whose level breaks the hierarchy and hinders navigation with a screen reader.",
        v,
    )


def a_subtitles() -> None:
    limit = 17
    cases = {
        "a": [
            (1.0, 3.5, "Bonjour à toutes et à tous.", "Hello everyone."),
            (3.8, 6.8, "Bienvenue au forum des associations.", "Welcome to the associations fair."),
            (
                7.0,
                8.5,
                "Vous trouverez les stands de sport au fond, à gauche.",
                "You will find the sports stands at the back, on the left, by the exit.",
            ),
            (9.0, 12.0, "Bonne visite !", "Enjoy your visit!"),
        ],
        "b": [
            (0.5, 3.0, "[Musique douce]", "[Soft music]"),
            (
                3.2,
                4.2,
                "La recette est simple mais il faut de la patience.",
                "The recipe is simple but it takes a lot of patience.",
            ),
            (4.5, 7.5, "Commencez par la pâte.", "Start with the dough."),
            (8.0, 11.0, "Laissez-la reposer une heure.", "Let it rest for an hour."),
        ],
        "c": [
            (
                2.0,
                5.0,
                "Ce matin, le marché ouvre plus tôt.",
                "This morning, the market opens earlier.",
            ),
            (5.2, 8.0, "Les producteurs arrivent dès 6 h.", "The growers arrive from 6 am."),
            (8.3, 11.3, "[Cloche de l’église]", "[Church bell]"),
            (
                11.5,
                12.9,
                "Les premiers clients se pressent déjà devant les étals de fruits.",
                "The first customers are already crowding the fruit stalls.",
            ),
        ],
        "d": [
            (
                0.0,
                1.2,
                "Attention : travaux sur la ligne B ce week-end.",
                "Warning: engineering works on line B this weekend.",
            ),
            (1.5, 4.5, "Des bus remplacent les trains.", "Buses replace the trains."),
            (4.8, 7.8, "Prévoyez vingt minutes de plus.", "Allow twenty extra minutes."),
            (8.0, 10.0, "Merci de votre compréhension.", "Thank you for your patience."),
        ],
        "e": [
            (1.0, 4.0, "Le club fête ses cinquante ans.", "The club is fifty years old."),
            (4.2, 7.2, "Anciens et nouveaux sont invités.", "Former and new members are invited."),
            (7.5, 10.5, "[Applaudissements]", "[Applause]"),
            (
                10.8,
                12.0,
                "Rendez-vous samedi à partir de 18 h au gymnase.",
                "See you on Saturday from 6 pm at the gym, everyone.",
            ),
        ],
    }

    def ts(x: float) -> str:
        ms = round(x * 1000)
        return f"00:00:{ms // 1000:02d},{ms % 1000:03d}"

    variants = []
    for key, subs in cases.items():
        fast = []
        for li, lang in enumerate(("fr", "en")):
            lines: list[str] = []
            speeds = []
            for n, s in enumerate(subs, 1):
                text = s[2 + li]
                speeds.append(len(text) / (s[1] - s[0]))
                lines += [str(n), f"{ts(s[0])} --> {ts(s[1])}", text, ""]
            B.write(f"subs-{key}-{lang}.txt", "\n".join(lines))
            over = [i for i, sp in enumerate(speeds) if sp > limit]
            assert len(over) == 1, (key, lang, [round(x, 1) for x in speeds])
            fast.append(over[0])
        assert fast[0] == fast[1]
        i = fast[0]
        # accept the block's number, timing and text lines
        first = 4 * i + 1
        variants.append(
            {
                "key": key,
                "set": key,
                "t1": f"L{first}",
                "t2": f"L{first + 1}",
                "t3": f"L{first + 2}",
            }
        )
        print("subtitles", key, f"block {i + 1} L{first}-L{first + 2}")
    B.family(
        "f-3.3-11d0ba6f",
        "sous-titres-vitesse-lecture",
        6,
        "accessibility",
        "pick",
        meta(240, phone=False),
        enemies=["f-3.3-bd2e5fb0"],
        material=[
            B.mat(
                "subs",
                "subs-{{set}}",
                "txt",
                "Fichier de sous-titres au format SRT : quatre sous-titres, chacun avec son numéro, son heure de début et de fin (heures:minutes:secondes,millisecondes) et son texte.",
                "A subtitle file in SRT format: four subtitles, each with its number, start and end time (hours:minutes:seconds,milliseconds) and text.",
            )
        ],
        fr_={
            "statement": f"La charte de sous-titrage demande au plus {limit} caractères par seconde d’affichage (espaces et ponctuation compris), pour laisser le temps de lire. Sélectionnez une ligne du seul sous-titre qui dépasse cette vitesse."
        },
        en_={
            "statement": f"The subtitling guidelines allow at most {limit} characters per second of display (spaces and punctuation included), to leave time to read. Select a line of the only subtitle that exceeds this speed."
        },
        solution={"material": "subs", "accepted": ["{{t1}}", "{{t2}}", "{{t3}}"]},
        variants=variants,
    )


def a_form_labels() -> None:
    cases = {
        "a": (
            [
                ("Nom — libellé visible « Nom »", "Name — visible label “Name”"),
                (
                    "Courriel — aucun libellé, seulement le texte grisé « ex. : nom@domaine.fr » qui disparaît à la saisie",
                    "E-mail — no label, only the grey hint “e.g. name@domain.fr” that disappears when typing",
                ),
                (
                    "Téléphone — libellé visible « Téléphone (facultatif) »",
                    "Phone — visible label “Phone (optional)”",
                ),
                (
                    "Message — libellé visible « Votre message »",
                    "Message — visible label “Your message”",
                ),
            ],
            1,
        ),
        "b": (
            [
                (
                    "Date de naissance — aucun libellé, seulement le texte grisé « JJ/MM/AAAA » qui disparaît à la saisie",
                    "Date of birth — no label, only the grey hint “DD/MM/YYYY” that disappears when typing",
                ),
                ("Prénom — libellé visible « Prénom »", "First name — visible label “First name”"),
                ("Ville — libellé visible « Ville »", "Town — visible label “Town”"),
                (
                    "Code postal — libellé visible « Code postal »",
                    "Postcode — visible label “Postcode”",
                ),
            ],
            0,
        ),
        "c": (
            [
                (
                    "Identifiant — libellé visible « Identifiant »",
                    "User name — visible label “User name”",
                ),
                (
                    "Mot de passe — libellé visible « Mot de passe »",
                    "Password — visible label “Password”",
                ),
                (
                    "Rester connecté — case à cocher avec le libellé « Rester connecté »",
                    "Stay signed in — checkbox labelled “Stay signed in”",
                ),
                (
                    "Code reçu par SMS — aucun libellé, seulement le texte grisé « 6 chiffres » qui disparaît à la saisie",
                    "Code received by text — no label, only the grey hint “6 digits” that disappears when typing",
                ),
            ],
            3,
        ),
        "d": (
            [
                (
                    "Nombre de places — libellé visible « Nombre de places »",
                    "Number of seats — visible label “Number of seats”",
                ),
                (
                    "Adresse — libellé visible « Adresse postale »",
                    "Address — visible label “Postal address”",
                ),
                (
                    "Recherche — aucun libellé, seulement le texte grisé « Rechercher un spectacle… » qui disparaît à la saisie",
                    "Search — no label, only the grey hint “Search for a show…” that disappears when typing",
                ),
                (
                    "Courriel — libellé visible « Adresse électronique »",
                    "E-mail — visible label “E-mail address”",
                ),
            ],
            2,
        ),
        "e": (
            [
                (
                    "Numéro d’adhérent — libellé visible « N° d’adhérent »",
                    "Member number — visible label “Member no.”",
                ),
                (
                    "Montant — aucun libellé, seulement le texte grisé « 0,00 € » qui disparaît à la saisie",
                    "Amount — no label, only the grey hint “€0.00” that disappears when typing",
                ),
                (
                    "Commentaire — libellé visible « Commentaire »",
                    "Comment — visible label “Comment”",
                ),
                (
                    "Reçu fiscal — case à cocher avec le libellé « Je veux un reçu »",
                    "Tax receipt — checkbox labelled “I want a receipt”",
                ),
            ],
            1,
        ),
    }
    v = list_variants(
        "form",
        ("Champs du formulaire", "Form fields"),
        {k: (e, r, {}) for k, (e, r) in cases.items()},
    )
    pick_family(
        "f-3.3-23b91fec",
        "formulaire-libelle-absent",
        3,
        "accessibility",
        90,
        "form-{{set}}",
        "Description des quatre champs d’un formulaire en ligne et de leur libellé : {{items}}.",
        "Description of the four fields of an online form and their label: {{items}}.",
        "Ce formulaire doit être utilisable par tous, y compris avec un lecteur d’écran ou par une personne qui oublie vite une consigne. Sélectionnez le champ mal conçu.",
        "This form must be usable by everyone, including with a screen reader or by someone who quickly forgets an instruction. Select the badly designed field.",
        v,
    )


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


def p_upload_limit() -> None:
    cases = {
        "a": (
            2,
            [
                ("CV_Martin.docx", "DOCX", 0.4),
                ("CV_Martin_scan.jpg", "JPEG", 1.6),
                ("CV_Martin.pdf", "PDF", 1.1),
                ("CV_Martin_photos.pdf", "PDF", 3.8),
            ],
        ),
        "b": (
            5,
            [
                ("dossier-bourse.pdf", "PDF", 7.2),
                ("dossier-bourse.odt", "ODT", 2.9),
                ("dossier-bourse-leger.pdf", "PDF", 4.6),
                ("dossier-bourse.png", "PNG", 4.1),
            ],
        ),
        "c": (
            1,
            [
                ("attestation.pdf", "PDF", 0.8),
                ("attestation.heic", "HEIC", 0.6),
                ("attestation_couleur.pdf", "PDF", 1.4),
                ("attestation.docx", "DOCX", 0.2),
            ],
        ),
        "d": (
            10,
            [
                ("memoire.pages", "Pages", 6.5),
                ("memoire_final.pdf", "PDF", 12.3),
                ("memoire.docx", "DOCX", 8.1),
                ("memoire_compresse.pdf", "PDF", 9.4),
            ],
        ),
        "e": (
            3,
            [
                ("justificatif.jpg", "JPEG", 2.2),
                ("justificatif.pdf", "PDF", 3.4),
                ("justificatif_150ppp.pdf", "PDF", 0.9),
                ("justificatif.odt", "ODT", 0.5),
            ],
        ),
    }
    variants = []
    for key, (limit, files) in cases.items():
        picks = [f"d{i + 1}" for i in range(len(files))]
        ok = [i for i, (_, f, s) in enumerate(files) if f == "PDF" and s <= limit]
        assert len(ok) == 1, key
        for lang in ("fr", "en"):
            head = ["Fichier", "Format", "Taille"] if lang == "fr" else ["File", "Format", "Size"]
            unit = "Mo" if lang == "fr" else "MB"
            rows = "".join(
                f'<tr data-pick="{p}"><th scope="row">{n}</th><td>{f}</td><td>{(f"{s:g}".replace(".", ",") if lang == "fr" else f"{s:g}")} {unit}</td></tr>\n'
                for p, (n, f, s) in zip(picks, files, strict=True)
            )
            body = (
                "<table><thead><tr>"
                + "".join(f'<th scope="col">{h}</th>' for h in head)
                + f"</tr></thead><tbody>\n{rows}</tbody></table>\n"
            )
            B.write(
                f"uploads-{key}-{lang}.html",
                page(lang, "Mes fichiers" if lang == "fr" else "My files", body),
            )
        variants.append(
            {
                "key": key,
                "set": key,
                "limit": limit,
                "target": picks[ok[0]],
                "files": both(
                    " ; ".join(f"{n} ({f}, {str(s).replace('.', ',')} Mo)" for n, f, s in files),
                    "; ".join(f"{n} ({f}, {s:g} MB)" for n, f, s in files),
                ),
            }
        )
        print("upload", key, picks[ok[0]])
    pick_family(
        "f-3.3-39282dee",
        "depot-format-taille",
        2,
        "audience-and-purpose",
        90,
        "uploads-{{set}}",
        "Liste de quatre fichiers avec leur format et leur taille : {{files}}.",
        "A list of four files with their format and size: {{files}}.",
        "Le formulaire en ligne n’accepte qu’un seul fichier, au format PDF, de {{limit}} Mo au maximum. Sélectionnez le fichier à déposer.",
        "The online form only accepts one file, in PDF format, of at most {{limit}} MB. Select the file to upload.",
        variants,
        enemies=["c-3.3-pdf-cv-01"],
    )


def p_banner_pixels() -> None:
    cases = {
        "a": (1200, 420, 2),
        "b": (800, 450, 2),
        "c": (960, 320, 1.5),
        "d": (600, 300, 3),
        "e": (1440, 360, 2),
    }
    variants = []
    for key, (w, h, k) in cases.items():
        ww, hh = round(w * k), round(h * k)
        k_fr = f"{k:g}".replace(".", ",")
        for lang, title, rows in (
            (
                "fr",
                "Charte du site – images de bandeau",
                [
                    f"Zone d’affichage : {w} × {h} px (CSS)",
                    f"Écrans haute densité : fournir l’image à {k_fr} fois la taille d’affichage",
                    "Format : JPEG ou WebP",
                    "Poids maximal : 400 ko",
                ],
            ),
            (
                "en",
                "Website guidelines – banner images",
                [
                    f"Display area: {w} × {h} px (CSS)",
                    f"High-density screens: supply the image at {k:g} times the display size",
                    "Format: JPEG or WebP",
                    "Maximum weight: 400 kB",
                ],
            ),
        ):
            body = "<ul>\n" + "".join(f"<li>{html.escape(r)}</li>\n" for r in rows) + "</ul>\n"
            B.write(f"charter-{key}-{lang}.html", page(lang, title, body))
        variants.append(
            {"key": key, "set": key, "w": w, "h": h, "k": both(k_fr, f"{k:g}"), "ww": ww, "hh": hh}
        )
        print("banner", key, ww, hh)
    B.family(
        "f-3.3-5976b60a",
        "image-bandeau-densite",
        4,
        "audience-and-purpose",
        "fields",
        meta(120),
        enemies=["c-3.3-web-image-01"],
        material=[
            B.mat(
                "charter",
                "charter-{{set}}",
                "html",
                "Charte d’un site pour les images de bandeau : zone d’affichage {{w}} × {{h}} px, image à fournir à {{k}} fois cette taille pour les écrans haute densité, JPEG ou WebP, 400 ko au plus.",
                "A website's guidelines for banner images: display area {{w}} × {{h}} px, image to supply at {{k}} times that size for high-density screens, JPEG or WebP, at most 400 kB.",
            )
        ],
        fr_={
            "statement": "Vous préparez une image de bandeau pour ce site. D’après sa charte, quelles dimensions doit avoir le fichier ?",
            "fields": {"w": "Largeur (px)", "h": "Hauteur (px)"},
        },
        en_={
            "statement": "You are preparing a banner image for this website. According to its guidelines, what size must the file be?",
            "fields": {"w": "Width (px)", "h": "Height (px)"},
        },
        solution={
            "w": {"number": {"value": "{{ww}}", "unit": "px", "tolerance": 1}},
            "h": {"number": {"value": "{{hh}}", "unit": "px", "tolerance": 1}},
        },
        variants=variants,
    )


def p_scale() -> None:
    sizes = {
        "A2": (420, 594),
        "A3": (297, 420),
        "A4": (210, 297),
        "A5": (148, 210),
        "A6": (105, 148),
    }
    cases = {
        "a": ("A4", "A3"),
        "b": ("A3", "A4"),
        "c": ("A4", "A2"),
        "d": ("A4", "A6"),
        "e": ("A5", "A2"),
    }
    variants = []
    for key, (src, dst) in cases.items():
        pct = round(sizes[dst][0] / sizes[src][0] * 100, 1)
        variants.append({"key": key, "src": src, "dst": dst, "pct": pct})
        print("scale", key, pct)
    B.family(
        "f-3.3-d3000800",
        "echelle-changement-format",
        5,
        "audience-and-purpose",
        "number",
        meta(120),
        fr_={
            "statement": "Un document conçu au format {{src}} doit être imprimé sur une feuille {{dst}}, en gardant ses proportions et en occupant toute la feuille. Quel taux de mise à l’échelle indiquez-vous à l’imprimante, en pourcentage ? (Les formats A ont tous les mêmes proportions ; A4 = 210 × 297 mm, et chaque format suivant est la moitié du précédent.)"
        },
        en_={
            "statement": "A document designed in {{src}} format must be printed on an {{dst}} sheet, keeping its proportions and filling the whole sheet. What scaling rate do you give the printer, as a percentage? (All A formats have the same proportions; A4 = 210 × 297 mm, and each next format is half the previous one.)"
        },
        solution={"value": "{{pct}}", "unit": "%", "tolerance": 1.5},
        variants=variants,
        enemies=["f-1.3-1fb1e29a", "f-2.3-10bd3f79"],  # their key is 210, printed here (A4 width)
    )


def main() -> None:
    for f in (
        c_footer,
        c_rights_holder,
        lambda: c_public_domain(False),
        lambda: c_public_domain(True),
        c_credit,
    ):
        f()
    B.save("copyright.yaml")
    for f in (r_licence_use, r_copied_line, r_dataset):
        f()
    B.save("reuse-and-adaptation.yaml")
    for f in (e_menu, e_paper_pixels, e_pdf_options, e_page_range):
        f()
    B.save("export-formats.yaml")
    for f in (
        a_contrast_pick,
        a_contrast_compute,
        a_alt_text,
        a_links,
        a_form_labels,
        a_headings,
        a_subtitles,
    ):
        f()
    B.save("accessibility.yaml")
    for f in (p_preview, p_print_dialog, p_versions, p_upload_limit, p_banner_pixels, p_scale):
        f()
    B.save("audience-and-purpose.yaml")


if __name__ == "__main__":
    main()
