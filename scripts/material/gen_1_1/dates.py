# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.1 material on dates: the most recent result (f7), the date of last update of an article (f5)."""

from __future__ import annotations

import html

from .kit import LANGS, page, serp, tr, write

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


def build_dated() -> None:
    for key, ((qfr, qen), rows) in DATED.items():
        full = [(r[0], False, r[2], r[1], ("", ""), r[3]) for r in rows]
        for lang, q in (("fr", qfr), ("en", qen)):
            serp(f"dated-{key}-{lang}.html", lang, q, tr(full, lang))


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


def build_articles() -> None:
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
