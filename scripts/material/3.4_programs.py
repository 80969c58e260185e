"""Build the CRCN 3.4 families that rest on programs and computed answers.

Writes the program and source listings shown as material (assessment/items/3.4/material/*.txt)
and the families that use them (assessment/items/3.4/programs.yaml, encoding.yaml,
markup.yaml). Every number the keys give is computed here, by running the programs shown to
the candidate (Python traces, tracebacks) or by Python arithmetic (binary, UTF-8, colours),
and printed. Run: python scripts/material/3.4_programs.py
"""

from __future__ import annotations

import contextlib
import io
import math
import re
import traceback
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[2] / "assessment" / "items" / "3.4"
MAT = ROOT / "material"
NB = "\u00a0"
META = {"blind": True, "colour_blind": True, "deaf": True, "phone": True, "tied": False}


def meta(time_limit: int, phone: bool = True) -> dict[str, Any]:
    return {**META, "phone": phone, "time_limit": time_limit}


def fr(text: str) -> str:
    """French typography: no-break space before ? ! : ; and inside « »."""
    text = re.sub(r" ([?!:;%])", NB + r"\1", text)
    return text.replace("« ", "«" + NB).replace(" »", NB + "»")


def translate(code: str, words: dict[str, str]) -> str:
    for old, new in words.items():
        code = re.sub(rf"\b{re.escape(old)}\b", new, code)
    return code


def run(code: str) -> str:
    """Output of a program (stdout, or the traceback it ends with)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(code, "programme.py", "exec"), {})  # noqa: S102 - our own listings, to get their output
        except Exception:  # the traceback is the material
            lines = traceback.format_exc().splitlines()
            keep = [lines[0]] + [
                ln for ln in lines[1:] if "programme.py" in ln or not ln.startswith("  File")
            ]
            keep = [
                ln
                for ln in keep
                if not ln.strip().startswith("exec(") and set(ln.strip()) - {"^", "~"}
            ]
            source = code.splitlines()
            shown: list[str] = []
            for ln in keep:
                shown.append(ln)
                found = re.search(r'"programme.py", line (\d+)', ln)
                if found:
                    shown.append("    " + source[int(found.group(1)) - 1].strip())
            return out.getvalue() + "\n".join(shown)
    return out.getvalue().strip()


def write(name: str, text: str) -> str:
    MAT.mkdir(parents=True, exist_ok=True)
    (MAT / name).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return name


def txt(
    alt_fr: str, alt_en: str, file: str | dict[str, str], ident: str = "prog"
) -> dict[str, Any]:
    return {
        "id": ident,
        "file": file,
        "media_type": "text/plain",
        "alt": {"fr": fr(alt_fr), "en": alt_en},
    }


def program_files(stem: str, key: str, code_fr: str, words: dict[str, str]) -> tuple[str, str]:
    """Write the French and English listings; return the output of the French one."""
    code_en = translate(code_fr, words)
    write(f"{stem}-{key}-fr.txt", code_fr)
    write(f"{stem}-{key}-en.txt", code_en)
    out_fr, out_en = run(code_fr), run(code_en)
    assert out_fr == out_en or "Traceback" in out_fr, (stem, key, out_fr, out_en)
    return out_fr, out_en


def per_locale(stem: str) -> dict[str, str]:
    return {"fr": f"material/{stem}-{{{{v}}}}-fr.txt", "en": f"material/{stem}-{{{{v}}}}-en.txt"}


def number(value: str, unit: str = "1", tolerance: float = 0) -> dict[str, Any]:
    sol: dict[str, Any] = {"value": value, "unit": unit}
    if tolerance:
        sol["tolerance"] = tolerance
    return sol


def family(
    fid: str,
    tube: str,
    level: int,
    theme: str,
    kind: str,
    time_limit: int,
    st_fr: str,
    st_en: str,
    solution: Any,
    variants: list[dict[str, Any]],
    material: list[dict[str, Any]] | None = None,
    phone: bool = True,
    **extra: Any,
) -> dict[str, Any]:
    fam: dict[str, Any] = {
        "id": fid,
        "tube": tube,
        "level": level,
        "theme": theme,
        "type": kind,
        "status": "validated",
        "metadata": meta(time_limit, phone),
    }
    if material:
        fam["material"] = material
    fam["fr"] = {"statement": fr(st_fr)}
    fam["en"] = {"statement": st_en}
    for key in ("proposals_fr", "fields_fr"):
        if key in extra:
            fam["fr"][key[:-3]] = (
                [fr(p) for p in extra[key]]
                if key.startswith("prop")
                else {k: fr(v) for k, v in extra[key].items()}
            )
    for key in ("proposals_en", "fields_en"):
        if key in extra:
            fam["en"][key[:-3]] = extra[key]
    if "enemies" in extra:
        fam["enemies"] = extra["enemies"]
    fam["solution"] = solution
    fam["variants"] = variants
    print(fid, [{k: v for k, v in var.items() if k not in ("key",)} for var in variants])
    return fam


# ---------------------------------------------------------------- programs.yaml (traces, debugging)

WORDS = {
    "nom": "name",
    "majeur": "adult",
    "mineur": "minor",
    "prix": "price",
    "quantite": "quantity",
    "livraison": "delivery",
    "prix_total": "total_price",
    "remise": "discount",
    "additionner": "add_up",
    "taux": "rate",
    "notes": "marks",
    "somme": "total",
    "moyenne": "average",
    "compteur": "count",
    "tarif": "fare",
    "age": "age",
    "jour": "day",
    "lundi": "monday",
    "samedi": "saturday",
    "mercredi": "wednesday",
    "dimanche": "sunday",
    "billets": "tickets",
    "liste": "numbers",
    "copie": "copy",
    "paniers": "baskets",
    "panier": "basket",
    "stock": "stock",
    "points": "points",
    "etapes": "steps",
    "reste": "left",
    "niveau": "level",
    "montants": "amounts",
    "montant": "amount",
    "ttc": "with_tax",
    "ht": "before_tax",
    "prix_ht": "net_price",
    "prix_ttc": "gross_price",
    "articles": "items",
    "article": "item",
    "poids": "weight",
    "total_poids": "total_weight",
    "eleves": "pupils",
    "eleve": "pupil",
    "n": "n",
    "minutes": "minutes",
    "duree": "duration",
    "pages": "pages",
    "lues": "read",
    "temperature": "temperature",
    "releves": "readings",
    "maxi": "highest",
    "mini": "lowest",
    "ecart": "spread",
}


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


def program_files_static(stem: str, key: str, code: str) -> None:
    """Listings that must not be run (they loop forever)."""
    write(f"{stem}-{key}-fr.txt", code)
    write(f"{stem}-{key}-en.txt", translate(code, WORDS))


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


def fam_ascii() -> dict[str, Any]:
    variants = []
    for key, word in (("a", "TAXI"), ("b", "PIANO"), ("c", "ROBOT"), ("d", "RADIO")):
        codes = " ".join(str(ord(c)) for c in word)
        table = "\n".join(f"{code} {chr(code)}" for code in range(65, 91))
        write(
            f"ascii-{key}-fr.txt",
            "Table des codes (code décimal, lettre)\n"
            + table
            + f"\n\nMessage reçu, un code par lettre :\n{codes}",
        )
        write(
            f"ascii-{key}-en.txt",
            "Code table (decimal code, letter)\n"
            + table
            + f"\n\nMessage received, one code per letter:\n{codes}",
        )
        variants.append({"key": key, "v": key, "word": word})
    return family(
        "f-3.4-4b0d8e5a",
        "codes-caracteres-decodage",
        4,
        "binary-and-encoding",
        "free_answer",
        150,
        "Un ordinateur range chaque lettre sous la forme d’un nombre. Ouvrez le fichier joint : "
        "il donne la table "
        "des codes des lettres majuscules puis un message codé. Quel mot le message contient-il ?",
        "A computer stores each letter as a number. Open the attached file: it gives the code "
        "table of the capital "
        "letters then a coded message. Which word does the message hold?",
        {"accepted": ["{{word}}"]},
        variants,
        [
            txt(
                "Fichier texte : table de 26 lignes (code décimal de 65 à 90 suivi de la lettre A "
                "à Z), puis une ligne "
                "de codes séparés par des espaces.",
                "Text file: a 26-line table (decimal code 65 to 90 followed by the letter A to "
                "Z), then a line of "
                "codes separated by spaces.",
                per_locale("ascii"),
            )
        ],
    )


def fam_utf8_size() -> dict[str, Any]:
    texts = (
        ("a", "Noël à Paris"),
        ("b", "Crème brûlée"),
        ("c", "Été 2026"),
        ("d", "Crêpes à goûter"),
    )
    variants = [{"key": k, "text": t, "out": len(t.encode("utf-8"))} for k, t in texts]
    return family(
        "f-3.4-f05a3c71",
        "utf8-taille-octets",
        6,
        "binary-and-encoding",
        "number",
        150,
        "Un fichier texte enregistré en UTF-8 (sans BOM ni retour à la ligne) contient exactement "
        ": `{{text}}` "
        "(guillemets exclus). Une lettre sans accent, un chiffre, un espace ou un signe de "
        "ponctuation y occupe "
        "1 octet. Quelle est la taille du fichier en octets ?",
        "A text file saved in UTF-8 (no BOM, no line break) holds exactly: `{{text}}` (without "
        "the quotes). A "
        "letter without accent, a digit, a space or a punctuation mark takes 1 byte in it. What "
        "is the size of "
        "the file in bytes?",
        number("{{out}}", "o"),
        variants,
        enemies=["f-3.4-37682f71", "f-1.3-789f7cd3"],
    )


def fam_hex_colour() -> dict[str, Any]:
    variants = []
    for key, code in (("a", "1E90FF"), ("b", "FF8000"), ("c", "2A7F3C"), ("d", "C0C0A0")):
        r, g, b = (int(code[i : i + 2], 16) for i in (0, 2, 4))
        variants.append({"key": key, "hex": code, "r": r, "g": g, "b": b})
    labels_fr = {"r": "Rouge (0 à 255)", "g": "Vert (0 à 255)", "b": "Bleu (0 à 255)"}
    labels_en = {"r": "Red (0 to 255)", "g": "Green (0 to 255)", "b": "Blue (0 to 255)"}
    return family(
        "f-3.4-63e8b2d9",
        "hexadecimal-couleur",
        5,
        "binary-and-encoding",
        "fields",
        180,
        "Dans une page web, la couleur `#{{hex}}` est écrite en hexadécimal (chiffres 0 à 9 puis "
        "A = 10 … F = 15) : "
        "deux chiffres pour le rouge, deux pour le vert, deux pour le bleu. Donnez la valeur "
        "décimale de chaque "
        "composante.",
        "In a web page, the colour `#{{hex}}` is written in hexadecimal (digits 0 to 9 then A = "
        "10 … F = 15): two "
        "digits for red, two for green, two for blue. Give the decimal value of each component.",
        {c: {"number": number(f"{{{{{c}}}}}")} for c in ("r", "g", "b")},
        variants,
        fields_fr=labels_fr,
        fields_en=labels_en,
        enemies=["c-5.2-subnet-hosts-01"],
    )


def fam_image_size() -> dict[str, Any]:
    variants = []
    for key, w, h in (("a", 1920, 1080), ("b", 1280, 720), ("c", 800, 600), ("d", 3000, 2000)):
        variants.append({"key": key, "w": w, "h": h, "out": round(w * h * 24 / 8 / 1e6, 4)})
    return family(
        "f-3.4-b7a21c06",
        "image-taille-brute",
        6,
        "binary-and-encoding",
        "number",
        180,
        "Une image non compressée mesure {{w}} × {{h}} pixels ; chaque pixel est codé sur 24 "
        "bits. Quelle est "
        "la taille de ses données en Mo (1 Mo = 1 000 000 octets, 1 octet = 8 bits) ? Arrondissez "
        "au centième.",
        "An uncompressed picture is {{w}} × {{h}} pixels; each pixel is coded on 24 bits. What is "
        "the size of its "
        "data in MB (1 MB = 1,000,000 bytes, 1 byte = 8 bits)? Round to two decimals.",
        number("{{out}}", "Mo", 0.01),
        variants,
    )


def fam_dichotomy() -> dict[str, Any]:
    variants = [
        {"key": k, "n": n, "out": math.ceil(math.log2(n + 1))}
        for k, n in (("a", 100), ("b", 1000), ("c", 500), ("d", 50))
    ]
    return family(
        "f-3.4-2c5d7f18",
        "recherche-dichotomique",
        6,
        "algorithms",
        "number",
        150,
        "Jeu : trouver un nombre entier caché entre 1 et {{n}}. Après chaque proposition, on vous "
        "répond "
        "« trouvé », « plus grand » ou « plus petit ». Vous proposez toujours le nombre du milieu "
        "de l’intervalle "
        "qui reste possible. Combien de propositions faut-il au maximum pour être sûr de trouver ?",
        "Game: find a hidden whole number between 1 and {{n}}. After each guess you are told "
        '"found", '
        '"higher" or "lower". You always guess the number in the middle of the range still '
        "possible. At most "
        "how many guesses are needed to be sure to find it?",
        number("{{out}}"),
        variants,
    )


def fam_battery_rule() -> dict[str, Any]:
    proposals_fr = [
        "Il passe en économie d’énergie",
        "Il baisse la luminosité",
        "Il ne change rien",
        "Il passe en économie et baisse la luminosité",
    ]
    proposals_en = [
        "It switches to power saving",
        "It lowers the brightness",
        "It changes nothing",
        "It switches to power saving and lowers the brightness",
    ]
    variants = [
        {"key": "a", "p": 15, "solution": 0},
        {"key": "b", "p": 35, "solution": 1},
        {"key": "c", "p": 80, "solution": 2},
        {"key": "d", "p": 20, "solution": 1},
    ]
    fam = family(
        "f-3.4-95d3e0c4",
        "condition-si-sinon-lecture",
        1,
        "conditions-and-loops",
        "single_choice",
        60,
        "Un téléphone suit cette règle : « si la batterie est sous 20 %, passer en économie "
        "d’énergie ; sinon, si "
        "elle est sous 50 %, baisser la luminosité ; sinon, ne rien changer ». La batterie est à "
        "{{p}} %. Que fait "
        "le téléphone ?",
        'A phone follows this rule: "if the battery is below 20%, switch to power saving; '
        "otherwise, if it is "
        'below 50%, lower the brightness; otherwise, change nothing". The battery is at {{p}}%. '
        "What does the "
        "phone do?",
        0,
        variants,
        proposals_fr=proposals_fr,
        proposals_en=proposals_en,
    )
    for var in fam["variants"]:
        if var["solution"] == 0:
            del var["solution"]
    return fam


def encoding() -> list[dict[str, Any]]:
    return [
        fam_battery_rule(),
        fam_binary_decimal(),
        fam_bit_values(),
        fam_ascii(),
        fam_hex_colour(),
        fam_utf8_size(),
        fam_image_size(),
        fam_dichotomy(),
    ]


# ---------------------------------------------------------------- markup.yaml (HTML and Markdown)


def html_page(key: str, stem: str, body_fr: list[str], body_en: list[str]) -> None:
    for loc, body in (("fr", body_fr), ("en", body_en)):
        lines = ["<!DOCTYPE html>", f'<html lang="{loc}">', "<head>", '  <meta charset="utf-8">']
        write(f"{stem}-{key}-{loc}.txt", "\n".join(lines + body + ["</body>", "</html>"]))


def fam_link_line() -> dict[str, Any]:
    # Lines 1-4 are the fixed head opening; the body lines follow.
    pages = {
        "a": (
            [
                "  <title>Club de voile</title>",
                '  <link rel="stylesheet" href="style.css">',
                "</head>",
                "<body>",
                "  <h1>Club de voile</h1>",
                '  <img src="bateau.jpg" alt="Un voilier au port">',
                '  <p>Nos horaires sont sur la page <a href="horaires.html">Horaires</a>.</p>',
                "  <p>Contact : accueil du club, quai nord.</p>",
            ],
            [
                "  <title>Sailing club</title>",
                '  <link rel="stylesheet" href="style.css">',
                "</head>",
                "<body>",
                "  <h1>Sailing club</h1>",
                '  <img src="bateau.jpg" alt="A sailing boat in the harbour">',
                '  <p>Our opening hours are on the <a href="horaires.html">Hours</a> page.</p>',
                "  <p>Contact: club desk, north quay.</p>",
            ],
            11,
        ),
        "b": (
            [
                "  <title>Médiathèque</title>",
                "</head>",
                "<body>",
                "  <h1>Médiathèque</h1>",
                '  <p>Réservez un livre sur <a href="reservation.html">le portail</a>.</p>',
                '  <link rel="icon" href="logo.png">',
                '  <img src="salle.jpg" alt="La salle de lecture">',
                "  <p>Adresse : 2 place du Marché.</p>",
            ],
            [
                "  <title>Library</title>",
                "</head>",
                "<body>",
                "  <h1>Library</h1>",
                '  <p>Book a title on <a href="reservation.html">the portal</a>.</p>',
                '  <link rel="icon" href="logo.png">',
                '  <img src="salle.jpg" alt="The reading room">',
                "  <p>Address: 2 Market Square.</p>",
            ],
            9,
        ),
        "c": (
            [
                "  <title>Boulangerie</title>",
                '  <link rel="stylesheet" href="site.css">',
                "</head>",
                "<body>",
                "  <h1>Nos pains</h1>",
                "  <p>Voir la page tarifs.html pour les prix.</p>",
                '  <img src="pains.jpg" alt="Des pains sur une étagère">',
                '  <nav><a href="commande.html">Commander</a></nav>',
            ],
            [
                "  <title>Bakery</title>",
                '  <link rel="stylesheet" href="site.css">',
                "</head>",
                "<body>",
                "  <h1>Our breads</h1>",
                "  <p>See the page tarifs.html for prices.</p>",
                '  <img src="pains.jpg" alt="Loaves on a shelf">',
                '  <nav><a href="commande.html">Order</a></nav>',
            ],
            12,
        ),
        "d": (
            [
                "  <title>Piscine</title>",
                "</head>",
                "<body>",
                '  <form action="inscription.html">',
                '    <button type="submit">S’inscrire</button>',
                "  </form>",
                '  <p>Les <a href="tarifs.html">tarifs</a> changent en janvier.</p>',
                '  <img src="bassin.jpg" alt="Le grand bassin">',
            ],
            [
                "  <title>Swimming pool</title>",
                "</head>",
                "<body>",
                '  <form action="inscription.html">',
                '    <button type="submit">Sign up</button>',
                "  </form>",
                '  <p>The <a href="tarifs.html">prices</a> change in January.</p>',
                '  <img src="bassin.jpg" alt="The main pool">',
            ],
            11,
        ),
    }
    variants = []
    for key, (body_fr, body_en, line) in pages.items():
        html_page(key, "link", body_fr, body_en)
        text = (MAT / f"link-{key}-fr.txt").read_text(encoding="utf-8").splitlines()
        assert "<a href" in text[line - 1], (key, text[line - 1])
        assert sum("<a " in ln for ln in text) == 1
        variants.append({"key": key, "v": key, "line": f"L{line}"})
    return family(
        "f-3.4-0a9c6d31",
        "html-lien-reperage",
        3,
        "markup",
        "pick",
        120,
        "Voici le code HTML d’une page web. Sélectionnez la ligne qui affiche un lien sur lequel "
        "le visiteur "
        "peut cliquer pour aller sur une autre page.",
        "Here is the HTML code of a web page. Select the line that shows a link the visitor can "
        "click to go to "
        "another page.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Code HTML d’une page de 14 lignes : en-tête, titre, image, "
                "paragraphes ; une seule "
                "ligne contient un lien cliquable.",
                "HTML code of a page of 14 lines: head, heading, picture, paragraphs; a "
                "single line holds "
                "a clickable link.",
                per_locale("link"),
            )
        ],
        phone=False,
    )


def fam_bad_tag() -> dict[str, Any]:
    pages = {
        "a": (
            [
                "  <title>Recette</title>",
                "</head>",
                "<body>",
                "  <h1>Crêpes</h1>",
                "  <ul>",
                "    <li>250 g de farine</li>",
                "    <li>4 œufs</lu>",
                "    <li>50 cl de lait</li>",
                "  </ul>",
            ],
            [
                "  <title>Recipe</title>",
                "</head>",
                "<body>",
                "  <h1>Pancakes</h1>",
                "  <ul>",
                "    <li>250 g flour</li>",
                "    <li>4 eggs</lu>",
                "    <li>500 ml milk</li>",
                "  </ul>",
            ],
            11,
        ),
        "b": (
            [
                "  <title>Agenda</title>",
                "</head>",
                "<body>",
                "  <h1>Agenda du mois</h1>",
                "  <h2>Samedi 12</h3>",
                "  <p>Marché de <em>producteurs</em> locaux.</p>",
                "  <p>Concert <strong>gratuit</strong> à 20 h.</p>",
            ],
            [
                "  <title>Diary</title>",
                "</head>",
                "<body>",
                "  <h1>This month</h1>",
                "  <h2>Saturday 12</h3>",
                "  <p>Local <em>farmers</em> market.</p>",
                "  <p><strong>Free</strong> concert at 8 pm.</p>",
            ],
            9,
        ),
        "c": (
            [
                "  <title>Horaires</title>",
                "</head>",
                "<body>",
                "  <h1>Horaires</h1>",
                "  <p>Ouvert du <strong>lundi</strong> au vendredi.</p>",
                "  <p>Fermé le <em>dimanche</strong>.</p>",
                '  <a href="plan.html">Plan d’accès</a>',
            ],
            [
                "  <title>Opening hours</title>",
                "</head>",
                "<body>",
                "  <h1>Opening hours</h1>",
                "  <p>Open <strong>Monday</strong> to Friday.</p>",
                "  <p>Closed on <em>Sunday</strong>.</p>",
                '  <a href="plan.html">How to get there</a>',
            ],
            10,
        ),
        "d": (
            [
                "  <title>Contact</title>",
                "</head>",
                "<body>",
                "  <h1>Nous écrire</h1>",
                '  <p>Adresse : <a href="mailto:contact@example.org">contact@example.org</a></p>',
                '  <p>Téléphone : <a href="tel:+33100000000">01 00 00 00 00</p></a>',
                "  <p>Réponse sous <em>48 h</em>.</p>",
            ],
            [
                "  <title>Contact</title>",
                "</head>",
                "<body>",
                "  <h1>Write to us</h1>",
                '  <p>Address: <a href="mailto:contact@example.org">contact@example.org</a></p>',
                '  <p>Phone: <a href="tel:+33100000000">01 00 00 00 00</p></a>',
                "  <p>Answer within <em>48 h</em>.</p>",
            ],
            10,
        ),
    }
    variants = []
    for key, (body_fr, body_en, line) in pages.items():
        html_page(key, "tags", body_fr, body_en)
        variants.append({"key": key, "v": key, "line": f"L{line}"})
    return family(
        "f-3.4-d64b1e27",
        "html-balise-mal-fermee",
        5,
        "markup",
        "pick",
        150,
        "Dans ce code HTML, une seule ligne a une balise fermée par erreur (fermeture qui ne "
        "correspond pas à "
        "l’ouverture ou fermetures dans le mauvais ordre). Sélectionnez cette ligne.",
        "In this HTML code, a single line has a tag closed by mistake (a closing tag that does "
        "not match the "
        "opening one, or closing tags in the wrong order). Select that line.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Code HTML d’une page de 12 à 15 lignes : titre, paragraphes ou liste, "
                "avec des balises "
                "ouvrantes et fermantes.",
                "HTML code of a page of 12 to 15 lines: heading, paragraphs or a list, "
                "with opening and "
                "closing tags.",
                per_locale("tags"),
            )
        ],
        phone=False,
    )


def fam_missing_alt() -> dict[str, Any]:
    imgs = {
        "a": (
            [
                ("logo.png", "Logo de la mairie", "Town hall logo"),
                ("plan.png", None, None),
                ("salle.jpg", "La salle des fêtes", "The village hall"),
            ],
            0,
        ),
        "b": (
            [
                ("affiche.jpg", None, None),
                ("carte.png", "Carte du quartier", "Map of the area"),
                ("photo.jpg", "L’équipe du club", "The club team"),
            ],
            0,
        ),
        "c": (
            [
                ("velo.jpg", "Un vélo à assistance électrique", "An electric bike"),
                ("tarifs.png", "Grille des tarifs de location", "Rental price list"),
                ("badge.png", None, None),
            ],
            0,
        ),
        "d": (
            [
                ("entree.jpg", "L’entrée du musée", "The museum entrance"),
                ("horaires.png", None, None),
                ("expo.jpg", "Une salle d’exposition", "An exhibition room"),
            ],
            0,
        ),
    }
    variants = []
    for key, (items, _) in imgs.items():
        bodies: dict[str, list[str]] = {}
        for loc, idx in (("fr", 1), ("en", 2)):
            body = [
                "  <title>Page</title>",
                "</head>",
                "<body>",
                "  <h1>{}</h1>".format(
                    "Informations pratiques" if loc == "fr" else "Practical information"
                ),
            ]
            for item in items:
                src, alt = item[0], item[idx]
                body.append(
                    f'  <img src="{src}" alt="{alt}">'
                    if alt
                    else f'  <img src="{src}" width="400">'
                )
                if len(body) == 6:
                    body.append(
                        "  <p>{}</p>".format(
                            "Bienvenue sur notre site." if loc == "fr" else "Welcome to our site."
                        )
                    )
            bodies[loc] = body
        html_page(key, "alt", bodies["fr"], bodies["en"])
        text = (MAT / f"alt-{key}-fr.txt").read_text(encoding="utf-8").splitlines()
        bare = next(i for i, ln in enumerate(text, 1) if "<img" in ln and "alt=" not in ln)
        variants.append({"key": key, "v": key, "line": f"L{bare}"})
    return family(
        "f-3.4-7e30a5bc",
        "html-image-texte-alternatif",
        4,
        "markup",
        "pick",
        120,
        "Une personne aveugle utilise un lecteur d’écran. Dans ce code HTML, sélectionnez la "
        "ligne de l’image "
        "que son lecteur d’écran ne pourra pas décrire, faute de texte de remplacement.",
        "A blind person uses a screen reader. In this HTML code, select the line of the picture "
        "that the screen "
        "reader will not be able to describe, for want of a text alternative.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Code HTML d’une page de 13 lignes avec un titre, un paragraphe et trois images.",
                "HTML code of a 13-line page with a heading, a paragraph and three pictures.",
                per_locale("alt"),
            )
        ],
    )


def fam_markdown_bold() -> dict[str, Any]:
    words = (
        ("a", "poires", "pears", "farine", "flour", "sel", "salt"),
        ("b", "bougies", "candles", "ballons", "balloons", "nappe", "tablecloth"),
        ("c", "piles", "batteries", "câble", "cable", "chargeur", "charger"),
        ("d", "timbres", "stamps", "enveloppes", "envelopes", "colle", "glue"),
    )
    variants = []
    for key, b_fr, b_en, i_fr, i_en, c_fr, c_en in words:
        write(
            f"markdown-{key}-fr.txt",
            f"# Liste de courses\n\nPenser à prendre des *{i_fr}* et des **{b_fr}**.\n\n"
            f"- lait\n- `{c_fr}`\n- _pain_\n",
        )
        write(
            f"markdown-{key}-en.txt",
            f"# Shopping list\n\nRemember to buy *{i_en}* and **{b_en}**.\n\n"
            f"- milk\n- `{c_en}`\n- _bread_\n",
        )
        variants.append({"key": key, "v": key, "w_fr": b_fr, "w_en": b_en})
    return family(
        "f-3.4-5a8f02e6",
        "markdown-mise-en-forme",
        2,
        "markup",
        "free_answer",
        90,
        "Le fichier joint est écrit en Markdown, un langage de balisage léger. Une fois affiché, "
        "quel mot "
        "apparaît en gras ?",
        "The attached file is written in Markdown, a lightweight markup language. Once displayed, "
        "which word "
        "appears in bold?",
        {"accepted": {"fr": ["{{w_fr}}"], "en": ["{{w_en}}"]}},
        variants,
        [
            txt(
                "Fichier Markdown de 7 lignes : un titre, une phrase avec deux mots mis en forme, "
                "une liste de trois "
                "éléments.",
                "A 7-line Markdown file: a heading, a sentence with two formatted words, a list "
                "of three items.",
                per_locale("markdown"),
            )
        ],
    )


def markup() -> list[dict[str, Any]]:
    return [fam_markdown_bold(), fam_link_line(), fam_missing_alt(), fam_bad_tag()]


# ------------------------------------------------------------- more.yaml (syntax, division, scan)


FIXES = {
    "a": "if age >= 18:",
    "b": 'print("Total :", total)',
    "c": 'nom = "Lina"',
    "d": "while total < 10:",
}


def fam_syntax_error() -> dict[str, Any]:
    programs = {
        "a": (
            ["age = 17", "if age >= 18", '    print("majeur")', "else:", '    print("mineur")'],
            2,
        ),
        "b": (
            ["prix = 12", "quantite = 3", "total = prix * quantite", 'print("Total :", total'],
            4,
        ),
        "c": (['nom = "Lina', "points = 40", "points = points + 5", "print(nom, points)"], 1),
        "d": (
            [
                "for i in range(3):",
                "    print(i)",
                "total = 0",
                "while total < 10",
                "    total = total + 4",
            ],
            4,
        ),
    }
    variants = []
    for key, (lines, bad) in programs.items():
        code = "\n".join(lines) + "\n"
        try:
            compile(code, "programme.py", "exec")
        except SyntaxError:
            pass
        else:
            raise AssertionError(key)
        fixed = list(lines)
        fixed[bad - 1] = FIXES[key]
        compile("\n".join(fixed) + "\n", "programme.py", "exec")
        program_files_static("syntax", key, code)
        variants.append({"key": key, "v": key, "line": f"L{bad}"})
    return family(
        "f-3.4-86c1f4e0",
        "erreur-syntaxe-reperage",
        3,
        "debugging",
        "pick",
        120,
        "Python refuse de lancer ce programme : il signale une erreur de syntaxe (un caractère "
        "oublié). "
        "Sélectionnez la ligne où il manque quelque chose.",
        "Python refuses to run this program: it reports a syntax error (a character left out). "
        "Select the line where something is missing.",
        {"material": "prog", "accepted": ["{{line}}"]},
        variants,
        [
            txt(
                "Programme Python de 4 ou 5 lignes, dont une ligne à laquelle il "
                "manque un caractère.",
                "A Python program of 4 or 5 lines, one line of which is missing a character.",
                per_locale("syntax"),
            )
        ],
    )


def fam_div_mod() -> dict[str, Any]:
    variants = []
    for key, total, unit in (("a", 135, 60), ("b", 200, 60), ("c", 47, 12), ("d", 29, 7)):
        code = f"duree = {total}\na = duree // {unit}\nb = duree % {unit}\nprint(a * 100 + b)\n"
        out, _ = program_files("divmod", key, code, WORDS)
        variants.append({"key": key, "v": key, "out": int(out)})
    return family(
        "f-3.4-3b9e62a7",
        "division-entiere-reste",
        5,
        "variables-and-types",
        "number",
        150,
        "Ouvrez le programme Python joint. `//` donne le quotient de la division entière et `%` "
        "son reste. "
        "Quel nombre affiche-t-il ?",
        "Open the attached Python program. `//` gives the quotient of whole-number division and "
        "`%` its "
        "remainder. Which number does it print?",
        number("{{out}}"),
        variants,
        [
            txt(
                "Programme Python de 4 lignes : une durée, son quotient et son reste par une "
                "division entière, "
                "puis un affichage qui les combine.",
                "A 4-line Python program: a duration, its quotient and remainder by whole-number "
                "division, then a "
                "print combining them.",
                per_locale("divmod"),
            )
        ],
        enemies=["c-3.4-modulo-01"],
    )


def fam_scan_csv() -> dict[str, Any]:
    data = {
        "a": ([42, 55, 61, 48, 73, 80, 66], 60),
        "b": ([12, 18, 9, 25, 31, 22, 40], 20),
        "c": ([5, 7, 6, 9, 8, 14, 15], 10),
        "d": ([210, 190, 240, 230, 255, 300, 280], 250),
    }
    variants = []
    for key, (values, limit) in data.items():
        for loc, head in (("fr", "heure;mesure"), ("en", "hour;reading")):
            rows = [head] + [f"{8 + i}:00;{v}" for i, v in enumerate(values)]
            write(f"scan-{key}-{loc}.csv", "\n".join(rows))
        row = next(i for i, v in enumerate(values) if v > limit) + 2
        variants.append({"key": key, "v": key, "limit": limit, "cell": f"B{row}"})
    return family(
        "f-3.4-c2e7a950",
        "parcours-arret-condition",
        3,
        "algorithms",
        "pick",
        120,
        "Un programme lit la colonne B du tableau joint de haut en bas, à partir de la ligne 2, "
        "et s’arrête à "
        "la première mesure strictement supérieure à {{limit}}. Sélectionnez la cellule où il "
        "s’arrête.",
        "A program reads column B of the attached table from top to bottom, from row 2, and stops "
        "at the "
        "first reading strictly greater than {{limit}}. Select the cell where it stops.",
        {"material": "data", "accepted": ["{{cell}}"]},
        variants,
        [
            {
                "id": "data",
                "file": {"fr": "material/scan-{{v}}-fr.csv", "en": "material/scan-{{v}}-en.csv"},
                "media_type": "text/csv",
                "alt": {
                    "fr": fr(
                        "Tableau de 2 colonnes (heure, mesure) et 7 lignes de mesures, de 8:00 à "
                        "14:00."
                    ),
                    "en": "A 2-column table (hour, reading) with 7 rows of readings, "
                    "from 8:00 to 14:00.",
                },
            }
        ],
    )


def more() -> list[dict[str, Any]]:
    return [fam_syntax_error(), fam_div_mod(), fam_scan_csv()]


def dump(name: str, families: list[dict[str, Any]]) -> None:
    doc = {"format": 2, "competence": "3.4", "families": families}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    header = "# CRCN 3.4 — generated by scripts/material/3.4_programs.py (edit it, then run it)\n"
    (ROOT / name).write_text(header + text, encoding="utf-8")


def main() -> None:
    dump("programs.yaml", programs())
    dump("encoding.yaml", encoding())
    dump("markup.yaml", markup())
    dump("more.yaml", more())


if __name__ == "__main__":
    main()
