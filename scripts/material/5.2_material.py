# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Write the material of the new 5.2 item families (assessment/items/5.2/material/).

Run from the repository root: `python scripts/material/5.2_material.py`. Prints the keys it computes
(pick ids, savings) so the YAML solutions can be checked against the files.
"""

from __future__ import annotations

import html
from pathlib import Path

OUT = Path("assessment/items/5.2/material")
FR_SPACES = (
    (" %", "\u00a0%"),
    (" :", "\u00a0:"),
    (" ;", "\u202f;"),
    (" ?", "\u202f?"),
    (" !", "\u202f!"),
    ("« ", "«\u00a0"),
    (" »", "\u00a0»"),
)


def write(name: str, text: str) -> None:
    if "-fr." in name:
        for a, b in FR_SPACES:
            text = text.replace(a, b)
    (OUT / name).write_text(text, encoding="utf-8")


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def svg(title: str, height: int, body: str, width: int = 460) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">'
        f"<title>{esc(title)}</title>"
        f'<rect width="{width}" height="{height}" fill="#fff" stroke="#444"/>'
        f'<g font-family="sans-serif" font-size="14" fill="#111">{body}</g></svg>\n'
    )


def panel(title: str, rows: list[tuple[str, str]], prefix: str = "r") -> str:
    """A settings or status panel, one row per setting (r1, r2… pickable).

    Label left and value right; when a row is too long for one line, every row puts its value
    under its label.
    """
    stacked = any(len(label) + len(value) > 44 for label, value in rows)
    step = 58 if stacked else 44
    h = 60 + step * len(rows)
    body = f'<text x="20" y="32" font-size="18" font-weight="bold">{esc(title)}</text>'
    for i, (label, value) in enumerate(rows, 1):
        y = 48 + step * (i - 1)
        if stacked:
            texts = f'<text x="32" y="{y + 20}" font-size="13">{esc(label)}</text><text x="32" y="{y + 42}" font-weight="bold">{esc(value)}</text>'
        else:
            texts = f'<text x="32" y="{y + 24}">{esc(label)}</text><text x="428" y="{y + 24}" text-anchor="end" font-weight="bold">{esc(value)}</text>'
        body += f'<g data-pick="{prefix}{i}"><rect x="20" y="{y}" width="420" height="{step - 6}" fill="#f4f4f4" stroke="#888"/>{texts}</g>'
    return svg(title, h, body)


def page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{esc(title)}</title>'
        "<style>body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}"
        "li{margin:0 0 .8rem}table{border-collapse:collapse;width:100%}td,th{border:1px solid #888;padding:.4rem;text-align:left}"
        ".price{font-weight:bold}small{color:#444}</style></head>\n"
        f"<body><main>\n{body}\n</main></body></html>\n"
    )


# ------------------------------------------------------------ accessibility panel (level 1)
A11Y = {  # rows (fr, en, state fr, state en)
    "a": [
        ("Lecteur d’écran", "Screen reader", "Désactivé", "Off"),
        ("Taille du texte", "Text size", "100 %", "100%"),
        ("Sous-titres", "Captions", "Désactivés", "Off"),
        ("Correction des couleurs", "Colour correction", "Désactivée", "Off"),
    ],
    "b": [
        ("Taille du texte", "Text size", "100 %", "100%"),
        ("Correction des couleurs", "Colour correction", "Désactivée", "Off"),
        ("Lecteur d’écran", "Screen reader", "Désactivé", "Off"),
        ("Sous-titres", "Captions", "Désactivés", "Off"),
    ],
    "c": [
        ("Correction des couleurs", "Colour correction", "Désactivée", "Off"),
        ("Sous-titres", "Captions", "Désactivés", "Off"),
        ("Taille du texte", "Text size", "100 %", "100%"),
        ("Lecteur d’écran", "Screen reader", "Désactivé", "Off"),
    ],
    "d": [
        ("Sous-titres", "Captions", "Désactivés", "Off"),
        ("Lecteur d’écran", "Screen reader", "Désactivé", "Off"),
        ("Taille du texte", "Text size", "100 %", "100%"),
        ("Correction des couleurs", "Colour correction", "Désactivée", "Off"),
    ],
}
A11Y_TARGET = {
    "a": "Taille du texte",
    "b": "Lecteur d’écran",
    "c": "Sous-titres",
    "d": "Correction des couleurs",
}

# ------------------------------------------------------------ display settings (level 4)
DISPLAY = {  # rows (fr label, en label, fr value, en value)
    "a": [
        ("Résolution", "Resolution", "3840 × 2160 (recommandé)", "3840 × 2160 (recommended)"),
        ("Mise à l’échelle", "Scale", "100 %", "100%"),
        ("Orientation", "Orientation", "Paysage", "Landscape"),
        ("Plusieurs écrans", "Multiple displays", "Un seul écran", "One display only"),
    ],
    "b": [
        (
            "Résolution",
            "Resolution",
            "1280 × 720 (recommandé : 1920 × 1080)",
            "1280 × 720 (recommended: 1920 × 1080)",
        ),
        ("Mise à l’échelle", "Scale", "125 %", "125%"),
        ("Orientation", "Orientation", "Paysage", "Landscape"),
        ("Plusieurs écrans", "Multiple displays", "Un seul écran", "One display only"),
    ],
    "c": [
        ("Résolution", "Resolution", "1920 × 1080 (recommandé)", "1920 × 1080 (recommended)"),
        ("Mise à l’échelle", "Scale", "125 %", "125%"),
        ("Orientation", "Orientation", "Paysage", "Landscape"),
        (
            "Plusieurs écrans",
            "Multiple displays",
            "Dupliquer ces écrans",
            "Duplicate these displays",
        ),
    ],
    "d": [
        ("Résolution", "Resolution", "1920 × 1080 (recommandé)", "1920 × 1080 (recommended)"),
        ("Mise à l’échelle", "Scale", "100 %", "100%"),
        ("Orientation", "Orientation", "Portrait (retourné)", "Portrait (flipped)"),
        ("Plusieurs écrans", "Multiple displays", "Un seul écran", "One display only"),
    ],
}

# ------------------------------------------------------------ "About" sheets (level 2)
ABOUT = {  # (system, version, type fr, type en, ram Go, cpu)
    "a": (
        "Windows 11 Famille",
        "24H2",
        "Système d’exploitation 64 bits",
        "64-bit operating system",
        "8",
        "Intel Core i5, 2,4 GHz",
    ),
    "b": ("Ubuntu 24.04 LTS", "24.04", "64 bits", "64-bit", "16", "AMD Ryzen 5, 3,3 GHz"),
    "c": (
        "Windows 10 Famille",
        "22H2",
        "Système d’exploitation 32 bits",
        "32-bit operating system",
        "4",
        "Intel Celeron, 1,1 GHz",
    ),
    "d": ("Linux Mint 22", "22", "64 bits", "64-bit", "12", "Intel Core i3, 3,0 GHz"),
}

# ------------------------------------------------------------ ls -l listings (level 7)
LISTINGS = {
    # group asked about; lines; the only file a member of that group (not the owner) may write
    "a": (
        "compta",
        [
            "total 48",
            "-rw-r--r-- 1 lea   compta  8192 nov.  3 09:12 budget-2026.ods",
            "-rw-rw-r-- 1 lea   compta  4096 nov.  4 10:40 factures.ods",
            "-rw------- 1 lea   compta  2048 nov.  5 11:02 salaires.ods",
            "-rw-r----- 1 lea   compta  1024 nov.  6 08:30 notes.txt",
            "-rw-rw-r-- 1 lea   direction 2048 nov.  6 09:15 plan.odt",
        ],
    ),
    "b": (
        "profs",
        [
            "total 36",
            "-rw-r--r-- 1 omar  profs   6144 oct. 12 14:05 sujets.odt",
            "-rw-r----- 1 omar  profs   3072 oct. 13 16:20 notes.ods",
            "-rw-rw-r-- 1 omar  eleves  2048 oct. 14 09:00 consignes.odt",
            "-rw-rw---- 1 omar  profs   4096 oct. 15 10:10 bareme.ods",
            "-r--r--r-- 1 omar  profs   1024 oct. 15 11:45 lisezmoi.txt",
        ],
    ),
    "c": (
        "club",
        [
            "total 40",
            "-rw-rw-r-- 1 ines  club    5120 sept. 2 18:00 planning.ods",
            "-rw-r--r-- 1 ines  club    2048 sept. 3 19:30 statuts.odt",
            "-rw------- 1 ines  club    1024 sept. 4 20:15 adherents.ods",
            "-rw-r----- 1 ines  bureau  3072 sept. 5 21:00 budget.ods",
            "-r--r--r-- 1 ines  club    1024 sept. 6 08:00 regles.txt",
        ],
    ),
    "d": (
        "atelier",
        [
            "total 44",
            "-rw-r--r-- 1 paul  atelier 7168 janv. 8 08:45 stock.ods",
            "-rw-r----- 1 paul  atelier 2048 janv. 9 09:30 commandes.ods",
            "-rw-rw-r-- 1 paul  compta  3072 janv. 9 10:00 devis.odt",
            "-rw------- 1 paul  atelier 1024 janv. 10 11:20 codes.txt",
            "-rw-rw-r-- 1 paul  atelier 4096 janv. 11 14:10 horaires.odt",
        ],
    ),
}

# ------------------------------------------------------------ software table (level 3)
SOFTWARE = {  # name, licence fr, licence en, price fr, price en
    "a": [
        ("Lecteur Vega", "Propriétaire, gratuit", "Proprietary, free of charge", "0 €", "€0"),
        ("Bureautique Orme", "GNU GPL v3", "GNU GPL v3", "0 €", "€0"),
        (
            "Retouche Iris",
            "Propriétaire, abonnement",
            "Proprietary, subscription",
            "9,99 €/mois",
            "€9.99/month",
        ),
        (
            "Montage Kiwi",
            "Propriétaire, essai 30 jours",
            "Proprietary, 30-day trial",
            "49 €",
            "€49",
        ),
    ],
    "b": [
        (
            "Dessin Saule",
            "Propriétaire, gratuit avec publicités",
            "Proprietary, free with ads",
            "0 €",
            "€0",
        ),
        ("Notes Cèdre", "Propriétaire", "Proprietary", "19 €", "€19"),
        (
            "Navigateur Lynx",
            "Mozilla Public License 2.0",
            "Mozilla Public License 2.0",
            "0 €",
            "€0",
        ),
        (
            "Photo Pixo",
            "Propriétaire, achat unique",
            "Proprietary, one-off purchase",
            "29 €",
            "€29",
        ),
    ],
    "c": [
        ("Audio Merle", "Propriétaire, gratuit", "Proprietary, free of charge", "0 €", "€0"),
        ("Archives Tamis", "Propriétaire, partagiciel", "Proprietary, shareware", "25 €", "€25"),
        (
            "Agenda Pivoine",
            "Propriétaire, abonnement",
            "Proprietary, subscription",
            "3 €/mois",
            "€3/month",
        ),
        ("Cartes Boussole", "Licence Apache 2.0", "Apache License 2.0", "0 €", "€0"),
    ],
    "d": [
        ("Tableur Érable", "GNU LGPL v3", "GNU LGPL v3", "0 €", "€0"),
        ("Vidéo Comète", "Propriétaire, gratuit", "Proprietary, free of charge", "0 €", "€0"),
        (
            "Polices Plume",
            "Propriétaire, gratuit pour usage personnel",
            "Proprietary, free for personal use",
            "0 €",
            "€0",
        ),
        ("Scanner Lune", "Propriétaire", "Proprietary", "15 €", "€15"),
    ],
}

# ------------------------------------------------------------ system requirements (level 4)
REQS = {  # rows: (fr label, en label, required fr, required en, yours fr, yours en); one not met
    "a": [
        (
            "Système",
            "System",
            "Windows 10 ou 11, 64 bits",
            "Windows 10 or 11, 64-bit",
            "Windows 11, 64 bits",
            "Windows 11, 64-bit",
        ),
        ("Mémoire vive", "RAM", "8 Go", "8 GB", "16 Go", "16 GB"),
        ("Espace disque libre", "Free disk space", "25 Go", "25 GB", "18 Go", "18 GB"),
        (
            "Carte graphique",
            "Graphics card",
            "2 Go de mémoire",
            "2 GB of memory",
            "4 Go de mémoire",
            "4 GB of memory",
        ),
    ],
    "b": [
        (
            "Système",
            "System",
            "Windows 10 ou 11, 64 bits",
            "Windows 10 or 11, 64-bit",
            "Windows 10, 64 bits",
            "Windows 10, 64-bit",
        ),
        ("Mémoire vive", "RAM", "16 Go", "16 GB", "8 Go", "8 GB"),
        ("Espace disque libre", "Free disk space", "10 Go", "10 GB", "120 Go", "120 GB"),
        (
            "Carte graphique",
            "Graphics card",
            "1 Go de mémoire",
            "1 GB of memory",
            "2 Go de mémoire",
            "2 GB of memory",
        ),
    ],
    "c": [
        (
            "Système",
            "System",
            "Windows 10 ou 11, 64 bits",
            "Windows 10 or 11, 64-bit",
            "Windows 10, 32 bits",
            "Windows 10, 32-bit",
        ),
        ("Mémoire vive", "RAM", "4 Go", "4 GB", "4 Go", "4 GB"),
        ("Espace disque libre", "Free disk space", "5 Go", "5 GB", "60 Go", "60 GB"),
        (
            "Carte graphique",
            "Graphics card",
            "Toute carte récente",
            "Any recent card",
            "Intégrée, 2024",
            "Built-in, 2024",
        ),
    ],
    "d": [
        (
            "Système",
            "System",
            "Ubuntu 22.04 ou plus récent",
            "Ubuntu 22.04 or later",
            "Ubuntu 24.04",
            "Ubuntu 24.04",
        ),
        ("Mémoire vive", "RAM", "8 Go", "8 GB", "12 Go", "12 GB"),
        ("Espace disque libre", "Free disk space", "40 Go", "40 GB", "250 Go", "250 GB"),
        (
            "Carte graphique",
            "Graphics card",
            "4 Go de mémoire",
            "4 GB of memory",
            "2 Go de mémoire",
            "2 GB of memory",
        ),
    ],
}

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


# ------------------------------------------------------------ router labels (level 2)
LABELS = {
    "a": ("Onde-7A3F", "k4Pz-9wQe-Lm2R-x7Vb"),
    "b": ("Fibra-51C2E0", "vent8-ruche3-lampe5-grive"),
    "c": ("Maison_C8B0", "qa9vlx2kd7mw4tz"),
    "d": ("NetBox-4E91D2", "T6hJ2pW9sX4mQ8"),
}


def label(lang: str, key: str) -> str:
    ssid, wkey = LABELS[key]
    fr = lang == "fr"
    rows = [
        ("Modèle" if fr else "Model", "Box Fibre F7"),
        ("N° de série" if fr else "Serial no.", "F7-2026-00" + str(4100 + ord(key))),
        ("Nom du réseau Wi-Fi (SSID)" if fr else "Wi-Fi network name (SSID)", ssid),
        ("Clé de sécurité Wi-Fi (WPA2/WPA3)" if fr else "Wi-Fi security key (WPA2/WPA3)", wkey),
        ("Adresse d’administration" if fr else "Admin address", "http://192.168.1.254"),
    ]
    return panel("Étiquette sous la box" if fr else "Label under the router", rows, "e")


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

# ------------------------------------------------------------ Wi-Fi scans (level 6): network, channel, signal
SCANS = {
    "a": [
        ("Voisin-A1", 1, -71),
        ("Onde-22F0", 6, -64),
        ("Fibra-9C1", 6, -58),
        ("NetBox-3A", 11, -80),
        ("Maison_77", 1, -69),
        ("Cafe-Bas", 6, -75),
        ("Fibra-1D4", 1, -83),
    ],
    "b": [
        ("Onde-5B1", 11, -60),
        ("Voisin-B2", 11, -66),
        ("Maison_21", 1, -72),
        ("NetBox-88", 6, -79),
        ("Fibra-7E0", 11, -70),
        ("Ecole-Wifi", 1, -85),
        ("Onde-9A9", 11, -77),
    ],
    "c": [
        ("Fibra-2C2", 1, -62),
        ("Onde-71D", 6, -68),
        ("Maison_05", 1, -59),
        ("NetBox-4F", 11, -74),
        ("Voisin-C9", 6, -81),
        ("Onde-3B3", 1, -76),
        ("Fibra-0A8", 6, -70),
    ],
    "d": [
        ("NetBox-12", 6, -63),
        ("Maison_40", 11, -67),
        ("Onde-6C6", 6, -71),
        ("Fibra-5D5", 1, -73),
        ("Voisin-D4", 11, -78),
        ("Onde-8E8", 11, -62),
        ("Ecole-Wifi", 6, -84),
    ],
}


# ------------------------------------------------------------ installer options (level 5)
INSTALLERS = {
    # (fr lines, en lines); one pre-ticked box installs a second, unwanted program
    "a": (
        [
            "Installation de Bureautique Orme 24.2",
            "[x] J’ai lu la licence GNU GPL v3",
            "[x] Créer un raccourci sur le bureau",
            "[x] Installer aussi « Barre Turbo » et en faire votre moteur de recherche (recommandé)",
            "[ ] Lancer Orme au démarrage de l’ordinateur",
            "Dossier d’installation : C:\\Program Files\\Orme",
        ],
        [
            "Installing Bureautique Orme 24.2",
            "[x] I have read the GNU GPL v3 licence",
            "[x] Create a desktop shortcut",
            '[x] Also install "Barre Turbo" and make it your search engine (recommended)',
            "[ ] Start Orme when the computer starts",
            "Installation folder: C:\\Program Files\\Orme",
        ],
    ),
    "b": (
        [
            "Installation de Lecteur Vega 8.1",
            "[x] J’accepte les conditions d’utilisation",
            "[x] Installer « Nettoyeur Express » pour accélérer votre PC (offre partenaire)",
            "[x] Associer les fichiers vidéo à Lecteur Vega",
            "[ ] Envoyer des statistiques d’utilisation anonymes",
            "Dossier d’installation : C:\\Program Files\\Vega",
        ],
        [
            "Installing Lecteur Vega 8.1",
            "[x] I accept the terms of use",
            '[x] Install "Nettoyeur Express" to speed up your PC (partner offer)',
            "[x] Associate video files with Lecteur Vega",
            "[ ] Send anonymous usage statistics",
            "Installation folder: C:\\Program Files\\Vega",
        ],
    ),
    "c": (
        [
            "Installation d’Audio Merle 3.5",
            "[x] J’accepte les conditions d’utilisation",
            "[x] Créer un raccourci dans le menu Démarrer",
            "[ ] Créer un raccourci sur le bureau",
            "[x] Ajouter l’extension « Promo Facile » à tous vos navigateurs (gratuit)",
            "Dossier d’installation : C:\\Program Files\\Merle",
        ],
        [
            "Installing Audio Merle 3.5",
            "[x] I accept the terms of use",
            "[x] Create a Start menu shortcut",
            "[ ] Create a desktop shortcut",
            '[x] Add the "Promo Facile" extension to all your browsers (free)',
            "Installation folder: C:\\Program Files\\Merle",
        ],
    ),
    "d": (
        [
            "Installation d’Archives Tamis 6.0",
            "[x] J’accepte les conditions d’utilisation",
            "[x] Ajouter « Ouvrir avec Tamis » au menu contextuel",
            "[x] Installer aussi l’antivirus d’essai « Bouclier 30 jours » (recommandé)",
            "[x] Vérifier les mises à jour de Tamis automatiquement",
            "Dossier d’installation : C:\\Program Files\\Tamis",
        ],
        [
            "Installing Archives Tamis 6.0",
            "[x] I accept the terms of use",
            '[x] Add "Open with Tamis" to the context menu',
            '[x] Also install the trial antivirus "Bouclier 30 jours" (recommended)',
            "[x] Check for Tamis updates automatically",
            "Installation folder: C:\\Program Files\\Tamis",
        ],
    ),
}
INSTALLER_KEYS = {"a": "L4", "b": "L3", "c": "L5", "d": "L4"}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for k, rows in A11Y.items():
        write(f"a11y-{k}-fr.svg", panel("Accessibilité", [(r[0], r[2]) for r in rows]))
        write(f"a11y-{k}-en.svg", panel("Accessibility", [(r[1], r[3]) for r in rows]))
        print("a11y", k, next(f"r{i}" for i, r in enumerate(rows, 1) if r[0] == A11Y_TARGET[k]))
    for k, rows in DISPLAY.items():
        write(f"display-{k}-fr.svg", panel("Écran", [(r[0], r[2]) for r in rows]))
        write(f"display-{k}-en.svg", panel("Display", [(r[1], r[3]) for r in rows]))
    for k, (system, version, tfr, ten, ram, cpu) in ABOUT.items():
        write(
            f"about-{k}-fr.svg",
            panel(
                "À propos de cet ordinateur",
                [
                    ("Système", system),
                    ("Version", version),
                    ("Type du système", tfr),
                    ("Mémoire vive (RAM)", f"{ram} Go"),
                    ("Processeur", cpu),
                ],
            ),
        )
        write(
            f"about-{k}-en.svg",
            panel(
                "About this computer",
                [
                    ("System", system),
                    ("Version", version),
                    ("System type", ten),
                    ("RAM", f"{ram} GB"),
                    ("Processor", cpu.replace(",", ".")),
                ],
            ),
        )
    for k, (group, lines) in LISTINGS.items():
        write(f"listing-{k}-fr.txt", "\n".join(lines) + "\n")
        en = [
            ln.replace("nov.", "Nov")
            .replace("oct.", "Oct")
            .replace("sept.", "Sep")
            .replace("janv.", "Jan")
            for ln in lines
        ]
        write(f"listing-{k}-en.txt", "\n".join(en) + "\n")
        hits = [
            f"L{i}"
            for i, ln in enumerate(lines, 1)
            if i > 1 and ln.split()[3] == group and ln[5] == "w"
        ]
        print("listing", k, group, hits)
    for k, rows in SOFTWARE.items():
        write(
            f"software-{k}-fr.csv",
            "Logiciel;Licence;Prix\n" + "".join(f"{n};{lf};{pf}\n" for n, lf, _, pf, _ in rows),
        )
        write(
            f"software-{k}-en.csv",
            "Software,Licence,Price\n"
            + "".join(f"{n},{le.replace(',', ' -')},{pe}\n" for n, _, le, _, pe in rows),
        )
        print("software", k, [f"A{i}" for i, r in enumerate(rows, 2) if "Propriétaire" not in r[1]])
    for k, rows in REQS.items():
        for lang in ("fr", "en"):
            fr = lang == "fr"
            head = (
                "<tr><th>Élément</th><th>Requis</th><th>Votre ordinateur</th></tr>"
                if fr
                else "<tr><th>Item</th><th>Required</th><th>Your computer</th></tr>"
            )
            trs = "\n".join(
                f'<tr data-pick="q{i}"><td>{esc(r[0] if fr else r[1])}</td><td>{esc(r[2] if fr else r[3])}</td><td>{esc(r[4] if fr else r[5])}</td></tr>'
                for i, r in enumerate(rows, 1)
            )
            title = (
                "Configuration requise : Atelier 3D" if fr else "System requirements: Atelier 3D"
            )
            write(
                f"reqs-{k}-{lang}.html",
                page(lang, title, f"<h1>{esc(title)}</h1>\n<table>\n{head}\n{trs}\n</table>"),
            )
    for k, rows in PRINTERS.items():
        write(
            f"printers-{k}-fr.svg",
            panel("Imprimantes", [(f"{n} ({kf})", sf) for n, kf, _, sf, _ in rows]),
        )
        write(
            f"printers-{k}-en.svg",
            panel("Printers", [(f"{n} ({ke})", se) for n, _, ke, _, se in rows]),
        )
        print(
            "printers",
            k,
            [f"r{i}" for i, r in enumerate(rows, 1) if r[1] == "couleur" and r[3] == "Prête"],
        )
    for lang in ("fr", "en"):
        body = ""
        for n, (pid, fr_, en) in enumerate(DESK):
            x, y = 20 + 110 * (n % 4), 20 + 90 * (n // 4)
            body += f'<g data-pick="{pid}"><rect x="{x}" y="{y}" width="100" height="70" rx="6" fill="#f4f4f4" stroke="#111"/><text x="{x + 50}" y="{y + 40}" text-anchor="middle" font-size="13">{esc(fr_ if lang == "fr" else en)}</text></g>'
        write(
            f"desk-{lang}.svg",
            svg("Poste de travail" if lang == "fr" else "Workstation", 200, body),
        )
    for k, devices in NETS.items():
        for lang in ("fr", "en"):
            write(f"network-{k}-{lang}.svg", network(lang, k))
        print(
            "network",
            k,
            "repeater:",
            [d[0] for d in devices if d[6] == "rep"],
            "alt fr:",
            network_alt("fr", k),
        )
        print("   alt en:", network_alt("en", k))
    for k in LABELS:
        write(f"label-{k}-fr.svg", label("fr", k))
        write(f"label-{k}-en.svg", label("en", k))
    for k in PLANS:
        write(f"plan-{k}-fr.html", plan("fr", k))
        write(f"plan-{k}-en.html", plan("en", k))
    for k, rows in CHARGERS.items():
        write(f"chargers-{k}-fr.svg", panel("Chargeurs disponibles", [(r[0], r[2]) for r in rows]))
        write(f"chargers-{k}-en.svg", panel("Available chargers", [(r[1], r[2]) for r in rows]))
    for k, (fr_lines, en_lines) in INSTALLERS.items():
        write(f"installer-{k}-fr.txt", "\n".join(fr_lines) + "\n")
        write(f"installer-{k}-en.txt", "\n".join(en_lines) + "\n")
        print("installer", k, INSTALLER_KEYS[k], fr_lines[int(INSTALLER_KEYS[k][1:]) - 1])
    for k, rows in SCANS.items():
        write(
            f"scan-{k}-fr.csv",
            "Réseau;Canal;Signal (dBm)\n" + "".join(f"{n};{c};{sig}\n" for n, c, sig in rows),
        )
        write(
            f"scan-{k}-en.csv",
            "Network,Channel,Signal (dBm)\n" + "".join(f"{n},{c},{sig}\n" for n, c, sig in rows),
        )
        counts = {c: sum(1 for _, ch, _ in rows if ch == c) for c in (1, 6, 11)}
        print("scan", k, counts)
    for k, (_name, month, year, _trial) in APPS.items():
        write(f"app-{k}-fr.html", app("fr", k))
        write(f"app-{k}-en.html", app("en", k))
        order = {
            "a": [0, 1, 3, 2, 4],
            "b": [0, 3, 1, 2, 4],
            "c": [0, 1, 2, 3, 4],
            "d": [3, 0, 1, 2, 4],
        }[k]
        print(
            "app", k, "trial line", f"a{order.index(3) + 1}", "saving", round(12 * month - year, 2)
        )


if __name__ == "__main__":
    main()
