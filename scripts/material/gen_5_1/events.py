# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""5.1 material, module events: the tables and drawers EVENTS, TRACES, FLEET, IPCONFIG,
BACKUP_JOBS, ver, which main() writes under assessment/items/5.1/material/.
"""

from __future__ import annotations

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
