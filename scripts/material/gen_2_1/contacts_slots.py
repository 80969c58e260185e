"""2.1 families of module contacts_slots (f_signature, f_common_slot, f_timezone): each writes its
material under assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from datetime import date

from bankgen import en_block, family, fr_block, material, meta

from .kit import DAYS_EN, DAYS_FR, add, agenda_table, eml, page


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
