"""4.3 families, module privacy_dashboard: fam_privacy_dashboard, fam_tv_label. Writes their pages
and tables under assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .kit import pick_family, tie


def fam_privacy_dashboard() -> dict[str, Any]:
    logs = {
        "a": [
            ("Météo", "Weather", "Position", "Location", "8:02, appli ouverte", "8:02, app open"),
            (
                "Radio+",
                "Radio+",
                "Microphone",
                "Microphone",
                "3:14, en arrière-plan",
                "3:14, in the background",
            ),
            ("Visio", "Video", "Caméra", "Camera", "10:30, appli ouverte", "10:30, app open"),
            (
                "Notes",
                "Notes",
                "Microphone",
                "Microphone",
                "11:05, appli ouverte",
                "11:05, app open",
            ),
        ],
        "b": [
            (
                "Lampe",
                "Torch",
                "Position",
                "Location",
                "2:40, en arrière-plan",
                "2:40, in the background",
            ),
            ("Plans", "Maps", "Position", "Location", "9:15, appli ouverte", "9:15, app open"),
            ("Scanner", "Scanner", "Caméra", "Camera", "14:02, appli ouverte", "14:02, app open"),
            (
                "Dictée",
                "Dictation",
                "Microphone",
                "Microphone",
                "16:20, appli ouverte",
                "16:20, app open",
            ),
        ],
        "c": [
            (
                "Appareil photo",
                "Camera app",
                "Caméra",
                "Camera",
                "12:00, appli ouverte",
                "12:00, app open",
            ),
            (
                "Messagerie",
                "Messenger",
                "Microphone",
                "Microphone",
                "18:45, appli ouverte",
                "18:45, app open",
            ),
            (
                "Jeu Blocs",
                "Blocks game",
                "Caméra",
                "Camera",
                "23:51, en arrière-plan",
                "23:51, in the background",
            ),
            (
                "Podomètre",
                "Pedometer",
                "Activité physique",
                "Physical activity",
                "7:30, appli ouverte",
                "7:30, app open",
            ),
        ],
        "d": [
            ("Banque", "Bank", "Caméra", "Camera", "10:10, appli ouverte", "10:10, app open"),
            (
                "Musique",
                "Music",
                "Appareils à proximité",
                "Nearby devices",
                "17:00, appli ouverte",
                "17:00, app open",
            ),
            ("Visio", "Video", "Microphone", "Microphone", "9:00, appli ouverte", "9:00, app open"),
            (
                "Calculatrice",
                "Calculator",
                "Position",
                "Location",
                "4:22, en arrière-plan",
                "4:22, in the background",
            ),
        ],
        "e": [
            (
                "Clavier Fun",
                "Fun Keyboard",
                "Microphone",
                "Microphone",
                "1:33, en arrière-plan",
                "1:33, in the background",
            ),
            ("Plans", "Maps", "Position", "Location", "13:40, appli ouverte", "13:40, app open"),
            (
                "Traduction",
                "Translate",
                "Microphone",
                "Microphone",
                "15:12, appli ouverte",
                "15:12, app open",
            ),
            ("Scanner", "Scanner", "Caméra", "Camera", "8:48, appli ouverte", "8:48, app open"),
        ],
    }
    cases = {}
    for key, rows in logs.items():
        rows_fr = [
            (f"u{i + 1}", f"{r[0]} — {r[2]}", f"Dernier accès : {r[4]}") for i, r in enumerate(rows)
        ]
        rows_en = [
            (f"u{i + 1}", f"{r[1]} — {r[3]}", f"Last access: {r[5]}") for i, r in enumerate(rows)
        ]
        bad = [i for i, r in enumerate(rows) if "arrière" in r[4]]
        assert len(bad) == 1
        cases[key] = (
            {
                "intro": (
                    "Accès des applications aux capteurs sur les dernières 24 heures.",
                    "App access to sensors over the last 24 hours.",
                )
            },
            rows_fr,
            rows_en,
            f"u{bad[0] + 1}",
        )
    return pick_family(
        "f-4.3-95a2e7d4",
        "capteurs-acces-suspect",
        6,
        "radio-waves-and-sensors",
        180,
        (
            "Voici le tableau de bord de confidentialité de votre téléphone. Sélectionnez l’accès "
            "à un capteur le "
            "plus suspect, celui qu’il faut vérifier en premier en retirant l’autorisation.",
            "Here is your phone's privacy dashboard. Select the most suspicious access to a "
            "sensor, the one to "
            "check first by removing the permission.",
        ),
        "dashb",
        (
            "Tableau de bord de confidentialité : quatre accès d’applications à un capteur "
            "(position, "
            "microphone, caméra…), avec l’heure et si l’application était ouverte ou en "
            "arrière-plan.",
            "Privacy dashboard: four app accesses to a sensor (location, microphone, camera…), "
            "with the time "
            "and whether the app was open or in the background.",
        ),
        cases,
        ("Tableau de bord de confidentialité", "Privacy dashboard"),
    )


def fam_tv_label() -> dict[str, Any]:
    shops = {
        "a": [
            ("Téléviseur 55 pouces", "55-inch TV", "E", 89),
            ("Téléviseur 43 pouces", "43-inch TV", "D", 52),
            ("Téléviseur 65 pouces", "65-inch TV", "G", 131),
            ("Téléviseur 50 pouces", "50-inch TV", "F", 76),
        ],
        "b": [
            ("Écran 27 pouces", "27-inch monitor", "E", 28),
            ("Écran 24 pouces", "24-inch monitor", "D", 17),
            ("Écran 32 pouces", "32-inch monitor", "F", 39),
            ("Écran 34 pouces", "34-inch monitor", "G", 51),
        ],
        "c": [
            ("Téléviseur 50 pouces", "50-inch TV", "F", 81),
            ("Téléviseur 55 pouces", "55-inch TV", "E", 70),
            ("Téléviseur 43 pouces", "43-inch TV", "E", 63),
            ("Téléviseur 65 pouces", "65-inch TV", "G", 140),
        ],
        "d": [
            ("Écran 24 pouces", "24-inch monitor", "E", 21),
            ("Écran 27 pouces", "27-inch monitor", "E", 25),
            ("Écran 22 pouces", "22-inch monitor", "D", 14),
            ("Écran 32 pouces", "32-inch monitor", "F", 36),
        ],
        "e": [
            ("Téléviseur 65 pouces", "65-inch TV", "F", 98),
            ("Téléviseur 43 pouces", "43-inch TV", "E", 58),
            ("Téléviseur 55 pouces", "55-inch TV", "F", 84),
            ("Téléviseur 50 pouces", "50-inch TV", "E", 61),
        ],
    }
    cases = {}
    for key, rows in shops.items():
        best = min(range(4), key=lambda i: rows[i][3])
        rows_fr = [
            (f"e{i + 1}", r[0], f"Classe énergétique {r[2]} · {r[3]} kWh/1000 h")
            for i, r in enumerate(rows)
        ]
        rows_en = [
            (f"e{i + 1}", r[1], f"Energy class {r[2]} · {r[3]} kWh/1000 h")
            for i, r in enumerate(rows)
        ]
        cases[key] = (
            {
                "intro": (
                    "Étiquettes énergie (mode SDR) relevées en magasin.",
                    "Energy labels (SDR mode) noted in a shop.",
                )
            },
            rows_fr,
            rows_en,
            f"e{best + 1}",
        )
    fam = pick_family(
        "f-4.3-4d6e1b9a",
        "etiquette-energie-ecrans",
        3,
        "environmental-impact",
        120,
        (
            "Voici les étiquettes énergie de quatre écrans. Sélectionnez celui qui consommera le "
            "moins d’électricité "
            "pour un même temps d’utilisation.",
            "Here are the energy labels of four screens. Select the one that will use the least "
            "electricity for the "
            "same time of use.",
        ),
        "label",
        (
            "Liste de quatre écrans avec leur classe énergétique (lettre) et leur consommation en "
            "kWh pour "
            "1 000 heures.",
            "A list of four screens with their energy class (letter) and their use in kWh "
            "per 1,000 hours.",
        ),
        cases,
        ("Étiquettes énergie", "Energy labels"),
    )
    return tie(fam, "2029-06-30")
