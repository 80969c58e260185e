"""2.1 families of module email_threads (f_rules, f_thread_missing): each writes its material under
assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, esc, family, fr_block, material, meta

from .kit import add, mailbox, page


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
