"""4.3 families, module helplines: HELP_FR, HELP_EN, fam_helplines, APP_FR, APP_EN,
fam_dark_patterns, DESK_FR, DESK_EN, …. Writes their pages and tables under
assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .kit import goal_panel, pick_family, tie

HELP_FR = {
    "3018": (
        "3018",
        "Harcèlement et violences numériques chez les jeunes — gratuit, anonyme, 7 j/7",
    ),
    "3919": ("3919", "Violences faites aux femmes — gratuit, anonyme"),
    "119": ("119", "Enfance en danger — gratuit, 24 h/24"),
    "3114": ("3114", "Prévention du suicide — gratuit, 24 h/24"),
    "17": ("17", "Police secours, en cas d’urgence immédiate"),
    "sc": ("Signal Conso", "Problème avec une entreprise ou un achat"),
}
HELP_EN = {
    "3018": (
        "3018",
        "Bullying and online violence among young people — free, anonymous, 7 days a week",
    ),
    "3919": ("3919", "Violence against women — free, anonymous"),
    "119": ("119", "Children in danger — free, 24/7"),
    "3114": ("3114", "Suicide prevention — free, 24/7"),
    "17": ("17", "Police emergency, for immediate danger"),
    "sc": ("Signal Conso", "A problem with a business or a purchase"),
}


def fam_helplines() -> dict[str, Any]:
    goals = {
        "a": (
            "Depuis un mois, un collégien reçoit chaque soir des messages humiliants d’un groupe "
            "de sa classe "
            "sur une messagerie",
            "For a month, a secondary-school pupil has been getting humiliating messages "
            "every evening from a group in his class on a messaging app",
            "3018",
            ["119", "3018", "3919", "sc", "3114", "17"],
        ),
        "b": (
            "Une amie vous confie que son compagnon fouille son téléphone, surveille ses "
            "déplacements et la "
            "menace",
            "A friend tells you that her partner searches her phone, tracks where she goes and "
            "threatens her",
            "3919",
            ["3018", "17", "3114", "3919", "119", "sc"],
        ),
        "c": (
            "Un enfant de votre entourage raconte en visio qu’il est frappé chez lui",
            "A child you know says on a video call that he is beaten at home",
            "119",
            ["3919", "sc", "3018", "3114", "17", "119"],
        ),
        "d": (
            "Un ami écrit sur un forum qu’il pense à mettre fin à ses jours et vous voulez savoir "
            "comment "
            "l’aider",
            "A friend writes on a forum that he thinks of ending his life and you want to know "
            "how to help him",
            "3114",
            ["17", "3919", "119", "3018", "sc", "3114"],
        ),
    }
    goals["e"] = (
        "Sous vos yeux, dans la rue, une personne en menace une autre avec un couteau après une "
        "dispute née sur un réseau social",
        "Right in front of you, in the street, a person threatens another with a knife after a "
        "quarrel "
        "that began on a social network",
        "17",
        ["3114", "119", "17", "sc", "3018", "3919"],
    )
    cases = goal_panel(
        "help",
        HELP_FR,
        HELP_EN,
        goals,
        ("Numéros d’aide gratuits en France.", "Free helplines in France."),
    )
    fam = pick_family(
        "f-4.3-4a1d7e23",
        "numeros-aide-orientation",
        4,
        "harassment-and-help",
        120,
        (
            "{{goal}}. Sur cette page de numéros utiles, sélectionnez le service le plus adapté à "
            "cette situation.",
            "{{goal}}. On this page of useful numbers, select the service best suited to this "
            "situation.",
        ),
        "help",
        (
            "Page de six services d’aide en France, chacun avec son numéro ou son nom et ce qu’il "
            "couvre.",
            "A page of six help services in France, each with its number or name and what it "
            "covers.",
        ),
        cases,
        ("Numéros utiles", "Useful numbers"),
        enemies=["f-4.3-c5d84e88"],
    )
    return tie(fam, "2028-06-30")


APP_FR = {
    "streak": ("Série de 45 jours", "Revenez avant minuit ou vous perdez votre série !"),
    "auto": ("Épisode suivant dans 5 secondes", "Lecture automatique activée"),
    "pause": ("Vous regardez depuis 1 h 10", "Faire une pause ? Rappel réglé par vous"),
    "social": ("Léa et 11 amis attendent votre réaction", "Répondez maintenant"),
    "feed": ("Pour vous", "Des vidéos choisies pour vous, sans fin"),
    "settings": ("Paramètres", "Compte, confidentialité, langue"),
}
APP_EN = {
    "streak": ("45-day streak", "Come back before midnight or you lose your streak!"),
    "auto": ("Next episode in 5 seconds", "Autoplay on"),
    "pause": ("You have been watching for 1 h 10", "Take a break? Reminder set by you"),
    "social": ("Léa and 11 friends are waiting for your reaction", "Reply now"),
    "feed": ("For you", "Videos picked for you, endlessly"),
    "settings": ("Settings", "Account, privacy, language"),
}


def fam_dark_patterns() -> dict[str, Any]:
    goals = {
        "a": (
            "joue sur la peur de perdre une récompense accumulée",
            "plays on the fear of losing a reward built up over time",
            "streak",
            ["feed", "auto", "streak", "social", "pause", "settings"],
        ),
        "b": (
            "supprime le moment où vous pourriez naturellement décider d’arrêter, en lançant la "
            "suite à votre "
            "place",
            "removes the moment when you could naturally decide to stop, by starting what comes "
            "next "
            "for you",
            "auto",
            ["streak", "social", "settings", "auto", "feed", "pause"],
        ),
        "c": (
            "vous aide au contraire à reprendre la main sur votre temps",
            "helps you, on the contrary, to take back control of your time",
            "pause",
            ["social", "feed", "auto", "settings", "pause", "streak"],
        ),
        "d": (
            "utilise la pression du groupe pour vous faire revenir",
            "uses peer pressure to make you come back",
            "social",
            ["pause", "streak", "feed", "social", "settings", "auto"],
        ),
    }
    goals["e"] = (
        "vous propose du contenu sans fin, sans jamais atteindre le bas de la page",
        "offers you endless content, never reaching the bottom of the page",
        "feed",
        ["settings", "pause", "social", "streak", "auto", "feed"],
    )
    cases = goal_panel(
        "app",
        APP_FR,
        APP_EN,
        goals,
        ("Écran d’accueil d’une application vidéo.", "Home screen of a video app."),
    )
    return pick_family(
        "f-4.3-91e6c0a8",
        "captation-attention-mecanismes",
        5,
        "attention-and-addiction",
        150,
        (
            "Voici l’écran d’accueil d’une application de vidéos. Sélectionnez l’élément qui "
            "{{goal}}.",
            "Here is the home screen of a video app. Select the element that {{goal}}.",
        ),
        "app",
        (
            "Écran d’accueil d’une application de vidéos : six éléments (messages, compteurs, "
            "boutons), "
            "chacun avec son texte.",
            "Home screen of a video app: six elements (messages, counters, "
            "buttons), each with its text.",
        ),
        cases,
        ("Accueil", "Home"),
    )


DESK_FR = {
    "dist": ("Distance entre les yeux et l’écran", "{dist}"),
    "height": ("Haut de l’écran", "{height}"),
    "window": ("Position par rapport à la fenêtre", "{window}"),
    "elbow": ("Coudes", "Près du corps, pliés à 90° environ, avant-bras posés"),
    "feet": ("Pieds", "{feet}"),
    "breaks": ("Pauses", "5 minutes loin de l’écran toutes les heures"),
}
DESK_EN = {
    "dist": ("Distance between eyes and screen", "{dist}"),
    "height": ("Top of the screen", "{height}"),
    "window": ("Position relative to the window", "{window}"),
    "elbow": ("Elbows", "Close to the body, bent at about 90°, forearms resting"),
    "feet": ("Feet", "{feet}"),
    "breaks": ("Breaks", "5 minutes away from the screen every hour"),
}
GOOD = {
    "dist": ("60 cm, environ une longueur de bras", "60 cm, about an arm's length"),
    "height": ("À hauteur des yeux ou un peu en dessous", "At eye level or slightly below"),
    "window": (
        "Écran perpendiculaire à la fenêtre, lumière sur le côté",
        "Screen at right angles to the window, light from the side",
    ),
    "feet": ("À plat sur le sol", "Flat on the floor"),
}
BAD = {
    "dist": ("25 cm, le nez presque sur l’écran", "25 cm, nose almost on the screen"),
    "height": ("20 cm au-dessus des yeux, tête levée", "20 cm above the eyes, head tilted up"),
    "window": (
        "Écran devant la fenêtre, lumière du jour derrière l’écran",
        "Screen in front of the window, daylight behind the screen",
    ),
    "feet": (
        "Dans le vide, la chaise étant trop haute, sans repose-pieds",
        "Dangling, the chair being too high, with no footrest",
    ),
}


def fam_workstation() -> dict[str, Any]:
    plans = {
        "a": ("dist", ["dist", "height", "window", "elbow", "feet", "breaks"]),
        "b": ("window", ["elbow", "window", "dist", "breaks", "height", "feet"]),
        "c": ("height", ["feet", "breaks", "elbow", "height", "dist", "window"]),
        "d": ("feet", ["breaks", "dist", "feet", "window", "elbow", "height"]),
    }
    cases = {}
    for key, (bad, order) in plans.items():
        vals = {k: (BAD if k == bad else GOOD)[k] for k in GOOD}
        ids = {n: f"w{i + 1}" for i, n in enumerate(order)}
        rows_fr = [
            (ids[n], DESK_FR[n][0], DESK_FR[n][1].format(**{k: v[0] for k, v in vals.items()}))
            for n in order
        ]
        rows_en = [
            (ids[n], DESK_EN[n][0], DESK_EN[n][1].format(**{k: v[1] for k, v in vals.items()}))
            for n in order
        ]
        cases[key] = (
            {
                "intro": (
                    "Relevé fait au poste de travail d’un agent d’accueil.",
                    "Notes taken at a receptionist's workstation.",
                )
            },
            rows_fr,
            rows_en,
            ids[bad],
        )
    return pick_family(
        "f-4.3-7c35f1e9",
        "poste-ecran-reglages",
        3,
        "ergonomics",
        120,
        (
            "Voici la fiche d’un poste de travail sur écran. Sélectionnez le point qui ne "
            "respecte pas les "
            "recommandations de confort et de santé et qu’il faut corriger.",
            "Here is the sheet of a screen workstation. Select the point that does not follow the "
            "comfort and "
            "health recommendations and must be corrected.",
        ),
        "desk",
        (
            "Fiche d’un poste de travail : six points (distance, hauteur de l’écran, fenêtre, "
            "coudes, pieds, "
            "pauses), chacun avec le réglage constaté.",
            "A workstation sheet: six points (distance, screen "
            "height, window, elbows, feet, breaks), each with the setting found.",
        ),
        cases,
        ("Fiche de poste", "Workstation sheet"),
    )
