"""4.3 families, module airplane: fam_airplane, PERMS_FR, PERMS_EN, fam_sensor_permission,
SAR_LIMITS, fam_sar, fam_exposure_share. Writes their pages and tables under
assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from gen_3_4.kit import family, fr, number

from .kit import html_att, page, pick_family, quick_rows, tie, write


def fam_airplane() -> dict[str, Any]:
    orders = {
        "a": ["wifi", "bt", "data", "plane", "loc", "dnd"],
        "b": ["plane", "light", "wifi", "save", "bt", "data"],
        "c": ["data", "wifi", "loc", "bt", "save", "plane"],
        "d": ["bt", "plane", "dnd", "wifi", "light", "loc"],
    }
    orders["e"] = ["save", "dnd", "light", "loc", "plane", "wifi"]
    cases = {}
    for key, order in orders.items():
        rows_fr, rows_en, ids = quick_rows(order)
        intro = ("Réglages rapides du téléphone.", "Phone quick settings.")
        cases[key] = ({"intro": intro}, rows_fr, rows_en, ids["plane"])
    return pick_family(
        "f-4.3-3e7a1c95",
        "couper-emissions-radio",
        1,
        "radio-waves-and-sensors",
        60,
        (
            "Avant un examen médical, on vous demande de couper d’un seul geste toutes les "
            "émissions radio de "
            "votre téléphone (réseau mobile, Wi-Fi, Bluetooth). Dans ces réglages rapides, "
            "sélectionnez le "
            "réglage à activer.",
            "Before a medical examination, you are asked to cut all the radio emissions of your "
            "phone in one go "
            "(mobile network, Wi-Fi, Bluetooth). In these quick settings, select the setting to "
            "turn on.",
        ),
        "quick",
        (
            "Panneau de réglages rapides d’un téléphone : six réglages, chacun avec son nom et "
            "son état.",
            "A phone's quick settings panel: six settings, each with its name and state.",
        ),
        cases,
        ("Réglages rapides", "Quick settings"),
    )


PERMS_FR = {
    "cam": ("Appareil photo", "Prendre des photos et filmer"),
    "mic": ("Microphone", "Enregistrer du son"),
    "loc": ("Position précise", "Connaître l’endroit où vous êtes (GPS)"),
    "act": ("Activité physique", "Détecter vos pas et mouvements (accéléromètre)"),
    "con": ("Contacts", "Lire votre carnet d’adresses"),
    "near": ("Appareils à proximité", "Trouver des appareils Bluetooth proches et s’y connecter"),
}
PERMS_EN = {
    "cam": ("Camera", "Take pictures and record video"),
    "mic": ("Microphone", "Record sound"),
    "loc": ("Precise location", "Know where you are (GPS)"),
    "act": ("Physical activity", "Detect your steps and movements (accelerometer)"),
    "con": ("Contacts", "Read your address book"),
    "near": ("Nearby devices", "Find nearby Bluetooth devices and connect to them"),
}


def fam_sensor_permission() -> dict[str, Any]:
    apps = {
        "a": (
            "podomètre, pour compter vos pas",
            "a pedometer, to count your steps",
            "act",
            ["cam", "act", "con", "mic", "loc", "near"],
        ),
        "b": (
            "lecteur de QR codes",
            "a QR code reader",
            "cam",
            ["mic", "loc", "con", "near", "cam", "act"],
        ),
        "c": (
            "lien entre une montre connectée et le téléphone",
            "a link between a smartwatch and the phone",
            "near",
            ["loc", "cam", "near", "act", "mic", "con"],
        ),
        "d": (
            "dictaphone",
            "a voice recorder",
            "mic",
            ["con", "near", "act", "cam", "loc", "mic"],
        ),
    }
    cases = {}
    for key, (app_fr, app_en, need, order) in apps.items():
        ids = {n: f"p{i + 1}" for i, n in enumerate(order)}
        rows_fr = [(ids[n], *PERMS_FR[n]) for n in order]
        rows_en = [(ids[n], *PERMS_EN[n]) for n in order]
        intro = (
            "L’application demande les autorisations suivantes.",
            "The app asks for the following permissions.",
        )
        cases[key] = (
            {"intro": intro, "app": {"fr": app_fr, "en": app_en}},
            rows_fr,
            rows_en,
            ids[need],
        )
    return pick_family(
        "f-4.3-a0c48d6f",
        "capteur-autorisation-utile",
        3,
        "radio-waves-and-sensors",
        120,
        (
            "Vous installez une application qui sert de {{app}}. Elle demande six autorisations "
            "d’accès aux capteurs et aux "
            "données du "
            "téléphone. Sélectionnez la seule autorisation dont elle a réellement besoin pour "
            "fonctionner.",
            "You install an app that works as {{app}}. It asks for six permissions to the phone's "
            "sensors and data. "
            "Select the only "
            "permission it really needs to work.",
        ),
        "perms",
        (
            "Liste de six autorisations demandées par une application, chacune avec une courte "
            "explication.",
            "A list of six permissions asked for by an app, each with a short explanation.",
        ),
        cases,
        ("Autorisations demandées", "Permissions requested"),
    )


SAR_LIMITS = {"head": 2.0, "body": 2.0, "limb": 4.0}


def fam_sar() -> dict[str, Any]:
    phones = {
        "a": [
            ("Nova 5", 0.92, 1.31, 2.60),
            ("Lumo X", 1.12, 2.35, 3.10),
            ("Pixa 3", 0.41, 0.98, 1.90),
            ("Oria S", 1.48, 1.77, 2.95),
        ],
        "b": [
            ("Zen 12", 1.05, 1.64, 4.35),
            ("Kappa 2", 0.66, 1.10, 2.02),
            ("Vela M", 1.39, 1.92, 3.40),
            ("Astro 9", 0.88, 1.47, 2.71),
        ],
        "c": [
            ("Mira A", 2.08, 1.55, 2.44),
            ("Tessa 7", 1.21, 1.85, 3.66),
            ("Orbi", 0.58, 0.95, 1.70),
            ("Nimbus", 0.93, 1.96, 3.98),
        ],
        "d": [
            ("Flux 4", 0.77, 1.24, 2.56),
            ("Quartz", 1.36, 1.88, 3.95),
            ("Helio", 0.51, 1.02, 2.10),
            ("Sirio", 1.18, 1.43, 4.12),
        ],
    }
    cases = {}
    for key, rows in phones.items():
        over = [
            i
            for i, (_, h, b, m) in enumerate(rows)
            if h > SAR_LIMITS["head"] or b > SAR_LIMITS["body"] or m > SAR_LIMITS["limb"]
        ]
        assert len(over) == 1, key
        pid = [f"t{i + 1}" for i in range(len(rows))]
        rows_fr = [
            (
                pid[i],
                n,
                f"DAS tête {h:.2f} W/kg · tronc {b:.2f} W/kg · membres {m:.2f} W/kg".replace(
                    ".", ","
                ),
            )
            for i, (n, h, b, m) in enumerate(rows)
        ]
        rows_en = [
            (pid[i], n, f"SAR head {h:.2f} W/kg · body {b:.2f} W/kg · limbs {m:.2f} W/kg")
            for i, (n, h, b, m) in enumerate(rows)
        ]
        intro = (
            "Valeurs de DAS (débit d’absorption spécifique) affichées par le vendeur.",
            "SAR (specific absorption rate) values shown by the seller.",
        )
        cases[key] = ({"intro": intro}, rows_fr, rows_en, pid[over[0]])
    fam = pick_family(
        "f-4.3-6d2f8b10",
        "das-limites-comparaison",
        6,
        "radio-waves-and-sensors",
        240,
        (
            "En France, la réglementation limite le DAS d’un téléphone à 2 W/kg pour la tête et "
            "pour le tronc, et à "
            "4 W/kg pour les membres. Dans ce comparatif, sélectionnez le téléphone qui dépasse "
            "l’une de ces limites.",
            "In France, the rules limit a phone's SAR to 2 W/kg for the head and for the body, "
            "and to 4 W/kg for the "
            "limbs. In this comparison, select the phone that exceeds one of these limits.",
        ),
        "sar",
        (
            "Comparatif de quatre téléphones avec, pour chacun, trois valeurs de DAS : tête, "
            "tronc et membres, "
            "en W/kg.",
            "A comparison of four phones with, for each, three SAR values: head, body and limbs, "
            "in W/kg.",
        ),
        cases,
        ("Comparatif DAS", "SAR comparison"),
    )
    return tie(fam, "2028-12-31")


def fam_exposure_share() -> dict[str, Any]:
    cases = [("a", 1.2, 41), ("b", 0.8, 61), ("c", 2.05, 41), ("d", 3.1, 61)]
    variants = []
    for key, measured, limit in cases:
        share = round(measured / limit * 100, 2)
        band_fr = "900 MHz" if limit == 41 else "2 100 MHz"
        band_en = "900 MHz" if limit == 41 else "2,100 MHz"
        write(
            f"anfr-{key}-fr.html",
            page(
                "fr",
                "Rapport de mesure d’exposition",
                fr("Mesure réalisée dans un appartement, à la demande de l’occupant."),
                [
                    ("m1", "Lieu", "Séjour, 3e étage"),
                    (
                        "m2",
                        fr("Niveau d’exposition global mesuré"),
                        f"{measured:.2f} V/m".replace(".", ","),
                    ),
                    ("m3", "Principale source", fr(f"Antenne-relais, bande {band_fr}")),
                    ("m4", fr("Valeur limite réglementaire pour cette bande"), f"{limit} V/m"),
                ],
            ),
        )
        write(
            f"anfr-{key}-en.html",
            page(
                "en",
                "Exposure measurement report",
                "Measurement made in a flat, at the occupant's request.",
                [
                    ("m1", "Place", "Living room, 3rd floor"),
                    ("m2", "Overall exposure level measured", f"{measured:.2f} V/m"),
                    ("m3", "Main source", f"Mobile mast, {band_en} band"),
                    ("m4", "Regulatory limit for this band", f"{limit} V/m"),
                ],
            ),
        )
        variants.append({"key": key, "v": key, "out": share})
    fam = family(
        "f-4.3-e91b53a2",
        "exposition-ondes-rapport",
        7,
        "radio-waves-and-sensors",
        "number",
        240,
        "Ce rapport de mesure d’exposition aux ondes donne le niveau mesuré et la valeur limite. "
        "Le niveau mesuré "
        "représente quel pourcentage de la valeur limite ? (arrondi au dixième)",
        "This exposure measurement report gives the measured level and the limit value. What "
        "percentage of "
        "the limit value is the measured level? (rounded to one decimal)",
        number("{{out}}", "%", 0.1),
        variants,
        [
            html_att(
                "page",
                "anfr",
                "Rapport de mesure : lieu, niveau d’exposition mesuré en V/m, principale source "
                "et valeur limite réglementaire en V/m.",
                "Measurement report: place, measured exposure level in V/m, main source and "
                "regulatory limit "
                "in V/m.",
            )
        ],
    )
    return fam
