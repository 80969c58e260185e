"""Build the ZIP material of CRCN 2.4 items: a social network's "download your data" archive.

Each archive holds small placeholder JSON files; the item asks which member holds a given kind
of data.
Run: python scripts/material/2.4_export.py
"""

from __future__ import annotations

import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "assessment" / "items" / "2.4" / "material"

ARCHIVES: dict[str, list[str]] = {
    "a": [
        "mes_donnees/profil/informations_profil.json",
        "mes_donnees/publications/publications_1.json",
        "mes_donnees/messages/boite_de_reception.json",
        "mes_donnees/localisation/historique_positions.json",
        "mes_donnees/publicite/centres_interet_deduits.json",
        "mes_donnees/connexions/appareils_et_adresses_ip.json",
    ],
    "b": [
        "export/account/profile.json",
        "export/activity/likes.json",
        "export/activity/comments.json",
        "export/ads/advertisers_with_your_contact_list.json",
        "export/ads/inferred_interests.json",
        "export/security/login_history.json",
    ],
    "c": [
        "archive/compte/parametres.json",
        "archive/compte/historique_connexions.json",
        "archive/contenus/photos_index.json",
        "archive/contenus/videos_index.json",
        "archive/annonceurs/annonceurs_ayant_votre_email.json",
        "archive/recherches/historique_recherches.json",
    ],
    "d": [
        "donnees/activite/temps_passe_par_jour.json",
        "donnees/activite/recherches.json",
        "donnees/lieux/lieux_visites.json",
        "donnees/profil/profil.json",
        "donnees/publicite/categories_publicitaires.json",
        "donnees/amis/liste_amis.json",
    ],
    "e": [
        "takeout/profile/about_you.json",
        "takeout/messages/inbox.json",
        "takeout/apps_and_websites/off_platform_activity.json",
        "takeout/location/last_known_location.json",
        "takeout/ads/ad_interests.json",
        "takeout/friends/friend_requests_sent.json",
    ],
}


def build() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for key, members in ARCHIVES.items():
        with zipfile.ZipFile(OUT / f"export-{key}.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            for name in members:
                info = zipfile.ZipInfo(name, date_time=(2026, 11, 30, 9, 0, 0))
                archive.writestr(info, '{"note": "placeholder"}\n')


if __name__ == "__main__":
    build()
