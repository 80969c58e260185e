# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""5.1 material, module dialogs: the tables and drawers DIALOGS, RESTART, BACKUP, STORAGE, QUICK,
DEVICES, HTTP, which main() writes under assessment/items/5.1/material/.
"""

from __future__ import annotations

# ---------------------------------------------------------------- error dialogs (level 1)
DIALOGS = {
    "a": (
        (
            "Enregistrer sous",
            [
                "Impossible d’enregistrer « rapport.odt » :",
                "le disque est plein. Libérez de l’espace",
                "puis réessayez.",
            ],
            ["OK"],
        ),
        (
            "Save as",
            [
                "Cannot save “rapport.odt”:",
                "the disk is full. Free up some space",
                "and try again.",
            ],
            ["OK"],
        ),
    ),
    "b": (
        (
            "Clé USB",
            [
                "Impossible de copier « photos.zip » :",
                "le support est protégé en écriture.",
                "Retirez la protection et réessayez.",
            ],
            ["OK"],
        ),
        (
            "USB drive",
            [
                "Cannot copy “photos.zip”:",
                "the media is write-protected.",
                "Remove the protection and try again.",
            ],
            ["OK"],
        ),
    ),
    "c": (
        (
            "Supprimer le fichier",
            [
                "Action impossible : le fichier « budget.ods »",
                "est ouvert dans un autre programme.",
                "Fermez le fichier et réessayez.",
            ],
            ["Réessayer", "Annuler"],
        ),
        (
            "Delete file",
            [
                "Action can’t be completed: “budget.ods”",
                "is open in another program.",
                "Close the file and try again.",
            ],
            ["Try again", "Cancel"],
        ),
    ),
    "d": (
        (
            "Impression",
            [
                "L’imprimante « Bureau » est hors ligne.",
                "Vérifiez qu’elle est allumée et connectée",
                "au même réseau que l’ordinateur.",
            ],
            ["OK"],
        ),
        (
            "Printing",
            [
                "The printer “Bureau” is offline.",
                "Check that it is switched on and connected",
                "to the same network as the computer.",
            ],
            ["OK"],
        ),
    ),
}

# ---------------------------------------------------------------- restart prompts (level 2)
RESTART = {
    # (fr buttons, en buttons, index of the one that waits until the evening)
    "a": (
        ["Redémarrer maintenant", "Planifier à 20:00", "Fermer"],
        ["Restart now", "Schedule for 8 pm", "Close"],
        "b2",
    ),
    "b": (
        ["Planifier à 19:30", "Redémarrer maintenant", "Fermer"],
        ["Schedule for 7:30 pm", "Restart now", "Close"],
        "b1",
    ),
    "c": (
        ["Fermer", "Redémarrer maintenant", "Planifier à 21:00"],
        ["Close", "Restart now", "Schedule for 9 pm"],
        "b3",
    ),
    "d": (
        ["Redémarrer maintenant", "Fermer", "Planifier à 18:45"],
        ["Restart now", "Close", "Schedule for 6:45 pm"],
        "b3",
    ),
}

# ---------------------------------------------------------------- backup status panels (level 2)
BACKUP = {
    # rows: (folder fr, folder en, status fr, status en)
    "a": [
        ("Documents", "Documents", "Sauvegardé hier", "Backed up yesterday"),
        ("Images", "Pictures", "Sauvegardé hier", "Backed up yesterday"),
        ("Bureau", "Desktop", "Exclu de la sauvegarde", "Excluded from backup"),
        ("Musique", "Music", "Sauvegardé hier", "Backed up yesterday"),
    ],
    "b": [
        ("Documents", "Documents", "Exclu de la sauvegarde", "Excluded from backup"),
        ("Images", "Pictures", "Sauvegardé ce matin", "Backed up this morning"),
        ("Vidéos", "Videos", "Sauvegardé ce matin", "Backed up this morning"),
        ("Bureau", "Desktop", "Sauvegardé ce matin", "Backed up this morning"),
    ],
    "c": [
        ("Bureau", "Desktop", "Sauvegardé lundi", "Backed up on Monday"),
        ("Documents", "Documents", "Sauvegardé lundi", "Backed up on Monday"),
        ("Téléchargements", "Downloads", "Sauvegardé lundi", "Backed up on Monday"),
        ("Images", "Pictures", "Exclu de la sauvegarde", "Excluded from backup"),
    ],
    "d": [
        ("Images", "Pictures", "Sauvegardé à 12:10", "Backed up at 12:10"),
        ("Vidéos", "Videos", "Exclu de la sauvegarde", "Excluded from backup"),
        ("Documents", "Documents", "Sauvegardé à 12:10", "Backed up at 12:10"),
        ("Bureau", "Desktop", "Sauvegardé à 12:10", "Backed up at 12:10"),
    ],
}

# ---------------------------------------------------------------- phone storage (level 1)
STORAGE = {
    "a": [
        ("Photos", "Photos", "8,2 Go", "8.2 GB"),
        ("Messagerie", "Messaging", "3,1 Go", "3.1 GB"),
        ("Musique", "Music", "12,6 Go", "12.6 GB"),
        ("Cartes", "Maps", "1,4 Go", "1.4 GB"),
    ],
    "b": [
        ("Vidéos", "Videos", "21,3 Go", "21.3 GB"),
        ("Photos", "Photos", "9,8 Go", "9.8 GB"),
        ("Jeux", "Games", "4,5 Go", "4.5 GB"),
        ("Podcasts", "Podcasts", "2,2 Go", "2.2 GB"),
    ],
    "c": [
        ("Messagerie", "Messaging", "2,4 Go", "2.4 GB"),
        ("Jeux", "Games", "6,7 Go", "6.7 GB"),
        ("Photos", "Photos", "5,9 Go", "5.9 GB"),
        ("Navigateur", "Browser", "0,9 Go", "0.9 GB"),
    ],
    "d": [
        ("Musique", "Music", "3,3 Go", "3.3 GB"),
        ("Podcasts", "Podcasts", "1,1 Go", "1.1 GB"),
        ("Cartes", "Maps", "2,0 Go", "2.0 GB"),
        ("Photos", "Photos", "14,8 Go", "14.8 GB"),
    ],
}

# ---------------------------------------------------------------- Wi-Fi quick settings (level 2)
QUICK = {
    # (label fr, label en, state fr, state en); exactly one setting keeps the phone off the home Wi-Fi
    "a": [
        ("Mode avion", "Airplane mode", "Activé", "On"),
        ("Bluetooth", "Bluetooth", "Désactivé", "Off"),
        ("Économiseur de batterie", "Battery saver", "Désactivé", "Off"),
        ("Ne pas déranger", "Do not disturb", "Activé", "On"),
    ],
    "b": [
        ("Mode avion", "Airplane mode", "Désactivé", "Off"),
        ("Wi-Fi", "Wi-Fi", "Désactivé", "Off"),
        ("Données mobiles", "Mobile data", "Activé", "On"),
        ("Bluetooth", "Bluetooth", "Activé", "On"),
    ],
    "c": [
        ("Bluetooth", "Bluetooth", "Activé", "On"),
        ("Économiseur de batterie", "Battery saver", "Activé", "On"),
        ("Rotation automatique", "Auto-rotate", "Désactivé", "Off"),
        ("Mode avion", "Airplane mode", "Activé", "On"),
    ],
    "d": [
        ("Localisation", "Location", "Désactivé", "Off"),
        ("Mode avion", "Airplane mode", "Désactivé", "Off"),
        ("Ne pas déranger", "Do not disturb", "Activé", "On"),
        ("Wi-Fi", "Wi-Fi", "Désactivé", "Off"),
    ],
}

# ---------------------------------------------------------------- device manager (level 3)
DEVICES = {
    # (name fr, name en, state fr, state en)
    "a": [
        ("Clavier HID", "HID keyboard", "Fonctionne correctement", "Working properly"),
        (
            "Carte réseau Wi-Fi",
            "Wi-Fi network adapter",
            "Fonctionne correctement",
            "Working properly",
        ),
        (
            "Imprimante Bureau-2",
            "Printer Bureau-2",
            "Pilote non installé (code 28)",
            "Driver not installed (code 28)",
        ),
        ("Webcam intégrée", "Built-in webcam", "Fonctionne correctement", "Working properly"),
    ],
    "b": [
        (
            "Carte son",
            "Sound card",
            "Pilote non installé (code 28)",
            "Driver not installed (code 28)",
        ),
        ("Souris USB", "USB mouse", "Fonctionne correctement", "Working properly"),
        ("Écran externe", "External monitor", "Fonctionne correctement", "Working properly"),
        ("Lecteur de cartes SD", "SD card reader", "Fonctionne correctement", "Working properly"),
    ],
    "c": [
        ("Webcam intégrée", "Built-in webcam", "Fonctionne correctement", "Working properly"),
        (
            "Adaptateur Bluetooth",
            "Bluetooth adapter",
            "Fonctionne correctement",
            "Working properly",
        ),
        ("Clavier HID", "HID keyboard", "Fonctionne correctement", "Working properly"),
        (
            "Scanner A4",
            "A4 scanner",
            "Pilote non installé (code 28)",
            "Driver not installed (code 28)",
        ),
    ],
    "d": [
        (
            "Carte réseau Ethernet",
            "Ethernet network adapter",
            "Fonctionne correctement",
            "Working properly",
        ),
        (
            "Tablette graphique",
            "Graphics tablet",
            "Pilote non installé (code 28)",
            "Driver not installed (code 28)",
        ),
        ("Carte son", "Sound card", "Fonctionne correctement", "Working properly"),
        ("Souris USB", "USB mouse", "Fonctionne correctement", "Working properly"),
    ],
}

# ---------------------------------------------------------------- HTTP error pages (level 4)
HTTP = {
    "a": (
        "403",
        "Accès interdit",
        "Forbidden",
        "Vous n’avez pas l’autorisation d’accéder à cette page.",
        "You do not have permission to access this page.",
    ),
    "b": (
        "500",
        "Erreur interne du serveur",
        "Internal Server Error",
        "Le serveur a rencontré une erreur et n’a pas pu traiter la demande.",
        "The server met an error and could not complete the request.",
    ),
    "c": (
        "503",
        "Service indisponible",
        "Service Unavailable",
        "Le service est momentanément indisponible (maintenance ou surcharge).",
        "The service is temporarily unavailable (maintenance or overload).",
    ),
    "d": (
        "401",
        "Authentification requise",
        "Unauthorized",
        "Vous devez vous connecter pour accéder à cette page.",
        "You must sign in to access this page.",
    ),
}
