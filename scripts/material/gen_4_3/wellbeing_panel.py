"""4.3 families, module wellbeing_panel: environment, WELL_FR, WELL_EN, fam_wellbeing_panel,
DAYS_FR, DAYS_EN, week, hm, …. Writes their pages and tables under
assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from gen_3_4.kit import family, fr, number

from .kit import goal_panel, html_att, pick_family, write
from .notification_log import fam_repairability, fam_savings_kwh, fam_yearly_kwh
from .streaming import fam_keep_phone, fam_streaming, fam_where_report


def environment() -> list[dict[str, Any]]:
    return [
        fam_repairability(),
        fam_yearly_kwh(),
        fam_savings_kwh(),
        fam_streaming(),
        fam_keep_phone(),
        fam_where_report(),
    ]


# ---------------------------------------------------------------- habits.yaml


WELL_FR = {
    "timer": ("Minuteurs d’application", "Limiter chaque jour le temps passé sur une application"),
    "bed": (
        "Mode coucher",
        "Passer l’écran en noir et blanc et couper les notifications à l’heure du coucher",
    ),
    "focus": (
        "Mode concentration",
        "Mettre en pause les applis choisies pendant que vous travaillez",
    ),
    "dash": ("Tableau de bord", "Voir le temps passé aujourd’hui et le nombre de déverrouillages"),
    "parent": ("Contrôle parental", "Gérer le téléphone d’un enfant depuis le vôtre"),
    "volume": ("Volume du casque", "Être averti quand le son est fort trop longtemps"),
}
WELL_EN = {
    "timer": ("App timers", "Limit the time spent on an app each day"),
    "bed": ("Bedtime mode", "Turn the screen black and white and silence notifications at bedtime"),
    "focus": ("Focus mode", "Pause the apps you choose while you work"),
    "dash": ("Dashboard", "See today's time spent and the number of unlocks"),
    "parent": ("Parental controls", "Manage a child's phone from yours"),
    "volume": ("Headphone volume", "Be warned when the sound is loud for too long"),
}


def fam_wellbeing_panel() -> dict[str, Any]:
    goals = {
        "a": (
            "ne pas passer plus d’une heure par jour sur un jeu",
            "spend no more than one hour a day on a game",
            "timer",
            ["dash", "focus", "timer", "bed", "volume", "parent"],
        ),
        "b": (
            "que le téléphone devienne moins attirant à partir de 22 h 30, l’heure où vous vous "
            "couchez",
            "make the phone less attractive from 22:30, when you go to bed",
            "bed",
            ["timer", "bed", "parent", "dash", "focus", "volume"],
        ),
        "c": (
            "savoir combien de fois vous avez déverrouillé le téléphone aujourd’hui",
            "know how many times you have unlocked the phone today",
            "dash",
            ["volume", "parent", "focus", "timer", "dash", "bed"],
        ),
        "d": (
            "ne pas être tenté d’ouvrir les réseaux sociaux pendant vos révisions",
            "not be tempted to open social networks while you revise",
            "focus",
            ["bed", "timer", "dash", "volume", "parent", "focus"],
        ),
        "e": (
            "protéger votre audition quand vous écoutez de la musique au casque",
            "protect your hearing when you listen to music on headphones",
            "volume",
            ["parent", "volume", "bed", "focus", "dash", "timer"],
        ),
    }
    cases = goal_panel(
        "wellb",
        WELL_FR,
        WELL_EN,
        goals,
        ("Réglages > Bien-être numérique", "Settings > Digital wellbeing"),
    )
    return pick_family(
        "f-4.3-e4c8a017",
        "bien-etre-numerique-outils",
        1,
        "screen-time",
        60,
        (
            "Vous voulez {{goal}}. Dans ce panneau de bien-être numérique, sélectionnez l’outil à "
            "utiliser.",
            "You want to {{goal}}. In this digital wellbeing panel, select the tool to use.",
        ),
        "wellb",
        (
            "Panneau « Bien-être numérique » d’un téléphone : six outils, chacun avec une courte "
            "explication.",
            'A phone\'s "Digital wellbeing" panel: six tools, each with a short explanation.',
        ),
        cases,
        ("Bien-être numérique", "Digital wellbeing"),
    )


DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def week(seed: int) -> list[tuple[int, int]]:
    import random

    rnd = random.Random(seed)  # noqa: S311 - fixed seed, reproducible material
    data = [(rnd.randrange(40, 200, 5), rnd.randrange(0, 95, 5)) for _ in range(7)]
    late = [b for _, b in data]
    top = late.index(max(late))
    data[top] = (data[top][0], data[top][1] + 10)  # a single longest evening
    return data


def hm(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}"


def write_week(key: str, seed: int) -> list[tuple[int, int]]:
    data = week(seed)
    write(
        f"week-{key}-fr.csv",
        "\n".join(
            ["jour;réseaux sociaux;écran après 22 h"]
            + [f"{d};{hm(a)};{hm(b)}" for d, (a, b) in zip(DAYS_FR, data, strict=True)]
        ),
    )
    write(
        f"week-{key}-en.csv",
        "\n".join(
            ["day;social networks;screen after 22:00"]
            + [f"{d};{hm(a)};{hm(b)}" for d, (a, b) in zip(DAYS_EN, data, strict=True)]
        ),
    )
    return data


def week_att() -> dict[str, Any]:
    return html_att(
        "log",
        "week",
        "Relevé d’une semaine, un jour par ligne : temps passé sur les réseaux sociaux "
        "et temps d’écran après 22 h, en heures et minutes.",
        "A one-week log, one day per row: time "
        "spent on social networks and screen time after 22:00, in hours and minutes.",
        "csv",
    )


SEEDS = {"a": 3, "b": 8, "c": 15, "d": 21, "e": 34}


def fam_goal_days() -> dict[str, Any]:
    variants = []
    for (key, seed), goal in zip(SEEDS.items(), (90, 120, 60, 150, 100), strict=True):
        data = write_week(key, seed)
        variants.append(
            {
                "key": key,
                "v": key,
                "goal": {"fr": fr(hm(goal)), "en": hm(goal)},
                "out": sum(1 for a, _ in data if a > goal),
            }
        )
    return family(
        "f-4.3-3a9f50c6",
        "objectif-temps-ecran-jours",
        3,
        "screen-time",
        "number",
        180,
        "Votre objectif : pas plus de {{goal}} par jour sur les réseaux sociaux. D’après ce "
        "relevé, combien de "
        "jours de la semaine avez-vous dépassé cet objectif ?",
        "Your goal: no more than {{goal}} a day on social networks. According to this log, on how "
        "many days of "
        "the week did you exceed this goal?",
        number("{{out}}"),
        variants,
        [week_att()],
        phone=False,
    )


def fam_late_day() -> dict[str, Any]:
    variants = []
    for key, seed in SEEDS.items():
        data = write_week(key, seed)
        late = [b for _, b in data]
        assert late.count(max(late)) == 1, key
        row = late.index(max(late)) + 2
        # the day cell or the time cell of that day: "the cell of the day" reads both ways
        variants.append({"key": key, "v": key, "cell": f"A{row}", "time_cell": f"C{row}"})
    return family(
        "f-4.3-c0d5e82b",
        "ecran-soir-sommeil",
        3,
        "screen-time",
        "pick",
        180,
        "Les écrans tard le soir retardent l’endormissement. Dans ce relevé, sélectionnez la "
        "cellule du jour "
        "où le temps d’écran après 22 h a été le plus long.",
        "Screens late in the evening delay falling asleep. In this log, select the cell of the "
        "day when screen "
        "time after 22:00 was longest.",
        {"material": "log", "accepted": ["{{cell}}", "{{time_cell}}"]},
        variants,
        [week_att()],
        phone=False,
        enemies=["f-4.3-3a9f50c6"],
    )


def fam_signal() -> dict[str, Any]:
    places = [
        ("Salon, près de la fenêtre", "Living room, by the window"),
        ("Parking souterrain, 2e sous-sol", "Underground car park, 2nd basement"),
        ("Train entre deux tunnels", "Train between two tunnels"),
        ("Rue en centre-ville", "Street in the town centre"),
        ("Chalet isolé en montagne", "Remote mountain chalet"),
    ]
    sets = {
        "a": [4, 1, 3, 3, 2],
        "b": [3, 2, 1, 4, 3],
        "c": [2, 3, 4, 3, 1],
        "d": [4, 3, 2, 1, 3],
        "e": [1, 4, 3, 2, 2],
    }
    cases = {}
    for key, bars in sets.items():
        assert bars.count(min(bars)) == 1
        order = list(range(5))
        rows_fr = [
            (
                f"c{i + 1}",
                places[i][0],
                f"Réception : {bars[i]} barre{'s' if bars[i] > 1 else ''} sur 4",
            )
            for i in order
        ]
        rows_en = [
            (
                f"c{i + 1}",
                places[i][1],
                f"Signal: {bars[i]} bar{'s' if bars[i] > 1 else ''} out of 4",
            )
            for i in order
        ]
        cases[key] = (
            {
                "intro": (
                    "Qualité de réception mobile notée à cinq endroits.",
                    "Mobile reception noted in five places.",
                )
            },
            rows_fr,
            rows_en,
            f"c{bars.index(min(bars)) + 1}",
        )
    return pick_family(
        "f-4.3-71b3d9e0",
        "puissance-emission-reception",
        4,
        "radio-waves-and-sensors",
        120,
        (
            "Vous passez le même appel de dix minutes à chacun de ces endroits. Sélectionnez "
            "l’endroit où votre "
            "téléphone émettra avec le plus de puissance, donc où vous serez le plus exposé à ses "
            "ondes.",
            "You make the same ten-minute call in each of these places. Select the place where "
            "your phone will "
            "transmit with the most power, so where you will be most exposed to its waves.",
        ),
        "signal",
        (
            "Liste de cinq endroits, chacun avec la réception mobile notée en barres sur 4.",
            "A list of five places, each with the mobile reception noted in bars out of 4.",
        ),
        cases,
        ("Réception mobile", "Mobile reception"),
    )
