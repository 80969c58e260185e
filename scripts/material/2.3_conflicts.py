"""Build the synced-folder ZIP trees of item family f-2.3-829f4a67 (conflict copies).

Run from the repository root: ``python scripts/material/2.3_conflicts.py``.
"""

import zipfile
from pathlib import Path

OUT = Path("assessment/items/2.3/material")
FIXED = (2026, 11, 30, 10, 0, 0)

TREES = {
    "a": [
        "Association/Compta/budget-2027.ods",
        "Association/Compta/budget-2027 (copie en conflit de Marc 2026-11-30).ods",
        "Association/Compta/budget-2026.ods",
        "Association/Compta/budget-2027-v2.ods",
        "Association/Comptes-rendus/ca-2026-11.odt",
    ],
    "b": [
        "Club/Planning/planning-matchs.ods",
        "Club/Planning/planning-matchs-ancien.ods",
        "Club/Planning/planning-matchs (conflicted copy 2026-11-28 101512).ods",
        "Club/Licences/licencies-2026.ods",
        "Club/Licences/licencies-2026 - Copie.ods",
    ],
    "c": [
        "Projet/Rapport/rapport-final.odt",
        "Projet/Rapport/rapport-final-PC-SALLE2.odt",
        "Projet/Rapport/rapport-final-relu.odt",
        "Projet/Rapport/annexes.zip",
        "Projet/Photos/visite-usine.jpg",
    ],
    "d": [
        "Ecole/Sorties/autorisations.odt",
        "Ecole/Sorties/autorisations (2).odt",
        "Ecole/Sorties/autorisations (copie en conflit de Laura 2026-12-01).odt",
        "Ecole/Sorties/liste-eleves.ods",
        "Ecole/Cantine/menus-decembre.pdf",
    ],
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for key, names in TREES.items():
        with zipfile.ZipFile(OUT / f"synced-{key}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for name in names:
                info = zipfile.ZipInfo(name, FIXED)
                archive.writestr(info, f"Placeholder for {name}\n")


if __name__ == "__main__":
    main()
