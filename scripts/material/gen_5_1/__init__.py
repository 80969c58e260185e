# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Write the material of the new 5.1 item families (assessment/items/5.1/material/).

main() writes every file from the tables of the other modules and prints the keys.
"""

from __future__ import annotations

from .dialogs import BACKUP, DEVICES, DIALOGS, HTTP, QUICK, RESTART, STORAGE
from .events import EVENTS, FLEET, IPCONFIG, TRACES, ver
from .kit import OUT, dialog, panel, table, write
from .logs import DISK, DISK_EN, HISTORY, TASKS, TASKS_EN, UPDATE_LOG, error_page


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
