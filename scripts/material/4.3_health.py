"""Build the CRCN 4.3 families that rest on material and computed answers.

Writes the settings panels, shop and report pages (self-contained HTML, no script) and the
CSV tables of assessment/items/4.3/material/, and the families that use them
(assessment/items/4.3/wellbeing.yaml, environment.yaml, waves.yaml). Every key number is
computed here from the same data as the material, and printed.
Run: python scripts/material/4.3_health.py
"""

from __future__ import annotations

import html
import importlib.util
from pathlib import Path
from typing import Any

import yaml

_SPEC = importlib.util.spec_from_file_location(
    "programs34", Path(__file__).with_name("3.4_programs.py")
)
assert _SPEC
assert _SPEC.loader
_P = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_P)
fr, family, number = _P.fr, _P.family, _P.number

ROOT = Path(__file__).resolve().parents[2] / "assessment" / "items" / "4.3"
MAT = ROOT / "material"
STYLE = (
    "body{font-family:sans-serif;margin:1rem;max-width:36rem}"
    "li,tr{padding:.4rem 0}ul{list-style:none;padding:0}"
    "li{border-bottom:1px solid #ccc}table{border-collapse:collapse;width:100%}"
    "td,th{border:1px solid #999;padding:.3rem;text-align:left}small{color:#333}"
)


def write(name: str, text: str) -> str:
    MAT.mkdir(parents=True, exist_ok=True)
    (MAT / name).write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")
    return name


def page(lang: str, title: str, intro: str, rows: list[tuple[str, str, str]]) -> str:
    """A list of pickable rows: (pick id, label, detail)."""
    items = "\n".join(
        f'    <li data-pick="{pid}"><strong>{html.escape(label)}</strong><br>'
        f"<small>{html.escape(detail)}</small></li>"
        for pid, label, detail in rows
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n"
        f"  <h1>{html.escape(title)}</h1>\n  <p>{html.escape(intro)}</p>\n  <ul>\n{items}\n  "
        "</ul>\n"
        "</main>\n</body>\n</html>\n"
    )


def html_att(ident: str, stem: str, alt_fr: str, alt_en: str, ext: str = "html") -> dict[str, Any]:
    media = {"html": "text/html", "csv": "text/csv"}[ext]
    return {
        "id": ident,
        "file": {
            "fr": f"material/{stem}-{{{{v}}}}-fr.{ext}",
            "en": f"material/{stem}-{{{{v}}}}-en.{ext}",
        },
        "media_type": media,
        "alt": {"fr": fr(alt_fr), "en": alt_en},
    }


def pick_family(
    fid: str,
    tube: str,
    level: int,
    theme: str,
    time_limit: int,
    st: tuple[str, str],
    stem: str,
    alt: tuple[str, str],
    cases: dict[
        str, tuple[dict[str, Any], list[tuple[str, str, str]], list[tuple[str, str, str]], str]
    ],
    titles: tuple[str, str],
    **extra: Any,
) -> dict[str, Any]:
    """cases: key -> (params, rows fr, rows en, right pick id)."""
    variants = []
    for key, (params, rows_fr, rows_en, target) in cases.items():
        assert target in {r[0] for r in rows_fr}
        assert [r[0] for r in rows_fr] == [r[0] for r in rows_en]
        tf = titles[0].format(**params.get("fmt", {}))
        te = titles[1].format(**params.get("fmt", {}))
        write(
            f"{stem}-{key}-fr.html",
            page("fr", tf, fr(params["intro"][0]), [(p, fr(a), fr(b)) for p, a, b in rows_fr]),
        )
        write(f"{stem}-{key}-en.html", page("en", te, params["intro"][1], rows_en))
        var = {"key": key, "v": key, "target": target}
        var.update({k: v for k, v in params.items() if k not in ("intro", "fmt")})
        variants.append(var)
    return family(
        fid,
        tube,
        level,
        theme,
        "pick",
        time_limit,
        st[0],
        st[1],
        {"material": "page", "accepted": ["{{target}}"]},
        variants,
        [html_att("page", stem, alt[0], alt[1])],
        **extra,
    )


def tie(fam: dict[str, Any], review_by: str) -> dict[str, Any]:
    fam["metadata"]["tied"] = True
    fam["metadata"]["review_by"] = review_by
    return fam


# ---------------------------------------------------------------- waves.yaml (radio waves, sensors)

QUICK_FR = {
    "wifi": ("Wi-Fi", "Activé — réseau Maison"),
    "bt": ("Bluetooth", "Activé — écouteurs connectés"),
    "plane": ("Mode avion", "Désactivé"),
    "loc": ("Localisation", "Activée"),
    "dnd": ("Ne pas déranger", "Désactivé"),
    "data": ("Données mobiles", "Activées — 4G"),
    "light": ("Luminosité automatique", "Activée"),
    "save": ("Économie d’énergie", "Désactivée"),
}
QUICK_EN = {
    "wifi": ("Wi-Fi", "On — network Home"),
    "bt": ("Bluetooth", "On — earbuds connected"),
    "plane": ("Airplane mode", "Off"),
    "loc": ("Location", "On"),
    "dnd": ("Do not disturb", "Off"),
    "data": ("Mobile data", "On — 4G"),
    "light": ("Auto brightness", "On"),
    "save": ("Battery saver", "Off"),
}


def quick_rows(
    order: list[str],
) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], dict[str, str]]:
    ids = {name: f"q{i + 1}" for i, name in enumerate(order)}
    rows_fr = [(ids[n], *QUICK_FR[n]) for n in order]
    rows_en = [(ids[n], *QUICK_EN[n]) for n in order]
    return rows_fr, rows_en, ids


def fam_airplane() -> dict[str, Any]:
    orders = {
        "a": ["wifi", "bt", "data", "plane", "loc", "dnd"],
        "b": ["plane", "light", "wifi", "save", "bt", "data"],
        "c": ["data", "wifi", "loc", "bt", "save", "plane"],
        "d": ["bt", "plane", "dnd", "wifi", "light", "loc"],
    }
    orders["e"] = ["save", "dnd", "light", "loc", "plane", "wifi"]
    cases = {}
    for key, order in orders.items():
        rows_fr, rows_en, ids = quick_rows(order)
        intro = ("Réglages rapides du téléphone.", "Phone quick settings.")
        cases[key] = ({"intro": intro}, rows_fr, rows_en, ids["plane"])
    return pick_family(
        "f-4.3-3e7a1c95",
        "couper-emissions-radio",
        1,
        "radio-waves-and-sensors",
        60,
        (
            "Avant un examen médical, on vous demande de couper d’un seul geste toutes les "
            "émissions radio de "
            "votre téléphone (réseau mobile, Wi-Fi, Bluetooth). Dans ces réglages rapides, "
            "sélectionnez le "
            "réglage à activer.",
            "Before a medical examination, you are asked to cut all the radio emissions of your "
            "phone in one go "
            "(mobile network, Wi-Fi, Bluetooth). In these quick settings, select the setting to "
            "turn on.",
        ),
        "quick",
        (
            "Panneau de réglages rapides d’un téléphone : six réglages, chacun avec son nom et "
            "son état.",
            "A phone's quick settings panel: six settings, each with its name and state.",
        ),
        cases,
        ("Réglages rapides", "Quick settings"),
    )


PERMS_FR = {
    "cam": ("Appareil photo", "Prendre des photos et filmer"),
    "mic": ("Microphone", "Enregistrer du son"),
    "loc": ("Position précise", "Connaître l’endroit où vous êtes (GPS)"),
    "act": ("Activité physique", "Détecter vos pas et mouvements (accéléromètre)"),
    "con": ("Contacts", "Lire votre carnet d’adresses"),
    "near": ("Appareils à proximité", "Trouver des appareils Bluetooth proches et s’y connecter"),
}
PERMS_EN = {
    "cam": ("Camera", "Take pictures and record video"),
    "mic": ("Microphone", "Record sound"),
    "loc": ("Precise location", "Know where you are (GPS)"),
    "act": ("Physical activity", "Detect your steps and movements (accelerometer)"),
    "con": ("Contacts", "Read your address book"),
    "near": ("Nearby devices", "Find nearby Bluetooth devices and connect to them"),
}


def fam_sensor_permission() -> dict[str, Any]:
    apps = {
        "a": (
            "podomètre, pour compter vos pas",
            "a pedometer, to count your steps",
            "act",
            ["cam", "act", "con", "mic", "loc", "near"],
        ),
        "b": (
            "lecteur de QR codes",
            "a QR code reader",
            "cam",
            ["mic", "loc", "con", "near", "cam", "act"],
        ),
        "c": (
            "lien entre une montre connectée et le téléphone",
            "a link between a smartwatch and the phone",
            "near",
            ["loc", "cam", "near", "act", "mic", "con"],
        ),
        "d": (
            "dictaphone",
            "a voice recorder",
            "mic",
            ["con", "near", "act", "cam", "loc", "mic"],
        ),
    }
    cases = {}
    for key, (app_fr, app_en, need, order) in apps.items():
        ids = {n: f"p{i + 1}" for i, n in enumerate(order)}
        rows_fr = [(ids[n], *PERMS_FR[n]) for n in order]
        rows_en = [(ids[n], *PERMS_EN[n]) for n in order]
        intro = (
            "L’application demande les autorisations suivantes.",
            "The app asks for the following permissions.",
        )
        cases[key] = (
            {"intro": intro, "app": {"fr": app_fr, "en": app_en}},
            rows_fr,
            rows_en,
            ids[need],
        )
    return pick_family(
        "f-4.3-a0c48d6f",
        "capteur-autorisation-utile",
        3,
        "radio-waves-and-sensors",
        120,
        (
            "Vous installez une application qui sert de {{app}}. Elle demande six autorisations "
            "d’accès aux capteurs et aux "
            "données du "
            "téléphone. Sélectionnez la seule autorisation dont elle a réellement besoin pour "
            "fonctionner.",
            "You install an app that works as {{app}}. It asks for six permissions to the phone's "
            "sensors and data. "
            "Select the only "
            "permission it really needs to work.",
        ),
        "perms",
        (
            "Liste de six autorisations demandées par une application, chacune avec une courte "
            "explication.",
            "A list of six permissions asked for by an app, each with a short explanation.",
        ),
        cases,
        ("Autorisations demandées", "Permissions requested"),
    )


SAR_LIMITS = {"head": 2.0, "body": 2.0, "limb": 4.0}


def fam_sar() -> dict[str, Any]:
    phones = {
        "a": [
            ("Nova 5", 0.92, 1.31, 2.60),
            ("Lumo X", 1.12, 2.35, 3.10),
            ("Pixa 3", 0.41, 0.98, 1.90),
            ("Oria S", 1.48, 1.77, 2.95),
        ],
        "b": [
            ("Zen 12", 1.05, 1.64, 4.35),
            ("Kappa 2", 0.66, 1.10, 2.02),
            ("Vela M", 1.39, 1.92, 3.40),
            ("Astro 9", 0.88, 1.47, 2.71),
        ],
        "c": [
            ("Mira A", 2.08, 1.55, 2.44),
            ("Tessa 7", 1.21, 1.85, 3.66),
            ("Orbi", 0.58, 0.95, 1.70),
            ("Nimbus", 0.93, 1.96, 3.98),
        ],
        "d": [
            ("Flux 4", 0.77, 1.24, 2.56),
            ("Quartz", 1.36, 1.88, 3.95),
            ("Helio", 0.51, 1.02, 2.10),
            ("Sirio", 1.18, 1.43, 4.12),
        ],
    }
    cases = {}
    for key, rows in phones.items():
        over = [
            i
            for i, (_, h, b, m) in enumerate(rows)
            if h > SAR_LIMITS["head"] or b > SAR_LIMITS["body"] or m > SAR_LIMITS["limb"]
        ]
        assert len(over) == 1, key
        pid = [f"t{i + 1}" for i in range(len(rows))]
        rows_fr = [
            (
                pid[i],
                n,
                f"DAS tête {h:.2f} W/kg · tronc {b:.2f} W/kg · membres {m:.2f} W/kg".replace(
                    ".", ","
                ),
            )
            for i, (n, h, b, m) in enumerate(rows)
        ]
        rows_en = [
            (pid[i], n, f"SAR head {h:.2f} W/kg · body {b:.2f} W/kg · limbs {m:.2f} W/kg")
            for i, (n, h, b, m) in enumerate(rows)
        ]
        intro = (
            "Valeurs de DAS (débit d’absorption spécifique) affichées par le vendeur.",
            "SAR (specific absorption rate) values shown by the seller.",
        )
        cases[key] = ({"intro": intro}, rows_fr, rows_en, pid[over[0]])
    fam = pick_family(
        "f-4.3-6d2f8b10",
        "das-limites-comparaison",
        6,
        "radio-waves-and-sensors",
        240,
        (
            "En France, la réglementation limite le DAS d’un téléphone à 2 W/kg pour la tête et "
            "pour le tronc, et à "
            "4 W/kg pour les membres. Dans ce comparatif, sélectionnez le téléphone qui dépasse "
            "l’une de ces limites.",
            "In France, the rules limit a phone's SAR to 2 W/kg for the head and for the body, "
            "and to 4 W/kg for the "
            "limbs. In this comparison, select the phone that exceeds one of these limits.",
        ),
        "sar",
        (
            "Comparatif de quatre téléphones avec, pour chacun, trois valeurs de DAS : tête, "
            "tronc et membres, "
            "en W/kg.",
            "A comparison of four phones with, for each, three SAR values: head, body and limbs, "
            "in W/kg.",
        ),
        cases,
        ("Comparatif DAS", "SAR comparison"),
    )
    return tie(fam, "2028-12-31")


def fam_exposure_share() -> dict[str, Any]:
    cases = [("a", 1.2, 41), ("b", 0.8, 61), ("c", 2.05, 41), ("d", 3.1, 61)]
    variants = []
    for key, measured, limit in cases:
        share = round(measured / limit * 100, 2)
        band_fr = "900 MHz" if limit == 41 else "2 100 MHz"
        band_en = "900 MHz" if limit == 41 else "2,100 MHz"
        write(
            f"anfr-{key}-fr.html",
            page(
                "fr",
                "Rapport de mesure d’exposition",
                fr("Mesure réalisée dans un appartement, à la demande de l’occupant."),
                [
                    ("m1", "Lieu", "Séjour, 3e étage"),
                    (
                        "m2",
                        fr("Niveau d’exposition global mesuré"),
                        f"{measured:.2f} V/m".replace(".", ","),
                    ),
                    ("m3", "Principale source", fr(f"Antenne-relais, bande {band_fr}")),
                    ("m4", fr("Valeur limite réglementaire pour cette bande"), f"{limit} V/m"),
                ],
            ),
        )
        write(
            f"anfr-{key}-en.html",
            page(
                "en",
                "Exposure measurement report",
                "Measurement made in a flat, at the occupant's request.",
                [
                    ("m1", "Place", "Living room, 3rd floor"),
                    ("m2", "Overall exposure level measured", f"{measured:.2f} V/m"),
                    ("m3", "Main source", f"Mobile mast, {band_en} band"),
                    ("m4", "Regulatory limit for this band", f"{limit} V/m"),
                ],
            ),
        )
        variants.append({"key": key, "v": key, "out": share})
    fam = family(
        "f-4.3-e91b53a2",
        "exposition-ondes-rapport",
        7,
        "radio-waves-and-sensors",
        "number",
        240,
        "Ce rapport de mesure d’exposition aux ondes donne le niveau mesuré et la valeur limite. "
        "Le niveau mesuré "
        "représente quel pourcentage de la valeur limite ? (arrondi au dixième)",
        "This exposure measurement report gives the measured level and the limit value. What "
        "percentage of "
        "the limit value is the measured level? (rounded to one decimal)",
        number("{{out}}", "%", 0.1),
        variants,
        [
            html_att(
                "page",
                "anfr",
                "Rapport de mesure : lieu, niveau d’exposition mesuré en V/m, principale source "
                "et valeur limite réglementaire en V/m.",
                "Measurement report: place, measured exposure level in V/m, main source and "
                "regulatory limit "
                "in V/m.",
            )
        ],
    )
    return fam


def waves() -> list[dict[str, Any]]:
    return [fam_airplane(), fam_sensor_permission(), fam_sar(), fam_exposure_share()]


# ---------------------------------------------------------------- wellbeing.yaml


def goal_panel(
    stem: str,
    rows_fr: dict[str, tuple[str, str]],
    rows_en: dict[str, tuple[str, str]],
    goals: dict[str, tuple[str, str, str, list[str]]],
    intro: tuple[str, str],
) -> dict[str, tuple[dict[str, Any], list[Any], list[Any], str]]:
    """Variants of one panel: each asks for another setting (goal), rows in another order."""
    cases = {}
    for key, (goal_fr, goal_en, target, order) in goals.items():
        ids = {n: f"s{i + 1}" for i, n in enumerate(order)}
        cases[key] = (
            {"intro": intro, "goal": {"fr": fr(goal_fr), "en": goal_en}},
            [(ids[n], *rows_fr[n]) for n in order],
            [(ids[n], *rows_en[n]) for n in order],
            ids[target],
        )
    return cases


NOTIF_FR = {
    "dnd": ("Ne pas déranger programmé", "Désactivé — de 22:00 à 7:00"),
    "badge": ("Pastilles sur les icônes", "Activées — nombre de notifications non lues"),
    "lock": ("Aperçu sur l’écran verrouillé", "Activé — contenu complet des messages"),
    "sum": ("Résumé programmé", "Désactivé — regrouper les notifications à 8:00 et 18:00"),
    "sound": ("Son des notifications", "Carillon"),
    "history": ("Historique des notifications", "Activé"),
}
NOTIF_EN = {
    "dnd": ("Scheduled do not disturb", "Off — from 22:00 to 7:00"),
    "badge": ("App icon badges", "On — number of unread notifications"),
    "lock": ("Preview on lock screen", "On — full message content"),
    "sum": ("Scheduled summary", "Off — group notifications at 8:00 and 18:00"),
    "sound": ("Notification sound", "Chime"),
    "history": ("Notification history", "On"),
}


def fam_notifications() -> dict[str, Any]:
    goals = {
        "a": (
            "ne plus être dérangé la nuit, automatiquement, chaque soir",
            "stop being disturbed at night, automatically, every evening",
            "dnd",
            ["sound", "badge", "dnd", "lock", "sum", "history"],
        ),
        "b": (
            "ne plus voir de petits compteurs rouges qui incitent à ouvrir les applis",
            "no longer see the small red counters that urge you to open apps",
            "badge",
            ["dnd", "lock", "history", "badge", "sound", "sum"],
        ),
        "c": (
            "recevoir les notifications en deux paquets par jour plutôt qu’au fil de l’eau",
            "receive notifications in two batches a day rather than as they come",
            "sum",
            ["sum", "sound", "dnd", "badge", "history", "lock"],
        ),
        "d": (
            "que vos proches ne lisent plus vos messages sur votre téléphone posé sur la table",
            "stop people around you reading your messages on your phone lying on the table",
            "lock",
            ["history", "dnd", "sum", "sound", "lock", "badge"],
        ),
    }
    goals["e"] = (
        "continuer à recevoir les messages sans entendre un carillon à chacun",
        "keep receiving messages without hearing a chime for each one",
        "sound",
        ["lock", "history", "badge", "sum", "sound", "dnd"],
    )
    cases = goal_panel(
        "notif", NOTIF_FR, NOTIF_EN, goals, ("Réglages > Notifications", "Settings > Notifications")
    )
    return pick_family(
        "f-4.3-58b0e2d4",
        "notifications-reglage-choix",
        2,
        "attention-and-addiction",
        90,
        (
            "Vous voulez {{goal}}. Dans ce panneau de réglages des notifications, sélectionnez le "
            "réglage à modifier.",
            "You want to {{goal}}. In this notification settings panel, select the setting to "
            "change.",
        ),
        "notif",
        (
            "Panneau des réglages de notifications d’un téléphone : six réglages avec leur état.",
            "A phone's notification settings panel: six settings with their state.",
        ),
        cases,
        ("Notifications", "Notifications"),
    )


DISPLAY_FR = {
    "night": ("Éclairage nocturne", "Désactivé — teinte l’écran en orangé le soir"),
    "text": ("Taille du texte", "Petite"),
    "sleep": ("Mise en veille de l’écran", "Après 10 minutes"),
    "auto": ("Luminosité adaptative", "Désactivée — suit la lumière ambiante"),
    "dark": ("Thème sombre", "Désactivé"),
    "rotate": ("Rotation automatique", "Activée"),
}
DISPLAY_EN = {
    "night": ("Night light", "Off — tints the screen orange in the evening"),
    "text": ("Text size", "Small"),
    "sleep": ("Screen timeout", "After 10 minutes"),
    "auto": ("Adaptive brightness", "Off — follows the ambient light"),
    "dark": ("Dark theme", "Off"),
    "rotate": ("Auto-rotate", "On"),
}


def fam_display() -> dict[str, Any]:
    goals = {
        "a": (
            "lire sans devoir vous pencher vers l’écran pour déchiffrer les mots",
            "read without leaning towards the screen to make out the words",
            "text",
            ["night", "dark", "text", "rotate", "sleep", "auto"],
        ),
        "b": (
            "réduire la lumière bleue de l’écran en soirée, avant de dormir",
            "reduce the screen's blue light in the evening, before sleeping",
            "night",
            ["text", "night", "auto", "sleep", "rotate", "dark"],
        ),
        "c": (
            "que l’écran ne vous éblouisse plus dans la pénombre et soit lisible en plein soleil",
            "stop the screen dazzling you in dim light and keep it readable in full sun",
            "auto",
            ["rotate", "sleep", "dark", "text", "auto", "night"],
        ),
        "d": (
            "que l’écran s’éteigne vite quand vous posez le téléphone",
            "make the screen switch off soon when you put the phone down",
            "sleep",
            ["auto", "rotate", "night", "dark", "text", "sleep"],
        ),
    }
    goals["e"] = (
        "que l’écran reste en portrait quand vous lisez allongé sur le côté",
        "keep the screen in portrait when you read lying on your side",
        "rotate",
        ["sleep", "text", "rotate", "night", "dark", "auto"],
    )
    cases = goal_panel(
        "display", DISPLAY_FR, DISPLAY_EN, goals, ("Réglages > Affichage", "Settings > Display")
    )
    return pick_family(
        "f-4.3-b2470c8e",
        "affichage-confort-reglage",
        1,
        "ergonomics",
        60,
        (
            "Vous voulez {{goal}}. Dans ce panneau de réglages de l’affichage, sélectionnez le "
            "réglage à modifier.",
            "You want to {{goal}}. In this display settings panel, select the setting to change.",
        ),
        "display",
        (
            "Panneau des réglages d’affichage d’un téléphone : six réglages avec leur état.",
            "A phone's display settings panel: six settings with their state.",
        ),
        cases,
        ("Affichage", "Display"),
    )


MENU_FR = {
    "report": ("Signaler la publication", "Prévenir la plateforme qu’elle enfreint les règles"),
    "block": ("Bloquer le compte", "Ce compte ne pourra plus vous voir ni vous écrire"),
    "mute": ("Masquer ce compte", "Ne plus voir ses publications, sans qu’il soit prévenu"),
    "save": ("Enregistrer", "Garder la publication dans vos favoris"),
    "link": ("Copier le lien", "Partager la publication ailleurs"),
    "unfollow": ("Ne plus suivre", "Retirer ce compte de vos abonnements"),
}
MENU_EN = {
    "report": ("Report post", "Tell the platform it breaks the rules"),
    "block": ("Block account", "This account can no longer see you or write to you"),
    "mute": ("Mute this account", "Stop seeing its posts, without it being told"),
    "save": ("Save", "Keep the post in your favourites"),
    "link": ("Copy link", "Share the post elsewhere"),
    "unfollow": ("Unfollow", "Remove this account from the ones you follow"),
}


def fam_post_menu() -> dict[str, Any]:
    goals = {
        "a": (
            "Une publication se moque d’un camarade avec des insultes racistes. Vous voulez que "
            "la plateforme "
            "l’examine et la retire",
            "A post mocks a classmate with racist insults. You want the platform to "
            "examine it and take it down",
            "report",
            ["save", "link", "report", "mute", "block", "unfollow"],
        ),
        "b": (
            "Un inconnu vous envoie chaque jour des messages insistants. Vous voulez qu’il ne "
            "puisse plus vous "
            "contacter",
            "A stranger sends you pushy messages every day. You want him to be unable to contact "
            "you any more",
            "block",
            ["block", "mute", "save", "unfollow", "report", "link"],
        ),
        "c": (
            "Un cousin publie sans cesse des contenus qui vous angoissent, sans rien d’illégal. "
            "Vous voulez ne "
            "plus les voir sans le froisser",
            "A cousin keeps posting content that makes you anxious, nothing "
            "illegal. You want to stop seeing it without offending him",
            "mute",
            ["unfollow", "report", "link", "block", "mute", "save"],
        ),
        "d": (
            "Une publication diffuse une photo intime d’une élève sans son accord. Vous voulez "
            "alerter la "
            "plateforme pour qu’elle la supprime",
            "A post spreads an intimate photo of a pupil without her "
            "consent. You want to alert the platform so that it deletes it",
            "report",
            ["mute", "unfollow", "block", "save", "link", "report"],
        ),
    }
    goals["e"] = (
        "Vous suiviez un compte par curiosité et ne voulez plus y être abonné, sans le bloquer ni "
        "le "
        "signaler",
        "You followed an account out of curiosity and no longer want to follow it, without "
        "blocking or "
        "reporting it",
        "unfollow",
        ["link", "save", "mute", "unfollow", "block", "report"],
    )
    cases = goal_panel("menu", MENU_FR, MENU_EN, goals, ("Menu d’une publication", "Post menu"))
    return pick_family(
        "f-4.3-0f93d6b7",
        "menu-publication-signaler",
        2,
        "harassment-and-help",
        90,
        (
            "{{goal}}. Dans le menu de la publication, sélectionnez l’action qui convient.",
            "{{goal}}. In the post menu, select the right action.",
        ),
        "menu",
        (
            "Menu d’une publication sur un réseau social : six actions, chacune avec une courte "
            "explication.",
            "The menu of a social network post: six actions, each with a short explanation.",
        ),
        cases,
        ("Options de la publication", "Post options"),
    )


HELP_FR = {
    "3018": (
        "3018",
        "Harcèlement et violences numériques chez les jeunes — gratuit, anonyme, 7 j/7",
    ),
    "3919": ("3919", "Violences faites aux femmes — gratuit, anonyme"),
    "119": ("119", "Enfance en danger — gratuit, 24 h/24"),
    "3114": ("3114", "Prévention du suicide — gratuit, 24 h/24"),
    "17": ("17", "Police secours, en cas d’urgence immédiate"),
    "sc": ("Signal Conso", "Problème avec une entreprise ou un achat"),
}
HELP_EN = {
    "3018": (
        "3018",
        "Bullying and online violence among young people — free, anonymous, 7 days a week",
    ),
    "3919": ("3919", "Violence against women — free, anonymous"),
    "119": ("119", "Children in danger — free, 24/7"),
    "3114": ("3114", "Suicide prevention — free, 24/7"),
    "17": ("17", "Police emergency, for immediate danger"),
    "sc": ("Signal Conso", "A problem with a business or a purchase"),
}


def fam_helplines() -> dict[str, Any]:
    goals = {
        "a": (
            "Depuis un mois, un collégien reçoit chaque soir des messages humiliants d’un groupe "
            "de sa classe "
            "sur une messagerie",
            "For a month, a secondary-school pupil has been getting humiliating messages "
            "every evening from a group in his class on a messaging app",
            "3018",
            ["119", "3018", "3919", "sc", "3114", "17"],
        ),
        "b": (
            "Une amie vous confie que son compagnon fouille son téléphone, surveille ses "
            "déplacements et la "
            "menace",
            "A friend tells you that her partner searches her phone, tracks where she goes and "
            "threatens her",
            "3919",
            ["3018", "17", "3114", "3919", "119", "sc"],
        ),
        "c": (
            "Un enfant de votre entourage raconte en visio qu’il est frappé chez lui",
            "A child you know says on a video call that he is beaten at home",
            "119",
            ["3919", "sc", "3018", "3114", "17", "119"],
        ),
        "d": (
            "Un ami écrit sur un forum qu’il pense à mettre fin à ses jours et vous voulez savoir "
            "comment "
            "l’aider",
            "A friend writes on a forum that he thinks of ending his life and you want to know "
            "how to help him",
            "3114",
            ["17", "3919", "119", "3018", "sc", "3114"],
        ),
    }
    goals["e"] = (
        "Sous vos yeux, dans la rue, une personne en menace une autre avec un couteau après une "
        "dispute née sur un réseau social",
        "Right in front of you, in the street, a person threatens another with a knife after a "
        "quarrel "
        "that began on a social network",
        "17",
        ["3114", "119", "17", "sc", "3018", "3919"],
    )
    cases = goal_panel(
        "help",
        HELP_FR,
        HELP_EN,
        goals,
        ("Numéros d’aide gratuits en France.", "Free helplines in France."),
    )
    fam = pick_family(
        "f-4.3-4a1d7e23",
        "numeros-aide-orientation",
        4,
        "harassment-and-help",
        120,
        (
            "{{goal}}. Sur cette page de numéros utiles, sélectionnez le service le plus adapté à "
            "cette situation.",
            "{{goal}}. On this page of useful numbers, select the service best suited to this "
            "situation.",
        ),
        "help",
        (
            "Page de six services d’aide en France, chacun avec son numéro ou son nom et ce qu’il "
            "couvre.",
            "A page of six help services in France, each with its number or name and what it "
            "covers.",
        ),
        cases,
        ("Numéros utiles", "Useful numbers"),
        enemies=["f-4.3-c5d84e88"],
    )
    return tie(fam, "2028-06-30")


APP_FR = {
    "streak": ("Série de 45 jours", "Revenez avant minuit ou vous perdez votre série !"),
    "auto": ("Épisode suivant dans 5 secondes", "Lecture automatique activée"),
    "pause": ("Vous regardez depuis 1 h 10", "Faire une pause ? Rappel réglé par vous"),
    "social": ("Léa et 11 amis attendent votre réaction", "Répondez maintenant"),
    "feed": ("Pour vous", "Des vidéos choisies pour vous, sans fin"),
    "settings": ("Paramètres", "Compte, confidentialité, langue"),
}
APP_EN = {
    "streak": ("45-day streak", "Come back before midnight or you lose your streak!"),
    "auto": ("Next episode in 5 seconds", "Autoplay on"),
    "pause": ("You have been watching for 1 h 10", "Take a break? Reminder set by you"),
    "social": ("Léa and 11 friends are waiting for your reaction", "Reply now"),
    "feed": ("For you", "Videos picked for you, endlessly"),
    "settings": ("Settings", "Account, privacy, language"),
}


def fam_dark_patterns() -> dict[str, Any]:
    goals = {
        "a": (
            "joue sur la peur de perdre une récompense accumulée",
            "plays on the fear of losing a reward built up over time",
            "streak",
            ["feed", "auto", "streak", "social", "pause", "settings"],
        ),
        "b": (
            "supprime le moment où vous pourriez naturellement décider d’arrêter, en lançant la "
            "suite à votre "
            "place",
            "removes the moment when you could naturally decide to stop, by starting what comes "
            "next "
            "for you",
            "auto",
            ["streak", "social", "settings", "auto", "feed", "pause"],
        ),
        "c": (
            "vous aide au contraire à reprendre la main sur votre temps",
            "helps you, on the contrary, to take back control of your time",
            "pause",
            ["social", "feed", "auto", "settings", "pause", "streak"],
        ),
        "d": (
            "utilise la pression du groupe pour vous faire revenir",
            "uses peer pressure to make you come back",
            "social",
            ["pause", "streak", "feed", "social", "settings", "auto"],
        ),
    }
    goals["e"] = (
        "vous propose du contenu sans fin, sans jamais atteindre le bas de la page",
        "offers you endless content, never reaching the bottom of the page",
        "feed",
        ["settings", "pause", "social", "streak", "auto", "feed"],
    )
    cases = goal_panel(
        "app",
        APP_FR,
        APP_EN,
        goals,
        ("Écran d’accueil d’une application vidéo.", "Home screen of a video app."),
    )
    return pick_family(
        "f-4.3-91e6c0a8",
        "captation-attention-mecanismes",
        5,
        "attention-and-addiction",
        150,
        (
            "Voici l’écran d’accueil d’une application de vidéos. Sélectionnez l’élément qui "
            "{{goal}}.",
            "Here is the home screen of a video app. Select the element that {{goal}}.",
        ),
        "app",
        (
            "Écran d’accueil d’une application de vidéos : six éléments (messages, compteurs, "
            "boutons), "
            "chacun avec son texte.",
            "Home screen of a video app: six elements (messages, counters, "
            "buttons), each with its text.",
        ),
        cases,
        ("Accueil", "Home"),
    )


DESK_FR = {
    "dist": ("Distance entre les yeux et l’écran", "{dist}"),
    "height": ("Haut de l’écran", "{height}"),
    "window": ("Position par rapport à la fenêtre", "{window}"),
    "elbow": ("Coudes", "Près du corps, pliés à 90° environ, avant-bras posés"),
    "feet": ("Pieds", "{feet}"),
    "breaks": ("Pauses", "5 minutes loin de l’écran toutes les heures"),
}
DESK_EN = {
    "dist": ("Distance between eyes and screen", "{dist}"),
    "height": ("Top of the screen", "{height}"),
    "window": ("Position relative to the window", "{window}"),
    "elbow": ("Elbows", "Close to the body, bent at about 90°, forearms resting"),
    "feet": ("Feet", "{feet}"),
    "breaks": ("Breaks", "5 minutes away from the screen every hour"),
}
GOOD = {
    "dist": ("60 cm, environ une longueur de bras", "60 cm, about an arm's length"),
    "height": ("À hauteur des yeux ou un peu en dessous", "At eye level or slightly below"),
    "window": (
        "Écran perpendiculaire à la fenêtre, lumière sur le côté",
        "Screen at right angles to the window, light from the side",
    ),
    "feet": ("À plat sur le sol", "Flat on the floor"),
}
BAD = {
    "dist": ("25 cm, le nez presque sur l’écran", "25 cm, nose almost on the screen"),
    "height": ("20 cm au-dessus des yeux, tête levée", "20 cm above the eyes, head tilted up"),
    "window": (
        "Écran devant la fenêtre, lumière du jour derrière l’écran",
        "Screen in front of the window, daylight behind the screen",
    ),
    "feet": (
        "Dans le vide, la chaise étant trop haute, sans repose-pieds",
        "Dangling, the chair being too high, with no footrest",
    ),
}


def fam_workstation() -> dict[str, Any]:
    plans = {
        "a": ("dist", ["dist", "height", "window", "elbow", "feet", "breaks"]),
        "b": ("window", ["elbow", "window", "dist", "breaks", "height", "feet"]),
        "c": ("height", ["feet", "breaks", "elbow", "height", "dist", "window"]),
        "d": ("feet", ["breaks", "dist", "feet", "window", "elbow", "height"]),
    }
    cases = {}
    for key, (bad, order) in plans.items():
        vals = {k: (BAD if k == bad else GOOD)[k] for k in GOOD}
        ids = {n: f"w{i + 1}" for i, n in enumerate(order)}
        rows_fr = [
            (ids[n], DESK_FR[n][0], DESK_FR[n][1].format(**{k: v[0] for k, v in vals.items()}))
            for n in order
        ]
        rows_en = [
            (ids[n], DESK_EN[n][0], DESK_EN[n][1].format(**{k: v[1] for k, v in vals.items()}))
            for n in order
        ]
        cases[key] = (
            {
                "intro": (
                    "Relevé fait au poste de travail d’un agent d’accueil.",
                    "Notes taken at a receptionist's workstation.",
                )
            },
            rows_fr,
            rows_en,
            ids[bad],
        )
    return pick_family(
        "f-4.3-7c35f1e9",
        "poste-ecran-reglages",
        3,
        "ergonomics",
        120,
        (
            "Voici la fiche d’un poste de travail sur écran. Sélectionnez le point qui ne "
            "respecte pas les "
            "recommandations de confort et de santé et qu’il faut corriger.",
            "Here is the sheet of a screen workstation. Select the point that does not follow the "
            "comfort and "
            "health recommendations and must be corrected.",
        ),
        "desk",
        (
            "Fiche d’un poste de travail : six points (distance, hauteur de l’écran, fenêtre, "
            "coudes, pieds, "
            "pauses), chacun avec le réglage constaté.",
            "A workstation sheet: six points (distance, screen "
            "height, window, elbows, feet, breaks), each with the setting found.",
        ),
        cases,
        ("Fiche de poste", "Workstation sheet"),
    )


def fam_notification_log() -> dict[str, Any]:
    import random

    apps = ["Messagerie", "Réseau social", "Jeu", "Actualités", "Courriel"]
    apps_en = ["Messaging", "Social network", "Game", "News", "Email"]
    variants = []
    for key, seed, app, start, end in (
        ("a", 11, 1, 9, 12),
        ("b", 23, 0, 14, 17),
        ("c", 37, 2, 8, 11),
        ("d", 41, 4, 13, 18),
    ):
        rnd = random.Random(seed)  # noqa: S311 - fixed seed, reproducible material
        rows = sorted((rnd.randrange(7 * 60, 23 * 60), rnd.randrange(5)) for _ in range(60))
        count = sum(1 for t, a in rows if a == app and start * 60 <= t < end * 60)
        for loc, names, head in (("fr", apps, "heure;application"), ("en", apps_en, "time;app")):
            write(
                f"notiflog-{key}-{loc}.csv",
                "\n".join([head] + [f"{t // 60:02d}:{t % 60:02d};{names[a]}" for t, a in rows]),
            )
        variants.append(
            {
                "key": key,
                "v": key,
                "app": {"fr": apps[app], "en": apps_en[app]},
                "start": f"{start}:00",
                "end": f"{end}:00",
                "out": count,
            }
        )
    return family(
        "f-4.3-2f6b9a41",
        "notifications-releve-comptage",
        4,
        "attention-and-addiction",
        "number",
        240,
        "Ce relevé liste les notifications reçues par un téléphone en une journée. Combien de "
        "notifications "
        "l’application « {{app}} » a-t-elle envoyées entre {{start}} (compris) et {{end}} (exclu) "
        "?",
        "This log lists the notifications a phone received in one day. How many notifications did "
        "the app "
        '"{{app}}" send between {{start}} (included) and {{end}} (excluded)?',
        number("{{out}}"),
        variants,
        [
            html_att(
                "log",
                "notiflog",
                "Tableau de 60 notifications d’une journée, dans l’ordre : heure et application.",
                "A table of 60 notifications of one day, in order: time and app.",
                "csv",
            )
        ],
        phone=False,
    )


def wellbeing() -> list[dict[str, Any]]:
    return [
        fam_display(),
        fam_notifications(),
        fam_post_menu(),
        fam_workstation(),
        fam_helplines(),
        fam_notification_log(),
        fam_dark_patterns(),
    ]


# ---------------------------------------------------------------- environment.yaml


def fam_repairability() -> dict[str, Any]:
    shops = {
        "a": [
            ("Nova 5", 6.1, 329),
            ("Lumo X", 8.7, 449),
            ("Pixa 3", 7.4, 389),
            ("Oria S", 5.2, 279),
        ],
        "b": [
            ("Zen 12", 7.9, 499),
            ("Kappa 2", 6.6, 259),
            ("Vela M", 4.8, 619),
            ("Astro 9", 9.1, 359),
        ],
        "c": [
            ("Mira A", 9.3, 289),
            ("Tessa 7", 7.2, 539),
            ("Orbi", 8.1, 409),
            ("Nimbus", 6.4, 699),
        ],
        "d": [("Flux 4", 5.9, 219), ("Quartz", 6.8, 799), ("Helio", 7.7, 349), ("Sirio", 7.5, 429)],
    }
    cases = {}
    for key, rows in shops.items():
        best = max(range(len(rows)), key=lambda i: rows[i][1])
        pid = [f"o{i + 1}" for i in range(len(rows))]
        rows_fr = [
            (pid[i], n, f"{price} € · Indice de réparabilité : {idx:.1f}/10".replace(".", ","))
            for i, (n, idx, price) in enumerate(rows)
        ]
        rows_en = [
            (pid[i], n, f"€{price} · Repairability index: {idx:.1f}/10")
            for i, (n, idx, price) in enumerate(rows)
        ]
        cases[key] = (
            {
                "intro": (
                    "Quatre smartphones reconditionnés en vente.",
                    "Four refurbished smartphones on sale.",
                )
            },
            rows_fr,
            rows_en,
            pid[best],
        )
    fam = pick_family(
        "f-4.3-d8a4b62c",
        "indice-reparabilite-lecture",
        2,
        "environmental-impact",
        90,
        (
            "Vous voulez un téléphone que vous pourrez faire réparer facilement pour le garder "
            "longtemps. Sur cette "
            "page, sélectionnez le téléphone le mieux noté pour sa réparabilité.",
            "You want a phone you can easily have repaired so as to keep it a long time. On this "
            "page, select the "
            "phone with the best repairability score.",
        ),
        "shop",
        (
            "Page de boutique : quatre smartphones, chacun avec son prix et son indice de "
            "réparabilité sur 10.",
            "Shop page: four smartphones, each with its price and its repairability index out of "
            "10.",
        ),
        cases,
        ("Smartphones", "Smartphones"),
    )
    return tie(fam, "2028-06-30")


DEVICES = {
    "a": [
        ("box", "Box internet", "Internet box", 11, 24),
        ("tv", "Téléviseur", "Television", 90, 3),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 9, 21),
        ("pc", "Ordinateur portable", "Laptop", 45, 4),
    ],
    "b": [
        ("box", "Box internet", "Internet box", 14, 24),
        ("tv", "Téléviseur", "Television", 110, 4),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 12, 20),
        ("pc", "Ordinateur fixe", "Desktop computer", 120, 2),
    ],
    "c": [
        ("box", "Box internet", "Internet box", 9, 24),
        ("tv", "Téléviseur", "Television", 75, 2),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 8, 22),
        ("pc", "Console de jeu", "Games console", 150, 1),
    ],
    "d": [
        ("box", "Box internet", "Internet box", 16, 24),
        ("tv", "Téléviseur", "Television", 130, 5),
        ("dec", "Décodeur TV en veille", "TV set-top box on standby", 15, 19),
        ("pc", "Ordinateur portable", "Laptop", 60, 6),
    ],
}


def write_devices() -> None:
    for key, rows in DEVICES.items():
        write(
            f"power-{key}-fr.csv",
            "\n".join(
                ["appareil;puissance (W);heures par jour"]
                + [f"{f};{w};{h}" for _, f, _, w, h in rows]
            ),
        )
        write(
            f"power-{key}-en.csv",
            "\n".join(
                ["device;power (W);hours per day"] + [f"{e};{w};{h}" for _, _, e, w, h in rows]
            ),
        )


def power_att() -> dict[str, Any]:
    return html_att(
        "table",
        "power",
        "Tableau de quatre appareils d’un foyer : nom, puissance en watts et durée "
        "d’utilisation par jour en heures.",
        "A table of four household devices: name, power in watts and hours of use per day.",
        "csv",
    )


def lower_first(text: str) -> str:
    return text if text[1].isupper() else text[0].lower() + text[1:]


def fam_yearly_kwh() -> dict[str, Any]:
    write_devices()
    variants = []
    for key, target in (("a", "tv"), ("b", "box"), ("c", "dec"), ("d", "pc")):
        row = next(r for r in DEVICES[key] if r[0] == target)
        variants.append(
            {
                "key": key,
                "v": key,
                "dev": {"fr": lower_first(row[1]), "en": lower_first(row[2])},
                "out": round(row[3] * row[4] * 365 / 1000, 3),
            }
        )
    return family(
        "f-4.3-c63e0f85",
        "consommation-annuelle-appareil",
        4,
        "environmental-impact",
        "number",
        240,
        "D’après ce tableau, combien de kilowattheures (kWh) consomme par an (365 jours) "
        "l’appareil « {{dev}} » ? "
        "(1 kWh = 1 000 Wh ; arrondi au dixième)",
        'According to this table, how many kilowatt-hours (kWh) does the device "{{dev}}" use per '
        "year "
        "(365 days)? (1 kWh = 1,000 Wh; rounded to one decimal)",
        number("{{out}}", "kWh", 0.1),
        variants,
        [power_att()],
        phone=False,
    )


def fam_savings_kwh() -> dict[str, Any]:
    write_devices()
    variants = []
    for key, table in DEVICES.items():
        rows = {r[0]: r for r in table}
        saved = (rows["box"][3] * 7 + rows["dec"][3] * rows["dec"][4]) * 365 / 1000
        variants.append({"key": key, "v": key, "out": round(saved, 3)})
    return family(
        "f-4.3-5e0b7a3d",
        "economie-veille-calcul",
        7,
        "environmental-impact",
        "number",
        300,
        "D’après ce tableau, le foyer décide d’éteindre la box internet chaque nuit de 0:00 à "
        "7:00 et de "
        "débrancher le décodeur TV au lieu de le laisser en veille. Combien de kWh économise-t-il "
        "par an "
        "(365 jours) ? (arrondi au dixième)",
        "According to this table, the household decides to switch the internet box off every "
        "night from 0:00 "
        "to 7:00 and to unplug the TV set-top box instead of leaving it on standby. How many kWh "
        "does it save "
        "per year (365 days)? (rounded to one decimal)",
        number("{{out}}", "kWh", 0.1),
        variants,
        [power_att()],
        phone=False,
        enemies=["f-4.3-c63e0f85"],
    )


QUALITY = [
    ("auto", "Automatique", "Automatic", None),
    ("low", "Économie de données", "Data saver", 0.3),
    ("sd", "Standard (SD)", "Standard (SD)", 0.7),
    ("hd", "Haute (HD)", "High (HD)", 3.0),
    ("uhd", "Ultra (4K)", "Ultra (4K)", 7.0),
]


def fam_streaming() -> dict[str, Any]:
    variants = []
    for key, sel, episodes, minutes in (
        ("a", "hd", 3, 45),
        ("b", "sd", 4, 30),
        ("c", "uhd", 2, 50),
        ("d", "low", 6, 40),
        ("e", "sd", 5, 50),
    ):
        rows_fr, rows_en = [], []
        for i, (qid, f, e, gb) in enumerate(QUALITY):
            tag_fr = " — sélectionnée" if qid == sel else ""
            tag_en = " — selected" if qid == sel else ""
            rate_fr = (
                "selon la connexion"
                if gb is None
                else f"environ {gb:.1f} Go par heure".replace(".", ",")
            )
            rate_en = "depends on the connection" if gb is None else f"about {gb:.1f} GB per hour"
            rows_fr.append((f"v{i + 1}", f + tag_fr, rate_fr))
            rows_en.append((f"v{i + 1}", e + tag_en, rate_en))
        write(
            f"stream-{key}-fr.html",
            page(
                "fr",
                "Qualité vidéo",
                fr(
                    "Réglages de l’application : la qualité choisie s’applique à toutes les vidéos."
                ),
                [(a, fr(b), fr(c)) for a, b, c in rows_fr],
            ),
        )
        write(
            f"stream-{key}-en.html",
            page(
                "en",
                "Video quality",
                "App settings: the quality chosen applies to every video.",
                rows_en,
            ),
        )
        rate = next(q[3] for q in QUALITY if q[0] == sel)
        variants.append(
            {
                "key": key,
                "v": key,
                "n": episodes,
                "m": minutes,
                "out": round(rate * episodes * minutes / 60, 4),
            }
        )
    return family(
        "f-4.3-8b1f6c27",
        "streaming-volume-donnees",
        6,
        "environmental-impact",
        "number",
        240,
        "Avec le réglage de qualité sélectionné dans cette application, quel volume de données, "
        "en Go, consomme "
        "le visionnage de {{n}} épisodes de {{m}} minutes ? (arrondi au dixième)",
        "With the quality setting selected in this app, how much data, in GB, does watching {{n}} "
        "episodes of "
        "{{m}} minutes use? (rounded to one decimal)",
        number("{{out}}", "Go", 0.1),
        variants,
        [
            html_att(
                "page",
                "stream",
                "Panneau « Qualité vidéo » d’une application : cinq niveaux de qualité avec "
                "leur consommation de données par heure ; l’un est marqué « sélectionnée ».",
                'An app\'s "Video quality" panel: five quality levels with their data use per '
                "hour; one is "
                'marked "selected".',
            )
        ],
    )


def fam_keep_phone() -> dict[str, Any]:
    variants = []
    for key, make_new, use_new, battery, use_old, years in (
        ("a", 56, 1.2, 4.5, 1.6, 3),
        ("b", 70, 1.0, 6.0, 1.5, 2),
        ("c", 48, 1.4, 5.0, 2.2, 4),
        ("d", 62, 0.9, 3.5, 1.3, 3),
        ("e", 80, 1.1, 7.0, 1.4, 4),
    ):
        saved = make_new + years * use_new - (battery + years * use_old)
        for loc, head, rows in (
            (
                "fr",
                "poste;émissions (kgCO2e)",
                [
                    ("Fabrication d’un téléphone neuf", make_new),
                    ("Usage du téléphone neuf, par an", use_new),
                    ("Remplacement de la batterie de l’ancien téléphone", battery),
                    ("Usage de l’ancien téléphone, par an", use_old),
                ],
            ),
            (
                "en",
                "item;emissions (kgCO2e)",
                [
                    ("Making a new phone", make_new),
                    ("Using the new phone, per year", use_new),
                    ("Replacing the old phone's battery", battery),
                    ("Using the old phone, per year", use_old),
                ],
            ),
        ):
            sep = "," if loc == "fr" else "."
            write(
                f"carbon-{key}-{loc}.csv",
                "\n".join([head] + [f"{label};{str(v).replace('.', sep)}" for label, v in rows]),
            )
        variants.append({"key": key, "v": key, "y": years, "out": round(saved, 3)})
    return family(
        "f-4.3-19d7e4b5",
        "garder-ou-remplacer-bilan",
        7,
        "environmental-impact",
        "number",
        300,
        "D’après ce tableau, sur les {{y}} prochaines années, combien de kgCO2e évite-t-on en "
        "gardant l’ancien "
        "téléphone avec une batterie neuve plutôt qu’en achetant un téléphone neuf ? (arrondi au "
        "dixième)",
        "According to this table, over the next {{y}} years, how many kgCO2e are avoided by "
        "keeping the old "
        "phone with a new battery rather than buying a new phone? (rounded to one decimal)",
        number("{{out}}", "kgCO2e", 0.1),
        variants,
        [
            html_att(
                "table",
                "carbon",
                "Tableau de quatre postes d’émissions en kgCO2e : fabrication et usage annuel "
                "d’un téléphone neuf, batterie de remplacement et usage annuel de l’ancien "
                "téléphone.",
                "A table of four emission items in kgCO2e: making and yearly use of a new phone, "
                "replacement "
                "battery and yearly use of the old phone.",
                "csv",
            )
        ],
    )


def fam_where_report() -> dict[str, Any]:
    proposals_fr = [
        "La plateforme PHAROS",
        "Le site Cybermalveillance",
        "Le site SignalConso",
        "La CNIL",
    ]
    proposals_en = [
        "The PHAROS platform",
        "The Cybermalveillance site",
        "The SignalConso site",
        "The CNIL",
    ]
    cases = [
        (
            "a",
            "Sur un forum, un message appelle à agresser les habitants d’un quartier.",
            "On a forum, a message calls for attacks on the people of a neighbourhood.",
            0,
        ),
        (
            "b",
            "Votre ordinateur affiche un message qui bloque vos fichiers et réclame une rançon ; "
            "vous cherchez "
            "de l’aide pour réagir.",
            "Your computer shows a message that locks your files and demands a ransom; "
            "you are looking for help to react.",
            1,
        ),
        (
            "c",
            "Un site marchand ne vous rembourse pas un article renvoyé dans les délais.",
            "An online shop does not refund an item you returned in time.",
            2,
        ),
        (
            "d",
            "Un site refuse d’effacer vos données personnelles malgré votre demande écrite.",
            "A website refuses to delete your personal data despite your written request.",
            3,
        ),
        (
            "e",
            "Une vidéo en ligne montre et glorifie un acte terroriste.",
            "An online video shows and glorifies a terrorist act.",
            0,
        ),
    ]
    variants = []
    for key, f, e, sol in cases:
        var: dict[str, Any] = {"key": key, "case": {"fr": fr(f), "en": e}}
        if sol:
            var["solution"] = sol
        variants.append(var)
    fam = family(
        "f-4.3-a7c2905e",
        "signalement-service-public",
        5,
        "harassment-and-help",
        "single_choice",
        90,
        "{{case}} Vers quel service public vous tourner ?",
        "{{case}} Which public service should you turn to?",
        0,
        variants,
        proposals_fr=proposals_fr,
        proposals_en=proposals_en,
        enemies=["f-2.4-0cf669a8"],
    )
    return tie(fam, "2028-06-30")


def environment() -> list[dict[str, Any]]:
    return [
        fam_repairability(),
        fam_yearly_kwh(),
        fam_savings_kwh(),
        fam_streaming(),
        fam_keep_phone(),
        fam_where_report(),
    ]


# ---------------------------------------------------------------- habits.yaml


WELL_FR = {
    "timer": ("Minuteurs d’application", "Limiter chaque jour le temps passé sur une application"),
    "bed": (
        "Mode coucher",
        "Passer l’écran en noir et blanc et couper les notifications à l’heure du coucher",
    ),
    "focus": (
        "Mode concentration",
        "Mettre en pause les applis choisies pendant que vous travaillez",
    ),
    "dash": ("Tableau de bord", "Voir le temps passé aujourd’hui et le nombre de déverrouillages"),
    "parent": ("Contrôle parental", "Gérer le téléphone d’un enfant depuis le vôtre"),
    "volume": ("Volume du casque", "Être averti quand le son est fort trop longtemps"),
}
WELL_EN = {
    "timer": ("App timers", "Limit the time spent on an app each day"),
    "bed": ("Bedtime mode", "Turn the screen black and white and silence notifications at bedtime"),
    "focus": ("Focus mode", "Pause the apps you choose while you work"),
    "dash": ("Dashboard", "See today's time spent and the number of unlocks"),
    "parent": ("Parental controls", "Manage a child's phone from yours"),
    "volume": ("Headphone volume", "Be warned when the sound is loud for too long"),
}


def fam_wellbeing_panel() -> dict[str, Any]:
    goals = {
        "a": (
            "ne pas passer plus d’une heure par jour sur un jeu",
            "spend no more than one hour a day on a game",
            "timer",
            ["dash", "focus", "timer", "bed", "volume", "parent"],
        ),
        "b": (
            "que le téléphone devienne moins attirant à partir de 22 h 30, l’heure où vous vous "
            "couchez",
            "make the phone less attractive from 22:30, when you go to bed",
            "bed",
            ["timer", "bed", "parent", "dash", "focus", "volume"],
        ),
        "c": (
            "savoir combien de fois vous avez déverrouillé le téléphone aujourd’hui",
            "know how many times you have unlocked the phone today",
            "dash",
            ["volume", "parent", "focus", "timer", "dash", "bed"],
        ),
        "d": (
            "ne pas être tenté d’ouvrir les réseaux sociaux pendant vos révisions",
            "not be tempted to open social networks while you revise",
            "focus",
            ["bed", "timer", "dash", "volume", "parent", "focus"],
        ),
        "e": (
            "protéger votre audition quand vous écoutez de la musique au casque",
            "protect your hearing when you listen to music on headphones",
            "volume",
            ["parent", "volume", "bed", "focus", "dash", "timer"],
        ),
    }
    cases = goal_panel(
        "wellb",
        WELL_FR,
        WELL_EN,
        goals,
        ("Réglages > Bien-être numérique", "Settings > Digital wellbeing"),
    )
    return pick_family(
        "f-4.3-e4c8a017",
        "bien-etre-numerique-outils",
        1,
        "screen-time",
        60,
        (
            "Vous voulez {{goal}}. Dans ce panneau de bien-être numérique, sélectionnez l’outil à "
            "utiliser.",
            "You want to {{goal}}. In this digital wellbeing panel, select the tool to use.",
        ),
        "wellb",
        (
            "Panneau « Bien-être numérique » d’un téléphone : six outils, chacun avec une courte "
            "explication.",
            'A phone\'s "Digital wellbeing" panel: six tools, each with a short explanation.',
        ),
        cases,
        ("Bien-être numérique", "Digital wellbeing"),
    )


DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def week(seed: int) -> list[tuple[int, int]]:
    import random

    rnd = random.Random(seed)  # noqa: S311 - fixed seed, reproducible material
    data = [(rnd.randrange(40, 200, 5), rnd.randrange(0, 95, 5)) for _ in range(7)]
    late = [b for _, b in data]
    top = late.index(max(late))
    data[top] = (data[top][0], data[top][1] + 10)  # a single longest evening
    return data


def hm(minutes: int) -> str:
    return f"{minutes // 60} h {minutes % 60:02d}"


def write_week(key: str, seed: int) -> list[tuple[int, int]]:
    data = week(seed)
    write(
        f"week-{key}-fr.csv",
        "\n".join(
            ["jour;réseaux sociaux;écran après 22 h"]
            + [f"{d};{hm(a)};{hm(b)}" for d, (a, b) in zip(DAYS_FR, data, strict=True)]
        ),
    )
    write(
        f"week-{key}-en.csv",
        "\n".join(
            ["day;social networks;screen after 22:00"]
            + [f"{d};{hm(a)};{hm(b)}" for d, (a, b) in zip(DAYS_EN, data, strict=True)]
        ),
    )
    return data


def week_att() -> dict[str, Any]:
    return html_att(
        "log",
        "week",
        "Relevé d’une semaine, un jour par ligne : temps passé sur les réseaux sociaux "
        "et temps d’écran après 22 h, en heures et minutes.",
        "A one-week log, one day per row: time "
        "spent on social networks and screen time after 22:00, in hours and minutes.",
        "csv",
    )


SEEDS = {"a": 3, "b": 8, "c": 15, "d": 21, "e": 34}


def fam_goal_days() -> dict[str, Any]:
    variants = []
    for (key, seed), goal in zip(SEEDS.items(), (90, 120, 60, 150, 100), strict=True):
        data = write_week(key, seed)
        variants.append(
            {
                "key": key,
                "v": key,
                "goal": {"fr": fr(hm(goal)), "en": hm(goal)},
                "out": sum(1 for a, _ in data if a > goal),
            }
        )
    return family(
        "f-4.3-3a9f50c6",
        "objectif-temps-ecran-jours",
        3,
        "screen-time",
        "number",
        180,
        "Votre objectif : pas plus de {{goal}} par jour sur les réseaux sociaux. D’après ce "
        "relevé, combien de "
        "jours de la semaine avez-vous dépassé cet objectif ?",
        "Your goal: no more than {{goal}} a day on social networks. According to this log, on how "
        "many days of "
        "the week did you exceed this goal?",
        number("{{out}}"),
        variants,
        [week_att()],
        phone=False,
    )


def fam_late_day() -> dict[str, Any]:
    variants = []
    for key, seed in SEEDS.items():
        data = write_week(key, seed)
        late = [b for _, b in data]
        assert late.count(max(late)) == 1, key
        row = late.index(max(late)) + 2
        # the day cell or the time cell of that day: "the cell of the day" reads both ways
        variants.append({"key": key, "v": key, "cell": f"A{row}", "time_cell": f"C{row}"})
    return family(
        "f-4.3-c0d5e82b",
        "ecran-soir-sommeil",
        3,
        "screen-time",
        "pick",
        180,
        "Les écrans tard le soir retardent l’endormissement. Dans ce relevé, sélectionnez la "
        "cellule du jour "
        "où le temps d’écran après 22 h a été le plus long.",
        "Screens late in the evening delay falling asleep. In this log, select the cell of the "
        "day when screen "
        "time after 22:00 was longest.",
        {"material": "log", "accepted": ["{{cell}}", "{{time_cell}}"]},
        variants,
        [week_att()],
        phone=False,
        enemies=["f-4.3-3a9f50c6"],
    )


def fam_signal() -> dict[str, Any]:
    places = [
        ("Salon, près de la fenêtre", "Living room, by the window"),
        ("Parking souterrain, 2e sous-sol", "Underground car park, 2nd basement"),
        ("Train entre deux tunnels", "Train between two tunnels"),
        ("Rue en centre-ville", "Street in the town centre"),
        ("Chalet isolé en montagne", "Remote mountain chalet"),
    ]
    sets = {
        "a": [4, 1, 3, 3, 2],
        "b": [3, 2, 1, 4, 3],
        "c": [2, 3, 4, 3, 1],
        "d": [4, 3, 2, 1, 3],
        "e": [1, 4, 3, 2, 2],
    }
    cases = {}
    for key, bars in sets.items():
        assert bars.count(min(bars)) == 1
        order = list(range(5))
        rows_fr = [
            (
                f"c{i + 1}",
                places[i][0],
                f"Réception : {bars[i]} barre{'s' if bars[i] > 1 else ''} sur 4",
            )
            for i in order
        ]
        rows_en = [
            (
                f"c{i + 1}",
                places[i][1],
                f"Signal: {bars[i]} bar{'s' if bars[i] > 1 else ''} out of 4",
            )
            for i in order
        ]
        cases[key] = (
            {
                "intro": (
                    "Qualité de réception mobile notée à cinq endroits.",
                    "Mobile reception noted in five places.",
                )
            },
            rows_fr,
            rows_en,
            f"c{bars.index(min(bars)) + 1}",
        )
    return pick_family(
        "f-4.3-71b3d9e0",
        "puissance-emission-reception",
        4,
        "radio-waves-and-sensors",
        120,
        (
            "Vous passez le même appel de dix minutes à chacun de ces endroits. Sélectionnez "
            "l’endroit où votre "
            "téléphone émettra avec le plus de puissance, donc où vous serez le plus exposé à ses "
            "ondes.",
            "You make the same ten-minute call in each of these places. Select the place where "
            "your phone will "
            "transmit with the most power, so where you will be most exposed to its waves.",
        ),
        "signal",
        (
            "Liste de cinq endroits, chacun avec la réception mobile notée en barres sur 4.",
            "A list of five places, each with the mobile reception noted in bars out of 4.",
        ),
        cases,
        ("Réception mobile", "Mobile reception"),
    )


def fam_privacy_dashboard() -> dict[str, Any]:
    logs = {
        "a": [
            ("Météo", "Weather", "Position", "Location", "8:02, appli ouverte", "8:02, app open"),
            (
                "Radio+",
                "Radio+",
                "Microphone",
                "Microphone",
                "3:14, en arrière-plan",
                "3:14, in the background",
            ),
            ("Visio", "Video", "Caméra", "Camera", "10:30, appli ouverte", "10:30, app open"),
            (
                "Notes",
                "Notes",
                "Microphone",
                "Microphone",
                "11:05, appli ouverte",
                "11:05, app open",
            ),
        ],
        "b": [
            (
                "Lampe",
                "Torch",
                "Position",
                "Location",
                "2:40, en arrière-plan",
                "2:40, in the background",
            ),
            ("Plans", "Maps", "Position", "Location", "9:15, appli ouverte", "9:15, app open"),
            ("Scanner", "Scanner", "Caméra", "Camera", "14:02, appli ouverte", "14:02, app open"),
            (
                "Dictée",
                "Dictation",
                "Microphone",
                "Microphone",
                "16:20, appli ouverte",
                "16:20, app open",
            ),
        ],
        "c": [
            (
                "Appareil photo",
                "Camera app",
                "Caméra",
                "Camera",
                "12:00, appli ouverte",
                "12:00, app open",
            ),
            (
                "Messagerie",
                "Messenger",
                "Microphone",
                "Microphone",
                "18:45, appli ouverte",
                "18:45, app open",
            ),
            (
                "Jeu Blocs",
                "Blocks game",
                "Caméra",
                "Camera",
                "23:51, en arrière-plan",
                "23:51, in the background",
            ),
            (
                "Podomètre",
                "Pedometer",
                "Activité physique",
                "Physical activity",
                "7:30, appli ouverte",
                "7:30, app open",
            ),
        ],
        "d": [
            ("Banque", "Bank", "Caméra", "Camera", "10:10, appli ouverte", "10:10, app open"),
            (
                "Musique",
                "Music",
                "Appareils à proximité",
                "Nearby devices",
                "17:00, appli ouverte",
                "17:00, app open",
            ),
            ("Visio", "Video", "Microphone", "Microphone", "9:00, appli ouverte", "9:00, app open"),
            (
                "Calculatrice",
                "Calculator",
                "Position",
                "Location",
                "4:22, en arrière-plan",
                "4:22, in the background",
            ),
        ],
        "e": [
            (
                "Clavier Fun",
                "Fun Keyboard",
                "Microphone",
                "Microphone",
                "1:33, en arrière-plan",
                "1:33, in the background",
            ),
            ("Plans", "Maps", "Position", "Location", "13:40, appli ouverte", "13:40, app open"),
            (
                "Traduction",
                "Translate",
                "Microphone",
                "Microphone",
                "15:12, appli ouverte",
                "15:12, app open",
            ),
            ("Scanner", "Scanner", "Caméra", "Camera", "8:48, appli ouverte", "8:48, app open"),
        ],
    }
    cases = {}
    for key, rows in logs.items():
        rows_fr = [
            (f"u{i + 1}", f"{r[0]} — {r[2]}", f"Dernier accès : {r[4]}") for i, r in enumerate(rows)
        ]
        rows_en = [
            (f"u{i + 1}", f"{r[1]} — {r[3]}", f"Last access: {r[5]}") for i, r in enumerate(rows)
        ]
        bad = [i for i, r in enumerate(rows) if "arrière" in r[4]]
        assert len(bad) == 1
        cases[key] = (
            {
                "intro": (
                    "Accès des applications aux capteurs sur les dernières 24 heures.",
                    "App access to sensors over the last 24 hours.",
                )
            },
            rows_fr,
            rows_en,
            f"u{bad[0] + 1}",
        )
    return pick_family(
        "f-4.3-95a2e7d4",
        "capteurs-acces-suspect",
        6,
        "radio-waves-and-sensors",
        180,
        (
            "Voici le tableau de bord de confidentialité de votre téléphone. Sélectionnez l’accès "
            "à un capteur le "
            "plus suspect, celui qu’il faut vérifier en premier en retirant l’autorisation.",
            "Here is your phone's privacy dashboard. Select the most suspicious access to a "
            "sensor, the one to "
            "check first by removing the permission.",
        ),
        "dashb",
        (
            "Tableau de bord de confidentialité : quatre accès d’applications à un capteur "
            "(position, "
            "microphone, caméra…), avec l’heure et si l’application était ouverte ou en "
            "arrière-plan.",
            "Privacy dashboard: four app accesses to a sensor (location, microphone, camera…), "
            "with the time "
            "and whether the app was open or in the background.",
        ),
        cases,
        ("Tableau de bord de confidentialité", "Privacy dashboard"),
    )


def fam_tv_label() -> dict[str, Any]:
    shops = {
        "a": [
            ("Téléviseur 55 pouces", "55-inch TV", "E", 89),
            ("Téléviseur 43 pouces", "43-inch TV", "D", 52),
            ("Téléviseur 65 pouces", "65-inch TV", "G", 131),
            ("Téléviseur 50 pouces", "50-inch TV", "F", 76),
        ],
        "b": [
            ("Écran 27 pouces", "27-inch monitor", "E", 28),
            ("Écran 24 pouces", "24-inch monitor", "D", 17),
            ("Écran 32 pouces", "32-inch monitor", "F", 39),
            ("Écran 34 pouces", "34-inch monitor", "G", 51),
        ],
        "c": [
            ("Téléviseur 50 pouces", "50-inch TV", "F", 81),
            ("Téléviseur 55 pouces", "55-inch TV", "E", 70),
            ("Téléviseur 43 pouces", "43-inch TV", "E", 63),
            ("Téléviseur 65 pouces", "65-inch TV", "G", 140),
        ],
        "d": [
            ("Écran 24 pouces", "24-inch monitor", "E", 21),
            ("Écran 27 pouces", "27-inch monitor", "E", 25),
            ("Écran 22 pouces", "22-inch monitor", "D", 14),
            ("Écran 32 pouces", "32-inch monitor", "F", 36),
        ],
        "e": [
            ("Téléviseur 65 pouces", "65-inch TV", "F", 98),
            ("Téléviseur 43 pouces", "43-inch TV", "E", 58),
            ("Téléviseur 55 pouces", "55-inch TV", "F", 84),
            ("Téléviseur 50 pouces", "50-inch TV", "E", 61),
        ],
    }
    cases = {}
    for key, rows in shops.items():
        best = min(range(4), key=lambda i: rows[i][3])
        rows_fr = [
            (f"e{i + 1}", r[0], f"Classe énergétique {r[2]} · {r[3]} kWh/1000 h")
            for i, r in enumerate(rows)
        ]
        rows_en = [
            (f"e{i + 1}", r[1], f"Energy class {r[2]} · {r[3]} kWh/1000 h")
            for i, r in enumerate(rows)
        ]
        cases[key] = (
            {
                "intro": (
                    "Étiquettes énergie (mode SDR) relevées en magasin.",
                    "Energy labels (SDR mode) noted in a shop.",
                )
            },
            rows_fr,
            rows_en,
            f"e{best + 1}",
        )
    fam = pick_family(
        "f-4.3-4d6e1b9a",
        "etiquette-energie-ecrans",
        3,
        "environmental-impact",
        120,
        (
            "Voici les étiquettes énergie de quatre écrans. Sélectionnez celui qui consommera le "
            "moins d’électricité "
            "pour un même temps d’utilisation.",
            "Here are the energy labels of four screens. Select the one that will use the least "
            "electricity for the "
            "same time of use.",
        ),
        "label",
        (
            "Liste de quatre écrans avec leur classe énergétique (lettre) et leur consommation en "
            "kWh pour "
            "1 000 heures.",
            "A list of four screens with their energy class (letter) and their use in kWh "
            "per 1,000 hours.",
        ),
        cases,
        ("Étiquettes énergie", "Energy labels"),
    )
    return tie(fam, "2029-06-30")


def fam_workday() -> dict[str, Any]:
    days = {
        "a": [
            ("8:30", "10:00", True),
            ("10:00", "10:15", False),
            ("10:15", "12:45", True),
            ("12:45", "13:45", False),
            ("13:45", "15:15", True),
            ("15:15", "15:25", False),
            ("15:25", "17:00", True),
        ],
        "b": [
            ("9:00", "10:30", True),
            ("10:30", "10:40", False),
            ("10:40", "12:00", True),
            ("12:00", "13:00", False),
            ("13:00", "16:10", True),
            ("16:10", "16:20", False),
            ("16:20", "17:30", True),
        ],
        "c": [
            ("8:00", "11:20", True),
            ("11:20", "11:30", False),
            ("11:30", "12:30", True),
            ("12:30", "13:30", False),
            ("13:30", "15:00", True),
            ("15:00", "15:15", False),
            ("15:15", "16:30", True),
        ],
        "d": [
            ("8:45", "10:15", True),
            ("10:15", "10:25", False),
            ("10:25", "12:00", True),
            ("12:00", "13:15", False),
            ("13:15", "14:30", True),
            ("14:30", "14:40", False),
            ("14:40", "17:45", True),
        ],
        "e": [
            ("7:30", "9:00", True),
            ("9:00", "9:10", False),
            ("9:10", "11:50", True),
            ("11:50", "12:50", False),
            ("12:50", "14:20", True),
            ("14:20", "14:30", False),
            ("14:30", "16:00", True),
        ],
    }

    def mins(t: str) -> int:
        h, m = t.split(":")
        return int(h) * 60 + int(m)

    cases = {}
    for key, slots in days.items():
        lengths = [mins(b) - mins(a) if screen else -1 for a, b, screen in slots]
        assert lengths.count(max(lengths)) == 1
        rows_fr = [
            (f"h{i + 1}", f"{a} – {b}", "Travail sur écran" if scr else "Pause loin de l’écran")
            for i, (a, b, scr) in enumerate(slots)
        ]
        rows_en = [
            (f"h{i + 1}", f"{a} – {b}", "Screen work" if scr else "Break away from the screen")
            for i, (a, b, scr) in enumerate(slots)
        ]
        cases[key] = (
            {"intro": ("Journée de télétravail.", "A day of remote work.")},
            rows_fr,
            rows_en,
            f"h{lengths.index(max(lengths)) + 1}",
        )
    return pick_family(
        "f-4.3-8f0c2a76",
        "pauses-ecran-planning",
        4,
        "ergonomics",
        150,
        (
            "Pour la santé des yeux et du dos, on conseille de couper le travail sur écran par "
            "une pause au moins "
            "toutes les heures ou deux heures. Dans ce planning, sélectionnez la plage de travail "
            "sur écran la plus "
            "longue sans pause, celle qu’il faut couper en priorité.",
            "For the health of your eyes and back, screen work should be broken by a pause at "
            "least every hour or "
            "two. In this schedule, select the longest stretch of screen work without a break, "
            "the one to split "
            "first.",
        ),
        "plan",
        (
            "Planning d’une journée : sept plages horaires, chacune marquée travail sur écran ou "
            "pause.",
            "A day's schedule: seven time slots, each marked screen work or break.",
        ),
        cases,
        ("Planning", "Schedule"),
    )


def fam_group_chat() -> dict[str, Any]:
    chats = {
        "a": [
            (
                "Sami",
                "Qui a les exos de maths pour demain ?",
                "Who has the maths homework for tomorrow?",
            ),
            ("Jade", "Trop drôle la vidéo du chat hier", "That cat video yesterday was so funny"),
            (
                "Tom",
                "Pour ceux qui veulent embêter Inès, elle habite 12 rue des Lilas, sonnez ce soir",
                "For anyone who wants to bother Inès, she lives at 12 rue des Lilas, ring tonight",
            ),
            ("Lou", "Match annulé samedi, il pleut", "Match cancelled on Saturday, it is raining"),
        ],
        "b": [
            (
                "Noé",
                "Voici le numéro perso de Maël, envoyez-lui ce que vous pensez de lui : 06 00 00 "
                "00 00",
                "Here is Maël's personal number, send him what you think of him: 06 00 00 00 00",
            ),
            ("Lina", "Quelqu’un vient à la piscine ?", "Is anyone coming to the pool?"),
            ("Rayan", "J’ai fini le livre, il est génial", "I finished the book, it is great"),
            ("Zoé", "Bon anniversaire Paul !", "Happy birthday Paul!"),
        ],
        "c": [
            (
                "Eva",
                "On révise ensemble à la médiathèque ?",
                "Shall we revise together at the library?",
            ),
            (
                "Hugo",
                "Le prof a dit que le contrôle est reporté",
                "The teacher said the test is postponed",
            ),
            (
                "Adam",
                "Tiens, la photo du bulletin de notes de Chloé, regardez ses notes, la honte",
                "Here, a photo of Chloé's school report, look at her marks, how embarrassing",
            ),
            ("Maya", "Trop bien le concert !", "The concert was great!"),
        ],
        "d": [
            ("Léo", "Qui prend le bus de 8 h ?", "Who takes the 8 o'clock bus?"),
            (
                "Nina",
                "J’ai trouvé son compte privé et son mot de passe, on se connecte ce soir pour "
                "lire ses "
                "messages",
                "I found her private account and password, let's log in tonight to read her "
                "messages",
            ),
            ("Yanis", "Je ramène des gâteaux demain", "I am bringing cakes tomorrow"),
            ("Alix", "Quel film on va voir ?", "Which film shall we see?"),
        ],
        "e": [
            ("Emma", "Rendez-vous devant le cinéma à 14 h", "Meet in front of the cinema at 2 pm"),
            ("Gabin", "Quelqu’un a un chargeur ?", "Has anyone got a charger?"),
            ("Lucas", "Merci pour hier soir", "Thanks for last night"),
            (
                "Sacha",
                "Elle sort du club à 18 h tous les mardis par la petite porte, attendons-la pour "
                "lui faire "
                "peur",
                "She leaves the club at 6 pm every Tuesday by the side door, let's wait for her to "
                "frighten her",
            ),
        ],
    }
    cases = {}
    for key, msgs in chats.items():
        bad = {"a": 2, "b": 0, "c": 2, "d": 1, "e": 3}[key]
        rows_fr = [(f"g{i + 1}", m[0], m[1]) for i, m in enumerate(msgs)]
        rows_en = [(f"g{i + 1}", m[0], m[2]) for i, m in enumerate(msgs)]
        cases[key] = (
            {"intro": ("Conversation de groupe d’une classe.", "A class group chat.")},
            rows_fr,
            rows_en,
            f"g{bad + 1}",
        )
    return pick_family(
        "f-4.3-06e9d3f2",
        "conversation-groupe-atteinte",
        5,
        "harassment-and-help",
        150,
        (
            "Dans cette conversation de groupe, un message expose une personne absente de la "
            "conversation à du "
            "harcèlement en révélant des informations privées sur elle. Sélectionnez-le pour le "
            "signaler.",
            "In this group chat, one message exposes a person who is not in the chat to "
            "harassment by revealing "
            "private information about them. Select it to report it.",
        ),
        "chat",
        (
            "Conversation de groupe : quatre messages, chacun avec le prénom de l’auteur et son "
            "texte.",
            "A group chat: four messages, each with the author's first name and its text.",
        ),
        cases,
        ("Groupe de la classe", "Class group"),
    )


def fam_headphones() -> dict[str, Any]:
    levels = {"a": (86, 12), "b": (83, 25), "c": (89, 7), "d": (92, 3), "e": (95, 2)}
    variants = []
    for key, (db, used) in levels.items():
        safe = 40 / 2 ** ((db - 80) / 3)
        rows_fr = [
            ("a1", "Niveau moyen au casque cette semaine", f"{db} dB"),
            ("a2", "Temps d’écoute au casque cette semaine", f"{used} h"),
            ("a3", "Notifications de niveau sonore", "Activées"),
            ("a4", "Réduire les sons forts", "Désactivé"),
        ]
        rows_en = [
            ("a1", "Average headphone level this week", f"{db} dB"),
            ("a2", "Headphone listening time this week", f"{used} h"),
            ("a3", "Sound level notifications", "On"),
            ("a4", "Reduce loud sounds", "Off"),
        ]
        intro = ("Santé > Audition", "Health > Hearing")
        write(
            f"audio-{key}-fr.html",
            page("fr", "Audition", intro[0], [(a, fr(b), fr(c)) for a, b, c in rows_fr]),
        )
        write(f"audio-{key}-en.html", page("en", "Hearing", intro[1], rows_en))
        variants.append({"key": key, "v": key, "out": round(safe, 3)})
    return family(
        "f-4.3-b5e93d60",
        "casque-niveau-duree",
        6,
        "ergonomics",
        "number",
        180,
        "Repère de santé auditive : 80 dB au plus 40 heures par semaine, et chaque hausse de 3 dB "
        "divise "
        "par deux cette durée. D’après ce panneau, combien d’heures par semaine au plus "
        "pouvez-vous écouter "
        "au niveau moyen relevé ?",
        "Hearing health guide: 80 dB for at most 40 hours a week, and each rise of 3 dB halves "
        "that time. "
        "According to this panel, at most how many hours a week can you listen at the average "
        "level recorded?",
        number("{{out}}", "h", 0.05),
        variants,
        [
            html_att(
                "page",
                "audio",
                "Panneau « Audition » d’un téléphone : niveau moyen au casque en décibels, temps "
                "d’écoute de "
                "la semaine et deux réglages.",
                "A phone's \"Hearing\" panel: average headphone level in decibels, the week's "
                "listening time "
                "and two settings.",
            )
        ],
    )


def habits() -> list[dict[str, Any]]:
    return [
        fam_wellbeing_panel(),
        fam_goal_days(),
        fam_late_day(),
        fam_signal(),
        fam_privacy_dashboard(),
        fam_tv_label(),
        fam_workday(),
        fam_group_chat(),
        fam_headphones(),
    ]


def dump(name: str, families: list[dict[str, Any]]) -> None:
    doc = {"format": 2, "competence": "4.3", "families": families}
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=110)
    header = "# CRCN 4.3 — generated by scripts/material/4.3_health.py (edit it, then run it)\n"
    (ROOT / name).write_text(header + text, encoding="utf-8")


def main() -> None:
    dump("waves.yaml", waves())
    dump("wellbeing.yaml", wellbeing())
    dump("environment.yaml", environment())
    dump("habits.yaml", habits())


if __name__ == "__main__":
    main()
