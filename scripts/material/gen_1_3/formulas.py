# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
"""1.3 families of module formulas (f_cell_ref, f_row_formula, f_share_formula, f_mixed_refs): each
writes its material under assessment/items/1.3/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

import random

from bankgen import cell, en_block, family, fr_block, meta, num_en, num_fr

from .kit import add, csv_mat, write_csv


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
