"""Build the HTML and text material of CRCN 3.1 items (assessment/items/3.1/material/).

Pages are self-contained (inline style, no script, no external resource), in French and English;
pickable elements carry opaque ``data-pick`` ids. Text files are pickable by line (``L12``). Run:
python scripts/material/3.1_pages.py
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "assessment" / "items" / "3.1" / "material"
STYLE = (
    "body{font-family:sans-serif;margin:0;padding:12px;max-width:640px;line-height:1.4}"
    "table{border-collapse:collapse}td,th{border:1px solid #888;padding:4px;text-align:left}"
    ".box{border:1px solid #888;padding:8px;margin:8px 0}ins{text-decoration:underline}"
    "del{text-decoration:line-through}"
)


def typo(text: str) -> str:
    """French typography: no-break space before : ; ? ! » and after «."""
    text = re.sub(r" ([:;?!»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


def write(name: str, loc: str, title: str, body: str) -> None:
    if loc == "fr":
        title, body = typo(title), typo(body)
    html = (
        f'<!DOCTYPE html>\n<html lang="{loc}">\n<head><meta '
        f'charset="utf-8"><title>{escape(title)}</title>\n'
        f"<style>{STYLE}</style></head>\n<body><main>\n{body}\n</main></body>\n</html>\n"
    )
    (OUT / f"{name}-{loc}.html").write_text(html, encoding="utf-8")


def write_text(name: str, text: str) -> None:
    (OUT / f"{name}.txt").write_text(text, encoding="utf-8")


# --- Page setup dialog (margins and orientation) ---
SETUPS = {
    "a": ("portrait", 2.5, 2.0, 2.0, 2.0),
    "b": ("paysage", 2.0, 1.5, 1.5, 1.5),
    "c": ("portrait", 3.0, 2.5, 2.5, 2.0),
    "d": ("paysage", 1.8, 1.2, 2.0, 2.0),
    "e": ("portrait", 2.2, 1.8, 2.5, 2.5),
}


def num(x: float, loc: str) -> str:
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",") if loc == "fr" else s


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


# --- HTML sources as plain text (pick a line) ---
def html_source(title: str, lines: list[str]) -> str:
    head = [
        "<!DOCTYPE html>",
        '<html lang="fr">',
        "<head>",
        '  <meta charset="utf-8">',
        f"  <title>{title}</title>",
        "</head>",
        "<body>",
    ]
    return "\n".join(head + ["  " + x for x in lines] + ["</body>", "</html>"]) + "\n"


SOURCES = {
    # img-*: one image has no alt attribute.
    "img-a": (
        "Club photo",
        [
            "<h1>Club photo de Valmont</h1>",
            "<p>Nos sorties de l’année.</p>",
            '<img src="lac.jpg" alt="Le lac de Valmont au lever du soleil">',
            '<img src="foret.jpg">',
            '<img src="logo.png" alt="">',
            "<p>Rejoignez-nous le jeudi soir.</p>",
        ],
    ),
    "img-b": (
        "Recettes",
        [
            "<h1>Recettes de saison</h1>",
            '<img src="tarte.jpg" alt="Tarte aux pommes coupée en parts">',
            "<h2>Tarte aux pommes</h2>",
            "<p>Pour 6 personnes.</p>",
            '<img src="soupe.jpg">',
            "<h2>Soupe de potiron</h2>",
        ],
    ),
    "img-c": (
        "Gîte",
        [
            "<h1>Gîte des Trois Chênes</h1>",
            '<img src="facade.jpg">',
            "<p>Maison de 1850 rénovée.</p>",
            '<img src="chambre.jpg" alt="Chambre avec un lit double et une fenêtre sur le jardin">',
            "<p>Réservation par téléphone.</p>",
        ],
    ),
    "img-d": (
        "Association",
        [
            "<h1>Les Amis du vélo</h1>",
            "<p>Balades tous les dimanches.</p>",
            '<img src="groupe.jpg" alt="Douze cyclistes posant devant la mairie">',
            '<img src="separateur.png" alt="">',
            "<h2>Prochaines sorties</h2>",
            '<img src="carte.png">',
            "<p>Départ à 9 h.</p>",
        ],
    ),
    "img-e": (
        "Musée",
        [
            "<h1>Musée de la Dentelle</h1>",
            '<img src="salle.jpg" alt="Salle d’exposition avec des vitrines de dentelles '
            'anciennes">',
            "<p>Ouvert du mardi au dimanche.</p>",
            '<img src="bordure.png" alt="">',
            '<img src="plan-acces.png">',
            "<p>Entrée gratuite le premier dimanche du mois.</p>",
        ],
    ),
    # head-*: one heading skips a level.
    "head-a": (
        "Guide",
        [
            "<h1>Guide du nouvel arrivant</h1>",
            "<h2>Les démarches</h2>",
            "<p>…</p>",
            "<h3>Carte de bus</h3>",
            "<p>…</p>",
            "<h2>Les loisirs</h2>",
            "<h4>Piscine</h4>",
            "<p>…</p>",
        ],
    ),
    "head-b": (
        "Rapport",
        [
            "<h1>Rapport d’activité</h1>",
            "<h3>Les adhérents</h3>",
            "<p>…</p>",
            "<h2>Les finances</h2>",
            "<p>…</p>",
            "<h3>Les dons</h3>",
            "<p>…</p>",
        ],
    ),
    "head-c": (
        "Séjour",
        [
            "<h1>Séjour à la montagne</h1>",
            "<h2>Programme</h2>",
            "<h3>Lundi</h3>",
            "<p>…</p>",
            "<h3>Mardi</h3>",
            "<p>…</p>",
            "<h2>Matériel</h2>",
            "<h3>Vêtements</h3>",
            "<h5>Chaussures</h5>",
            "<p>…</p>",
        ],
    ),
    "head-d": (
        "Cours",
        [
            "<h1>Cours de cuisine</h1>",
            "<h2>Les entrées</h2>",
            "<p>…</p>",
            "<h4>Velouté</h4>",
            "<p>…</p>",
            "<h2>Les desserts</h2>",
            "<h3>Crème</h3>",
        ],
    ),
    "head-e": (
        "Atelier",
        [
            "<h1>Atelier couture</h1>",
            "<h2>Matériel</h2>",
            "<p>…</p>",
            "<h2>Séances</h2>",
            "<h3>Débutants</h3>",
            "<p>…</p>",
            "<h3>Confirmés</h3>",
            "<h2>Tarifs</h2>",
            "<h4>Réductions</h4>",
        ],
    ),
}
# Markdown: count level-2 headings as rendered (CommonMark: "## " needs a space; a line indented
# by 4 spaces or more is code).
MARKDOWN = {
    "md-a": "# Journal du club\n\n## Janvier\n\nSortie en forêt.\n\n##Février\n\nRepos.\n\n## "
    "Mars\n\n"
    "    ## exemple de titre (code)\n\n## Avril\n\n## Mai\n",
    "md-b": "# Notes de réunion\n\n## Présents\n\n- Ana\n- Malik\n\n### Excusés\n\n## Décisions\n\n"
    "#Suite\n\n## Prochaine date\n",
    "md-c": "# Guide\n\n## Installation\n\nTexte.\n\n##Configuration\n\n## Utilisation\n\n## "
    "Aide\n\n"
    "Écrivez `## Titre` pour un titre.\n",
    "md-e": "# Foire aux questions\n\n## Inscription\n\n## Paiement\n\n   ## Remboursement\n\n"
    "    ## (exemple de code)\n\n##Contact\n",
    "md-d": "# Recettes\n\n## Entrées\n\n    ## (ligne de code)\n\n### Soupes\n\n## "
    "Plats\n\n##Desserts\n",
}


def build_sources() -> None:
    for name, (title, lines) in SOURCES.items():
        write_text(name, html_source(title, lines))
    for name, text in MARKDOWN.items():
        write_text(name, text)


# --- Tracked changes, shown as text so that every reader gets them ---
CHANGES = {
    "a": (
        [
            ("Le marché ", None),
            ("hebdomadaire", "del"),
            ("du samedi", "ins"),
            (" aura lieu place ", None),
            ("de la Mairie", "del"),
            ("du Château", "ins"),
            (" à partir de 8 h.", None),
        ],
        [
            ("The ", None),
            ("weekly", "del"),
            ("Saturday", "ins"),
            (" market will be held in ", None),
            ("Town Hall", "del"),
            ("Castle", "ins"),
            (" Square from 8 am.", None),
        ],
    ),
    "b": (
        [
            ("Les inscriptions ", None),
            ("sont ouvertes", "del"),
            ("ouvrent", "ins"),
            (" le lundi ", None),
            ("5", "del"),
            ("12", "ins"),
            (" mai sur le site de la ", None),
            ("commune", "ins"),
            ("médiathèque", "del"),
            (".", None),
        ],
        [
            ("Registration ", None),
            ("is open", "del"),
            ("opens", "ins"),
            (" on Monday ", None),
            ("5", "del"),
            ("12", "ins"),
            (" May on the ", None),
            ("town's", "ins"),
            ("library's", "del"),
            (" website.", None),
        ],
    ),
    "c": (
        [
            ("La salle ", None),
            ("polyvalente ", "ins"),
            ("sera fermée ", None),
            ("tout le", "del"),
            ("pendant le", "ins"),
            (" mois d’août pour travaux.", None),
        ],
        [
            ("The ", None),
            ("community ", "ins"),
            ("hall will be closed ", None),
            ("all", "del"),
            ("during", "ins"),
            (" August for works.", None),
        ],
    ),
    "d": (
        [
            ("Merci d’apporter ", None),
            ("un pique-nique", "del"),
            ("une gourde", "ins"),
            (" et ", None),
            ("de bonnes chaussures", None),
            (" de marche", "del"),
            (".", None),
        ],
        [
            ("Please bring ", None),
            ("a picnic", "del"),
            ("a water bottle", "ins"),
            (" and good ", None),
            ("walking ", "del"),
            ("shoes.", None),
        ],
    ),
}


def build_changes() -> None:
    for key, both in CHANGES.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            parts = both[0] if fr else both[1]
            out = []
            for text, kind in parts:
                t = escape(text, quote=False)
                if kind == "ins":
                    out.append(
                        f"<ins>[ajout : {t}]</ins>" if fr else f"<ins>[insertion: {t}]</ins>"
                    )
                elif kind == "del":
                    out.append(
                        f"<del>[suppression : {t}]</del>" if fr else f"<del>[deletion: {t}]</del>"
                    )
                else:
                    out.append(t)
            head = (
                "Document avec suivi des modifications" if fr else "Document with tracked changes"
            )
            note = (
                "Les ajouts et suppressions proposés sont signalés entre crochets."
                if fr
                else "The proposed insertions and deletions are marked in square brackets."
            )
            write(
                f"changes-{key}",
                loc,
                head,
                f'<h1>{head}</h1>\n<p>{note}</p>\n<p class="box">{"".join(out)}</p>',
            )


# --- Menus and option panels: pick the option that does the task (order changes per variant) ---
PANELS = {
    "tableprops": (
        ("Propriétés du tableau – Enchaînements", "Table properties – Text flow"),
        [
            (
                "Autoriser le fractionnement des lignes sur plusieurs pages",
                "Allow rows to break across pages",
            ),
            (
                "Répéter la ligne d’en-tête en haut de chaque page",
                "Repeat heading row at the top of each page",
            ),
            ("Conserver avec le paragraphe suivant", "Keep with next paragraph"),
            (
                "Ajuster automatiquement la largeur des colonnes",
                "Automatically resize columns to fit contents",
            ),
            ("Alignement vertical : haut", "Vertical alignment: top"),
        ],
        "o2",
    ),
    "headerfooter": (
        ("Mise en page – En-tête et pied de page", "Page setup – Header and footer"),
        [
            ("Activer l’en-tête", "Turn on header"),
            ("Pages paires et impaires différentes", "Different odd and even pages"),
            ("Première page différente", "Different first page"),
            ("Hauteur de l’en-tête : 1,2 cm", "Header height: 1.2 cm"),
            (
                "Marges gauche et droite identiques au corps du texte",
                "Same left and right margins as the body text",
            ),
        ],
        "o3",
    ),
    "slideshow": (
        ("Paramètres du diaporama", "Slide show settings"),
        [
            ("Présentation par un orateur (plein écran)", "Presented by a speaker (full screen)"),
            ("Exécuter en continu jusqu’à Échap", "Loop continuously until Esc"),
            ("Afficher sans narration", "Show without narration"),
            ("Utiliser le mode Présentateur", "Use Presenter view"),
            ("Défilement : manuel", "Advance slides: manually"),
        ],
        "o2",
    ),
    "viewmenu": (
        ("Menu Affichage", "View menu"),
        [
            ("Normal", "Normal"),
            ("Trieuse de diapositives", "Slide sorter"),
            ("Page de notes", "Notes page"),
            ("Masque des diapositives", "Slide master"),
            ("Règle", "Ruler"),
        ],
        "o4",
    ),
    "filemenu": (
        ("Menu Fichier", "File menu"),
        [
            ("Nouveau", "New"),
            ("Enregistrer sous…", "Save as…"),
            ("Aperçu avant impression", "Print preview"),
            ("Exporter au format PDF…", "Export as PDF…"),
            ("Propriétés du document", "Document properties"),
            ("Fermer", "Close"),
        ],
        "o3",
    ),
}
ROTATIONS = {"a": 0, "b": 2, "c": 4, "d": 1, "e": 3}


def build_panels() -> None:
    for name, ((t_fr, t_en), options, _target) in PANELS.items():
        ids = [f"o{n}" for n in range(1, len(options) + 1)]
        for key, shift in ROTATIONS.items():
            order = ids[shift:] + ids[:shift]
            for loc in ("fr", "en"):
                fr = loc == "fr"
                i = 0 if fr else 1
                title = t_fr if fr else t_en
                rows = "\n".join(
                    '<li><a href="#" '
                    f'data-pick="{o}">{escape(options[int(o[1:]) - 1][i], quote=False)}</a></li>'
                    for o in order
                )
                write(f"{name}-{key}", loc, title, f"<h1>{escape(title)}</h1>\n<ul>\n{rows}\n</ul>")


# --- Fifth variants ---
PASSAGES["e"] = [
    (
        "Le centre de vaccination est situé au rez-de-chaussée de la mairie annexe.",
        "The vaccination centre is on the ground floor of the town hall annex.",
    ),
    ("Les rendez-vous durent environ quinze minutes.", "Appointments last about fifteen minutes."),
    ("Le parking est gratuit pour les patients.", "Parking is free for patients."),
    (
        "Le jour du rendez-vous, présentez-vous à l’accueil, puis remplissez le questionnaire de "
        "santé, puis passez "
        "voir le médecin et enfin attendez quinze minutes en salle de repos.",
        "On the day of the appointment, go to the front desk, then fill in the health "
        "questionnaire, "
        "then see the "
        "doctor and finally wait fifteen minutes in the rest room.",
    ),
]
OUTLINES["e"] = [
    ("Le compostage", 2),
    ("Pourquoi composter ?", 4),
    ("Ce qu’on met", 6),
    ("Ce qu’on ne met pas", 9),
    ("Contacts", 1),
]
OUTLINES_EN["e"] = ["Composting", "Why compost?", "What goes in", "What stays out", "Contacts"]
LINKS["e"] = [
    ("Télécharger", "Download"),
    ("Horaires de la déchetterie", "Recycling centre opening hours"),
    ("Calendrier des collectes", "Collection calendar"),
    ("Signaler un dépôt sauvage", "Report fly-tipping"),
]
LINK_CONTEXT["e"] = (
    "Le guide du tri 2027 est disponible :",
    "The 2027 sorting guide is available:",
)
LINK_VAGUE["e"] = 0
CHANGES["e"] = (
    [
        ("L’atelier ", None),
        ("informatique ", "ins"),
        ("reprendra ", None),
        ("en septembre", "del"),
        ("le 8 octobre", "ins"),
        (" dans la salle ", None),
        ("B", "del"),
        ("C", "ins"),
        (".", None),
    ],
    [
        ("The ", None),
        ("computer ", "ins"),
        ("workshop will resume ", None),
        ("in September", "del"),
        ("on 8 October", "ins"),
        (" in room ", None),
        ("B", "del"),
        ("C", "ins"),
        (".", None),
    ],
)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (
        build_setups,
        build_passages,
        build_outlines,
        build_editors,
        build_links,
        build_sources,
        build_changes,
        build_panels,
    ):
        build()
