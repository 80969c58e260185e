"""3.1 material, module panels: PANELS, ROTATIONS, build_panels. Writes its pages and text files
under assessment/items/3.1/material/.
"""

from __future__ import annotations

from html import escape

from .kit import write
from .setups import LINK_CONTEXT, LINK_VAGUE, LINKS, OUTLINES, OUTLINES_EN, PASSAGES
from .sources import CHANGES

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
