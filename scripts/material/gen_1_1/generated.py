# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.1 material on AI-generated text: an assistant's answer against the official page (f17), a
generated summary that adds something (f20).
"""

from __future__ import annotations

import html

from .kit import LANGS, page, write

# f17 — an assistant's answer against the official page (level 5)
FACILITIES = {
    "a": (
        ("Médiathèque de Villebois", "Villebois library"),
        [
            ("Mardi, jeudi, vendredi : 14 h – 19 h", "Tuesday, Thursday, Friday: 2 pm – 7 pm"),
            ("Mercredi et samedi : 10 h – 18 h", "Wednesday and Saturday: 10 am – 6 pm"),
            ("Fermée le dimanche et le lundi", "Closed on Sunday and Monday"),
            ("Prêt : 10 documents pour 4 semaines", "Loans: 10 items for 4 weeks"),
        ],
        [
            (
                "s1",
                (
                    "La médiathèque de Villebois est ouverte du mardi au samedi.",
                    "Villebois library is open Tuesday to Saturday.",
                ),
            ),
            ("s2", ("Le samedi, elle ouvre à 10 h.", "On Saturday it opens at 10 am.")),
            (
                "s3",
                ("Vous pouvez emprunter jusqu’à 10 documents.", "You can borrow up to 10 items."),
            ),
            ("s4", ("La durée du prêt est de 3 semaines.", "The loan period is 3 weeks.")),
            ("s5", ("Elle est fermée le lundi.", "It is closed on Monday.")),
        ],
        "s4",
    ),
    "b": (
        ("Piscine des Tilleuls", "Les Tilleuls pool"),
        [
            (
                "Lundi au vendredi : 12 h – 14 h et 17 h – 20 h",
                "Monday to Friday: 12 noon – 2 pm and 5 pm – 8 pm",
            ),
            ("Samedi : 9 h – 12 h", "Saturday: 9 am – 12 noon"),
            ("Fermée le dimanche", "Closed on Sunday"),
            ("Entrée : 3,50 € ; moins de 12 ans : 2 €", "Entry: €3.50; under 12: €2"),
        ],
        [
            ("s3", ("La piscine ouvre le samedi matin.", "The pool opens on Saturday morning.")),
            (
                "s5",
                (
                    "Elle est ouverte le dimanche de 9 h à 12 h.",
                    "It is open on Sunday from 9 am to 12 noon.",
                ),
            ),
            ("s1", ("L’entrée adulte coûte 3,50 €.", "Adult entry costs €3.50.")),
            ("s4", ("Les moins de 12 ans paient 2 €.", "Under-12s pay €2.")),
            ("s2", ("En semaine, elle ouvre à midi.", "On weekdays it opens at noon.")),
        ],
        "s5",
    ),
    "c": (
        ("Déchetterie du Moulin", "Le Moulin recycling centre"),
        [
            ("Ouverte du lundi au samedi, 9 h – 17 h", "Open Monday to Saturday, 9 am – 5 pm"),
            ("Accès gratuit avec la carte d’habitant", "Free access with the resident card"),
            ("Pneus et amiante refusés", "Tyres and asbestos refused"),
            ("Gravats : 1 m³ par jour au maximum", "Rubble: 1 m³ per day at most"),
        ],
        [
            (
                "s2",
                (
                    "L’accès est gratuit avec la carte d’habitant.",
                    "Access is free with the resident card.",
                ),
            ),
            (
                "s4",
                ("Elle ouvre à 9 h du lundi au samedi.", "It opens at 9 am Monday to Saturday."),
            ),
            (
                "s1",
                ("Vous pouvez y déposer vos vieux pneus.", "You can leave your old tyres there."),
            ),
            (
                "s5",
                ("Les gravats sont limités à 1 m³ par jour.", "Rubble is limited to 1 m³ per day."),
            ),
            ("s3", ("Elle ferme à 17 h.", "It closes at 5 pm.")),
        ],
        "s1",
    ),
    "d": (
        ("Mairie annexe des Prés", "Les Prés town hall annex"),
        [
            ("Lundi au vendredi : 8 h 30 – 12 h", "Monday to Friday: 8:30 am – 12 noon"),
            ("Jeudi : aussi 14 h – 18 h", "Thursday: also 2 pm – 6 pm"),
            (
                "Cartes d’identité : sur rendez-vous uniquement",
                "Identity cards: by appointment only",
            ),
            ("Fermée le samedi", "Closed on Saturday"),
        ],
        [
            (
                "s5",
                (
                    "La mairie annexe ouvre à 8 h 30 en semaine.",
                    "The annex opens at 8:30 am on weekdays.",
                ),
            ),
            (
                "s2",
                (
                    "Le jeudi, elle est aussi ouverte l’après-midi.",
                    "On Thursday it is also open in the afternoon.",
                ),
            ),
            ("s4", ("Elle est fermée le samedi.", "It is closed on Saturday.")),
            (
                "s1",
                (
                    "Les cartes d’identité sont faites sur rendez-vous.",
                    "Identity cards are done by appointment.",
                ),
            ),
            ("s3", ("Elle ferme à 12 h le jeudi.", "It closes at noon on Thursday.")),
        ],
        "s3",
    ),
}


def build_facilities() -> None:
    for key, (name, facts, sentences, _t) in FACILITIES.items():
        for i, lang in enumerate(LANGS):
            lis = "".join(f"<li>{html.escape(f[i])}</li>" for f in facts)
            write(
                f"official-page-{key}-{lang}.html",
                page(
                    lang,
                    name[i],
                    f"<h1>{html.escape(name[i])}</h1>"
                    f"<p>{('Page officielle — informations pratiques', 'Official page — practical information')[i]}</p><ul>{lis}</ul>",
                ),
            )
            spans = " ".join(
                f'<span data-pick="{k}">{html.escape(s[i])}</span>' for k, s in sentences
            )
            write(
                f"assistant-{key}-{lang}.html",
                page(
                    lang,
                    "assistant",
                    f"<p><b>{('Vous', 'You')[i]} :</b> "
                    f"{html.escape(('Quelles sont les informations pratiques de : ', 'What is the practical information for: ')[i] + name[i])} ?</p>"
                    f"<p><b>{('Assistant IA', 'AI assistant')[i]} :</b> {spans}</p>",
                ),
            )


# f20 — a generated summary that adds something (level 6): pick the line
SUMMARIES = {
    "a": (
        [
            (
                "Le conseil municipal de Villebois s’est réuni le 3 février.",
                "Villebois town council met on 3 February.",
            ),
            (
                "Il a voté la rénovation de la salle des fêtes, pour 420 000 €.",
                "It voted to renovate the village hall, for €420,000.",
            ),
            (
                "Les travaux commenceront en septembre et dureront huit mois.",
                "Work will start in September and last eight months.",
            ),
            (
                "Pendant les travaux, les associations iront au gymnase.",
                "During the works, clubs will use the gym.",
            ),
            ("Le vote a été adopté par 21 voix contre 6.", "The motion passed by 21 votes to 6."),
        ],
        [
            (
                "Le conseil a voté la rénovation de la salle des fêtes (420 000 €).",
                "The council voted to renovate the village hall (€420,000).",
            ),
            (
                "Les travaux débuteront en septembre pour huit mois.",
                "Work starts in September for eight months.",
            ),
            (
                "La rénovation est financée par une hausse des impôts locaux.",
                "The renovation is funded by a rise in local taxes.",
            ),
            ("Les associations seront accueillies au gymnase.", "Clubs will be hosted in the gym."),
            ("Le vote a recueilli 21 voix pour et 6 contre.", "The vote was 21 for and 6 against."),
        ],
        2,
    ),
    "b": (
        [
            (
                "La ligne de bus 7 sera prolongée jusqu’à la gare le 1er mars.",
                "Bus line 7 will be extended to the station on 1 March.",
            ),
            (
                "Elle passera toutes les 15 minutes aux heures de pointe.",
                "It will run every 15 minutes at peak times.",
            ),
            (
                "Le dimanche, un bus passera toutes les 40 minutes.",
                "On Sunday, a bus will run every 40 minutes.",
            ),
            ("Trois nouveaux arrêts sont créés.", "Three new stops are created."),
            ("Le prix du ticket ne change pas.", "The ticket price does not change."),
        ],
        [
            (
                "La ligne 7 ira jusqu’à la gare à partir du 1er mars.",
                "Line 7 will reach the station from 1 March.",
            ),
            (
                "Aux heures de pointe, un bus passera toutes les 15 minutes.",
                "At peak times a bus will run every 15 minutes.",
            ),
            ("Trois arrêts s’ajoutent au parcours.", "Three stops are added to the route."),
            ("Le prix du ticket reste le même.", "The ticket price stays the same."),
            (
                "La ligne sera désormais desservie par des bus électriques.",
                "The line will now be served by electric buses.",
            ),
        ],
        4,
    ),
    "c": (
        [
            (
                "Une enquête a interrogé 1 200 lycéens de la région en mai.",
                "A survey asked 1,200 high-school pupils in the region in May.",
            ),
            (
                "62 % disent utiliser un assistant d’IA pour leurs devoirs.",
                "62% say they use an AI assistant for homework.",
            ),
            (
                "Parmi eux, un tiers vérifie les réponses dans une autre source.",
                "Of these, a third check the answers in another source.",
            ),
            (
                "Les filles déclarent un usage un peu plus fréquent.",
                "Girls report slightly more frequent use.",
            ),
            ("L’enquête a été menée en ligne.", "The survey was carried out online."),
        ],
        [
            (
                "En mai, 1 200 lycéens de la région ont été interrogés en ligne.",
                "In May, 1,200 high-school pupils in the region were surveyed online.",
            ),
            (
                "62 % utilisent un assistant d’IA pour leurs devoirs, ce qui fait baisser leurs notes.",
                "62% use an AI assistant for homework, which lowers their marks.",
            ),
            (
                "Un tiers de ces utilisateurs vérifie les réponses ailleurs.",
                "A third of these users check answers elsewhere.",
            ),
            (
                "Les filles en font un usage légèrement plus fréquent.",
                "Girls use it slightly more often.",
            ),
        ],
        1,
    ),
    "d": (
        [
            (
                "Le festival de musique du lac aura lieu du 10 au 12 juillet.",
                "The lake music festival runs from 10 to 12 July.",
            ),
            ("Vingt groupes joueront sur deux scènes.", "Twenty bands will play on two stages."),
            ("Le pass trois jours coûte 45 €.", "The three-day pass costs €45."),
            (
                "Une navette gratuite partira de la gare.",
                "A free shuttle will leave from the station.",
            ),
            (
                "L’an dernier, le festival a accueilli 9 000 personnes.",
                "Last year the festival drew 9,000 people.",
            ),
        ],
        [
            (
                "Le festival se tiendra du 10 au 12 juillet au bord du lac.",
                "The festival runs from 10 to 12 July by the lake.",
            ),
            ("L’an dernier, il avait attiré 9 000 personnes.", "Last year it drew 9,000 people."),
            (
                "Vingt groupes se produiront sur deux scènes.",
                "Twenty bands will play on two stages.",
            ),
            ("Le pass trois jours est à 45 €.", "The three-day pass is €45."),
            (
                "Une navette gratuite relie la gare au site.",
                "A free shuttle links the station to the site.",
            ),
            ("Les billets sont déjà presque épuisés.", "Tickets are already almost sold out."),
        ],
        5,
    ),
}


def build_summaries() -> None:
    for key, (source, summary, bad) in SUMMARIES.items():
        for i, lang in enumerate(LANGS):
            lines = [
                ("TEXTE SOURCE", "SOURCE TEXT")[i],
                *(s[i] for s in source),
                "",
                ("RÉSUMÉ GÉNÉRÉ PAR UN ASSISTANT D’IA", "SUMMARY GENERATED BY AN AI ASSISTANT")[i],
            ]
            target = f"L{len(lines) + 1 + bad}"
            lines += [s[i] for s in summary]
            write(f"summary-{key}-{lang}.txt", "\n".join(lines) + "\n")
        print("summary", key, target)
