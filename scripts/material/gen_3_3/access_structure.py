# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module access_structure (a_links, a_headings): each writes its material under
assessment/items/3.3/material/ and adds its family to the bank B; keys are computed and printed.
"""

from __future__ import annotations

from .kit import list_variants, pick_family


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
