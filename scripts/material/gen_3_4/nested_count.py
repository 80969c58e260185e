"""3.4 families, module nested_count: fam_nested_count, fam_concat, fam_copy_value,
fam_average_bug, fam_endless_loop. Writes the listings they show under
assessment/items/3.4/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .kit import (
    WORDS,
    family,
    number,
    per_locale,
    program_files,
    program_files_static,
    run,
    txt,
    write,
)


def fam_nested_count() -> dict[str, Any]:
    stem = "triangle"
    cases = [("a", 6, "i"), ("b", 8, "i"), ("c", 5, "i + 1"), ("d", 10, "i")]
    variants = []
    for key, n, bound in cases:
        code = (
            "compteur = 0\n"
            f"for i in range({n}):\n"
            f"    for j in range({bound}):\n"
            "        compteur = compteur + 1\n"
            "print(compteur)\n"
        )
        out, _ = program_files(stem, key, code, WORDS)
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-a45e1b7c",
        "boucles-imbriquees-dependantes",
        7,
        "algorithms",
        "number",
        180,
        "Ouvrez le programme Python joint : la boucle intérieure dépend de la boucle extérieure. "
        "Combien de fois "
        "l’instruction `compteur = compteur + 1` est-elle exécutée ?",
        "Open the attached Python program: the inner loop depends on the outer loop. How many "
        "times is the "
        "instruction `count = count + 1` run?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme Python de 5 lignes : deux boucles for imbriquées, la borne de la "
                "boucle intérieure dépend "
                "de i.",
                "A 5-line Python program: two nested for loops, the bound of the inner loop "
                "depends on i.",
                per_locale(stem),
            )
        ],
    )


def fam_concat() -> dict[str, Any]:
    stem = "types"
    cases = [
        ("a", '"3"', '"4"', "a + b"),
        ("b", '"12"', "5", "a + str(b)"),
        ("c", '"7"', '"2"', "int(a) + int(b)"),
        ("d", "2", '"5"', "str(a) * 3 + b"),
    ]
    variants = []
    for key, a, b, expr in cases:
        code = f"a = {a}\nb = {b}\nprint({expr})\n"
        out, _ = program_files(stem, key, code, {})
        variants.append({"key": key, "v": key, "out": out})
    return family(
        "f-3.4-9b27d0e4",
        "types-texte-nombre",
        4,
        "variables-and-types",
        "free_answer",
        90,
        "Ouvrez le programme Python joint. Qu’affiche-t-il exactement ? (Les guillemets "
        "délimitent du texte.)",
        "Open the attached Python program. What exactly does it print? (Quotes mark text.)",
        {"accepted": ["{{out}}"], "spaces": "ignored"},
        variants,
        [
            txt(
                "Programme Python de 3 lignes : deux variables a et b, l’une ou les deux entre "
                "guillemets, et un "
                "affichage qui les combine.",
                "A 3-line Python program: two variables a and b, one or both in quotes, and a "
                "print combining them.",
                {"fr": "material/types-{{v}}-fr.txt", "en": "material/types-{{v}}-en.txt"},
            )
        ],
    )


def fam_copy_value() -> dict[str, Any]:
    stem = "assign"
    cases = [("a", 3, 7, "y"), ("b", 10, 2, "y"), ("c", 4, 9, "x + y"), ("d", 6, 1, "y - x")]
    variants = []
    for key, x1, x2, expr in cases:
        code_fr = f"x ← {x1}\ny ← x\nx ← {x2}\nafficher {expr}\n"
        code_py = f"x = {x1}\ny = x\nx = {x2}\nprint({expr})\n"
        out = run(code_py)
        write(f"{stem}-{key}-fr.txt", code_fr)
        write(f"{stem}-{key}-en.txt", code_fr.replace("afficher", "display"))
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-31c8f5d2",
        "affectation-copie-valeur",
        2,
        "variables-and-types",
        "number",
        60,
        "Ouvrez le programme joint (en pseudo-code, `←` range une valeur dans une variable). Quel "
        "nombre affiche-t-il ?",
        "Open the attached program (pseudo-code, `←` stores a value in a variable). Which number "
        "does it display?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme en pseudo-code de 4 lignes : trois affectations aux variables x et y, "
                "puis un affichage.",
                "A 4-line pseudo-code program: three assignments to variables x and y, then a "
                "display.",
                per_locale(stem),
            )
        ],
    )


def fam_average_bug() -> dict[str, Any]:
    stem = "average"
    base = [
        "notes = [{n}]",
        "somme = 0",
        "for n in notes:",
        "    somme = somme + n",
        "moyenne = somme / len(notes)",
        "print(moyenne)",
    ]
    bugs = {
        "a": (2, "somme = 1"),
        "b": (4, "    somme = n"),
        "c": (5, "moyenne = somme / (len(notes) + 1)"),
        "d": (4, "    somme = somme + 1"),
    }
    marks = {"a": "12, 15, 9", "b": "8, 14, 11, 17", "c": "10, 13, 16", "d": "18, 7, 12, 11"}
    variants = []
    for key, (line, bad) in bugs.items():
        lines = [ln.format(n=marks[key]) for ln in base]
        lines[line - 1] = bad
        code = "\n".join(lines) + "\n"
        good = "\n".join(ln.format(n=marks[key]) for ln in base)
        out, _ = program_files(stem, key, code, WORDS)
        assert out != run(good)
        variants.append({"key": key, "v": key, "line": f"L{line}"})
    return family(
        "f-3.4-6ae0c3f9",
        "erreur-logique-moyenne",
        4,
        "debugging",
        "pick",
        150,
        "Ce programme Python doit afficher la moyenne des notes de la liste, mais le résultat est "
        "faux. "
        "Sélectionnez la ligne qui contient l’erreur.",
        "This Python program must print the average of the marks in the list, but the result is "
        "wrong. "
        "Select the line that contains the mistake.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Programme Python de 6 lignes : une liste de notes, une boucle qui les "
                "additionne, "
                "une division et un affichage.",
                "A 6-line Python program: a list of marks, a loop adding them, a "
                "division and a print.",
                per_locale(stem),
            )
        ],
    )


def fam_endless_loop() -> dict[str, Any]:
    stem = "endless"
    programs = {
        "a": (["i = 1", "while i <= 10:", "    print(i)", "    i = i - 1"], 4),
        "b": (["reste = 15", "while reste > 0:", "    print(reste)", "    reste = reste + 3"], 4),
        "c": (["niveau = 0", "while niveau < 5:", "    print(niveau)", "niveau = niveau + 1"], 4),
        "d": (
            [
                "pages = 100",
                "lues = 0",
                "while lues < pages:",
                "    print(lues)",
                "    pages = pages + 10",
            ],
            5,
        ),
    }
    variants = []
    for key, (lines, bad) in programs.items():
        code = "\n".join(lines) + "\n"
        program_files_static(stem, key, code)
        variants.append({"key": key, "v": key, "line": f"L{bad}"})
    return family(
        "f-3.4-2d91f6ab",
        "boucle-infinie-reperage",
        5,
        "debugging",
        "pick",
        150,
        "Ce programme Python devait afficher quelques nombres puis s’arrêter, mais il ne s’arrête "
        "jamais : "
        "la condition de sa boucle reste toujours vraie. Sélectionnez la ligne qui est fausse.",
        "This Python program was meant to print a few numbers then stop, but it never stops: the "
        "condition of "
        "its loop stays true forever. Select the line that is wrong.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Programme Python de 4 ou 5 lignes : une variable, une boucle while et "
                "les instructions "
                "qui suivent.",
                "A Python program of 4 or 5 lines: a variable, a while loop and the "
                "instructions after it.",
                per_locale(stem),
            )
        ],
    )
