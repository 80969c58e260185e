"""2.4 material, module threads: THREADS, build_threads, RECEIPTS, build_receipts, AUDIENCES,
FIELDS, PANELS, build_panels, …. Writes its pages under assessment/items/2.4/material/.
"""

from __future__ import annotations

from html import escape

from .kit import cards, write

# --- A comment thread: pick the comment that breaks the law, not just good manners ---
THREADS = {
    "a": (
        (
            "Le conseil municipal vote la fermeture de la piscine",
            "Town council votes to close the swimming pool",
        ),
        [
            (
                "k1",
                "Décision absurde, ce maire ne comprend rien aux familles.",
                "Absurd decision, this mayor understands nothing about families.",
            ),
            (
                "k2",
                "Voilà l’adresse perso du maire, allons tous lui rendre visite ce soir : 8 impasse "
                "des Lilas.",
                "Here is the mayor's home address, let's all pay him a visit tonight: 8 impasse "
                "des Lilas.",
            ),
            (
                "k3",
                "Je trouve ce choix vraiment nul, je ne voterai plus pour eux.",
                "I think this choice is really lame, I won't vote for them again.",
            ),
            (
                "k4",
                "Quelqu’un a le compte rendu complet du conseil ?",
                "Does anyone have the full minutes of the meeting?",
            ),
        ],
        "k2",
    ),
    "b": (
        (
            "Un restaurant du centre-ville change de propriétaire",
            "A town-centre restaurant changes hands",
        ),
        [
            (
                "k1",
                "J’y ai mangé hier, c’était fade et trop cher.",
                "I ate there yesterday, it was bland and too expensive.",
            ),
            (
                "k2",
                "Service très lent, je n’y retournerai pas.",
                "Very slow service, I won't go back.",
            ),
            (
                "k3",
                "Si le nouveau patron ouvre, je viendrai lui casser la figure, il est prévenu.",
                "If the new owner opens, I'll come and smash his face in, he's been warned.",
            ),
            ("k4", "Dommage, l’ancienne carte était meilleure.", "Shame, the old menu was better."),
        ],
        "k3",
    ),
    "c": (
        ("Le club de foot local perd la finale", "The local football club loses the final"),
        [
            (
                "k1",
                "L’arbitre a été catastrophique, aucun doute.",
                "The referee was a disaster, no doubt about it.",
            ),
            (
                "k2",
                "Entraîneur incompétent, qu’il démissionne !",
                "Incompetent coach, he should resign!",
            ),
            (
                "k3",
                "Match ennuyeux, j’ai quitté le stade à la mi-temps.",
                "Boring match, I left the stadium at half-time.",
            ),
            (
                "k4",
                "Les joueurs de cette origine-là, il faudrait les virer du pays.",
                "Players of that origin should be kicked out of the country.",
            ),
        ],
        "k4",
    ),
    "d": (
        ("Une élève publie une vidéo de danse", "A pupil posts a dance video"),
        [
            (
                "k1",
                "Pas mon style de musique, mais bravo pour le travail.",
                "Not my kind of music, but well done for the work.",
            ),
            ("k2", "Bof, la chorégraphie est trop simple.", "Meh, the choreography is too simple."),
            (
                "k3",
                "Je repartage avec sa photo en maillot de bain que j’ai trouvée, tout le monde "
                "doit la voir.",
                "I'm reposting it with her swimsuit photo I found, everyone must see it.",
            ),
            (
                "k4",
                "Le son est mauvais, change de micro.",
                "The sound is bad, change your microphone.",
            ),
        ],
        "k3",
    ),
}


def build_threads() -> None:
    for key, ((t_fr, t_en), comments, _target) in THREADS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            title = t_fr if fr else t_en
            items = [
                (pid, escape(c_fr if fr else c_en, quote=False)) for pid, c_fr, c_en in comments
            ]
            sub = "Commentaires" if fr else "Comments"
            write(
                f"thread-{key}",
                loc,
                title,
                f"<h1>{escape(title)}</h1>\n<h2>{sub}</h2>\n" + cards(items),
            )


# --- An acknowledgement of receipt for an online application (receipt) ---
RECEIPTS = {
    "a": (
        "Demande de bourse de lycée",
        "High-school grant application",
        "BL-2026-48213",
        "12/01/2027",
        "12 January 2027",
        "le dernier avis d’imposition",
        "the latest tax notice",
    ),
    "b": (
        "Demande de carte de stationnement résident",
        "Resident parking permit application",
        "ST-91-07754",
        "05/02/2027",
        "5 February 2027",
        "un justificatif de domicile",
        "a proof of address",
    ),
    "c": (
        "Inscription à l’école maternelle",
        "Nursery school enrolment",
        "EC-2027-00391",
        "27/03/2027",
        "27 March 2027",
        "le carnet de vaccination",
        "the vaccination record",
    ),
    "d": (
        "Demande d’aide au permis de conduire",
        "Driving licence grant application",
        "AP-33-61028",
        "30/04/2027",
        "30 April 2027",
        "une attestation d’inscription à l’auto-école",
        "a driving school enrolment certificate",
    ),
}


def build_receipts() -> None:
    for key, (n_fr, n_en, number, d_fr, d_en, p_fr, p_en) in RECEIPTS.items():
        for loc in ("fr", "en"):
            if loc == "fr":
                head = "Accusé de réception"
                body = (
                    f"<h1>{head}</h1>\n<p>Votre demande « {n_fr} » a bien été reçue le 2 décembre "
                    "2026 à 10 h 14.</p>\n"
                    f"<p>Référence de l’envoi : ENV-{number[-5:]}-2</p>\n<p>Numéro de dossier : "
                    f"<strong>{number}</strong></p>\n"
                    f"<p>Votre dossier est incomplet. Il manque : {p_fr}. Déposez-le dans votre "
                    "espace avant le "
                    f"{d_fr}, sinon la demande sera classée sans suite.</p>\n"
                    "<p>Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>"
                )
            else:
                head = "Acknowledgement of receipt"
                body = (
                    f'<h1>{head}</h1>\n<p>Your application "{n_en}" was received on 2 December '
                    "2026 at 10:14.</p>\n"
                    f"<p>Sending reference: ENV-{number[-5:]}-2</p>\n<p>File number: "
                    f"<strong>{number}</strong></p>\n"
                    f"<p>Your file is incomplete. Missing: {p_en}. Upload it to your account "
                    "before "
                    f"{d_en}, otherwise the application will be closed.</p>\n"
                    "<p>This message is sent automatically, please do not reply.</p>"
                )
            write(f"receipt-{key}", loc, head, body)


# --- Profile visibility settings (visibility) ---
AUDIENCES = {
    "all": ("Tout le monde", "Everyone (public)"),
    "fr": ("Amis", "Friends only"),
    "fof": ("Amis et amis d’amis", "Friends and their friends"),
    "me": ("Moi uniquement", "Only me"),
}
FIELDS = [
    ("Date de naissance", "Date of birth"),
    ("Numéro de téléphone", "Phone number"),
    ("Liste d’amis", "Friends list"),
    ("Photos où je suis identifié(e)", "Photos I am tagged in"),
    ("Ville actuelle", "Current city"),
]
PANELS = {
    "a": ["fof", "me", "all", "fr", "all"],
    "b": ["me", "fr", "fof", "all", "fr"],
    "c": ["all", "fof", "me", "fr", "me"],
    "d": ["fr", "all", "fr", "me", "fof"],
}


def build_panels() -> None:
    for key, who in PANELS.items():
        for loc in ("fr", "en"):
            i = 0 if loc == "fr" else 1
            head = "Paramètres – Qui peut voir…" if loc == "fr" else "Settings – Who can see…"
            th = (
                "<tr><th>Information</th><th>Visible par</th></tr>"
                if loc == "fr"
                else ("<tr><th>Information</th><th>Visible to</th></tr>")
            )
            rows = "".join(
                f"<tr><td>{escape(f[i], quote=False)}</td>"
                f"<td>{escape(AUDIENCES[w][i], quote=False)}</td></tr>"
                for f, w in zip(FIELDS, who, strict=True)
            )
            write(f"visibility-{key}", loc, head, f"<h1>{head}</h1>\n<table>{th}{rows}</table>")


# --- Speed measurements per service: pick the service that is singled out (speedlog) ---
SPEEDS = {
    "a": [
        ("Vidéo ClipVision", "ClipVision video", [2, 2, 3]),
        ("Site d’actualités", "News site", [78, 64, 81]),
        ("Cloud PhotoBox", "PhotoBox cloud", [75, 60, 79]),
        ("Test général", "General test", [80, 66, 84]),
    ],
    "b": [
        ("Test général", "General test", [45, 31, 47]),
        ("Jeu en ligne Arena", "Arena online game", [44, 30, 46]),
        ("Appel vidéo Parloir", "Parloir video call", [1, 1, 1]),
        ("Musique OndeLibre", "OndeLibre music", [43, 29, 45]),
    ],
    "c": [
        ("Site d’actualités", "News site", [12, 11, 13]),
        ("Test général", "General test", [13, 12, 14]),
        ("Vidéo ClipVision", "ClipVision video", [12, 10, 13]),
        ("Partage de fichiers DuoDrive", "DuoDrive file sharing", [12, 11, 12]),
        ("Podcasts AudioVille", "AudioVille podcasts", [2, 1, 2]),
    ],
    "d": [
        ("Messagerie instantanée Tchat+", "Tchat+ instant messaging", [0, 0, 0]),
        ("Test général", "General test", [150, 120, 160]),
        ("Vidéo ClipVision", "ClipVision video", [148, 118, 155]),
        ("Site d’actualités", "News site", [140, 115, 150]),
    ],
}


def build_speeds() -> None:
    for key, rows in SPEEDS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Relevé de débits (Mbit/s)" if fr else "Speed log (Mbit/s)"
            th = (
                "<tr><th>Service</th><th>Lundi 9 h</th><th>Mercredi 21 h</th><th>Samedi 15 "
                "h</th></tr>"
                if fr
                else "<tr><th>Service</th><th>Monday 9 am</th><th>Wednesday 9 pm</th><th>Saturday "
                "3 pm</th></tr>"
            )
            body = "".join(
                f'<tr data-pick="v{n}"><td>{escape(n_fr if fr else n_en, quote=False)}</td>'
                + "".join(f"<td>{x}</td>" for x in vals)
                + "</tr>"
                for n, (n_fr, n_en, vals) in enumerate(rows, 1)
            )
            note = (
                "Mesures faites sur la même connexion, au même endroit, avec le même appareil."
                if fr
                else "Measurements made on the same connection, in the same place, with the same "
                "device."
            )
            write(
                f"speed-{key}",
                loc,
                head,
                f"<h1>{head}</h1>\n<p>{note}</p>\n<table>{th}{body}</table>",
            )
