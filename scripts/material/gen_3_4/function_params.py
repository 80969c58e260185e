"""3.4 families, module function_params: fam_function_params, fam_default_param, fam_recursion,
fam_fare_conditions, fam_aliasing. Writes the listings they show under
assessment/items/3.4/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .kit import WORDS, family, number, per_locale, program_files, txt


def fam_function_params() -> dict[str, Any]:
    stem = "params"
    cases = [("a", 4, 3, 5), ("b", 7, 2, 6), ("c", 12, 5, 0), ("d", 3, 9, 4)]
    variants = []
    for key, p, q, d in cases:
        code = (
            "def prix_total(prix, quantite, livraison):\n"
            "    return prix * quantite + livraison\n\n"
            f"print(prix_total({q}, {p}, {d}))\n"
        )
        out, _ = program_files(stem, key, code, WORDS)
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-5c0e7a19",
        "fonction-parametres-appel",
        3,
        "functions",
        "number",
        90,
        "Ouvrez le programme Python joint. Quel nombre affiche-t-il ?",
        "Open the attached Python program. Which number does it print?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme Python de 4 lignes : une fonction à trois paramètres et un appel avec "
                "trois nombres.",
                "A 4-line Python program: a function with three parameters and a call with three "
                "numbers.",
                per_locale(stem),
            )
        ],
    )


def fam_default_param() -> dict[str, Any]:
    stem = "defaults"
    cases = [("a", 50, 20, 50), ("b", 80, 40, 25), ("c", 30, 60, 50), ("d", 200, 10, 30)]
    variants = []
    for key, a, b, t in cases:
        code = (
            "def remise(prix, taux=10):\n"
            "    return prix - prix * taux / 100\n\n"
            f"somme = remise({a}) + remise({b}, {t})\n"
            "print(somme)\n"
        )
        out, _ = program_files(stem, key, code, WORDS)
        variants.append({"key": key, "v": key, "out": float(out)})
    return family(
        "f-3.4-b81d44c2",
        "fonction-parametre-defaut",
        5,
        "functions",
        "number",
        120,
        "Ouvrez le programme Python joint. Quel nombre affiche-t-il ?",
        "Open the attached Python program. Which number does it print?",
        number("{{out}}", tolerance=0.001),
        variants,
        [
            txt(
                "Programme Python de 5 lignes : une fonction de remise avec un taux par défaut, "
                "appelée deux fois.",
                "A 5-line Python program: a discount function with a default rate, called twice.",
                per_locale(stem),
            )
        ],
    )


def fam_recursion() -> dict[str, Any]:
    stem = "recursion"
    cases = [("a", 7, 2, 1), ("b", 10, 3, 1), ("c", 9, 2, 0), ("d", 12, 4, 2)]
    variants = []
    for key, n, step, base in cases:
        code = (
            "def f(n):\n"
            "    if n <= 1:\n"
            f"        return {base}\n"
            f"    return n + f(n - {step})\n\n"
            f"print(f({n}))\n"
        )
        out, _ = program_files(stem, key, code, WORDS)
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-e3a9057d",
        "fonction-recursive-trace",
        6,
        "functions",
        "number",
        180,
        "Ouvrez le programme Python joint. La fonction `f` s’appelle elle-même. Quel nombre "
        "affiche le programme ?",
        "Open the attached Python program. The function `f` calls itself. Which number does the "
        "program print?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme Python de 6 lignes : une fonction récursive f(n) et un appel affiché.",
                "A 6-line Python program: a recursive function f(n) and a printed call.",
                per_locale(stem),
            )
        ],
    )


def fam_fare_conditions() -> dict[str, Any]:
    stem = "fare"
    code_tpl = (
        "def tarif(age, jour):\n"
        "    if age < {child}:\n"
        "        return {p_child}\n"
        '    elif age >= 65 or jour == "mercredi":\n'
        "        return {p_red}\n"
        "    else:\n"
        "        return {p_full}\n\n"
        'billets = [({a1}, "{d1}"), ({a2}, "{d2}"), ({a3}, "{d3}"), ({a4}, "{d4}")]\n'
        "somme = 0\n"
        "for age, jour in billets:\n"
        "    somme = somme + tarif(age, jour)\n"
        "print(somme)\n"
    )
    cases = [
        (
            "a",
            {
                "child": 12,
                "p_child": 5,
                "p_red": 7,
                "p_full": 10,
                "a1": 40,
                "d1": "mercredi",
                "a2": 11,
                "d2": "samedi",
                "a3": 70,
                "d3": "lundi",
                "a4": 12,
                "d4": "samedi",
            },
        ),
        (
            "b",
            {
                "child": 14,
                "p_child": 4,
                "p_red": 6,
                "p_full": 9,
                "a1": 14,
                "d1": "lundi",
                "a2": 65,
                "d2": "samedi",
                "a3": 8,
                "d3": "mercredi",
                "a4": 30,
                "d4": "dimanche",
            },
        ),
        (
            "c",
            {
                "child": 10,
                "p_child": 3,
                "p_red": 5,
                "p_full": 8,
                "a1": 10,
                "d1": "mercredi",
                "a2": 64,
                "d2": "samedi",
                "a3": 9,
                "d3": "lundi",
                "a4": 66,
                "d4": "mercredi",
            },
        ),
        (
            "d",
            {
                "child": 16,
                "p_child": 6,
                "p_red": 8,
                "p_full": 11,
                "a1": 15,
                "d1": "mercredi",
                "a2": 50,
                "d2": "lundi",
                "a3": 16,
                "d3": "mercredi",
                "a4": 80,
                "d4": "dimanche",
            },
        ),
    ]
    variants = []
    for key, params in cases:
        out, _ = program_files(stem, key, code_tpl.format(**params), WORDS)
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-7f2b6e08",
        "conditions-composees-trace",
        6,
        "conditions-and-loops",
        "number",
        240,
        "Ouvrez le programme Python joint, qui calcule le prix de quatre billets. Quel nombre "
        "affiche-t-il ?",
        "Open the attached Python program, which works out the price of four tickets. Which "
        "number does it print?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme Python de 12 lignes : une fonction de tarif avec si, sinon si (avec « "
                "ou ») et sinon, "
                "puis une boucle sur quatre billets (âge, jour).",
                'A 12-line Python program: a fare function with if, elif (with "or") and else, '
                "then a loop over "
                "four tickets (age, day).",
                per_locale(stem),
            )
        ],
        phone=False,
    )


def fam_aliasing() -> dict[str, Any]:
    stem = "aliasing"
    cases = [
        ("a", "[1, 2, 3]", "liste.append(4)", "copie.append(5)"),
        ("b", "[10, 20]", "liste.append(30)\nliste.append(40)", "copie.pop()"),
        ("c", "[5, 6, 7, 8]", "liste.pop()", "copie.append(9)\ncopie.append(9)"),
        ("d", "[0]", "liste.append(1)", "copie.append(2)\ncopie.append(3)"),
    ]
    variants = []
    for key, init, change_b, change_c in cases:
        code = (
            f"a = {init}\n"
            "b = a\n" + "\n".join(ln.replace("liste", "b") for ln in change_b.splitlines()) + "\n"
            "c = list(a)\n"
            + "\n".join(ln.replace("copie", "c") for ln in change_c.splitlines())
            + "\n"
            "print(len(a) + len(c))\n"
        )
        out, _ = program_files(stem, key, code, {})
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-0d6c93a5",
        "listes-reference-copie",
        7,
        "variables-and-types",
        "number",
        180,
        "Ouvrez le programme Python joint. Quel nombre affiche-t-il ? (`list(a)` fabrique une "
        "nouvelle liste "
        "avec les mêmes éléments que `a`.)",
        "Open the attached Python program. Which number does it print? (`list(a)` makes a new "
        "list with the "
        "same elements as `a`.)",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme Python de 6 à 8 lignes qui manipule trois listes a, b et c et affiche "
                "une somme de longueurs.",
                "A Python program of 6 to 8 lines that handles three lists a, b and c and prints "
                "a sum of lengths.",
                per_locale(stem),
            )
        ],
    )
