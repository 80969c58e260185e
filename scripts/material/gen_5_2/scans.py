# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""5.2 material, module scans: the tables and drawers SCANS, INSTALLERS, INSTALLER_KEYS, which
main() writes under assessment/items/5.2/material/.
"""

from __future__ import annotations

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
