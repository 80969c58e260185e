# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module access_media (a_subtitles, a_form_labels): each writes its material under
assessment/items/3.3/material/ and adds its family to the bank B; keys are computed and printed.
"""

from __future__ import annotations

from .kit import B, list_variants, meta, pick_family


def a_subtitles() -> None:
    limit = 17
    cases = {
        "a": [
            (1.0, 3.5, "Bonjour à toutes et à tous.", "Hello everyone."),
            (3.8, 6.8, "Bienvenue au forum des associations.", "Welcome to the associations fair."),
            (
                7.0,
                8.5,
                "Vous trouverez les stands de sport au fond, à gauche.",
                "You will find the sports stands at the back, on the left, by the exit.",
            ),
            (9.0, 12.0, "Bonne visite !", "Enjoy your visit!"),
        ],
        "b": [
            (0.5, 3.0, "[Musique douce]", "[Soft music]"),
            (
                3.2,
                4.2,
                "La recette est simple mais il faut de la patience.",
                "The recipe is simple but it takes a lot of patience.",
            ),
            (4.5, 7.5, "Commencez par la pâte.", "Start with the dough."),
            (8.0, 11.0, "Laissez-la reposer une heure.", "Let it rest for an hour."),
        ],
        "c": [
            (
                2.0,
                5.0,
                "Ce matin, le marché ouvre plus tôt.",
                "This morning, the market opens earlier.",
            ),
            (5.2, 8.0, "Les producteurs arrivent dès 6 h.", "The growers arrive from 6 am."),
            (8.3, 11.3, "[Cloche de l’église]", "[Church bell]"),
            (
                11.5,
                12.9,
                "Les premiers clients se pressent déjà devant les étals de fruits.",
                "The first customers are already crowding the fruit stalls.",
            ),
        ],
        "d": [
            (
                0.0,
                1.2,
                "Attention : travaux sur la ligne B ce week-end.",
                "Warning: engineering works on line B this weekend.",
            ),
            (1.5, 4.5, "Des bus remplacent les trains.", "Buses replace the trains."),
            (4.8, 7.8, "Prévoyez vingt minutes de plus.", "Allow twenty extra minutes."),
            (8.0, 10.0, "Merci de votre compréhension.", "Thank you for your patience."),
        ],
        "e": [
            (1.0, 4.0, "Le club fête ses cinquante ans.", "The club is fifty years old."),
            (4.2, 7.2, "Anciens et nouveaux sont invités.", "Former and new members are invited."),
            (7.5, 10.5, "[Applaudissements]", "[Applause]"),
            (
                10.8,
                12.0,
                "Rendez-vous samedi à partir de 18 h au gymnase.",
                "See you on Saturday from 6 pm at the gym, everyone.",
            ),
        ],
    }

    def ts(x: float) -> str:
        ms = round(x * 1000)
        return f"00:00:{ms // 1000:02d},{ms % 1000:03d}"

    variants = []
    for key, subs in cases.items():
        fast = []
        for li, lang in enumerate(("fr", "en")):
            lines: list[str] = []
            speeds = []
            for n, s in enumerate(subs, 1):
                text = s[2 + li]
                speeds.append(len(text) / (s[1] - s[0]))
                lines += [str(n), f"{ts(s[0])} --> {ts(s[1])}", text, ""]
            B.write(f"subs-{key}-{lang}.txt", "\n".join(lines))
            over = [i for i, sp in enumerate(speeds) if sp > limit]
            assert len(over) == 1, (key, lang, [round(x, 1) for x in speeds])
            fast.append(over[0])
        assert fast[0] == fast[1]
        i = fast[0]
        # accept the block's number, timing and text lines
        first = 4 * i + 1
        variants.append(
            {
                "key": key,
                "set": key,
                "t1": f"L{first}",
                "t2": f"L{first + 1}",
                "t3": f"L{first + 2}",
            }
        )
        print("subtitles", key, f"block {i + 1} L{first}-L{first + 2}")
    B.family(
        "f-3.3-11d0ba6f",
        "sous-titres-vitesse-lecture",
        6,
        "accessibility",
        "pick",
        meta(240, phone=False),
        enemies=["f-3.3-bd2e5fb0"],
        material=[
            B.mat(
                "subs",
                "subs-{{set}}",
                "txt",
                "Fichier de sous-titres au format SRT : quatre sous-titres, chacun avec son numéro, son heure de début et de fin (heures:minutes:secondes,millisecondes) et son texte.",
                "A subtitle file in SRT format: four subtitles, each with its number, start and end time (hours:minutes:seconds,milliseconds) and text.",
            )
        ],
        fr_={
            "statement": f"La charte de sous-titrage demande au plus {limit} caractères par seconde d’affichage (espaces et ponctuation compris), pour laisser le temps de lire. Sélectionnez une ligne du seul sous-titre qui dépasse cette vitesse."
        },
        en_={
            "statement": f"The subtitling guidelines allow at most {limit} characters per second of display (spaces and punctuation included), to leave time to read. Select a line of the only subtitle that exceeds this speed."
        },
        solution={"material": "subs", "accepted": ["{{t1}}", "{{t2}}", "{{t3}}"]},
        variants=variants,
    )


def a_form_labels() -> None:
    cases = {
        "a": (
            [
                ("Nom — libellé visible « Nom »", "Name — visible label “Name”"),
                (
                    "Courriel — aucun libellé, seulement le texte grisé « ex. : nom@domaine.fr » qui disparaît à la saisie",
                    "E-mail — no label, only the grey hint “e.g. name@domain.fr” that disappears when typing",
                ),
                (
                    "Téléphone — libellé visible « Téléphone (facultatif) »",
                    "Phone — visible label “Phone (optional)”",
                ),
                (
                    "Message — libellé visible « Votre message »",
                    "Message — visible label “Your message”",
                ),
            ],
            1,
        ),
        "b": (
            [
                (
                    "Date de naissance — aucun libellé, seulement le texte grisé « JJ/MM/AAAA » qui disparaît à la saisie",
                    "Date of birth — no label, only the grey hint “DD/MM/YYYY” that disappears when typing",
                ),
                ("Prénom — libellé visible « Prénom »", "First name — visible label “First name”"),
                ("Ville — libellé visible « Ville »", "Town — visible label “Town”"),
                (
                    "Code postal — libellé visible « Code postal »",
                    "Postcode — visible label “Postcode”",
                ),
            ],
            0,
        ),
        "c": (
            [
                (
                    "Identifiant — libellé visible « Identifiant »",
                    "User name — visible label “User name”",
                ),
                (
                    "Mot de passe — libellé visible « Mot de passe »",
                    "Password — visible label “Password”",
                ),
                (
                    "Rester connecté — case à cocher avec le libellé « Rester connecté »",
                    "Stay signed in — checkbox labelled “Stay signed in”",
                ),
                (
                    "Code reçu par SMS — aucun libellé, seulement le texte grisé « 6 chiffres » qui disparaît à la saisie",
                    "Code received by text — no label, only the grey hint “6 digits” that disappears when typing",
                ),
            ],
            3,
        ),
        "d": (
            [
                (
                    "Nombre de places — libellé visible « Nombre de places »",
                    "Number of seats — visible label “Number of seats”",
                ),
                (
                    "Adresse — libellé visible « Adresse postale »",
                    "Address — visible label “Postal address”",
                ),
                (
                    "Recherche — aucun libellé, seulement le texte grisé « Rechercher un spectacle… » qui disparaît à la saisie",
                    "Search — no label, only the grey hint “Search for a show…” that disappears when typing",
                ),
                (
                    "Courriel — libellé visible « Adresse électronique »",
                    "E-mail — visible label “E-mail address”",
                ),
            ],
            2,
        ),
        "e": (
            [
                (
                    "Numéro d’adhérent — libellé visible « N° d’adhérent »",
                    "Member number — visible label “Member no.”",
                ),
                (
                    "Montant — aucun libellé, seulement le texte grisé « 0,00 € » qui disparaît à la saisie",
                    "Amount — no label, only the grey hint “€0.00” that disappears when typing",
                ),
                (
                    "Commentaire — libellé visible « Commentaire »",
                    "Comment — visible label “Comment”",
                ),
                (
                    "Reçu fiscal — case à cocher avec le libellé « Je veux un reçu »",
                    "Tax receipt — checkbox labelled “I want a receipt”",
                ),
            ],
            1,
        ),
    }
    v = list_variants(
        "form",
        ("Champs du formulaire", "Form fields"),
        {k: (e, r, {}) for k, (e, r) in cases.items()},
    )
    pick_family(
        "f-3.3-23b91fec",
        "formulaire-libelle-absent",
        3,
        "accessibility",
        90,
        "form-{{set}}",
        "Description des quatre champs d’un formulaire en ligne et de leur libellé : {{items}}.",
        "Description of the four fields of an online form and their label: {{items}}.",
        "Ce formulaire doit être utilisable par tous, y compris avec un lecteur d’écran ou par une personne qui oublie vite une consigne. Sélectionnez le champ mal conçu.",
        "This form must be usable by everyone, including with a screen reader or by someone who quickly forgets an instruction. Select the badly designed field.",
        v,
    )
