"""2.1 families of module visio_tools (f_toolbar, f_meeting_ids): each writes its material under
assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, esc, family, fr_block, material, meta, write_text

from .kit import MAT, add, eml

TOOLBAR_TITLE = {"fr": "Barre d’outils d’une visioconférence", "en": "Video call toolbar"}


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
