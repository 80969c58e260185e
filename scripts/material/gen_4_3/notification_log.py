"""4.3 families, module notification_log: fam_notification_log, wellbeing, fam_repairability,
DEVICES, write_devices, power_att, lower_first, fam_yearly_kwh, …. Writes their pages and tables
under assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from gen_3_4.kit import family, number

from .helplines import fam_dark_patterns, fam_helplines, fam_workstation
from .kit import html_att, pick_family, tie, write
from .notifications import fam_display, fam_notifications, fam_post_menu


def fam_notification_log() -> dict[str, Any]:
    import random

    apps = ["Messagerie", "Réseau social", "Jeu", "Actualités", "Courriel"]
    apps_en = ["Messaging", "Social network", "Game", "News", "Email"]
    variants = []
    for key, seed, app, start, end in (
        ("a", 11, 1, 9, 12),
        ("b", 23, 0, 14, 17),
        ("c", 37, 2, 8, 11),
        ("d", 41, 4, 13, 18),
    ):
        rnd = random.Random(seed)  # noqa: S311 - fixed seed, reproducible material
        rows = sorted((rnd.randrange(7 * 60, 23 * 60), rnd.randrange(5)) for _ in range(60))
        count = sum(1 for t, a in rows if a == app and start * 60 <= t < end * 60)
        for loc, names, head in (("fr", apps, "heure;application"), ("en", apps_en, "time;app")):
            write(
                f"notiflog-{key}-{loc}.csv",
                "\n".join([head] + [f"{t // 60:02d}:{t % 60:02d};{names[a]}" for t, a in rows]),
            )
        variants.append(
            {
                "key": key,
                "v": key,
                "app": {"fr": apps[app], "en": apps_en[app]},
                "start": f"{start}:00",
                "end": f"{end}:00",
                "out": count,
            }
        )
    return family(
        "f-4.3-2f6b9a41",
        "notifications-releve-comptage",
        4,
        "attention-and-addiction",
        "number",
        240,
        "Ce relevé liste les notifications reçues par un téléphone en une journée. Combien de "
        "notifications "
        "l’application « {{app}} » a-t-elle envoyées entre {{start}} (compris) et {{end}} (exclu) "
        "?",
        "This log lists the notifications a phone received in one day. How many notifications did "
        "the app "
        '"{{app}}" send between {{start}} (included) and {{end}} (excluded)?',
        number("{{out}}"),
        variants,
        [
            html_att(
                "log",
                "notiflog",
                "Tableau de 60 notifications d’une journée, dans l’ordre : heure et application.",
                "A table of 60 notifications of one day, in order: time and app.",
                "csv",
            )
        ],
        phone=False,
    )


def wellbeing() -> list[dict[str, Any]]:
    return [
        fam_display(),
        fam_notifications(),
        fam_post_menu(),
        fam_workstation(),
        fam_helplines(),
        fam_notification_log(),
        fam_dark_patterns(),
    ]


# ---------------------------------------------------------------- environment.yaml


def fam_repairability() -> dict[str, Any]:
    shops = {
        "a": [
            ("Nova 5", 6.1, 329),
            ("Lumo X", 8.7, 449),
            ("Pixa 3", 7.4, 389),
            ("Oria S", 5.2, 279),
        ],
        "b": [
            ("Zen 12", 7.9, 499),
            ("Kappa 2", 6.6, 259),
            ("Vela M", 4.8, 619),
            ("Astro 9", 9.1, 359),
        ],
        "c": [
            ("Mira A", 9.3, 289),
            ("Tessa 7", 7.2, 539),
            ("Orbi", 8.1, 409),
            ("Nimbus", 6.4, 699),
        ],
        "d": [("Flux 4", 5.9, 219), ("Quartz", 6.8, 799), ("Helio", 7.7, 349), ("Sirio", 7.5, 429)],
    }
    cases = {}
    for key, rows in shops.items():
        best = max(range(len(rows)), key=lambda i: rows[i][1])
        pid = [f"o{i + 1}" for i in range(len(rows))]
        rows_fr = [
            (pid[i], n, f"{price} € · Indice de réparabilité : {idx:.1f}/10".replace(".", ","))
            for i, (n, idx, price) in enumerate(rows)
        ]
        rows_en = [
            (pid[i], n, f"€{price} · Repairability index: {idx:.1f}/10")
            for i, (n, idx, price) in enumerate(rows)
        ]
        cases[key] = (
            {
                "intro": (
                    "Quatre smartphones reconditionnés en vente.",
                    "Four refurbished smartphones on sale.",
                )
            },
            rows_fr,
            rows_en,
            pid[best],
        )
    fam = pick_family(
        "f-4.3-d8a4b62c",
        "indice-reparabilite-lecture",
        2,
        "environmental-impact",
        90,
        (
            "Vous voulez un téléphone que vous pourrez faire réparer facilement pour le garder "
            "longtemps. Sur cette "
            "page, sélectionnez le téléphone le mieux noté pour sa réparabilité.",
            "You want a phone you can easily have repaired so as to keep it a long time. On this "
            "page, select the "
            "phone with the best repairability score.",
        ),
        "shop",
        (
            "Page de boutique : quatre smartphones, chacun avec son prix et son indice de "
            "réparabilité sur 10.",
            "Shop page: four smartphones, each with its price and its repairability index out of "
            "10.",
        ),
        cases,
        ("Smartphones", "Smartphones"),
    )
    return tie(fam, "2028-06-30")


DEVICES = {
    "a": [
        ("box", "Box internet", "Internet box", 11, 24),
        ("tv", "Téléviseur", "Television", 90, 3),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 9, 21),
        ("pc", "Ordinateur portable", "Laptop", 45, 4),
    ],
    "b": [
        ("box", "Box internet", "Internet box", 14, 24),
        ("tv", "Téléviseur", "Television", 110, 4),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 12, 20),
        ("pc", "Ordinateur fixe", "Desktop computer", 120, 2),
    ],
    "c": [
        ("box", "Box internet", "Internet box", 9, 24),
        ("tv", "Téléviseur", "Television", 75, 2),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 8, 22),
        ("pc", "Console de jeu", "Games console", 150, 1),
    ],
    "d": [
        ("box", "Box internet", "Internet box", 16, 24),
        ("tv", "Téléviseur", "Television", 130, 5),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 15, 19),
        ("pc", "Ordinateur portable", "Laptop", 60, 6),
    ],
}


def write_devices() -> None:
    for key, rows in DEVICES.items():
        write(
            f"power-{key}-fr.csv",
            "\n".join(
                ["appareil;puissance (W);heures par jour"]
                + [f"{f};{w};{h}" for _, f, _, w, h in rows]
            ),
        )
        write(
            f"power-{key}-en.csv",
            "\n".join(
                ["device;power (W);hours per day"] + [f"{e};{w};{h}" for _, _, e, w, h in rows]
            ),
        )


def power_att() -> dict[str, Any]:
    return html_att(
        "table",
        "power",
        "Tableau de quatre appareils d’un foyer : nom, puissance en watts et durée "
        "d’utilisation par jour en heures.",
        "A table of four household devices: name, power in watts and hours of use per day.",
        "csv",
    )


def lower_first(text: str) -> str:
    return text if text[1].isupper() else text[0].lower() + text[1:]


def fam_yearly_kwh() -> dict[str, Any]:
    write_devices()
    variants = []
    for key, target in (("a", "tv"), ("b", "box"), ("c", "dec"), ("d", "pc")):
        row = next(r for r in DEVICES[key] if r[0] == target)
        variants.append(
            {
                "key": key,
                "v": key,
                "dev": {"fr": lower_first(row[1]), "en": lower_first(row[2])},
                "out": round(row[3] * row[4] * 365 / 1000, 3),
            }
        )
    return family(
        "f-4.3-c63e0f85",
        "consommation-annuelle-appareil",
        4,
        "environmental-impact",
        "number",
        240,
        "D’après ce tableau, combien de kilowattheures (kWh) consomme par an (365 jours) "
        "l’appareil « {{dev}} » ? "
        "(1 kWh = 1 000 Wh ; arrondi au dixième)",
        'According to this table, how many kilowatt-hours (kWh) does the device "{{dev}}" use per '
        "year "
        "(365 days)? (1 kWh = 1,000 Wh; rounded to one decimal)",
        number("{{out}}", "kWh", 0.1),
        variants,
        [power_att()],
        phone=False,
    )


def fam_savings_kwh() -> dict[str, Any]:
    write_devices()
    variants = []
    for key, table in DEVICES.items():
        rows = {r[0]: r for r in table}
        saved = (rows["box"][3] * 7 + rows["dec"][3] * rows["dec"][4]) * 365 / 1000
        variants.append({"key": key, "v": key, "out": round(saved, 3)})
    return family(
        "f-4.3-5e0b7a3d",
        "economie-veille-calcul",
        7,
        "environmental-impact",
        "number",
        300,
        "D’après ce tableau, le foyer décide d’éteindre la box internet chaque nuit de 0:00 à "
        "7:00 et de "
        "débrancher le décodeur TV au lieu de le laisser en veille. Combien de kWh économise-t-il "
        "par an "
        "(365 jours) ? (arrondi au dixième)",
        "According to this table, the household decides to switch the internet box off every "
        "night from 0:00 "
        "to 7:00 and to unplug the TV set-top box instead of leaving it on standby. How many kWh "
        "does it save "
        "per year (365 days)? (rounded to one decimal)",
        number("{{out}}", "kWh", 0.1),
        variants,
        [power_att()],
        phone=False,
        enemies=["f-4.3-c63e0f85"],
    )
