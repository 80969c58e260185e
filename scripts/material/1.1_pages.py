# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""Write the material of the 1.1 item families (assessment/items/1.1/material/).

Run from the repository root: `python scripts/material/1.1_pages.py`. Prints the keys it computes.
"""

from __future__ import annotations

import html
from email.utils import parsedate_to_datetime
from pathlib import Path

OUT = Path("assessment/items/1.1/material")
LANGS = ("fr", "en")


def page(lang: str, title: str, body: str) -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(title)}</title>"
        "<style>body{font-family:sans-serif;max-width:40rem;margin:1rem auto;padding:0 1rem}"
        "li{margin:0 0 1rem}.u{color:#056b2e;font-size:.9rem}.ad{font-weight:bold}"
        "small{color:#444}</style></head>\n"
        f"<body><main>\n{body}\n</main></body></html>\n"
    )


def write(name: str, text: str) -> None:
    if "-fr." in name:  # French typography: no-break space before : ; ? ! and inside « »
        for a, b in (
            (" :", "\u00a0:"),
            (" ;", "\u202f;"),
            (" ?", "\u202f?"),
            (" !", "\u202f!"),
            ("« ", "«\u00a0"),
            (" »", "\u00a0»"),
        ):
            text = text.replace(a, b)
    (OUT / name).write_text(text, encoding="utf-8")


# --- results pages: (query, [(id, ad, title, url, snippet, date)]) per language ---------------
AD = {"fr": "Sponsorisé", "en": "Sponsored"}
HEAD = {"fr": "Résultats pour", "en": "Results for"}


def serp(name: str, lang: str, query: str, results: list[tuple]) -> None:
    items = []
    for rid, ad, title, url, snippet, date in results:
        mark = f'<span class="ad">{AD[lang]}</span> · ' if ad else ""
        when = f"<small>{html.escape(date)} — </small>" if date else ""
        items.append(
            f'<li><a href="#" data-pick="{rid}">{html.escape(title)}</a><br>'
            f'{mark}<span class="u">{html.escape(url)}</span><br>{when}{html.escape(snippet)}</li>'
        )
    body = (
        f"<h1>{HEAD[lang]} « {html.escape(query)} »</h1>\n<ol>\n"
        if lang == "fr"
        else (f"<h1>{HEAD[lang]} “{html.escape(query)}”</h1>\n<ol>\n")
    )
    write(name, page(lang, query, body + "\n".join(items) + "\n</ol>"))


def tr(rows: list[tuple], lang: str) -> list[tuple]:
    """Rows whose text cells are (fr, en) pairs → rows in one language."""
    i = LANGS.index(lang)
    return [tuple(c[i] if isinstance(c, tuple) else c for c in row) for row in rows]


# f1 — first result that is not an advertisement (level 1)
ADS_PAGES = {
    "a": (
        ("piscine Villebois horaires", "Villebois swimming pool opening hours"),
        [
            (
                "r4",
                True,
                ("Maillots de bain -40 % — Livraison offerte", "Swimsuits 40% off — free delivery"),
                "www.aquashop-promo.fr",
                ("Grand choix de maillots et lunettes.", "Wide choice of swimsuits and goggles."),
            ),
            (
                "r2",
                False,
                (
                    "Piscine municipale de Villebois — horaires",
                    "Villebois public pool — opening hours",
                ),
                "www.villebois.fr/piscine",
                (
                    "Horaires d’ouverture, tarifs et fermetures.",
                    "Opening hours, prices and closures.",
                ),
            ),
            (
                "r6",
                False,
                ("Avis sur la piscine de Villebois", "Reviews of the Villebois pool"),
                "www.avis-loisirs.fr/villebois",
                ("12 avis de visiteurs.", "12 visitor reviews."),
            ),
            (
                "r1",
                False,
                ("Piscines près de Villebois — carte", "Pools near Villebois — map"),
                "www.carte-piscines.fr",
                ("Toutes les piscines du département.", "All the pools in the county."),
            ),
        ],
    ),
    "b": (
        ("recette crêpes", "pancake recipe"),
        [
            (
                "r3",
                True,
                ("Poêle à crêpes 28 cm en promotion", "28 cm crêpe pan on sale"),
                "www.cuisine-discount.fr",
                ("Livraison en 24 h.", "Delivered in 24 hours."),
            ),
            (
                "r5",
                True,
                ("Farine bio — abonnement mensuel", "Organic flour — monthly subscription"),
                "www.farine-direct.fr",
                ("Recevez votre farine chaque mois.", "Get your flour every month."),
            ),
            (
                "r1",
                False,
                ("Pâte à crêpes facile et rapide", "Quick and easy pancake batter"),
                "www.recettes-maison.fr/crepes",
                ("250 g de farine, 4 œufs, 50 cl de lait…", "250 g flour, 4 eggs, 500 ml milk…"),
            ),
            (
                "r6",
                False,
                ("Crêpes sans gluten", "Gluten-free pancakes"),
                "www.sans-gluten-cuisine.fr",
                ("Une version à la farine de sarrasin.", "A buckwheat flour version."),
            ),
        ],
    ),
    "c": (
        ("météo Brest", "Brest weather"),
        [
            (
                "r2",
                False,
                ("Météo Brest — prévisions à 10 jours", "Brest weather — 10-day forecast"),
                "meteo.exemple.fr/brest",
                ("Pluie faible demain, 12 °C.", "Light rain tomorrow, 12 °C."),
            ),
            (
                "r5",
                True,
                ("Parapluies tempête dès 19 €", "Storm umbrellas from €19"),
                "www.para-pluie.fr",
                ("Résiste au vent jusqu’à 100 km/h.", "Wind-proof up to 100 km/h."),
            ),
            (
                "r3",
                False,
                ("Brest — Wikipédia", "Brest — Wikipedia"),
                "fr.wikipedia.org/wiki/Brest",
                ("Ville du Finistère, en Bretagne.", "A town in Finistère, Brittany."),
            ),
            (
                "r4",
                False,
                ("Marées à Brest", "Brest tide times"),
                "www.horaires-marees.fr/brest",
                ("Coefficients et horaires du jour.", "Today's tide times and coefficients."),
            ),
        ],
    ),
    "d": (
        ("vélo électrique prix", "electric bike price"),
        [
            (
                "r6",
                True,
                ("Vélos électriques : jusqu’à -30 %", "Electric bikes: up to 30% off"),
                "www.velo-flash.fr",
                ("Offre limitée, stock réduit.", "Limited offer, few left."),
            ),
            (
                "r1",
                True,
                ("Comparez 200 vélos électriques", "Compare 200 electric bikes"),
                "www.compar-velo.fr",
                ("Trouvez le moins cher.", "Find the cheapest."),
            ),
            (
                "r5",
                True,
                ("Assurance vélo dès 4 € par mois", "Bike insurance from €4 a month"),
                "www.assur-bike.fr",
                ("Vol et casse couverts.", "Theft and damage covered."),
            ),
            (
                "r3",
                False,
                ("Quel budget pour un vélo électrique ?", "What budget for an electric bike?"),
                "www.mobilites-conseils.fr/budget-vae",
                ("Les prix constatés en 2026 par catégorie.", "Prices seen in 2026, by category."),
            ),
            (
                "r2",
                False,
                ("Aides à l’achat d’un vélo", "Grants for buying a bike"),
                "www.mobilites-conseils.fr/aides",
                ("Les aides locales et leurs conditions.", "Local grants and their conditions."),
            ),
        ],
    ),
}

for key, ((qfr, qen), rows) in ADS_PAGES.items():
    full = [(r[0], r[1], r[2], r[3], r[4], "") for r in rows]
    for lang, q in (("fr", qfr), ("en", qen)):
        serp(f"ads-{key}-{lang}.html", lang, q, tr(full, lang))
    print("ads", key, next(r[0] for r in rows if not r[1]))

# f7 — most recent result (level 2)
DATED = {
    "a": (
        ("horaires déchetterie Villebois", "Villebois recycling centre opening hours"),
        [
            (
                "d3",
                "www.villebois.fr/dechets",
                ("Déchetterie : horaires d’hiver", "Recycling centre: winter hours"),
                ("4 novembre 2025", "4 November 2025"),
            ),
            (
                "d1",
                "www.actu-villebois.fr",
                ("La déchetterie rouvre après travaux", "The recycling centre reopens after works"),
                ("18 septembre 2026", "18 September 2026"),
            ),
            (
                "d5",
                "www.forum-bricolage.fr",
                ("Déchetterie de Villebois : avis", "Villebois recycling centre: reviews"),
                ("2 mars 2024", "2 March 2024"),
            ),
            (
                "d2",
                "www.agglo-exemple.fr/dechets",
                ("Nouveaux horaires des déchetteries", "New hours for recycling centres"),
                ("27 juin 2026", "27 June 2026"),
            ),
        ],
    ),
    "b": (
        ("grève trains Bretagne", "Brittany train strike"),
        [
            (
                "d4",
                "www.journal-ouest.fr",
                ("Grève : trafic perturbé mardi", "Strike: disrupted traffic on Tuesday"),
                ("12 mai 2026", "12 May 2026"),
            ),
            (
                "d2",
                "www.info-rail.fr",
                ("Préavis de grève levé", "Strike notice withdrawn"),
                ("14 mai 2026", "14 May 2026"),
            ),
            (
                "d6",
                "www.journal-ouest.fr",
                ("Trafic normal ce week-end", "Normal traffic this weekend"),
                ("9 mai 2026", "9 May 2026"),
            ),
            (
                "d1",
                "www.voyageurs-bzh.fr",
                ("Grève : vos droits au remboursement", "Strike: your refund rights"),
                ("13 avril 2026", "13 April 2026"),
            ),
        ],
    ),
    "c": (
        ("tarif cantine collège", "school canteen price"),
        [
            (
                "d6",
                "www.departement-exemple.fr/cantine",
                ("Tarifs de restauration 2025-2026", "Canteen prices 2025-2026"),
                ("30 juin 2025", "30 June 2025"),
            ),
            (
                "d3",
                "www.parents-eleves.fr",
                ("Hausse du prix du repas", "Meal price goes up"),
                ("3 juillet 2025", "3 July 2025"),
            ),
            (
                "d4",
                "www.departement-exemple.fr/cantine-2027",
                ("Tarifs de restauration 2026-2027", "Canteen prices 2026-2027"),
                ("1er juillet 2026", "1 July 2026"),
            ),
            (
                "d5",
                "www.forum-parents.fr",
                ("Cantine : combien payez-vous ?", "Canteen: how much do you pay?"),
                ("11 janvier 2026", "11 January 2026"),
            ),
        ],
    ),
    "d": (
        ("fermeture route col", "mountain pass road closure"),
        [
            (
                "d2",
                "www.routes-exemple.fr",
                ("Col fermé pour la saison", "Pass closed for the season"),
                ("21 novembre 2025", "21 November 2025"),
            ),
            (
                "d5",
                "www.routes-exemple.fr",
                ("Réouverture du col", "Pass reopens"),
                ("5 mai 2026", "5 May 2026"),
            ),
            (
                "d1",
                "www.meteo-montagne.fr",
                ("Chute de neige : col fermé", "Snowfall: pass closed"),
                ("2 octobre 2026", "2 October 2026"),
            ),
            (
                "d3",
                "www.blog-randonnee.fr",
                ("Le col à vélo en été", "The pass by bike in summer"),
                ("14 août 2026", "14 August 2026"),
            ),
        ],
    ),
    "e": (
        ("concert parc Villebois", "Villebois park concert"),
        [
            (
                "d4",
                "www.villebois.fr/agenda",
                ("Concert au parc : report", "Park concert: postponed"),
                ("8 juillet 2026", "8 July 2026"),
            ),
            (
                "d6",
                "www.actu-villebois.fr",
                ("Le concert du parc annoncé", "Park concert announced"),
                ("3 juin 2026", "3 June 2026"),
            ),
            (
                "d2",
                "www.villebois.fr/agenda",
                ("Concert au parc : nouvelle date", "Park concert: new date"),
                ("15 juillet 2026", "15 July 2026"),
            ),
            (
                "d5",
                "www.sortir-ici.fr",
                ("Les concerts de l’été 2025", "Summer 2025 concerts"),
                ("20 août 2025", "20 August 2025"),
            ),
        ],
    ),
    "f": (
        ("vaccination grippe pharmacie", "flu jab pharmacy"),
        [
            (
                "d1",
                "www.sante-pratique.fr",
                ("Grippe : où se faire vacciner ?", "Flu: where to get vaccinated?"),
                ("10 octobre 2025", "10 October 2025"),
            ),
            (
                "d3",
                "www.pharmacies-exemple.fr",
                ("Campagne de vaccination 2026-2027", "2026-2027 vaccination campaign"),
                ("29 septembre 2026", "29 September 2026"),
            ),
            (
                "d6",
                "www.forum-sante.fr",
                ("Vaccin grippe : effets ?", "Flu jab: side effects?"),
                ("2 février 2026", "2 February 2026"),
            ),
            (
                "d2",
                "www.sante-pratique.fr",
                ("Grippe : le point sur l’épidémie", "Flu: the epidemic so far"),
                ("14 janvier 2026", "14 January 2026"),
            ),
        ],
    ),
}
for key, ((qfr, qen), rows) in DATED.items():
    full = [(r[0], False, r[2], r[1], ("", ""), r[3]) for r in rows]
    for lang, q in (("fr", qfr), ("en", qen)):
        serp(f"dated-{key}-{lang}.html", lang, q, tr(full, lang))

# f9 — the official site among look-alikes (level 3)
OFFICIAL = {
    "a": (
        "ameli",
        [
            (
                "o2",
                "ameli-remboursements.fr",
                ("Remboursements ameli : simulez", "ameli refunds: estimate yours"),
            ),
            ("o5", "www.ameli.fr", ("Assurance Maladie — ameli", "Health Insurance — ameli")),
            (
                "o1",
                "ameli.fr.compte-assure.com",
                ("Assurance Maladie — mon compte ameli", "Health Insurance — my ameli account"),
            ),
            ("o3", "www.ameli-info.org", ("Tout savoir sur ameli", "All about ameli")),
        ],
    ),
    "b": (
        "caf",
        [
            ("o4", "www.caf.fr", ("Caf — Allocations familiales", "Caf — family allowances")),
            ("o1", "caf-aides.fr", ("Aides de la Caf : simulateur", "Caf benefits: simulator")),
            (
                "o6",
                "www.caf.fr-mon-compte.net",
                ("Allocations familiales — mon compte Caf", "Family allowances — my Caf account"),
            ),
            ("o2", "mescaf.com", ("Vos droits Caf en 2 minutes", "Your Caf rights in 2 minutes")),
        ],
    ),
    "c": (
        "impots",
        [
            ("o3", "impots-gouv.fr", ("Impôts : déclarez en ligne", "Taxes: file online")),
            (
                "o6",
                "impots.gouv.fr.espace-particulier.info",
                ("Espace particulier", "Personal account"),
            ),
            (
                "o2",
                "www.impots.gouv.fr",
                ("impots.gouv.fr — Particulier", "impots.gouv.fr — Individuals"),
            ),
            ("o4", "www.aide-impots-gouv.com", ("Aide à la déclaration", "Help with your return")),
        ],
    ),
    "d": (
        "francetravail",
        [
            (
                "o1",
                "www.francetravail-offres.fr",
                ("Offres d’emploi France Travail", "France Travail job offers"),
            ),
            (
                "o5",
                "francetravail.fr.candidat-espace.com",
                ("Espace candidat France Travail", "France Travail candidate area"),
            ),
            (
                "o3",
                "www.emploi-francetravail.org",
                ("S’inscrire à France Travail", "Register with France Travail"),
            ),
            (
                "o6",
                "www.francetravail.fr",
                ("France Travail — candidats", "France Travail — job seekers"),
            ),
        ],
    ),
}
for key, (name, rows) in OFFICIAL.items():
    full = [(r[0], False, r[2], r[1], ("", ""), "") for r in rows]
    for lang in LANGS:
        serp(f"official-{key}-{lang}.html", lang, name, tr(full, lang))


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

# f5 — date of last update (level 2)
ARTICLES = {
    "a": (
        ("Le marché couvert rouvre ses portes", "The covered market reopens"),
        ("Publié le 3 mars 2025 à 8 h 15", "Published 3 March 2025, 8:15"),
        ("Mis à jour le 12 janvier 2026 à 17 h 40", "Updated 12 January 2026, 17:40"),
        (
            "Commentaire de Léa, 2 février 2026 : enfin !",
            "Comment by Léa, 2 February 2026: at last!",
        ),
    ),
    "b": (
        ("Nouvelle ligne de bus vers la gare", "New bus line to the station"),
        ("Publié le 18 octobre 2025", "Published 18 October 2025"),
        ("Dernière mise à jour : 4 novembre 2025", "Last updated: 4 November 2025"),
        (
            "Commentaire de Sam, 30 novembre 2025 : et le dimanche ?",
            "Comment by Sam, 30 November 2025: and on Sundays?",
        ),
    ),
    "c": (
        ("Fermeture estivale de la médiathèque", "Library summer closure"),
        ("Publié le 20 mai 2026", "Published 20 May 2026"),
        ("Mis à jour le 9 juin 2026", "Updated 9 June 2026"),
        (
            "Commentaire de Noé, 1er juillet 2026 : merci pour l’info",
            "Comment by Noé, 1 July 2026: thanks for the info",
        ),
    ),
    "d": (
        ("Travaux sur le pont du canal", "Works on the canal bridge"),
        ("Publié le 7 février 2024", "Published 7 February 2024"),
        ("Mis à jour le 22 août 2025", "Updated 22 August 2025"),
        (
            "Commentaire de Inès, 14 septembre 2025 : toujours fermé",
            "Comment by Inès, 14 September 2025: still closed",
        ),
    ),
    "e": (
        ("Le marché bio change de place", "The organic market moves"),
        ("Publié le 2 avril 2026", "Published 2 April 2026"),
        ("Modifié le 16 avril 2026 à 9 h 05", "Changed 16 April 2026, 9:05"),
        (
            "Commentaire de Malik, 30 avril 2026 : bonne idée",
            "Comment by Malik, 30 April 2026: good idea",
        ),
    ),
    "f": (
        ("Collecte des encombrants en octobre", "Bulky waste collection in October"),
        ("Publié le 28 août 2026", "Published 28 August 2026"),
        ("Mise à jour : 3 septembre 2026", "Update: 3 September 2026"),
        (
            "Commentaire de Lina, 5 octobre 2026 : et en novembre ?",
            "Comment by Lina, 5 October 2026: and in November?",
        ),
    ),
}
for key, (title, pub, upd, com) in ARTICLES.items():
    for i, lang in enumerate(LANGS):
        body = (
            f"<article><h1>{html.escape(title[i])}</h1><p><small>{html.escape(pub[i])}"
            f"<br>{html.escape(upd[i])}</small></p>"
            f"<p>{('Le chantier est terminé et les horaires reprennent. Plus de détails sur le site de la ville.', 'Work is finished and normal hours resume. More details on the town website.')[i]}</p>"
            f"</article><section><h2>{('Commentaires', 'Comments')[i]}</h2><p>{html.escape(com[i])}</p></section>"
            f"<footer><small>© 2026 {('Journal de Villebois', 'Villebois Journal')[i]}</small></footer>"
        )
        write(f"article-{key}-{lang}.html", page(lang, title[i], body))

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


def svg(name: str, w: int, h: int, title: str, parts: list[str]) -> None:
    write(
        name,
        (
            f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
            f'role="img" font-family="sans-serif" font-size="14"><title>{html.escape(title)}</title>'
            f'<rect width="{w}" height="{h}" fill="#fff" stroke="#888"/>'
            + "".join(parts)
            + "</svg>\n"
        ),
    )


def text(x: int, y: int, s: str, extra: str = "") -> str:
    return f'<text x="{x}" y="{y}"{extra}>{html.escape(s)}</text>'


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

# f13 — address bar (level 4)
BARS = {
    "a": "https://impots.gouv.fr.verif-compte.net/connexion",
    "b": "https://www.caf.fr-aides.com/dossier?id=8841",
    "c": "https://connexion.francetravail.fr/accueil",
    "d": "https://ameli-fr.secure-login.io/?retour=www.ameli.fr",
    "e": "https://www.service-public.gouv.fr.demarches-aide.org/carte-grise",
    "f": "https://espace-client.ameli.fr/connexion?next=/remboursements",
}
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
                ("Page : « Connectez-vous à votre espace »", "Page: “Sign in to your account”")[i],
            ),
        ]
        svg(f"bar-{key}-{lang}.svg", 640, 120, url, parts)

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


# f15 — the link to the original source of a figure (level 4)
SOURCED = {
    "a": (
        ("38 % des ados dorment moins de 7 heures", "38% of teenagers sleep under 7 hours"),
        ("l’Observatoire du sommeil", "the Sleep Observatory"),
        [
            ("l3", ("comme le rapporte aussi Info-Matin", "as Info-Matin also reports")),
            ("l1", ("le site de l’Observatoire du sommeil", "the Sleep Observatory website")),
            (
                "l5",
                (
                    "l’enquête 2026 de l’Observatoire (rapport complet, PDF)",
                    "the Observatory's 2026 survey (full report, PDF)",
                ),
            ),
            ("l2", ("une publication virale sur un réseau social", "a viral social media post")),
        ],
        "l5",
    ),
    "b": (
        ("Un foyer sur cinq composte ses déchets", "One household in five composts its waste"),
        ("l’Agence régionale des déchets", "the Regional Waste Agency"),
        [
            (
                "l4",
                (
                    "l’étude de l’Agence régionale des déchets (résultats détaillés)",
                    "the Regional Waste Agency study (detailed results)",
                ),
            ),
            (
                "l6",
                (
                    "notre article de l’an dernier sur le compost",
                    "our article on compost from last year",
                ),
            ),
            ("l2", ("la page d’accueil de l’Agence", "the Agency's home page")),
            ("l1", ("un forum de jardiniers qui en parle", "a gardeners' forum discussing it")),
        ],
        "l4",
    ),
    "c": (
        ("Les trajets à vélo ont augmenté de 12 %", "Bike trips are up 12%"),
        ("le Club des villes cyclables", "the Cycling Towns Club"),
        [
            (
                "l2",
                (
                    "l’article d’un confrère qui cite ce chiffre",
                    "a fellow newspaper's article quoting this figure",
                ),
            ),
            ("l6", ("une vidéo d’un influenceur vélo", "a video by a cycling influencer")),
            (
                "l5",
                (
                    "la page d’accueil du Club des villes cyclables",
                    "the Cycling Towns Club home page",
                ),
            ),
            (
                "l3",
                (
                    "le baromètre 2026 du Club, avec sa méthode de comptage",
                    "the Club's 2026 barometer, with its counting method",
                ),
            ),
        ],
        "l3",
    ),
    "d": (
        (
            "Le prix moyen d’un repas à la cantine atteint 3,80 €",
            "An average canteen meal now costs €3.80",
        ),
        ("la Fédération des parents d’élèves", "the Parents' Federation"),
        [
            ("l1", ("un sondage en ligne de notre site", "an online poll on our site")),
            ("l4", ("la page Facebook d’un parent", "a parent's Facebook page")),
            (
                "l6",
                (
                    "l’enquête de la Fédération (tableau par département)",
                    "the Federation's survey (table by county)",
                ),
            ),
            ("l5", ("le communiqué d’un autre journal", "another newspaper's news release")),
        ],
        "l6",
    ),
}
for key, (title, org, links, _t) in SOURCED.items():
    for i, lang in enumerate(LANGS):
        lis = "".join(
            f'<li><a href="#" data-pick="{k}">{html.escape(t[i])}</a></li>' for k, t in links
        )
        intro = (
            f"Selon {org[0]}, le chiffre est en hausse. Pour en savoir plus :",
            f"According to {org[1]}, the figure is rising. To find out more:",
        )[i]
        write(
            f"sourced-{key}-{lang}.html",
            page(
                lang,
                title[i],
                f"<article><h1>{html.escape(title[i])}</h1>"
                f"<p>{html.escape(intro)}</p><ul>{lis}</ul></article>",
            ),
        )

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
            text(150, y + 76, ("▶ Vidéo 0:48", "▶ Video 0:48")[i], ' fill="#fff" font-size="16"')
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


# f17 — an assistant's answer against the official page (level 5)
FACILITIES = {
    "a": (
        ("Médiathèque de Villebois", "Villebois library"),
        [
            ("Mardi, jeudi, vendredi : 14 h – 19 h", "Tuesday, Thursday, Friday: 2 pm – 7 pm"),
            ("Mercredi et samedi : 10 h – 18 h", "Wednesday and Saturday: 10 am – 6 pm"),
            ("Fermée le dimanche et le lundi", "Closed on Sunday and Monday"),
            ("Prêt : 10 documents pour 4 semaines", "Loans: 10 items for 4 weeks"),
        ],
        [
            (
                "s1",
                (
                    "La médiathèque de Villebois est ouverte du mardi au samedi.",
                    "Villebois library is open Tuesday to Saturday.",
                ),
            ),
            ("s2", ("Le samedi, elle ouvre à 10 h.", "On Saturday it opens at 10 am.")),
            (
                "s3",
                ("Vous pouvez emprunter jusqu’à 10 documents.", "You can borrow up to 10 items."),
            ),
            ("s4", ("La durée du prêt est de 3 semaines.", "The loan period is 3 weeks.")),
            ("s5", ("Elle est fermée le lundi.", "It is closed on Monday.")),
        ],
        "s4",
    ),
    "b": (
        ("Piscine des Tilleuls", "Les Tilleuls pool"),
        [
            (
                "Lundi au vendredi : 12 h – 14 h et 17 h – 20 h",
                "Monday to Friday: 12 noon – 2 pm and 5 pm – 8 pm",
            ),
            ("Samedi : 9 h – 12 h", "Saturday: 9 am – 12 noon"),
            ("Fermée le dimanche", "Closed on Sunday"),
            ("Entrée : 3,50 € ; moins de 12 ans : 2 €", "Entry: €3.50; under 12: €2"),
        ],
        [
            ("s3", ("La piscine ouvre le samedi matin.", "The pool opens on Saturday morning.")),
            (
                "s5",
                (
                    "Elle est ouverte le dimanche de 9 h à 12 h.",
                    "It is open on Sunday from 9 am to 12 noon.",
                ),
            ),
            ("s1", ("L’entrée adulte coûte 3,50 €.", "Adult entry costs €3.50.")),
            ("s4", ("Les moins de 12 ans paient 2 €.", "Under-12s pay €2.")),
            ("s2", ("En semaine, elle ouvre à midi.", "On weekdays it opens at noon.")),
        ],
        "s5",
    ),
    "c": (
        ("Déchetterie du Moulin", "Le Moulin recycling centre"),
        [
            ("Ouverte du lundi au samedi, 9 h – 17 h", "Open Monday to Saturday, 9 am – 5 pm"),
            ("Accès gratuit avec la carte d’habitant", "Free access with the resident card"),
            ("Pneus et amiante refusés", "Tyres and asbestos refused"),
            ("Gravats : 1 m³ par jour au maximum", "Rubble: 1 m³ per day at most"),
        ],
        [
            (
                "s2",
                (
                    "L’accès est gratuit avec la carte d’habitant.",
                    "Access is free with the resident card.",
                ),
            ),
            (
                "s4",
                ("Elle ouvre à 9 h du lundi au samedi.", "It opens at 9 am Monday to Saturday."),
            ),
            (
                "s1",
                ("Vous pouvez y déposer vos vieux pneus.", "You can leave your old tyres there."),
            ),
            (
                "s5",
                ("Les gravats sont limités à 1 m³ par jour.", "Rubble is limited to 1 m³ per day."),
            ),
            ("s3", ("Elle ferme à 17 h.", "It closes at 5 pm.")),
        ],
        "s1",
    ),
    "d": (
        ("Mairie annexe des Prés", "Les Prés town hall annex"),
        [
            ("Lundi au vendredi : 8 h 30 – 12 h", "Monday to Friday: 8:30 am – 12 noon"),
            ("Jeudi : aussi 14 h – 18 h", "Thursday: also 2 pm – 6 pm"),
            (
                "Cartes d’identité : sur rendez-vous uniquement",
                "Identity cards: by appointment only",
            ),
            ("Fermée le samedi", "Closed on Saturday"),
        ],
        [
            (
                "s5",
                (
                    "La mairie annexe ouvre à 8 h 30 en semaine.",
                    "The annex opens at 8:30 am on weekdays.",
                ),
            ),
            (
                "s2",
                (
                    "Le jeudi, elle est aussi ouverte l’après-midi.",
                    "On Thursday it is also open in the afternoon.",
                ),
            ),
            ("s4", ("Elle est fermée le samedi.", "It is closed on Saturday.")),
            (
                "s1",
                (
                    "Les cartes d’identité sont faites sur rendez-vous.",
                    "Identity cards are done by appointment.",
                ),
            ),
            ("s3", ("Elle ferme à 12 h le jeudi.", "It closes at noon on Thursday.")),
        ],
        "s3",
    ),
}
for key, (name, facts, sentences, _t) in FACILITIES.items():
    for i, lang in enumerate(LANGS):
        lis = "".join(f"<li>{html.escape(f[i])}</li>" for f in facts)
        write(
            f"official-page-{key}-{lang}.html",
            page(
                lang,
                name[i],
                f"<h1>{html.escape(name[i])}</h1>"
                f"<p>{('Page officielle — informations pratiques', 'Official page — practical information')[i]}</p><ul>{lis}</ul>",
            ),
        )
        spans = " ".join(f'<span data-pick="{k}">{html.escape(s[i])}</span>' for k, s in sentences)
        write(
            f"assistant-{key}-{lang}.html",
            page(
                lang,
                "assistant",
                f"<p><b>{('Vous', 'You')[i]} :</b> "
                f"{html.escape(('Quelles sont les informations pratiques de : ', 'What is the practical information for: ')[i] + name[i])} ?</p>"
                f"<p><b>{('Assistant IA', 'AI assistant')[i]} :</b> {spans}</p>",
            ),
        )

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


# f20 — a generated summary that adds something (level 6): pick the line
SUMMARIES = {
    "a": (
        [
            (
                "Le conseil municipal de Villebois s’est réuni le 3 février.",
                "Villebois town council met on 3 February.",
            ),
            (
                "Il a voté la rénovation de la salle des fêtes, pour 420 000 €.",
                "It voted to renovate the village hall, for €420,000.",
            ),
            (
                "Les travaux commenceront en septembre et dureront huit mois.",
                "Work will start in September and last eight months.",
            ),
            (
                "Pendant les travaux, les associations iront au gymnase.",
                "During the works, clubs will use the gym.",
            ),
            ("Le vote a été adopté par 21 voix contre 6.", "The motion passed by 21 votes to 6."),
        ],
        [
            (
                "Le conseil a voté la rénovation de la salle des fêtes (420 000 €).",
                "The council voted to renovate the village hall (€420,000).",
            ),
            (
                "Les travaux débuteront en septembre pour huit mois.",
                "Work starts in September for eight months.",
            ),
            (
                "La rénovation est financée par une hausse des impôts locaux.",
                "The renovation is funded by a rise in local taxes.",
            ),
            ("Les associations seront accueillies au gymnase.", "Clubs will be hosted in the gym."),
            ("Le vote a recueilli 21 voix pour et 6 contre.", "The vote was 21 for and 6 against."),
        ],
        2,
    ),
    "b": (
        [
            (
                "La ligne de bus 7 sera prolongée jusqu’à la gare le 1er mars.",
                "Bus line 7 will be extended to the station on 1 March.",
            ),
            (
                "Elle passera toutes les 15 minutes aux heures de pointe.",
                "It will run every 15 minutes at peak times.",
            ),
            (
                "Le dimanche, un bus passera toutes les 40 minutes.",
                "On Sunday, a bus will run every 40 minutes.",
            ),
            ("Trois nouveaux arrêts sont créés.", "Three new stops are created."),
            ("Le prix du ticket ne change pas.", "The ticket price does not change."),
        ],
        [
            (
                "La ligne 7 ira jusqu’à la gare à partir du 1er mars.",
                "Line 7 will reach the station from 1 March.",
            ),
            (
                "Aux heures de pointe, un bus passera toutes les 15 minutes.",
                "At peak times a bus will run every 15 minutes.",
            ),
            ("Trois arrêts s’ajoutent au parcours.", "Three stops are added to the route."),
            ("Le prix du ticket reste le même.", "The ticket price stays the same."),
            (
                "La ligne sera désormais desservie par des bus électriques.",
                "The line will now be served by electric buses.",
            ),
        ],
        4,
    ),
    "c": (
        [
            (
                "Une enquête a interrogé 1 200 lycéens de la région en mai.",
                "A survey asked 1,200 high-school pupils in the region in May.",
            ),
            (
                "62 % disent utiliser un assistant d’IA pour leurs devoirs.",
                "62% say they use an AI assistant for homework.",
            ),
            (
                "Parmi eux, un tiers vérifie les réponses dans une autre source.",
                "Of these, a third check the answers in another source.",
            ),
            (
                "Les filles déclarent un usage un peu plus fréquent.",
                "Girls report slightly more frequent use.",
            ),
            ("L’enquête a été menée en ligne.", "The survey was carried out online."),
        ],
        [
            (
                "En mai, 1 200 lycéens de la région ont été interrogés en ligne.",
                "In May, 1,200 high-school pupils in the region were surveyed online.",
            ),
            (
                "62 % utilisent un assistant d’IA pour leurs devoirs, ce qui fait baisser leurs notes.",
                "62% use an AI assistant for homework, which lowers their marks.",
            ),
            (
                "Un tiers de ces utilisateurs vérifie les réponses ailleurs.",
                "A third of these users check answers elsewhere.",
            ),
            (
                "Les filles en font un usage légèrement plus fréquent.",
                "Girls use it slightly more often.",
            ),
        ],
        1,
    ),
    "d": (
        [
            (
                "Le festival de musique du lac aura lieu du 10 au 12 juillet.",
                "The lake music festival runs from 10 to 12 July.",
            ),
            ("Vingt groupes joueront sur deux scènes.", "Twenty bands will play on two stages."),
            ("Le pass trois jours coûte 45 €.", "The three-day pass costs €45."),
            (
                "Une navette gratuite partira de la gare.",
                "A free shuttle will leave from the station.",
            ),
            (
                "L’an dernier, le festival a accueilli 9 000 personnes.",
                "Last year the festival drew 9,000 people.",
            ),
        ],
        [
            (
                "Le festival se tiendra du 10 au 12 juillet au bord du lac.",
                "The festival runs from 10 to 12 July by the lake.",
            ),
            ("L’an dernier, il avait attiré 9 000 personnes.", "Last year it drew 9,000 people."),
            (
                "Vingt groupes se produiront sur deux scènes.",
                "Twenty bands will play on two stages.",
            ),
            ("Le pass trois jours est à 45 €.", "The three-day pass is €45."),
            (
                "Une navette gratuite relie la gare au site.",
                "A free shuttle links the station to the site.",
            ),
            ("Les billets sont déjà presque épuisés.", "Tickets are already almost sold out."),
        ],
        5,
    ),
}
for key, (source, summary, bad) in SUMMARIES.items():
    for i, lang in enumerate(LANGS):
        lines = [
            ("TEXTE SOURCE", "SOURCE TEXT")[i],
            *(s[i] for s in source),
            "",
            ("RÉSUMÉ GÉNÉRÉ PAR UN ASSISTANT D’IA", "SUMMARY GENERATED BY AN AI ASSISTANT")[i],
        ]
        target = f"L{len(lines) + 1 + bad}"
        lines += [s[i] for s in summary]
        write(f"summary-{key}-{lang}.txt", "\n".join(lines) + "\n")
    print("summary", key, target)


# f22, f23 — which pages does a query return? (levels 6 and 7)
def _norm(s: str) -> str:
    import unicodedata

    s = unicodedata.normalize("NFKD", s.replace("’", " ").replace("'", " ").lower())
    return "".join(c if c.isalnum() else " " for c in s if not unicodedata.combining(c))


def matches(query: list, doc: str) -> bool:
    """query: list of terms, all required; a term is a word, ('"', phrase), ('-', word) or ('or', [..])."""
    toks = _norm(doc).split()
    padded = " " + " ".join(toks) + " "

    def has(t: object) -> bool:
        if isinstance(t, tuple) and t[0] == '"':
            return f" {' '.join(_norm(t[1]).split())} " in padded
        if isinstance(t, tuple) and t[0] == "or":
            return any(has(x) for x in t[1])
        return _norm(str(t)).strip() in toks

    return all((not has(t[1])) if isinstance(t, tuple) and t[0] == "-" else has(t) for t in query)


CORPORA = {
    "a": [
        (
            "p1",
            (
                "Vélo en ville : les pistes cyclables de Lyon",
                "Cycling in town: the bike lanes of Lyon",
            ),
            (
                "Lyon ouvre de nouvelles pistes cyclables et des parkings vélo près des gares.",
                "Lyon opens new bike lanes and bike parking near the stations.",
            ),
        ),
        (
            "p2",
            ("Louer un vélo à Lyon", "Renting a bike in Lyon"),
            (
                "Location de vélo électrique à la journée, tarifs et points de retrait.",
                "Daily electric bike rental, prices and pick-up points.",
            ),
        ),
        (
            "p3",
            ("Train et vélo : voyager avec son vélo", "Train and bike: travelling with your bike"),
            (
                "Dans le train, le vélo voyage gratuitement s’il est plié.",
                "On the train, a bike travels free if it is folded.",
            ),
        ),
        (
            "p4",
            ("Marseille : nouvelles pistes cyclables", "Marseille: new bike lanes"),
            (
                "Marseille trace des pistes cyclables sur le port, sans parking vélo.",
                "Marseille builds bike lanes along the port, with no bike parking.",
            ),
        ),
        (
            "p5",
            ("Réparer son vélo électrique", "Repairing your electric bike"),
            (
                "Batterie, freins : les conseils d’un atelier de Lyon.",
                "Battery, brakes: tips from a Lyon workshop.",
            ),
        ),
        (
            "p6",
            ("Trottinettes à Lyon : la fin de la location", "Scooters in Lyon: the end of rentals"),
            ("La location de trottinettes s’arrête fin juin.", "Scooter rental ends in late June."),
        ),
    ],
    "b": [
        (
            "p1",
            ("Compost en appartement", "Composting in a flat"),
            (
                "Un lombricomposteur sur le balcon transforme les épluchures en compost.",
                "A worm bin on the balcony turns peelings into compost.",
            ),
        ),
        (
            "p2",
            ("Jardin partagé : le compost collectif", "Shared garden: the community compost"),
            (
                "Le tas de compost du jardin partagé accueille les déchets du quartier.",
                "The shared garden's compost heap takes the neighbourhood's waste.",
            ),
        ),
        (
            "p3",
            ("Engrais naturels pour le potager", "Natural fertilisers for the vegetable patch"),
            (
                "Purin d’ortie et compost : deux engrais gratuits.",
                "Nettle tea and compost: two free fertilisers.",
            ),
        ),
        (
            "p4",
            ("Déchets verts : la collecte en porte à porte", "Green waste: kerbside collection"),
            (
                "La commune collecte les déchets verts chaque lundi ; pas de compost fourni.",
                "The town collects green waste every Monday; no compost supplied.",
            ),
        ),
        (
            "p5",
            (
                "Balcon fleuri sans engrais chimique",
                "A flowering balcony without chemical fertiliser",
            ),
            (
                "Fleurs, terreau et un peu de compost maison.",
                "Flowers, potting soil and a little home compost.",
            ),
        ),
        (
            "p6",
            (
                "Atelier lombricompostage au jardin partagé",
                "Worm-composting workshop at the shared garden",
            ),
            (
                "Samedi, apprenez à fabriquer un lombricomposteur.",
                "On Saturday, learn to build a worm bin.",
            ),
        ),
    ],
}
QUERIES = {
    # family f22 (corpus a): number of pages
    "a1": ("a", (["lyon", "velo"], ["lyon", "bike"])),
    "a2": (
        "a",
        (
            [('"', "pistes cyclables"), ("-", "marseille")],
            [('"', "bike lanes"), ("-", "marseille")],
        ),
    ),
    "a3": (
        "a",
        (
            [("or", ["lyon", "marseille"]), ("-", "location")],
            [("or", ["lyon", "marseille"]), ("-", "rental")],
        ),
    ),
    "a4": ("a", ([('"', "velo electrique")], [('"', "electric bike")])),
    "a5": ("a", (["velo", ("-", "electrique")], ["bike", ("-", "electric")])),
    "a7": ("a", (["lyon", ("-", "velo")], ["lyon", ("-", "bike")])),
    "a6": ("a", ([("or", ["marseille", "trottinettes"])], [("or", ["marseille", "scooters"])])),
    # family f23 (corpus b): which pages
    "b1": (
        "b",
        ([("or", ["balcon", "appartement"]), "compost"], [("or", ["balcony", "flat"]), "compost"]),
    ),
    "b2": (
        "b",
        (
            [('"', "jardin partage"), ("-", "lombricomposteur")],
            [('"', "shared garden"), ("-", "bin")],
        ),
    ),
    "b3": (
        "b",
        (
            [("or", ["engrais", "compost"]), ("-", "balcon"), ("-", "commune")],
            [("or", ["fertiliser", "compost"]), ("-", "balcony"), ("-", "town")],
        ),
    ),
    "b5": ("b", ([("or", ["atelier", "collecte"])], [("or", ["workshop", "collection"])])),
    "b6": ("b", ([("or", ["balcon", "potager"])], [("or", ["balcony", "vegetable"])])),
    "b4": (
        "b",
        (
            [("or", ["compost", "lombricomposteur"]), ("-", '"jardin partage"')],
            [("or", ["compost", "bin"]), ("-", '"shared garden"')],
        ),
    ),
}
for key, corpus in CORPORA.items():
    for i, lang in enumerate(LANGS):
        arts = "".join(
            f"<article><h2>{html.escape(t[i])}</h2><p>{html.escape(b[i])}</p>"
            f"<p><small>{('page', 'page')[i]} {pid[1:]}</small></p></article>"
            for pid, t, b in corpus
        )
        write(
            f"corpus-{key}-{lang}.html",
            page(
                lang,
                "corpus",
                f"<h1>{('Pages indexées par le moteur du site', 'Pages indexed by the site search engine')[i]}</h1>{arts}",
            ),
        )
for qk, (ck, qs) in QUERIES.items():
    res = []
    for i, q in enumerate(qs):
        ql = [
            ("-", ('"', t[1][1:-1]))
            if isinstance(t, tuple) and t[0] == "-" and t[1].startswith('"')
            else t
            for t in q
        ]
        res.append([pid for pid, t, b in CORPORA[ck] if matches(ql, t[i] + " " + b[i])])
    assert res[0] == res[1], (qk, res)
    print("query", qk, res[0])


# f24 — an article that distorts the study it cites (level 7)
STUDIES = {
    "a": (
        [
            (
                "Étude menée en 2026 auprès de 1 500 personnes de 15 à 24 ans.",
                "Study carried out in 2026 with 1,500 people aged 15 to 24.",
            ),
            (
                "41 % déclarent s’informer d’abord par les réseaux sociaux.",
                "41% say they get their news mainly from social media.",
            ),
            ("Ce chiffre était de 35 % en 2023.", "The figure was 35% in 2023."),
            (
                "27 % disent vérifier une information douteuse avant de la partager.",
                "27% say they check doubtful news before sharing it.",
            ),
        ],
        [
            (
                "t1",
                (
                    "Une enquête menée cette année a interrogé 1 500 jeunes.",
                    "A survey carried out this year questioned 1,500 young people.",
                ),
            ),
            (
                "t2",
                (
                    "Résultat : 41 % des Français s’informent d’abord sur les réseaux sociaux.",
                    "Result: 41% of French people get their news mainly from social media.",
                ),
            ),
            (
                "t3",
                ("C’est six points de plus qu’en 2023.", "That is six points more than in 2023."),
            ),
            (
                "t4",
                (
                    "Un peu plus d’un quart vérifient avant de partager.",
                    "Just over a quarter check before sharing.",
                ),
            ),
        ],
        "t2",
    ),
    "b": (
        [
            ("Suivi de 800 adultes pendant deux ans.", "800 adults followed for two years."),
            (
                "Ceux qui marchent plus de 30 minutes par jour dorment en moyenne 20 minutes de plus.",
                "Those who walk more than 30 minutes a day sleep 20 minutes longer on average.",
            ),
            (
                "L’étude observe une association ; elle ne permet pas de conclure à une cause.",
                "The study observes an association; it does not show a cause.",
            ),
            ("Financement : fonds public de recherche.", "Funding: public research fund."),
        ],
        [
            (
                "t3",
                (
                    "Des chercheurs ont suivi 800 adultes pendant deux ans.",
                    "Researchers followed 800 adults for two years.",
                ),
            ),
            (
                "t1",
                (
                    "Ceux qui marchent plus d’une demi-heure par jour dorment 20 minutes de plus.",
                    "Those who walk more than half an hour a day sleep 20 minutes longer.",
                ),
            ),
            (
                "t4",
                (
                    "La preuve que la marche fait mieux dormir.",
                    "Proof that walking makes you sleep better.",
                ),
            ),
            (
                "t2",
                (
                    "L’étude a été financée par un fonds public.",
                    "The study was funded by a public fund.",
                ),
            ),
        ],
        "t4",
    ),
    "c": (
        [
            (
                "Enquête auprès de 2 000 foyers de la région Grand Est.",
                "Survey of 2,000 households in the Grand Est region.",
            ),
            (
                "18 % ont changé de fournisseur d’accès à Internet en 2025.",
                "18% changed internet provider in 2025.",
            ),
            (
                "Motif principal : le prix (62 % de ceux qui ont changé).",
                "Main reason: price (62% of those who changed).",
            ),
            ("Marge d’erreur : ± 2 points.", "Margin of error: ± 2 points."),
        ],
        [
            (
                "t2",
                (
                    "Une enquête a interrogé 2 000 foyers du Grand Est.",
                    "A survey questioned 2,000 households in the Grand Est.",
                ),
            ),
            (
                "t4",
                (
                    "18 % d’entre eux ont changé de fournisseur d’accès en 2025.",
                    "18% of them changed internet provider in 2025.",
                ),
            ),
            (
                "t1",
                (
                    "Pour 62 % des foyers de la région, le prix est le premier critère.",
                    "For 62% of households in the region, price is the first criterion.",
                ),
            ),
            ("t3", ("La marge d’erreur est de deux points.", "The margin of error is two points.")),
        ],
        "t1",
    ),
    "d": (
        [
            (
                "Test de 12 applications de rappel de médicaments, en mars 2026.",
                "Test of 12 medication reminder apps, in March 2026.",
            ),
            (
                "3 applications envoient des données de santé à des tiers sans le dire clairement.",
                "3 apps send health data to third parties without saying so clearly.",
            ),
            (
                "Les 9 autres ne partagent aucune donnée de santé.",
                "The other 9 share no health data.",
            ),
            ("Le rapport ne nomme pas les applications.", "The report does not name the apps."),
        ],
        [
            (
                "t4",
                (
                    "Une association a testé 12 applications de rappel de médicaments.",
                    "An association tested 12 medication reminder apps.",
                ),
            ),
            (
                "t1",
                (
                    "Un quart d’entre elles envoient des données de santé à des tiers.",
                    "A quarter of them send health data to third parties.",
                ),
            ),
            (
                "t3",
                (
                    "Les trois quarts ne partagent aucune donnée de santé.",
                    "Three quarters share no health data.",
                ),
            ),
            (
                "t2",
                (
                    "Le rapport cite les noms des applications en cause.",
                    "The report names the apps concerned.",
                ),
            ),
        ],
        "t2",
    ),
}
for key, (study, article, _t) in STUDIES.items():
    for i, lang in enumerate(LANGS):
        lis = "".join(f"<li>{html.escape(s[i])}</li>" for s in study)
        write(
            f"study-{key}-{lang}.html",
            page(
                lang,
                "study",
                f"<h1>{('Résumé de l’étude', 'Study abstract')[i]}</h1><ul>{lis}</ul>",
            ),
        )
        ps = " ".join(f'<span data-pick="{k}">{html.escape(s[i])}</span>' for k, s in article)
        write(
            f"report-{key}-{lang}.html",
            page(
                lang, "article", f"<h1>{('Article de presse', 'News article')[i]}</h1><p>{ps}</p>"
            ),
        )

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
for key, ups in UPLOADS.items():
    from datetime import datetime, timedelta

    def utc(d: str, z: str) -> datetime:
        off = 0 if z == "UTC" else int(z[3:].replace("−", "-"))
        return datetime.strptime(d, "%d/%m/%Y %H:%M") - timedelta(hours=off)

    first = min(ups, key=lambda u: utc(u[1], u[2]))
    order = sorted(ups, key=lambda u: utc(u[1], u[2]))
    print("uploads", key, first[0], [(u[0], utc(u[1], u[2]).strftime("%d %H:%M")) for u in order])
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
