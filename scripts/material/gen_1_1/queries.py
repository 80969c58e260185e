# ruff: noqa: E501 — the material texts are data tables, kept one entry per line
"""1.1 material on search operators: which pages a query returns (f22, f23); the matcher and the
corpora.
"""

from __future__ import annotations

import html

from .kit import LANGS, page, write


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


def build_queries() -> None:
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
