"""4.3 families, module workday: fam_workday, fam_group_chat, fam_headphones, habits, dump. Writes
their pages and tables under assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

import yaml
from gen_3_4.kit import family, fr, number

from .kit import ROOT, html_att, page, pick_family, write
from .privacy_dashboard import fam_privacy_dashboard, fam_tv_label
from .wellbeing_panel import fam_goal_days, fam_late_day, fam_signal, fam_wellbeing_panel


def fam_workday() -> dict[str, Any]:
    days = {
        "a": [
            ("8:30", "10:00", True),
            ("10:00", "10:15", False),
            ("10:15", "12:45", True),
            ("12:45", "13:45", False),
            ("13:45", "15:15", True),
            ("15:15", "15:25", False),
            ("15:25", "17:00", True),
        ],
        "b": [
            ("9:00", "10:30", True),
            ("10:30", "10:40", False),
            ("10:40", "12:00", True),
            ("12:00", "13:00", False),
            ("13:00", "16:10", True),
            ("16:10", "16:20", False),
            ("16:20", "17:30", True),
        ],
        "c": [
            ("8:00", "11:20", True),
            ("11:20", "11:30", False),
            ("11:30", "12:30", True),
            ("12:30", "13:30", False),
            ("13:30", "15:00", True),
            ("15:00", "15:15", False),
            ("15:15", "16:30", True),
        ],
        "d": [
            ("8:45", "10:15", True),
            ("10:15", "10:25", False),
            ("10:25", "12:00", True),
            ("12:00", "13:15", False),
            ("13:15", "14:30", True),
            ("14:30", "14:40", False),
            ("14:40", "17:45", True),
        ],
        "e": [
            ("7:30", "9:00", True),
            ("9:00", "9:10", False),
            ("9:10", "11:50", True),
            ("11:50", "12:50", False),
            ("12:50", "14:20", True),
            ("14:20", "14:30", False),
            ("14:30", "16:00", True),
        ],
    }

    def mins(t: str) -> int:
        h, m = t.split(":")
        return int(h) * 60 + int(m)

    cases = {}
    for key, slots in days.items():
        lengths = [mins(b) - mins(a) if screen else -1 for a, b, screen in slots]
        assert lengths.count(max(lengths)) == 1
        rows_fr = [
            (f"h{i + 1}", f"{a} – {b}", "Travail sur écran" if scr else "Pause loin de l’écran")
            for i, (a, b, scr) in enumerate(slots)
        ]
        rows_en = [
            (f"h{i + 1}", f"{a} – {b}", "Screen work" if scr else "Break away from the screen")
            for i, (a, b, scr) in enumerate(slots)
        ]
        cases[key] = (
            {"intro": ("Journée de télétravail.", "A day of remote work.")},
            rows_fr,
            rows_en,
            f"h{lengths.index(max(lengths)) + 1}",
        )
    return pick_family(
        "f-4.3-8f0c2a76",
        "pauses-ecran-planning",
        4,
        "ergonomics",
        150,
        (
            "Pour la santé des yeux et du dos, on conseille de couper le travail sur écran par "
            "une pause au moins "
            "toutes les heures ou deux heures. Dans ce planning, sélectionnez la plage de travail "
            "sur écran la plus "
            "longue sans pause, celle qu’il faut couper en priorité.",
            "For the health of your eyes and back, screen work should be broken by a pause at "
            "least every hour or "
            "two. In this schedule, select the longest stretch of screen work without a break, "
            "the one to split "
            "first.",
        ),
        "plan",
        (
            "Planning d’une journée : sept plages horaires, chacune marquée travail sur écran ou "
            "pause.",
            "A day's schedule: seven time slots, each marked screen work or break.",
        ),
        cases,
        ("Planning", "Schedule"),
    )


def fam_group_chat() -> dict[str, Any]:
    chats = {
        "a": [
            (
                "Sami",
                "Qui a les exos de maths pour demain ?",
                "Who has the maths homework for tomorrow?",
            ),
            ("Jade", "Trop drôle la vidéo du chat hier", "That cat video yesterday was so funny"),
            (
                "Tom",
                "Pour ceux qui veulent embêter Inès, elle habite 12 rue des Lilas, sonnez ce soir",
                "For anyone who wants to bother Inès, she lives at 12 rue des Lilas, ring tonight",
            ),
            ("Lou", "Match annulé samedi, il pleut", "Match cancelled on Saturday, it is raining"),
        ],
        "b": [
            (
                "Noé",
                "Voici le numéro perso de Maël, envoyez-lui ce que vous pensez de lui : 06 00 00 "
                "00 00",
                "Here is Maël's personal number, send him what you think of him: 06 00 00 00 00",
            ),
            ("Lina", "Quelqu’un vient à la piscine ?", "Is anyone coming to the pool?"),
            ("Rayan", "J’ai fini le livre, il est génial", "I finished the book, it is great"),
            ("Zoé", "Bon anniversaire Paul !", "Happy birthday Paul!"),
        ],
        "c": [
            (
                "Eva",
                "On révise ensemble à la médiathèque ?",
                "Shall we revise together at the library?",
            ),
            (
                "Hugo",
                "Le prof a dit que le contrôle est reporté",
                "The teacher said the test is postponed",
            ),
            (
                "Adam",
                "Tiens, la photo du bulletin de notes de Chloé, regardez ses notes, la honte",
                "Here, a photo of Chloé's school report, look at her marks, how embarrassing",
            ),
            ("Maya", "Trop bien le concert !", "The concert was great!"),
        ],
        "d": [
            ("Léo", "Qui prend le bus de 8 h ?", "Who takes the 8 o'clock bus?"),
            (
                "Nina",
                "J’ai trouvé son compte privé et son mot de passe, on se connecte ce soir pour "
                "lire ses "
                "messages",
                "I found her private account and password, let's log in tonight to read her "
                "messages",
            ),
            ("Yanis", "Je ramène des gâteaux demain", "I am bringing cakes tomorrow"),
            ("Alix", "Quel film on va voir ?", "Which film shall we see?"),
        ],
        "e": [
            ("Emma", "Rendez-vous devant le cinéma à 14 h", "Meet in front of the cinema at 2 pm"),
            ("Gabin", "Quelqu’un a un chargeur ?", "Has anyone got a charger?"),
            ("Lucas", "Merci pour hier soir", "Thanks for last night"),
            (
                "Sacha",
                "Elle sort du club à 18 h tous les mardis par la petite porte, attendons-la pour "
                "lui faire "
                "peur",
                "She leaves the club at 6 pm every Tuesday by the side door, let's wait for her to "
                "frighten her",
            ),
        ],
    }
    cases = {}
    for key, msgs in chats.items():
        bad = {"a": 2, "b": 0, "c": 2, "d": 1, "e": 3}[key]
        rows_fr = [(f"g{i + 1}", m[0], m[1]) for i, m in enumerate(msgs)]
        rows_en = [(f"g{i + 1}", m[0], m[2]) for i, m in enumerate(msgs)]
        cases[key] = (
            {"intro": ("Conversation de groupe d’une classe.", "A class group chat.")},
            rows_fr,
            rows_en,
            f"g{bad + 1}",
        )
    return pick_family(
        "f-4.3-06e9d3f2",
        "conversation-groupe-atteinte",
        5,
        "harassment-and-help",
        150,
        (
            "Dans cette conversation de groupe, un message expose une personne absente de la "
            "conversation à du "
            "harcèlement en révélant des informations privées sur elle. Sélectionnez-le pour le "
            "signaler.",
            "In this group chat, one message exposes a person who is not in the chat to "
            "harassment by revealing "
            "private information about them. Select it to report it.",
        ),
        "chat",
        (
            "Conversation de groupe : quatre messages, chacun avec le prénom de l’auteur et son "
            "texte.",
            "A group chat: four messages, each with the author's first name and its text.",
        ),
        cases,
        ("Groupe de la classe", "Class group"),
    )


def fam_headphones() -> dict[str, Any]:
    levels = {"a": (86, 12), "b": (83, 25), "c": (89, 7), "d": (92, 3), "e": (95, 2)}
    variants = []
    for key, (db, used) in levels.items():
        safe = 40 / 2 ** ((db - 80) / 3)
        rows_fr = [
            ("a1", "Niveau moyen au casque cette semaine", f"{db} dB"),
            ("a2", "Temps d’écoute au casque cette semaine", f"{used} h"),
            ("a3", "Notifications de niveau sonore", "Activées"),
            ("a4", "Réduire les sons forts", "Désactivé"),
        ]
        rows_en = [
            ("a1", "Average headphone level this week", f"{db} dB"),
            ("a2", "Headphone listening time this week", f"{used} h"),
            ("a3", "Sound level notifications", "On"),
            ("a4", "Reduce loud sounds", "Off"),
        ]
        intro = ("Santé > Audition", "Health > Hearing")
        write(
            f"audio-{key}-fr.html",
            page("fr", "Audition", intro[0], [(a, fr(b), fr(c)) for a, b, c in rows_fr]),
        )
        write(f"audio-{key}-en.html", page("en", "Hearing", intro[1], rows_en))
        variants.append({"key": key, "v": key, "out": round(safe, 3)})
    return family(
        "f-4.3-b5e93d60",
        "casque-niveau-duree",
        6,
        "ergonomics",
        "number",
        180,
        "Repère de santé auditive : 80 dB au plus 40 heures par semaine, et chaque hausse de 3 dB "
        "divise "
        "par deux cette durée. D’après ce panneau, combien d’heures par semaine au plus "
        "pouvez-vous écouter "
        "au niveau moyen relevé ?",
        "Hearing health guide: 80 dB for at most 40 hours a week, and each rise of 3 dB halves "
        "that time. "
        "According to this panel, at most how many hours a week can you listen at the average "
        "level recorded?",
        number("{{out}}", "h", 0.05),
        variants,
        [
            html_att(
                "page",
                "audio",
                "Panneau « Audition » d’un téléphone : niveau moyen au casque en décibels, temps "
                "d’écoute de "
                "la semaine et deux réglages.",
                "A phone's \"Hearing\" panel: average headphone level in decibels, the week's "
                "listening time "
                "and two settings.",
            )
        ],
    )


def habits() -> list[dict[str, Any]]:
    return [
        fam_wellbeing_panel(),
        fam_goal_days(),
        fam_late_day(),
        fam_signal(),
        fam_privacy_dashboard(),
        fam_tv_label(),
        fam_workday(),
        fam_group_chat(),
        fam_headphones(),
    ]


def dump(name: str, families: list[dict[str, Any]]) -> None:
    doc = {"format": 2, "competence": "4.3", "families": families}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    header = "# CRCN 4.3 — generated by scripts/material/4.3_health.py (edit it, then run it)\n"
    (ROOT / name).write_text(header + text, encoding="utf-8")
