"""2.1 families of module visio_settings (f_visio_settings, f_tiles): each writes its material
under assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, esc, family, fr_block, material, meta, write_text

from .kit import MAT, add, page, settings_list

TILES_TITLE = {"fr": "Vignettes des participants", "en": "Participant tiles"}


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
