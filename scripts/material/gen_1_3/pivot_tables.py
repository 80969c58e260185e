# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
"""1.3 families of module pivot_tables (f_pivot_pick, f_pivot_cell, f_pivot_average,
f_pivot_share): each writes its material under assessment/items/1.3/material/ and adds its
family to FAMILIES.
"""

from __future__ import annotations

import random
from statistics import mean

from bankgen import en_block, family, fr_block, html_page, html_table, material, meta, write_text

from .kit import CITIES, MAT, MONTHS, REGIONS, add, csv_mat, sales, sales_csv


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
