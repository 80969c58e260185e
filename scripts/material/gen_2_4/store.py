"""2.4 material, module store: STORE, build_store, CHARTERS, build_charters, build_fees, SOURCES,
build_sources. Writes its pages under assessment/items/2.4/material/.
"""

from __future__ import annotations

from html import escape

from .kit import cards, write

# --- App store search results: pick the first result that is not an ad (store) ---
STORE = {
    "a": (
        "météo",
        "weather",
        [
            ("MétéoPlus Pro", True),
            ("Ciel & Vent", True),
            ("Météo Locale", False),
            ("Radar Pluie", False),
        ],
        "s3",
    ),
    "b": (
        "budget",
        "budget",
        [
            ("Budget Malin", False),
            ("Épargne Facile", True),
            ("Mes Comptes", False),
            ("Argent Zen", True),
        ],
        "s1",
    ),
    "c": (
        "randonnée",
        "hiking",
        [("Sentiers Pro", True), ("TrekMap", False), ("Balades 360", True), ("Carto Rando", False)],
        "s2",
    ),
    "d": (
        "traduction",
        "translation",
        [("Traduct+", True), ("LinguaVite", True), ("Parlez Tout", True), ("Dico Libre", False)],
        "s4",
    ),
}


def build_store() -> None:
    for key, (q_fr, q_en, apps, _target) in STORE.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = "Boutique d’applications – résultats" if fr else "App store – results"
            shown = f"« {q_fr} »" if fr else f"“{q_en}”"
            items = []
            for n, (name, ad) in enumerate(apps, 1):
                label = (
                    ('<div class="small">Annonce</div>' if fr else '<div class="small">Ad</div>')
                    if ad
                    else ""
                )
                dl = "Installer" if fr else "Install"
                items.append((f"s{n}", f"{label}<strong>{escape(name)}</strong> · {dl}"))
            write(f"store-{key}", loc, head, f"<h1>{head}</h1>\n<p>{shown}</p>\n" + cards(items))


# --- A school's or employer's charter on AI tools (charter) ---
CHARTERS = {
    "a": (
        "Lycée Condorcet – usage des outils d’IA",
        "Condorcet high school – use of AI tools",
        [
            (
                "Autorisé : demander à une IA d’expliquer une notion du cours.",
                "Allowed: asking an AI to explain a notion from the course.",
            ),
            (
                "Autorisé : faire corriger l’orthographe d’un devoir, en le signalant en fin de "
                "copie.",
                "Allowed: having a homework's spelling corrected, if you say so at the end of the "
                "paper.",
            ),
            (
                "Interdit : rendre un texte rédigé par une IA comme s’il était le vôtre.",
                "Forbidden: handing in a text written by an AI as if it were your own.",
            ),
            (
                "Interdit : saisir dans une IA des informations personnelles sur d’autres élèves.",
                "Forbidden: typing personal information about other pupils into an AI.",
            ),
        ],
    ),
    "b": (
        "Société Alvéa – charte IA des salariés",
        "Alvéa company – staff AI charter",
        [
            (
                "Autorisé : utiliser l’assistant IA fourni par l’entreprise pour résumer des "
                "documents internes.",
                "Allowed: using the company's AI assistant to summarise internal documents.",
            ),
            (
                "Interdit : coller des documents internes dans un service d’IA public.",
                "Forbidden: pasting internal documents into a public AI service.",
            ),
            (
                "Obligatoire : relire et vérifier tout texte produit par l’IA avant de l’envoyer à "
                "un client.",
                "Mandatory: reread and check any AI-produced text before sending it to a customer.",
            ),
            (
                "Interdit : utiliser une IA pour décider seule d’un recrutement.",
                "Forbidden: using an AI to decide on a hiring on its own.",
            ),
        ],
    ),
    "c": (
        "Association Les Jardins partagés – publications",
        "Shared Gardens association – publications",
        [
            (
                "Autorisé : illustrer les affiches avec des images générées par IA, avec la "
                "mention « image générée par IA ».",
                "Allowed: illustrating posters with AI-generated pictures, with the mention "
                '"AI-generated picture".',
            ),
            (
                "Interdit : publier des photos retouchées par IA de membres identifiables sans "
                "leur accord.",
                "Forbidden: publishing AI-edited photos of identifiable members without their "
                "consent.",
            ),
            (
                "Autorisé : faire traduire par une IA le programme des activités.",
                "Allowed: having an AI translate the activity programme.",
            ),
            (
                "Interdit : signer un texte écrit par une IA du nom d’un membre.",
                "Forbidden: signing an AI-written text with a member's name.",
            ),
        ],
    ),
}


def build_charters() -> None:
    for key, (t_fr, t_en, rules) in CHARTERS.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            title = t_fr if fr else t_en
            rows = "\n".join(
                f"<li>{escape(r_fr if fr else r_en, quote=False)}</li>" for r_fr, r_en in rules
            )
            write(f"charter-{key}", loc, title, f"<h1>{escape(title)}</h1>\n<ul>\n{rows}\n</ul>")


# --- A marketplace's fees for sellers (fees) ---
def build_fees() -> None:
    for loc in ("fr", "en"):
        fr = loc == "fr"
        head = "Marché+ – frais pour les vendeurs" if fr else "Marché+ – fees for sellers"
        rows = (
            [
                ("Commission sur le prix de vente (livraison comprise)", "12 %"),
                ("Frais fixes par commande", "0,50 €"),
                ("Abonnement mensuel (vendeur particulier)", "0 €"),
            ]
            if fr
            else [
                ("Commission on the sale price (delivery included)", "12%"),
                ("Fixed fee per order", "€0.50"),
                ("Monthly subscription (private seller)", "€0"),
            ]
        )
        body = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
        write("fees", loc, head, f"<h1>{head}</h1>\n<table>{body}</table>")


# --- An AI answer and the sources it offers: pick the one to check it against (sources) ---
SOURCES = {
    "a": (
        (
            "Quelle est la date limite pour m’inscrire sur les listes électorales ?",
            "What is the deadline to register on the electoral roll?",
        ),
        [
            (
                "forum-citoyens.net – « Je crois que c’est un mois avant »",
                'forum-citoyens.net – "I think it\'s a month before"',
            ),
            (
                "www.service-public.fr – Inscription sur les listes électorales",
                "www.service-public.fr – Registering on the electoral roll",
            ),
            (
                "blog-actu-politique.fr – Élections : ce qu’il faut savoir",
                "blog-actu-politique.fr – Elections: what you need to know",
            ),
            (
                "video-tuto.example – Tuto inscription en 2 minutes",
                "video-tuto.example – Registration tutorial in 2 minutes",
            ),
        ],
    ),
    "b": (
        (
            "Quelle dose de paracétamol pour un enfant de 20 kg ?",
            "What dose of paracetamol for a 20 kg child?",
        ),
        [
            (
                "parents-entraide.fr – « Moi je donne un demi-comprimé »",
                'parents-entraide.fr – "I give half a tablet"',
            ),
            (
                "sante-naturelle-blog.com – Les remèdes de grand-mère",
                "sante-naturelle-blog.com – Grandma's remedies",
            ),
            (
                "pharmacie-promo.example – Paracétamol au meilleur prix",
                "pharmacie-promo.example – Paracetamol at the best price",
            ),
            (
                "base-donnees-publique.medicaments.gouv.fr – Notice du médicament",
                "base-donnees-publique.medicaments.gouv.fr – Package leaflet of the medicine",
            ),
        ],
    ),
    "c": (
        ("Combien vais-je toucher de prime d’activité ?", "How much activity bonus will I get?"),
        [
            (
                "www.caf.fr – Simulateur de la prime d’activité",
                "www.caf.fr – Activity bonus simulator",
            ),
            (
                "forum-aides-sociales.net – « J’ai eu 200 € »",
                'forum-aides-sociales.net – "I got €200"',
            ),
            (
                "argent-malin-blog.fr – Toutes les aides en 2025",
                "argent-malin-blog.fr – All benefits in 2025",
            ),
            (
                "aide-dossiers-caf.example – Nous calculons pour vous (9,90 €)",
                "aide-dossiers-caf.example – We calculate for you (€9.90)",
            ),
        ],
    ),
    "d": (
        (
            "Faut-il un permis pour piloter un petit drone de loisir ?",
            "Do I need a licence to fly a small leisure drone?",
        ),
        [
            (
                "drone-passion-forum.net – « Jamais eu besoin de rien »",
                'drone-passion-forum.net – "Never needed anything"',
            ),
            (
                "boutique-drones.example – Nos drones sans formalités",
                "boutique-drones.example – Our drones with no formalities",
            ),
            (
                "www.ecologie.gouv.fr – Drones de loisir : la réglementation",
                "www.ecologie.gouv.fr – Leisure drones: the regulations",
            ),
            (
                "actu-high-tech.fr – Les 10 meilleurs drones",
                "actu-high-tech.fr – The 10 best drones",
            ),
        ],
    ),
}


def build_sources() -> None:
    for key, ((q_fr, q_en), rows) in SOURCES.items():
        for loc in ("fr", "en"):
            fr = loc == "fr"
            head = (
                "Assistant IA – réponse et sources" if fr else "AI assistant – answer and sources"
            )
            note = (
                "L’assistant donne une réponse chiffrée et précise, puis propose ces liens :"
                if fr
                else "The assistant gives a precise answer with figures, then offers these links:"
            )
            items = "\n".join(
                '<li><a href="#" '
                f'data-pick="q{n}">{escape(r_fr if fr else r_en, quote=False)}</a></li>'
                for n, (r_fr, r_en) in enumerate(rows, 1)
            )
            write(
                f"sources-{key}",
                loc,
                head,
                f"<h1>{head}</h1>\n<p><em>{escape(q_fr if fr else q_en, quote=False)}</em></p>\n"
                f"<p>{note}</p>\n"
                f"<ul>\n{items}\n</ul>",
            )
