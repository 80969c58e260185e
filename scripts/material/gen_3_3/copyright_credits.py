# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module copyright_credits (c_credit): each writes its material under
assessment/items/3.3/material/ and adds its family to the bank B; keys are computed and printed.
"""

from __future__ import annotations

from .kit import both, list_variants, pick_family


def c_credit() -> None:
    people = {
        "a": ("Inès Caradec", "Marché couvert", "Covered market"),
        "b": ("Yanis Ferhat", "Pont de pierre", "Stone bridge"),
        "c": ("Maëlle Guivarch", "Vieux gréement", "Old rigger"),
        "d": ("Rémi Sabatier", "Vendanges", "Grape harvest"),
        "e": ("Clara Nguyen-Bach", "Toits de zinc", "Zinc roofs"),
    }
    order = {
        "a": [0, 1, 2, 3, 4],
        "b": [1, 0, 3, 4, 2],
        "c": [3, 2, 0, 1, 4],
        "d": [4, 3, 1, 0, 2],
        "e": [2, 4, 3, 1, 0],
    }
    variants = []
    for key, (name, t_fr, t_en) in people.items():
        lines = [
            (
                f"Photo : {name}, « {t_fr} », licence CC BY 4.0, via la photothèque Commons",
                f"Photo: {name}, “{t_en}”, CC BY 4.0 licence, via the Commons photo library",
            ),
            (
                "Photo : image libre de droits trouvée sur Internet",
                "Photo: royalty-free picture found on the Internet",
            ),
            (
                f"Photo : « {t_fr} », licence CC BY 4.0, via la photothèque Commons",
                f"Photo: “{t_en}”, CC BY 4.0 licence, via the Commons photo library",
            ),
            (
                f"Photo : {name}, « {t_fr} », via la photothèque Commons",
                f"Photo: {name}, “{t_en}”, via the Commons photo library",
            ),
            (
                f"Photo : © photothèque Commons, « {t_fr} »",
                f"Photo: © Commons photo library, “{t_en}”",
            ),
        ]
        entries = [lines[i] for i in order[key]]
        cases = {key: (entries, order[key].index(0), {"name": name, "title": both(t_fr, t_en)})}
        variants += list_variants("credit", ("Crédits proposés", "Proposed credits"), cases)
    pick_family(
        "f-3.3-4c452236",
        "credit-licence-cc-by",
        4,
        "copyright",
        120,
        "credit-{{set}}",
        "Cinq lignes de crédit proposées pour une photo : {{items}}.",
        "Five credit lines proposed for a photo: {{items}}.",
        "La photo « {{title}} » de {{name}} est publiée sous licence CC BY 4.0 dans la photothèque Commons. Vous l’utilisez dans le bulletin municipal. Sélectionnez le seul crédit qui respecte les conditions de cette licence.",
        "The photo “{{title}}” by {{name}} is published under the CC BY 4.0 licence in the Commons photo library. You use it in the town newsletter. Select the only credit that meets the terms of this licence.",
        variants,
        tied=True,
        review_by="2028-12-31",
    )
