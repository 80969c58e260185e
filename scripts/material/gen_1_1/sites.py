# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.1 material on who is behind a page: the publisher of a site (f3), the address bar (f13), a
social media post with a video (f16), the first upload of a video (f26).
"""

from __future__ import annotations

import html

from .kit import LANGS, page, svg, text, write

# f3 — who publishes the site (level 1): nav + footer links
SITES = {
    "a": (
        ("Les Jardins partagés de Villebois", "Villebois Shared Gardens"),
        [
            ("k3", ("Accueil", "Home")),
            ("k7", ("Agenda", "Events")),
            ("k1", ("Adhérer", "Join")),
            ("k5", ("Contact", "Contact")),
            ("k2", ("Mentions légales", "Legal notice")),
            ("k6", ("Plan du site", "Site map")),
            ("k4", ("Gestion des cookies", "Cookie settings")),
        ],
        "k2",
    ),
    "b": (
        ("Le Petit Comparateur", "The Little Comparer"),
        [
            ("k6", ("Accueil", "Home")),
            ("k2", ("Meilleures offres", "Best deals")),
            ("k4", ("Accessibilité : non conforme", "Accessibility: not compliant")),
            (
                "k1",
                (
                    "Informations légales (éditeur, hébergeur)",
                    "Legal information (publisher, host)",
                ),
            ),
            ("k7", ("Nous écrire", "Write to us")),
            ("k3", ("Conditions d’utilisation", "Terms of use")),
        ],
        "k1",
    ),
    "c": (
        ("Santé Pratique", "Practical Health"),
        [
            ("k5", ("Accueil", "Home")),
            ("k1", ("Nos articles", "Our articles")),
            ("k3", ("Lettre d’information", "Newsletter")),
            ("k6", ("Presse", "Press")),
            ("k7", ("Données personnelles", "Personal data")),
            ("k4", ("Mentions légales", "Legal notice")),
            ("k2", ("Publicité", "Advertising")),
        ],
        "k4",
    ),
    "d": (
        ("Rando Alpes Info", "Alps Hiking Info"),
        [
            ("k4", ("Accueil", "Home")),
            ("k6", ("Itinéraires", "Routes")),
            ("k2", ("Météo", "Weather")),
            ("k1", ("Boutique", "Shop")),
            ("k7", ("Crédits photos", "Photo credits")),
            ("k3", ("Mentions légales", "Legal notice")),
            ("k5", ("Cookies", "Cookies")),
        ],
        "k3",
    ),
}


def build_sites() -> None:
    for key, ((nfr, nen), links, _ans) in SITES.items():
        for lang, name in (("fr", nfr), ("en", nen)):
            i = LANGS.index(lang)
            nav = " · ".join(
                f'<a href="#" data-pick="{k}">{html.escape(t[i])}</a>' for k, t in links[:3]
            )
            foot = " · ".join(
                f'<a href="#" data-pick="{k}">{html.escape(t[i])}</a>' for k, t in links[3:]
            )
            text = (
                "Bienvenue ! Retrouvez ici nos conseils et nos actualités.",
                "Welcome! Find our tips and news here.",
            )[i]
            write(
                f"site-{key}-{lang}.html",
                page(
                    lang,
                    name,
                    f"<header><h1>{html.escape(name)}</h1><nav>{nav}</nav></header>"
                    f"<p>{html.escape(text)}</p><footer>{foot}</footer>",
                ),
            )


# f13 — address bar (level 4)
BARS = {
    "a": "https://impots.gouv.fr.verif-compte.net/connexion",
    "b": "https://www.caf.fr-aides.com/dossier?id=8841",
    "c": "https://connexion.francetravail.fr/accueil",
    "d": "https://ameli-fr.secure-login.io/?retour=www.ameli.fr",
    "e": "https://www.service-public.gouv.fr.demarches-aide.org/carte-grise",
    "f": "https://espace-client.ameli.fr/connexion?next=/remboursements",
}


def build_bars() -> None:
    for key, url in BARS.items():
        for i, lang in enumerate(LANGS):
            parts = [
                text(
                    16,
                    26,
                    ("Navigateur — barre d’adresse", "Browser — address bar")[i],
                    ' font-size="12" fill="#444"',
                ),
                '<rect x="12" y="38" width="616" height="34" rx="17" fill="#eef" stroke="#99a"/>',
                '<rect x="24" y="50" width="11" height="9" fill="#555"/>'
                '<path d="M26.5 50 v-3 a3 3 0 0 1 6 0 v3" fill="none" stroke="#555" stroke-width="1.6"/>',
                text(42, 60, url, ' font-family="monospace" font-size="13"'),
                text(
                    16,
                    104,
                    ("Page : « Connectez-vous à votre espace »", "Page: “Sign in to your account”")[
                        i
                    ],
                ),
            ]
            svg(f"bar-{key}-{lang}.svg", 640, 120, url, parts)


# f16 — a social media post with a video (level 4)
POSTS = {
    "a": (
        "@Info_Direct_24",
        ("Inscrit en octobre 2026", "Joined October 2026"),
        "42",
        (
            "URGENT : le maire annonce la fermeture de toutes les écoles ! Partagez avant suppression !!",
            "URGENT: the mayor announces all schools will close! Share before it is deleted!!",
        ),
        None,
    ),
    "b": (
        "@VilleboisNews",
        ("Inscrit en mars 2014", "Joined March 2014"),
        "18 300",
        (
            "Partagez vite avant qu’elle soit censurée : la vidéo où la ministre avoue tout",
            "Share fast before it is censored: the video where the minister confesses everything",
        ),
        None,
    ),
    "c": (
        "@Regard_Citoyen",
        ("Inscrit en novembre 2026", "Joined November 2026"),
        "9",
        (
            "Le préfet annonce un couvre-feu ce soir. Vidéo et article :",
            "The prefect announces a curfew tonight. Video and article:",
        ),
        "journal-ouest.fr/couvre-feu",
    ),
    "d": (
        "@LeDebatDuSoir",
        ("Inscrit en mai 2017", "Joined May 2017"),
        "5 120",
        (
            "Regardez vite avant qu’on la retire ! Le député dit l’inverse de son discours",
            "Watch before they take it down! The MP says the opposite of his speech",
        ),
        "journal-ouest.fr/depute",
    ),
}


def build_posts() -> None:
    for key, (handle, joined, followers, msg, link) in POSTS.items():
        for i, lang in enumerate(LANGS):
            parts = [
                text(16, 28, handle, ' font-weight="bold"'),
                text(
                    16,
                    48,
                    f"{joined[i]} · {followers} {('abonnés', 'followers')[i]}",
                    ' font-size="12" fill="#444"',
                ),
                text(
                    16,
                    70,
                    ("Publié le 14 novembre 2026", "Posted 14 November 2026")[i],
                    ' font-size="12" fill="#444"',
                ),
            ]
            words_ = (
                msg[i].replace(" !", "\u202f!").replace(" :", "\u00a0:") if i == 0 else msg[i]
            ).split(" ")
            line, y = "", 96
            for w in words_:
                if len(line) + len(w) > 60:
                    parts.append(text(16, y, line.strip()))
                    line, y = "", y + 20
                line += w + " "
            parts.append(text(16, y, line.strip()))
            y += 16
            parts.append(f'<rect x="16" y="{y}" width="448" height="140" fill="#222"/>')
            parts.append(
                text(
                    150, y + 76, ("▶ Vidéo 0:48", "▶ Video 0:48")[i], ' fill="#fff" font-size="16"'
                )
            )
            y += 164
            if link:
                parts.append(text(16, y, ("Lien : ", "Link: ")[i] + link, ' fill="#05a"'))
                y += 22
            parts.append(
                text(
                    16,
                    y,
                    ("12 400 partages · 3 100 commentaires", "12,400 shares · 3,100 comments")[i],
                    ' font-size="12"',
                )
            )
            svg(f"post-{key}-{lang}.svg", 480, y + 16, handle, parts)


# f26 — the first upload of a video (level 7)
UPLOADS = {
    "a": [
        ("v1", "14/03/2026 09:10", "UTC−5"),
        ("v2", "14/03/2026 14:50", "UTC+1"),
        ("v3", "14/03/2026 22:05", "UTC+9"),
        ("v4", "14/03/2026 13:40", "UTC"),
    ],
    "b": [
        ("v3", "02/06/2026 23:30", "UTC−4"),
        ("v1", "03/06/2026 05:15", "UTC+2"),
        ("v4", "03/06/2026 10:20", "UTC+8"),
        ("v2", "03/06/2026 03:45", "UTC"),
    ],
    "c": [
        ("v2", "20/09/2026 18:00", "UTC+2"),
        ("v4", "20/09/2026 11:30", "UTC−5"),
        ("v1", "21/09/2026 00:40", "UTC+8"),
        ("v3", "20/09/2026 16:20", "UTC"),
    ],
    "e": [
        ("v1", "11/11/2026 21:30", "UTC−6"),
        ("v3", "12/11/2026 04:10", "UTC+1"),
        ("v2", "12/11/2026 12:05", "UTC+9"),
        ("v4", "12/11/2026 03:20", "UTC"),
    ],
    "f": [
        ("v2", "30/04/2026 16:45", "UTC+2"),
        ("v1", "30/04/2026 10:30", "UTC−4"),
        ("v4", "30/04/2026 22:10", "UTC+8"),
        ("v3", "30/04/2026 14:20", "UTC"),
    ],
    "d": [
        ("v4", "07/01/2026 08:00", "UTC+1"),
        ("v2", "06/01/2026 23:10", "UTC−8"),
        ("v3", "07/01/2026 15:30", "UTC+9"),
        ("v1", "07/01/2026 06:50", "UTC"),
    ],
}


def build_uploads() -> None:
    for key, ups in UPLOADS.items():
        from datetime import datetime, timedelta

        def utc(d: str, z: str) -> datetime:
            off = 0 if z == "UTC" else int(z[3:].replace("−", "-"))
            return datetime.strptime(d, "%d/%m/%Y %H:%M") - timedelta(hours=off)

        first = min(ups, key=lambda u: utc(u[1], u[2]))
        order = sorted(ups, key=lambda u: utc(u[1], u[2]))
        print(
            "uploads", key, first[0], [(u[0], utc(u[1], u[2]).strftime("%d %H:%M")) for u in order]
        )
        for i, lang in enumerate(LANGS):
            lis = "".join(
                f'<li data-pick="{vid}">{("Publication", "Post")[i]} {n}, {("compte", "account")[i]} @{("relai", "relay")[i]}{n} — '
                f"{('mise en ligne le', 'uploaded on')[i]} {d} ({('heure locale', 'local time')[i]} {z})</li>"
                for n, (vid, d, z) in enumerate(ups, start=1)
            )
            write(
                f"uploads-{key}-{lang}.html",
                page(
                    lang,
                    "uploads",
                    f"<h1>{('Publications de la même vidéo', 'Posts of the same video')[i]}</h1><ol>{lis}</ol>",
                ),
            )
