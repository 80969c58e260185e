"""2.1 families of module contacts_agendas (f_recurring, f_four_agendas, f_contact_merge): each
writes its material under assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from datetime import date

from bankgen import en_block, esc, family, fr_block, material, meta, write_text

from .kit import DAYS_EN, DAYS_FR, MAT, add, agenda_table, page


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
