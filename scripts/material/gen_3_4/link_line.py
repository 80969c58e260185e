"""3.4 families, module link_line: encoding, fam_link_line, fam_bad_tag. Writes the listings they
show under assessment/items/3.4/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .ascii import (
    fam_ascii,
    fam_battery_rule,
    fam_dichotomy,
    fam_hex_colour,
    fam_image_size,
    fam_utf8_size,
)
from .kit import MAT, family, html_page, per_locale, txt
from .tracebacks import fam_binary_decimal, fam_bit_values


def encoding() -> list[dict[str, Any]]:
    return [
        fam_battery_rule(),
        fam_binary_decimal(),
        fam_bit_values(),
        fam_ascii(),
        fam_hex_colour(),
        fam_utf8_size(),
        fam_image_size(),
        fam_dichotomy(),
    ]


def fam_link_line() -> dict[str, Any]:
    # Lines 1-4 are the fixed head opening; the body lines follow.
    pages = {
        "a": (
            [
                "  <title>Club de voile</title>",
                '  <link rel="stylesheet" href="style.css">',
                "</head>",
                "<body>",
                "  <h1>Club de voile</h1>",
                '  <img src="bateau.jpg" alt="Un voilier au port">',
                '  <p>Nos horaires sont sur la page <a href="horaires.html">Horaires</a>.</p>',
                "  <p>Contact : accueil du club, quai nord.</p>",
            ],
            [
                "  <title>Sailing club</title>",
                '  <link rel="stylesheet" href="style.css">',
                "</head>",
                "<body>",
                "  <h1>Sailing club</h1>",
                '  <img src="bateau.jpg" alt="A sailing boat in the harbour">',
                '  <p>Our opening hours are on the <a href="horaires.html">Hours</a> page.</p>',
                "  <p>Contact: club desk, north quay.</p>",
            ],
            11,
        ),
        "b": (
            [
                "  <title>Médiathèque</title>",
                "</head>",
                "<body>",
                "  <h1>Médiathèque</h1>",
                '  <p>Réservez un livre sur <a href="reservation.html">le portail</a>.</p>',
                '  <link rel="icon" href="logo.png">',
                '  <img src="salle.jpg" alt="La salle de lecture">',
                "  <p>Adresse : 2 place du Marché.</p>",
            ],
            [
                "  <title>Library</title>",
                "</head>",
                "<body>",
                "  <h1>Library</h1>",
                '  <p>Book a title on <a href="reservation.html">the portal</a>.</p>',
                '  <link rel="icon" href="logo.png">',
                '  <img src="salle.jpg" alt="The reading room">',
                "  <p>Address: 2 Market Square.</p>",
            ],
            9,
        ),
        "c": (
            [
                "  <title>Boulangerie</title>",
                '  <link rel="stylesheet" href="site.css">',
                "</head>",
                "<body>",
                "  <h1>Nos pains</h1>",
                "  <p>Voir la page tarifs.html pour les prix.</p>",
                '  <img src="pains.jpg" alt="Des pains sur une étagère">',
                '  <nav><a href="commande.html">Commander</a></nav>',
            ],
            [
                "  <title>Bakery</title>",
                '  <link rel="stylesheet" href="site.css">',
                "</head>",
                "<body>",
                "  <h1>Our breads</h1>",
                "  <p>See the page tarifs.html for prices.</p>",
                '  <img src="pains.jpg" alt="Loaves on a shelf">',
                '  <nav><a href="commande.html">Order</a></nav>',
            ],
            12,
        ),
        "d": (
            [
                "  <title>Piscine</title>",
                "</head>",
                "<body>",
                '  <form action="inscription.html">',
                '    <button type="submit">S’inscrire</button>',
                "  </form>",
                '  <p>Les <a href="tarifs.html">tarifs</a> changent en janvier.</p>',
                '  <img src="bassin.jpg" alt="Le grand bassin">',
            ],
            [
                "  <title>Swimming pool</title>",
                "</head>",
                "<body>",
                '  <form action="inscription.html">',
                '    <button type="submit">Sign up</button>',
                "  </form>",
                '  <p>The <a href="tarifs.html">prices</a> change in January.</p>',
                '  <img src="bassin.jpg" alt="The main pool">',
            ],
            11,
        ),
    }
    variants = []
    for key, (body_fr, body_en, line) in pages.items():
        html_page(key, "link", body_fr, body_en)
        text = (MAT / f"link-{key}-fr.txt").read_text(encoding="utf-8").splitlines()
        assert "<a href" in text[line - 1], (key, text[line - 1])
        assert sum("<a " in ln for ln in text) == 1
        variants.append({"key": key, "v": key, "line": f"L{line}"})
    return family(
        "f-3.4-0a9c6d31",
        "html-lien-reperage",
        3,
        "markup",
        "pick",
        120,
        "Voici le code HTML d’une page web. Sélectionnez la ligne qui affiche un lien sur lequel "
        "le visiteur "
        "peut cliquer pour aller sur une autre page.",
        "Here is the HTML code of a web page. Select the line that shows a link the visitor can "
        "click to go to "
        "another page.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Code HTML d’une page de 14 lignes : en-tête, titre, image, "
                "paragraphes ; une seule "
                "ligne contient un lien cliquable.",
                "HTML code of a page of 14 lines: head, heading, picture, paragraphs; a "
                "single line holds "
                "a clickable link.",
                per_locale("link"),
            )
        ],
        phone=False,
    )


def fam_bad_tag() -> dict[str, Any]:
    pages = {
        "a": (
            [
                "  <title>Recette</title>",
                "</head>",
                "<body>",
                "  <h1>Crêpes</h1>",
                "  <ul>",
                "    <li>250 g de farine</li>",
                "    <li>4 œufs</lu>",
                "    <li>50 cl de lait</li>",
                "  </ul>",
            ],
            [
                "  <title>Recipe</title>",
                "</head>",
                "<body>",
                "  <h1>Pancakes</h1>",
                "  <ul>",
                "    <li>250 g flour</li>",
                "    <li>4 eggs</lu>",
                "    <li>500 ml milk</li>",
                "  </ul>",
            ],
            11,
        ),
        "b": (
            [
                "  <title>Agenda</title>",
                "</head>",
                "<body>",
                "  <h1>Agenda du mois</h1>",
                "  <h2>Samedi 12</h3>",
                "  <p>Marché de <em>producteurs</em> locaux.</p>",
                "  <p>Concert <strong>gratuit</strong> à 20 h.</p>",
            ],
            [
                "  <title>Diary</title>",
                "</head>",
                "<body>",
                "  <h1>This month</h1>",
                "  <h2>Saturday 12</h3>",
                "  <p>Local <em>farmers</em> market.</p>",
                "  <p><strong>Free</strong> concert at 8 pm.</p>",
            ],
            9,
        ),
        "c": (
            [
                "  <title>Horaires</title>",
                "</head>",
                "<body>",
                "  <h1>Horaires</h1>",
                "  <p>Ouvert du <strong>lundi</strong> au vendredi.</p>",
                "  <p>Fermé le <em>dimanche</strong>.</p>",
                '  <a href="plan.html">Plan d’accès</a>',
            ],
            [
                "  <title>Opening hours</title>",
                "</head>",
                "<body>",
                "  <h1>Opening hours</h1>",
                "  <p>Open <strong>Monday</strong> to Friday.</p>",
                "  <p>Closed on <em>Sunday</strong>.</p>",
                '  <a href="plan.html">How to get there</a>',
            ],
            10,
        ),
        "d": (
            [
                "  <title>Contact</title>",
                "</head>",
                "<body>",
                "  <h1>Nous écrire</h1>",
                '  <p>Adresse : <a href="mailto:contact@example.org">contact@example.org</a></p>',
                '  <p>Téléphone : <a href="tel:+33100000000">01 00 00 00 00</p></a>',
                "  <p>Réponse sous <em>48 h</em>.</p>",
            ],
            [
                "  <title>Contact</title>",
                "</head>",
                "<body>",
                "  <h1>Write to us</h1>",
                '  <p>Address: <a href="mailto:contact@example.org">contact@example.org</a></p>',
                '  <p>Phone: <a href="tel:+33100000000">01 00 00 00 00</p></a>',
                "  <p>Answer within <em>48 h</em>.</p>",
            ],
            10,
        ),
    }
    variants = []
    for key, (body_fr, body_en, line) in pages.items():
        html_page(key, "tags", body_fr, body_en)
        variants.append({"key": key, "v": key, "line": f"L{line}"})
    return family(
        "f-3.4-d64b1e27",
        "html-balise-mal-fermee",
        5,
        "markup",
        "pick",
        150,
        "Dans ce code HTML, une seule ligne a une balise fermée par erreur (fermeture qui ne "
        "correspond pas à "
        "l’ouverture ou fermetures dans le mauvais ordre). Sélectionnez cette ligne.",
        "In this HTML code, a single line has a tag closed by mistake (a closing tag that does "
        "not match the "
        "opening one, or closing tags in the wrong order). Select that line.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Code HTML d’une page de 12 à 15 lignes : titre, paragraphes ou liste, "
                "avec des balises "
                "ouvrantes et fermantes.",
                "HTML code of a page of 12 to 15 lines: heading, paragraphs or a list, "
                "with opening and "
                "closing tags.",
                per_locale("tags"),
            )
        ],
        phone=False,
    )
