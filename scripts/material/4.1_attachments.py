"""Build the ZIP attachments of CRCN 4.1 items (assessment/items/4.1/material/attachment-*.zip).

Each archive holds a few harmless placeholder files; the item asks which member is a program or
script that would run if opened. Run: python scripts/material/4.1_attachments.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "assessment" / "items" / "4.1" / "material"

ARCHIVES: dict[str, list[str]] = {
    "a": [
        "Facture_2026-11.pdf",
        "Bon_de_commande.odt",
        "Conditions_generales.pdf",
        "Releve_compte.pdf.exe",
    ],
    "b": [
        "Devis/Devis_toiture.pdf",
        "Devis/Lire_moi.js",
        "Devis/Photos_chantier.jpg",
        "Devis/Plan_maison.png",
    ],
    "c": [
        "Photos_vacances/IMG_0412.jpg",
        "Photos_vacances/IMG_0413.jpg",
        "Photos_vacances/Diaporama.scr",
        "Photos_vacances/Liste.txt",
    ],
    "d": [
        "Inscription/Attestation.pdf.vbs",
        "Inscription/Formulaire.pdf",
        "Inscription/Reglement.odt",
    ],
    "e": [
        "Compta/Notes.txt",
        "Compta/Tableau_frais.ods",
        "Compta/Ouvrir_factures.bat",
        "Compta/Recu_octobre.pdf",
    ],
}
FIXED_TIME = (2026, 11, 20, 9, 30, 0)


def build(key: str, members: list[str]) -> Path:
    path = OUT / f"attachment-{key}.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in members:
            info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
            archive.writestr(
                info, f"Placeholder for {name} (Certinum exercise, not a real file).\n"
            )
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for key, members in ARCHIVES.items():
        print(build(key, members))


if __name__ == "__main__":
    main()
