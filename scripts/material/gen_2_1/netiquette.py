"""2.1 families of module netiquette (f_missing_part, f_draft_review, f_wrong_recipient): each
writes its material under assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, family, fr_block, material, meta

from .kit import add, eml


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
