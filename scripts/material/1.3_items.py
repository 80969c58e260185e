"""Writes the new 1.3 families (assessment/items/1.3/*.yaml) and their material.

Every key is computed from the data written.

Run: .venv/bin/python scripts/material/1.3_items.py (deterministic: fixed seeds).
"""

# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
from __future__ import annotations

import random
import sys
from pathlib import Path
from statistics import mean

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bankgen import (
    ROOT,
    bar_svg,
    cell,
    csv_text,
    en_block,
    family,
    fr_block,
    html_page,
    html_table,
    material,
    meta,
    num_en,
    num_fr,
    typo_fr,
    write_text,
    write_yaml,
)

DIR = ROOT / "assessment" / "items" / "1.3"
MAT = DIR / "material"
KEYS = "abcde"
FIRST = [
    "Ana",
    "Lucas",
    "Inès",
    "Malik",
    "Jules",
    "Sara",
    "Noé",
    "Lina",
    "Hugo",
    "Maëlle",
    "Yanis",
    "Zoé",
    "Théo",
    "Aya",
    "Léon",
    "Jade",
    "Naël",
    "Romy",
    "Sacha",
    "Elsa",
    "Ilan",
    "Mila",
    "Oscar",
    "Lou",
]
LAST = [
    "Morvan",
    "Lefort",
    "Benhadj",
    "Garnier",
    "Tessier",
    "Rouxel",
    "Caron",
    "Pham",
    "Perrin",
    "Faure",
    "Diakité",
    "Marchal",
    "Quéré",
    "Lemaire",
    "Ollivier",
    "Sauvage",
]
CITIES = ["Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Tours", "Metz", "Brest"]


def _ascii(name: str) -> str:
    return name.lower().translate(str.maketrans("ïëéè", "ieee"))


def write_csv(
    stem: str, key: str, head_fr: list, head_en: list, rows_fr: list, rows_en: list
) -> None:
    write_text(MAT / f"{stem}-{key}-fr.csv", csv_text([head_fr, *rows_fr], ";"))
    write_text(MAT / f"{stem}-{key}-en.csv", csv_text([head_en, *rows_en], ","))


def csv_mat(stem: str, alt_fr: str, alt_en: str, mid: str = "data") -> dict:
    return material(mid, stem, "csv", "text/csv", alt_fr, alt_en)


EXPENSE_CATS = [
    ("Alimentation", "Food"),
    ("Transport", "Transport"),
    ("Logement", "Housing"),
    ("Loisirs", "Leisure"),
    ("Santé", "Health"),
]


def expenses(rng: random.Random, n: int) -> list[tuple[str, int, float]]:
    """(date dd/mm, category index, amount) rows."""
    month = rng.randint(1, 11)
    out = []
    for d in sorted(rng.sample(range(1, 29), n)):
        c = rng.randrange(len(EXPENSE_CATS))
        out.append((f"{d:02d}/{month:02d}/2026", c, round(rng.uniform(4, 95), 2)))
    return out


def expense_csv(stem: str, key: str, rows: list[tuple[str, int, float]]) -> None:
    write_csv(
        stem,
        key,
        ["Date", "Catégorie", "Montant (€)"],
        ["Date", "Category", "Amount (€)"],
        [[d, EXPENSE_CATS[c][0], num_fr(a)] for d, c, a in rows],
        [[d, EXPENSE_CATS[c][1], num_en(a)] for d, c, a in rows],
    )


FAMILIES: list[dict] = []


def add(f: dict) -> None:
    for v in f.get("variants", []):
        for name, value in v.items():
            if name.endswith("_fr") and isinstance(value, str):
                v[name] = typo_fr(value)
    FAMILIES.append(f)


# ---------------------------------------------------------------- level 1
def f_cell_ref() -> None:
    items = [
        ("Cahier", "Notebook"),
        ("Stylo", "Pen"),
        ("Classeur", "Binder"),
        ("Règle", "Ruler"),
        ("Gomme", "Eraser"),
        ("Agenda", "Diary"),
        ("Feutres", "Felt pens"),
        ("Compas", "Compass"),
    ]
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(100 + i)
        chosen = rng.sample(items, 6)
        rows_fr = [[fr, num_fr(rng.randint(80, 900) / 100)] for fr, _ in chosen]
        rows_en = [[en, rows_fr[j][1].replace(",", ".")] for j, (_, en) in enumerate(chosen)]
        t = rng.randrange(1, 6)
        write_csv(
            "fournitures", k, ["Article", "Prix (€)"], ["Item", "Price (€)"], rows_fr, rows_en
        )
        variants.append(
            {
                "key": k,
                "v": k,
                "item_fr": chosen[t][0].lower(),
                "item_en": chosen[t][1].lower(),
                "ref": cell(1, t + 2),
            }
        )
    add(
        family(
            "f-1.3-52ad77de",
            "reference-cellule-lecture",
            1,
            "formulas",
            "free_answer",
            fr_block(
                "Ouvrez ce tableau dans un tableur : la ligne 1 contient les titres des colonnes."
                " Quelle est la référence de la cellule qui contient le prix de l'article «"
                " {{item_fr}} » ? (par exemple : A1)"
            ),
            en_block(
                "Open this table in a spreadsheet: row 1 holds the column headings. What is the"
                ' reference of the cell holding the price of the item "{{item_en}}"? (for'
                " example: A1)"
            ),
            {"accepted": ["{{ref}}"], "spaces": "ignored"},
            metadata=meta(90),
            mats=[
                csv_mat(
                    "fournitures",
                    "Tableau de six articles de papeterie et de leur prix, sur deux colonnes.",
                    "A table of six stationery items and their price, in two columns.",
                )
            ],
            variants=variants,
        )
    )


def f_highest_bar() -> None:
    months_fr = ["Janvier", "Février", "Mars", "Avril"]
    months_en = ["January", "February", "March", "April"]
    variants = []
    for i, (k, top) in enumerate(zip("abcd", [2, 0, 3, 1], strict=True)):
        rng = random.Random(200 + i)
        vals = [rng.randrange(300, 700, 10) for _ in range(4)]
        vals[top] = max(vals) + rng.randrange(20, 60, 10)
        assert vals.index(max(vals)) == top
        d_fr = (
            "Visiteurs par mois : "
            + ", ".join(f"{m} {v}" for m, v in zip(months_fr, vals, strict=True))
            + "."
        )
        d_en = (
            "Visitors per month: "
            + ", ".join(f"{m} {v}" for m, v in zip(months_en, vals, strict=True))
            + "."
        )
        write_text(
            MAT / f"visiteurs-{k}-fr.svg",
            bar_svg(
                "Visiteurs de la médiathèque",
                months_fr,
                vals,
                ymin=0,
                ymax=800,
                step=200,
                show_values=False,
                desc=d_fr,
            ),
        )
        write_text(
            MAT / f"visiteurs-{k}-en.svg",
            bar_svg(
                "Library visitors",
                months_en,
                vals,
                ymin=0,
                ymax=800,
                step=200,
                show_values=False,
                desc=d_en,
            ),
        )
        v = {"key": k, "v": k, "d_fr": d_fr, "d_en": d_en}
        if top != 0:
            v["solution"] = top
        variants.append(v)
    add(
        family(
            "f-1.3-7cb23173",
            "graphique-lecture-max",
            1,
            "charts",
            "single_choice",
            fr_block(
                "D'après ce graphique, quel mois la médiathèque a-t-elle reçu le plus de"
                " visiteurs ?",
                months_fr,
            ),
            en_block(
                "According to this chart, in which month did the library have the most visitors?",
                months_en,
            ),
            0,
            metadata=meta(60),
            mats=[
                material(
                    "chart",
                    "visiteurs",
                    "svg",
                    "image/svg+xml",
                    "Diagramme en barres des visiteurs d'une médiathèque de janvier à avril."
                    " {{d_fr}}",
                    "Bar chart of a library's visitors from January to April. {{d_en}}",
                )
            ],
            variants=variants,
        )
    )


def f_empty_cell() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(300 + i)
        people = rng.sample([(f, ln) for f in FIRST for ln in LAST], 8)
        miss = rng.randrange(1, 8)
        rows = []
        for j, (fn, ln) in enumerate(people):
            mail = "" if j == miss else (f"{_ascii(fn)}.{_ascii(ln)}@exemple.fr")
            rows.append([ln, fn, mail, rng.choice(CITIES)])
        write_csv(
            "inscrits",
            k,
            ["Nom", "Prénom", "Courriel", "Ville"],
            ["Surname", "First name", "Email", "Town"],
            rows,
            rows,
        )
        variants.append({"key": k, "v": k, "target": cell(2, miss + 2)})
    add(
        family(
            "f-1.3-cb8daca9",
            "donnee-manquante",
            1,
            "data-quality",
            "pick",
            fr_block(
                "Dans cette liste d'inscrits, une personne n'a pas donné son adresse de courriel."
                " Sélectionnez la cellule vide."
            ),
            en_block(
                "In this list of people who signed up, one person did not give an email address."
                " Select the empty cell."
            ),
            {"material": "data", "accepted": ["{{target}}"]},
            metadata=meta(90),
            mats=[
                csv_mat(
                    "inscrits",
                    "Liste de huit inscrits : nom, prénom, courriel et ville.",
                    "A list of eight people who signed up: surname, first name, email and town.",
                )
            ],
            variants=variants,
        )
    )


def f_max() -> None:
    days_fr = ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
    days_en = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(400 + i)
        temps = rng.sample(range(8, 31), 7)
        write_csv(
            "temperatures",
            k,
            ["Jour", "Température (°C)"],
            ["Day", "Temperature (°C)"],
            [[d, t] for d, t in zip(days_fr, temps, strict=True)],
            [[d, t] for d, t in zip(days_en, temps, strict=True)],
        )
        variants.append({"key": k, "v": k, "max": max(temps)})
    add(
        family(
            "f-1.3-36ba6ab7",
            "fonction-max-lecture",
            1,
            "functions",
            "number",
            fr_block(
                "Ouvrez ce relevé dans un tableur. En B9, on saisit `=MAX(B2:B8)`. Quel résultat"
                " s'affiche ?"
            ),
            en_block(
                "Open this record in a spreadsheet. In B9, you type `=MAX(B2:B8)`. What result is"
                " displayed?"
            ),
            {"value": "{{max}}", "unit": "1", "tolerance": 0},
            metadata=meta(90),
            mats=[
                csv_mat(
                    "temperatures",
                    "Relevé des températures d'une semaine, un jour par ligne.",
                    "One week's temperatures, one day per row.",
                )
            ],
            variants=variants,
        )
    )


# ---------------------------------------------------------------- level 2
def f_separator() -> None:
    files = {
        "a": (
            ";",
            [
                ["Nom", "Classe", "Moyenne"],
                ["Morvan", "4e B", "12,5"],
                ["Pham", "4e A", "14"],
                ["Quéré", "4e B", "9,75"],
            ],
            [
                ["Name", "Class", "Average"],
                ["Morvan", "8B", "12.5"],
                ["Pham", "8A", "14"],
                ["Quere", "8B", "9.75"],
            ],
        ),
        "b": (
            ",",
            [
                ["Produit", "Rayon", "Stock"],
                ["Lait", "Frais", "42"],
                ["Riz", "Épicerie", "18"],
                ["Beurre", "Frais", "7"],
            ],
            [
                ["Product", "Aisle", "Stock"],
                ["Milk", "Dairy", "42"],
                ["Rice", "Grocery", "18"],
                ["Butter", "Dairy", "7"],
            ],
        ),
        "c": (
            "|",
            [
                ["Ville", "Habitants", "Département"],
                ["Dijon", "159000", "Côte-d'Or"],
                ["Brest", "140000", "Finistère"],
                ["Tours", "137000", "Indre-et-Loire"],
            ],
            [
                ["Town", "Inhabitants", "Department"],
                ["Dijon", "159000", "Cote-d'Or"],
                ["Brest", "140000", "Finistere"],
                ["Tours", "137000", "Indre-et-Loire"],
            ],
        ),
        "d": (
            ",",
            [
                ["Titre", "Auteur", "Note"],
                ['"Vingt mille lieues; édition illustrée"', "Verne", "4"],
                ['"Le Horla; nouvelles"', "Maupassant", "5"],
                ["Candide", "Voltaire", "3"],
            ],
            [
                ["Title", "Author", "Rating"],
                ['"Twenty Thousand Leagues; illustrated"', "Verne", "4"],
                ['"The Horla; stories"', "Maupassant", "5"],
                ["Candide", "Voltaire", "3"],
            ],
        ),
        "e": (
            ";",
            [
                ["Date", "Montant", "Moyen"],
                ["03/04/2026", "12,40", "Carte"],
                ["05/04/2026", "7,90", "Espèces"],
                ["09/04/2026", "23,15", "Carte"],
            ],
            [
                ["Date", "Amount", "Method"],
                ["03/04/2026", "12,40", "Card"],
                ["05/04/2026", "7,90", "Cash"],
                ["09/04/2026", "23,15", "Card"],
            ],
        ),
    }
    variants = []
    for k, (sep, fr_rows, en_rows) in files.items():
        write_text(MAT / f"export-{k}-fr.txt", "\n".join(sep.join(r) for r in fr_rows) + "\n")
        write_text(MAT / f"export-{k}-en.txt", "\n".join(sep.join(r) for r in en_rows) + "\n")
        words = {
            ";": ("point-virgule", "semicolon"),
            ",": ("virgule", "comma"),
            "|": ("barre verticale", "pipe"),
        }
        variants.append(
            {"key": k, "v": k, "sep": sep, "word_fr": words[sep][0], "word_en": words[sep][1]}
        )
    add(
        family(
            "f-1.3-61775094",
            "separateur-csv",
            2,
            "csv-and-import",
            "free_answer",
            fr_block(
                "Voici le début d'un fichier exporté, ouvert dans un éditeur de texte. Quel"
                " caractère sépare les colonnes ? (tapez seulement ce caractère)"
            ),
            en_block(
                "Here is the start of an exported file, opened in a text editor. Which character"
                " separates the columns? (type only that character)"
            ),
            {
                "accepted": {"any": ["{{sep}}"], "fr": ["{{word_fr}}"], "en": ["{{word_en}}"]},
                "punctuation": "significant",
            },
            metadata=meta(90),
            enemies=["f-1.3-6ce587a2", "f-1.3-96895c6e"],
            mats=[
                material(
                    "file",
                    "export",
                    "txt",
                    "text/plain",
                    "Quatre lignes d'un fichier texte de données, une ligne de titres puis trois"
                    " lignes.",
                    "Four lines of a data text file: a heading line then three lines.",
                )
            ],
            variants=variants,
        )
    )


def f_sorted_by() -> None:
    props_fr = [
        "Par nom, de A à Z",
        "Par âge, du plus jeune au plus âgé",
        "Par ville, de A à Z",
        "Par âge, du plus âgé au plus jeune",
    ]
    props_en = [
        "By name, A to Z",
        "By age, youngest first",
        "By town, A to Z",
        "By age, oldest first",
    ]
    variants = []
    for i, (k, sol) in enumerate(zip("abcd", [1, 2, 3, 0], strict=True)):
        rng = random.Random(600 + i)
        rows = [
            [n, rng.randint(18, 70), c]
            for n, c in zip(rng.sample(FIRST, 7), rng.sample(CITIES, 7), strict=True)
        ]
        keyf = [lambda r: r[0], lambda r: r[1], lambda r: r[2], lambda r: -r[1]][sol]
        rows.sort(key=keyf)
        # the table must not also look sorted by another criterion
        for j, f in enumerate([lambda r: r[0], lambda r: r[1], lambda r: r[2], lambda r: -r[1]]):
            if j != sol:
                assert sorted(rows, key=f) != rows
        for lang, head, title in (
            ("fr", ["Prénom", "Âge", "Ville"], "Liste des adhérents"),
            ("en", ["First name", "Age", "Town"], "List of members"),
        ):
            write_text(
                MAT / f"adherents-{k}-{lang}.html", html_page(lang, title, html_table(head, rows))
            )
        v = {"key": k, "v": k}
        if sol != 1:
            v["solution"] = sol
        variants.append(v)
    add(
        family(
            "f-1.3-24b961ea",
            "tri-reconnaitre",
            2,
            "sort-filter",
            "single_choice",
            fr_block("Ce tableau vient d'être trié. Selon quel critère ?", props_fr),
            en_block("This table has just been sorted. By what criterion?", props_en),
            1,
            metadata=meta(60),
            mats=[
                material(
                    "table",
                    "adherents",
                    "html",
                    "text/html",
                    "Tableau de sept adhérents : prénom, âge et ville.",
                    "A table of seven members: first name, age and town.",
                )
            ],
            variants=variants,
        )
    )


def f_sum() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(700 + i)
        rows = expenses(rng, 8)
        expense_csv("depenses-mois", k, rows)
        variants.append({"key": k, "v": k, "total": round(sum(a for _, _, a in rows), 2)})
    add(
        family(
            "f-1.3-d5262a29",
            "somme-colonne",
            2,
            "functions",
            "number",
            fr_block(
                "Ouvrez ce relevé de dépenses dans un tableur. Quel est le total de la colonne"
                " Montant ? (vous pouvez utiliser `=SOMME(...)`)"
            ),
            en_block(
                "Open this expense record in a spreadsheet. What is the total of the Amount"
                " column? (you can use `=SUM(...)`)"
            ),
            {"value": "{{total}}", "unit": "€", "tolerance": 0.01},
            metadata=meta(180),
            mats=[
                csv_mat(
                    "depenses-mois",
                    "Relevé de huit dépenses : date, catégorie et montant en euros.",
                    "A record of eight expenses: date, category and amount in euros.",
                )
            ],
            variants=variants,
        )
    )


def f_bar_diff() -> None:
    modes_fr = ["À pied", "Vélo", "Bus", "Voiture"]
    modes_en = ["On foot", "Bike", "Bus", "Car"]
    pairs = [(0, 2), (1, 3), (2, 1), (3, 0)]
    variants = []
    for i, (k, (a, b)) in enumerate(zip("abcd", pairs, strict=True)):
        rng = random.Random(800 + i)
        vals = rng.sample(range(12, 96), 4)
        if vals[a] < vals[b]:
            vals[a], vals[b] = vals[b], vals[a]
        d_fr = (
            "Élèves par mode de transport : "
            + ", ".join(f"{m} {v}" for m, v in zip(modes_fr, vals, strict=True))
            + "."
        )
        d_en = (
            "Pupils by means of transport: "
            + ", ".join(f"{m} {v}" for m, v in zip(modes_en, vals, strict=True))
            + "."
        )
        write_text(
            MAT / f"transport-{k}-fr.svg",
            bar_svg(
                "Comment les élèves viennent au collège",
                modes_fr,
                vals,
                ymin=0,
                ymax=100,
                step=20,
                show_values=True,
                desc=d_fr,
            ),
        )
        write_text(
            MAT / f"transport-{k}-en.svg",
            bar_svg(
                "How pupils get to school",
                modes_en,
                vals,
                ymin=0,
                ymax=100,
                step=20,
                show_values=True,
                desc=d_en,
            ),
        )
        variants.append(
            {
                "key": k,
                "v": k,
                "a_fr": modes_fr[a],
                "a_en": modes_en[a],
                "b_fr": modes_fr[b],
                "b_en": modes_en[b],
                "diff": vals[a] - vals[b],
                "d_fr": d_fr,
                "d_en": d_en,
            }
        )
    add(
        family(
            "f-1.3-2c1bdb49",
            "graphique-ecart",
            2,
            "charts",
            "number",
            fr_block(
                "D'après ce graphique, combien d'élèves de plus compte la barre « {{a_fr}} » que"
                " la barre « {{b_fr}} » ?"
            ),
            en_block(
                'According to this chart, how many more pupils does the "{{a_en}}" bar count'
                ' than the "{{b_en}}" bar?'
            ),
            {"value": "{{diff}}", "unit": "1", "tolerance": 0},
            metadata=meta(90),
            mats=[
                material(
                    "chart",
                    "transport",
                    "svg",
                    "image/svg+xml",
                    "Diagramme en barres du nombre d'élèves par mode de transport, valeur écrite"
                    " sur chaque barre. {{d_fr}}",
                    "Bar chart of the number of pupils by means of transport, value written over"
                    " each bar. {{d_en}}",
                )
            ],
            variants=variants,
        )
    )


# ---------------------------------------------------------------- level 3
SUBJECTS = [
    ("Mathématiques", "Maths"),
    ("Français", "French"),
    ("Histoire", "History"),
    ("Anglais", "English"),
    ("Physique", "Physics"),
    ("SVT", "Biology"),
]


def f_average() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(900 + i)
        names = rng.sample(FIRST, 9)
        marks = [rng.randrange(10, 40) / 2 for _ in names]
        write_csv(
            "notes-groupe",
            k,
            ["Élève", "Note /20"],
            ["Pupil", "Mark /20"],
            [[n, num_fr(m, 1)] for n, m in zip(names, marks, strict=True)],
            [[n, num_en(m, 1)] for n, m in zip(names, marks, strict=True)],
        )
        variants.append({"key": k, "v": k, "avg": round(mean(marks), 2)})
    add(
        family(
            "f-1.3-561ec0d2",
            "moyenne-colonne",
            3,
            "functions",
            "number",
            fr_block(
                "Ouvrez ces notes dans un tableur. Quelle est la moyenne du groupe ? (arrondie au"
                " centième)"
            ),
            en_block(
                "Open these marks in a spreadsheet. What is the group's average? (rounded to two"
                " decimals)"
            ),
            {"value": "{{avg}}", "unit": "1", "tolerance": 0.01},
            metadata=meta(180),
            mats=[
                csv_mat(
                    "notes-groupe",
                    "Notes sur 20 de neuf élèves, une ligne par élève.",
                    "Marks out of 20 of nine pupils, one row per pupil.",
                )
            ],
            variants=variants,
        )
    )


def f_filter_count() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1000 + i)
        n = 24
        rows = [
            (
                rng.choice(FIRST) + " " + rng.choice(LAST),
                rng.choice(CITIES[:5]),
                rng.randint(1, 6),
            )
            for _ in range(n)
        ]
        city = CITIES[i]
        count = sum(1 for r in rows if r[1] == city)
        write_csv(
            "commandes-villes",
            k,
            ["Client", "Ville", "Articles"],
            ["Customer", "Town", "Items"],
            [list(r) for r in rows],
            [list(r) for r in rows],
        )
        variants.append({"key": k, "v": k, "city": city, "count": count})
    add(
        family(
            "f-1.3-099b85b8",
            "filtre-compter",
            3,
            "sort-filter",
            "number",
            fr_block(
                "Ouvrez ce fichier de commandes dans un tableur et filtrez la colonne Ville sur «"
                " {{city}} ». Combien de commandes restent affichées ?"
            ),
            en_block(
                'Open this order file in a spreadsheet and filter the Town column on "{{city}}".'
                " How many orders are still shown?"
            ),
            {"value": "{{count}}", "unit": "1", "tolerance": 0},
            metadata=meta(180, phone=False),
            mats=[
                csv_mat(
                    "commandes-villes",
                    "Vingt-quatre commandes : client, ville et nombre d'articles.",
                    "Twenty-four orders: customer, town and number of items.",
                )
            ],
            variants=variants,
        )
    )


def f_bad_date() -> None:
    bad = ["31/02/2026", "14/13/2026", "2026-05-07", "30/02/2026"]
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1100 + i)
        month = rng.randint(3, 10)
        days = sorted(rng.sample(range(1, 28), 8))
        pos = rng.randrange(1, 8)
        rows = []
        for j, d in enumerate(days):
            date = bad[i] if j == pos else f"{d:02d}/{month:02d}/2026"
            rows.append([date, rng.choice(FIRST), rng.randint(1, 4)])
        write_csv(
            "reservations", k, ["Date", "Nom", "Places"], ["Date", "Name", "Seats"], rows, rows
        )
        variants.append({"key": k, "v": k, "target": cell(0, pos + 2)})
    add(
        family(
            "f-1.3-bed57994",
            "date-invalide",
            3,
            "data-quality",
            "pick",
            fr_block(
                "Les dates de ce fichier de réservations sont au format jour/mois/année. Une"
                " seule d'entre elles est fausse ou ne respecte pas ce format. Sélectionnez sa"
                " cellule."
            ),
            en_block(
                "The dates in this booking file are in day/month/year format. Exactly one of them"
                " is wrong or does not follow that format. Select its cell."
            ),
            {"material": "data", "accepted": ["{{target}}"]},
            metadata=meta(120),
            mats=[
                csv_mat(
                    "reservations",
                    "Huit réservations : date, nom et nombre de places.",
                    "Eight bookings: date, name and number of seats.",
                )
            ],
            variants=variants,
        )
    )


def f_row_formula() -> None:
    prods = [
        ("Farine", "Flour"),
        ("Sucre", "Sugar"),
        ("Œufs", "Eggs"),
        ("Lait", "Milk"),
        ("Beurre", "Butter"),
        ("Levure", "Yeast"),
        ("Chocolat", "Chocolate"),
    ]
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1200 + i)
        rows = [
            (p, rng.randint(2, 12), rng.randint(45, 480) / 100, rng.choice([0, 5, 10]))
            for p in prods
        ]
        r = rng.randrange(2, 7)
        p = rows[r]
        value = round(p[1] * p[2] * (1 - p[3] / 100), 2)
        write_csv(
            "commande-epicerie",
            k,
            ["Produit", "Quantité", "Prix unitaire (€)", "Remise (%)"],
            ["Product", "Quantity", "Unit price (€)", "Discount (%)"],
            [[a[0], q, num_fr(u), d] for a, q, u, d in rows],
            [[a[1], q, num_en(u), d] for a, q, u, d in rows],
        )
        variants.append({"key": k, "v": k, "row": r + 2, "value": value})
    add(
        family(
            "f-1.3-c2386f4a",
            "formule-ligne-calcul",
            3,
            "formulas",
            "number",
            fr_block(
                "Ouvrez cette commande dans un tableur. En E{{row}}, vous saisissez"
                " `=B{{row}}*C{{row}}*(1-D{{row}}/100)`. Quel résultat s'affiche ?"
            ),
            en_block(
                "Open this order in a spreadsheet. In E{{row}}, you type"
                " `=B{{row}}*C{{row}}*(1-D{{row}}/100)`. What result is displayed?"
            ),
            {"value": "{{value}}", "unit": "€", "tolerance": 0.01},
            metadata=meta(180),
            mats=[
                csv_mat(
                    "commande-epicerie",
                    "Commande de sept produits : produit, quantité, prix unitaire et remise "
                    "en pourcentage.",
                    "An order of seven products: product, quantity, unit price and discount "
                    "in percent.",
                )
            ],
            variants=variants,
        )
    )


# ---------------------------------------------------------------- level 4
def f_sumif() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1300 + i)
        rows = expenses(rng, 18)
        c = rows[2 + 3 * i][1]
        total = round(sum(a for _, cc, a in rows if cc == c), 2)
        assert total > 0
        expense_csv("depenses-trimestre", k, rows)
        variants.append(
            {
                "key": k,
                "v": k,
                "cat_fr": EXPENSE_CATS[c][0],
                "cat_en": EXPENSE_CATS[c][1],
                "total": total,
            }
        )
    add(
        family(
            "f-1.3-dc1af16f",
            "somme-si-categorie",
            4,
            "functions",
            "number",
            fr_block(
                "Ouvrez ce relevé de dépenses dans un tableur. Quel est le total des dépenses de"
                " la catégorie « {{cat_fr}} » ?"
            ),
            en_block(
                "Open this expense record in a spreadsheet. What is the total of the expenses in"
                ' the "{{cat_en}}" category?'
            ),
            {"value": "{{total}}", "unit": "€", "tolerance": 0.01},
            metadata=meta(240, phone=False),
            mats=[
                csv_mat(
                    "depenses-trimestre",
                    "Relevé de dix-huit dépenses : date, catégorie et montant en euros.",
                    "A record of eighteen expenses: date, category and amount in euros.",
                )
            ],
            variants=variants,
        )
    )


def f_share_formula() -> None:
    variants = []
    for k, col, last in (("a", "B", 10), ("b", "C", 14), ("c", "D", 22), ("d", "E", 31)):
        variants.append({"key": k, "col": col, "first": 2, "last": last - 1, "tot": last})
    props = [
        "`={{col}}2/{{col}}{{tot}}`",
        "`=${{col}}2/{{col}}{{tot}}`",
        "`={{col}}2/${{col}}${{tot}}`",
        "`=${{col}}$2/${{col}}${{tot}}`",
    ]
    add(
        family(
            "f-1.3-c151bffc",
            "part-du-total-recopie",
            4,
            "formulas",
            "single_choice",
            fr_block(
                "Les montants sont en {{col}}2:{{col}}{{last}} et leur total en {{col}}{{tot}}."
                " Vous voulez, à côté de chaque montant, sa part dans le total, avec une formule"
                " écrite sur la ligne 2 puis recopiée vers le bas. Quelle formule écrivez-vous"
                " sur la ligne 2 ?",
                props,
            ),
            en_block(
                "The amounts are in {{col}}2:{{col}}{{last}} and their total in {{col}}{{tot}}."
                " Next to each amount you want its share of the total, with a formula written on"
                " row 2 then filled down. Which formula do you write on row 2?",
                props,
            ),
            2,
            metadata=meta(120),
            variants=variants,
        )
    )


def f_postcodes() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1400 + i)
        rows, bad = [], 0
        wrong = rng.sample(range(16), 3 + i % 2)
        for j in range(16):
            cp = f"{rng.randint(10000, 95999):05d}"
            if j in wrong:
                kind = wrong.index(j) % 3
                bad += 1
                if kind == 0:
                    cp = cp[:3] + cp[4:]  # a digit lost
                elif kind == 1:
                    cp = cp[:2] + " " + cp[2:]
                else:
                    cp = cp + str(rng.randint(0, 9))
            rows.append([rng.choice(FIRST) + " " + rng.choice(LAST), cp])
        assert bad >= 2
        write_csv("adresses-cp", k, ["Client", "Code postal"], ["Customer", "Postcode"], rows, rows)
        variants.append({"key": k, "v": k, "bad": bad})
    add(
        family(
            "f-1.3-580fc9f5",
            "code-postal-controle",
            4,
            "data-quality",
            "number",
            fr_block(
                "Un code postal français s'écrit avec exactement 5 chiffres, sans espace. Dans ce"
                " fichier, combien de codes postaux ne respectent pas cette règle ?"
            ),
            en_block(
                "A French postcode is written with exactly 5 digits and no space. In this file,"
                " how many postcodes break that rule?"
            ),
            {"value": "{{bad}}", "unit": "1", "tolerance": 0},
            metadata=meta(180),
            mats=[
                csv_mat(
                    "adresses-cp",
                    "Seize clients avec leur code postal, lu comme du texte.",
                    "Sixteen customers with their postcode, read as text.",
                )
            ],
            variants=variants,
        )
    )


def f_pivot_pick() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1500 + i)
        shops = rng.sample(CITIES, 5)
        while True:
            grid = [[rng.randrange(80, 200) for _ in range(4)] for _ in shops]
            tots = [sum(r) for r in grid]
            best = tots.index(max(tots))
            q4best = max(range(5), key=lambda s: grid[s][3])
            if (
                sorted(tots)[-1] - sorted(tots)[-2] >= 8
                and q4best != best
                and grid[best][0] != max(r[0] for r in grid)
            ):
                break
        ids = [f"r{j + 1}" for j in range(5)]
        for lang, head, title in (
            ("fr", ["Magasin", "T1", "T2", "T3", "T4"], "Ventes (k€) par magasin et trimestre"),
            ("en", ["Shop", "Q1", "Q2", "Q3", "Q4"], "Sales (k€) by shop and quarter"),
        ):
            table = [[s, *g] for s, g in zip(shops, grid, strict=True)]
            body = html_table(head, table, pick_first=ids)
            write_text(MAT / f"croise-magasins-{k}-{lang}.html", html_page(lang, title, body))
        variants.append({"key": k, "v": k, "target": ids[best]})
    add(
        family(
            "f-1.3-46728620",
            "croise-total-ligne",
            4,
            "pivot-tables",
            "pick",
            fr_block(
                "Ce tableau croisé donne les ventes de chaque magasin par trimestre, sans colonne"
                " de total. Sélectionnez le magasin qui a le plus vendu sur l'année entière."
            ),
            en_block(
                "This pivot table gives each shop's sales by quarter, with no total column."
                " Select the shop that sold the most over the whole year."
            ),
            {"material": "table", "accepted": ["{{target}}"]},
            metadata=meta(180),
            mats=[
                material(
                    "table",
                    "croise-magasins",
                    "html",
                    "text/html",
                    "Tableau croisé : cinq magasins en lignes, quatre trimestres en colonnes,"
                    " ventes en milliers d'euros.",
                    "Pivot table: five shops in rows, four quarters in columns, sales in"
                    " thousands of euros.",
                )
            ],
            variants=variants,
        )
    )


# ---------------------------------------------------------------- level 5
def f_import_settings() -> None:
    props_fr = [
        "Séparateur : virgule ; décimales : point",
        "Séparateur : point-virgule ; décimales : virgule",
        "Séparateur : point-virgule ; décimales : point",
        "Séparateur : virgule ; décimales : virgule",
    ]
    props_en = [
        "Separator: comma; decimals: point",
        "Separator: semicolon; decimals: comma",
        "Separator: semicolon; decimals: point",
        "Separator: comma; decimals: comma",
    ]
    samples = {
        # key: (solution, lines)
        "a": (
            0,
            [
                "station,date,pluie_mm,vent_kmh",
                "Brest,2026-03-01,12.4,38.5",
                "Brest,2026-03-02,0.8,21.0",
                "Metz,2026-03-01,3.25,14.2",
            ],
        ),
        "b": (
            1,
            [
                "article;quantite;prix",
                "Cahier A4;3;2,45",
                "Stylo bille;10;0,89",
                "Classeur;2;4,10",
            ],
        ),
        "c": (
            2,
            [
                "capteur;heure;temperature;humidite",
                "C1;08:00;19.6;48.2",
                "C1;09:00;20.15;47.9",
                "C2;08:00;18.4;52.0",
            ],
        ),
        "d": (
            3,
            [
                "coureur,temps_km,distance",
                'R01,"5,42","10,5"',
                'R02,"6,08","8,25"',
                'R03,"4,95","12,0"',
            ],
        ),
        "e": (
            2,
            [
                "produit;poids_kg;prix_kg",
                "pommes;1.25;2.40",
                "poires;0.8;3.15",
                "raisin;0.45;4.90",
            ],
        ),
    }
    variants = []
    for k, (sol, lines) in samples.items():
        for lang in ("fr", "en"):
            write_text(MAT / f"import-{k}-{lang}.txt", "\n".join(lines) + "\n")
        v = {"key": k, "v": k}
        if sol != 0:
            v["solution"] = sol
        variants.append(v)
    add(
        family(
            "f-1.3-96895c6e",
            "import-reglages",
            5,
            "csv-and-import",
            "single_choice",
            fr_block(
                "Vous importez ce fichier texte dans un tableur. Quels réglages d'import"
                " donneront une colonne par donnée et des nombres décimaux reconnus comme des"
                " nombres ?",
                props_fr,
            ),
            en_block(
                "You import this text file into a spreadsheet. Which import settings will give"
                " one column per value and decimal numbers recognised as numbers?",
                props_en,
            ),
            0,
            metadata=meta(150),
            mats=[
                material(
                    "file",
                    "import",
                    "txt",
                    "text/plain",
                    "Les quatre premières lignes d'un fichier de données brut.",
                    "The first four lines of a raw data file.",
                )
            ],
            variants=variants,
        )
    )


def f_axis_trap() -> None:
    variants = []
    cases = [
        ("a", 950, 1000, 5, 970, 995),
        ("b", 400, 460, 10, 410, 450),
        ("c", 1200, 1300, 20, 1220, 1280),
        ("d", 80, 100, 5, 85, 95),
    ]
    names_fr, names_en = ["Magasin A", "Magasin B"], ["Shop A", "Shop B"]
    for k, lo, hi, step, va, vb in cases:
        pct = round((vb - va) / va * 100, 1)
        d_fr = f"Axe vertical de {lo} à {hi}. Magasin A : {va} ventes ; magasin B : {vb} ventes."
        d_en = f"Vertical axis from {lo} to {hi}. Shop A: {va} sales; shop B: {vb} sales."
        write_text(
            MAT / f"axe-{k}-fr.svg",
            bar_svg(
                "Ventes du mois",
                names_fr,
                [va, vb],
                ymin=lo,
                ymax=hi,
                step=step,
                show_values=False,
                desc=d_fr.replace(" :", "\u00a0:").replace(" ;", "\u00a0;"),
            ),
        )
        write_text(
            MAT / f"axe-{k}-en.svg",
            bar_svg(
                "Sales this month",
                names_en,
                [va, vb],
                ymin=lo,
                ymax=hi,
                step=step,
                show_values=False,
                desc=d_en,
            ),
        )
        variants.append({"key": k, "v": k, "pct": pct, "d_fr": d_fr, "d_en": d_en})
    add(
        family(
            "f-1.3-4b5ecf10",
            "graphique-axe-tronque",
            5,
            "charts",
            "number",
            fr_block(
                "Sur ce graphique, la barre du magasin B paraît bien plus haute que celle du"
                " magasin A. Lisez les valeurs sur l'axe : de combien de pour cent les ventes de"
                " B dépassent-elles celles de A ? (à 1 % près)"
            ),
            en_block(
                "On this chart, shop B's bar looks much taller than shop A's. Read the values on"
                " the axis: by what percentage do B's sales exceed A's? (to within 1%)"
            ),
            {"value": "{{pct}}", "unit": "%", "tolerance": 1},
            metadata=meta(180),
            mats=[
                material(
                    "chart",
                    "axe",
                    "svg",
                    "image/svg+xml",
                    "Diagramme en barres de deux magasins dont l'axe vertical ne commence pas à"
                    " zéro. {{d_fr}}",
                    "Bar chart of two shops whose vertical axis does not start at zero. {{d_en}}",
                )
            ],
            variants=variants,
        )
    )


def f_vlookup() -> None:
    arts = [
        ("Câble USB-C", "USB-C cable"),
        ("Souris", "Mouse"),
        ("Clavier", "Keyboard"),
        ("Casque", "Headset"),
        ("Clé USB 64 Go", "64 GB USB stick"),
        ("Webcam", "Webcam"),
        ("Chargeur", "Charger"),
        ("Tapis de souris", "Mouse mat"),
        ("Hub USB", "USB hub"),
        ("Support écran", "Monitor stand"),
    ]
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1700 + i)
        base = rng.randint(110, 170)
        refs = [f"R-{base + j * 7}" for j in range(len(arts))]
        # a look-alike reference (digits swapped) sits just before the wanted one
        t = rng.randrange(3, len(arts))
        want = f"R-{base + t * 7}"
        swapped = "R-" + want[2] + want[4] + want[3]
        if swapped != want:
            refs[t - 1] = swapped
        stock = [rng.randint(0, 60) for _ in arts]
        price = [rng.randint(500, 4900) / 100 for _ in arts]
        order = list(range(len(arts)))
        rng.shuffle(order)
        rows_fr = [[refs[j], arts[j][0], num_fr(price[j]), stock[j]] for j in order]
        rows_en = [[refs[j], arts[j][1], num_en(price[j]), stock[j]] for j in order]
        write_csv(
            "catalogue",
            k,
            ["Référence", "Article", "Prix (€)", "Stock"],
            ["Reference", "Item", "Price (€)", "Stock"],
            rows_fr,
            rows_en,
        )
        assert refs.count(want) == 1
        variants.append({"key": k, "v": k, "ref": want, "last": len(arts) + 1, "stock": stock[t]})
    add(
        family(
            "f-1.3-5855e24a",
            "recherchev-resultat",
            5,
            "functions",
            "number",
            fr_block(
                "Ouvrez ce catalogue dans un tableur. Quel résultat affiche la formule "
                '`=RECHERCHEV("{{ref}}";A2:D{{last}};4;FAUX)` ?'
            ),
            en_block(
                "Open this catalogue in a spreadsheet. What result does the formula "
                '`=VLOOKUP("{{ref}}",A2:D{{last}},4,FALSE)` display?'
            ),
            {"value": "{{stock}}", "unit": "1", "tolerance": 0},
            metadata=meta(180, phone=False),
            mats=[
                csv_mat(
                    "catalogue",
                    "Catalogue de dix articles : référence, article, prix et stock.",
                    "A catalogue of ten items: reference, item, price and stock.",
                )
            ],
            variants=variants,
        )
    )


MONTHS = [("janvier", "January"), ("février", "February"), ("mars", "March")]
REGIONS = [("Nord", "North"), ("Sud", "South"), ("Est", "East"), ("Ouest", "West")]


def sales(rng: random.Random, n: int) -> list[tuple[int, int, str, float]]:
    sellers = rng.sample(FIRST, 4)
    return [
        (rng.randrange(3), rng.randrange(4), rng.choice(sellers), rng.randint(40, 900))
        for _ in range(n)
    ]


def sales_csv(
    stem: str,
    key: str,
    rows: list[tuple[int, int, str, float]],
    category: list[int] | None = None,
) -> None:
    cats = [("Matériel", "Hardware"), ("Logiciel", "Software"), ("Service", "Service")]
    head_fr, head_en = (
        ["Mois", "Région", "Vendeur", "Montant (€)"],
        ["Month", "Region", "Seller", "Amount (€)"],
    )
    if category is not None:
        head_fr.insert(3, "Catégorie")
        head_en.insert(3, "Category")
    rows_fr, rows_en = [], []
    for j, (m, r, s, a) in enumerate(rows):
        fr = [MONTHS[m][0], REGIONS[r][0], s, a]
        en = [MONTHS[m][1], REGIONS[r][1], s, a]
        if category is not None:
            fr.insert(3, cats[category[j]][0])
            en.insert(3, cats[category[j]][1])
        rows_fr.append(fr)
        rows_en.append(en)
    write_csv(stem, key, head_fr, head_en, rows_fr, rows_en)


def f_pivot_cell() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1800 + i)
        rows = sales(rng, 30)
        m, r = i % 3, (i + 1) % 4
        val = sum(a for mm, rr, _, a in rows if mm == m and rr == r)
        assert val > 0
        sales_csv("ventes-t1", k, rows)
        variants.append(
            {
                "key": k,
                "v": k,
                "reg_fr": REGIONS[r][0],
                "reg_en": REGIONS[r][1],
                "mon_fr": MONTHS[m][0],
                "mon_en": MONTHS[m][1],
                "val": val,
            }
        )
    add(
        family(
            "f-1.3-a3899e06",
            "croise-intersection",
            5,
            "pivot-tables",
            "number",
            fr_block(
                "À partir de ces ventes, vous faites un tableau croisé dynamique : régions en"
                " lignes, mois en colonnes, somme des montants. Quelle valeur s'affiche à"
                " l'intersection de la région {{reg_fr}} et du mois de {{mon_fr}} ?"
            ),
            en_block(
                "From these sales you build a pivot table: regions in rows, months in columns,"
                " sum of the amounts. Which value is shown where the {{reg_en}} region meets"
                " {{mon_en}}?"
            ),
            {"value": "{{val}}", "unit": "€", "tolerance": 0},
            metadata=meta(300, phone=False),
            mats=[
                csv_mat(
                    "ventes-t1",
                    "Trente ventes du premier trimestre : mois, région, vendeur et montant.",
                    "Thirty first-quarter sales: month, region, seller and amount.",
                )
            ],
            variants=variants,
        )
    )


# ---------------------------------------------------------------- level 6
def f_average_blanks() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(1900 + i)
        names = rng.sample(FIRST, 12)
        vals: list[object] = [rng.randrange(8, 40) / 2 for _ in names]
        for j in rng.sample(range(12), 3):
            vals[j] = rng.choice(["abs", ""])
        if "" not in vals:
            vals[next(j for j, v in enumerate(vals) if v == "abs")] = ""
        if "abs" not in vals:
            vals[next(j for j, v in enumerate(vals) if v == "")] = "abs"
        nums = [v for v in vals if isinstance(v, float)]
        avg = round(mean(nums), 2)
        wrong = round(sum(nums) / 12, 2)
        assert abs(avg - wrong) > 0.5
        write_csv(
            "notes-absences",
            k,
            ["Élève", "Note"],
            ["Pupil", "Mark"],
            [
                [n, num_fr(v, 1) if isinstance(v, float) else v]
                for n, v in zip(names, vals, strict=True)
            ],
            [
                [n, num_en(v, 1) if isinstance(v, float) else v]
                for n, v in zip(names, vals, strict=True)
            ],
        )
        variants.append({"key": k, "v": k, "avg": avg})
    add(
        family(
            "f-1.3-13d9d8f3",
            "moyenne-cellules-vides",
            6,
            "data-quality",
            "number",
            fr_block(
                "Dans ces notes, certaines cellules sont vides et d'autres contiennent « abs »."
                " Ouvrez le fichier dans un tableur : quel résultat affiche `=MOYENNE(B2:B13)` ?"
                " (arrondi au centième)"
            ),
            en_block(
                'In these marks, some cells are empty and others contain "abs". Open the file in'
                " a spreadsheet: what result does `=AVERAGE(B2:B13)` display? (rounded to two"
                " decimals)"
            ),
            {"value": "{{avg}}", "unit": "1", "tolerance": 0.01},
            metadata=meta(240),
            mats=[
                csv_mat(
                    "notes-absences",
                    "Notes de douze élèves ; certaines cellules sont vides ou contiennent « abs ».",
                    'Marks of twelve pupils; some cells are empty or contain "abs".',
                )
            ],
            variants=variants,
        )
    )


def f_mixed_refs() -> None:
    variants = []
    for i, (k, target) in enumerate(zip("abcd", ["D5", "E3", "C6", "F4"], strict=True)):
        rng = random.Random(2000 + i)
        head = [rng.randint(2, 15) for _ in range(5)]
        side = [rng.randint(2, 15) for _ in range(6)]
        col = ord(target[0]) - ord("A")
        row = int(target[1:])
        value = side[row - 2] * head[col - 1]
        rows = [["", *head]] + [[s] for s in side]
        write_csv("grille", k, rows[0], rows[0], rows[1:], rows[1:])
        variants.append({"key": k, "v": k, "target": target, "value": value})
    add(
        family(
            "f-1.3-1fb1e29a",
            "references-mixtes",
            6,
            "formulas",
            "number",
            fr_block(
                "Ouvrez cette grille dans un tableur : des nombres en B1:F1 et en A2:A7. En B2,"
                " vous écrivez `=$A2*B$1`, puis vous recopiez B2 sur toute la plage B2:F7. Quel"
                " résultat affiche {{target}} ?"
            ),
            en_block(
                "Open this grid in a spreadsheet: numbers in B1:F1 and in A2:A7. In B2 you write"
                " `=$A2*B$1`, then you copy B2 over the whole range B2:F7. What result does"
                " {{target}} display?"
            ),
            {"value": "{{value}}", "unit": "1", "tolerance": 0},
            metadata=meta(240),
            mats=[
                csv_mat(
                    "grille",
                    "Grille : cinq nombres sur la ligne 1 (B1 à F1), six nombres dans la colonne"
                    " A (A2 à A7), le reste vide.",
                    "A grid: five numbers on row 1 (B1 to F1), six numbers in "
                    "column A (A2 to A7), the rest empty.",
                )
            ],
            variants=variants,
        )
    )


def f_encoding() -> None:
    props_fr = [
        "Le rouvrir en choisissant l'encodage UTF-8",
        "Le rouvrir en choisissant l'encodage Windows-1252",
        "Changer la police de caractères des cellules",
        "Corriger les lettres accentuées une par une",
    ]
    props_en = [
        "Reopen it choosing the UTF-8 encoding",
        "Reopen it choosing the Windows-1252 encoding",
        "Change the cells' font",
        "Fix the accented letters one by one",
    ]
    texts = {
        "a": (
            0,
            (
                "Nom;Ville;Téléphone\nHélène;Besançon;04 81 00 00 12\nFrançois;Orléans;02 38 00"
                " 00 47\n"
            ),
        ),
        "b": (
            1,
            "Nom;Ville;Téléphone\nJérôme;Nîmes;04 66 00 00 31\nAgnès;Créteil;01 49 00 00 58\n",
        ),
        "c": (0, "Article;Catégorie;Prix\nCafé moulu;Épicerie;4,20\nThé vert;Épicerie;3,85\n"),
        "d": (1, "Élève;Option;Remarque\nLéa;Théâtre;très assidue\nMaël;Cinéma;à revoir\n"),
    }
    variants = []
    for k, (sol, text) in texts.items():
        if sol == 0:  # UTF-8 bytes read as Windows-1252
            shown = text.encode("utf-8").decode("cp1252", errors="replace")
        else:  # Windows-1252 bytes read as UTF-8
            shown = text.encode("cp1252").decode("utf-8", errors="replace")
        body = (
            "<p>Aperçu de l’import :</p><pre>"
            + shown.replace("&", "&amp;").replace("<", "&lt;")
            + "</pre>"
        )
        write_text(
            MAT / f"apercu-{k}-fr.html",
            html_page("fr", "Aperçu de l’import du fichier", body.replace(" :", "\u00a0:")),
        )
        write_text(
            MAT / f"apercu-{k}-en.html",
            html_page(
                "en",
                "File import preview",
                body.replace("Aperçu de l’import :", "Import preview:"),
            ),
        )
        v = {"key": k, "v": k}
        if sol:
            v["solution"] = sol
        variants.append(v)
    add(
        family(
            "f-1.3-789f7cd3",
            "encodage-import",
            6,
            "csv-and-import",
            "single_choice",
            fr_block(
                "Vous importez un fichier texte de données et l'aperçu montre des caractères"
                " étranges à la place des lettres accentuées. Que faites-vous pour retrouver le"
                " texte d'origine ?",
                props_fr,
            ),
            en_block(
                "You import a text data file and the preview shows strange characters instead of"
                " the accented letters. What do you do to get the original text back?",
                props_en,
            ),
            0,
            metadata=meta(150),
            enemies=["f-3.4-37682f71"],
            mats=[
                material(
                    "preview",
                    "apercu",
                    "html",
                    "text/html",
                    "Aperçu de l'import d'un fichier texte dont les lettres accentuées"
                    " s'affichent mal.",
                    "Import preview of a text file whose accented letters are displayed wrongly.",
                )
            ],
            variants=variants,
        )
    )


def f_pivot_average() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(2100 + i)
        rows = sales(rng, 26)
        sellers = sorted({s for _, _, s, _ in rows})
        s = sellers[i % len(sellers)]
        mine = [a for _, _, ss, a in rows if ss == s]
        avg = round(mean(mine), 2)
        sales_csv("ventes-vendeurs", k, rows)
        variants.append({"key": k, "v": k, "seller": s, "avg": avg})
    add(
        family(
            "f-1.3-23b36076",
            "croise-moyenne",
            6,
            "pivot-tables",
            "number",
            fr_block(
                "À partir de ces ventes, vous faites un tableau croisé dynamique avec les"
                " vendeurs en lignes et, comme valeur, la moyenne des montants. Quelle valeur"
                " s'affiche pour {{seller}} ? (arrondie au centième)"
            ),
            en_block(
                "From these sales you build a pivot table with the sellers in rows and, as value,"
                " the average of the amounts. Which value is shown for {{seller}}? (rounded to"
                " two decimals)"
            ),
            {"value": "{{avg}}", "unit": "€", "tolerance": 0.01},
            metadata=meta(300, phone=False),
            mats=[
                csv_mat(
                    "ventes-vendeurs",
                    "Vingt-six ventes : mois, région, vendeur et montant.",
                    "Twenty-six sales: month, region, seller and amount.",
                )
            ],
            variants=variants,
        )
    )


def f_two_filters() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(2200 + i)
        rows = sales(rng, 30)
        r = i % 4
        lim = [200, 300, 400, 500][i]
        count = sum(1 for _, rr, _, a in rows if rr == r and a >= lim)
        assert count > 0
        sales_csv("ventes-filtres", k, rows)
        variants.append(
            {
                "key": k,
                "v": k,
                "reg_fr": REGIONS[r][0],
                "reg_en": REGIONS[r][1],
                "lim": lim,
                "count": count,
            }
        )
    add(
        family(
            "f-1.3-6d2269d3",
            "filtre-deux-criteres",
            6,
            "sort-filter",
            "number",
            fr_block(
                "Dans ce fichier de ventes, filtrez pour ne garder que la région {{reg_fr}} et"
                " les montants supérieurs ou égaux à {{lim}} €. Combien de ventes restent"
                " affichées ?"
            ),
            en_block(
                "In this sales file, filter to keep only the {{reg_en}} region and the amounts of"
                " at least €{{lim}}. How many sales are still shown?"
            ),
            {"value": "{{count}}", "unit": "1", "tolerance": 0},
            metadata=meta(240, phone=False),
            mats=[
                csv_mat(
                    "ventes-filtres",
                    "Trente ventes : mois, région, vendeur et montant.",
                    "Thirty sales: month, region, seller and amount.",
                )
            ],
            variants=variants,
        )
    )


# ---------------------------------------------------------------- level 7
def f_weighted() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(2300 + i)
        subj = rng.sample(SUBJECTS, 5)
        marks = [rng.randrange(12, 38) / 2 for _ in subj]
        coefs = [rng.choice([1, 2, 3, 4]) for _ in subj]
        w = round(sum(m * c for m, c in zip(marks, coefs, strict=True)) / sum(coefs), 2)
        assert abs(w - mean(marks)) > 0.2
        write_csv(
            "bulletin",
            k,
            ["Matière", "Note /20", "Coefficient"],
            ["Subject", "Mark /20", "Weight"],
            [[s[0], num_fr(m, 1), c] for s, m, c in zip(subj, marks, coefs, strict=True)],
            [[s[1], num_en(m, 1), c] for s, m, c in zip(subj, marks, coefs, strict=True)],
        )
        variants.append({"key": k, "v": k, "avg": w})
    add(
        family(
            "f-1.3-6ecaf7af",
            "moyenne-ponderee",
            7,
            "functions",
            "number",
            fr_block(
                "Ouvrez ce bulletin dans un tableur. Quelle est la moyenne générale, chaque note"
                " comptant autant de fois que son coefficient ? (arrondie au centième)"
            ),
            en_block(
                "Open this report card in a spreadsheet. What is the overall average, each mark"
                " counting as many times as its weight? (rounded to two decimals)"
            ),
            {"value": "{{avg}}", "unit": "1", "tolerance": 0.01},
            metadata=meta(300),
            mats=[
                csv_mat(
                    "bulletin",
                    "Bulletin de cinq matières : note sur 20 et coefficient.",
                    "A report card of five subjects: mark out of 20 and weight.",
                )
            ],
            variants=variants,
        )
    )


def f_dedupe_total() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(2400 + i)
        rows = [
            [
                f"C-{rng.randint(1000, 9999)}",
                f"{rng.randint(1, 28):02d}/0{i + 3}/2026",
                rng.choice(FIRST),
                rng.randint(15, 250),
            ]
            for _ in range(14)
        ]
        total = sum(r[3] for r in rows)
        dup = rng.sample(range(14), 3)
        full = list(rows)
        for j in dup:
            full.insert(rng.randrange(len(full) + 1), list(rows[j]))
        # a near duplicate (same customer and amount, another order number) must stay
        near = list(rows[rng.randrange(14)])
        near[0] = f"C-{rng.randint(1000, 9999)}"
        full.insert(rng.randrange(len(full) + 1), near)
        total += near[3]
        assert len({tuple(r) for r in full}) == 15
        write_csv(
            "commandes-import",
            k,
            ["N° commande", "Date", "Client", "Montant (€)"],
            ["Order no.", "Date", "Customer", "Amount (€)"],
            full,
            full,
        )
        variants.append({"key": k, "v": k, "rows": len(full), "total": total})
    add(
        family(
            "f-1.3-515677c3",
            "doublons-total",
            7,
            "data-quality",
            "number",
            fr_block(
                "Ce fichier de {{rows}} commandes a été importé deux fois en partie : certaines"
                " lignes sont répétées à l'identique. Chaque numéro de commande ne doit compter"
                " qu'une fois. Après suppression des doublons, quel est le total des montants ?"
            ),
            en_block(
                "This file of {{rows}} orders was partly imported twice: some lines are repeated"
                " identically. Each order number must count once only. After removing the"
                " duplicates, what is the total of the amounts?"
            ),
            {"value": "{{total}}", "unit": "€", "tolerance": 0},
            metadata=meta(360, phone=False),
            mats=[
                csv_mat(
                    "commandes-import",
                    "Commandes : numéro, date, client et montant ; certaines lignes sont répétées.",
                    "Orders: number, date, customer and amount; some lines are repeated.",
                )
            ],
            variants=variants,
        )
    )


def f_pivot_share() -> None:
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(2500 + i)
        rows = sales(rng, 36)
        cats = [rng.randrange(3) for _ in rows]
        c, r = cats[5 + 4 * i], rows[5 + 4 * i][1]
        cat_total = sum(a for (_, _, _, a), cc in zip(rows, cats, strict=True) if cc == c)
        part = sum(a for (_, rr, _, a), cc in zip(rows, cats, strict=True) if cc == c and rr == r)
        assert part > 0
        pct = round(part / cat_total * 100, 1)
        sales_csv("ventes-categories", k, rows, category=cats)
        names = [("Matériel", "Hardware"), ("Logiciel", "Software"), ("Service", "Service")]
        variants.append(
            {
                "key": k,
                "v": k,
                "cat_fr": names[c][0],
                "cat_en": names[c][1],
                "reg_fr": REGIONS[r][0],
                "reg_en": REGIONS[r][1],
                "pct": pct,
            }
        )
    add(
        family(
            "f-1.3-038fb164",
            "croise-pourcentage",
            7,
            "pivot-tables",
            "number",
            fr_block(
                "À partir de ces ventes, vous faites un tableau croisé : régions en lignes,"
                " catégories en colonnes, somme des montants affichée en pourcentage du total de"
                " chaque colonne. Quel pourcentage s'affiche pour la région {{reg_fr}} dans la"
                " colonne « {{cat_fr}} » ? (à 0,1 % près)"
            ),
            en_block(
                "From these sales you build a pivot table: regions in rows, categories in"
                " columns, sum of the amounts shown as a percentage of each column's total."
                ' Which percentage is shown for the {{reg_en}} region in the "{{cat_en}}" column?'
                " (to within 0.1%)"
            ),
            {"value": "{{pct}}", "unit": "%", "tolerance": 0.1},
            metadata=meta(420, phone=False),
            mats=[
                csv_mat(
                    "ventes-categories",
                    "Trente-six ventes : mois, région, vendeur, catégorie et montant.",
                    "Thirty-six sales: month, region, seller, category and amount.",
                )
            ],
            variants=variants,
        )
    )


def f_sumifs_dates() -> None:
    cats = [("Matériel", "Hardware"), ("Logiciel", "Software"), ("Service", "Service")]
    plan = [("a", 0, 10, 20), ("b", 2, 5, 14), ("c", 1, 12, 25), ("d", 0, 3, 11)]
    variants = []
    for i, (k, c, d1, d2) in enumerate(plan):
        rng = random.Random(2600 + i)
        rows = []
        for _ in range(25):
            day = rng.randint(1, 31)
            rows.append((f"2026-03-{day:02d}", rng.randrange(3), rng.randint(30, 800)))
        # the bounds are included, the day after the period is not
        for day in (d1, d2, d2 + 1):
            rows.append((f"2026-03-{day:02d}", c, rng.randint(30, 800)))
        rows.sort()
        total = sum(a for d, cc, a in rows if cc == c and d1 <= int(d[-2:]) <= d2)
        edge = [r for r in rows if r[1] == c and int(r[0][-2:]) in (d1, d2)]
        assert total > 0, k
        assert edge, k
        write_csv(
            "ventes-mars",
            k,
            ["Date", "Catégorie", "Montant (€)"],
            ["Date", "Category", "Amount (€)"],
            [[d, cats[cc][0], a] for d, cc, a in rows],
            [[d, cats[cc][1], a] for d, cc, a in rows],
        )
        variants.append(
            {
                "key": k,
                "v": k,
                "cat_fr": cats[c][0],
                "cat_en": cats[c][1],
                "d1": d1,
                "d2": d2,
                "total": total,
            }
        )
    add(
        family(
            "f-1.3-8ee206e7",
            "somme-si-ens-periode",
            7,
            "functions",
            "number",
            fr_block(
                "Ouvrez ces ventes de mars 2026 dans un tableur. Quel est le total des ventes de"
                " la catégorie « {{cat_fr}} » du {{d1}} au {{d2}} mars inclus ? (par exemple avec"
                " `SOMME.SI.ENS`)"
            ),
            en_block(
                "Open these March 2026 sales in a spreadsheet. What is the total of the"
                ' "{{cat_en}}" sales from {{d1}} to {{d2}} March inclusive? (for example with'
                " `SUMIFS`)"
            ),
            {"value": "{{total}}", "unit": "€", "tolerance": 0},
            metadata=meta(360, phone=False),
            mats=[
                csv_mat(
                    "ventes-mars",
                    "Vingt-huit ventes de mars 2026 : date (année-mois-jour), catégorie et"
                    " montant.",
                    "Twenty-eight sales of March 2026: date (year-month-day), category and amount.",
                )
            ],
            variants=variants,
        )
    )


def f_chart_mean() -> None:
    months_fr = ["Janv.", "Févr.", "Mars", "Avril", "Mai", "Juin"]
    months_en = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    variants = []
    for i, k in enumerate("abcd"):
        rng = random.Random(2700 + i)
        vals = [rng.randrange(40, 190, 2) for _ in months_fr]
        avg = round(mean(vals), 2)
        d_fr = "Nouveaux abonnés par mois : " + ", ".join(
            f"{m} {v}" for m, v in zip(months_fr, vals, strict=True)
        )
        d_en = "New subscribers per month: " + ", ".join(
            f"{m} {v}" for m, v in zip(months_en, vals, strict=True)
        )
        for lang, title, labels, desc in (
            ("fr", "Nouveaux abonnés de la lettre d’information", months_fr, d_fr),
            ("en", "New newsletter subscribers", months_en, d_en),
        ):
            svg = bar_svg(
                title, labels, vals, ymin=0, ymax=200, step=50, show_values=True, desc=desc
            )
            write_text(MAT / f"abonnes-{k}-{lang}.svg", svg)
        variants.append({"key": k, "v": k, "avg": avg, "d_fr": d_fr + ".", "d_en": d_en + "."})
    add(
        family(
            "f-1.3-8bf16ce6",
            "graphique-moyenne",
            4,
            "charts",
            "number",
            fr_block(
                "D'après ce graphique, combien la lettre d'information a-t-elle gagné de nouveaux"
                " abonnés en moyenne par mois sur ces six mois ? (arrondi au centième)"
            ),
            en_block(
                "According to this chart, how many new subscribers did the newsletter gain on"
                " average per month over these six months? (rounded to two decimals)"
            ),
            {"value": "{{avg}}", "unit": "1", "tolerance": 0.01},
            metadata=meta(180),
            mats=[
                material(
                    "chart",
                    "abonnes",
                    "svg",
                    "image/svg+xml",
                    "Diagramme en barres des nouveaux abonnés de janvier à juin, valeur écrite sur"
                    " chaque barre. {{d_fr}}",
                    "Bar chart of new subscribers from January to June, value written over each"
                    " bar. {{d_en}}",
                )
            ],
            variants=variants,
        )
    )


def main() -> None:
    for f in (
        f_cell_ref,
        f_highest_bar,
        f_empty_cell,
        f_max,
        f_separator,
        f_sorted_by,
        f_sum,
        f_bar_diff,
        f_average,
        f_filter_count,
        f_bad_date,
        f_row_formula,
        f_sumif,
        f_share_formula,
        f_postcodes,
        f_pivot_pick,
        f_import_settings,
        f_axis_trap,
        f_vlookup,
        f_pivot_cell,
        f_average_blanks,
        f_mixed_refs,
        f_encoding,
        f_pivot_average,
        f_two_filters,
        f_weighted,
        f_dedupe_total,
        f_pivot_share,
        f_sumifs_dates,
        f_chart_mean,
    ):
        f()
    groups: dict[str, list[dict]] = {}
    for fam in FAMILIES:
        groups.setdefault(fam["theme"], []).append(fam)
    titles = {
        "formulas": "formulas",
        "functions": "spreadsheet functions",
        "sort-filter": "sorting and filtering",
        "charts": "charts",
        "csv-and-import": "CSV and import",
        "data-quality": "data quality",
        "pivot-tables": "pivot tables",
    }
    for theme, fams in groups.items():
        write_yaml(DIR / f"{theme}.yaml", "1.3", titles[theme], fams)


if __name__ == "__main__":
    main()
