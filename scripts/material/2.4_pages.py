"""Build the HTML material of CRCN 2.4 items (assessment/items/2.4/material/*.html).

Every page is self-contained (inline style, no script, no external resource), written once in French
and once in English. Pickable elements carry opaque ``data-pick`` ids. Run:
python scripts/material/2.4_pages.py
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "assessment" / "items" / "2.4" / "material"
STYLE = (
    "body{font-family:sans-serif;margin:0;padding:12px;max-width:640px;line-height:1.4}"
    "table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #888;padding:4px;text-align:left}"
    ".card{border:1px solid #888;padding:8px;margin:8px 0}.url{font-size:90%}.small{font-size:90%}"
)


def typo(text: str) -> str:
    """French typography: no-break space before : ; ? ! » and after «."""
    text = re.sub(r" ([:;?!»])", "\u00a0\\1", text)
    return text.replace("« ", "«\u00a0")


def page(loc: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{loc}">\n<head><meta '
        f'charset="utf-8"><title>{escape(title)}</title>\n'
        f"<style>{STYLE}</style></head>\n<body><main>\n{body}\n</main></body>\n</html>\n"
    )


def write(name: str, loc: str, title: str, body: str) -> None:
    if loc == "fr":
        title, body = typo(title), typo(body)
    (OUT / f"{name}-{loc}.html").write_text(page(loc, title, body), encoding="utf-8")


def cards(rows: list[tuple[str, str]]) -> str:
    """rows: (pick id, inner html)."""
    return "\n".join(f'<div class="card" data-pick="{pid}">{inner}</div>' for pid, inner in rows)


# --- Search results for an online procedure: one official site among look-alikes ---
RESULTS = {
    "a": (
        ("renouveler passeport en ligne", "renew passport online"),
        [
            (
                "r1",
                "passeport-express-en-ligne.com",
                "Passeport en 24 h – Faites votre demande ici",
                "Passport in 24 h – Apply here",
                True,
            ),
            (
                "r2",
                "www.mon-dossier-passeport.fr",
                "Dossier passeport : aide payante à la demande",
                "Passport file: paid help with your application",
                False,
            ),
            (
                "r3",
                "passeport.ants.gouv.fr",
                "Pré-demande de passeport – ANTS",
                "Passport pre-application – ANTS",
                False,
            ),
            (
                "r4",
                "forum-voyageurs.net",
                "Combien de temps pour un passeport ? – Forum",
                "How long does a passport take? – Forum",
                False,
            ),
        ],
    ),
    "b": (
        ("demande aide au logement étudiant", "student housing benefit application"),
        [
            (
                "r1",
                "www.aides-logement-etudiant.org",
                "Calculez et demandez votre APL (service payant)",
                "Work out and apply for your housing benefit (paid service)",
                True,
            ),
            (
                "r2",
                "blog-etudiant-malin.fr",
                "APL : mes 5 astuces pour l’obtenir vite",
                "Housing benefit: my 5 tips to get it fast",
                False,
            ),
            (
                "r3",
                "www.demarche-caf-facile.com",
                "Demande CAF simplifiée en 3 clics",
                "Simplified CAF application in 3 clicks",
                False,
            ),
            (
                "r4",
                "www.caf.fr",
                "Aides au logement : faire une demande – caf.fr",
                "Housing benefits: apply – caf.fr",
                False,
            ),
        ],
    ),
    "c": (
        ("attestation de droits assurance maladie", "health insurance certificate of entitlement"),
        [
            (
                "r1",
                "www.ameli.fr",
                "Obtenir une attestation de droits – ameli.fr",
                "Get a certificate of entitlement – ameli.fr",
                False,
            ),
            (
                "r2",
                "attestation-secu-rapide.com",
                "Votre attestation Sécu en PDF immédiatement",
                "Your health insurance certificate as a PDF right away",
                True,
            ),
            (
                "r3",
                "www.sante-demarches.info",
                "Attestation de droits : tout savoir",
                "Certificate of entitlement: all you need to know",
                False,
            ),
            (
                "r4",
                "forum-sante-conseils.net",
                "Où trouver mon attestation ? – Forum",
                "Where do I find my certificate? – Forum",
                False,
            ),
        ],
    ),
    "d": (
        ("s'inscrire sur les listes électorales", "register on the electoral roll"),
        [
            (
                "r1",
                "www.inscription-electorale-en-ligne.fr",
                "Inscription électorale : nous le faisons pour vous",
                "Voter registration: we do it for you",
                True,
            ),
            (
                "r2",
                "www.mairie-info-demarches.com",
                "Listes électorales : démarches et tarifs",
                "Electoral roll: procedures and fees",
                False,
            ),
            (
                "r3",
                "www.actu-elections.net",
                "Élections : les dates à retenir",
                "Elections: the dates to remember",
                False,
            ),
            (
                "r4",
                "www.service-public.fr",
                "S’inscrire sur les listes électorales – Service-Public.fr",
                "Registering on the electoral roll – Service-Public.fr",
                False,
            ),
        ],
    ),
}


def build_results() -> None:
    for key, ((q_fr, q_en), rows) in RESULTS.items():
        for loc, query in (("fr", q_fr), ("en", q_en)):
            items = []
            for pid, host, t_fr, t_en, ad in rows:
                label = ("Annonce · " if loc == "fr" else "Ad · ") if ad else ""
                title = t_fr if loc == "fr" else t_en
                items.append(
                    (
                        pid,
                        f'<div class="small">{label}<span class="url">https://{host}</span></div>'
                        f"<div><strong>{escape(title)}</strong></div>",
                    )
                )
            head = "Résultats de recherche" if loc == "fr" else "Search results"
            shown = f"« {escape(query)} »" if loc == "fr" else f"“{escape(query)}”"
            body = f"<h1>{head}</h1>\n<p>{shown}</p>\n" + cards(items)
            write(f"results-{key}", loc, head, body)


# --- A fictional public-service account page: pick the link for a task (account) ---
ACCOUNT_LINKS = {
    "l1": ("Télécharger une attestation de paiement", "Download a payment certificate"),
    "l2": ("Déclarer un changement de situation", "Report a change of circumstances"),
    "l3": ("Ma messagerie (2 nouveaux messages)", "My messages (2 new)"),
    "l4": ("Mes rendez-vous", "My appointments"),
    "l5": ("Modifier mes coordonnées bancaires", "Change my bank details"),
    "l6": ("Se déconnecter", "Log out"),
}
ACCOUNT_ORDER = {
    "a": ["l3", "l1", "l5", "l2", "l4", "l6"],
    "b": ["l2", "l4", "l1", "l3", "l5", "l6"],
    "c": ["l5", "l3", "l4", "l1", "l2", "l6"],
    "d": ["l4", "l2", "l3", "l5", "l1", "l6"],
}


def build_account() -> None:
    for key, order in ACCOUNT_ORDER.items():
        for loc in ("fr", "en"):
            i = 0 if loc == "fr" else 1
            head = (
                "Caisse départementale d’aides – Mon compte"
                if loc == "fr"
                else "County benefits office – My account"
            )
            hello = "Bonjour Léa Martin." if loc == "fr" else "Hello Léa Martin."
            links = "\n".join(
                f'<li><a href="#" data-pick="{pid}">{escape(ACCOUNT_LINKS[pid][i])}</a></li>'
                for pid in order
            )
            write(
                f"account-{key}",
                loc,
                head,
                f"<h1>{escape(head)}</h1>\n<p>{hello}</p>\n<ul>\n{links}\n</ul>",
            )


# --- A public profile: pick the detail that exposes the person most (profile) ---
PROFILES = {
    "a": (
        "Noé B.",
        [
            ("p1", "Habite à Nantes", "Lives in Nantes"),
            ("p2", "Fan de basket et de jeux de société", "Fan of basketball and board games"),
            (
                "p3",
                "« En vacances du 3 au 24 août, la maison est vide, enfin tranquilles ! »",
                '"On holiday from 3 to 24 August, the house is empty, peace at last!"',
            ),
            ("p4", "A étudié au lycée Jules-Verne", "Studied at Jules-Verne high school"),
            (
                "p5",
                "Film préféré : un dessin animé japonais",
                "Favourite film: a Japanese animated film",
            ),
        ],
        "p3",
    ),
    "b": (
        "Inès K.",
        [
            ("p1", "Photographe amatrice", "Amateur photographer"),
            (
                "p2",
                "Adresse : 14 rue des Tilleuls, 3e étage gauche, digicode 4512",
                "Address: 14 rue des Tilleuls, 3rd floor left, door code 4512",
            ),
            ("p3", "Habite en Bretagne", "Lives in Brittany"),
            ("p4", "Aime la randonnée", "Likes hiking"),
            ("p5", "Langues : français, arabe, anglais", "Languages: French, Arabic, English"),
        ],
        "p2",
    ),
    "c": (
        "Hugo T.",
        [
            ("p1", "Joue de la guitare depuis 10 ans", "Has played the guitar for 10 years"),
            ("p2", "Supporte l’équipe de rugby locale", "Supports the local rugby team"),
            ("p3", "Travaille dans la logistique", "Works in logistics"),
            (
                "p4",
                "Mon numéro perso : 06 12 34 56 78, écrivez-moi à toute heure",
                "My personal number: 06 12 34 56 78, text me any time",
            ),
            ("p5", "Habite en Alsace", "Lives in Alsace"),
        ],
        "p4",
    ),
    "d": (
        "Maëlle R.",
        [
            (
                "p1",
                "Mon fils entre au CP à l’école Pasteur, on passe le chercher tous les jours à 16 "
                "h 30",
                "My son starts primary school at Pasteur school, we pick him up every day at 4.30 "
                "pm",
            ),
            ("p2", "Cuisine végétarienne", "Vegetarian cooking"),
            ("p3", "Habite dans le Sud-Ouest", "Lives in the south-west"),
            ("p4", "Bénévole dans une association sportive", "Volunteer in a sports club"),
            ("p5", "Écoute surtout du jazz", "Mostly listens to jazz"),
        ],
        "p1",
    ),
}


def build_profiles() -> None:
    for key, (name, rows, _target) in PROFILES.items():
        for loc in ("fr", "en"):
            head = "Profil public" if loc == "fr" else "Public profile"
            items = [(pid, escape(fr if loc == "fr" else en, quote=False)) for pid, fr, en in rows]
            write(f"profile-{key}", loc, head, f"<h1>{head} – {escape(name)}</h1>\n" + cards(items))


# --- Mobile plans: pick the clause that breaks net neutrality (plans) ---
CLAUSES = {
    "ok1": (
        "Appels et SMS illimités en France métropolitaine.",
        "Unlimited calls and texts in mainland France.",
    ),
    "ok2": (
        "Au-delà de 100 Go dans le mois, le débit est réduit à 1 Mbit/s pour tous les usages.",
        "Beyond 100 GB in the month, speed is reduced to 1 Mbit/s for all uses.",
    ),
    "ok3": (
        "Engagement de 12 mois, puis forfait résiliable à tout moment.",
        "12-month commitment, then the plan can be cancelled at any time.",
    ),
    "ok4": (
        "25 Go utilisables depuis les pays de l’Union européenne.",
        "25 GB usable from European Union countries.",
    ),
    "ok5": (
        "Option 5G incluse, sous réserve de couverture.",
        "5G option included, subject to coverage.",
    ),
    "bad_a": (
        "Les vidéos de la plateforme ClipVision sont limitées à 1 Mbit/s ; notre service VidéoMax "
        "reste à pleine vitesse.",
        "Videos from the ClipVision platform are limited to 1 Mbit/s; our own VidéoMax service "
        "stays at full speed.",
    ),
    "bad_b": (
        "Les applications d’appel vidéo qui ne sont pas éditées par l’opérateur sont bloquées.",
        "Video-call apps not published by the operator are blocked.",
    ),
    "bad_c": (
        "Le trafic des jeux de nos partenaires payants passe en priorité ; les autres jeux "
        "attendent.",
        "Traffic of our paying partners' games goes first; other games wait.",
    ),
    "bad_d": (
        "Les sites d’information des groupes concurrents de notre actionnaire sont inaccessibles.",
        "News sites of groups competing with our shareholder cannot be reached.",
    ),
}
PLANS = {
    "a": ("Forfait Horizon 100 Go", "Horizon 100 GB plan", ["ok1", "bad_a", "ok2", "ok3", "ok4"]),
    "b": ("Forfait Azur 80 Go", "Azur 80 GB plan", ["ok2", "ok4", "ok1", "bad_b", "ok5"]),
    "c": ("Forfait Boréal 150 Go", "Boreal 150 GB plan", ["bad_c", "ok3", "ok5", "ok1", "ok2"]),
    "d": ("Forfait Zénith 60 Go", "Zenith 60 GB plan", ["ok5", "ok1", "ok4", "ok3", "bad_d"]),
}


def build_plans() -> None:
    for key, (n_fr, n_en, order) in PLANS.items():
        for loc in ("fr", "en"):
            i = 0 if loc == "fr" else 1
            name = n_fr if loc == "fr" else n_en
            intro = "Conditions de l’offre :" if loc == "fr" else "Terms of the offer:"
            rows = "\n".join(
                f'<li data-pick="c{n}">{escape(CLAUSES[c][i], quote=False)}</li>'
                for n, c in enumerate(order, 1)
            )
            write(
                f"plan-{key}",
                loc,
                name,
                f"<h1>{escape(name)}</h1>\n<p>{intro}</p>\n<ol>\n{rows}\n</ol>",
            )


# --- A marketplace: pick the offer sold and shipped by the platform itself (market) ---
MARKET = {
    "a": (
        "Bouilloire électrique 1,7 L",
        "1.7 L electric kettle",
        [
            ("o1", "29,90", "TechnoDiscount", "TechnoDiscount"),
            ("o2", "31,50", "Marché+", "Marché+"),
            ("o3", "27,00", "MaisonPro", "Marché+"),
            ("o4", "26,40", "Lumo Store", "Lumo Store"),
        ],
        "o2",
    ),
    "b": (
        "Casque audio sans fil",
        "Wireless headphones",
        [
            ("o1", "59,00", "AudioZen", "Marché+"),
            ("o2", "54,90", "SonExpress", "SonExpress"),
            ("o3", "61,20", "Marché+", "Marché+"),
            ("o4", "52,00", "BonPlanAudio", "BonPlanAudio"),
        ],
        "o3",
    ),
    "c": (
        "Lampe de bureau LED",
        "LED desk lamp",
        [
            ("o1", "24,99", "Marché+", "Marché+"),
            ("o2", "22,50", "LumiShop", "Marché+"),
            ("o3", "19,90", "DécoLux", "DécoLux"),
            ("o4", "21,00", "Atelier Nova", "Atelier Nova"),
        ],
        "o1",
    ),
    "d": (
        "Sac à dos 30 L",
        "30 L backpack",
        [
            ("o1", "39,00", "Rando&Co", "Rando&Co"),
            ("o2", "42,00", "Sportéo", "Marché+"),
            ("o3", "37,50", "Bagages Martin", "Bagages Martin"),
            ("o4", "44,90", "Marché+", "Marché+"),
        ],
        "o4",
    ),
}


def build_market() -> None:
    for key, (p_fr, p_en, offers, _target) in MARKET.items():
        for loc in ("fr", "en"):
            prod = p_fr if loc == "fr" else p_en
            items = []
            for pid, price, seller, shipper in offers:
                amount = f"{price} €" if loc == "fr" else f"€{price.replace(',', '.')}"
                if loc == "fr":
                    txt = (
                        f"<strong>{amount}</strong><br>Vendu par {escape(seller)} · Expédié par "
                        f"{escape(shipper)}"
                    )
                else:
                    txt = (
                        f"<strong>{amount}</strong><br>Sold by {escape(seller)} · Shipped by "
                        f"{escape(shipper)}"
                    )
                items.append((pid, txt))
            head = "Marché+ – " + prod
            other = (
                "Toutes les offres pour ce produit"
                if loc == "fr"
                else "All offers for this product"
            )
            write(
                f"market-{key}",
                loc,
                head,
                f"<h1>{escape(prod)}</h1>\n<p>{other}</p>\n" + cards(items),
            )


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


# --- A comment thread: pick the comment that breaks the law, not just good manners ---
THREADS = {
    "a": (
        (
            "Le conseil municipal vote la fermeture de la piscine",
            "Town council votes to close the swimming pool",
        ),
        [
            (
                "k1",
                "Décision absurde, ce maire ne comprend rien aux familles.",
                "Absurd decision, this mayor understands nothing about families.",
            ),
            (
                "k2",
                "Voilà l’adresse perso du maire, allons tous lui rendre visite ce soir : 8 impasse "
                "des Lilas.",
                "Here is the mayor's home address, let's all pay him a visit tonight: 8 impasse "
                "des Lilas.",
            ),
            (
                "k3",
                "Je trouve ce choix vraiment nul, je ne voterai plus pour eux.",
                "I think this choice is really lame, I won't vote for them again.",
            ),
            (
                "k4",
                "Quelqu’un a le compte rendu complet du conseil ?",
                "Does anyone have the full minutes of the meeting?",
            ),
        ],
        "k2",
    ),
    "b": (
        (
            "Un restaurant du centre-ville change de propriétaire",
            "A town-centre restaurant changes hands",
        ),
        [
            (
                "k1",
                "J’y ai mangé hier, c’était fade et trop cher.",
                "I ate there yesterday, it was bland and too expensive.",
            ),
            (
                "k2",
                "Service très lent, je n’y retournerai pas.",
                "Very slow service, I won't go back.",
            ),
            (
                "k3",
                "Si le nouveau patron ouvre, je viendrai lui casser la figure, il est prévenu.",
                "If the new owner opens, I'll come and smash his face in, he's been warned.",
            ),
            ("k4", "Dommage, l’ancienne carte était meilleure.", "Shame, the old menu was better."),
        ],
        "k3",
    ),
    "c": (
        ("Le club de foot local perd la finale", "The local football club loses the final"),
        [
            (
                "k1",
                "L’arbitre a été catastrophique, aucun doute.",
                "The referee was a disaster, no doubt about it.",
            ),
            (
                "k2",
                "Entraîneur incompétent, qu’il démissionne !",
                "Incompetent coach, he should resign!",
            ),
            (
                "k3",
                "Match ennuyeux, j’ai quitté le stade à la mi-temps.",
                "Boring match, I left the stadium at half-time.",
            ),
            (
                "k4",
                "Les joueurs de cette origine-là, il faudrait les virer du pays.",
                "Players of that origin should be kicked out of the country.",
            ),
        ],
        "k4",
    ),
    "d": (
        ("Une élève publie une vidéo de danse", "A pupil posts a dance video"),
        [
            (
                "k1",
                "Pas mon style de musique, mais bravo pour le travail.",
                "Not my kind of music, but well done for the work.",
            ),
            ("k2", "Bof, la chorégraphie est trop simple.", "Meh, the choreography is too simple."),
            (
                "k3",
                "Je repartage avec sa photo en maillot de bain que j’ai trouvée, tout le monde "
                "doit la voir.",
                "I'm reposting it with her swimsuit photo I found, everyone must see it.",
            ),
            (
                "k4",
                "Le son est mauvais, change de micro.",
                "The sound is bad, change your microphone.",
            ),
        ],
        "k3",
    ),
}


def build_threads() -> None:
    for key, ((t_fr, t_en), comments, _target) in THREADS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            title = t_fr if fr else t_en
            items = [
                (pid, escape(c_fr if fr else c_en, quote=False)) for pid, c_fr, c_en in comments
            ]
            sub = "Commentaires" if fr else "Comments"
            write(
                f"thread-{key}",
                loc,
                title,
                f"<h1>{escape(title)}</h1>\n<h2>{sub}</h2>\n" + cards(items),
            )


# --- An acknowledgement of receipt for an online application (receipt) ---
RECEIPTS = {
    "a": (
        "Demande de bourse de lycée",
        "High-school grant application",
        "BL-2026-48213",
        "12/01/2027",
        "12 January 2027",
        "le dernier avis d’imposition",
        "the latest tax notice",
    ),
    "b": (
        "Demande de carte de stationnement résident",
        "Resident parking permit application",
        "ST-91-07754",
        "05/02/2027",
        "5 February 2027",
        "un justificatif de domicile",
        "a proof of address",
    ),
    "c": (
        "Inscription à l’école maternelle",
        "Nursery school enrolment",
        "EC-2027-00391",
        "27/03/2027",
        "27 March 2027",
        "le carnet de vaccination",
        "the vaccination record",
    ),
    "d": (
        "Demande d’aide au permis de conduire",
        "Driving licence grant application",
        "AP-33-61028",
        "30/04/2027",
        "30 April 2027",
        "une attestation d’inscription à l’auto-école",
        "a driving school enrolment certificate",
    ),
}


def build_receipts() -> None:
    for key, (n_fr, n_en, number, d_fr, d_en, p_fr, p_en) in RECEIPTS.items():
        for loc in ("fr", "en"):
            if loc == "fr":
                head = "Accusé de réception"
                body = (
                    f"<h1>{head}</h1>\n<p>Votre demande « {n_fr} » a bien été reçue le 2 décembre "
                    "2026 à 10 h 14.</p>\n"
                    f"<p>Référence de l’envoi : ENV-{number[-5:]}-2</p>\n<p>Numéro de dossier : "
                    f"<strong>{number}</strong></p>\n"
                    f"<p>Votre dossier est incomplet. Il manque : {p_fr}. Déposez-le dans votre "
                    "espace avant le "
                    f"{d_fr}, sinon la demande sera classée sans suite.</p>\n"
                    "<p>Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>"
                )
            else:
                head = "Acknowledgement of receipt"
                body = (
                    f'<h1>{head}</h1>\n<p>Your application "{n_en}" was received on 2 December '
                    "2026 at 10:14.</p>\n"
                    f"<p>Sending reference: ENV-{number[-5:]}-2</p>\n<p>File number: "
                    f"<strong>{number}</strong></p>\n"
                    f"<p>Your file is incomplete. Missing: {p_en}. Upload it to your account "
                    "before "
                    f"{d_en}, otherwise the application will be closed.</p>\n"
                    "<p>This message is sent automatically, please do not reply.</p>"
                )
            write(f"receipt-{key}", loc, head, body)


# --- Profile visibility settings (visibility) ---
AUDIENCES = {
    "all": ("Tout le monde", "Everyone (public)"),
    "fr": ("Amis", "Friends only"),
    "fof": ("Amis et amis d’amis", "Friends and their friends"),
    "me": ("Moi uniquement", "Only me"),
}
FIELDS = [
    ("Date de naissance", "Date of birth"),
    ("Numéro de téléphone", "Phone number"),
    ("Liste d’amis", "Friends list"),
    ("Photos où je suis identifié(e)", "Photos I am tagged in"),
    ("Ville actuelle", "Current city"),
]
PANELS = {
    "a": ["fof", "me", "all", "fr", "all"],
    "b": ["me", "fr", "fof", "all", "fr"],
    "c": ["all", "fof", "me", "fr", "me"],
    "d": ["fr", "all", "fr", "me", "fof"],
}


def build_panels() -> None:
    for key, who in PANELS.items():
        for loc in ("fr", "en"):
            i = 0 if loc == "fr" else 1
            head = "Paramètres – Qui peut voir…" if loc == "fr" else "Settings – Who can see…"
            th = (
                "<tr><th>Information</th><th>Visible par</th></tr>"
                if loc == "fr"
                else ("<tr><th>Information</th><th>Visible to</th></tr>")
            )
            rows = "".join(
                f"<tr><td>{escape(f[i], quote=False)}</td>"
                f"<td>{escape(AUDIENCES[w][i], quote=False)}</td></tr>"
                for f, w in zip(FIELDS, who, strict=True)
            )
            write(f"visibility-{key}", loc, head, f"<h1>{head}</h1>\n<table>{th}{rows}</table>")


# --- Speed measurements per service: pick the service that is singled out (speedlog) ---
SPEEDS = {
    "a": [
        ("Vidéo ClipVision", "ClipVision video", [2, 2, 3]),
        ("Site d’actualités", "News site", [78, 64, 81]),
        ("Cloud PhotoBox", "PhotoBox cloud", [75, 60, 79]),
        ("Test général", "General test", [80, 66, 84]),
    ],
    "b": [
        ("Test général", "General test", [45, 31, 47]),
        ("Jeu en ligne Arena", "Arena online game", [44, 30, 46]),
        ("Appel vidéo Parloir", "Parloir video call", [1, 1, 1]),
        ("Musique OndeLibre", "OndeLibre music", [43, 29, 45]),
    ],
    "c": [
        ("Site d’actualités", "News site", [12, 11, 13]),
        ("Test général", "General test", [13, 12, 14]),
        ("Vidéo ClipVision", "ClipVision video", [12, 10, 13]),
        ("Partage de fichiers DuoDrive", "DuoDrive file sharing", [12, 11, 12]),
        ("Podcasts AudioVille", "AudioVille podcasts", [2, 1, 2]),
    ],
    "d": [
        ("Messagerie instantanée Tchat+", "Tchat+ instant messaging", [0, 0, 0]),
        ("Test général", "General test", [150, 120, 160]),
        ("Vidéo ClipVision", "ClipVision video", [148, 118, 155]),
        ("Site d’actualités", "News site", [140, 115, 150]),
    ],
}


def build_speeds() -> None:
    for key, rows in SPEEDS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Relevé de débits (Mbit/s)" if fr else "Speed log (Mbit/s)"
            th = (
                "<tr><th>Service</th><th>Lundi 9 h</th><th>Mercredi 21 h</th><th>Samedi 15 "
                "h</th></tr>"
                if fr
                else "<tr><th>Service</th><th>Monday 9 am</th><th>Wednesday 9 pm</th><th>Saturday "
                "3 pm</th></tr>"
            )
            body = "".join(
                f'<tr data-pick="v{n}"><td>{escape(n_fr if fr else n_en, quote=False)}</td>'
                + "".join(f"<td>{x}</td>" for x in vals)
                + "</tr>"
                for n, (n_fr, n_en, vals) in enumerate(rows, 1)
            )
            note = (
                "Mesures faites sur la même connexion, au même endroit, avec le même appareil."
                if fr
                else "Measurements made on the same connection, in the same place, with the same "
                "device."
            )
            write(
                f"speed-{key}",
                loc,
                head,
                f"<h1>{head}</h1>\n<p>{note}</p>\n<table>{th}{body}</table>",
            )


# --- An article with its picture credits: pick the sign that a picture is AI-made ---
CREDITS = {
    "a": [
        ("Photo : Agence Lumen", "Photo: Lumen agency"),
        (
            "Illustration : image créée avec un générateur d’images par IA",
            "Illustration: picture made with an AI image generator",
        ),
        ("Carte : service infographie", "Map: graphics desk"),
        ("Photo : archives de la ville", "Photo: town archives"),
    ],
    "b": [
        ("Photo : lecteur du journal", "Photo: a reader of the paper"),
        ("Dessin : Camille V.", "Drawing: Camille V."),
        ("Photo : service de presse du club", "Photo: club press office"),
        (
            "Visuel généré par intelligence artificielle, à titre d’illustration",
            "Visual generated by artificial intelligence, for illustration",
        ),
    ],
    "c": [
        (
            "Image de synthèse produite par IA (outil de la rédaction)",
            "Synthetic picture produced by AI (newsroom tool)",
        ),
        ("Photo : Agence Lumen", "Photo: Lumen agency"),
        ("Photo : mairie de Valmont", "Photo: Valmont town hall"),
        ("Graphique : données de l’Insee", "Chart: Insee data"),
    ],
    "d": [
        ("Photo : archives familiales", "Photo: family archives"),
        ("Photo : Agence Lumen", "Photo: Lumen agency"),
        (
            "Montage photo réalisé par IA à partir de clichés d’archives",
            "Photo montage made by AI from archive shots",
        ),
        ("Capture d’écran : vidéo de la conférence", "Screenshot: conference video"),
    ],
}


def build_credits() -> None:
    for key, rows in CREDITS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Article – crédits des images" if fr else "Article – picture credits"
            intro = (
                "L’article est illustré par quatre images. Sous chacune, la légende indique son "
                "origine."
                if fr
                else "The article is illustrated by four pictures. Under each one, the caption "
                "gives its origin."
            )
            items = [
                (
                    f"i{n}",
                    (f"Image {n} – " if fr else f"Picture {n} – ")
                    + escape(c_fr if fr else c_en, quote=False),
                )
                for n, (c_fr, c_en) in enumerate(rows, 1)
            ]
            write(f"credits-{key}", loc, head, f"<h1>{head}</h1>\n<p>{intro}</p>\n" + cards(items))


# --- Terms of use of a free app: pick the clause about reusing your content (terms) ---
TERMS = {
    "t_ok1": (
        "Vous devez avoir au moins 15 ans pour créer un compte.",
        "You must be at least 15 to create an account.",
    ),
    "t_ok2": (
        "Vous pouvez supprimer votre compte à tout moment depuis les paramètres.",
        "You can delete your account at any time from the settings.",
    ),
    "t_ok3": (
        "Nous pouvons modifier ces conditions ; nous vous en informerons 30 jours avant.",
        "We may change these terms; we will tell you 30 days beforehand.",
    ),
    "t_ok4": (
        "Les comptes qui publient du spam peuvent être suspendus.",
        "Accounts that post spam may be suspended.",
    ),
    "t_lic": (
        "Vous nous accordez une licence mondiale et gratuite pour utiliser, modifier et diffuser "
        "vos photos, y compris dans nos publicités.",
        "You grant us a worldwide, royalty-free licence to use, modify and distribute your photos, "
        "including in our ads.",
    ),
    "t_sell": (
        "Nous partageons vos centres d’intérêt et votre position approximative avec nos "
        "partenaires publicitaires.",
        "We share your interests and approximate location with our advertising partners.",
    ),
}
TERMS_SETS = {
    "a": ["t_ok1", "t_lic", "t_ok2", "t_ok3"],
    "b": ["t_ok2", "t_ok4", "t_ok1", "t_lic"],
    "c": ["t_sell", "t_ok3", "t_ok4", "t_ok2"],
    "d": ["t_ok4", "t_ok1", "t_sell", "t_ok3"],
}


def build_terms() -> None:
    for key, order in TERMS_SETS.items():
        for loc in ("fr", "en"):
            i = 0 if loc == "fr" else 1
            head = (
                "Conditions d’utilisation – extraits" if loc == "fr" else "Terms of use – extracts"
            )
            rows = "\n".join(
                f'<li data-pick="a{n}">{escape(TERMS[t][i], quote=False)}</li>'
                for n, t in enumerate(order, 1)
            )
            write(f"terms-{key}", loc, head, f"<h1>{head}</h1>\n<ol>\n{rows}\n</ol>")


# --- A look-alike "procedure" site: pick the mention that it is not a public service ---
LOOKALIKE = {
    "a": (
        "Acte de naissance en ligne",
        "Birth certificate online",
        [
            ("Commandez votre acte en 2 minutes.", "Order your certificate in 2 minutes."),
            ("Paiement sécurisé par carte bancaire.", "Secure card payment."),
            (
                "Site privé indépendant, non rattaché à l’administration ; frais de service : "
                "29,90 €.",
                "Independent private site, not linked to the administration; service fee: €29.90.",
            ),
            ("Plus de 50 000 demandes traitées.", "Over 50,000 applications handled."),
        ],
        "m3",
    ),
    "b": (
        "Carte grise express",
        "Express vehicle registration",
        [
            (
                "Société de services habilitée, ni ministère ni préfecture : notre accompagnement "
                "est facturé 34 €.",
                "Authorised service company, neither ministry nor prefecture: our assistance is "
                "charged €34.",
            ),
            (
                "Démarche 100 % en ligne, sans vous déplacer.",
                "100% online procedure, no need to travel.",
            ),
            ("Assistance par téléphone du lundi au samedi.", "Phone support Monday to Saturday."),
            ("Avis clients : 4,6 / 5.", "Customer reviews: 4.6/5."),
        ],
        "m1",
    ),
    "c": (
        "Casier judiciaire rapide",
        "Fast criminal record",
        [
            ("Recevez votre extrait par courriel.", "Get your extract by email."),
            ("Formulaire simple et guidé.", "Simple, guided form."),
            ("Service disponible 7 jours sur 7.", "Service available 7 days a week."),
            (
                "Ce site est édité par une entreprise privée et n’est pas le site officiel ; frais "
                "d’assistance : 19,90 €.",
                "This site is run by a private company and is not the official site; assistance "
                "fee: €19.90.",
            ),
        ],
        "m4",
    ),
    "d": (
        "Changement d’adresse facile",
        "Easy change of address",
        [
            ("Prévenez tous les organismes en une seule fois.", "Notify every body at once."),
            (
                "Abonnement d’accompagnement à 24,90 € par mois, sans lien avec un service public.",
                "Assistance subscription at €24.90 a month, with no link to any public service.",
            ),
            ("Vos données sont chiffrées.", "Your data is encrypted."),
            (
                "Déjà des milliers d’utilisateurs satisfaits.",
                "Thousands of satisfied users already.",
            ),
        ],
        "m2",
    ),
}


def build_lookalike() -> None:
    for key, (t_fr, t_en, rows, _target) in LOOKALIKE.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            title = t_fr if fr else t_en
            items = [
                (f"m{n}", escape(r_fr if fr else r_en, quote=False))
                for n, (r_fr, r_en) in enumerate(rows, 1)
            ]
            write(f"lookalike-{key}", loc, title, f"<h1>{escape(title)}</h1>\n" + cards(items))


# --- A town's sports grant scale: amount for a household (scale) ---
SCALE = [
    ("0 à 600 €", "€0 to €600", 90),
    ("601 à 900 €", "€601 to €900", 60),
    ("901 à 1 200 €", "€901 to €1,200", 35),
    ("plus de 1 200 €", "over €1,200", 0),
]


def build_scale() -> None:
    for loc in ("fr", "en"):
        fr = loc == "fr"
        head = "Coup de pouce sport de la commune – barème" if fr else "Town sports grant – scale"
        intro = (
            "Aide versée par enfant de 6 à 17 ans inscrit dans un club de la commune, selon le "
            "quotient familial "
            "(QF) du foyer. L’aide ne peut pas dépasser le prix de la licence."
            if fr
            else "Grant paid per child aged 6 to 17 enrolled in a club of the town, according to "
            "the household's "
            "family quotient (QF). The grant cannot exceed the price of the club licence."
        )
        th = (
            "<tr><th>Quotient familial</th><th>Aide par enfant</th></tr>"
            if fr
            else ("<tr><th>Family quotient</th><th>Grant per child</th></tr>")
        )
        rows = "".join(
            f"<tr><td>{q_fr if fr else q_en}</td><td>{(f'{a} €' if fr else f'€{a}')}</td></tr>"
            for q_fr, q_en, a in SCALE
        )
        write("scale", loc, head, f"<h1>{head}</h1>\n<p>{intro}</p>\n<table>{th}{rows}</table>")


# --- The menu of a social-network post (menu) ---
MENUS = {
    "a": [
        ("Enregistrer la publication", "Save post"),
        ("Masquer la publication", "Hide post"),
        ("Signaler la publication", "Report post"),
        ("Ne plus suivre cette personne", "Unfollow this person"),
        ("Copier le lien", "Copy link"),
    ],
    "b": [
        ("Copier le lien", "Copy link"),
        ("Signaler un problème", "Report a problem"),
        ("Partager dans une story", "Share to a story"),
        ("Ajouter aux favoris", "Add to favourites"),
        ("Masquer", "Hide"),
    ],
    "c": [
        ("Masquer les publications de ce compte", "Hide posts from this account"),
        ("Pourquoi je vois cette publication ?", "Why am I seeing this post?"),
        ("Enregistrer", "Save"),
        ("Partager", "Share"),
        ("Signaler", "Report"),
    ],
    "d": [
        ("Intégrer", "Embed"),
        ("Signaler ce contenu", "Report this content"),
        ("Partager", "Share"),
        ("Enregistrer", "Save"),
        ("Ne plus suivre", "Unfollow"),
    ],
}


def build_menus() -> None:
    for key, rows in MENUS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Menu « ⋯ » d’une publication" if fr else 'A post\'s "⋯" menu'
            items = "\n".join(
                '<li><a href="#" '
                f'data-pick="u{n}">{escape(r_fr if fr else r_en, quote=False)}</a></li>'
                for n, (r_fr, r_en) in enumerate(rows, 1)
            )
            write(f"menu-{key}", loc, head, f"<h1>{escape(head)}</h1>\n<ul>\n{items}\n</ul>")


# --- App store search results: pick the first result that is not an ad (store) ---
STORE = {
    "a": (
        "météo",
        "weather",
        [
            ("MétéoPlus Pro", True),
            ("Ciel & Vent", True),
            ("Météo Locale", False),
            ("Radar Pluie", False),
        ],
        "s3",
    ),
    "b": (
        "budget",
        "budget",
        [
            ("Budget Malin", False),
            ("Épargne Facile", True),
            ("Mes Comptes", False),
            ("Argent Zen", True),
        ],
        "s1",
    ),
    "c": (
        "randonnée",
        "hiking",
        [("Sentiers Pro", True), ("TrekMap", False), ("Balades 360", True), ("Carto Rando", False)],
        "s2",
    ),
    "d": (
        "traduction",
        "translation",
        [("Traduct+", True), ("LinguaVite", True), ("Parlez Tout", True), ("Dico Libre", False)],
        "s4",
    ),
}


def build_store() -> None:
    for key, (q_fr, q_en, apps, _target) in STORE.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Boutique d’applications – résultats" if fr else "App store – results"
            shown = f"« {q_fr} »" if fr else f"“{q_en}”"
            items = []
            for n, (name, ad) in enumerate(apps, 1):
                label = (
                    ('<div class="small">Annonce</div>' if fr else '<div class="small">Ad</div>')
                    if ad
                    else ""
                )
                dl = "Installer" if fr else "Install"
                items.append((f"s{n}", f"{label}<strong>{escape(name)}</strong> · {dl}"))
            write(f"store-{key}", loc, head, f"<h1>{head}</h1>\n<p>{shown}</p>\n" + cards(items))


# --- A school's or employer's charter on AI tools (charter) ---
CHARTERS = {
    "a": (
        "Lycée Condorcet – usage des outils d’IA",
        "Condorcet high school – use of AI tools",
        [
            (
                "Autorisé : demander à une IA d’expliquer une notion du cours.",
                "Allowed: asking an AI to explain a notion from the course.",
            ),
            (
                "Autorisé : faire corriger l’orthographe d’un devoir, en le signalant en fin de "
                "copie.",
                "Allowed: having a homework's spelling corrected, if you say so at the end of the "
                "paper.",
            ),
            (
                "Interdit : rendre un texte rédigé par une IA comme s’il était le vôtre.",
                "Forbidden: handing in a text written by an AI as if it were your own.",
            ),
            (
                "Interdit : saisir dans une IA des informations personnelles sur d’autres élèves.",
                "Forbidden: typing personal information about other pupils into an AI.",
            ),
        ],
    ),
    "b": (
        "Société Alvéa – charte IA des salariés",
        "Alvéa company – staff AI charter",
        [
            (
                "Autorisé : utiliser l’assistant IA fourni par l’entreprise pour résumer des "
                "documents internes.",
                "Allowed: using the company's AI assistant to summarise internal documents.",
            ),
            (
                "Interdit : coller des documents internes dans un service d’IA public.",
                "Forbidden: pasting internal documents into a public AI service.",
            ),
            (
                "Obligatoire : relire et vérifier tout texte produit par l’IA avant de l’envoyer à "
                "un client.",
                "Mandatory: reread and check any AI-produced text before sending it to a customer.",
            ),
            (
                "Interdit : utiliser une IA pour décider seule d’un recrutement.",
                "Forbidden: using an AI to decide on a hiring on its own.",
            ),
        ],
    ),
    "c": (
        "Association Les Jardins partagés – publications",
        "Shared Gardens association – publications",
        [
            (
                "Autorisé : illustrer les affiches avec des images générées par IA, avec la "
                "mention « image générée par IA ».",
                "Allowed: illustrating posters with AI-generated pictures, with the mention "
                '"AI-generated picture".',
            ),
            (
                "Interdit : publier des photos retouchées par IA de membres identifiables sans "
                "leur accord.",
                "Forbidden: publishing AI-edited photos of identifiable members without their "
                "consent.",
            ),
            (
                "Autorisé : faire traduire par une IA le programme des activités.",
                "Allowed: having an AI translate the activity programme.",
            ),
            (
                "Interdit : signer un texte écrit par une IA du nom d’un membre.",
                "Forbidden: signing an AI-written text with a member's name.",
            ),
        ],
    ),
}


def build_charters() -> None:
    for key, (t_fr, t_en, rules) in CHARTERS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            title = t_fr if fr else t_en
            rows = "\n".join(
                f"<li>{escape(r_fr if fr else r_en, quote=False)}</li>" for r_fr, r_en in rules
            )
            write(f"charter-{key}", loc, title, f"<h1>{escape(title)}</h1>\n<ul>\n{rows}\n</ul>")


# --- A marketplace's fees for sellers (fees) ---
def build_fees() -> None:
    for loc in ("fr", "en"):
        fr = loc == "fr"
        head = "Marché+ – frais pour les vendeurs" if fr else "Marché+ – fees for sellers"
        rows = (
            [
                ("Commission sur le prix de vente (livraison comprise)", "12 %"),
                ("Frais fixes par commande", "0,50 €"),
                ("Abonnement mensuel (vendeur particulier)", "0 €"),
            ]
            if fr
            else [
                ("Commission on the sale price (delivery included)", "12%"),
                ("Fixed fee per order", "€0.50"),
                ("Monthly subscription (private seller)", "€0"),
            ]
        )
        body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        write("fees", loc, head, f"<h1>{head}</h1>\n<table>{body}</table>")


# --- An AI answer and the sources it offers: pick the one to check it against (sources) ---
SOURCES = {
    "a": (
        (
            "Quelle est la date limite pour m’inscrire sur les listes électorales ?",
            "What is the deadline to register on the electoral roll?",
        ),
        [
            (
                "forum-citoyens.net – « Je crois que c’est un mois avant »",
                'forum-citoyens.net – "I think it\'s a month before"',
            ),
            (
                "www.service-public.fr – Inscription sur les listes électorales",
                "www.service-public.fr – Registering on the electoral roll",
            ),
            (
                "blog-actu-politique.fr – Élections : ce qu’il faut savoir",
                "blog-actu-politique.fr – Elections: what you need to know",
            ),
            (
                "video-tuto.example – Tuto inscription en 2 minutes",
                "video-tuto.example – Registration tutorial in 2 minutes",
            ),
        ],
    ),
    "b": (
        (
            "Quelle dose de paracétamol pour un enfant de 20 kg ?",
            "What dose of paracetamol for a 20 kg child?",
        ),
        [
            (
                "parents-entraide.fr – « Moi je donne un demi-comprimé »",
                'parents-entraide.fr – "I give half a tablet"',
            ),
            (
                "sante-naturelle-blog.com – Les remèdes de grand-mère",
                "sante-naturelle-blog.com – Grandma's remedies",
            ),
            (
                "pharmacie-promo.example – Paracétamol au meilleur prix",
                "pharmacie-promo.example – Paracetamol at the best price",
            ),
            (
                "base-donnees-publique.medicaments.gouv.fr – Notice du médicament",
                "base-donnees-publique.medicaments.gouv.fr – Package leaflet of the medicine",
            ),
        ],
    ),
    "c": (
        ("Combien vais-je toucher de prime d’activité ?", "How much activity bonus will I get?"),
        [
            (
                "www.caf.fr – Simulateur de la prime d’activité",
                "www.caf.fr – Activity bonus simulator",
            ),
            (
                "forum-aides-sociales.net – « J’ai eu 200 € »",
                'forum-aides-sociales.net – "I got €200"',
            ),
            (
                "argent-malin-blog.fr – Toutes les aides en 2025",
                "argent-malin-blog.fr – All benefits in 2025",
            ),
            (
                "aide-dossiers-caf.example – Nous calculons pour vous (9,90 €)",
                "aide-dossiers-caf.example – We calculate for you (€9.90)",
            ),
        ],
    ),
    "d": (
        (
            "Faut-il un permis pour piloter un petit drone de loisir ?",
            "Do I need a licence to fly a small leisure drone?",
        ),
        [
            (
                "drone-passion-forum.net – « Jamais eu besoin de rien »",
                'drone-passion-forum.net – "Never needed anything"',
            ),
            (
                "boutique-drones.example – Nos drones sans formalités",
                "boutique-drones.example – Our drones with no formalities",
            ),
            (
                "www.ecologie.gouv.fr – Drones de loisir : la réglementation",
                "www.ecologie.gouv.fr – Leisure drones: the regulations",
            ),
            (
                "actu-high-tech.fr – Les 10 meilleurs drones",
                "actu-high-tech.fr – The 10 best drones",
            ),
        ],
    ),
}


def build_sources() -> None:
    for key, ((q_fr, q_en), rows) in SOURCES.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = (
                "Assistant IA – réponse et sources" if fr else "AI assistant – answer and sources"
            )
            note = (
                "L’assistant donne une réponse chiffrée et précise, puis propose ces liens :"
                if fr
                else "The assistant gives a precise answer with figures, then offers these links:"
            )
            items = "\n".join(
                '<li><a href="#" '
                f'data-pick="q{n}">{escape(r_fr if fr else r_en, quote=False)}</a></li>'
                for n, (r_fr, r_en) in enumerate(rows, 1)
            )
            write(
                f"sources-{key}",
                loc,
                head,
                f"<h1>{head}</h1>\n<p><em>{escape(q_fr if fr else q_en, quote=False)}</em></p>\n"
                f"<p>{note}</p>\n"
                f"<ul>\n{items}\n</ul>",
            )


# --- Fifth variants ---
ACCOUNT_ORDER["e"] = ["l1", "l5", "l2", "l6", "l3", "l4"]
MENUS["e"] = [
    ("Ajouter aux favoris", "Add to favourites"),
    ("Voir moins de publications de ce type", "See fewer posts like this"),
    ("Copier le lien", "Copy link"),
    ("Signaler la publication à la modération", "Report post to moderators"),
    ("Masquer", "Hide"),
]
STORE["e"] = (
    "cuisine",
    "cooking",
    [
        ("Chef Express", True),
        ("Recettes Faciles", True),
        ("Marmiton Libre", True),
        ("Popote", False),
    ],
    "s4",
)
TERMS_SETS["e"] = ["t_ok3", "t_ok2", "t_lic", "t_ok1"]
PLANS["e"] = (
    "Forfait Mistral 200 Go",
    "Mistral 200 GB plan",
    ["ok3", "ok2", "ok1", "ok5", "bad_b"],
)
MARKET["e"] = (
    "Cafetière à piston",
    "French press coffee maker",
    [
        ("o1", "18,90", "CaféShop", "Marché+"),
        ("o2", "17,50", "Maison&Tasse", "Maison&Tasse"),
        ("o3", "21,00", "Marché+", "Marché+"),
        ("o4", "16,80", "Brûlerie Sud", "Brûlerie Sud"),
    ],
    "o3",
)
APPS["e"] = (
    "LinguaPop",
    [
        ("1 semaine", "1 week", "1,49"),
        ("1 mois", "1 month", "4,99"),
        ("3 mois", "3 months", "12,99"),
        ("1 an", "1 year", "54,99"),
    ],
)
SPEEDS["e"] = [
    ("Test général", "General test", [300, 250, 310]),
    ("Vidéo ClipVision", "ClipVision video", [290, 240, 300]),
    ("Stockage en ligne NuageLibre", "NuageLibre online storage", [3, 2, 3]),
    ("Site d’actualités", "News site", [280, 230, 295]),
]
CREDITS["e"] = [
    ("Photo : Agence Lumen", "Photo: Lumen agency"),
    ("Photo : club de voile", "Photo: sailing club"),
    ("Infographie : service graphique", "Infographic: graphics desk"),
    ("Portrait fictif créé par une IA générative", "Fictional portrait created by a generative AI"),
]
LOOKALIKE["e"] = (
    "Permis de conduire en ligne",
    "Driving licence online",
    [
        ("Suivez votre demande en temps réel.", "Track your application in real time."),
        ("Paiement en trois fois possible.", "Pay in three instalments."),
        ("Réponse sous 24 h par nos conseillers.", "Answer within 24 hours from our advisers."),
        (
            "Intermédiaire privé : nous transmettons votre dossier à l’administration "
            "contre 49 € de frais.",
            "Private intermediary: we send your file to the administration for a €49 fee.",
        ),
    ],
    "m4",
)
RECEIPTS["e"] = (
    "Demande de composteur individuel",
    "Home composter request",
    "CP-2027-11587",
    "15/03/2027",
    "15 March 2027",
    "une photo du jardin",
    "a photo of the garden",
)
PROFILES["e"] = (
    "Lina S.",
    [
        ("p1", "Dessine des mangas", "Draws manga"),
        ("p2", "Habite en Normandie", "Lives in Normandy"),
        ("p3", "Fan de course à pied", "Running fan"),
        (
            "p4",
            "Ma carte bancaire arrive à expiration, la voici en photo recto verso pour rire",
            "My bank card is about to expire, here it is photographed front and back for a laugh",
        ),
        ("p5", "Chat : Moka, 3 ans", "Cat: Moka, 3 years old"),
    ],
    "p4",
)

PANELS["e"] = ["me", "all", "fof", "fr", "fr"]
THREADS["e"] = (
    ("Un nouveau cinéma ouvre en centre-ville", "A new cinema opens in the town centre"),
    [
        (
            "k1",
            "Les fauteuils sont confortables mais les places sont chères.",
            "The seats are comfy but tickets are pricey.",
        ),
        (
            "k2",
            "Le caissier m’a mal parlé : voici son nom, son adresse et son numéro, allez lui dire "
            "ce que vous en pensez.",
            "The cashier was rude to me: here are his name, address and number, "
            "go and tell him what you think.",
        ),
        (
            "k3",
            "Programmation décevante, que des grosses productions.",
            "Disappointing programme, only blockbusters.",
        ),
        (
            "k4",
            "Le parking est trop petit le samedi soir.",
            "The car park is too small on Saturday nights.",
        ),
    ],
    "k2",
)


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (
        build_results,
        build_account,
        build_profiles,
        build_plans,
        build_market,
        build_apps,
        build_chats,
        build_threads,
        build_receipts,
        build_speeds,
        build_credits,
        build_terms,
        build_lookalike,
        build_scale,
        build_menus,
        build_store,
        build_charters,
        build_fees,
        build_sources,
        build_panels,
    ):
        build()
