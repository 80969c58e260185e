"""Writes the new 2.1 families (assessment/items/2.1/*.yaml) and their material.

Material: chats, mailboxes, settings panels, calendars (HTML), .eml messages, an SVG toolbar, a CSV.

Run: .venv/bin/python scripts/material/2.1_items.py (deterministic).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bankgen import (
    ROOT,
    en_block,
    esc,
    family,
    fr_block,
    html_page,
    material,
    meta,
    typo_fr,
    write_text,
    write_yaml,
)

DIR = ROOT / "assessment" / "items" / "2.1"
MAT = DIR / "material"
FAMILIES: list[dict] = []
TILES_TITLE = {"fr": "Vignettes des participants", "en": "Participant tiles"}
TOOLBAR_TITLE = {"fr": "Barre d’outils d’une visioconférence", "en": "Video call toolbar"}
WHO_SEES = {"fr": "Qui peut voir votre publication ?", "en": "Who can see your post?"}
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def add(f: dict) -> None:
    for v in f.get("variants", []):
        for name, value in v.items():
            if name.endswith("_fr") and isinstance(value, str):
                v[name] = typo_fr(value)
    FAMILIES.append(f)


def page(stem: str, key: str, lang: str, title: str, body: str) -> None:
    if lang == "fr":
        title, body = typo_fr(title), _typo_html(body.replace("&#x27;", "'"))
    write_text(MAT / f"{stem}-{key}-{lang}.html", html_page(lang, title, body))


def _typo_html(body: str) -> str:
    """French typography in the text of generated HTML (tags are left as they are)."""
    out, inside = [], False
    chunk = ""
    for ch in body:
        if ch == "<":
            out.append(typo_fr(chunk) if not inside else chunk)
            chunk, inside = "<", True
        elif ch == ">" and inside:
            out.append(chunk + ">")
            chunk, inside = "", False
        else:
            chunk += ch
    out.append(typo_fr(chunk) if not inside else chunk)
    return "".join(out)


def eml(stem: str, key: str, lang: str, headers: dict[str, str], body: str) -> None:
    lines = [f"{k}: {v}" for k, v in headers.items()]
    lines += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if lang == "fr":
        body = typo_fr(body)
    write_text(MAT / f"{stem}-{key}-{lang}.eml", "\n".join(lines) + "\n\n" + body.strip() + "\n")


def chat(messages: list[tuple[str, str, str, str | None]], me: str) -> str:
    """messages: (sender, time, text, pick id or None)."""
    out = []
    for sender, time, text, pid in messages:
        cls = "bubble me" if sender == me else "bubble them"
        pick = f' data-pick="{pid}"' if pid else ""
        out.append(
            f'<div class="{cls}"{pick}><span class="from">{esc(sender)}</span> '
            f'<span class="small">{esc(time)}</span><br>{esc(text)}</div>'
        )
    return "\n".join(out)


# ------------------------------------------------------------------ level 1
def f_toolbar() -> None:
    buttons = {
        "fr": [
            "Micro : coupé",
            "Caméra : coupée",
            "Partager l’écran",
            "Lever la main",
            "Discussion",
            "Quitter",
        ],
        "en": ["Mic: muted", "Camera: off", "Share screen", "Raise hand", "Chat", "Leave"],
    }
    tasks = [
        (
            "a",
            [0, 1, 2, 3, 4, 5],
            0,
            "que les autres participants vous entendent",
            "the other participants to hear you",
        ),
        (
            "b",
            [2, 0, 5, 1, 3, 4],
            1,
            "que les autres participants vous voient",
            "the other participants to see you",
        ),
        (
            "c",
            [3, 1, 0, 4, 2, 5],
            2,
            "montrer aux autres le document ouvert sur votre ordinateur",
            "to show the others the document open on your computer",
        ),
        (
            "d",
            [1, 4, 3, 0, 5, 2],
            3,
            "signaler poliment que vous voulez prendre la parole",
            "to signal politely that you want to speak",
        ),
        (
            "e",
            [4, 2, 1, 5, 0, 3],
            4,
            "écrire un message à tous les participants sans couper l’orateur",
            "to write a message to all participants without interrupting the speaker",
        ),
    ]
    variants = []
    for k, order, want, t_fr, t_en in tasks:
        ids = {}
        for lang in ("fr", "en"):
            parts = [
                (
                    '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="90" viewBox="0 0'
                    ' 600 90" role="img" aria-labelledby="t">'
                ),
                f'<title id="t">{TOOLBAR_TITLE[lang]}</title>',
                '<rect width="600" height="90" fill="#222"/>',
            ]
            for pos, b in enumerate(order):
                x = 8 + pos * 98
                pid = f"b{pos + 1}"
                ids[b] = pid
                label = buttons[lang][b]
                parts.append(
                    f'<g data-pick="{pid}"><rect x="{x}" y="15" width="90" height="60" rx="8" '
                    f'fill="#444" stroke="#ccc"/><text x="{x + 45}" y="50" text-anchor="middle" '
                    f'font-family="sans-serif" font-size="10" fill="#fff">{esc(label)}</text></g>'
                )
            parts.append("</svg>\n")
            write_text(MAT / f"barre-{k}-{lang}.svg", "\n".join(parts))
        variants.append(
            {
                "key": k,
                "v": k,
                "task_fr": t_fr,
                "task_en": t_en,
                "target": ids[want],
                "labels_fr": ", ".join(buttons["fr"][b] for b in order),
                "labels_en": ", ".join(buttons["en"][b] for b in order),
            }
        )
    add(
        family(
            "f-2.1-6f475bbd",
            "visio-boutons",
            1,
            "video-calls",
            "pick",
            fr_block(
                "Vous êtes dans une visioconférence et vous voulez {{task_fr}}. Sélectionnez le"
                " bouton à utiliser."
            ),
            en_block("You are in a video call and you want {{task_en}}. Select the button to use."),
            {"material": "bar", "accepted": ["{{target}}"]},
            metadata=meta(60),
            mats=[
                material(
                    "bar",
                    "barre",
                    "svg",
                    "image/svg+xml",
                    "Barre d'outils d'une visioconférence, six boutons de gauche à droite :"
                    " {{labels_fr}}.",
                    "A video call toolbar, six buttons from left to right: {{labels_en}}.",
                )
            ],
            variants=variants,
        )
    )


def f_read_eml() -> None:
    cases = [
        (
            "a",
            "Service scolarité <scolarite@lycee-jean-rostand.example>",
            "Inscription aux options 2026-2027",
            "Enrolment for 2026-2027 options",
            "scolarite@lycee-jean-rostand.example",
        ),
        (
            "b",
            "Club de handball <contact@hbc-villers.example>",
            "Entraînement déplacé au gymnase Nord",
            "Training moved to the North gym",
            "contact@hbc-villers.example",
        ),
        (
            "c",
            "Médiathèque <prets@mediatheque-brest.example>",
            "Rappel : retour de vos documents",
            "Reminder: return your items",
            "prets@mediatheque-brest.example",
        ),
        (
            "d",
            "Mairie - état civil <etat-civil@mairie-dol.example>",
            "Rendez-vous pour votre passeport",
            "Appointment for your passport",
            "etat-civil@mairie-dol.example",
        ),
    ]
    variants = []
    for k, sender, subj_fr, subj_en, addr in cases:
        for lang, subj in (("fr", subj_fr), ("en", subj_en)):
            body = (
                "Bonjour,\n\nVous trouverez les informations ci-dessous.\nMerci de répondre avant"
                " vendredi.\n\nBonne journée"
                if lang == "fr"
                else (
                    "Hello,\n\nPlease find the information below.\nPlease reply by"
                    " Friday.\n\nBest regards"
                )
            )
            eml(
                "message",
                k,
                lang,
                {
                    "From": sender,
                    "To": "camille.roux@exemple.fr",
                    "Date": "Mon, 14 Sep 2026 09:12:00 +0200",
                    "Subject": typo_fr(subj) if lang == "fr" else subj,
                },
                body,
            )
        variants.append(
            {"key": k, "v": k, "addr": addr, "subj_fr": typo_fr(subj_fr), "subj_en": subj_en}
        )
    add(
        family(
            "f-2.1-a5ae4644",
            "courriel-lire-entetes",
            1,
            "email",
            "fields",
            fr_block(
                "Ouvrez ce courriel. Recopiez :",
                fields={
                    "addr": "l'adresse de courriel de l'expéditeur",
                    "subj": "l'objet du message",
                },
            ),
            en_block(
                "Open this email. Copy:",
                fields={"addr": "the sender's email address", "subj": "the subject"},
            ),
            {
                "addr": {"accepted": ["{{addr}}"], "spaces": "ignored"},
                "subj": {
                    "accepted": {"fr": ["{{subj_fr}}"], "en": ["{{subj_en}}"]},
                    "punctuation": "ignored",
                },
            },
            metadata=meta(120),
            mats=[
                material(
                    "mail",
                    "message",
                    "eml",
                    "message/rfc822",
                    "Un courriel reçu, avec ses en-têtes.",
                    "An email received, with its headers.",
                )
            ],
            variants=variants,
        )
    )


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


# ------------------------------------------------------------------ level 2
def f_signature() -> None:
    cases = [
        (
            "a",
            "Sami Benali",
            "Technicien réseau",
            "Network technician",
            "06 12 48 90 33",
            "s.benali@reseaux-ouest.example",
        ),
        (
            "b",
            "Claire Valin",
            "Chargée d'accueil",
            "Front desk officer",
            "02 99 41 07 25",
            "accueil@maison-sante-vitre.example",
        ),
        (
            "c",
            "Yves Le Goff",
            "Président de l'association",
            "Chair of the association",
            "07 81 22 63 14",
            "president@amis-du-port.example",
        ),
        (
            "d",
            "Nadia Cherif",
            "Comptable",
            "Accountant",
            "04 72 55 18 09",
            "n.cherif@cabinet-rhone.example",
        ),
    ]
    variants = []
    for k, name, role_fr, role_en, tel, mail in cases:
        for lang in ("fr", "en"):
            if lang == "fr":
                body = (
                    "Bonjour,\n\nJe vous confirme notre échange de ce matin. N'hésitez pas à me"
                    f" rappeler.\n\nCordialement,\n--\n{name}\n{role_fr}\nTél. : {tel}\nCourriel"
                    f" : {mail}\nStandard : 01 40 00 00 00"
                )
            else:
                body = (
                    "Hello,\n\nI confirm what we agreed this morning. Feel free to call me"
                    f" back.\n\nKind regards,\n--\n{name}\n{role_en}\nPhone: {tel}\nEmail:"
                    f" {mail}\nSwitchboard: 01 40 00 00 00"
                )
            eml(
                "signature",
                k,
                lang,
                {
                    "From": f"{name} <secretariat@envoi.example>",
                    "To": "camille.roux@exemple.fr",
                    "Date": "Tue, 6 Oct 2026 10:40:00 +0200",
                    "Subject": "Suite à notre appel" if lang == "fr" else "Following our call",
                },
                body,
            )
        variants.append({"key": k, "v": k, "name": name, "tel": tel, "mail": mail})
    add(
        family(
            "f-2.1-4b36d2f9",
            "contact-depuis-signature",
            2,
            "contacts-and-calendars",
            "fields",
            fr_block(
                "Vous ajoutez {{name}} à vos contacts à partir de la signature de ce courriel."
                " Recopiez :",
                fields={
                    "tel": "son numéro de téléphone direct",
                    "mail": "son adresse de courriel donnée dans la signature",
                },
            ),
            en_block(
                "You add {{name}} to your contacts from the signature of this email. Copy:",
                fields={
                    "tel": "their direct phone number",
                    "mail": "their email address given in the signature",
                },
            ),
            {
                "tel": {"accepted": ["{{tel}}"], "spaces": "ignored", "punctuation": "ignored"},
                "mail": {"accepted": ["{{mail}}"], "spaces": "ignored"},
            },
            metadata=meta(120),
            mats=[
                material(
                    "mail",
                    "signature",
                    "eml",
                    "message/rfc822",
                    "Un courriel court terminé par une signature (nom, fonction, téléphone,"
                    " courriel, standard).",
                    "A short email ending with a signature (name, role, phone, email,"
                    " switchboard).",
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


def f_missing_part() -> None:
    props_fr = [
        "Un objet",
        "Une formule de salutation",
        "Une signature avec son nom",
        "La pièce jointe annoncée",
    ]
    props_en = [
        "A subject",
        "A greeting",
        "A signature with the sender's name",
        "The announced attachment",
    ]
    variants = []
    for i, k in enumerate("abcd"):
        for lang in ("fr", "en"):
            if lang == "fr":
                subj = "" if i == 0 else "Exposé d'histoire du groupe 3"
                hello = "" if i == 1 else "Bonjour Madame Perrin,\n\n"
                sig = "" if i == 2 else "\n\nBien cordialement,\nLéna Morvan, 1re B"
                att = (
                    "Vous trouverez notre exposé en pièce jointe."
                    if i == 3
                    else "Vous trouverez notre exposé en pièce jointe (exposé-groupe3.pdf)."
                )
                body = f"{hello}{att}\nNous restons disponibles pour toute question.{sig}"
                head = {
                    "From": "lena.morvan@ent-lycee.example",
                    "To": "c.perrin@ent-lycee.example",
                    "Date": "Thu, 12 Nov 2026 16:20:00 +0100",
                    "Subject": subj,
                }
                if i != 3:
                    head["X-Attachment"] = "expose-groupe3.pdf (1,2 Mo)"
            else:
                subj = "" if i == 0 else "History presentation, group 3"
                hello = "" if i == 1 else "Dear Mrs Perrin,\n\n"
                sig = "" if i == 2 else "\n\nBest regards,\nLéna Morvan, Year 12 B"
                att = (
                    "Please find our presentation attached."
                    if i == 3
                    else "Please find our presentation attached (presentation-group3.pdf)."
                )
                body = f"{hello}{att}\nWe are happy to answer any question.{sig}"
                head = {
                    "From": "lena.morvan@ent-lycee.example",
                    "To": "c.perrin@ent-lycee.example",
                    "Date": "Thu, 12 Nov 2026 16:20:00 +0100",
                    "Subject": subj,
                }
                if i != 3:
                    head["X-Attachment"] = "presentation-group3.pdf (1.2 MB)"
            eml("brouillon", k, lang, head, body)
        v = {"key": k, "v": k}
        if i:
            v["solution"] = i
        variants.append(v)
    add(
        family(
            "f-2.1-1315f725",
            "courriel-element-manquant",
            2,
            "netiquette",
            "single_choice",
            fr_block(
                "Léna s'apprête à envoyer ce courriel à sa professeure. Il lui manque un élément"
                " important. Lequel ?",
                props_fr,
            ),
            en_block(
                "Léna is about to send this email to her teacher. One important element is"
                " missing. Which one?",
                props_en,
            ),
            0,
            metadata=meta(120),
            mats=[
                material(
                    "mail",
                    "brouillon",
                    "eml",
                    "message/rfc822",
                    "Le courriel prêt à partir : en-têtes (l'en-tête X-Attachment liste la pièce"
                    " jointe, s'il y en a une) et texte.",
                    "The email ready to go: headers (the X-Attachment header lists the "
                    "attachment, if any) and text.",
                )
            ],
            variants=variants,
        )
    )


def f_audience() -> None:
    props_fr = [
        "Toute personne, même sans compte",
        "Seulement vos amis",
        "Vos amis et les amis de vos amis",
        "Vous seul",
    ]
    props_en = [
        "Anyone, even without an account",
        "Only your friends",
        "Your friends and their friends",
        "Only you",
    ]
    labels = {
        "fr": ["Public", "Amis", "Amis de mes amis", "Moi uniquement"],
        "en": ["Public", "Friends", "Friends of friends", "Only me"],
    }
    helps = {
        "fr": [
            "Tout le monde, sur le réseau ou en dehors",
            "Vos amis sur le réseau",
            "Vos amis et leurs amis",
            "Personne d'autre que vous",
        ],
        "en": [
            "Anyone, on or off the network",
            "Your friends on the network",
            "Your friends and their friends",
            "Nobody but you",
        ],
    }
    order = {"a": 0, "b": 1, "c": 2, "d": 3}
    variants = []
    for k, sel in order.items():
        for lang in ("fr", "en"):
            rows = []
            for j in range(4):
                mark = "(●) " if j == sel else "( ) "
                chosen = (" — sélectionné" if lang == "fr" else " — selected") if j == sel else ""
                rows.append(
                    f"<li>{mark}<strong>{esc(labels[lang][j])}</strong>{esc(chosen)}<br>"
                    f'<span class="small">{esc(helps[lang][j])}</span></li>'
                )
            text = (
                "Qui a des nouvelles pour le club photo ? Sortie samedi !"
                if lang == "fr"
                else "Any news for the photo club? Outing on Saturday!"
            )
            body = (
                f'<div class="msg"><p>{esc(text)}</p></div><h2>'
                f"{WHO_SEES[lang]}</h2>"
                f'<ul style="list-style:none;padding:0">{"".join(rows)}</ul>'
            )
            page(
                "audience",
                k,
                lang,
                "Créer une publication" if lang == "fr" else "Create a post",
                body,
            )
        v = {"key": k, "v": k, "sel_fr": labels["fr"][sel], "sel_en": labels["en"][sel]}
        if sel:
            v["solution"] = sel
        variants.append(v)
    add(
        family(
            "f-2.1-a74c6a66",
            "reseau-audience-publication",
            2,
            "social-networks",
            "single_choice",
            fr_block(
                "Vous publiez ce message sur un réseau social avec le réglage choisi à l'écran."
                " Qui pourra le voir ?",
                props_fr,
            ),
            en_block(
                "You post this message on a social network with the setting chosen on the screen."
                " Who will be able to see it?",
                props_en,
            ),
            0,
            metadata=meta(90),
            mats=[
                material(
                    "screen",
                    "audience",
                    "html",
                    "text/html",
                    "Fenêtre de création d'une publication, avec le choix de l'audience ;"
                    " l'option « {{sel_fr}} » est sélectionnée.",
                    "A post-creation window with the audience choice; the "
                    'option "{{sel_en}}" is selected.',
                )
            ],
            variants=variants,
        )
    )


# ------------------------------------------------------------------ level 3
PEOPLE = [
    "Ana Morvan",
    "Lucas Faure",
    "Inès Caron",
    "Malik Tessier",
    "Jade Perrin",
    "Hugo Lemaire",
    "Sara Pham",
    "Théo Garnier",
]


def mailbox(rows: list[tuple[str, str, str, str, str]], lang: str, *, text: bool = False) -> str:
    """rows: (pick id, from, to, cc, subject, or the message's text when text is true)."""
    out = []
    last = ("Message", "Message") if text else ("Objet", "Subject")
    lab = ("De", "À", "Cc", last[0]) if lang == "fr" else ("From", "To", "Cc", last[1])
    for pid, frm, to, cc, subj in rows:
        out.append(
            f'<div class="msg" data-pick="{pid}"><div class="from">{lab[0]} : {esc(frm)}</div>'
            f"<div>{lab[1]} : {esc(to)}</div><div>{lab[2]} : {esc(cc or '—')}</div>"
            f"<div>{lab[3]} : {esc(subj)}</div></div>"
        )
    body = "\n".join(out)
    return body if lang == "fr" else body.replace(" : ", ": ")


def f_cc_pick() -> None:
    me = "Camille Roux"
    subjects = [
        ("Planning de la semaine", "This week's schedule"),
        ("Compte rendu de réunion", "Meeting minutes"),
        ("Commande de fournitures", "Stationery order"),
        ("Congés d'été", "Summer leave"),
        ("Nouvelle procédure", "New procedure"),
    ]
    variants = []
    for i, k in enumerate("abcd"):
        target = (i + 2) % 5
        rows = {"fr": [], "en": []}
        for j in range(5):
            sender = PEOPLE[(i + j) % 8]
            other = PEOPLE[(i + j + 3) % 8]
            to, cc = (
                (other, me)
                if j == target
                else ((f"{me}, {other}", PEOPLE[(i + j + 5) % 8]) if j % 2 else (me, ""))
            )
            for lang in ("fr", "en"):
                rows[lang].append(
                    (f"m{j + 1}", sender, to, cc, subjects[j][0 if lang == "fr" else 1])
                )
        for lang in ("fr", "en"):
            page(
                "boite-cc",
                k,
                lang,
                ("Boîte de réception de Camille Roux" if lang == "fr" else "Camille Roux's inbox"),
                mailbox(rows[lang], lang),
            )
        variants.append({"key": k, "v": k, "target": f"m{target + 1}"})
    add(
        family(
            "f-2.1-6eedab02",
            "courriel-destinataire-copie",
            3,
            "email",
            "pick",
            fr_block(
                "Vous êtes Camille Roux. Dans votre boîte de réception, un seul message vous a"
                " été envoyé en copie (Cc) sans que vous soyez destinataire principal."
                " Sélectionnez-le."
            ),
            en_block(
                "You are Camille Roux. In your inbox, only one message was sent to you as a copy"
                " (Cc) without you being a main recipient. Select it."
            ),
            {"material": "box", "accepted": ["{{target}}"]},
            metadata=meta(120),
            mats=[
                material(
                    "box",
                    "boite-cc",
                    "html",
                    "text/html",
                    "Boîte de réception de cinq messages ; pour chacun l'expéditeur, les"
                    " destinataires « À », les destinataires en copie et l'objet.",
                    "An inbox of five messages; for each the sender, "
                    "the To recipients, the Cc recipients and the subject.",
                )
            ],
            variants=variants,
        )
    )


def agenda_table(
    lang: str, names: list[str], busy: list[set[int]], hours: list[int], pick: bool
) -> str:
    head = (
        "<tr><th>"
        + ("Heure" if lang == "fr" else "Time")
        + "</th>"
        + "".join(f"<th>{esc(n)}</th>" for n in names)
        + (("<th>" + ("Choisir" if lang == "fr" else "Choose") + "</th>") if pick else "")
        + "</tr>"
    )
    rows = []
    for h in hours:
        cells = "".join(
            (
                f"<td>{'Occupé' if lang == 'fr' else 'Busy'}</td>"
                if h in b
                else f"<td>{'Libre' if lang == 'fr' else 'Free'}</td>"
            )
            for b in busy
        )
        pick_cell = (
            f'<td data-pick="h{h}">{h} h</td>'
            if pick and lang == "fr"
            else (f'<td data-pick="h{h}">{h}:00</td>' if pick else "")
        )
        label = f"{h} h – {h + 1} h" if lang == "fr" else f"{h}:00–{h + 1}:00"
        rows.append(f'<tr><th scope="row">{label}</th>{cells}{pick_cell}</tr>')
    return f"<table>{head}{''.join(rows)}</table>"


def f_common_slot() -> None:
    hours = list(range(9, 18))
    cases = {
        "a": ({9, 10, 13, 14, 16}, {11, 17}),
        "b": ({9, 11, 15}, {10, 13, 16, 17}),
        "c": ({10, 14, 15, 16, 17}, {11, 12, 13}),
        "d": ({9, 10, 11, 16, 17}, {12, 13, 15}),
    }
    variants = []
    for k, (a, b) in cases.items():
        free = [h for h in hours if h not in a and h not in b and h != 12]
        assert len(free) == 1, (k, free)
        day_fr, day_en = "jeudi", "Thursday"
        for lang in ("fr", "en"):
            names = ["Vous", "Léa"] if lang == "fr" else ["You", "Léa"]
            page(
                "agendas",
                k,
                lang,
                f"Agendas de {day_fr}" if lang == "fr" else f"{day_en} calendars",
                agenda_table(lang, names, [a | {12}, b], hours, True)
                + (
                    '<p class="small">12 h – 13 h : pause déjeuner, occupé pour vous.</p>'
                    if lang == "fr"
                    else '<p class="small">12:00–13:00: lunch break, busy for you.</p>'
                ),
            )
        variants.append({"key": k, "v": k, "target": f"h{free[0]}"})
    add(
        family(
            "f-2.1-c9ad7eb3",
            "agenda-creneau-commun",
            3,
            "contacts-and-calendars",
            "pick",
            fr_block(
                "Vous devez fixer une réunion d'une heure avec Léa jeudi. D'après vos deux"
                " agendas, sélectionnez le seul créneau où vous êtes libres tous les deux."
            ),
            en_block(
                "You must set up a one-hour meeting with Léa on Thursday. According to your two"
                " calendars, select the only slot when you are both free."
            ),
            {"material": "cal", "accepted": ["{{target}}"]},
            metadata=meta(120, phone=False),
            mats=[
                material(
                    "cal",
                    "agendas",
                    "html",
                    "text/html",
                    "Tableau des créneaux d'une heure de 9 h à 18 h, avec pour vous et pour Léa «"
                    " Libre » ou « Occupé », et une colonne pour choisir le créneau.",
                    "A table of one-hour slots from 9:00 to 18:00 with, for you and for Léa,"
                    ' "Free" or "Busy", and a column to choose the slot.',
                )
            ],
            variants=variants,
        )
    )


def f_meeting_ids() -> None:
    cases = [
        ("a", "845 2210 9376", "Ti7k2Q"),
        ("b", "312 908 4471", "48wLpe"),
        ("c", "967 0345 1182", "Rz3m9A"),
        ("d", "508 7713 2260", "kP5x8T"),
        ("e", "271 4486 0953", "Hq2v7N"),
    ]
    variants = []
    for k, mid, code in cases:
        for lang in ("fr", "en"):
            if lang == "fr":
                body = (
                    "Bonjour,\n\nLa réunion des délégués aura lieu en visioconférence mardi à 18"
                    " h.\n\nRejoindre :"
                    f" https://visio.exemple.fr/j/{mid.replace(' ', '')}?pwd=a8Fq0LzXc2\nID de"
                    f" réunion : {mid}\nCode secret : {code}\n\nÀ la question « Numéro de"
                    " participant », appuyez simplement sur #.\n\nLe secrétariat"
                )
            else:
                body = (
                    f"Hello,\n\nThe delegates' meeting will be held by video call on Tuesday at 6"
                    f" pm.\n\n"
                    f"Join: https://visio.exemple.fr/j/{mid.replace(' ', '')}?pwd=a8Fq0LzXc2\n"
                    f'Meeting ID: {mid}\nPasscode: {code}\n\nWhen asked for a "Participant'
                    ' number",'
                    " just "
                    "press #.\n\nThe office"
                )
            eml(
                "invitation-visio",
                k,
                lang,
                {
                    "From": "secretariat@college-vauban.example",
                    "To": "delegues@college-vauban.example",
                    "Date": "Fri, 2 Oct 2026 11:00:00 +0200",
                    "Subject": "Réunion des délégués" if lang == "fr" else "Delegates' meeting",
                },
                body,
            )
        variants.append({"key": k, "v": k, "mid": mid, "code": code})
    add(
        family(
            "f-2.1-96b49c49",
            "visio-rejoindre-identifiant",
            3,
            "video-calls",
            "fields",
            fr_block(
                "Le lien de cette invitation ne s'ouvre pas : vous lancez l'application de"
                " visioconférence et choisissez « Rejoindre une réunion ». Recopiez ce qu'elle va"
                " vous demander :",
                fields={"id": "l'identifiant de la réunion", "code": "le code secret"},
            ),
            en_block(
                "The link in this invitation does not open: you start the video call app and"
                ' choose "Join a meeting". Copy what it will ask you for:',
                fields={"id": "the meeting ID", "code": "the passcode"},
            ),
            {
                "id": {"accepted": ["{{mid}}"], "spaces": "ignored"},
                "code": {"accepted": ["{{code}}"], "case_sensitive": True},
            },
            metadata=meta(120),
            mats=[
                material(
                    "mail",
                    "invitation-visio",
                    "eml",
                    "message/rfc822",
                    "Courriel d'invitation à une visioconférence : lien, identifiant de réunion"
                    " et code secret.",
                    "An email inviting to a video call: link, meeting ID and passcode.",
                )
            ],
            variants=variants,
        )
    )


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


def f_sponsored() -> None:
    posts = {
        "fr": [
            ("Club photo de Dinan", "Expo de nos membres ce week-end à la salle des fêtes !", ""),
            (
                "Léa Caron",
                "Trop contente de ma nouvelle gourde !",
                "Sponsorisé · Partenariat rémunéré avec Gourdes Azur",
            ),
            ("Mairie de Dinan", "Travaux rue de la Gare du 3 au 7 novembre.", ""),
            ("Hugo Faure", "Photos de la randonnée de dimanche.", "Suggéré pour vous"),
            ("Librairie Le Marque-Page", "Rencontre avec une autrice jeudi à 18 h.", ""),
        ],
        "en": [
            ("Dinan photo club", "Our members' exhibition this weekend at the village hall!", ""),
            (
                "Léa Caron",
                "So happy with my new water bottle!",
                "Sponsored · Paid partnership with Gourdes Azur",
            ),
            ("Dinan town hall", "Roadworks on rue de la Gare from 3 to 7 November.", ""),
            ("Hugo Faure", "Photos of Sunday's hike.", "Suggested for you"),
            ("Le Marque-Page bookshop", "Meet an author on Thursday at 6 pm.", ""),
        ],
    }
    orders = {
        "a": [0, 1, 2, 3, 4],
        "b": [3, 0, 4, 1, 2],
        "c": [2, 3, 1, 4, 0],
        "d": [4, 2, 0, 3, 1],
    }
    variants = []
    for k, order in orders.items():
        for lang in ("fr", "en"):
            out = []
            for pos, j in enumerate(order):
                who, text, tag = posts[lang][j]
                out.append(
                    f'<div class="msg" data-pick="p{pos + 1}"><div class="from">{esc(who)}</div>'
                    + (f'<div class="small">{esc(tag)}</div>' if tag else "")
                    + f"<p>{esc(text)}</p></div>"
                )
            page("fil", k, lang, "Fil d'actualité" if lang == "fr" else "News feed", "\n".join(out))
        variants.append({"key": k, "v": k, "target": f"p{order.index(1) + 1}"})
    add(
        family(
            "f-2.1-a9d05125",
            "reseau-publication-payee",
            3,
            "social-networks",
            "pick",
            fr_block(
                "Dans ce fil d'actualité, sélectionnez la publication pour laquelle son auteur a"
                " été payé par une marque."
            ),
            en_block("In this news feed, select the post whose author was paid by a brand for it."),
            {"material": "feed", "accepted": ["{{target}}"]},
            metadata=meta(90),
            mats=[
                material(
                    "feed",
                    "fil",
                    "html",
                    "text/html",
                    "Fil d'actualité d'un réseau social : cinq publications avec auteur, mention"
                    " éventuelle et texte.",
                    "A social network news feed: five posts with author, any label, and text.",
                )
            ],
            variants=variants,
        )
    )


# ------------------------------------------------------------------ level 4
def f_timezone() -> None:
    cases = [
        ("a", "Montréal", "Montreal", -4, 10, "2026-09-16"),
        ("b", "Tokyo", "Tokyo", 9, 17, "2026-06-10"),
        ("c", "New York", "New York", -4, 9, "2026-10-07"),
        ("d", "Dubaï", "Dubai", 4, 15, "2026-07-01"),
    ]
    variants = []
    for k, city_fr, city_en, off, hour, day in cases:
        paris = hour - off + 2
        d = date.fromisoformat(day)
        if paris >= 24:
            raise ValueError("keep the meeting on the same day in Paris")
        sign = "+" if off >= 0 else "−"
        for lang in ("fr", "en"):
            city = city_fr if lang == "fr" else city_en
            body = (
                f"Invitation : point projet\nQuand : {DAYS_FR[d.weekday()]}"
                f" {d.day:02d}/{d.month:02d}/2026, {hour} h 00 – {hour + 1} h 00 (heure de"
                f" {city}, UTC{sign}{abs(off)})\nOù : visioconférence\nOrganisateur : Lin Moreau"
                if lang == "fr"
                else (
                    f"Invitation: project update\nWhen: {DAYS_EN[d.weekday()]}"
                    f" {d.day:02d}/{d.month:02d}/2026, {hour}:00–{hour + 1}:00 ({city} time,"
                    f" UTC{sign}{abs(off)})\nWhere: video call\nOrganiser: Lin Moreau"
                )
            )
            eml(
                "fuseau",
                k,
                lang,
                {
                    "From": "lin.moreau@partenaire.example",
                    "To": "camille.roux@exemple.fr",
                    "Date": "Mon, 7 Sep 2026 08:00:00 +0200",
                    "Subject": (
                        "Invitation : point projet"
                        if lang == "fr"
                        else "Invitation: project update"
                    ),
                },
                body,
            )
        variants.append({"key": k, "v": k, "paris": paris})
    add(
        family(
            "f-2.1-396917f2",
            "agenda-fuseau-horaire",
            4,
            "contacts-and-calendars",
            "number",
            fr_block(
                "Vous êtes à Paris, à l'heure d'été (UTC+2), et votre agenda ne convertit pas les"
                " fuseaux horaires. D'après cette invitation, à quelle heure de Paris commence la"
                " réunion ? (sur 24 heures, par exemple 09:00)"
            ),
            en_block(
                "You are in Paris, on summer time (UTC+2), and your calendar does not convert"
                " time zones. According to this invitation, at what time, Paris time, does the"
                " meeting start? (24-hour clock, e.g. 09:00)"
            ),
            {"value": "{{paris}}", "unit": "h", "tolerance": 0},
            metadata=meta(150),
            mats=[
                material(
                    "mail",
                    "fuseau",
                    "eml",
                    "message/rfc822",
                    "Courriel d'invitation : date, heure et fuseau horaire de l'organisateur.",
                    "An invitation email: date, time and the organiser's time zone.",
                )
            ],
            variants=variants,
        )
    )


def settings_list(lang: str, rows: list[tuple[str, str, str]]) -> str:
    """rows: (pick id, label, current value)."""
    return (
        '<ul style="list-style:none;padding:0">'
        + "".join(
            f'<li class="msg" data-pick="{pid}"><strong>{esc(label)}</strong><br><span'
            f' class="small">{esc(value)}</span></li>'
            for pid, label, value in rows
        )
        + "</ul>"
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


def f_draft_review() -> None:
    props_fr = [
        "Mettre les clients en copie cachée",
        "Adoucir le ton du message",
        "Retirer la pièce jointe personnelle",
        "Retirer le paragraphe sur un autre client",
    ]
    props_en = [
        "Put the customers in Bcc",
        "Soften the tone of the message",
        "Remove the personal attachment",
        "Remove the paragraph about another customer",
    ]
    variants = []
    for i, k in enumerate("abcd"):
        for lang in ("fr", "en"):
            fr = lang == "fr"
            to = (
                "a.martin@exemple.fr, j.dubreuil@exemple.fr, s.koenig@exemple.fr,"
                " m.rossi@exemple.fr, l.nguyen@exemple.fr"
                if i == 0
                else "a.martin@exemple.fr"
            )
            hello = "Bonjour," if fr else "Hello,"
            core = (
                "Votre commande est prête : vous pouvez la retirer au magasin à partir de jeudi."
                if fr
                else "Your order is ready: you can collect it at the shop from Thursday."
            )
            if i == 1:
                core = (
                    "Je vous l'ai déjà dit trois fois : votre commande est prête. LISEZ vos"
                    " messages et venez la chercher jeudi."
                    if fr
                    else (
                        "I've told you three times already: your order is ready. "
                        "READ your messages and come and get it on Thursday."
                    )
                )
            extra = ""
            if i == 3:
                extra = (
                    "\n\nPS : M. Rossi, qui a commandé le même modèle, n'a toujours pas payé sa"
                    " facture de 1 240 €, donc il faudra attendre pour le sien."
                    if fr
                    else (
                        "\n\nPS: Mr Rossi, who ordered the same model, still hasn't paid his"
                        " €1,240 invoice, so his will have to wait."
                    )
                )
            head = {
                "From": "atelier@cycles-rennes.example",
                "To": to,
                "Date": "Tue, 20 Oct 2026 17:05:00 +0200",
                "Subject": "Votre commande" if fr else "Your order",
            }
            head["X-Attachment"] = (
                ("bulletin-salaire-octobre.pdf" if fr else "payslip-october.pdf")
                if i == 2
                else ("bon-de-retrait.pdf" if fr else "collection-slip.pdf")
            )
            sig = (
                "\n\nCordialement,\nL'atelier Cycles Rennes"
                if fr
                else "\n\nKind regards,\nCycles Rennes workshop"
            )
            eml("relecture", k, lang, head, f"{hello}\n\n{core}{extra}{sig}")
        v = {"key": k, "v": k}
        if i:
            v["solution"] = i
        variants.append(v)
    add(
        family(
            "f-2.1-3d676401",
            "courriel-relecture-envoi",
            4,
            "netiquette",
            "single_choice",
            fr_block(
                "Vous relisez ce courriel préparé par un collègue avant son envoi. Quelle"
                " correction est indispensable ?",
                props_fr,
            ),
            en_block(
                "You proofread this email prepared by a colleague before it is sent. Which"
                " correction is essential?",
                props_en,
            ),
            0,
            metadata=meta(150),
            mats=[
                material(
                    "mail",
                    "relecture",
                    "eml",
                    "message/rfc822",
                    "Le courriel prêt à partir : en-têtes (destinataires, pièce jointe dans"
                    " l'en-tête X-Attachment) et texte.",
                    "The email ready to go: headers (recipients, attachment in the "
                    "X-Attachment header) and text.",
                )
            ],
            variants=variants,
        )
    )


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


# ------------------------------------------------------------------ level 5
def f_reply_to() -> None:
    cases = [
        (
            "a",
            "Newsletter Ville de Vannes <info@vannes-ville.example>",
            "inscriptions@vannes-ville.example",
        ),
        ("b", "Lucas Faure <lucas.faure@exemple.fr>", "asso.theatre.bleu@exemple.org"),
        (
            "c",
            "Plateforme des stages <no-reply@stages.example>",
            "tuteur.stages@lycee-monge.example",
        ),
        ("d", "Ana Morvan <ana.morvan@exemple.fr>", "ana.m.travail@entreprise-arc.example"),
        (
            "e",
            "Club de lecture <club.lecture@mediatheque-lorient.example>",
            "benevoles.lecture@exemple.org",
        ),
    ]
    variants = []
    for k, frm, reply in cases:
        for lang in ("fr", "en"):
            eml(
                "repondre-a",
                k,
                lang,
                {
                    "From": frm,
                    "Reply-To": reply,
                    "To": "camille.roux@exemple.fr",
                    "Cc": "equipe@exemple.fr",
                    "Date": "Wed, 4 Nov 2026 14:30:00 +0100",
                    "Subject": "Inscriptions ouvertes" if lang == "fr" else "Registration open",
                },
                (
                    "Bonjour,\n\nLes inscriptions sont ouvertes jusqu'au 20 novembre.\nRépondez à"
                    " ce message pour vous inscrire.\n\nÀ bientôt"
                    if lang == "fr"
                    else (
                        "Hello,\n\nRegistration is open until 20 "
                        "November.\nReply to this message to sign up.\n\nSee you soon"
                    )
                ),
            )
        variants.append({"key": k, "v": k, "reply": reply})
    add(
        family(
            "f-2.1-84b8ed35",
            "courriel-adresse-reponse",
            5,
            "email",
            "free_answer",
            fr_block(
                "Ouvrez ce courriel et regardez ses en-têtes. Si vous cliquez sur « Répondre »"
                " (et non « Répondre à tous »), à quelle adresse votre réponse partira-t-elle ?"
            ),
            en_block(
                'Open this email and look at its headers. If you click "Reply" (not "Reply all"),'
                " to which address will your reply go?"
            ),
            {"accepted": ["{{reply}}"], "spaces": "ignored"},
            metadata=meta(150),
            mats=[
                material(
                    "mail",
                    "repondre-a",
                    "eml",
                    "message/rfc822",
                    "Un courriel avec ses en-têtes complets (From, Reply-To, To, Cc).",
                    "An email with its full headers (From, Reply-To, To, Cc).",
                )
            ],
            variants=variants,
        )
    )


def f_visio_settings() -> None:
    fr = [
        ("Salle d'attente", "Activée : l'organisateur admet chaque participant"),
        ("Qui peut rejoindre", "Uniquement les comptes de l'établissement"),
        ("Partage d'écran", "Organisateur uniquement"),
        ("Micro des participants à l'arrivée", "Coupé"),
        ("Enregistrement automatique", "Désactivé"),
        ("Discussion", "Tout le monde"),
    ]
    en = [
        ("Waiting room", "On: the host admits each participant"),
        ("Who can join", "Only accounts of the organisation"),
        ("Screen sharing", "Host only"),
        ("Participants' mic on entry", "Muted"),
        ("Automatic recording", "Off"),
        ("Chat", "Everyone"),
    ]
    tasks = [
        (
            "a",
            1,
            (
                "Une intervenante extérieure, sans compte de l'établissement, reçoit le message «"
                " Cette réunion est réservée aux membres de l'organisation »."
            ),
            (
                "An outside speaker, without an account of the organisation, gets the message"
                ' "This meeting is for members of the organisation only".'
            ),
        ),
        (
            "b",
            2,
            (
                "Les élèves doivent présenter leur diaporama pendant la réunion, mais le bouton"
                " de partage est grisé chez eux."
            ),
            (
                "The pupils must present their slides during the meeting, but the share "
                "button is greyed out for them."
            ),
        ),
        (
            "c",
            0,
            (
                "Pour une réunion de 80 personnes, vous ne voulez plus cliquer sur « Admettre »"
                " pour chacune, tout en gardant l'accès réservé à l'établissement."
            ),
            (
                "For an 80-person meeting, you no longer want "
                'to click "Admit" for each one, while keeping access for the organisation only.'
            ),
        ),
        (
            "d",
            4,
            (
                "Un participant demande qu'aucune trace vidéo de la réunion ne soit gardée sans"
                " son accord, mais la réunion est déjà programmée pour être filmée."
            ),
            (
                "A participant asks that no video record of the meeting be kept without their"
                " consent, but the meeting is already set to be recorded."
            ),
        ),
    ]
    orders = {
        "a": [0, 1, 2, 3, 4, 5],
        "b": [3, 5, 0, 2, 1, 4],
        "c": [4, 2, 5, 1, 0, 3],
        "d": [2, 0, 3, 5, 1, 4],
    }
    variants = []
    for k, want, t_fr, t_en in tasks:
        order = orders[k]
        fr_rows, en_rows = list(fr), list(en)
        if k == "d":
            fr_rows[4] = ("Enregistrement automatique", "Activé")
            en_rows[4] = ("Automatic recording", "On")
        for lang, rows in (("fr", fr_rows), ("en", en_rows)):
            page(
                "reglages-visio",
                k,
                lang,
                "Options de la réunion" if lang == "fr" else "Meeting options",
                settings_list(lang, [(f"o{p + 1}", *rows[j]) for p, j in enumerate(order)]),
            )
        variants.append(
            {
                "key": k,
                "v": k,
                "case_fr": t_fr,
                "case_en": t_en,
                "target": f"o{order.index(want) + 1}",
            }
        )
    add(
        family(
            "f-2.1-4781bc5a",
            "visio-options-organisateur",
            5,
            "video-calls",
            "pick",
            fr_block(
                "Vous organisez cette visioconférence. {{case_fr}} Sélectionnez l'option à"
                " modifier."
            ),
            en_block("You are hosting this video call. {{case_en}} Select the option to change."),
            {"material": "panel", "accepted": ["{{target}}"]},
            metadata=meta(150),
            mats=[
                material(
                    "panel",
                    "reglages-visio",
                    "html",
                    "text/html",
                    "Options d'une visioconférence : six réglages avec leur valeur actuelle.",
                    "A video call's options: six settings with their current value.",
                )
            ],
            variants=variants,
        )
    )


def month_grid(lang: str, year: int, month: int, marks: dict[int, str]) -> str:
    first = date(year, month, 1)
    days = ((date(year + (month == 12), month % 12 + 1, 1)) - first).days
    names = (
        ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
        if lang == "fr"
        else ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    )
    cells = ["<td></td>"] * first.weekday()
    for d in range(1, days + 1):
        note = f'<br><span class="small">{esc(marks[d])}</span>' if d in marks else ""
        cells.append(f'<td data-pick="d{d}">{d}{note}</td>')
    while len(cells) % 7:
        cells.append("<td></td>")
    rows = "".join("<tr>" + "".join(cells[i : i + 7]) + "</tr>" for i in range(0, len(cells), 7))
    return "<table><tr>" + "".join(f"<th>{n}</th>" for n in names) + "</tr>" + rows + "</table>"


def f_recurring() -> None:
    month_names = {
        "fr": [
            "",
            "janvier",
            "février",
            "mars",
            "avril",
            "mai",
            "juin",
            "juillet",
            "août",
            "septembre",
            "octobre",
            "novembre",
            "décembre",
        ],
        "en": [
            "",
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
    }
    cases = [
        ("a", 11, 1, 1, "premier", "first"),
        ("b", 10, 3, 2, "troisième", "third"),
        ("c", 12, 2, 0, "deuxième", "second"),
        ("d", 9, 4, 3, "dernier", "last"),
    ]
    variants = []
    for k, month, nth, wd, nth_fr, nth_en in cases:
        days = [
            d
            for d in range(1, 32)
            if _valid(2026, month, d) and date(2026, month, d).weekday() == wd
        ]
        target = days[-1] if nth == 4 else days[nth - 1]
        marks = {}
        hol = {
            11: (11, "Férié", "Holiday"),
            10: (None, "", ""),
            12: (25, "Férié", "Holiday"),
            9: (None, "", ""),
        }
        for lang in ("fr", "en"):
            mk = dict(marks)
            h = hol[month]
            if h[0]:
                mk[h[0]] = h[1] if lang == "fr" else h[2]
            page(
                "calendrier",
                k,
                lang,
                f"{month_names[lang][month].capitalize()} 2026",
                month_grid(lang, 2026, month, mk),
            )
        variants.append(
            {
                "key": k,
                "v": k,
                "nth_fr": nth_fr,
                "nth_en": nth_en,
                "day_fr": DAYS_FR[wd],
                "day_en": DAYS_EN[wd],
                "m_fr": month_names["fr"][month],
                "m_en": month_names["en"][month],
                "target": f"d{target}",
            }
        )
    add(
        family(
            "f-2.1-d111ccf9",
            "agenda-evenement-recurrent",
            5,
            "contacts-and-calendars",
            "pick",
            fr_block(
                "Le conseil de quartier se réunit « chaque mois, le {{nth_fr}} {{day_fr}} du mois"
                " ». Dans ce calendrier de {{m_fr}} 2026, sélectionnez le jour de la réunion."
            ),
            en_block(
                'The neighbourhood council meets "every month, on the {{nth_en}} {{day_en}} of'
                ' the month". In this {{m_en}} 2026 calendar, select the day of the meeting.'
            ),
            {"material": "cal", "accepted": ["{{target}}"]},
            metadata=meta(120, phone=False),
            mats=[
                material(
                    "cal",
                    "calendrier",
                    "html",
                    "text/html",
                    "Calendrier mensuel de {{m_fr}} 2026, une semaine par ligne du lundi au"
                    " dimanche.",
                    "Monthly calendar of {{m_en}} 2026, one week per row from Monday to Sunday.",
                )
            ],
            variants=variants,
        )
    )


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def f_profile_privacy() -> None:
    fr = [
        ("Qui peut voir votre liste d'amis", "Public"),
        ("Qui peut vous envoyer une invitation", "Tout le monde"),
        ("Qui peut voir vos publications futures", "Amis"),
        ("Qui peut vous identifier sur une photo", "Tout le monde"),
        ("Moteurs de recherche externes", "Autorisés à afficher votre profil"),
        ("Qui peut voir votre adresse de courriel", "Moi uniquement"),
    ]
    en = [
        ("Who can see your friends list", "Public"),
        ("Who can send you a friend request", "Everyone"),
        ("Who can see your future posts", "Friends"),
        ("Who can tag you in a photo", "Everyone"),
        ("External search engines", "Allowed to show your profile"),
        ("Who can see your email address", "Only me"),
    ]
    tasks = [
        (
            "a",
            0,
            (
                "Des inconnus écrivent à vos amis en disant qu'ils vous connaissent : ils ont"
                " trouvé leurs noms sur votre profil."
            ),
            (
                "Strangers write to your friends saying they know you: they found their "
                "names on your profile."
            ),
        ),
        (
            "b",
            4,
            (
                "En tapant votre nom dans un moteur de recherche, un recruteur tombe directement"
                " sur votre profil."
            ),
            (
                "By typing your name into a search engine, a recruiter lands straight on your"
                " profile."
            ),
        ),
        (
            "c",
            3,
            (
                "Une photo de soirée où votre nom apparaît a été publiée par quelqu'un que vous"
                " ne connaissez pas."
            ),
            "A party photo showing your name was posted by someone you don't know.",
        ),
        (
            "d",
            1,
            "Vous recevez chaque jour des demandes d'ajout de comptes inconnus.",
            "Every day you get friend requests from unknown accounts.",
        ),
    ]
    orders = {
        "a": [0, 1, 2, 3, 4, 5],
        "b": [5, 2, 4, 0, 3, 1],
        "c": [1, 3, 0, 5, 2, 4],
        "d": [2, 5, 3, 1, 4, 0],
    }
    variants = []
    for k, want, t_fr, t_en in tasks:
        order = orders[k]
        for lang, rows in (("fr", fr), ("en", en)):
            page(
                "confidentialite",
                k,
                lang,
                "Confidentialité du profil" if lang == "fr" else "Profile privacy",
                settings_list(lang, [(f"c{p + 1}", *rows[j]) for p, j in enumerate(order)]),
            )
        variants.append(
            {
                "key": k,
                "v": k,
                "case_fr": t_fr,
                "case_en": t_en,
                "target": f"c{order.index(want) + 1}",
            }
        )
    add(
        family(
            "f-2.1-8e825597",
            "reseau-reglage-confidentialite",
            5,
            "social-networks",
            "pick",
            fr_block(
                "{{case_fr}} Dans ces réglages de votre compte, sélectionnez celui qui est en"
                " cause."
            ),
            en_block("{{case_en}} In these account settings, select the one responsible."),
            {"material": "panel", "accepted": ["{{target}}"]},
            metadata=meta(150),
            mats=[
                material(
                    "panel",
                    "confidentialite",
                    "html",
                    "text/html",
                    "Réglages de confidentialité d'un réseau social : six réglages avec leur"
                    " valeur.",
                    "A social network's privacy settings: six settings with their value.",
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


# ------------------------------------------------------------------ level 6
def f_rules() -> None:
    rules_fr = [
        (
            "Si l'expéditeur contient « @ecole-musique.example » : déplacer vers « Musique »,"
            " puis arrêter"
        ),
        "Si l'objet contient « facture » : déplacer vers « Factures », puis continuer",
        "Si l'objet contient « urgent » : marquer comme important, puis continuer",
        "Si je suis en copie (Cc) : déplacer vers « À lire plus tard », puis arrêter",
        (
            "Si l'expéditeur contient « @banque-horizon.example » : déplacer vers « Banque »,"
            " puis arrêter"
        ),
    ]
    rules_en = [
        'If the sender contains "@ecole-musique.example": move to "Music", then stop',
        'If the subject contains "invoice": move to "Invoices", then continue',
        'If the subject contains "urgent": mark as important, then continue',
        'If I am in copy (Cc): move to "Read later", then stop',
        'If the sender contains "@banque-horizon.example": move to "Bank", then stop',
    ]
    folders_fr = ["Boîte de réception", "Musique", "Factures", "À lire plus tard", "Banque"]
    folders_en = ["Inbox", "Music", "Invoices", "Read later", "Bank"]
    # message, then the folder it ends in (rules applied in order; a later "move" wins)
    cases = [
        (
            "a",
            "compta@ecole-musique.example",
            "Facture du 2e trimestre",
            "Invoice for term 2",
            "À",
            1,
        ),
        (
            "b",
            "service@banque-horizon.example",
            "Votre facture urgente",
            "Your urgent invoice",
            "Cc",
            3,
        ),
        ("c", "mairie@ville.example", "Facture cantine", "School meals invoice", "Cc", 3),
        ("d", "client@banque-horizon.example", "Facture de carte", "Card invoice", "À", 4),
        ("e", "voisin@exemple.fr", "Urgent : fuite d'eau", "Urgent: water leak", "À", 0),
    ]
    variants = []
    for k, sender, s_fr, s_en, field, dest in cases:
        for lang in ("fr", "en"):
            rules = rules_fr if lang == "fr" else rules_en
            folders = folders_fr if lang == "fr" else folders_en
            body = (
                "<h2>"
                + ("Règles, appliquées dans l'ordre" if lang == "fr" else "Rules, applied in order")
                + "</h2><ol>"
                + "".join(f"<li>{esc(r)}</li>" for r in rules)
                + "</ol><h2>"
                + ("Dossiers" if lang == "fr" else "Folders")
                + '</h2><ul style="list-style:none;padding:0">'
                + "".join(
                    f'<li class="msg" data-pick="f{j + 1}">{esc(f)}</li>'
                    for j, f in enumerate(folders)
                )
                + "</ul>"
            )
            page(
                "regles",
                k,
                lang,
                "Règles de tri du courrier" if lang == "fr" else "Mail sorting rules",
                body,
            )
        to_fr = (
            "vous êtes destinataire principal (À)" if field == "À" else "vous êtes en copie (Cc)"
        )
        to_en = "you are a main recipient (To)" if field == "À" else "you are in copy (Cc)"
        variants.append(
            {
                "key": k,
                "v": k,
                "sender": sender,
                "s_fr": s_fr,
                "s_en": s_en,
                "to_fr": to_fr,
                "to_en": to_en,
                "target": f"f{dest + 1}",
            }
        )
    add(
        family(
            "f-2.1-1a305196",
            "courriel-regles-ordre",
            6,
            "email",
            "pick",
            fr_block(
                "Vous recevez un message de `{{sender}}`, objet « {{s_fr}} », et {{to_fr}}."
                " D'après ces règles, dans quel dossier se trouvera-t-il ? Sélectionnez le"
                " dossier."
            ),
            en_block(
                'You receive a message from `{{sender}}`, subject "{{s_en}}", and {{to_en}}.'
                " According to these rules, in which folder will it end up? Select the folder."
            ),
            {"material": "rules", "accepted": ["{{target}}"]},
            metadata=meta(240),
            mats=[
                material(
                    "rules",
                    "regles",
                    "html",
                    "text/html",
                    "Liste numérotée de cinq règles de tri du courrier, puis la liste des"
                    " dossiers.",
                    "A numbered list of five mail sorting rules, then the list of folders.",
                )
            ],
            variants=variants,
        )
    )


def f_four_agendas() -> None:
    hours = list(range(8, 18))
    plan = {
        "a": (16, 11),
        "b": (15, 9),
        "c": (17, 13),
        "d": (16, 10),
    }  # (answer, decoy free before 15:00)
    variants = []
    for n, (k, (answer, decoy)) in enumerate(plan.items()):
        busy: list[set[int]] = [set(), set(), set(), set()]
        for m, h in enumerate(x for x in hours if x not in (answer, decoy)):
            busy[(m + n) % (3 if h < 15 else 4)].add(h)
        # Maya works in Montreal (6 h behind Paris), 9:00-17:00 her time: 15:00-23:00 in Paris
        maya_ok = {h for h in hours if h >= 15}
        free = [h for h in hours if all(h not in b for b in busy) and h in maya_ok]
        assert free == [answer], (k, free)
        busy_paris = busy
        for lang in ("fr", "en"):
            names = (
                ["Vous", "Jules", "Aya", "Maya"]
                if lang == "fr"
                else ["You", "Jules", "Aya", "Maya"]
            )
            note = (
                "Heures de Paris. Maya travaille à Montréal (6 heures de moins qu'à Paris) et"
                " n'est disponible que de 9 h à 17 h, heure de Montréal ; son agenda ci-dessus ne"
                " montre que ses rendez-vous."
                if lang == "fr"
                else (
                    "Paris times. Maya works in Montreal (6 hours behind Paris) and is only"
                    " available from 9:00 to 17:00 Montreal time; her calendar above only shows"
                    " her appointments."
                )
            )
            page(
                "quatre-agendas",
                k,
                lang,
                "Agendas du mardi" if lang == "fr" else "Tuesday calendars",
                agenda_table(lang, names, busy_paris, hours, True)
                + f'<p class="small">{esc(note)}</p>',
            )
        variants.append({"key": k, "v": k, "target": f"h{free[0]}"})
    add(
        family(
            "f-2.1-fb8ed5f3",
            "agenda-creneau-fuseaux",
            6,
            "contacts-and-calendars",
            "pick",
            fr_block(
                "Vous organisez une réunion d'une heure mardi avec Jules, Aya et Maya."
                " Sélectionnez le seul créneau qui convient à tout le monde, en tenant compte de"
                " la note sous le tableau."
            ),
            en_block(
                "You are organising a one-hour meeting on Tuesday with Jules, Aya and Maya."
                " Select the only slot that suits everyone, taking the note under the table into"
                " account."
            ),
            {"material": "cal", "accepted": ["{{target}}"]},
            metadata=meta(240, phone=False),
            mats=[
                material(
                    "cal",
                    "quatre-agendas",
                    "html",
                    "text/html",
                    "Tableau des créneaux de 8 h à 18 h (heure de Paris) pour quatre personnes, «"
                    " Libre » ou « Occupé », et une note sur le fuseau horaire de Maya.",
                    'A table of slots from 8:00 to 18:00 (Paris time) for four people, "Free" or'
                    ' "Busy", and a note on Maya\'s time zone.',
                )
            ],
            variants=variants,
        )
    )


def f_charter() -> None:
    charter_fr = (
        "Charte du groupe : 1. Pas de publicité ni de vente. 2. Pas d'informations personnelles"
        " sur d'autres personnes (adresse, téléphone…). 3. Critiquer les idées, pas les"
        " personnes. 4. Les débats vifs sont permis."
    )
    charter_en = (
        "Group charter: 1. No advertising or selling. 2. No personal information about other"
        " people (address, phone…). 3. Criticise ideas, not people. 4. Lively debates are"
        " allowed."
    )
    comments = {
        "a": (
            [
                (
                    (
                        "Je ne suis pas du tout d'accord avec ce projet de parking, il va"
                        " détruire le parc."
                    ),
                    "I totally disagree with this car park project, it will destroy the park.",
                ),
                (
                    "Le parc est déjà mal entretenu, un parking serait plus utile.",
                    "The park is already poorly kept, a car park would be more useful.",
                ),
                (
                    (
                        "Celui qui a proposé ça habite au 12 rue des Ormes, allez lui dire ce que"
                        " vous en pensez."
                    ),
                    (
                        "The guy who suggested this lives at 12 rue des Ormes, go and tell him"
                        " what you think."
                    ),
                ),
                (
                    "Une réunion publique est prévue le 15, venez nombreux.",
                    "A public meeting is planned on the 15th, come along.",
                ),
            ],
            2,
        ),
        "b": (
            [
                (
                    "Ces horaires de bus sont absurdes, la ligne 4 ne sert à rien le soir.",
                    "These bus times are absurd, line 4 is useless in the evening.",
                ),
                (
                    "Je vends mon abonnement annuel à moitié prix, écrivez-moi en privé.",
                    "I'm selling my annual pass at half price, message me privately.",
                ),
                (
                    "D'accord, il faudrait un bus toutes les 20 minutes.",
                    "Agreed, we need a bus every 20 minutes.",
                ),
                (
                    "Le réseau a publié une enquête en ligne, répondez-y !",
                    "The network has put a survey online, answer it!",
                ),
            ],
            1,
        ),
        "c": (
            [
                (
                    "Ton argument ne tient pas : la piscine coûte moins cher que prévu.",
                    "Your argument doesn't hold: the pool costs less than planned.",
                ),
                (
                    (
                        "Voilà le numéro perso de la directrice de la piscine : 06 45 78 12 90,"
                        " harcelez-la !"
                    ),
                    "Here's the pool manager's personal number: 06 45 78 12 90, pester her!",
                ),
                (
                    "Les horaires d'ouverture du dimanche sont trop courts.",
                    "The Sunday opening hours are too short.",
                ),
                (
                    "Je trouve ce débat très animé mais utile.",
                    "I find this debate very heated but useful.",
                ),
            ],
            1,
        ),
        "d": (
            [
                (
                    "Ce marché de Noël est trop cher, je n'y vais plus.",
                    "This Christmas market is too expensive, I don't go any more.",
                ),
                (
                    "Les prix ont augmenté partout, ce n'est pas propre au marché.",
                    "Prices have gone up everywhere, it's not just the market.",
                ),
                (
                    "Franchement, vous êtes d'un ridicule, Monsieur Caron, comme d'habitude.",
                    "Honestly, you're being ridiculous, Mr Caron, as usual.",
                ),
                (
                    "Le marché pourrait ouvrir plus tard le soir.",
                    "The market could open later in the evening.",
                ),
            ],
            2,
        ),
    }
    variants = []
    for k, (items, want) in comments.items():
        for lang in ("fr", "en"):
            body = (
                f'<div class="msg">{esc(charter_fr if lang == "fr" else charter_en)}</div>'
                + "".join(
                    f'<div class="bubble them" data-pick="c{j + 1}"><span class="from">'
                    f"{'Membre' if lang == 'fr' else 'Member'}"
                    f" {j + 1}</span><br>{esc(t[0] if lang == 'fr' else t[1])}"
                    "</div>"
                    for j, t in enumerate(items)
                )
            )
            page(
                "moderation",
                k,
                lang,
                "Groupe « Vivre à Quimperlé »" if lang == "fr" else 'Group "Living in Quimperlé"',
                body,
            )
        variants.append({"key": k, "v": k, "target": f"c{want + 1}"})
    add(
        family(
            "f-2.1-962a3d81",
            "groupe-moderation-charte",
            6,
            "social-networks",
            "pick",
            fr_block(
                "Vous modérez ce groupe d'habitants sur un réseau social. D'après sa charte, un"
                " seul commentaire doit être retiré. Sélectionnez-le."
            ),
            en_block(
                "You moderate this residents' group on a social network. According to its"
                " charter, only one comment must be removed. Select it."
            ),
            {"material": "thread", "accepted": ["{{target}}"]},
            metadata=meta(180),
            mats=[
                material(
                    "thread",
                    "moderation",
                    "html",
                    "text/html",
                    "La charte d'un groupe d'habitants puis quatre commentaires de membres.",
                    "A residents' group charter then four members' comments.",
                )
            ],
            variants=variants,
        )
    )


def f_wrong_recipient() -> None:
    variants = [
        {
            "key": "a",
            "doc_fr": (
                "le compte rendu d'examen d'un patient, envoyé par un cabinet de radiologie"
            ),
            "doc_en": "a patient's scan report, sent by a radiology practice",
        },
        {
            "key": "b",
            "doc_fr": (
                "les bulletins de salaire de trois salariés, envoyés par un cabinet comptable"
            ),
            "doc_en": "three employees' payslips, sent by an accounting firm",
        },
        {
            "key": "c",
            "doc_fr": (
                "le dossier de candidature d'une étudiante, envoyé par le service des admissions "
                "d'une université"
            ),
            "doc_en": "a student's application file, sent by a university's admissions office",
        },
        {
            "key": "d",
            "doc_fr": "l'avis d'imposition d'un couple, envoyé par leur conseiller bancaire",
            "doc_en": "a couple's tax notice, sent by their bank adviser",
        },
    ]
    add(
        family(
            "f-2.1-b9d273fe",
            "courriel-recu-par-erreur",
            6,
            "netiquette",
            "single_choice",
            fr_block(
                "Vous recevez par erreur un courriel destiné à quelqu'un qui porte le même nom"
                " que vous : {{doc_fr}}. Que faites-vous ?",
                [
                    "Je préviens l'expéditeur de l'erreur puis je supprime le message",
                    "Je le transfère à la personne qui porte le même nom que moi",
                    "Je réponds à tous pour que chacun sache qu'il y a eu une erreur",
                    "Je le garde au cas où, sans répondre, puisque ce n'est pas ma faute",
                ],
            ),
            en_block(
                "You receive by mistake an email meant for someone with the same name as you:"
                " {{doc_en}}. What do you do?",
                [
                    "I tell the sender about the mistake, then delete the message",
                    "I forward it to the person who has the same name as me",
                    "I reply to all so that everyone knows there was a mistake",
                    "I keep it just in case, without replying, since it is not my fault",
                ],
            ),
            0,
            metadata=meta(90),
            variants=variants,
        )
    )


# ------------------------------------------------------------------ level 7
def f_thread_missing() -> None:
    cases = {
        "a": (
            "Ana",
            [
                (
                    "Ana",
                    ["Lucas", "Inès", "Malik", "Jade"],
                    [],
                    "Voyage de fin d'année : départ le 12 juin.",
                    "End-of-year trip: leaving on 12 June.",
                ),
                (
                    "Lucas",
                    ["Ana", "Inès", "Malik", "Jade"],
                    [],
                    "Super, on part d'où ?",
                    "Great, where do we leave from?",
                ),
                (
                    "Ana",
                    ["Lucas", "Inès"],
                    ["Malik"],
                    "Changement : départ le 14 juin, même heure.",
                    "Change: leaving on 14 June, same time.",
                ),
                (
                    "Inès",
                    ["Ana", "Lucas", "Malik"],
                    [],
                    "Noté pour le 14 !",
                    "Noted for the 14th!",
                ),
            ],
            "Jade",
        ),
        "b": (
            "Hugo",
            [
                (
                    "Hugo",
                    ["Sara", "Théo", "Lina"],
                    ["Noé"],
                    "Réunion jeudi en salle 3.",
                    "Meeting on Thursday in room 3.",
                ),
                ("Sara", ["Hugo"], [], "Je serai là.", "I'll be there."),
                (
                    "Hugo",
                    ["Sara", "Lina"],
                    ["Théo"],
                    "Attention : la réunion passe en salle 7.",
                    "Note: the meeting moves to room 7.",
                ),
                ("Lina", ["Hugo", "Sara", "Théo"], [], "OK pour la salle 7.", "OK for room 7."),
            ],
            "Noé",
        ),
        "c": (
            "Elsa",
            [
                (
                    "Elsa",
                    ["Romy", "Oscar", "Lou", "Ilan"],
                    [],
                    "Répétition samedi 15 h.",
                    "Rehearsal on Saturday at 3 pm.",
                ),
                (
                    "Elsa",
                    ["Romy", "Oscar", "Ilan"],
                    [],
                    "Finalement, répétition annulée samedi.",
                    "After all, Saturday's rehearsal is cancelled.",
                ),
                ("Oscar", ["Elsa", "Romy", "Ilan"], [], "Dommage !", "Shame!"),
                (
                    "Ilan",
                    ["Elsa", "Oscar"],
                    ["Romy"],
                    "On la refait dimanche ?",
                    "Shall we do it on Sunday?",
                ),
            ],
            "Lou",
        ),
        "d": (
            "Mila",
            [
                (
                    "Mila",
                    ["Yanis", "Zoé"],
                    ["Aya", "Léon"],
                    "Le devis doit être rendu lundi.",
                    "The quote must be handed in on Monday.",
                ),
                (
                    "Zoé",
                    ["Mila", "Yanis", "Aya", "Léon"],
                    [],
                    "Je m'en occupe.",
                    "I'll take care of it.",
                ),
                (
                    "Mila",
                    ["Zoé"],
                    ["Yanis", "Léon"],
                    "Le client avance la date : devis à rendre vendredi.",
                    "The customer brought the date forward: quote due on Friday.",
                ),
                ("Zoé", ["Mila", "Yanis", "Léon"], [], "Bien reçu, vendredi.", "Got it, Friday."),
            ],
            "Aya",
        ),
    }
    variants = []
    for k, (_, msgs, missing) in cases.items():
        for lang in ("fr", "en"):
            rows = [
                (f"m{j + 1}", s, ", ".join(to), ", ".join(cc), (t_fr if lang == "fr" else t_en))
                for j, (s, to, cc, t_fr, t_en) in enumerate(msgs)
            ]
            page(
                "fil-courriels",
                k,
                lang,
                (
                    "Fil de discussion (du plus ancien au plus récent)"
                    if lang == "fr"
                    else "Thread (oldest first)"
                ),
                mailbox(rows, lang, text=True),
            )
        everyone = sorted({p for s, to, cc, _, _ in msgs for p in [s, *to, *cc]})
        changed = msgs[2]
        informed = {changed[0], *changed[1], *changed[2]}
        for s, to, cc, _, _ in msgs[3:]:
            informed |= {s, *to, *cc}
        assert [p for p in everyone if p not in informed] == [missing], (k, everyone, informed)
        variants.append({"key": k, "v": k, "missing": missing, "people": ", ".join(everyone)})
    add(
        family(
            "f-2.1-75faabe8",
            "fil-courriels-information",
            7,
            "email",
            "free_answer",
            fr_block(
                "Dans ce fil de courriels, le troisième message annonce un changement. Parmi les"
                " personnes du fil ({{people}}), laquelle n'a reçu aucun message l'informant de"
                " ce changement ? (tapez son prénom)"
            ),
            en_block(
                "In this email thread, the third message announces a change. Among the people in"
                " the thread ({{people}}), who"
                " received no message telling them about that change? (type their first name)"
            ),
            {"accepted": ["{{missing}}"]},
            metadata=meta(240),
            mats=[
                material(
                    "thread",
                    "fil-courriels",
                    "html",
                    "text/html",
                    "Quatre courriels d'un même fil, du plus ancien au plus récent : expéditeur,"
                    " destinataires À et Cc, texte.",
                    "Four emails of one thread, oldest first: sender, To and Cc recipients, text.",
                )
            ],
            variants=variants,
        )
    )


def f_engagement() -> None:
    from bankgen import csv_text

    variants = []
    data = {
        "a": [(1200, 84), (3400, 136), (950, 95), (5100, 153), (2200, 110)],
        "b": [(800, 40), (4100, 246), (2500, 175), (6000, 240), (1500, 60)],
        "c": [(3000, 90), (1100, 99), (7200, 288), (2600, 182), (900, 45)],
        "d": [(2000, 120), (1800, 54), (4500, 360), (3900, 195), (5200, 364)],
    }
    for k, rows in data.items():
        rates = [i / r for r, i in rows]
        best = rates.index(max(rates))
        most = max(range(5), key=lambda j: rows[j][1])
        assert best != most, k
        assert sorted(rates)[-1] - sorted(rates)[-2] > 0.004, k
        fr = [["Publication", "Personnes atteintes", "Interactions"]] + [
            [f"Publication {j + 1}", r, i] for j, (r, i) in enumerate(rows)
        ]
        en = [["Post", "Reach", "Interactions"]] + [
            [f"Post {j + 1}", r, i] for j, (r, i) in enumerate(rows)
        ]
        write_text(MAT / f"statistiques-{k}-fr.csv", csv_text(fr, ";"))
        write_text(MAT / f"statistiques-{k}-en.csv", csv_text(en, ","))
        variants.append({"key": k, "v": k, "target": f"A{best + 2}"})
    add(
        family(
            "f-2.1-53c1a313",
            "reseau-taux-engagement",
            7,
            "social-networks",
            "pick",
            fr_block(
                "Ces statistiques sont celles des cinq dernières publications de la page de votre"
                " association. Le taux d'engagement est le nombre d'interactions divisé par le"
                " nombre de personnes atteintes. Sélectionnez la cellule du nom de la publication"
                " qui a le meilleur taux d'engagement."
            ),
            en_block(
                "These are the statistics of the last five posts of your association's page. The"
                " engagement rate is the number of interactions divided by the number of people"
                " reached. Select the cell with the name of the post that has the best engagement"
                " rate."
            ),
            {"material": "stats", "accepted": ["{{target}}"]},
            metadata=meta(300),
            mats=[
                material(
                    "stats",
                    "statistiques",
                    "csv",
                    "text/csv",
                    "Tableau de cinq publications : personnes atteintes et interactions.",
                    "A table of five posts: reach and interactions.",
                )
            ],
            variants=variants,
        )
    )


def f_contact_merge() -> None:
    import random

    from bankgen import csv_text

    first = [
        "Sami",
        "Claire",
        "Yves",
        "Nadia",
        "Paul",
        "Lina",
        "Hugo",
        "Inès",
        "Marc",
        "Zoé",
        "Aya",
        "Léon",
    ]
    last = [
        "Benali",
        "Valin",
        "Le Goff",
        "Cherif",
        "Morel",
        "Caron",
        "Faure",
        "Diallo",
        "Rey",
        "Pham",
    ]
    variants = []
    for i, (k, n, dups) in enumerate((("a", 9, 4), ("b", 10, 3), ("c", 8, 5), ("d", 11, 4))):
        rng = random.Random(3000 + i)  # noqa: S311 (seeded material, not security)
        people = []
        for j, (fn, ln) in enumerate(
            zip(rng.sample(first, n), rng.sample(last * 2, n), strict=True)
        ):
            mail = f"{fn.lower()}.{ln.lower().replace(' ', '')}@exemple.fr"
            mail = mail.translate(str.maketrans("éèï", "eei"))
            phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {j + 10}"
            people.append((fn, ln, mail, phone))
        rows = [[f"{fn} {ln}", mail, phone] for fn, ln, mail, phone in people]
        for m, (fn, ln, mail, phone) in enumerate(rng.sample(people, dups)):
            kind = (m + i) % 4
            if kind == 0:  # name written the other way round, same email
                rows.append([f"{ln.upper()} {fn}", mail, ""])
            elif kind == 1:  # no email, same mobile in international form
                rows.append([f"{fn} {ln[0]}.", "", "+33 6" + phone[2:]])
            elif kind == 2:  # nickname, same mobile
                rows.append([fn[:3], "", phone])
            else:  # same email, other phone (office)
                rows.append([f"{fn} {ln} (travail)", mail, "01 44 00 00 " + phone[-2:]])
        # a namesake: same name as someone, but another email and another mobile
        fn, ln, _, _ = people[0]
        rows.append(
            [f"{fn} {ln}", f"{fn.lower()}.{ln.lower()[0]}@autre-exemple.fr", "07 11 22 33 44"]
        )
        rng.shuffle(rows)
        distinct = n + 1
        head_fr, head_en = ["Nom", "Courriel", "Portable"], ["Name", "Email", "Mobile"]
        write_text(MAT / f"contacts-{k}-fr.csv", csv_text([head_fr, *rows], ";"))
        write_text(MAT / f"contacts-{k}-en.csv", csv_text([head_en, *rows], ","))
        variants.append({"key": k, "v": k, "rows": len(rows), "distinct": distinct})
    add(
        family(
            "f-2.1-e98fdaf8",
            "contacts-fusion-doublons",
            7,
            "contacts-and-calendars",
            "number",
            fr_block(
                "Vous réunissez dans un seul carnet les contacts de votre téléphone et ceux de"
                " votre messagerie : ce fichier en compte {{rows}}. Deux fiches désignent la même"
                " personne si elles ont la même adresse de courriel ou le même numéro de portable"
                " (quelle que soit son écriture). Après fusion des doublons, combien de personnes"
                " différentes restera-t-il ?"
            ),
            en_block(
                "You gather the contacts of your phone and of your mailbox in a single address"
                " book: this file holds {{rows}} of them. Two entries are the same person if they"
                " have the same email address or the same mobile number (however it is written)."
                " After merging the duplicates, how many different people will be left?"
            ),
            {"value": "{{distinct}}", "unit": "1", "tolerance": 0},
            metadata=meta(360, phone=False),
            mats=[
                material(
                    "book",
                    "contacts",
                    "csv",
                    "text/csv",
                    "Export de contacts : nom, courriel et numéro de portable, une fiche par"
                    " ligne.",
                    "A contacts export: name, email and mobile number, one entry per row.",
                )
            ],
            variants=variants,
        )
    )


def f_tiles() -> None:
    people = ["Nora", "Bastien", "Chloé", "Idriss", "Manon", "Victor"]
    states = {
        "fr": {
            "hand": "Main levée",
            "cam": "Caméra coupée",
            "talk": "En train de parler",
            "share": "Partage son écran",
            "mute": "Micro coupé",
            "none": "",
        },
        "en": {
            "hand": "Hand raised",
            "cam": "Camera off",
            "talk": "Speaking",
            "share": "Sharing screen",
            "mute": "Mic muted",
            "none": "",
        },
    }
    tasks = [
        ("a", "hand", "a levé la main pour demander la parole", "has raised their hand to speak"),
        ("b", "talk", "est en train de parler", "is speaking"),
        ("c", "share", "partage son écran", "is sharing their screen"),
        ("d", "cam", "a coupé sa caméra", "has turned their camera off"),
    ]
    base = ["mute", "mute", "none", "mute", "none", "mute"]
    variants = []
    for i, (k, want, t_fr, t_en) in enumerate(tasks):
        order = people[i:] + people[:i]
        tile_states = list(base)
        pos = (2 * i + 1) % 6
        tile_states[pos] = want
        for lang in ("fr", "en"):
            parts = [
                '<svg xmlns="http://www.w3.org/2000/svg" width="480" height="300"'
                ' viewBox="0 0 480 300" role="img" aria-labelledby="t">',
                f'<title id="t">{TILES_TITLE[lang]}</title>',
                '<rect width="480" height="300" fill="#222"/>',
            ]
            for j, (name, st) in enumerate(zip(order, tile_states, strict=True)):
                x, y = 10 + (j % 3) * 157, 10 + (j // 3) * 145
                label = states[lang][st]
                parts.append(
                    f'<g data-pick="t{j + 1}"><rect x="{x}" y="{y}" width="147" height="135" rx="6"'
                    f' fill="#555"/><text x="{x + 10}" y="{y + 115}" font-family="sans-serif"'
                    f' font-size="14" fill="#fff">{esc(name)}</text>'
                    + (
                        f'<text x="{x + 10}" y="{y + 25}" font-family="sans-serif" font-size="12"'
                        f' fill="#fff">{esc(label)}</text>'
                        if label
                        else ""
                    )
                    + "</g>"
                )
            parts.append("</svg>\n")
            write_text(MAT / f"vignettes-{k}-{lang}.svg", "\n".join(parts))
        desc_fr = ", ".join(
            f"{n}" + (f" ({states['fr'][st]})" if st != "none" else "")
            for n, st in zip(order, tile_states, strict=True)
        )
        desc_en = ", ".join(
            f"{n}" + (f" ({states['en'][st]})" if st != "none" else "")
            for n, st in zip(order, tile_states, strict=True)
        )
        variants.append(
            {
                "key": k,
                "v": k,
                "task_fr": t_fr,
                "task_en": t_en,
                "tiles_fr": desc_fr,
                "tiles_en": desc_en,
                "target": f"t{pos + 1}",
            }
        )
    add(
        family(
            "f-2.1-5ad5d6e7",
            "visio-vignettes-etat",
            2,
            "video-calls",
            "pick",
            fr_block(
                "Voici les vignettes des participants d'une visioconférence. Sélectionnez celle de"
                " la personne qui {{task_fr}}."
            ),
            en_block(
                "Here are the participant tiles of a video call. Select the tile of the person who"
                " {{task_en}}."
            ),
            {"material": "tiles", "accepted": ["{{target}}"]},
            metadata=meta(60),
            mats=[
                material(
                    "tiles",
                    "vignettes",
                    "svg",
                    "image/svg+xml",
                    "Six vignettes de participants, de gauche à droite et de haut en bas, avec leur"
                    " état : {{tiles_fr}}.",
                    "Six participant tiles, left to right and top to bottom, with their state:"
                    " {{tiles_en}}.",
                )
            ],
            variants=variants,
        )
    )


def main() -> None:
    for f in (
        f_toolbar,
        f_read_eml,
        f_chat_place,
        f_signature,
        f_ticks,
        f_missing_part,
        f_audience,
        f_cc_pick,
        f_common_slot,
        f_meeting_ids,
        f_private_in_group,
        f_sponsored,
        f_timezone,
        f_group_admin,
        f_draft_review,
        f_quote_reply,
        f_reply_to,
        f_visio_settings,
        f_recurring,
        f_profile_privacy,
        f_mentions,
        f_rules,
        f_four_agendas,
        f_charter,
        f_wrong_recipient,
        f_thread_missing,
        f_engagement,
        f_contact_merge,
        f_tiles,
    ):
        f()
    groups: dict[str, list[dict]] = {}
    for fam in FAMILIES:
        groups.setdefault(fam["theme"], []).append(fam)
    titles = {
        "email": "email",
        "instant-messaging": "instant messaging",
        "video-calls": "video calls",
        "netiquette": "netiquette",
        "contacts-and-calendars": "contacts and calendars",
        "social-networks": "social networks",
    }
    for theme, fams in groups.items():
        write_yaml(DIR / f"{theme}.yaml", "2.1", titles[theme], fams)


if __name__ == "__main__":
    main()
