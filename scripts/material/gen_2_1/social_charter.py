"""2.1 families of module social_charter (f_charter, f_engagement): each writes its material under
assessment/items/2.1/material/ and adds its family to FAMILIES.
"""

from __future__ import annotations

from bankgen import en_block, esc, family, fr_block, material, meta, write_text

from .kit import MAT, add, page


def f_charter() -> None:
    charter_fr = (
        "Charte du groupe : 1. Pas de publicité ni de vente. 2. Pas d'informations personnelles"
        " sur d'autres personnes (adresse, téléphone…). 3. Critiquer les idées, pas les"
        " personnes. 4. Les débats vifs sont permis."
    )
    charter_en = (
        "Group charter: 1. No advertising or selling. 2. No personal information about other"
        " people (address, phone…). 3. Criticise ideas, not people. 4. Lively debates are"
        " allowed."
    )
    comments = {
        "a": (
            [
                (
                    (
                        "Je ne suis pas du tout d'accord avec ce projet de parking, il va"
                        " détruire le parc."
                    ),
                    "I totally disagree with this car park project, it will destroy the park.",
                ),
                (
                    "Le parc est déjà mal entretenu, un parking serait plus utile.",
                    "The park is already poorly kept, a car park would be more useful.",
                ),
                (
                    (
                        "Celui qui a proposé ça habite au 12 rue des Ormes, allez lui dire ce que"
                        " vous en pensez."
                    ),
                    (
                        "The guy who suggested this lives at 12 rue des Ormes, go and tell him"
                        " what you think."
                    ),
                ),
                (
                    "Une réunion publique est prévue le 15, venez nombreux.",
                    "A public meeting is planned on the 15th, come along.",
                ),
            ],
            2,
        ),
        "b": (
            [
                (
                    "Ces horaires de bus sont absurdes, la ligne 4 ne sert à rien le soir.",
                    "These bus times are absurd, line 4 is useless in the evening.",
                ),
                (
                    "Je vends mon abonnement annuel à moitié prix, écrivez-moi en privé.",
                    "I'm selling my annual pass at half price, message me privately.",
                ),
                (
                    "D'accord, il faudrait un bus toutes les 20 minutes.",
                    "Agreed, we need a bus every 20 minutes.",
                ),
                (
                    "Le réseau a publié une enquête en ligne, répondez-y !",
                    "The network has put a survey online, answer it!",
                ),
            ],
            1,
        ),
        "c": (
            [
                (
                    "Ton argument ne tient pas : la piscine coûte moins cher que prévu.",
                    "Your argument doesn't hold: the pool costs less than planned.",
                ),
                (
                    (
                        "Voilà le numéro perso de la directrice de la piscine : 06 45 78 12 90,"
                        " harcelez-la !"
                    ),
                    "Here's the pool manager's personal number: 06 45 78 12 90, pester her!",
                ),
                (
                    "Les horaires d'ouverture du dimanche sont trop courts.",
                    "The Sunday opening hours are too short.",
                ),
                (
                    "Je trouve ce débat très animé mais utile.",
                    "I find this debate very heated but useful.",
                ),
            ],
            1,
        ),
        "d": (
            [
                (
                    "Ce marché de Noël est trop cher, je n'y vais plus.",
                    "This Christmas market is too expensive, I don't go any more.",
                ),
                (
                    "Les prix ont augmenté partout, ce n'est pas propre au marché.",
                    "Prices have gone up everywhere, it's not just the market.",
                ),
                (
                    "Franchement, vous êtes d'un ridicule, Monsieur Caron, comme d'habitude.",
                    "Honestly, you're being ridiculous, Mr Caron, as usual.",
                ),
                (
                    "Le marché pourrait ouvrir plus tard le soir.",
                    "The market could open later in the evening.",
                ),
            ],
            2,
        ),
    }
    variants = []
    for k, (items, want) in comments.items():
        for lang in ("fr", "en"):
            body = (
                f'<div class="msg">{esc(charter_fr if lang == "fr" else charter_en)}</div>'
                + "".join(
                    f'<div class="bubble them" data-pick="c{j + 1}"><span class="from">'
                    f"{'Membre' if lang == 'fr' else 'Member'}"
                    f" {j + 1}</span><br>{esc(t[0] if lang == 'fr' else t[1])}"
                    "</div>"
                    for j, t in enumerate(items)
                )
            )
            page(
                "moderation",
                k,
                lang,
                "Groupe « Vivre à Quimperlé »" if lang == "fr" else 'Group "Living in Quimperlé"',
                body,
            )
        variants.append({"key": k, "v": k, "target": f"c{want + 1}"})
    add(
        family(
            "f-2.1-962a3d81",
            "groupe-moderation-charte",
            6,
            "social-networks",
            "pick",
            fr_block(
                "Vous modérez ce groupe d'habitants sur un réseau social. D'après sa charte, un"
                " seul commentaire doit être retiré. Sélectionnez-le."
            ),
            en_block(
                "You moderate this residents' group on a social network. According to its"
                " charter, only one comment must be removed. Select it."
            ),
            {"material": "thread", "accepted": ["{{target}}"]},
            metadata=meta(180),
            mats=[
                material(
                    "thread",
                    "moderation",
                    "html",
                    "text/html",
                    "La charte d'un groupe d'habitants puis quatre commentaires de membres.",
                    "A residents' group charter then four members' comments.",
                )
            ],
            variants=variants,
        )
    )


def f_engagement() -> None:
    from bankgen import csv_text

    variants = []
    data = {
        "a": [(1200, 84), (3400, 136), (950, 95), (5100, 153), (2200, 110)],
        "b": [(800, 40), (4100, 246), (2500, 175), (6000, 240), (1500, 60)],
        "c": [(3000, 90), (1100, 99), (7200, 288), (2600, 182), (900, 45)],
        "d": [(2000, 120), (1800, 54), (4500, 360), (3900, 195), (5200, 364)],
    }
    for k, rows in data.items():
        rates = [i / r for r, i in rows]
        best = rates.index(max(rates))
        most = max(range(5), key=lambda j: rows[j][1])
        assert best != most, k
        assert sorted(rates)[-1] - sorted(rates)[-2] > 0.004, k
        fr = [["Publication", "Personnes atteintes", "Interactions"]] + [
            [f"Publication {j + 1}", r, i] for j, (r, i) in enumerate(rows)
        ]
        en = [["Post", "Reach", "Interactions"]] + [
            [f"Post {j + 1}", r, i] for j, (r, i) in enumerate(rows)
        ]
        write_text(MAT / f"statistiques-{k}-fr.csv", csv_text(fr, ";"))
        write_text(MAT / f"statistiques-{k}-en.csv", csv_text(en, ","))
        variants.append({"key": k, "v": k, "target": f"A{best + 2}"})
    add(
        family(
            "f-2.1-53c1a313",
            "reseau-taux-engagement",
            7,
            "social-networks",
            "pick",
            fr_block(
                "Ces statistiques sont celles des cinq dernières publications de la page de votre"
                " association. Le taux d'engagement est le nombre d'interactions divisé par le"
                " nombre de personnes atteintes. Sélectionnez la cellule du nom de la publication"
                " qui a le meilleur taux d'engagement."
            ),
            en_block(
                "These are the statistics of the last five posts of your association's page. The"
                " engagement rate is the number of interactions divided by the number of people"
                " reached. Select the cell with the name of the post that has the best engagement"
                " rate."
            ),
            {"material": "stats", "accepted": ["{{target}}"]},
            metadata=meta(300),
            mats=[
                material(
                    "stats",
                    "statistiques",
                    "csv",
                    "text/csv",
                    "Tableau de cinq publications : personnes atteintes et interactions.",
                    "A table of five posts: reach and interactions.",
                )
            ],
            variants=variants,
        )
    )
