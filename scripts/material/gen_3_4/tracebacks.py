"""3.4 families, module tracebacks: fam_traceback, fam_recipe, fam_running_max, programs,
fam_binary_decimal, fam_bit_values. Writes the listings they show under
assessment/items/3.4/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .function_params import (
    fam_aliasing,
    fam_default_param,
    fam_fare_conditions,
    fam_function_params,
    fam_recursion,
)
from .kit import WORDS, family, number, per_locale, run, translate, txt, write
from .nested_count import (
    fam_average_bug,
    fam_concat,
    fam_copy_value,
    fam_endless_loop,
    fam_nested_count,
)


def fam_traceback() -> dict[str, Any]:
    stem = "traceback"
    programs = {
        "a": (
            "taux",
            2,
            [
                "def prix_ttc(prix_ht):",
                '    taux = "0.2"',
                "    return prix_ht * (1 + taux)",
                "",
                "print(prix_ttc(50))",
            ],
        ),
        "b": (
            "quantite",
            1,
            [
                'quantite = "3"',
                "prix = 2.5",
                "stock = 40",
                "reste = stock - quantite",
                "print(reste, prix * 3)",
            ],
        ),
        "c": (
            "montants",
            3,
            [
                "def additionner(montants):",
                "    total = 0",
                "    for i in range(len(montants) + 1):",
                "        total = total + montants[i]",
                "    return total",
                "",
                "print(additionner([12, 30, 8]))",
            ],
        ),
        "d": (
            "poids",
            2,
            [
                'articles = ["pain", "lait", "riz"]',
                'poids = {"pain": 0.4, "lait": 1.0, "ris": 1.0}',
                "total_poids = 0",
                "for article in articles:",
                "    total_poids = total_poids + poids[article]",
                "print(total_poids)",
            ],
        ),
    }
    variants = []
    for key, (_, cause, lines) in programs.items():
        code = "\n".join(lines) + "\n"
        out_fr = run(code)
        code_en = translate(code, WORDS)
        out_en = run(code_en)
        assert "Traceback" in out_fr
        assert "Traceback" in out_en
        sep_fr = "\n# ----- Résultat de l’exécution -----\n"
        sep_en = "\n# ----- Output of the run -----\n"
        write(f"{stem}-{key}-fr.txt", code + sep_fr + out_fr)
        write(f"{stem}-{key}-en.txt", code_en + sep_en + out_en)
        variant: dict[str, Any] = {"key": key, "v": key, "line": f"L{cause}"}
        if key == "d":
            # "riz" (line 1) and "ris" (line 2) disagree: correcting either line fixes the
            # program, so both lines are right answers.
            variant["solution"] = {"material": "prog", "accepted": ["L2", "L1"]}
        variants.append(variant)
        print("   ", key, out_fr.splitlines()[-1])
    return family(
        "f-3.4-c7048e2b",
        "message-erreur-cause",
        7,
        "debugging",
        "pick",
        240,
        "Ce fichier montre un programme Python puis le message d’erreur obtenu en l’exécutant. Le "
        "message "
        "désigne la ligne où le programme s’arrête, mais l’erreur vient d’une ligne écrite plus "
        "haut. "
        "Sélectionnez la ligne qui est la cause de l’erreur et qu’il faut corriger.",
        "This file shows a Python program then the error message it gives when run. The message "
        "points to the "
        "line where the program stops, but the mistake comes from a line written higher up. "
        "Select the line "
        "that causes the error and must be fixed.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Fichier texte : un programme Python de 5 à 7 lignes, puis le message "
                "d’erreur (Traceback) "
                "affiché à son exécution.",
                "Text file: a Python program of 5 to 7 lines, then the error message "
                "(traceback) shown "
                "when it runs.",
                per_locale(stem),
            )
        ],
        phone=False,
    )


def fam_recipe() -> dict[str, Any]:
    cases = [("a", 5, 4, 2, 3), ("b", 7, 3, 3, 10), ("c", 12, 8, 2, 5), ("d", 9, 1, 4, 6)]
    variants = []
    for key, a, add, mul, sub in cases:
        out = (a + add) * mul - sub
        write(
            f"recipe-{key}-fr.txt",
            "\n".join(
                [
                    "Algorithme du jeu « Devine mon nombre »",
                    f"1. Écrire le nombre {a}.",
                    f"2. Ajouter {add} au nombre écrit.",
                    f"3. Multiplier le résultat par {mul}.",
                    f"4. Retirer {sub} au résultat.",
                    "5. Annoncer le résultat.",
                ]
            ),
        )
        write(
            f"recipe-{key}-en.txt",
            "\n".join(
                [
                    'Algorithm of the game "Guess my number"',
                    f"1. Write down the number {a}.",
                    f"2. Add {add} to the number written down.",
                    f"3. Multiply the result by {mul}.",
                    f"4. Take {sub} away from the result.",
                    "5. Announce the result.",
                ]
            ),
        )
        variants.append({"key": key, "v": key, "out": out})
    return family(
        "f-3.4-48e5d1a0",
        "suivre-etapes-ordre",
        1,
        "algorithms",
        "number",
        60,
        "Ouvrez le fichier joint : il décrit un algorithme en cinq étapes, à suivre dans l’ordre. "
        "Quel nombre annonce-t-on à la fin ?",
        "Open the attached file: it describes a five-step algorithm, to be followed in order. "
        "Which number is announced at the end?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Algorithme en 5 étapes numérotées, écrit en français courant, qui part d’un "
                "nombre et le transforme.",
                "A 5-step numbered algorithm, in plain English, that starts from a number and "
                "transforms it.",
                per_locale("recipe"),
            )
        ],
    )


def fam_running_max() -> dict[str, Any]:
    cases = [
        ("a", [14, 9, 21, 17, 30, 12], 4),
        ("b", [8, 15, 11, 19, 7, 25], 3),
        ("c", [22, 18, 27, 24, 31, 20], 5),
        ("d", [5, 12, 3, 16, 10, 14], 2),
    ]
    variants = []
    for key, values, after in cases:
        write(
            f"readings-{key}-fr.txt",
            "Relevés de température (°C), dans l’ordre de lecture :\n"
            + "\n".join(str(v) for v in values),
        )
        write(
            f"readings-{key}-en.txt",
            "Temperature readings (°C), in reading order:\n" + "\n".join(str(v) for v in values),
        )
        out = max(values[:after])
        variants.append({"key": key, "v": key, "k": after, "out": out})
    return family(
        "f-3.4-d2b07e64",
        "maximum-parcours-liste",
        2,
        "algorithms",
        "number",
        90,
        "Un algorithme lit les relevés du fichier joint un par un, dans l’ordre. Il retient le "
        "premier, puis "
        "chaque fois qu’il lit un relevé plus grand que celui qu’il retient, il retient ce "
        "nouveau relevé. "
        "Quel relevé retient-il juste après avoir lu le relevé numéro {{k}} ?",
        "An algorithm reads the readings of the attached file one by one, in order. It keeps the "
        "first one, "
        "then each time it reads a reading larger than the one it keeps, it keeps that new "
        "reading. Which "
        "reading does it keep just after reading reading number {{k}}?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Liste de six relevés de température, un par ligne, après une ligne de titre.",
                "A list of six temperature readings, one per line, after a title line.",
                per_locale("readings"),
            )
        ],
    )


def programs() -> list[dict[str, Any]]:
    return [
        fam_recipe(),
        fam_running_max(),
        fam_copy_value(),
        fam_function_params(),
        fam_concat(),
        fam_average_bug(),
        fam_default_param(),
        fam_endless_loop(),
        fam_recursion(),
        fam_fare_conditions(),
        fam_traceback(),
        fam_nested_count(),
        fam_aliasing(),
    ]


# ------------------------------------------------------------- encoding.yaml (binary and encoding)


def fam_binary_decimal() -> dict[str, Any]:
    variants = [
        {"key": k, "bits": b, "out": int(b, 2)}
        for k, b in (("a", "1011"), ("b", "1101"), ("c", "10010"), ("d", "11100"), ("e", "10101"))
    ]
    return family(
        "f-3.4-8e4f2a6b",
        "binaire-vers-decimal",
        2,
        "binary-and-encoding",
        "number",
        90,
        "En binaire, chaque chiffre vaut, de droite à gauche, 1, 2, 4, 8, 16… lorsqu’il est à 1. "
        "Quel nombre décimal s’écrit `{{bits}}` en binaire ?",
        "In binary, each digit is worth, from right to left, 1, 2, 4, 8, 16… when it is 1. "
        "Which decimal number is written `{{bits}}` in binary?",
        number("{{out}}"),
        variants,
    )


def fam_bit_values() -> dict[str, Any]:
    variants = [
        {"key": k, "n": n, "out": 2**n} for k, n in (("a", 3), ("b", 4), ("c", 6), ("d", 8))
    ]
    return family(
        "f-3.4-1f7c90d3",
        "bits-nombre-valeurs",
        3,
        "binary-and-encoding",
        "number",
        90,
        "Un capteur transmet chaque mesure sur {{n}} bits (chaque bit vaut 0 ou 1). Combien de "
        "valeurs "
        "différentes peut-il transmettre au plus ?",
        "A sensor sends each measurement on {{n}} bits (each bit is 0 or 1). At most how many "
        "different values "
        "can it send?",
        number("{{out}}"),
        variants,
    )
