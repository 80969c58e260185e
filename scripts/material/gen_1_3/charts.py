# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
"""1.3 families of module charts (f_highest_bar, f_bar_diff, f_axis_trap, f_chart_mean): each
writes its material under assessment/items/1.3/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

import random
from statistics import mean

from bankgen import bar_svg, en_block, family, fr_block, material, meta, write_text

from .kit import MAT, add


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
