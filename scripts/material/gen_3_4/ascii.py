"""3.4 families, module ascii: fam_ascii, fam_utf8_size, fam_hex_colour, fam_image_size,
fam_dichotomy, fam_battery_rule. Writes the listings they show under
assessment/items/3.4/material/; keys are computed and printed.
"""

from __future__ import annotations

import math
from typing import Any

from .kit import family, number, per_locale, txt, write


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
