"""2.4 material, module apps: APPS, build_apps, CHATS, build_chats. Writes its pages under
assessment/items/2.4/material/.
"""

from __future__ import annotations

from html import escape

from .kit import write

# --- A "free" app and its paid options: cheapest year without ads (freemium) ---
APPS = {
    "a": (
        "NotaPlus",
        [
            ("1 mois", "1 month", "3,99"),
            ("6 mois", "6 months", "19,99"),
            ("1 an", "1 year", "29,99"),
        ],
    ),
    "b": (
        "FitMinute",
        [
            ("1 semaine", "1 week", "0,99"),
            ("3 mois", "3 months", "11,99"),
            ("1 an", "1 year", "59,99"),
        ],
    ),
    "c": (
        "PhotoLibre",
        [
            ("1 mois", "1 month", "2,49"),
            ("1 an", "1 year", "34,99"),
            ("À vie", "Lifetime", "79,99"),
        ],
    ),
    "d": (
        "RadioNuit",
        [
            ("1 mois", "1 month", "1,99"),
            ("6 mois", "6 months", "13,99"),
            ("1 an", "1 year", "24,99"),
        ],
    ),
}


def build_apps() -> None:
    for key, (name, plans) in APPS.items():
        for loc in ("fr", "en"):
            if loc == "fr":
                intro = (
                    "Application gratuite avec publicités. Achats intégrés : formule « Sans pub », "
                    "sans reconduction automatique."
                )
                head_row = "<tr><th>Durée</th><th>Prix</th></tr>"
                rows = "".join(
                    f"<tr><td>{fr}</td><td>{price} €</td></tr>" for fr, _en, price in plans
                )
            else:
                intro = (
                    'Free app with ads. In-app purchases: "Ad-free" option, no automatic renewal.'
                )
                head_row = "<tr><th>Duration</th><th>Price</th></tr>"
                rows = "".join(
                    f"<tr><td>{en}</td><td>€{price.replace(',', '.')}</td></tr>"
                    for _fr, en, price in plans
                )
            write(
                f"app-{key}",
                loc,
                name,
                f"<h1>{name}</h1>\n<p>{intro}</p>\n<table>{head_row}{rows}</table>",
            )


# --- An AI assistant's summary and the official rules it summarises (chat) ---
CHATS = {
    "a": (
        ("Médiathèque de Valmont – règlement (extrait)", "Valmont media library – rules (extract)"),
        (
            "Le prêt est gratuit pour les habitants de la commune. On peut emprunter 10 documents "
            "pour 3 semaines. "
            "Un prêt peut être prolongé une fois, en ligne, s’il n’est pas réservé. Les DVD se "
            "rendent à l’accueil.",
            "Loans are free for residents of the town. You can borrow 10 documents for 3 weeks. A "
            "loan can be "
            "extended once, online, if nobody has reserved it. DVDs are returned at the front "
            "desk.",
        ),
        [
            (
                "s1",
                "Le prêt est gratuit si vous habitez la commune.",
                "Loans are free if you live in the town.",
            ),
            (
                "s2",
                "Vous pouvez emprunter 10 documents à la fois.",
                "You can borrow 10 documents at a time.",
            ),
            (
                "s3",
                "Vous pouvez prolonger un prêt autant de fois que vous voulez en ligne.",
                "You can extend a loan online as many times as you like.",
            ),
            (
                "s4",
                "Les DVD doivent être rendus à l’accueil.",
                "DVDs must be returned at the front desk.",
            ),
        ],
        "s3",
    ),
    "b": (
        (
            "Piscine des Tilleuls – informations pratiques",
            "Tilleuls swimming pool – practical information",
        ),
        (
            "Les enfants de moins de 10 ans doivent être accompagnés d’un adulte en tenue de bain. "
            "Le bonnet n’est pas obligatoire. L’entrée est gratuite pour les moins de 4 ans. "
            "L’évacuation des bassins commence 15 minutes avant la fermeture.",
            "Children under 10 must be accompanied by an adult in swimwear. A swimming cap is not "
            "compulsory. "
            "Entry is free for children under 4. The pools are cleared 15 minutes before closing "
            "time.",
        ),
        [
            (
                "s1",
                "L’entrée est gratuite pour les enfants de moins de 4 ans.",
                "Entry is free for children under 4.",
            ),
            (
                "s2",
                "N’oubliez pas votre bonnet, il est obligatoire.",
                "Don't forget your cap, it is compulsory.",
            ),
            (
                "s3",
                "Un enfant de 8 ans doit venir avec un adulte en tenue de bain.",
                "An 8-year-old must come with an adult in swimwear.",
            ),
            (
                "s4",
                "Il faut sortir de l’eau un quart d’heure avant la fermeture.",
                "You must leave the water a quarter of an hour before closing.",
            ),
        ],
        "s2",
    ),
    "c": (
        ("Cantine scolaire de Brévent – inscriptions", "Brévent school canteen – registration"),
        (
            "L’inscription se fait sur le portail famille avant le 30 juin. Le repas coûte 3,10 €. "
            "Une absence prévenue 48 heures à l’avance n’est pas facturée. Un repas sans viande "
            "est proposé chaque jour.",
            "Registration is on the family portal before 30 June. A meal costs €3.10. An absence "
            "notified "
            "48 hours ahead is not charged. A meat-free meal is offered every day.",
        ),
        [
            (
                "s1",
                "Inscrivez votre enfant sur le portail famille avant le 30 juin.",
                "Register your child on the family portal before 30 June.",
            ),
            ("s2", "Chaque repas coûte 3,10 €.", "Each meal costs €3.10."),
            (
                "s3",
                "Un menu sans viande existe tous les jours.",
                "A meat-free menu exists every day.",
            ),
            (
                "s4",
                "Une absence prévenue la veille au soir n’est pas facturée.",
                "An absence notified the evening before is not charged.",
            ),
        ],
        "s4",
    ),
    "d": (
        ("Déchetterie intercommunale – accès", "Inter-town recycling centre – access"),
        (
            "L’accès est réservé aux particuliers munis de leur badge. Il est limité à 18 passages "
            "par an. "
            "Les pneus ne sont pas acceptés. Le site est fermé le dimanche et les jours fériés.",
            "Access is for households with their badge. It is limited to 18 visits a year. Tyres "
            "are not "
            "accepted. The site is closed on Sundays and public holidays.",
        ),
        [
            (
                "s1",
                "Vous pouvez y déposer vos vieux pneus.",
                "You can drop off your old tyres there.",
            ),
            ("s2", "Il vous faut votre badge pour entrer.", "You need your badge to get in."),
            ("s3", "Vous avez droit à 18 passages par an.", "You are allowed 18 visits a year."),
            ("s4", "Le site est fermé le dimanche.", "The site is closed on Sundays."),
        ],
        "s1",
    ),
}


def build_chats() -> None:
    for key, ((t_fr, t_en), (r_fr, r_en), sentences, _target) in CHATS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            title, rules = (t_fr, r_fr) if fr else (t_en, r_en)
            ask = "Peux-tu me résumer les règles ?" if fr else "Can you sum up the rules for me?"
            bot = (
                "Assistant conversationnel (réponse générée par IA)"
                if fr
                else "Chat assistant (AI-generated answer)"
            )
            said = "\n".join(
                f'<li data-pick="{pid}">{escape(s_fr if fr else s_en, quote=False)}</li>'
                for pid, s_fr, s_en in sentences
            )
            body = (
                f"<h1>{escape(title)}</h1>\n<p>{escape(rules, quote=False)}</p>\n<hr>\n"
                f"<h2>{bot}</h2>\n<p><em>{ask}</em></p>\n<ul>\n{said}\n</ul>"
            )
            write(f"chat-{key}", loc, title, body)
