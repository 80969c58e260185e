"""3.1 material, module setups: build_setups, PASSAGES, build_passages, OUTLINES, OUTLINES_EN,
build_outlines, EDITOR_ORDER, EDITOR_AREAS, …. Writes its pages and text files under
assessment/items/3.1/material/.
"""

from __future__ import annotations

from html import escape

from .kit import SETUPS, num, write


def build_setups() -> None:
    for key, (orient, left, right, top, bottom) in SETUPS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            o = orient if fr else {"portrait": "portrait", "paysage": "landscape"}[orient]
            rows = [
                ("Format" if fr else "Size", "A4 (21 × 29,7 cm)" if fr else "A4 (21 × 29.7 cm)"),
                ("Orientation", o),
                ("Marge gauche" if fr else "Left margin", f"{num(left, loc)} cm"),
                ("Marge droite" if fr else "Right margin", f"{num(right, loc)} cm"),
                ("Marge haut" if fr else "Top margin", f"{num(top, loc)} cm"),
                ("Marge bas" if fr else "Bottom margin", f"{num(bottom, loc)} cm"),
            ]
            head = "Mise en page – Page" if fr else "Page setup – Page"
            body = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in rows)
            write(f"setup-{key}", loc, head, f"<h1>{head}</h1>\n<table>{body}</table>")


# --- A note with passages: pick the one that should become a numbered list ---
PASSAGES = {
    "a": [
        (
            "La réunion aura lieu dans la grande salle, au premier étage.",
            "The meeting will take place in the main room, on the first floor.",
        ),
        (
            "Pour réserver la salle : ouvrez l’agenda partagé, puis choisissez le créneau, puis "
            "indiquez le nombre "
            "de personnes, puis validez et enfin attendez le courriel de confirmation.",
            "To book the room: open the shared calendar, then choose the slot, then give the "
            "number of people, "
            "then confirm and finally wait for the confirmation email.",
        ),
        ("Le café est offert par l’association.", "Coffee is offered by the association."),
        (
            "Merci de laisser la salle propre en partant.",
            "Please leave the room clean when you go.",
        ),
    ],
    "b": [
        (
            "Après le stage, vous recevrez une attestation : d’abord remplissez le questionnaire "
            "en ligne, ensuite "
            "imprimez le récapitulatif, puis faites-le signer par votre tuteur et enfin déposez-le "
            "au secrétariat.",
            "After the placement, you will receive a certificate: first fill in the online "
            "questionnaire, next print "
            "the summary, then have your tutor sign it and finally hand it in at the office.",
        ),
        ("Le stage dure six semaines.", "The placement lasts six weeks."),
        (
            "Les horaires sont fixés avec l’entreprise.",
            "Working hours are agreed with the company.",
        ),
        (
            "Une visite de l’enseignant est prévue au milieu du stage.",
            "A teacher's visit is planned halfway through the placement.",
        ),
    ],
    "c": [
        ("Notre club compte cette année 84 adhérents.", "Our club has 84 members this year."),
        (
            "Les entraînements ont lieu le mardi et le jeudi.",
            "Training is on Tuesdays and Thursdays.",
        ),
        (
            "Le tournoi de printemps a réuni six équipes venues de toute la région.",
            "The spring tournament brought together six teams from all over the region.",
        ),
        (
            "Pour vous réinscrire, connectez-vous à votre espace, puis mettez à jour votre "
            "certificat médical, puis "
            "réglez la cotisation et enfin téléchargez votre licence.",
            "To re-register, log in to your account, then update your medical certificate, then "
            "pay the fee and "
            "finally download your licence.",
        ),
    ],
    "d": [
        ("La bibliothèque rouvre le 3 septembre.", "The library reopens on 3 September."),
        (
            "Les nouveaux horaires sont affichés à l’entrée.",
            "The new opening hours are posted at the entrance.",
        ),
        (
            "Pour emprunter une liseuse, présentez votre carte, puis signez la fiche de prêt, puis "
            "vérifiez la charge "
            "de l’appareil avec l’agent et enfin rangez-la dans sa housse.",
            "To borrow an e-reader, show your card, then sign the loan form, then check the "
            "battery with the staff "
            "and finally put it in its case.",
        ),
        (
            "Un atelier d’écriture a lieu chaque mois.",
            "A writing workshop takes place every month.",
        ),
    ],
}


def build_passages() -> None:
    for key, rows in PASSAGES.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Note d’information" if fr else "Information note"
            body = "\n".join(
                f'<p data-pick="t{n}">{escape(a if fr else b, quote=False)}</p>'
                for n, (a, b) in enumerate(rows, 1)
            )
            write(f"note-{key}", loc, head, f"<h1>{head}</h1>\n{body}")


# --- Slide outline: pick the slide that breaks the brief's rules ---
OUTLINES = {
    "a": [
        ("Notre projet", 3),
        ("Le constat", 4),
        ("Les chiffres de l’année, les partenaires, le budget et le calendrier", 14),
        ("Nos besoins", 3),
        ("Merci", 0),
    ],
    "b": [
        ("Bienvenue", 0),
        ("Qui sommes-nous ?", 3),
        ("Nos actions", 11),
        ("Le bilan", 4),
        ("Questions", 0),
    ],
    "c": [
        ("Le voyage scolaire", 2),
        ("Le programme", 5),
        ("Le budget", 4),
        ("Les autorisations", 3),
        ("Tout ce qu’il faut savoir avant, pendant et après le voyage", 16),
    ],
    "d": [
        ("Formation sécurité", 2),
        ("Les consignes d’évacuation, les extincteurs, les numéros d’urgence et le registre", 12),
        ("Le point de rassemblement", 2),
        ("Le quiz", 4),
        ("Fin", 0),
    ],
}
OUTLINES_EN = {
    "a": [
        "Our project",
        "The situation",
        "The year's figures, partners, budget and schedule",
        "What we need",
        "Thank you",
    ],
    "b": ["Welcome", "Who are we?", "Our actions", "The results", "Questions"],
    "c": [
        "The school trip",
        "The programme",
        "The budget",
        "The permissions",
        "All you need to know before, during and after the trip",
    ],
    "d": [
        "Safety training",
        "Evacuation rules, extinguishers, emergency numbers and the register",
        "The assembly point",
        "The quiz",
        "End",
    ],
}


def build_outlines() -> None:
    for key, rows in OUTLINES.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Plan de la présentation" if fr else "Presentation outline"
            th = (
                "<tr><th>Diapositive</th><th>Titre</th><th>Nombre de puces</th></tr>"
                if fr
                else "<tr><th>Slide</th><th>Title</th><th>Number of bullet points</th></tr>"
            )
            body = "".join(
                f'<tr data-pick="d{n}"><td>{n}</td>'
                f"<td>{escape(t if fr else OUTLINES_EN[key][n - 1], quote=False)}"
                f"</td><td>{b}</td></tr>"
                for n, (t, b) in enumerate(rows, 1)
            )
            write(f"deck-{key}", loc, head, f"<h1>{head}</h1>\n<table>{th}{body}</table>")


# --- A presentation editor in normal view: pick the area for speaker notes ---
EDITOR_ORDER = {
    "a": ["e1", "e2", "e3", "e4", "e5"],
    "b": ["e3", "e1", "e5", "e2", "e4"],
    "c": ["e2", "e4", "e1", "e5", "e3"],
    "d": ["e5", "e3", "e2", "e4", "e1"],
    "e": ["e4", "e5", "e1", "e3", "e2"],
}
EDITOR_AREAS = {
    "e1": ("Volet des miniatures : diapositives 1 à 8", "Thumbnail pane: slides 1 to 8"),
    "e2": (
        "Diapositive 3 : titre « Nos résultats » et un graphique",
        'Slide 3: title "Our results" and a chart',
    ),
    "e3": (
        "Zone sous la diapositive : « Cliquez pour ajouter des notes »",
        'Area under the slide: "Click to add notes"',
    ),
    "e4": (
        "Volet de droite : Propriétés – Mise en page, Arrière-plan, Masque",
        "Right pane: Properties – Layout, Background, Master",
    ),
    "e5": (
        "Barre du haut : Fichier, Accueil, Insertion, Diaporama",
        "Top bar: File, Home, Insert, Slide Show",
    ),
}


def build_editors() -> None:
    for key, order in EDITOR_ORDER.items():
        for loc in ("fr", "en"):
            i = 0 if loc == "fr" else 1
            head = (
                "Logiciel de présentation – vue normale"
                if loc == "fr"
                else "Presentation software – normal view"
            )
            items = "\n".join(
                f'<div class="box" data-pick="{a}">{escape(EDITOR_AREAS[a][i], quote=False)}</div>'
                for a in order
            )
            intro = (
                "Description des zones de l’écran, de haut en bas et de gauche à droite :"
                if loc == "fr"
                else "The areas of the screen, top to bottom and left to right:"
            )
            write(f"editor-{key}", loc, head, f"<h1>{head}</h1>\n<p>{intro}</p>\n{items}")


# --- A small web page: pick the link whose text says nothing about where it goes ---
LINKS = {
    "a": [
        ("Horaires d’ouverture de la mairie", "Town hall opening hours"),
        ("Cliquez ici", "Click here"),
        ("Inscriptions à la cantine", "School canteen registration"),
        ("Contacter l’accueil", "Contact the front desk"),
    ],
    "b": [
        ("Programme du festival 2027", "2027 festival programme"),
        ("Plan d’accès au site", "Map to the site"),
        ("En savoir plus", "Read more"),
        ("Billetterie en ligne", "Online ticket office"),
    ],
    "c": [
        ("Ici", "Here"),
        ("Menus de la semaine", "This week's menus"),
        ("Tarifs des repas", "Meal prices"),
        ("Règlement du restaurant scolaire", "School restaurant rules"),
    ],
    "d": [
        ("Calendrier des matchs", "Match calendar"),
        ("Tarifs des licences", "Licence prices"),
        ("Nous trouver", "Find us"),
        ("Lien", "Link"),
    ],
}
LINK_CONTEXT = {
    "a": (
        "Pour télécharger le formulaire de demande de carte de stationnement :",
        "To download the parking permit form:",
    ),
    "b": ("Tout sur les bénévoles du festival :", "All about the festival volunteers:"),
    "c": ("Le document d’inscription est disponible :", "The registration document is available:"),
    "d": ("Le compte rendu de l’assemblée générale :", "The general meeting minutes:"),
}
LINK_VAGUE = {"a": 1, "b": 2, "c": 0, "d": 3}


def build_links() -> None:
    for key, rows in LINKS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Accueil du site" if fr else "Site home page"
            items = []
            for n, (a, b) in enumerate(rows):
                text = escape(a if fr else b, quote=False)
                ctx = ""
                if n == LINK_VAGUE[key]:
                    ctx = escape(LINK_CONTEXT[key][0 if fr else 1], quote=False) + " "
                items.append(f'<li>{ctx}<a href="#" data-pick="k{n + 1}">{text}</a></li>')
            write(
                f"site-{key}", loc, head, f"<h1>{head}</h1>\n<ul>\n" + "\n".join(items) + "\n</ul>"
            )
