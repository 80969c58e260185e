# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.1 material on following news: a feed reader (f8), an alert settings panel (f10), an RSS feed
read as text (f14), the sources of a monitoring list (f18).
"""

from __future__ import annotations

import html
from email.utils import parsedate_to_datetime

from .kit import LANGS, OUT, page, svg, text, write

# f8 — follow new articles in a feed reader (level 2)
NEWS = {
    "a": [
        ("n4", ("Partager", "Share")),
        ("n1", ("Imprimer", "Print")),
        ("n6", ("Flux RSS", "RSS feed")),
        ("n2", ("Archives 2025", "2025 archive")),
        ("n5", ("Nous contacter", "Contact us")),
    ],
    "b": [
        ("n2", ("S’abonner au flux (Atom)", "Subscribe to the feed (Atom)")),
        ("n6", ("Envoyer à un ami", "Send to a friend")),
        ("n3", ("Articles les plus lus", "Most read articles")),
        ("n1", ("Télécharger en PDF", "Download as PDF")),
    ],
    "c": [
        ("n5", ("Recherche", "Search")),
        ("n3", ("Copier le lien", "Copy link")),
        ("n4", ("Marque-pages", "Bookmarks")),
        ("n1", ("RSS", "RSS")),
        ("n2", ("Plan du site", "Site map")),
    ],
    "d": [
        ("n3", ("Ajouter aux favoris", "Add to favourites")),
        ("n6", ("Partager sur un réseau social", "Share on a social network")),
        ("n4", ("Flux RSS des actualités", "News RSS feed")),
        ("n5", ("Imprimer la page", "Print the page")),
        ("n2", ("Historique de l’article", "Article history")),
    ],
}


def build_news() -> None:
    for key, links in NEWS.items():
        for i, lang in enumerate(LANGS):
            ul = "".join(
                f'<li><a href="#" data-pick="{k}">{html.escape(t[i])}</a></li>' for k, t in links
            )
            body = (
                f"<h1>{('Actualités du club', 'Club news')[i]}</h1><p>{('Retrouvez chaque semaine nos nouvelles.', 'Our news, every week.')[i]}</p>"
                f"<ul>{ul}</ul>"
            )
            write(f"news-{key}-{lang}.html", page(lang, "news", body))


# f10 — alert settings panel (level 3)
ALERT_LABELS = [
    ("s1", ("Fréquence", "How often")),
    ("s2", ("Sources", "Sources")),
    ("s3", ("Langue", "Language")),
    ("s4", ("Région", "Region")),
    ("s5", ("Nombre", "How many")),
    ("s6", ("Envoyer à", "Deliver to")),
]
ALERTS = {
    "a": (
        ("jardins partagés", "shared gardens"),
        [
            ("Une fois par semaine au maximum", "At most once a week"),
            ("Automatique", "Automatic"),
            ("Français", "French"),
            ("France", "France"),
            ("Uniquement les meilleurs résultats", "Only the best results"),
            ("asso@exemple.fr", "asso@exemple.fr"),
        ],
    ),
    "b": (
        ("tarif électricité", "electricity price"),
        [
            ("Au fur et à mesure", "As it happens"),
            ("Actualités", "News"),
            ("Toutes les langues", "Any language"),
            ("Toutes les régions", "Any region"),
            ("Uniquement les meilleurs résultats", "Only the best results"),
            ("veille@exemple.fr", "veille@exemple.fr"),
        ],
    ),
    "c": (
        ("Villebois", "Villebois"),
        [
            ("Une fois par jour au maximum", "At most once a day"),
            ("Blogs", "Blogs"),
            ("Français", "French"),
            ("Toutes les régions", "Any region"),
            ("Tous les résultats", "All results"),
            ("mairie@exemple.fr", "mairie@exemple.fr"),
        ],
    ),
    "d": (
        ("vélo cargo", "cargo bike"),
        [
            ("Une fois par jour au maximum", "At most once a day"),
            ("Automatique", "Automatic"),
            ("Français", "French"),
            ("Belgique", "Belgium"),
            ("Tous les résultats", "All results"),
            ("club@exemple.fr", "club@exemple.fr"),
        ],
    ),
    "e": (
        ("covoiturage", "car sharing"),
        [
            ("Au fur et à mesure", "As it happens"),
            ("Automatique", "Automatic"),
            ("Français", "French"),
            ("France", "France"),
            ("Uniquement les meilleurs résultats", "Only the best results"),
            ("projet@exemple.fr", "projet@exemple.fr"),
        ],
    ),
}


def build_alerts() -> None:
    for key, (topic, values) in ALERTS.items():
        for i, lang in enumerate(LANGS):
            head = ("Alerte : ", "Alert: ")[i] + topic[i]
            parts = [text(16, 28, head, ' font-weight="bold" font-size="16"')]
            for n, ((pid, label), value) in enumerate(zip(ALERT_LABELS, values, strict=True)):
                y = 64 + n * 40
                parts.append(
                    f'<g data-pick="{pid}"><rect x="12" y="{y - 22}" width="456" height="34" fill="#f3f3f3" stroke="#bbb"/>'
                    + text(20, y, label[i])
                    + text(170, y, value[i] + " ▾")
                    + "</g>"
                )
            svg(f"alert-{key}-{lang}.svg", 480, 310, head, parts)


# f14 — RSS feed read as text (level 4): the line of the most recent item's title
FEEDS = {
    "a": [
        (
            ("Le marché de Noël ouvre samedi", "Christmas market opens on Saturday"),
            "Fri, 28 Nov 2025 09:00:00 +0100",
        ),
        (("Travaux rue des Lilas", "Works on Rue des Lilas"), "Mon, 01 Dec 2025 07:30:00 +0100"),
        (("Concert à l’église", "Concert at the church"), "Sun, 30 Nov 2025 18:00:00 +0100"),
        (("Collecte des sapins", "Christmas tree collection"), "Thu, 27 Nov 2025 12:00:00 +0100"),
    ],
    "b": [
        (("Résultats du tournoi", "Tournament results"), "Tue, 03 Mar 2026 20:15:00 +0100"),
        (("Assemblée générale", "Annual meeting"), "Sat, 07 Mar 2026 10:00:00 +0100"),
        (("Inscriptions ouvertes", "Registration open"), "Mon, 09 Mar 2026 08:00:00 +0100"),
        (("Nouveau créneau le jeudi", "New Thursday slot"), "Wed, 11 Feb 2026 19:00:00 +0100"),
    ],
    "c": [
        (("Fermeture exceptionnelle", "Exceptional closure"), "Wed, 15 Jul 2026 16:00:00 +0200"),
        (("Horaires d’été", "Summer hours"), "Mon, 29 Jun 2026 09:00:00 +0200"),
        (("Atelier lecture", "Reading workshop"), "Fri, 10 Jul 2026 14:00:00 +0200"),
        (("Nouveautés de juillet", "New in July"), "Thu, 02 Jul 2026 11:00:00 +0200"),
    ],
    "d": [
        (("Alerte canicule", "Heatwave warning"), "Sat, 08 Aug 2026 06:00:00 +0200"),
        (("Piscine : horaires", "Pool: hours"), "Tue, 25 Aug 2026 08:00:00 +0200"),
        (("Fête du lac", "Lake festival"), "Sun, 16 Aug 2026 15:00:00 +0200"),
        (("Bilan de la saison", "Season review"), "Mon, 31 Aug 2026 17:00:00 +0200"),
    ],
    "e": [
        (("Don du sang jeudi", "Blood drive on Thursday"), "Mon, 19 Jan 2026 10:00:00 +0100"),
        (("Vœux du maire", "Mayor's New Year speech"), "Fri, 09 Jan 2026 18:00:00 +0100"),
        (("Coupure d’eau rue Haute", "Water cut on Rue Haute"), "Tue, 20 Jan 2026 07:45:00 +0100"),
        (("Inscriptions au carnaval", "Carnival sign-up"), "Tue, 20 Jan 2026 06:30:00 +0100"),
    ],
    "f": [
        (
            ("Rentrée scolaire : les horaires", "Back to school: the timetable"),
            "Mon, 31 Aug 2026 08:00:00 +0200",
        ),
        (("Forum des associations", "Clubs fair"), "Sat, 05 Sep 2026 09:30:00 +0200"),
        (("Marché nocturne", "Night market"), "Fri, 04 Sep 2026 19:00:00 +0200"),
        (("Travaux du gymnase", "Gym works"), "Thu, 03 Sep 2026 15:00:00 +0200"),
    ],
}


def build_feeds() -> None:
    for key, items in FEEDS.items():
        for i, lang in enumerate(LANGS):
            lines = [
                '<?xml version="1.0" encoding="UTF-8"?>',
                '<rss version="2.0">',
                "<channel>",
                f"<title>{('Actualités de Villebois', 'Villebois news')[i]}</title>",
            ]
            target = ""
            newest = max(items, key=lambda it: parsedate_to_datetime(it[1]))
            for title, date in items:
                lines.append("<item>")
                lines.append(f"<title>{html.escape(title[i], quote=False)}</title>")
                if title == newest[0]:
                    target = f"L{len(lines)}"
                lines += [f"<pubDate>{date}</pubDate>", "</item>"]
            lines += ["</channel>", "</rss>"]
            write(f"feed-{key}-{lang}.txt", "\n".join(lines) + "\n")
        print("feed", key, target)


# f18 — sources of a monitoring list (level 5)
SOURCES = [
    ("Blog Jardin Facile", "blog", "2026-11-20"),
    ("Revue Sols Vivants", "revue", "2026-03-02"),
    ("Blog Potager Urbain", "blog", "2026-04-28"),
    ("Lettre de l’Agence Bio", "lettre", "2026-10-05"),
    ("Blog Compost & Co", "blog", "2025-12-11"),
    ("Forum Graines", "forum", "2026-01-15"),
    ("Blog Les Abeilles", "blog", "2026-06-30"),
    ("Revue Terre", "revue", "2026-11-02"),
    ("Blog Verger Partagé", "blog", "2026-02-17"),
    ("Podcast Racines", "podcast", "2025-09-01"),
    ("Blog Jardin d’Hiver", "blog", "2026-05-31"),
    ("Forum Permaculture", "forum", "2026-09-09"),
]
TYPES_EN = {
    "blog": "blog",
    "revue": "journal",
    "lettre": "newsletter",
    "forum": "forum",
    "podcast": "podcast",
}


def build_sources() -> None:
    (OUT / "sources-fr.csv").write_text(
        "source;type;dernière publication\n" + "".join(f"{s};{t};{d}\n" for s, t, d in SOURCES),
        encoding="utf-8",
    )
    (OUT / "sources-en.csv").write_text(
        "source,type,last post\n"
        + "".join(f"{s.replace('’', chr(39))},{TYPES_EN[t]},{d}\n" for s, t, d in SOURCES),
        encoding="utf-8",
    )
    for cut, typ in (
        ("2026-06-01", "blog"),
        ("2026-05-01", "blog"),
        ("2026-04-01", "revue"),
        ("2026-08-01", "blog"),
        ("2026-02-01", "forum"),
    ):
        print("sources", cut, typ, sum(1 for _s, t, d in SOURCES if t == typ and d < cut))
