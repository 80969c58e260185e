# ruff: noqa: S311  (seeded, deterministic data for test material, not security)
"""1.3 families of module data_quality (f_empty_cell, f_bad_date, f_postcodes, f_average_blanks,
f_dedupe_total): each writes its material under assessment/items/1.3/material/ and adds its
family to FAMILIES.
"""

from __future__ import annotations

import random
from statistics import mean

from bankgen import cell, en_block, family, fr_block, meta, num_en, num_fr

from .kit import CITIES, FIRST, LAST, add, csv_mat, write_csv


def _ascii(name: str) -> str:
    return name.lower().translate(str.maketrans("ïëéè", "ieee"))


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
