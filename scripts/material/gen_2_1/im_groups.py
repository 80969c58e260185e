"""2.1 families of module im_groups (f_private_in_group, f_group_admin): each writes its material
under assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, family, fr_block, material, meta

from .kit import add, chat, page, settings_list


def f_private_in_group() -> None:
    cases = {
        "a": (
            "Classe 3e B",
            [
                (
                    "Léo",
                    "Quelqu'un a les exercices de maths pour lundi ?",
                    "Does anyone have the maths exercises for Monday?",
                ),
                ("Nina", "Page 84, exercices 3 à 7.", "Page 84, exercises 3 to 7."),
                ("Léo", "Merci !", "Thanks!"),
                (
                    "Rayan",
                    (
                        "Nina, voici mon code d'accès à l'ENT : rayan.k / Soleil2026, tu peux "
                        "télécharger le corrigé pour moi ?"
                    ),
                    (
                        "Nina, here is my school portal login: "
                        "rayan.k / Soleil2026, can you download the answers for me?"
                    ),
                ),
                ("Nina", "Je regarde ce soir.", "I'll look tonight."),
            ],
            3,
        ),
        "b": (
            "Équipe accueil",
            [
                ("Paul", "Réunion déplacée à 14 h.", "Meeting moved to 2 pm."),
                ("Sara", "Qui ferme ce soir ?", "Who's closing tonight?"),
                (
                    "Marc",
                    (
                        "Sara, mon arrêt maladie, c'est pour ma dépression, ne le dis à personne "
                        "s'il te plaît."
                    ),
                    "Sara, my sick leave is for my depression, please don't tell anyone.",
                ),
                ("Paul", "Je ferme, pas de souci.", "I'll close, no problem."),
                ("Sara", "Merci Paul.", "Thanks Paul."),
            ],
            2,
        ),
        "c": (
            "Voisins résidence",
            [
                ("Anne", "Le local vélos est ouvert demain.", "The bike room is open tomorrow."),
                ("Marc", "Merci !", "Thanks!"),
                (
                    "Jo",
                    (
                        "Je pars 3 semaines en vacances dès samedi, Anne tu peux arroser mes "
                        "plantes ? La clé est sous le paillasson."
                    ),
                    (
                        "I'm away on holiday for 3 weeks from Saturday, Anne can you water my"
                        " plants? The key is under the doormat."
                    ),
                ),
                ("Anne", "Oui bien sûr.", "Yes of course."),
                ("Lina", "Réunion de copropriété jeudi.", "Residents' meeting on Thursday."),
            ],
            2,
        ),
        "d": (
            "Club de foot U15",
            [
                ("Coach", "Match samedi 10 h.", "Match on Saturday at 10."),
                ("Emma", "Mon fils sera là.", "My son will be there."),
                ("Coach", "Tenue bleue.", "Blue kit."),
                (
                    "Hugo",
                    (
                        "Coach, voici le numéro de carte bancaire pour la licence : 4970 1234 "
                        "5678 9012, exp. 08/28, cryptogramme 123."
                    ),
                    (
                        "Coach, here is the card number "
                        "for the licence: 4970 1234 5678 9012, exp. 08/28, security code 123."
                    ),
                ),
                ("Coach", "Merci à tous.", "Thanks everyone."),
            ],
            3,
        ),
    }
    variants = []
    for k, (title, msgs, want) in cases.items():
        page(
            "groupe-prive",
            k,
            "fr",
            f"Groupe « {title} »",
            chat(
                [(s, f"19:{10 + i:02d}", fr, f"m{i + 1}") for i, (s, fr, _) in enumerate(msgs)],
                "-",
            ),
        )
        page(
            "groupe-prive",
            k,
            "en",
            f'Group "{title}"',
            chat(
                [(s, f"19:{10 + i:02d}", en, f"m{i + 1}") for i, (s, _, en) in enumerate(msgs)],
                "-",
            ),
        )
        variants.append({"key": k, "v": k, "target": f"m{want + 1}"})
    add(
        family(
            "f-2.1-a861bc56",
            "groupe-message-prive",
            3,
            "instant-messaging",
            "pick",
            fr_block(
                "Dans cette conversation de groupe, un message contient une information qui"
                " n'aurait jamais dû être écrite devant tout le groupe. Sélectionnez-le."
            ),
            en_block(
                "In this group conversation, one message holds information that should never have"
                " been written in front of the whole group. Select it."
            ),
            {"material": "chat", "accepted": ["{{target}}"]},
            metadata=meta(90),
            mats=[
                material(
                    "chat",
                    "groupe-prive",
                    "html",
                    "text/html",
                    "Conversation de groupe d'une messagerie instantanée, cinq messages.",
                    "A group conversation in an instant messaging app, five messages.",
                )
            ],
            variants=variants,
        )
    )


def f_group_admin() -> None:
    fr = [
        ("Modifier les infos du groupe", "Tous les membres"),
        ("Envoyer des messages", "Tous les membres"),
        ("Ajouter des membres", "Administrateurs uniquement"),
        ("Approuver les nouveaux membres", "Désactivé"),
        ("Messages éphémères", "Désactivés"),
        ("Notifications", "Activées"),
    ]
    en = [
        ("Edit group info", "All members"),
        ("Send messages", "All members"),
        ("Add members", "Admins only"),
        ("Approve new members", "Off"),
        ("Disappearing messages", "Off"),
        ("Notifications", "On"),
    ]
    tasks = [
        (
            "a",
            1,
            (
                "que seuls les administrateurs puissent écrire dans le groupe (les parents lisent"
                " seulement les annonces)"
            ),
            "only admins to be able to write in the group (parents only read the announcements)",
        ),
        (
            "b",
            0,
            (
                "que plus personne d'autre que les administrateurs ne change le nom et la photo"
                " du groupe"
            ),
            "nobody but the admins to change the group's name and picture any more",
        ),
        (
            "c",
            3,
            "valider vous-même chaque personne qui demande à entrer par le lien d'invitation",
            "to approve yourself each person who asks to join through the invitation link",
        ),
        (
            "d",
            4,
            "que les messages s'effacent automatiquement au bout de sept jours",
            "messages to be deleted automatically after seven days",
        ),
    ]
    orders = {
        "a": [0, 1, 2, 3, 4, 5],
        "b": [2, 4, 0, 5, 1, 3],
        "c": [5, 3, 1, 0, 2, 4],
        "d": [1, 0, 5, 2, 4, 3],
    }
    variants = []
    for k, want, t_fr, t_en in tasks:
        order = orders[k]
        for lang, rows in (("fr", fr), ("en", en)):
            page(
                "reglages-groupe",
                k,
                lang,
                (
                    "Paramètres du groupe « Parents 6e C »"
                    if lang == "fr"
                    else 'Group settings "Parents 6C"'
                ),
                settings_list(lang, [(f"s{p + 1}", *rows[j]) for p, j in enumerate(order)]),
            )
        variants.append(
            {
                "key": k,
                "v": k,
                "task_fr": t_fr,
                "task_en": t_en,
                "target": f"s{order.index(want) + 1}",
            }
        )
    add(
        family(
            "f-2.1-8a9ecaa4",
            "groupe-reglages-admin",
            4,
            "instant-messaging",
            "pick",
            fr_block(
                "Vous administrez ce groupe de messagerie et vous voulez {{task_fr}}."
                " Sélectionnez le réglage à modifier."
            ),
            en_block(
                "You are the admin of this messaging group and you want {{task_en}}. Select the"
                " setting to change."
            ),
            {"material": "panel", "accepted": ["{{target}}"]},
            metadata=meta(120),
            mats=[
                material(
                    "panel",
                    "reglages-groupe",
                    "html",
                    "text/html",
                    "Paramètres d'un groupe de messagerie : six réglages avec leur valeur"
                    " actuelle.",
                    "A messaging group's settings: six settings with their current value.",
                )
            ],
            variants=variants,
        )
    )
