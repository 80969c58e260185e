# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""5.1 material, module logs: the tables and drawers error_page, DISK, DISK_EN, TASKS, TASKS_EN,
UPDATE_LOG, HISTORY, which main() writes under assessment/items/5.1/material/.
"""

from __future__ import annotations

from .kit import esc, svg


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
