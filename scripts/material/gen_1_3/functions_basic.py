# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
"""1.3 families of module functions_basic (f_max, f_sum, f_average, f_sumif): each writes its
material under assessment/items/1.3/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

import random
from statistics import mean

from bankgen import en_block, family, fr_block, meta, num_en, num_fr

from .kit import FIRST, add, csv_mat, write_csv

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
