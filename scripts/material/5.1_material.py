# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Write the material of the new 5.1 item families (assessment/items/5.1/material/).

Run from the repository root: `python scripts/material/5.1_material.py`. Prints the keys it computes
(pick ids, line numbers, totals) so the YAML solutions can be checked against the files.
"""

from __future__ import annotations

import csv
import html
import io
from pathlib import Path

OUT = Path("assessment/items/5.1/material")
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


def svg(title: str, height: int, body: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="460" height="{height}" viewBox="0 0 460 {height}" role="img">'
        f"<title>{esc(title)}</title>"
        f'<rect width="460" height="{height}" fill="#fff" stroke="#444"/>'
        f'<g font-family="sans-serif" font-size="14" fill="#111">{body}</g></svg>\n'
    )


def dialog(title: str, lines: list[str], buttons: list[str]) -> str:
    """An error dialog: a title bar, a few lines of text and buttons (b1, b2… pickable)."""
    h = 110 + 20 * len(lines)
    body = f'<rect x="0" y="0" width="460" height="34" fill="#dde3ea"/><text x="16" y="23" font-weight="bold">{esc(title)}</text>'
    body += '<circle cx="34" cy="70" r="14" fill="none" stroke="#111" stroke-width="2"/><text x="29" y="76" font-size="18" font-weight="bold">!</text>'
    for i, line in enumerate(lines):
        body += f'<text x="62" y="{66 + 20 * i}">{esc(line)}</text>'
    x = 460 - 16
    y = h - 46
    for i, label in reversed(list(enumerate(buttons, 1))):
        w = 16 + 8 * len(label)
        x -= w
        body += f'<g data-pick="b{i}"><rect x="{x}" y="{y}" width="{w}" height="30" rx="4" fill="#f4f4f4" stroke="#666"/><text x="{x + 8}" y="{y + 20}">{esc(label)}</text></g>'
        x -= 10
    return svg(title, h, body)


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


def table(rows: list[list[object]]) -> str:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    return buf.getvalue()


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


def error_page(code: str, title: str, text: str) -> str:
    body = f'<text x="20" y="60" font-size="40" font-weight="bold">{code}</text><text x="120" y="58" font-size="20">{esc(title)}</text>'
    words, line, lines = text.split(), "", []
    for w in words:
        if len(line) + len(w) > 50:
            lines.append(line)
            line = w
        else:
            line = f"{line} {w}".strip()
    lines.append(line)
    for i, ln in enumerate(lines):
        body += f'<text x="20" y="{100 + 20 * i}">{esc(ln)}</text>'
    return svg(f"{code} {title}", 150, body)


# ---------------------------------------------------------------- disk usage CSV (level 3)
DISK = {
    "a": [
        ("Documents", 14.2),
        ("Images", 48.5),
        ("Vidéos", 31.0),
        ("Téléchargements", 22.7),
        ("Musique", 9.4),
    ],
    "b": [
        ("Documents", 6.8),
        ("Images", 19.3),
        ("Vidéos", 74.1),
        ("Téléchargements", 12.6),
        ("Jeux", 55.9),
    ],
    "c": [
        ("Documents", 21.5),
        ("Images", 33.8),
        ("Vidéos", 18.2),
        ("Téléchargements", 61.4),
        ("Musique", 4.9),
    ],
    "d": [
        ("Documents", 3.9),
        ("Images", 27.6),
        ("Vidéos", 12.4),
        ("Téléchargements", 8.8),
        ("Sauvegardes téléphone", 39.7),
    ],
}
DISK_EN = {
    "Documents": "Documents",
    "Images": "Pictures",
    "Vidéos": "Videos",
    "Téléchargements": "Downloads",
    "Musique": "Music",
    "Jeux": "Games",
    "Sauvegardes téléphone": "Phone backups",
}

# ---------------------------------------------------------------- task manager CSV (level 4)
TASKS = {
    "a": [
        ("Navigateur Onde", 12.5, 812),
        ("Navigateur Onde", 3.0, 455),
        ("Traitement de texte", 1.2, 310),
        ("Navigateur Onde", 0.8, 238),
        ("Lecteur de musique", 2.1, 160),
        ("Antivirus", 4.6, 205),
    ],
    "b": [
        ("Messagerie Pivert", 0.4, 290),
        ("Navigateur Onde", 8.9, 1020),
        ("Tableur", 22.0, 640),
        ("Navigateur Onde", 1.5, 388),
        ("Navigateur Onde", 0.2, 144),
        ("Antivirus", 3.1, 198),
    ],
    "c": [
        ("Navigateur Onde", 2.2, 512),
        ("Montage vidéo", 41.7, 2350),
        ("Navigateur Onde", 0.6, 276),
        ("Lecteur de musique", 1.0, 122),
        ("Navigateur Onde", 5.4, 690),
        ("Navigateur Onde", 0.1, 95),
    ],
    "d": [
        ("Antivirus", 18.3, 260),
        ("Navigateur Onde", 1.9, 733),
        ("Messagerie Pivert", 0.7, 315),
        ("Navigateur Onde", 0.9, 301),
        ("Tableur", 0.5, 420),
        ("Navigateur Onde", 3.3, 566),
    ],
}
TASKS_EN = {
    "Navigateur Onde": "Onde browser",
    "Traitement de texte": "Word processor",
    "Lecteur de musique": "Music player",
    "Antivirus": "Antivirus",
    "Messagerie Pivert": "Pivert mail",
    "Tableur": "Spreadsheet",
    "Montage vidéo": "Video editor",
}

# ---------------------------------------------------------------- update logs (levels 3 and 5)
UPDATE_LOG = {
    # (fr lines, en lines): one line reports the failed update
    "a": (
        [
            "2026-11-02 09:14 Recherche de mises à jour",
            "2026-11-02 09:15 Navigateur Onde 131.0.2 : installée",
            "2026-11-02 09:17 Pilote graphique 24.10 : installée",
            "2026-11-02 09:21 Correctif de sécurité KB-2026-11 : échec (erreur 0x80070070, espace disque insuffisant)",
            "2026-11-02 09:22 Lecteur PDF 24.3 : installée",
            "2026-11-02 09:23 Fin de la recherche",
        ],
        [
            "2026-11-02 09:14 Checking for updates",
            "2026-11-02 09:15 Onde browser 131.0.2: installed",
            "2026-11-02 09:17 Graphics driver 24.10: installed",
            "2026-11-02 09:21 Security fix KB-2026-11: failed (error 0x80070070, not enough disk space)",
            "2026-11-02 09:22 PDF reader 24.3: installed",
            "2026-11-02 09:23 Check finished",
        ],
    ),
    "b": (
        [
            "2026-10-15 20:02 Recherche de mises à jour",
            "2026-10-15 20:03 Correctif de sécurité KB-2026-10 : échec (téléchargement interrompu, réessai prévu)",
            "2026-10-15 20:05 Messagerie Pivert 12.4 : installée",
            "2026-10-15 20:06 Tableur 7.6.2 : installée",
            "2026-10-15 20:06 Fin de la recherche",
        ],
        [
            "2026-10-15 20:02 Checking for updates",
            "2026-10-15 20:03 Security fix KB-2026-10: failed (download interrupted, retry scheduled)",
            "2026-10-15 20:05 Pivert mail 12.4: installed",
            "2026-10-15 20:06 Spreadsheet 7.6.2: installed",
            "2026-10-15 20:06 Check finished",
        ],
    ),
    "c": (
        [
            "2026-09-28 12:40 Recherche de mises à jour",
            "2026-09-28 12:41 Antivirus, définitions 2026.09.28 : installée",
            "2026-09-28 12:43 Lecteur de musique 5.1 : installée",
            "2026-09-28 12:44 Navigateur Onde 130.0.1 : installée",
            "2026-09-28 12:47 Mise à jour du système 26.2 : échec (l’ordinateur était sur batterie à 8 %)",
            "2026-09-28 12:48 Fin de la recherche",
        ],
        [
            "2026-09-28 12:40 Checking for updates",
            "2026-09-28 12:41 Antivirus, definitions 2026.09.28: installed",
            "2026-09-28 12:43 Music player 5.1: installed",
            "2026-09-28 12:44 Onde browser 130.0.1: installed",
            "2026-09-28 12:47 System update 26.2: failed (the computer was on battery at 8%)",
            "2026-09-28 12:48 Check finished",
        ],
    ),
    "d": (
        [
            "2026-12-01 08:30 Recherche de mises à jour",
            "2026-12-01 08:31 Tableur 7.6.3 : installée",
            "2026-12-01 08:33 Pilote audio 6.0.1 : échec (fichier endommagé, signature invalide)",
            "2026-12-01 08:34 Navigateur Onde 132.0 : installée",
            "2026-12-01 08:35 Antivirus, définitions 2026.12.01 : installée",
            "2026-12-01 08:35 Fin de la recherche",
        ],
        [
            "2026-12-01 08:30 Checking for updates",
            "2026-12-01 08:31 Spreadsheet 7.6.3: installed",
            "2026-12-01 08:33 Audio driver 6.0.1: failed (damaged file, invalid signature)",
            "2026-12-01 08:34 Onde browser 132.0: installed",
            "2026-12-01 08:35 Antivirus, definitions 2026.12.01: installed",
            "2026-12-01 08:35 Check finished",
        ],
    ),
}

# update history + a breakdown: which update came just before the device stopped working (level 5)
HISTORY = {
    # (fr lines, en lines, device fr, device en, date of the breakdown) — the key is printed by main()
    "a": (
        [
            "2026-10-20 Navigateur Onde 130.0 : installée",
            "2026-10-27 Pilote d’imprimante Bureau-2 4.2 : installée",
            "2026-11-03 Pilote graphique 24.10 : installée",
            "2026-11-05 Mise à jour du système 26.2.1 : installée",
            "2026-11-10 Pilote audio 6.0.2 : installée",
            "2026-11-12 Navigateur Onde 131.0 : installée",
        ],
        [
            "2026-10-20 Onde browser 130.0: installed",
            "2026-10-27 Printer driver Bureau-2 4.2: installed",
            "2026-11-03 Graphics driver 24.10: installed",
            "2026-11-05 System update 26.2.1: installed",
            "2026-11-10 Audio driver 6.0.2: installed",
            "2026-11-12 Onde browser 131.0: installed",
        ],
    ),
    "b": (
        [
            "2026-09-02 Pilote Wi-Fi 22.1 : installée",
            "2026-09-09 Tableur 7.6.1 : installée",
            "2026-09-16 Pilote audio 6.0.1 : installée",
            "2026-09-23 Pilote Wi-Fi 22.3 : installée",
            "2026-09-30 Lecteur PDF 24.2 : installée",
            "2026-10-07 Pilote graphique 24.9 : installée",
        ],
        [
            "2026-09-02 Wi-Fi driver 22.1: installed",
            "2026-09-09 Spreadsheet 7.6.1: installed",
            "2026-09-16 Audio driver 6.0.1: installed",
            "2026-09-23 Wi-Fi driver 22.3: installed",
            "2026-09-30 PDF reader 24.2: installed",
            "2026-10-07 Graphics driver 24.9: installed",
        ],
    ),
    "c": (
        [
            "2026-06-03 Pilote graphique 24.5 : installée",
            "2026-06-10 Pilote audio 5.9 : installée",
            "2026-06-17 Mise à jour du système 26.1.4 : installée",
            "2026-06-24 Pilote graphique 24.6 : installée",
            "2026-07-01 Pilote audio 6.0 : installée",
            "2026-07-08 Navigateur Onde 128.0 : installée",
        ],
        [
            "2026-06-03 Graphics driver 24.5: installed",
            "2026-06-10 Audio driver 5.9: installed",
            "2026-06-17 System update 26.1.4: installed",
            "2026-06-24 Graphics driver 24.6: installed",
            "2026-07-01 Audio driver 6.0: installed",
            "2026-07-08 Onde browser 128.0: installed",
        ],
    ),
    "d": (
        [
            "2026-03-04 Pilote de scanner A4 3.0 : installée",
            "2026-03-11 Navigateur Onde 123.0 : installée",
            "2026-03-18 Pilote Wi-Fi 21.8 : installée",
            "2026-03-25 Pilote de scanner A4 3.1 : installée",
            "2026-04-01 Pilote graphique 24.2 : installée",
            "2026-04-08 Pilote Wi-Fi 21.9 : installée",
        ],
        [
            "2026-03-04 A4 scanner driver 3.0: installed",
            "2026-03-11 Onde browser 123.0: installed",
            "2026-03-18 Wi-Fi driver 21.8: installed",
            "2026-03-25 A4 scanner driver 3.1: installed",
            "2026-04-01 Graphics driver 24.2: installed",
            "2026-04-08 Wi-Fi driver 21.9: installed",
        ],
    ),
}

# event logs: the first error is the cause, the others follow from it (level 6)
EVENTS = {
    "a": (
        [
            "08:02:11 Info    Démarrage du service de sauvegarde",
            "08:02:14 Erreur   Disque de sauvegarde E: introuvable (périphérique USB débranché)",
            "08:02:14 Erreur   Sauvegarde « Documents » annulée",
            "08:02:15 Erreur   Sauvegarde « Images » annulée",
            "08:02:15 Avert.   Dernière sauvegarde réussie il y a 12 jours",
            "08:02:16 Info    Nouvel essai prévu demain à 08:00",
        ],
        [
            "08:02:11 Info     Backup service started",
            "08:02:14 Error    Backup disk E: not found (USB device unplugged)",
            '08:02:14 Error    Backup "Documents" cancelled',
            '08:02:15 Error    Backup "Pictures" cancelled',
            "08:02:15 Warning  Last successful backup 12 days ago",
            "08:02:16 Info     Next try scheduled tomorrow at 08:00",
        ],
    ),
    "b": (
        [
            "19:40:02 Info    Démarrage de la synchronisation",
            "19:40:03 Info    Connexion au serveur de stockage",
            "19:40:05 Erreur   Jeton d’accès expiré : reconnectez votre compte",
            "19:40:05 Erreur   Envoi de « devis.pdf » impossible",
            "19:40:06 Erreur   Envoi de « facture.pdf » impossible",
            "19:40:06 Avert.   Synchronisation en pause",
        ],
        [
            "19:40:02 Info     Sync started",
            "19:40:03 Info     Connecting to the storage server",
            "19:40:05 Error    Access token expired: sign in to your account again",
            '19:40:05 Error    Cannot upload "devis.pdf"',
            '19:40:06 Error    Cannot upload "facture.pdf"',
            "19:40:06 Warning  Sync paused",
        ],
    ),
    "c": (
        [
            "22:10:30 Info    Démarrage de la sauvegarde nocturne",
            "22:10:31 Info    Lecture de C:\\Users\\Lou\\Documents",
            "22:41:07 Erreur   Écriture impossible : le disque de destination est plein",
            "22:41:07 Erreur   Copie de « montage.mp4 » interrompue",
            "22:41:08 Erreur   Sauvegarde incomplète",
            "22:41:08 Avert.   Vérifiez l’espace libre sur le disque de sauvegarde",
        ],
        [
            "22:10:30 Info     Nightly backup started",
            "22:10:31 Info     Reading C:\\Users\\Lou\\Documents",
            "22:41:07 Error    Cannot write: the destination disk is full",
            '22:41:07 Error    Copy of "montage.mp4" interrupted',
            "22:41:08 Error    Backup incomplete",
            "22:41:08 Warning  Check the free space on the backup disk",
        ],
    ),
    "d": (
        [
            "07:55:00 Info    Démarrage de l’impression",
            "07:55:01 Info    Document « planning.pdf » envoyé à Bureau-2",
            "07:55:04 Erreur   Bureau-2 : bac papier vide",
            "07:55:04 Erreur   Travail 118 suspendu",
            "07:55:20 Erreur   Travail 119 en attente derrière le travail 118",
            "07:56:00 Avert.   File d’attente bloquée",
        ],
        [
            "07:55:00 Info     Printing started",
            '07:55:01 Info     Document "planning.pdf" sent to Bureau-2',
            "07:55:04 Error    Bureau-2: paper tray empty",
            "07:55:04 Error    Job 118 paused",
            "07:55:20 Error    Job 119 waiting behind job 118",
            "07:56:00 Warning  Print queue blocked",
        ],
    ),
}

# traceroute outputs: the path stops after the last answering hop (level 7)
TRACES = {
    "a": [
        "traceroute vers portail.exemple.fr (203.0.113.40), 30 sauts max",
        " 1  192.168.1.1  1.2 ms  1.1 ms  1.3 ms",
        " 2  10.24.0.1  8.4 ms  8.1 ms  8.9 ms",
        " 3  198.51.100.17  11.6 ms  11.2 ms  11.9 ms",
        " 4  * * *",
        " 5  * * *",
        " 6  * * *",
    ],
    "b": [
        "traceroute vers portail.exemple.fr (203.0.113.40), 30 sauts max",
        " 1  192.168.1.1  0.9 ms  1.0 ms  0.8 ms",
        " 2  * * *",
        " 3  * * *",
        " 4  * * *",
        " 5  * * *",
    ],
    "c": [
        "traceroute vers portail.exemple.fr (203.0.113.40), 30 sauts max",
        " 1  192.168.0.254  1.4 ms  1.6 ms  1.3 ms",
        " 2  10.8.0.1  9.2 ms  9.0 ms  9.6 ms",
        " 3  198.51.100.5  12.0 ms  12.4 ms  11.8 ms",
        " 4  198.51.100.90  14.1 ms  13.9 ms  14.6 ms",
        " 5  203.0.113.1  15.3 ms  15.0 ms  15.7 ms",
        " 6  * * *",
        " 7  * * *",
    ],
    "d": [
        "traceroute vers portail.exemple.fr (203.0.113.40), 30 sauts max",
        " 1  192.168.1.254  1.1 ms  1.0 ms  1.2 ms",
        " 2  10.31.4.1  7.7 ms  7.9 ms  7.5 ms",
        " 3  * * *",
        " 4  * * *",
        " 5  * * *",
        " 6  * * *",
    ],
}

# versions installed on a fleet; a flaw is fixed from version FIXED on (level 7)
FLEET = {
    # fixed version, then (machine, version) rows
    "a": (
        "3.2.4",
        [
            ("PC-ACCUEIL", "3.2.10"),
            ("PC-COMPTA", "3.2.3"),
            ("PC-DIRECTION", "3.3.0"),
            ("PC-ATELIER", "3.2.4"),
            ("PC-STOCK", "4.0.1"),
        ],
    ),
    "b": (
        "5.10.2",
        [
            ("PORTABLE-1", "5.10.12"),
            ("PORTABLE-2", "5.11.0"),
            ("PORTABLE-3", "5.9.30"),
            ("PORTABLE-4", "5.10.2"),
            ("PORTABLE-5", "6.0.0"),
        ],
    ),
    "c": (
        "2.8.0",
        [
            ("POSTE-A", "2.10.1"),
            ("POSTE-B", "2.8.0"),
            ("POSTE-C", "3.0.2"),
            ("POSTE-D", "2.7.15"),
            ("POSTE-E", "2.9.9"),
        ],
    ),
    "d": (
        "12.1.5",
        [
            ("SALLE-101", "12.1.12"),
            ("SALLE-102", "12.2.0"),
            ("SALLE-103", "12.1.5"),
            ("SALLE-104", "11.9.9"),
            ("SALLE-105", "13.0.0"),
        ],
    ),
}

# ipconfig outputs (level 5): (ipv4, gateway, dns)
IPCONFIG = {
    "a": ("192.168.1.23", "192.168.1.1", "192.168.1.1"),
    "b": ("192.168.0.47", "192.168.0.254", "192.168.0.254"),
    "c": ("10.0.0.112", "10.0.0.1", "10.0.0.1"),
    "d": ("192.168.50.8", "192.168.50.1", "192.168.50.1"),
}

# backup schedules (level 6): full on Sunday, incremental other days; restore the state of a given day
BACKUP_JOBS = ["Dim", "Lun", "Mar", "Mer", "Jeu", "Ven", "Sam"]


def ver(v: str) -> tuple[int, ...]:
    return tuple(int(x) for x in v.split("."))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for k, (fr, en) in DIALOGS.items():
        write(f"dialog-{k}-fr.svg", dialog(*fr))
        write(f"dialog-{k}-en.svg", dialog(*en))
    for k, (fr, en, target) in RESTART.items():
        lines_fr = [
            "Des mises à jour ont été installées.",
            "Un redémarrage est nécessaire pour les terminer.",
            "Les fichiers non enregistrés seront perdus.",
        ]
        lines_en = [
            "Updates have been installed.",
            "A restart is needed to finish them.",
            "Unsaved files will be lost.",
        ]
        write(f"restart-{k}-fr.svg", dialog("Mise à jour du système", lines_fr, fr))
        write(f"restart-{k}-en.svg", dialog("System update", lines_en, en))
        print("restart", k, target)
    for k, rows in BACKUP.items():
        write(f"backup-{k}-fr.svg", panel("Sauvegarde : dossiers", [(r[0], r[2]) for r in rows]))
        write(f"backup-{k}-en.svg", panel("Backup: folders", [(r[1], r[3]) for r in rows]))
        print("backup", k, [f"r{i}" for i, r in enumerate(rows, 1) if r[2].startswith("Exclu")])
    for k, rows in STORAGE.items():
        write(f"storage-{k}-fr.svg", panel("Stockage du téléphone", [(r[0], r[2]) for r in rows]))
        write(f"storage-{k}-en.svg", panel("Phone storage", [(r[1], r[3]) for r in rows]))
        big = max(range(len(rows)), key=lambda i: float(rows[i][3].split()[0]))
        print("storage", k, f"r{big + 1}", rows[big][0])
    for k, rows in QUICK.items():
        write(f"quick-{k}-fr.svg", panel("Réglages rapides", [(r[0], r[2]) for r in rows]))
        write(f"quick-{k}-en.svg", panel("Quick settings", [(r[1], r[3]) for r in rows]))
        print("quick", k, [(f"r{i}", r[1], r[3]) for i, r in enumerate(rows, 1)])
    for k, rows in DEVICES.items():
        write(
            f"devices-{k}-fr.svg",
            panel("Gestionnaire de périphériques", [(r[0], r[2]) for r in rows], "d"),
        )
        write(f"devices-{k}-en.svg", panel("Device manager", [(r[1], r[3]) for r in rows], "d"))
        print("devices", k, [f"d{i}" for i, r in enumerate(rows, 1) if "28" in r[2]])
    for k, (code, tfr, ten, xfr, xen) in HTTP.items():
        write(f"http-{k}-fr.svg", error_page(code, tfr, xfr))
        write(f"http-{k}-en.svg", error_page(code, ten, xen))
    for k, rows in DISK.items():
        write(
            f"disk-{k}-fr.csv",
            "Dossier;Taille (Go)\n" + "".join(f"{n};{str(s).replace('.', ',')}\n" for n, s in rows),
        )
        write(
            f"disk-{k}-en.csv",
            table([["Folder", "Size (GB)"], *[[DISK_EN[n], s] for n, s in rows]]),
        )
        big = max(range(len(rows)), key=lambda i: rows[i][1])
        print("disk", k, f"A{big + 2}", rows[big], "total", round(sum(s for _, s in rows), 1))
    for k, rows in TASKS.items():
        write(
            f"tasks-{k}-fr.csv",
            "\n".join(
                [
                    "Processus;Processeur (%);Mémoire (Mo)",
                    *[f"{n};{str(c).replace('.', ',')};{m}" for n, c, m in rows],
                ]
            )
            + "\n",
        )
        write(
            f"tasks-{k}-en.csv",
            table(
                [["Process", "CPU (%)", "Memory (MB)"], *[[TASKS_EN[n], c, m] for n, c, m in rows]]
            ),
        )
        print(
            "tasks", k, "browser memory", sum(m for n, _, m in rows if n == "Navigateur Onde"), "Mo"
        )
    for k, (fr, en) in UPDATE_LOG.items():
        write(f"updates-{k}-fr.txt", "\n".join(fr) + "\n")
        write(f"updates-{k}-en.txt", "\n".join(en) + "\n")
        print("updates", k, [f"L{i}" for i, line in enumerate(en, 1) if "failed" in line])
    for k, (fr, en) in HISTORY.items():
        write(f"history-{k}-fr.txt", "\n".join(fr) + "\n")
        write(f"history-{k}-en.txt", "\n".join(en) + "\n")
    for k, (fr, en) in EVENTS.items():
        write(f"events-{k}-fr.txt", "\n".join(fr) + "\n")
        write(f"events-{k}-en.txt", "\n".join(en) + "\n")
        print(
            "events",
            k,
            "first error",
            next(f"L{i}" for i, line in enumerate(en, 1) if "Error" in line),
        )
    for k, lines in TRACES.items():
        en = [
            lines[0].replace("traceroute vers", "traceroute to").replace("sauts max", "hops max"),
            *lines[1:],
        ]
        write(f"trace-{k}-fr.txt", "\n".join(lines) + "\n")
        write(f"trace-{k}-en.txt", "\n".join(en) + "\n")
        last = max(i for i, line in enumerate(lines, 1) if i > 1 and "*" not in line)
        print("trace", k, "last answering hop", f"L{last}", lines[last - 1].split()[1])
    for k, (fixed, rows) in FLEET.items():
        write(
            f"fleet-{k}-fr.csv",
            "Poste;Version installée\n" + "".join(f"{m};{v}\n" for m, v in rows),
        )
        write(
            f"fleet-{k}-en.csv",
            "Computer,Installed version\n" + "".join(f"{m},{v}\n" for m, v in rows),
        )
        print(
            "fleet", k, fixed, [f"B{i}" for i, (_, v) in enumerate(rows, 2) if ver(v) < ver(fixed)]
        )
    for k, (ip, gw, dns) in IPCONFIG.items():
        mask = "255.255.255.0"
        text_fr = f"Configuration IP de Windows\n\nCarte réseau sans fil Wi-Fi :\n\n   Suffixe DNS propre à la connexion. . . : home\n   Adresse IPv6 de liaison locale. . . . .: fe80::1c4:9a2e:77b1:30d%12\n   Adresse IPv4. . . . . . . . . . . . . .: {ip}\n   Masque de sous-réseau. . . . . . . . . : {mask}\n   Passerelle par défaut. . . . . . . . . : {gw}\n   Serveurs DNS. . . . . . . . . . . . . .: {dns}\n"
        text_en = f"Windows IP Configuration\n\nWireless LAN adapter Wi-Fi:\n\n   Connection-specific DNS Suffix  . : home\n   Link-local IPv6 Address . . . . . : fe80::1c4:9a2e:77b1:30d%12\n   IPv4 Address. . . . . . . . . . . : {ip}\n   Subnet Mask . . . . . . . . . . . : {mask}\n   Default Gateway . . . . . . . . . : {gw}\n   DNS Servers . . . . . . . . . . . : {dns}\n"
        (OUT / f"ipconfig-{k}-fr.txt").write_text(text_fr, encoding="utf-8")
        (OUT / f"ipconfig-{k}-en.txt").write_text(text_en, encoding="utf-8")


if __name__ == "__main__":
    main()
