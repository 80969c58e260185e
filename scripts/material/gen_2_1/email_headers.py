"""2.1 families of module email_headers (f_read_eml, f_cc_pick, f_reply_to): each writes its
material under assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, family, fr_block, material, meta, typo_fr

from .kit import add, eml, mailbox, page


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
