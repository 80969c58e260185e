"""2.1 families of module im_basics (f_chat_place, f_ticks): each writes its material under
assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, esc, family, fr_block, material, meta

from .kit import add, chat, page


def f_chat_place() -> None:
    cases = {
        "a": (
            "Anniversaire de Mamie",
            [
                ("Julie", "18:02", "On se retrouve samedi pour l’anniversaire !"),
                ("Marc", "18:05", "Super ! Je m’occupe du gâteau."),
                (
                    "Julie",
                    "18:07",
                    "Rendez-vous à 12 h au restaurant Le Tilleul, place du marché.",
                ),
                ("Sonia", "18:10", "Je viendrai un peu en retard."),
                ("Marc", "18:11", "Pas de souci !"),
            ],
            2,
        ),
        "b": (
            "Sortie vélo",
            [
                ("Karim", "20:14", "Qui vient dimanche ?"),
                ("Lou", "20:15", "Moi !"),
                ("Karim", "20:16", "Départ 9 h, pensez aux casques."),
                ("Karim", "20:18", "On part du parking de la piscine municipale."),
                ("Noé", "20:30", "Je prends des gourdes en plus."),
            ],
            3,
        ),
        "c": (
            "Parents 5e A",
            [
                ("Inès", "07:45", "Bonjour, la sortie au musée est confirmée."),
                ("Paul", "07:50", "Merci pour l’info !"),
                ("Inès", "07:52", "Le car partira de l’entrée du collège, rue des Lilas."),
                ("Aya", "08:01", "Faut-il un pique-nique ?"),
                ("Inès", "08:03", "Oui, et une gourde."),
            ],
            2,
        ),
        "d": (
            "Colocation",
            [
                ("Hugo", "19:00", "Réunion coloc jeudi soir ?"),
                ("Mila", "19:04", "On la fait chez Théo, au 3e étage, porte gauche."),
                ("Théo", "19:05", "OK pour moi."),
                ("Hugo", "19:06", "Je ramène des pizzas."),
                ("Mila", "19:08", "Top, à jeudi !"),
            ],
            1,
        ),
    }
    en = {
        "a": [
            "We're meeting on Saturday for the birthday!",
            "Great! I'll take care of the cake.",
            "Meet at 12 noon at Le Tilleul restaurant, on the market square.",
            "I'll be a little late.",
            "No problem!",
        ],
        "b": [
            "Who's coming on Sunday?",
            "Me!",
            "Leaving at 9, remember your helmets.",
            "We're starting from the swimming pool car park.",
            "I'll bring extra water bottles.",
        ],
        "c": [
            "Hello, the museum trip is confirmed.",
            "Thanks for the info!",
            "The coach will leave from the school entrance, rue des Lilas.",
            "Do they need a packed lunch?",
            "Yes, and a water bottle.",
        ],
        "d": [
            "Flat meeting Thursday evening?",
            "Let's do it at Théo's, 3rd floor, left door.",
            "OK for me.",
            "I'll bring pizzas.",
            "Great, see you Thursday!",
        ],
    }
    titles_en = {
        "a": "Grandma's birthday",
        "b": "Bike ride",
        "c": "Parents of class 7A",
        "d": "Flat share",
    }
    variants = []
    for k, (title, msgs, want) in cases.items():
        page(
            "groupe",
            k,
            "fr",
            f"Groupe « {title} »",
            chat([(s, t, x, f"m{i + 1}") for i, (s, t, x) in enumerate(msgs)], "-"),
        )
        page(
            "groupe",
            k,
            "en",
            f'Group "{titles_en[k]}"',
            chat([(s, t, en[k][i], f"m{i + 1}") for i, (s, t, _) in enumerate(msgs)], "-"),
        )
        variants.append({"key": k, "v": k, "target": f"m{want + 1}"})
    add(
        family(
            "f-2.1-7d3a0f9b",
            "messagerie-lire-groupe",
            1,
            "instant-messaging",
            "pick",
            fr_block(
                "Dans cette conversation de groupe, sélectionnez le message qui indique le lieu"
                " du rendez-vous."
            ),
            en_block(
                "In this group conversation, select the message that gives the meeting place."
            ),
            {"material": "chat", "accepted": ["{{target}}"]},
            metadata=meta(60),
            mats=[
                material(
                    "chat",
                    "groupe",
                    "html",
                    "text/html",
                    "Conversation de groupe d'une messagerie instantanée : cinq messages avec"
                    " auteur et heure.",
                    "A group conversation in an instant messaging app: five messages with author"
                    " and time.",
                )
            ],
            variants=variants,
        )
    )


def f_ticks() -> None:
    props_fr = [
        "Il a été lu",
        "Il est arrivé sur son téléphone, sans être lu",
        "Il a quitté votre téléphone, sans arriver sur le sien",
        "Il n'a pas encore quitté votre téléphone",
    ]
    props_en = [
        "It has been read",
        "It has reached her phone but is unread",
        "It has left your phone but not reached hers",
        "It has not left your phone yet",
    ]
    status = {
        "fr": ["Lu à 18 h 05", "Distribué", "Envoyé", "En attente d'envoi"],
        "en": ["Read at 18:05", "Delivered", "Sent", "Waiting to send"],
    }
    legend = {
        "fr": (
            "Légende de l'application : « Envoyé » = parti vers le serveur ; « Distribué » ="
            " arrivé sur l'appareil du destinataire ; « Lu » = ouvert par le destinataire."
        ),
        "en": (
            'App legend: "Sent" = gone to the server; "Delivered" = arrived on the recipient\'s'
            ' device; "Read" = opened by the recipient.'
        ),
    }
    variants = []
    for i, k in enumerate("abcd"):
        for lang in ("fr", "en"):
            text = (
                "Tu peux me rendre mon livre demain ?"
                if lang == "fr"
                else "Can you give me my book back tomorrow?"
            )
            body = (
                chat(
                    [
                        ("Zoé", "17:40", "Salut !" if lang == "fr" else "Hi!", None),
                        ("Vous" if lang == "fr" else "You", "18:01", text, None),
                    ],
                    "Vous" if lang == "fr" else "You",
                )
                + f'\n<p class="small">{esc(status[lang][i])}</p>\n<p class="small">'
                f"{esc(legend[lang])}</p>"
            )
            page(
                "statut",
                k,
                lang,
                "Conversation avec Zoé" if lang == "fr" else "Chat with Zoé",
                body,
            )
        v = {"key": k, "v": k, "st_fr": status["fr"][i], "st_en": status["en"][i]}
        if i:
            v["solution"] = i
        variants.append(v)
    add(
        family(
            "f-2.1-249171b6",
            "messagerie-statut-envoi",
            2,
            "instant-messaging",
            "single_choice",
            fr_block("D'après l'écran, où en est votre dernier message à Zoé ?", props_fr),
            en_block(
                "According to the screen, what is the state of your last message to Zoé?",
                props_en,
            ),
            0,
            metadata=meta(90),
            mats=[
                material(
                    "chat",
                    "statut",
                    "html",
                    "text/html",
                    "Conversation avec Zoé ; sous votre dernier message, l'état « {{st_fr}} » et"
                    " la légende des états.",
                    'Chat with Zoé; under your last message, the state "{{st_en}}" and the '
                    "legend of the states.",
                )
            ],
            variants=variants,
        )
    )
