"""2.4 material, module results: build_results, ACCOUNT_LINKS, ACCOUNT_ORDER, build_account,
PROFILES, build_profiles, CLAUSES, PLANS, …. Writes its pages under
assessment/items/2.4/material/.
"""

from __future__ import annotations

from html import escape

from .kit import RESULTS, cards, write


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
