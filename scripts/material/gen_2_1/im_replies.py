"""2.1 families of module im_replies (f_quote_reply, f_mentions): each writes its material under
assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, esc, family, fr_block, material, meta

from .kit import add, page, settings_list


def f_quote_reply() -> None:
    cases = {
        "a": [
            ("Zoé", "On va au cinéma samedi ?", None),
            ("Malik", "Quel film ?", None),
            ("Zoé", "Le film d'animation ou la comédie ?", None),
            ("Inès", "Je préfère 18 h que 21 h.", None),
            ("Malik", "Le premier !", 2),
        ],
        "b": [
            ("Paul", "Qui apporte quoi pour le pique-nique ?", None),
            ("Lina", "Je prends les boissons.", None),
            ("Paul", "Et pour le dessert ?", None),
            ("Lina", "Je peux aussi faire un gâteau.", None),
            ("Paul", "Oui, avec plaisir !", 1),
        ],
        "c": [
            ("Sacha", "Réunion lundi ou mardi ?", None),
            ("Elsa", "Mardi pour moi.", None),
            ("Sacha", "Salle A ou salle B ?", None),
            ("Elsa", "La B est plus grande.", None),
            ("Oscar", "D'accord pour ça.", 0),
        ],
        "d": [
            ("Jade", "Je cherche quelqu'un pour garder mon chat en août.", None),
            ("Noé", "Tu pars combien de temps ?", None),
            ("Jade", "Deux semaines.", None),
            ("Romy", "Moi je peux, j'habite à côté.", None),
            ("Jade", "Génial, merci !", 3),
        ],
    }
    en = {
        "a": [
            "Cinema on Saturday?",
            "Which film?",
            "The animated film or the comedy?",
            "I prefer 6 pm to 9 pm.",
            "The first one!",
        ],
        "b": [
            "Who's bringing what for the picnic?",
            "I'll take the drinks.",
            "And for dessert?",
            "I can also bake a cake.",
            "Yes, please!",
        ],
        "c": [
            "Meeting Monday or Tuesday?",
            "Tuesday for me.",
            "Room A or room B?",
            "B is bigger.",
            "Agreed on that.",
        ],
        "d": [
            "I'm looking for someone to look after my cat in August.",
            "How long are you away?",
            "Two weeks.",
            "I can, I live next door.",
            "Great, thanks!",
        ],
    }
    variants = []
    for k, msgs in cases.items():
        for lang in ("fr", "en"):
            out = []
            for i, (who, text, quoted) in enumerate(msgs):
                t = text if lang == "fr" else en[k][i]
                q = ""
                if quoted is not None:
                    qt = msgs[quoted][1] if lang == "fr" else en[k][quoted]
                    q = (
                        "<blockquote"
                        f' class="small">{"En réponse à" if lang == "fr" else "Replying to"}'
                        f" {esc(msgs[quoted][0])} : « {esc(qt)} »</blockquote>"
                    )
                    if lang == "en":
                        q = q.replace(" : « ", ': "').replace(" »", '"')
                out.append(
                    f'<div class="bubble them" data-pick="m{i + 1}"><span'
                    f' class="from">{esc(who)}</span>{q}<br>{esc(t)}</div>'
                )
            page(
                "citation",
                k,
                lang,
                "Conversation de groupe" if lang == "fr" else "Group conversation",
                "\n".join(out),
            )
        last = msgs[-1]
        variants.append({"key": k, "v": k, "who": last[0], "target": f"m{last[2] + 1}"})
    add(
        family(
            "f-2.1-05d6880b",
            "messagerie-reponse-citee",
            4,
            "instant-messaging",
            "pick",
            fr_block(
                "Dans cette conversation, {{who}} a écrit le dernier message en utilisant la"
                " fonction « Répondre » sur un message précédent. Sélectionnez le message auquel"
                " {{who}} répond."
            ),
            en_block(
                'In this conversation, {{who}} wrote the last message using the "Reply" function'
                " on an earlier message. Select the message {{who}} is replying to."
            ),
            {"material": "chat", "accepted": ["{{target}}"]},
            metadata=meta(90),
            mats=[
                material(
                    "chat",
                    "citation",
                    "html",
                    "text/html",
                    "Conversation de groupe de cinq messages ; le dernier cite le message auquel"
                    " il répond.",
                    "A group conversation of five messages; the last one quotes the message it"
                    " replies to.",
                )
            ],
            variants=variants,
        )
    )


def f_mentions() -> None:
    fr = [
        ("Notifications du groupe", "Tous les messages"),
        ("Mode silencieux", "Désactivé"),
        ("Sons", "Activés"),
        ("Aperçu du message", "Affiché"),
        ("Archiver la conversation", "Non"),
    ]
    en = [
        ("Group notifications", "All messages"),
        ("Mute", "Off"),
        ("Sounds", "On"),
        ("Message preview", "Shown"),
        ("Archive chat", "No"),
    ]
    tasks = [
        (
            "a",
            0,
            (
                "Le groupe du club envoie cent messages par jour. Vous voulez n'être averti que"
                " lorsqu'on vous cite avec @ ou qu'on répond à vos messages."
            ),
            (
                "The club group sends a hundred messages a day. You only want to be alerted when"
                " someone @mentions you or replies to your messages."
            ),
        ),
        (
            "b",
            3,
            (
                "Vos collègues voient le texte des messages de ce groupe s'afficher sur votre"
                " téléphone verrouillé posé sur le bureau."
            ),
            (
                "Your colleagues see the text of this group's messages on your "
                "locked phone lying on the desk."
            ),
        ),
        (
            "c",
            1,
            (
                "Pendant votre semaine d'examens, vous ne voulez plus aucune alerte de ce groupe,"
                " mais rester dedans."
            ),
            "During your exam week you want no alerts at all from this group, but to stay in it.",
        ),
        (
            "d",
            2,
            (
                "Les alertes du groupe peuvent continuer à s'afficher, mais sans bruit pendant"
                " les réunions."
            ),
            "The group's alerts may still show, but without any noise during meetings.",
        ),
    ]
    orders = {
        "a": [0, 1, 2, 3, 4],
        "b": [2, 4, 0, 3, 1],
        "c": [3, 0, 4, 1, 2],
        "d": [1, 3, 2, 4, 0],
    }
    variants = []
    for k, want, t_fr, t_en in tasks:
        order = orders[k]
        for lang, rows in (("fr", fr), ("en", en)):
            page(
                "notifications",
                k,
                lang,
                (
                    "Réglages du groupe « Club de course »"
                    if lang == "fr"
                    else 'Group settings "Running club"'
                ),
                settings_list(lang, [(f"n{p + 1}", *rows[j]) for p, j in enumerate(order)]),
            )
        variants.append(
            {
                "key": k,
                "v": k,
                "case_fr": t_fr,
                "case_en": t_en,
                "target": f"n{order.index(want) + 1}",
            }
        )
    add(
        family(
            "f-2.1-5fce8ca6",
            "messagerie-notifications-groupe",
            5,
            "instant-messaging",
            "pick",
            fr_block("{{case_fr}} Sélectionnez le réglage à modifier."),
            en_block("{{case_en}} Select the setting to change."),
            {"material": "panel", "accepted": ["{{target}}"]},
            metadata=meta(120),
            mats=[
                material(
                    "panel",
                    "notifications",
                    "html",
                    "text/html",
                    "Réglages d'un groupe de messagerie : cinq réglages avec leur valeur actuelle.",
                    "A messaging group's settings: five settings with their current value.",
                )
            ],
            variants=variants,
        )
    )
