# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.1 material on sources cited: the link to the original source of a figure (f15), an article
that distorts the study it cites (f24).
"""

from __future__ import annotations

import html

from .kit import LANGS, page, write

# f15 — the link to the original source of a figure (level 4)
SOURCED = {
    "a": (
        ("38 % des ados dorment moins de 7 heures", "38% of teenagers sleep under 7 hours"),
        ("l’Observatoire du sommeil", "the Sleep Observatory"),
        [
            ("l3", ("comme le rapporte aussi Info-Matin", "as Info-Matin also reports")),
            ("l1", ("le site de l’Observatoire du sommeil", "the Sleep Observatory website")),
            (
                "l5",
                (
                    "l’enquête 2026 de l’Observatoire (rapport complet, PDF)",
                    "the Observatory's 2026 survey (full report, PDF)",
                ),
            ),
            ("l2", ("une publication virale sur un réseau social", "a viral social media post")),
        ],
        "l5",
    ),
    "b": (
        ("Un foyer sur cinq composte ses déchets", "One household in five composts its waste"),
        ("l’Agence régionale des déchets", "the Regional Waste Agency"),
        [
            (
                "l4",
                (
                    "l’étude de l’Agence régionale des déchets (résultats détaillés)",
                    "the Regional Waste Agency study (detailed results)",
                ),
            ),
            (
                "l6",
                (
                    "notre article de l’an dernier sur le compost",
                    "our article on compost from last year",
                ),
            ),
            ("l2", ("la page d’accueil de l’Agence", "the Agency's home page")),
            ("l1", ("un forum de jardiniers qui en parle", "a gardeners' forum discussing it")),
        ],
        "l4",
    ),
    "c": (
        ("Les trajets à vélo ont augmenté de 12 %", "Bike trips are up 12%"),
        ("le Club des villes cyclables", "the Cycling Towns Club"),
        [
            (
                "l2",
                (
                    "l’article d’un confrère qui cite ce chiffre",
                    "a fellow newspaper's article quoting this figure",
                ),
            ),
            ("l6", ("une vidéo d’un influenceur vélo", "a video by a cycling influencer")),
            (
                "l5",
                (
                    "la page d’accueil du Club des villes cyclables",
                    "the Cycling Towns Club home page",
                ),
            ),
            (
                "l3",
                (
                    "le baromètre 2026 du Club, avec sa méthode de comptage",
                    "the Club's 2026 barometer, with its counting method",
                ),
            ),
        ],
        "l3",
    ),
    "d": (
        (
            "Le prix moyen d’un repas à la cantine atteint 3,80 €",
            "An average canteen meal now costs €3.80",
        ),
        ("la Fédération des parents d’élèves", "the Parents' Federation"),
        [
            ("l1", ("un sondage en ligne de notre site", "an online poll on our site")),
            ("l4", ("la page Facebook d’un parent", "a parent's Facebook page")),
            (
                "l6",
                (
                    "l’enquête de la Fédération (tableau par département)",
                    "the Federation's survey (table by county)",
                ),
            ),
            ("l5", ("le communiqué d’un autre journal", "another newspaper's news release")),
        ],
        "l6",
    ),
}


def build_sourced() -> None:
    for key, (title, org, links, _t) in SOURCED.items():
        for i, lang in enumerate(LANGS):
            lis = "".join(
                f'<li><a href="#" data-pick="{k}">{html.escape(t[i])}</a></li>' for k, t in links
            )
            intro = (
                f"Selon {org[0]}, le chiffre est en hausse. Pour en savoir plus :",
                f"According to {org[1]}, the figure is rising. To find out more:",
            )[i]
            write(
                f"sourced-{key}-{lang}.html",
                page(
                    lang,
                    title[i],
                    f"<article><h1>{html.escape(title[i])}</h1>"
                    f"<p>{html.escape(intro)}</p><ul>{lis}</ul></article>",
                ),
            )


# f24 — an article that distorts the study it cites (level 7)
STUDIES = {
    "a": (
        [
            (
                "Étude menée en 2026 auprès de 1 500 personnes de 15 à 24 ans.",
                "Study carried out in 2026 with 1,500 people aged 15 to 24.",
            ),
            (
                "41 % déclarent s’informer d’abord par les réseaux sociaux.",
                "41% say they get their news mainly from social media.",
            ),
            ("Ce chiffre était de 35 % en 2023.", "The figure was 35% in 2023."),
            (
                "27 % disent vérifier une information douteuse avant de la partager.",
                "27% say they check doubtful news before sharing it.",
            ),
        ],
        [
            (
                "t1",
                (
                    "Une enquête menée cette année a interrogé 1 500 jeunes.",
                    "A survey carried out this year questioned 1,500 young people.",
                ),
            ),
            (
                "t2",
                (
                    "Résultat : 41 % des Français s’informent d’abord sur les réseaux sociaux.",
                    "Result: 41% of French people get their news mainly from social media.",
                ),
            ),
            (
                "t3",
                ("C’est six points de plus qu’en 2023.", "That is six points more than in 2023."),
            ),
            (
                "t4",
                (
                    "Un peu plus d’un quart vérifient avant de partager.",
                    "Just over a quarter check before sharing.",
                ),
            ),
        ],
        "t2",
    ),
    "b": (
        [
            ("Suivi de 800 adultes pendant deux ans.", "800 adults followed for two years."),
            (
                "Ceux qui marchent plus de 30 minutes par jour dorment en moyenne 20 minutes de plus.",
                "Those who walk more than 30 minutes a day sleep 20 minutes longer on average.",
            ),
            (
                "L’étude observe une association ; elle ne permet pas de conclure à une cause.",
                "The study observes an association; it does not show a cause.",
            ),
            ("Financement : fonds public de recherche.", "Funding: public research fund."),
        ],
        [
            (
                "t3",
                (
                    "Des chercheurs ont suivi 800 adultes pendant deux ans.",
                    "Researchers followed 800 adults for two years.",
                ),
            ),
            (
                "t1",
                (
                    "Ceux qui marchent plus d’une demi-heure par jour dorment 20 minutes de plus.",
                    "Those who walk more than half an hour a day sleep 20 minutes longer.",
                ),
            ),
            (
                "t4",
                (
                    "La preuve que la marche fait mieux dormir.",
                    "Proof that walking makes you sleep better.",
                ),
            ),
            (
                "t2",
                (
                    "L’étude a été financée par un fonds public.",
                    "The study was funded by a public fund.",
                ),
            ),
        ],
        "t4",
    ),
    "c": (
        [
            (
                "Enquête auprès de 2 000 foyers de la région Grand Est.",
                "Survey of 2,000 households in the Grand Est region.",
            ),
            (
                "18 % ont changé de fournisseur d’accès à Internet en 2025.",
                "18% changed internet provider in 2025.",
            ),
            (
                "Motif principal : le prix (62 % de ceux qui ont changé).",
                "Main reason: price (62% of those who changed).",
            ),
            ("Marge d’erreur : ± 2 points.", "Margin of error: ± 2 points."),
        ],
        [
            (
                "t2",
                (
                    "Une enquête a interrogé 2 000 foyers du Grand Est.",
                    "A survey questioned 2,000 households in the Grand Est.",
                ),
            ),
            (
                "t4",
                (
                    "18 % d’entre eux ont changé de fournisseur d’accès en 2025.",
                    "18% of them changed internet provider in 2025.",
                ),
            ),
            (
                "t1",
                (
                    "Pour 62 % des foyers de la région, le prix est le premier critère.",
                    "For 62% of households in the region, price is the first criterion.",
                ),
            ),
            ("t3", ("La marge d’erreur est de deux points.", "The margin of error is two points.")),
        ],
        "t1",
    ),
    "d": (
        [
            (
                "Test de 12 applications de rappel de médicaments, en mars 2026.",
                "Test of 12 medication reminder apps, in March 2026.",
            ),
            (
                "3 applications envoient des données de santé à des tiers sans le dire clairement.",
                "3 apps send health data to third parties without saying so clearly.",
            ),
            (
                "Les 9 autres ne partagent aucune donnée de santé.",
                "The other 9 share no health data.",
            ),
            ("Le rapport ne nomme pas les applications.", "The report does not name the apps."),
        ],
        [
            (
                "t4",
                (
                    "Une association a testé 12 applications de rappel de médicaments.",
                    "An association tested 12 medication reminder apps.",
                ),
            ),
            (
                "t1",
                (
                    "Un quart d’entre elles envoient des données de santé à des tiers.",
                    "A quarter of them send health data to third parties.",
                ),
            ),
            (
                "t3",
                (
                    "Les trois quarts ne partagent aucune donnée de santé.",
                    "Three quarters share no health data.",
                ),
            ),
            (
                "t2",
                (
                    "Le rapport cite les noms des applications en cause.",
                    "The report names the apps concerned.",
                ),
            ),
        ],
        "t2",
    ),
}


def build_studies() -> None:
    for key, (study, article, _t) in STUDIES.items():
        for i, lang in enumerate(LANGS):
            lis = "".join(f"<li>{html.escape(s[i])}</li>" for s in study)
            write(
                f"study-{key}-{lang}.html",
                page(
                    lang,
                    "study",
                    f"<h1>{('Résumé de l’étude', 'Study abstract')[i]}</h1><ul>{lis}</ul>",
                ),
            )
            ps = " ".join(f'<span data-pick="{k}">{html.escape(s[i])}</span>' for k, s in article)
            write(
                f"report-{key}-{lang}.html",
                page(
                    lang,
                    "article",
                    f"<h1>{('Article de presse', 'News article')[i]}</h1><p>{ps}</p>",
                ),
            )
