# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
"""1.3 families of module functions_lookup (f_vlookup, f_weighted, f_sumifs_dates): each writes its
material under assessment/items/1.3/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

import random
from statistics import mean

from bankgen import en_block, family, fr_block, meta, num_en, num_fr

from .kit import add, csv_mat, write_csv

# ---------------------------------------------------------------- level 3
SUBJECTS = [
    ("Mathématiques", "Maths"),
    ("Français", "French"),
    ("Histoire", "History"),
    ("Anglais", "English"),
    ("Physique", "Physics"),
    ("SVT", "Biology"),
]


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
