# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Write the material of the new 5.2 item families (assessment/items/5.2/material/).

main() writes every file from the tables of the other modules and prints the keys.
"""

from __future__ import annotations

from .a11y import A11Y, A11Y_TARGET, ABOUT, DISPLAY, LISTINGS, REQS, SOFTWARE
from .devices import APPS, CHARGERS, DESK, NETS, PLANS, PRINTERS, app, network, network_alt, plan
from .kit import LABELS, OUT, esc, label, page, panel, svg, write
from .scans import INSTALLER_KEYS, INSTALLERS, SCANS


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
