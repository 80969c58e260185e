"""5.2 material, module a11y: the tables and drawers A11Y, A11Y_TARGET, DISPLAY, ABOUT, LISTINGS,
SOFTWARE, REQS, which main() writes under assessment/items/5.2/material/.
"""

from __future__ import annotations

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
