"""The fifth variant (key e) of the 2.4 pages: adds an entry to the tables of the other modules
when imported (gen_2_4/__init__.py imports it before main runs). Writes nothing by itself.
"""

from __future__ import annotations

from .apps import APPS
from .credits import CREDITS, LOOKALIKE, MENUS, TERMS_SETS
from .results import ACCOUNT_ORDER, MARKET, PLANS, PROFILES
from .store import STORE
from .threads import PANELS, RECEIPTS, SPEEDS, THREADS

# --- Fifth variants ---
ACCOUNT_ORDER["e"] = ["l1", "l5", "l2", "l6", "l3", "l4"]
MENUS["e"] = [
    ("Ajouter aux favoris", "Add to favourites"),
    ("Voir moins de publications de ce type", "See fewer posts like this"),
    ("Copier le lien", "Copy link"),
    ("Signaler la publication à la modération", "Report post to moderators"),
    ("Masquer", "Hide"),
]
STORE["e"] = (
    "cuisine",
    "cooking",
    [
        ("Chef Express", True),
        ("Recettes Faciles", True),
        ("Marmiton Libre", True),
        ("Popote", False),
    ],
    "s4",
)
TERMS_SETS["e"] = ["t_ok3", "t_ok2", "t_lic", "t_ok1"]
PLANS["e"] = (
    "Forfait Mistral 200 Go",
    "Mistral 200 GB plan",
    ["ok3", "ok2", "ok1", "ok5", "bad_b"],
)
MARKET["e"] = (
    "Cafetière à piston",
    "French press coffee maker",
    [
        ("o1", "18,90", "CaféShop", "Marché+"),
        ("o2", "17,50", "Maison&Tasse", "Maison&Tasse"),
        ("o3", "21,00", "Marché+", "Marché+"),
        ("o4", "16,80", "Brûlerie Sud", "Brûlerie Sud"),
    ],
    "o3",
)
APPS["e"] = (
    "LinguaPop",
    [
        ("1 semaine", "1 week", "1,49"),
        ("1 mois", "1 month", "4,99"),
        ("3 mois", "3 months", "12,99"),
        ("1 an", "1 year", "54,99"),
    ],
)
SPEEDS["e"] = [
    ("Test général", "General test", [300, 250, 310]),
    ("Vidéo ClipVision", "ClipVision video", [290, 240, 300]),
    ("Stockage en ligne NuageLibre", "NuageLibre online storage", [3, 2, 3]),
    ("Site d’actualités", "News site", [280, 230, 295]),
]
CREDITS["e"] = [
    ("Photo : Agence Lumen", "Photo: Lumen agency"),
    ("Photo : club de voile", "Photo: sailing club"),
    ("Infographie : service graphique", "Infographic: graphics desk"),
    ("Portrait fictif créé par une IA générative", "Fictional portrait created by a generative AI"),
]
LOOKALIKE["e"] = (
    "Permis de conduire en ligne",
    "Driving licence online",
    [
        ("Suivez votre demande en temps réel.", "Track your application in real time."),
        ("Paiement en trois fois possible.", "Pay in three instalments."),
        ("Réponse sous 24 h par nos conseillers.", "Answer within 24 hours from our advisers."),
        (
            "Intermédiaire privé : nous transmettons votre dossier à l’administration "
            "contre 49 € de frais.",
            "Private intermediary: we send your file to the administration for a €49 fee.",
        ),
    ],
    "m4",
)
RECEIPTS["e"] = (
    "Demande de composteur individuel",
    "Home composter request",
    "CP-2027-11587",
    "15/03/2027",
    "15 March 2027",
    "une photo du jardin",
    "a photo of the garden",
)
PROFILES["e"] = (
    "Lina S.",
    [
        ("p1", "Dessine des mangas", "Draws manga"),
        ("p2", "Habite en Normandie", "Lives in Normandy"),
        ("p3", "Fan de course à pied", "Running fan"),
        (
            "p4",
            "Ma carte bancaire arrive à expiration, la voici en photo recto verso pour rire",
            "My bank card is about to expire, here it is photographed front and back for a laugh",
        ),
        ("p5", "Chat : Moka, 3 ans", "Cat: Moka, 3 years old"),
    ],
    "p4",
)

PANELS["e"] = ["me", "all", "fof", "fr", "fr"]
THREADS["e"] = (
    ("Un nouveau cinéma ouvre en centre-ville", "A new cinema opens in the town centre"),
    [
        (
            "k1",
            "Les fauteuils sont confortables mais les places sont chères.",
            "The seats are comfy but tickets are pricey.",
        ),
        (
            "k2",
            "Le caissier m’a mal parlé : voici son nom, son adresse et son numéro, allez lui dire "
            "ce que vous en pensez.",
            "The cashier was rude to me: here are his name, address and number, "
            "go and tell him what you think.",
        ),
        (
            "k3",
            "Programmation décevante, que des grosses productions.",
            "Disappointing programme, only blockbusters.",
        ),
        (
            "k4",
            "Le parking est trop petit le samedi soir.",
            "The car park is too small on Saturday nights.",
        ),
    ],
    "k2",
)
