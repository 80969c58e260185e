# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
"""1.3 families of module sort_filter (f_sorted_by, f_filter_count, f_two_filters): each writes its
material under assessment/items/1.3/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

import random

from bankgen import en_block, family, fr_block, html_page, html_table, material, meta, write_text

from .kit import CITIES, FIRST, LAST, MAT, REGIONS, add, csv_mat, sales, sales_csv, write_csv


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
