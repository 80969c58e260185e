# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""5.2 material, module devices: the tables and drawers PRINTERS, DESK, NETS, NET_BOX, NET_REP,
network, network_alt, PLANS, …, which main() writes under assessment/items/5.2/material/.
"""

from __future__ import annotations

from .kit import esc, page, svg

# ------------------------------------------------------------ printers (level 2)
PRINTERS = {  # (name, kind fr, kind en, state fr, state en); one colour printer is ready
    "a": [
        ("Accueil", "noir et blanc", "black and white", "Prête", "Ready"),
        ("Salle 2", "couleur", "colour", "Hors ligne", "Offline"),
        ("Atelier", "couleur", "colour", "Prête", "Ready"),
        ("Direction", "couleur", "colour", "Bourrage papier", "Paper jam"),
    ],
    "b": [
        ("Salle 2", "couleur", "colour", "Prête", "Ready"),
        ("Accueil", "noir et blanc", "black and white", "Prête", "Ready"),
        ("Atelier", "couleur", "colour", "Encre vide", "Out of ink"),
        ("Direction", "noir et blanc", "black and white", "Hors ligne", "Offline"),
    ],
    "c": [
        ("Direction", "couleur", "colour", "Hors ligne", "Offline"),
        ("Atelier", "noir et blanc", "black and white", "Prête", "Ready"),
        ("Accueil", "couleur", "colour", "Bourrage papier", "Paper jam"),
        ("Salle 2", "couleur", "colour", "Prête", "Ready"),
    ],
    "d": [
        ("Atelier", "couleur", "colour", "Encre vide", "Out of ink"),
        ("Direction", "couleur", "colour", "Prête", "Ready"),
        ("Salle 2", "noir et blanc", "black and white", "Prête", "Ready"),
        ("Accueil", "couleur", "colour", "Hors ligne", "Offline"),
    ],
}

# ------------------------------------------------------------ desk drawing (level 1)
DESK = [
    ("p1", "Écran", "Monitor"),
    ("p2", "Clavier", "Keyboard"),
    ("p3", "Souris", "Mouse"),
    ("p4", "Webcam", "Webcam"),
    ("p5", "Haut-parleurs", "Speakers"),
    ("p6", "Imprimante", "Printer"),
    ("p7", "Clé USB", "USB stick"),
    ("p8", "Micro", "Microphone"),
]

# ------------------------------------------------------------ home network diagrams (levels 3 and 7)
NETS = {
    # devices: (pick id, label fr, label en, link fr, link en, address, attached to "box" or "rep")
    "a": [
        ("n1", "Ordinateur fixe", "Desktop computer", "câble", "cable", "192.168.1.20", "box"),
        ("n2", "Téléviseur", "TV set", "câble", "cable", "192.168.1.21", "box"),
        ("n3", "Téléphone", "Phone", "Wi-Fi", "Wi-Fi", "192.168.0.34", "box"),
        ("n4", "Imprimante", "Printer", "Wi-Fi", "Wi-Fi", "192.168.1.50", "rep"),
        ("n5", "Portable", "Laptop", "Wi-Fi", "Wi-Fi", "192.168.1.36", "box"),
    ],
    "b": [
        ("n1", "Portable", "Laptop", "Wi-Fi", "Wi-Fi", "192.168.0.12", "rep"),
        ("n2", "Console de jeu", "Games console", "câble", "cable", "192.168.0.13", "box"),
        ("n3", "Imprimante", "Printer", "Wi-Fi", "Wi-Fi", "192.168.0.14", "box"),
        ("n4", "Tablette", "Tablet", "Wi-Fi", "Wi-Fi", "192.168.0.15", "box"),
        ("n5", "Téléviseur", "TV set", "câble", "cable", "192.168.10.16", "box"),
    ],
    "c": [
        ("n1", "Téléphone", "Phone", "Wi-Fi", "Wi-Fi", "10.0.0.41", "box"),
        ("n2", "Ordinateur fixe", "Desktop computer", "câble", "cable", "10.0.1.42", "box"),
        ("n3", "Enceinte connectée", "Smart speaker", "Wi-Fi", "Wi-Fi", "10.0.0.43", "box"),
        ("n4", "Tablette", "Tablet", "Wi-Fi", "Wi-Fi", "10.0.0.44", "box"),
        ("n5", "Caméra", "Camera", "Wi-Fi", "Wi-Fi", "10.0.0.45", "rep"),
    ],
    "d": [
        ("n1", "Téléviseur", "TV set", "câble", "cable", "192.168.1.10", "box"),
        ("n2", "Portable", "Laptop", "Wi-Fi", "Wi-Fi", "192.168.2.11", "box"),
        ("n3", "Console de jeu", "Games console", "Wi-Fi", "Wi-Fi", "192.168.1.12", "rep"),
        ("n4", "Téléphone", "Phone", "Wi-Fi", "Wi-Fi", "192.168.1.13", "box"),
        ("n5", "Imprimante", "Printer", "câble", "cable", "192.168.1.14", "box"),
    ],
}
NET_BOX = {"a": "192.168.1.1", "b": "192.168.0.1", "c": "10.0.0.1", "d": "192.168.1.1"}
NET_REP = {"a": "192.168.1.2", "b": "192.168.0.2", "c": "10.0.0.2", "d": "192.168.1.2"}


def network(lang: str, key: str) -> str:
    fr = lang == "fr"
    body = '<g data-pick="inet"><rect x="180" y="10" width="120" height="34" rx="17" fill="#eef" stroke="#446"/>'
    body += '<text x="240" y="32" text-anchor="middle">Internet</text></g><line x1="240" y1="44" x2="240" y2="70" stroke="#111" stroke-width="2"/>'
    body += f'<g data-pick="box"><rect x="170" y="70" width="140" height="44" fill="#f4f4f4" stroke="#111"/><text x="240" y="88" text-anchor="middle" font-weight="bold">{"Box" if fr else "Router (box)"}</text><text x="240" y="106" text-anchor="middle" font-size="12">{NET_BOX[key]}</text></g>'
    body += f'<g data-pick="rep"><rect x="430" y="150" width="140" height="44" fill="#f4f4f4" stroke="#111"/><text x="500" y="168" text-anchor="middle" font-weight="bold">{"Répéteur Wi-Fi" if fr else "Wi-Fi repeater"}</text><text x="500" y="186" text-anchor="middle" font-size="12">{NET_REP[key]}</text></g>'
    body += '<line x1="310" y1="100" x2="500" y2="150" stroke="#111" stroke-width="2" stroke-dasharray="6 4"/><text x="410" y="116" font-size="11">Wi-Fi</text>'
    nb = 0
    for pid, lfr, len_, kfr, ken, addr, att in NETS[key]:
        if att == "box":
            x, y, px, py = 10 + 112 * nb, 250, 240, 114
            nb += 1
        else:
            x, y, px, py = 470, 250, 500, 194
        dash = "" if kfr == "câble" else ' stroke-dasharray="6 4"'
        body += f'<line x1="{px}" y1="{py}" x2="{x + 52}" y2="{y}" stroke="#111" stroke-width="2"{dash}/>'
        body += f'<g data-pick="{pid}"><rect x="{x}" y="{y}" width="104" height="58" fill="#fff" stroke="#111"/><text x="{x + 52}" y="{y + 18}" text-anchor="middle" font-size="11" font-weight="bold">{esc(lfr if fr else len_)}</text><text x="{x + 52}" y="{y + 34}" text-anchor="middle" font-size="11">{esc(kfr if fr else ken)}</text><text x="{x + 52}" y="{y + 50}" text-anchor="middle" font-size="11">{addr}</text></g>'
    title = "Réseau de la maison" if fr else "Home network"
    return svg(title, 330, body, width=600)


def network_alt(lang: str, key: str) -> str:
    fr = lang == "fr"
    parts = []
    for _, lfr, len_, kfr, ken, addr, att in NETS[key]:
        via = (
            ("à la box" if att == "box" else "au répéteur")
            if fr
            else ("the router" if att == "box" else "the repeater")
        )
        parts.append(
            f"{lfr}, relié {via} par {kfr}, adresse {addr}"
            if fr
            else f"{len_}, linked to {via} by {ken}, address {addr}"
        )
    if fr:
        return (
            f"Schéma du réseau de la maison : Internet relié à la box (adresse {NET_BOX[key]}) ; un répéteur Wi-Fi (adresse {NET_REP[key]}) relié à la box en Wi-Fi ; appareils : "
            + " ; ".join(parts)
            + "."
        )
    return (
        f"Diagram of the home network: Internet linked to the router (address {NET_BOX[key]}); a Wi-Fi repeater (address {NET_REP[key]}) linked to the router by Wi-Fi; devices: "
        + "; ".join(parts)
        + "."
    )


# ------------------------------------------------------------ mobile plans (level 4)
PLANS = {
    # clauses (fr, en); the one that breaks net neutrality (zero rating or blocking) is printed
    "a": [
        ("100 Go d’Internet mobile en 5G par mois", "100 GB of 5G mobile data a month"),
        ("Appels et SMS illimités en France", "Unlimited calls and texts in France"),
        (
            "La musique en streaming sur l’appli OndeMusic ne compte pas dans vos 100 Go",
            "Music streamed on the OndeMusic app does not count against your 100 GB",
        ),
        (
            "Au-delà de 100 Go, débit réduit à 1 Mbit/s pour tous les usages",
            "Beyond 100 GB, speed reduced to 1 Mbit/s for all uses",
        ),
        ("Sans engagement, résiliable à tout moment", "No commitment, cancel at any time"),
    ],
    "b": [
        ("Appels illimités vers les fixes et mobiles", "Unlimited calls to landlines and mobiles"),
        ("50 Go d’Internet mobile par mois", "50 GB of mobile data a month"),
        (
            "Les applications d’appels vidéo autres que VisioPlus sont bloquées",
            "Video call apps other than VisioPlus are blocked",
        ),
        ("Partage de connexion inclus", "Tethering included"),
        ("Carte SIM offerte", "Free SIM card"),
    ],
    "c": [
        ("200 Go d’Internet mobile par mois", "200 GB of mobile data a month"),
        (
            "Les vidéos de la plateforme partenaire StreamA passent en priorité ; les autres sites vidéo sont ralentis en soirée",
            "Videos from partner platform StreamA get priority; other video sites are slowed down in the evening",
        ),
        ("Appels illimités", "Unlimited calls"),
        ("Engagement 12 mois", "12-month commitment"),
        ("Roaming 20 Go en Europe", "20 GB roaming in Europe"),
    ],
    "d": [
        ("SMS et MMS illimités", "Unlimited texts and MMS"),
        ("Appels illimités", "Unlimited calls"),
        ("30 Go d’Internet mobile par mois", "30 GB of mobile data a month"),
        ("Au-delà, 1 € par Go supplémentaire", "Beyond that, €1 per extra GB"),
        (
            "Les réseaux sociaux Pépite et Zoom-Zoom en illimité, hors de vos 30 Go",
            "The Pépite and Zoom-Zoom social networks unlimited, outside your 30 GB",
        ),
    ],
}


def plan(lang: str, key: str) -> str:
    fr = lang == "fr"
    items = "\n".join(
        f'<li data-pick="c{i}">{esc(fr_ if fr else en)}</li>'
        for i, (fr_, en) in enumerate(PLANS[key], 1)
    )
    title = f"Forfait Mobile {key.upper()}"
    head = "Ce qui est inclus" if fr else "What is included"
    return page(lang, title, f"<h1>{title}</h1>\n<h2>{head}</h2>\n<ul>\n{items}\n</ul>")


# ------------------------------------------------------------ app store pages (levels 3 and 5)
APPS = {
    # name, monthly price, yearly price, trial days; position of the trial line among the lines
    "a": ("Carnet Zen", 4.99, 39.99, 7),
    "b": ("Pas à Pas", 2.99, 24.99, 14),
    "c": ("Langues Vives", 9.99, 79.99, 7),
    "d": ("Photo Magie", 3.49, 29.99, 3),
}


def money(x: float, fr: bool) -> str:
    return (f"{x:.2f}".replace(".", ",") + " €") if fr else f"€{x:.2f}"


def app(lang: str, key: str) -> str:
    name, month, year, trial = APPS[key]
    fr = lang == "fr"
    lines = [
        ("Gratuit · Achats intégrés" if fr else "Free · In-app purchases"),
        (
            f"Premium mensuel : {money(month, fr)} par mois"
            if fr
            else f"Monthly Premium: {money(month, fr)} a month"
        ),
        (
            f"Premium annuel : {money(year, fr)} par an"
            if fr
            else f"Yearly Premium: {money(year, fr)} a year"
        ),
        (
            f"Essai gratuit de {trial} jours, puis {money(month, fr)} par mois, renouvelé automatiquement sauf résiliation"
            if fr
            else f"{trial}-day free trial, then {money(month, fr)} a month, renewed automatically unless cancelled"
        ),
        (
            "Note moyenne 4,3 sur 5 (12 800 avis)"
            if fr
            else "Average rating 4.3 out of 5 (12,800 reviews)"
        ),
    ]
    order = {
        "a": [0, 1, 3, 2, 4],
        "b": [0, 3, 1, 2, 4],
        "c": [0, 1, 2, 3, 4],
        "d": [3, 0, 1, 2, 4],
    }[key]
    items = "\n".join(f'<li data-pick="a{n}">{esc(lines[i])}</li>' for n, i in enumerate(order, 1))
    return page(
        lang,
        name,
        f"<h1>{esc(name)}</h1>\n<p><small>{'Application pour téléphone' if fr else 'Phone app'}</small></p>\n<ul>\n{items}\n</ul>",
    )


# ------------------------------------------------------------ chargers (level 3)
CHARGERS = {  # (label fr, label en, watts); the laptop needs USB-C Power Delivery at the power given in the item
    "a": [
        ("Chargeur de téléphone USB-C", "USB-C phone charger", "20 W"),
        ("Chargeur USB-A", "USB-A charger", "12 W"),
        ("Chargeur USB-C Power Delivery", "USB-C Power Delivery charger", "65 W"),
        ("Chargeur de montre", "Watch charger", "5 W"),
    ],
    "b": [
        ("Chargeur USB-C Power Delivery", "USB-C Power Delivery charger", "30 W"),
        ("Chargeur USB-C Power Delivery", "USB-C Power Delivery charger", "100 W"),
        ("Chargeur USB-A rapide", "Fast USB-A charger", "18 W"),
        ("Chargeur de tablette USB-C", "USB-C tablet charger", "25 W"),
    ],
    "c": [
        ("Chargeur USB-A", "USB-A charger", "10 W"),
        ("Chargeur de téléphone USB-C", "USB-C phone charger", "25 W"),
        ("Chargeur de console USB-C", "USB-C console charger", "39 W"),
        ("Chargeur USB-C Power Delivery", "USB-C Power Delivery charger", "45 W"),
    ],
    "d": [
        ("Chargeur USB-C Power Delivery", "USB-C Power Delivery charger", "45 W"),
        ("Chargeur USB-C Power Delivery", "USB-C Power Delivery charger", "20 W"),
        ("Chargeur USB-A rapide", "Fast USB-A charger", "18 W"),
        ("Chargeur de montre", "Watch charger", "5 W"),
    ],
}
