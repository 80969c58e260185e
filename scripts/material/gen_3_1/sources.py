"""3.1 material, module sources: html_source, SOURCES, MARKDOWN, build_sources, CHANGES,
build_changes. Writes its pages and text files under assessment/items/3.1/material/.
"""

from __future__ import annotations

from html import escape

from .kit import write, write_text


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
