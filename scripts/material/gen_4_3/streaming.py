"""4.3 families, module streaming: QUALITY, fam_streaming, fam_keep_phone, fam_where_report. Writes
their pages and tables under assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from gen_3_4.kit import family, fr, number

from .kit import html_att, page, tie, write

QUALITY = [
    ("auto", "Automatique", "Automatic", None),
    ("low", "Économie de données", "Data saver", 0.3),
    ("sd", "Standard (SD)", "Standard (SD)", 0.7),
    ("hd", "Haute (HD)", "High (HD)", 3.0),
    ("uhd", "Ultra (4K)", "Ultra (4K)", 7.0),
]


def fam_streaming() -> dict[str, Any]:
    variants = []
    for key, sel, episodes, minutes in (
        ("a", "hd", 3, 45),
        ("b", "sd", 4, 30),
        ("c", "uhd", 2, 50),
        ("d", "low", 6, 40),
        ("e", "sd", 5, 50),
    ):
        rows_fr, rows_en = [], []
        for i, (qid, f, e, gb) in enumerate(QUALITY):
            tag_fr = " — sélectionnée" if qid == sel else ""
            tag_en = " — selected" if qid == sel else ""
            rate_fr = (
                "selon la connexion"
                if gb is None
                else f"environ {gb:.1f} Go par heure".replace(".", ",")
            )
            rate_en = "depends on the connection" if gb is None else f"about {gb:.1f} GB per hour"
            rows_fr.append((f"v{i + 1}", f + tag_fr, rate_fr))
            rows_en.append((f"v{i + 1}", e + tag_en, rate_en))
        write(
            f"stream-{key}-fr.html",
            page(
                "fr",
                "Qualité vidéo",
                fr(
                    "Réglages de l’application : la qualité choisie s’applique à toutes les vidéos."
                ),
                [(a, fr(b), fr(c)) for a, b, c in rows_fr],
            ),
        )
        write(
            f"stream-{key}-en.html",
            page(
                "en",
                "Video quality",
                "App settings: the quality chosen applies to every video.",
                rows_en,
            ),
        )
        rate = next(q[3] for q in QUALITY if q[0] == sel)
        variants.append(
            {
                "key": key,
                "v": key,
                "n": episodes,
                "m": minutes,
                "out": round(rate * episodes * minutes / 60, 4),
            }
        )
    return family(
        "f-4.3-8b1f6c27",
        "streaming-volume-donnees",
        6,
        "environmental-impact",
        "number",
        240,
        "Avec le réglage de qualité sélectionné dans cette application, quel volume de données, "
        "en Go, consomme "
        "le visionnage de {{n}} épisodes de {{m}} minutes ? (arrondi au dixième)",
        "With the quality setting selected in this app, how much data, in GB, does watching {{n}} "
        "episodes of "
        "{{m}} minutes use? (rounded to one decimal)",
        number("{{out}}", "Go", 0.1),
        variants,
        [
            html_att(
                "page",
                "stream",
                "Panneau « Qualité vidéo » d’une application : cinq niveaux de qualité avec "
                "leur consommation de données par heure ; l’un est marqué « sélectionnée ».",
                'An app\'s "Video quality" panel: five quality levels with their data use per '
                "hour; one is "
                'marked "selected".',
            )
        ],
    )


def fam_keep_phone() -> dict[str, Any]:
    variants = []
    for key, make_new, use_new, battery, use_old, years in (
        ("a", 56, 1.2, 4.5, 1.6, 3),
        ("b", 70, 1.0, 6.0, 1.5, 2),
        ("c", 48, 1.4, 5.0, 2.2, 4),
        ("d", 62, 0.9, 3.5, 1.3, 3),
        ("e", 80, 1.1, 7.0, 1.4, 4),
    ):
        saved = make_new + years * use_new - (battery + years * use_old)
        for loc, head, rows in (
            (
                "fr",
                "poste;émissions (kgCO2e)",
                [
                    ("Fabrication d’un téléphone neuf", make_new),
                    ("Usage du téléphone neuf, par an", use_new),
                    ("Remplacement de la batterie de l’ancien téléphone", battery),
                    ("Usage de l’ancien téléphone, par an", use_old),
                ],
            ),
            (
                "en",
                "item;emissions (kgCO2e)",
                [
                    ("Making a new phone", make_new),
                    ("Using the new phone, per year", use_new),
                    ("Replacing the old phone's battery", battery),
                    ("Using the old phone, per year", use_old),
                ],
            ),
        ):
            sep = "," if loc == "fr" else "."
            write(
                f"carbon-{key}-{loc}.csv",
                "\n".join([head] + [f"{label};{str(v).replace('.', sep)}" for label, v in rows]),
            )
        variants.append({"key": key, "v": key, "y": years, "out": round(saved, 3)})
    return family(
        "f-4.3-19d7e4b5",
        "garder-ou-remplacer-bilan",
        7,
        "environmental-impact",
        "number",
        300,
        "D’après ce tableau, sur les {{y}} prochaines années, combien de kgCO2e évite-t-on en "
        "gardant l’ancien "
        "téléphone avec une batterie neuve plutôt qu’en achetant un téléphone neuf ? (arrondi au "
        "dixième)",
        "According to this table, over the next {{y}} years, how many kgCO2e are avoided by "
        "keeping the old "
        "phone with a new battery rather than buying a new phone? (rounded to one decimal)",
        number("{{out}}", "kgCO2e", 0.1),
        variants,
        [
            html_att(
                "table",
                "carbon",
                "Tableau de quatre postes d’émissions en kgCO2e : fabrication et usage annuel "
                "d’un téléphone neuf, batterie de remplacement et usage annuel de l’ancien "
                "téléphone.",
                "A table of four emission items in kgCO2e: making and yearly use of a new phone, "
                "replacement "
                "battery and yearly use of the old phone.",
                "csv",
            )
        ],
    )


def fam_where_report() -> dict[str, Any]:
    proposals_fr = [
        "La plateforme PHAROS",
        "Le site Cybermalveillance",
        "Le site SignalConso",
        "La CNIL",
    ]
    proposals_en = [
        "The PHAROS platform",
        "The Cybermalveillance site",
        "The SignalConso site",
        "The CNIL",
    ]
    cases = [
        (
            "a",
            "Sur un forum, un message appelle à agresser les habitants d’un quartier.",
            "On a forum, a message calls for attacks on the people of a neighbourhood.",
            0,
        ),
        (
            "b",
            "Votre ordinateur affiche un message qui bloque vos fichiers et réclame une rançon ; "
            "vous cherchez "
            "de l’aide pour réagir.",
            "Your computer shows a message that locks your files and demands a ransom; "
            "you are looking for help to react.",
            1,
        ),
        (
            "c",
            "Un site marchand ne vous rembourse pas un article renvoyé dans les délais.",
            "An online shop does not refund an item you returned in time.",
            2,
        ),
        (
            "d",
            "Un site refuse d’effacer vos données personnelles malgré votre demande écrite.",
            "A website refuses to delete your personal data despite your written request.",
            3,
        ),
        (
            "e",
            "Une vidéo en ligne montre et glorifie un acte terroriste.",
            "An online video shows and glorifies a terrorist act.",
            0,
        ),
    ]
    variants = []
    for key, f, e, sol in cases:
        var: dict[str, Any] = {"key": key, "case": {"fr": fr(f), "en": e}}
        if sol:
            var["solution"] = sol
        variants.append(var)
    fam = family(
        "f-4.3-a7c2905e",
        "signalement-service-public",
        5,
        "harassment-and-help",
        "single_choice",
        90,
        "{{case}} Vers quel service public vous tourner ?",
        "{{case}} Which public service should you turn to?",
        0,
        variants,
        proposals_fr=proposals_fr,
        proposals_en=proposals_en,
        enemies=["f-2.4-0cf669a8"],
    )
    return tie(fam, "2028-06-30")
