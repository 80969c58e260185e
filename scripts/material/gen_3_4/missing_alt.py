"""3.4 families, module missing_alt: fam_missing_alt, fam_markdown_bold, markup, FIXES,
fam_syntax_error, fam_div_mod, fam_scan_csv. Writes the listings they show under
assessment/items/3.4/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .kit import (
    MAT,
    WORDS,
    family,
    fr,
    html_page,
    number,
    per_locale,
    program_files,
    program_files_static,
    txt,
    write,
)
from .link_line import fam_bad_tag, fam_link_line


def fam_missing_alt() -> dict[str, Any]:
    imgs = {
        "a": (
            [
                ("logo.png", "Logo de la mairie", "Town hall logo"),
                ("plan.png", None, None),
                ("salle.jpg", "La salle des fêtes", "The village hall"),
            ],
            0,
        ),
        "b": (
            [
                ("affiche.jpg", None, None),
                ("carte.png", "Carte du quartier", "Map of the area"),
                ("photo.jpg", "L’équipe du club", "The club team"),
            ],
            0,
        ),
        "c": (
            [
                ("velo.jpg", "Un vélo à assistance électrique", "An electric bike"),
                ("tarifs.png", "Grille des tarifs de location", "Rental price list"),
                ("badge.png", None, None),
            ],
            0,
        ),
        "d": (
            [
                ("entree.jpg", "L’entrée du musée", "The museum entrance"),
                ("horaires.png", None, None),
                ("expo.jpg", "Une salle d’exposition", "An exhibition room"),
            ],
            0,
        ),
    }
    variants = []
    for key, (items, _) in imgs.items():
        bodies: dict[str, list[str]] = {}
        for loc, idx in (("fr", 1), ("en", 2)):
            body = [
                "  <title>Page</title>",
                "</head>",
                "<body>",
                "  <h1>{}</h1>".format(
                    "Informations pratiques" if loc == "fr" else "Practical information"
                ),
            ]
            for item in items:
                src, alt = item[0], item[idx]
                body.append(
                    f'  <img src="{src}" alt="{alt}">'
                    if alt
                    else f'  <img src="{src}" width="400">'
                )
                if len(body) == 6:
                    body.append(
                        "  <p>{}</p>".format(
                            "Bienvenue sur notre site." if loc == "fr" else "Welcome to our site."
                        )
                    )
            bodies[loc] = body
        html_page(key, "alt", bodies["fr"], bodies["en"])
        text = (MAT / f"alt-{key}-fr.txt").read_text(encoding="utf-8").splitlines()
        bare = next(i for i, ln in enumerate(text, 1) if "<img" in ln and "alt=" not in ln)
        variants.append({"key": key, "v": key, "line": f"L{bare}"})
    return family(
        "f-3.4-7e30a5bc",
        "html-image-texte-alternatif",
        4,
        "markup",
        "pick",
        120,
        "Une personne aveugle utilise un lecteur d’écran. Dans ce code HTML, sélectionnez la "
        "ligne de l’image "
        "que son lecteur d’écran ne pourra pas décrire, faute de texte de remplacement.",
        "A blind person uses a screen reader. In this HTML code, select the line of the picture "
        "that the screen "
        "reader will not be able to describe, for want of a text alternative.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Code HTML d’une page de 13 lignes avec un titre, un paragraphe et trois images.",
                "HTML code of a 13-line page with a heading, a paragraph and three pictures.",
                per_locale("alt"),
            )
        ],
    )


def fam_markdown_bold() -> dict[str, Any]:
    words = (
        ("a", "poires", "pears", "farine", "flour", "sel", "salt"),
        ("b", "bougies", "candles", "ballons", "balloons", "nappe", "tablecloth"),
        ("c", "piles", "batteries", "câble", "cable", "chargeur", "charger"),
        ("d", "timbres", "stamps", "enveloppes", "envelopes", "colle", "glue"),
    )
    variants = []
    for key, b_fr, b_en, i_fr, i_en, c_fr, c_en in words:
        write(
            f"markdown-{key}-fr.txt",
            f"# Liste de courses\n\nPenser à prendre des *{i_fr}* et des **{b_fr}**.\n\n"
            f"- lait\n- `{c_fr}`\n- _pain_\n",
        )
        write(
            f"markdown-{key}-en.txt",
            f"# Shopping list\n\nRemember to buy *{i_en}* and **{b_en}**.\n\n"
            f"- milk\n- `{c_en}`\n- _bread_\n",
        )
        variants.append({"key": key, "v": key, "w_fr": b_fr, "w_en": b_en})
    return family(
        "f-3.4-5a8f02e6",
        "markdown-mise-en-forme",
        2,
        "markup",
        "free_answer",
        90,
        "Le fichier joint est écrit en Markdown, un langage de balisage léger. Une fois affiché, "
        "quel mot "
        "apparaît en gras ?",
        "The attached file is written in Markdown, a lightweight markup language. Once displayed, "
        "which word "
        "appears in bold?",
        {"accepted": {"fr": ["{{w_fr}}"], "en": ["{{w_en}}"]}},
        variants,
        [
            txt(
                "Fichier Markdown de 7 lignes : un titre, une phrase avec deux mots mis en forme, "
                "une liste de trois "
                "éléments.",
                "A 7-line Markdown file: a heading, a sentence with two formatted words, a list "
                "of three items.",
                per_locale("markdown"),
            )
        ],
    )


def markup() -> list[dict[str, Any]]:
    return [fam_markdown_bold(), fam_link_line(), fam_missing_alt(), fam_bad_tag()]


# ------------------------------------------------------------- more.yaml (syntax, division, scan)


FIXES = {
    "a": "if age >= 18:",
    "b": 'print("Total :", total)',
    "c": 'nom = "Lina"',
    "d": "while total < 10:",
}


def fam_syntax_error() -> dict[str, Any]:
    programs = {
        "a": (
            ["age = 17", "if age >= 18", '    print("majeur")', "else:", '    print("mineur")'],
            2,
        ),
        "b": (
            ["prix = 12", "quantite = 3", "total = prix * quantite", 'print("Total :", total'],
            4,
        ),
        "c": (['nom = "Lina', "points = 40", "points = points + 5", "print(nom, points)"], 1),
        "d": (
            [
                "for i in range(3):",
                "    print(i)",
                "total = 0",
                "while total < 10",
                "    total = total + 4",
            ],
            4,
        ),
    }
    variants = []
    for key, (lines, bad) in programs.items():
        code = "\n".join(lines) + "\n"
        try:
            compile(code, "programme.py", "exec")
        except SyntaxError:
            pass
        else:
            raise AssertionError(key)
        fixed = list(lines)
        fixed[bad - 1] = FIXES[key]
        compile("\n".join(fixed) + "\n", "programme.py", "exec")
        program_files_static("syntax", key, code)
        variants.append({"key": key, "v": key, "line": f"L{bad}"})
    return family(
        "f-3.4-86c1f4e0",
        "erreur-syntaxe-reperage",
        3,
        "debugging",
        "pick",
        120,
        "Python refuse de lancer ce programme : il signale une erreur de syntaxe (un caractère "
        "oublié). "
        "Sélectionnez la ligne où il manque quelque chose.",
        "Python refuses to run this program: it reports a syntax error (a character left out). "
        "Select the line where something is missing.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Programme Python de 4 ou 5 lignes, dont une ligne à laquelle il "
                "manque un caractère.",
                "A Python program of 4 or 5 lines, one line of which is missing a character.",
                per_locale("syntax"),
            )
        ],
    )


def fam_div_mod() -> dict[str, Any]:
    variants = []
    for key, total, unit in (("a", 135, 60), ("b", 200, 60), ("c", 47, 12), ("d", 29, 7)):
        code = f"duree = {total}\na = duree // {unit}\nb = duree % {unit}\nprint(a * 100 + b)\n"
        out, _ = program_files("divmod", key, code, WORDS)
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-3b9e62a7",
        "division-entiere-reste",
        5,
        "variables-and-types",
        "number",
        150,
        "Ouvrez le programme Python joint. `//` donne le quotient de la division entière et `%` "
        "son reste. "
        "Quel nombre affiche-t-il ?",
        "Open the attached Python program. `//` gives the quotient of whole-number division and "
        "`%` its "
        "remainder. Which number does it print?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme Python de 4 lignes : une durée, son quotient et son reste par une "
                "division entière, "
                "puis un affichage qui les combine.",
                "A 4-line Python program: a duration, its quotient and remainder by whole-number "
                "division, then a "
                "print combining them.",
                per_locale("divmod"),
            )
        ],
        enemies=["c-3.4-modulo-01"],
    )


def fam_scan_csv() -> dict[str, Any]:
    data = {
        "a": ([42, 55, 61, 48, 73, 80, 66], 60),
        "b": ([12, 18, 9, 25, 31, 22, 40], 20),
        "c": ([5, 7, 6, 9, 8, 14, 15], 10),
        "d": ([210, 190, 240, 230, 255, 300, 280], 250),
    }
    variants = []
    for key, (values, limit) in data.items():
        for loc, head in (("fr", "heure;mesure"), ("en", "hour;reading")):
            rows = [head] + [f"{8 + i}:00;{v}" for i, v in enumerate(values)]
            write(f"scan-{key}-{loc}.csv", "\n".join(rows))
        row = next(i for i, v in enumerate(values) if v > limit) + 2
        variants.append({"key": key, "v": key, "limit": limit, "cell": f"B{row}"})
    return family(
        "f-3.4-c2e7a950",
        "parcours-arret-condition",
        3,
        "algorithms",
        "pick",
        120,
        "Un programme lit la colonne B du tableau joint de haut en bas, à partir de la ligne 2, "
        "et s’arrête à "
        "la première mesure strictement supérieure à {{limit}}. Sélectionnez la cellule où il "
        "s’arrête.",
        "A program reads column B of the attached table from top to bottom, from row 2, and stops "
        "at the "
        "first reading strictly greater than {{limit}}. Select the cell where it stops.",
        {"material": "data", "accepted": ["{{cell}}"]},
        variants,
        [
            {
                "id": "data",
                "file": {"fr": "material/scan-{{v}}-fr.csv", "en": "material/scan-{{v}}-en.csv"},
                "media_type": "text/csv",
                "alt": {
                    "fr": fr(
                        "Tableau de 2 colonnes (heure, mesure) et 7 lignes de mesures, de 8:00 à "
                        "14:00."
                    ),
                    "en": "A 2-column table (hour, reading) with 7 rows of readings, "
                    "from 8:00 to 14:00.",
                },
            }
        ],
    )
