"""1.1 material of results pages: the first result that is not an advertisement (f1), the official
site among look-alikes (f9).
"""

from __future__ import annotations

from .kit import LANGS, serp, tr

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


def build_ads() -> None:
    for key, ((qfr, qen), rows) in ADS_PAGES.items():
        full = [(r[0], r[1], r[2], r[3], r[4], "") for r in rows]
        for lang, q in (("fr", qfr), ("en", qen)):
            serp(f"ads-{key}-{lang}.html", lang, q, tr(full, lang))
        print("ads", key, next(r[0] for r in rows if not r[1]))


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


def build_official() -> None:
    for key, (name, rows) in OFFICIAL.items():
        full = [(r[0], False, r[2], r[1], ("", ""), "") for r in rows]
        for lang in LANGS:
            serp(f"official-{key}-{lang}.html", lang, name, tr(full, lang))
