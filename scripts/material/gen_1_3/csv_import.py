"""1.3 families of module csv_import (f_separator, f_import_settings, f_encoding): each writes its
material under assessment/items/1.3/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, family, fr_block, html_page, material, meta, write_text

from .kit import MAT, add


# ---------------------------------------------------------------- level 2
def f_separator() -> None:
    files = {
        "a": (
            ";",
            [
                ["Nom", "Classe", "Moyenne"],
                ["Morvan", "4e B", "12,5"],
                ["Pham", "4e A", "14"],
                ["Quéré", "4e B", "9,75"],
            ],
            [
                ["Name", "Class", "Average"],
                ["Morvan", "8B", "12.5"],
                ["Pham", "8A", "14"],
                ["Quere", "8B", "9.75"],
            ],
        ),
        "b": (
            ",",
            [
                ["Produit", "Rayon", "Stock"],
                ["Lait", "Frais", "42"],
                ["Riz", "Épicerie", "18"],
                ["Beurre", "Frais", "7"],
            ],
            [
                ["Product", "Aisle", "Stock"],
                ["Milk", "Dairy", "42"],
                ["Rice", "Grocery", "18"],
                ["Butter", "Dairy", "7"],
            ],
        ),
        "c": (
            "|",
            [
                ["Ville", "Habitants", "Département"],
                ["Dijon", "159000", "Côte-d'Or"],
                ["Brest", "140000", "Finistère"],
                ["Tours", "137000", "Indre-et-Loire"],
            ],
            [
                ["Town", "Inhabitants", "Department"],
                ["Dijon", "159000", "Cote-d'Or"],
                ["Brest", "140000", "Finistere"],
                ["Tours", "137000", "Indre-et-Loire"],
            ],
        ),
        "d": (
            ",",
            [
                ["Titre", "Auteur", "Note"],
                ['"Vingt mille lieues; édition illustrée"', "Verne", "4"],
                ['"Le Horla; nouvelles"', "Maupassant", "5"],
                ["Candide", "Voltaire", "3"],
            ],
            [
                ["Title", "Author", "Rating"],
                ['"Twenty Thousand Leagues; illustrated"', "Verne", "4"],
                ['"The Horla; stories"', "Maupassant", "5"],
                ["Candide", "Voltaire", "3"],
            ],
        ),
        "e": (
            ";",
            [
                ["Date", "Montant", "Moyen"],
                ["03/04/2026", "12,40", "Carte"],
                ["05/04/2026", "7,90", "Espèces"],
                ["09/04/2026", "23,15", "Carte"],
            ],
            [
                ["Date", "Amount", "Method"],
                ["03/04/2026", "12,40", "Card"],
                ["05/04/2026", "7,90", "Cash"],
                ["09/04/2026", "23,15", "Card"],
            ],
        ),
    }
    variants = []
    for k, (sep, fr_rows, en_rows) in files.items():
        write_text(MAT / f"export-{k}-fr.txt", "\n".join(sep.join(r) for r in fr_rows) + "\n")
        write_text(MAT / f"export-{k}-en.txt", "\n".join(sep.join(r) for r in en_rows) + "\n")
        words = {
            ";": ("point-virgule", "semicolon"),
            ",": ("virgule", "comma"),
            "|": ("barre verticale", "pipe"),
        }
        variants.append(
            {"key": k, "v": k, "sep": sep, "word_fr": words[sep][0], "word_en": words[sep][1]}
        )
    add(
        family(
            "f-1.3-61775094",
            "separateur-csv",
            2,
            "csv-and-import",
            "free_answer",
            fr_block(
                "Voici le début d'un fichier exporté, ouvert dans un éditeur de texte. Quel"
                " caractère sépare les colonnes ? (tapez seulement ce caractère)"
            ),
            en_block(
                "Here is the start of an exported file, opened in a text editor. Which character"
                " separates the columns? (type only that character)"
            ),
            {
                "accepted": {"any": ["{{sep}}"], "fr": ["{{word_fr}}"], "en": ["{{word_en}}"]},
                "punctuation": "significant",
            },
            metadata=meta(90),
            enemies=["f-1.3-6ce587a2", "f-1.3-96895c6e"],
            mats=[
                material(
                    "file",
                    "export",
                    "txt",
                    "text/plain",
                    "Quatre lignes d'un fichier texte de données, une ligne de titres puis trois"
                    " lignes.",
                    "Four lines of a data text file: a heading line then three lines.",
                )
            ],
            variants=variants,
        )
    )


# ---------------------------------------------------------------- level 5
def f_import_settings() -> None:
    props_fr = [
        "Séparateur : virgule ; décimales : point",
        "Séparateur : point-virgule ; décimales : virgule",
        "Séparateur : point-virgule ; décimales : point",
        "Séparateur : virgule ; décimales : virgule",
    ]
    props_en = [
        "Separator: comma; decimals: point",
        "Separator: semicolon; decimals: comma",
        "Separator: semicolon; decimals: point",
        "Separator: comma; decimals: comma",
    ]
    samples = {
        # key: (solution, lines)
        "a": (
            0,
            [
                "station,date,pluie_mm,vent_kmh",
                "Brest,2026-03-01,12.4,38.5",
                "Brest,2026-03-02,0.8,21.0",
                "Metz,2026-03-01,3.25,14.2",
            ],
        ),
        "b": (
            1,
            [
                "article;quantite;prix",
                "Cahier A4;3;2,45",
                "Stylo bille;10;0,89",
                "Classeur;2;4,10",
            ],
        ),
        "c": (
            2,
            [
                "capteur;heure;temperature;humidite",
                "C1;08:00;19.6;48.2",
                "C1;09:00;20.15;47.9",
                "C2;08:00;18.4;52.0",
            ],
        ),
        "d": (
            3,
            [
                "coureur,temps_km,distance",
                'R01,"5,42","10,5"',
                'R02,"6,08","8,25"',
                'R03,"4,95","12,0"',
            ],
        ),
        "e": (
            2,
            [
                "produit;poids_kg;prix_kg",
                "pommes;1.25;2.40",
                "poires;0.8;3.15",
                "raisin;0.45;4.90",
            ],
        ),
    }
    variants = []
    for k, (sol, lines) in samples.items():
        for lang in ("fr", "en"):
            write_text(MAT / f"import-{k}-{lang}.txt", "\n".join(lines) + "\n")
        v = {"key": k, "v": k}
        if sol != 0:
            v["solution"] = sol
        variants.append(v)
    add(
        family(
            "f-1.3-96895c6e",
            "import-reglages",
            5,
            "csv-and-import",
            "single_choice",
            fr_block(
                "Vous importez ce fichier texte dans un tableur. Quels réglages d'import"
                " donneront une colonne par donnée et des nombres décimaux reconnus comme des"
                " nombres ?",
                props_fr,
            ),
            en_block(
                "You import this text file into a spreadsheet. Which import settings will give"
                " one column per value and decimal numbers recognised as numbers?",
                props_en,
            ),
            0,
            metadata=meta(150),
            mats=[
                material(
                    "file",
                    "import",
                    "txt",
                    "text/plain",
                    "Les quatre premières lignes d'un fichier de données brut.",
                    "The first four lines of a raw data file.",
                )
            ],
            variants=variants,
        )
    )


def f_encoding() -> None:
    props_fr = [
        "Le rouvrir en choisissant l'encodage UTF-8",
        "Le rouvrir en choisissant l'encodage Windows-1252",
        "Changer la police de caractères des cellules",
        "Corriger les lettres accentuées une par une",
    ]
    props_en = [
        "Reopen it choosing the UTF-8 encoding",
        "Reopen it choosing the Windows-1252 encoding",
        "Change the cells' font",
        "Fix the accented letters one by one",
    ]
    texts = {
        "a": (
            0,
            (
                "Nom;Ville;Téléphone\nHélène;Besançon;04 81 00 00 12\nFrançois;Orléans;02 38 00"
                " 00 47\n"
            ),
        ),
        "b": (
            1,
            "Nom;Ville;Téléphone\nJérôme;Nîmes;04 66 00 00 31\nAgnès;Créteil;01 49 00 00 58\n",
        ),
        "c": (0, "Article;Catégorie;Prix\nCafé moulu;Épicerie;4,20\nThé vert;Épicerie;3,85\n"),
        "d": (1, "Élève;Option;Remarque\nLéa;Théâtre;très assidue\nMaël;Cinéma;à revoir\n"),
    }
    variants = []
    for k, (sol, text) in texts.items():
        if sol == 0:  # UTF-8 bytes read as Windows-1252
            shown = text.encode("utf-8").decode("cp1252", errors="replace")
        else:  # Windows-1252 bytes read as UTF-8
            shown = text.encode("cp1252").decode("utf-8", errors="replace")
        body = (
            "<p>Aperçu de l’import :</p><pre>"
            + shown.replace("&", "&amp;").replace("<", "&lt;")
            + "</pre>"
        )
        write_text(
            MAT / f"apercu-{k}-fr.html",
            html_page("fr", "Aperçu de l’import du fichier", body.replace(" :", "\u00a0:")),
        )
        write_text(
            MAT / f"apercu-{k}-en.html",
            html_page(
                "en",
                "File import preview",
                body.replace("Aperçu de l’import :", "Import preview:"),
            ),
        )
        v = {"key": k, "v": k}
        if sol:
            v["solution"] = sol
        variants.append(v)
    add(
        family(
            "f-1.3-789f7cd3",
            "encodage-import",
            6,
            "csv-and-import",
            "single_choice",
            fr_block(
                "Vous importez un fichier texte de données et l'aperçu montre des caractères"
                " étranges à la place des lettres accentuées. Que faites-vous pour retrouver le"
                " texte d'origine ?",
                props_fr,
            ),
            en_block(
                "You import a text data file and the preview shows strange characters instead of"
                " the accented letters. What do you do to get the original text back?",
                props_en,
            ),
            0,
            metadata=meta(150),
            enemies=["f-3.4-37682f71"],
            mats=[
                material(
                    "preview",
                    "apercu",
                    "html",
                    "text/html",
                    "Aperçu de l'import d'un fichier texte dont les lettres accentuées"
                    " s'affichent mal.",
                    "Import preview of a text file whose accented letters are displayed wrongly.",
                )
            ],
            variants=variants,
        )
    )
