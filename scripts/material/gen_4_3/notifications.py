"""4.3 families, module notifications: waves, NOTIF_FR, NOTIF_EN, fam_notifications, DISPLAY_FR,
DISPLAY_EN, fam_display, MENU_FR, …. Writes their pages and tables under
assessment/items/4.3/material/; keys are computed and printed.
"""

from __future__ import annotations

from typing import Any

from .airplane import fam_airplane, fam_exposure_share, fam_sar, fam_sensor_permission
from .kit import goal_panel, pick_family


def waves() -> list[dict[str, Any]]:
    return [fam_airplane(), fam_sensor_permission(), fam_sar(), fam_exposure_share()]


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
