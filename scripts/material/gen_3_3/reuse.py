# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module reuse (r_licence_use, r_copied_line, r_dataset): each writes its material
under assessment/items/3.3/material/ and adds its family to the bank B; keys are computed and
printed.
"""

from __future__ import annotations

import html

from .kit import B, both, meta, page, pick_family

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
