"""2.1 families of module social_privacy (f_audience, f_sponsored, f_profile_privacy): each writes
its material under assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, esc, family, fr_block, material, meta

from .kit import add, page, settings_list

WHO_SEES = {"fr": "Qui peut voir votre publication ?", "en": "Who can see your post?"}


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
