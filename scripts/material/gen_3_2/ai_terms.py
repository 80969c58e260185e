# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module ai_terms (f_generator_terms, f_manifest): each writes its material under
assessment/items/3.2/material/ and adds its family to the bank B; keys are computed and printed.
"""

from __future__ import annotations

from _itemkit import fr, svg_panel

from .kit import B, meta


def f_generator_terms() -> None:
    props_fr = [
        "Oui, librement, sans aucune mention",
        "Oui, avec la mention « Image générée par IA »",
        "Non, les conditions de ce forfait l’interdisent",
        "Oui, en citant le nom de l’outil",
    ]
    props_en = [
        "Yes, freely, with no mention at all",
        "Yes, with the mention “AI-generated image”",
        "No, the terms of this plan forbid it",
        "Yes, by citing the name of the tool",
    ]
    cases = {
        "a": (
            [
                "Usage commercial : autorisé",
                "Mention obligatoire : « Image générée par IA »",
                "Revente des images seules : interdite",
            ],
            [
                "Commercial use: allowed",
                "Required mention: “AI-generated image”",
                "Reselling the images alone: forbidden",
            ],
            1,
        ),
        "b": (
            [
                "Usage commercial : interdit (forfait Pro requis)",
                "Mention obligatoire : aucune",
                "Usage personnel : autorisé",
            ],
            [
                "Commercial use: forbidden (Pro plan required)",
                "Required mention: none",
                "Personal use: allowed",
            ],
            2,
        ),
        "c": (
            [
                "Usage commercial : autorisé",
                "Mention obligatoire : aucune",
                "Images d’une personne réelle : interdites",
            ],
            [
                "Commercial use: allowed",
                "Required mention: none",
                "Pictures of a real person: forbidden",
            ],
            0,
        ),
        "d": (
            [
                "Usage commercial : autorisé",
                "Mention obligatoire : « Créé avec PixelForge »",
                "Revente des images seules : interdite",
            ],
            [
                "Commercial use: allowed",
                "Required mention: “Made with PixelForge”",
                "Reselling the images alone: forbidden",
            ],
            3,
        ),
        "e": (
            [
                "Usage commercial : interdit sur le forfait gratuit",
                "Mention obligatoire : « Image générée par IA »",
                "Usage scolaire : autorisé",
            ],
            [
                "Commercial use: forbidden on the free plan",
                "Required mention: “AI-generated image”",
                "School use: allowed",
            ],
            2,
        ),
    }
    variants = []
    for key, (lfr, len_, sol) in cases.items():
        B.write(
            f"terms-{key}-fr.svg",
            svg_panel("Conditions de votre forfait gratuit", [(t, None) for t in lfr], "fr"),
        )
        B.write(
            f"terms-{key}-en.svg",
            svg_panel("Terms of your free plan", [(t, None) for t in len_], "en"),
        )
        v: dict[str, object] = {
            "key": key,
            "set": key,
            "terms": {"fr": fr(" ; ".join(lfr)), "en": "; ".join(len_)},
        }
        if sol != 1:
            v["solution"] = sol
        variants.append(v)
        print("terms", key, sol)
    B.family(
        "f-3.2-a64f0771",
        "generateur-conditions-usage",
        5,
        "ai-generated-media",
        "single_choice",
        meta(120),
        material=[
            B.mat(
                "terms",
                "terms-{{set}}",
                "svg",
                "Conditions d’utilisation du forfait gratuit d’un générateur d’images : {{terms}}.",
                "Terms of use of an image generator's free plan: {{terms}}.",
            )
        ],
        fr_={
            "statement": "Avec le forfait gratuit de ce générateur d’images, vous avez créé une illustration. La boulangerie où vous travaillez veut l’imprimer sur ses flyers publicitaires. D’après les conditions affichées, est-ce possible ?",
            "proposals": props_fr,
        },
        en_={
            "statement": "With this image generator's free plan, you created an illustration. The bakery you work for wants to print it on its advertising flyers. According to the terms shown, is this possible?",
            "proposals": props_en,
        },
        solution=1,
        variants=variants,
    )


def f_manifest() -> None:
    gen = "http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia"
    comp = "http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia"
    cap = "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"
    cases = {
        "a": [
            ("c2pa.created", cap, "Fotia X200 firmware 3.1"),
            ("c2pa.cropped", None, "PhotoLab 12"),
            ("c2pa.edited", comp, "PhotoLab 12"),
            ("c2pa.color_adjustments", None, "PhotoLab 12"),
        ],
        "b": [
            ("c2pa.created", gen, "DreamCanvas 4"),
            ("c2pa.resized", None, "DreamCanvas 4"),
            ("c2pa.converted", None, "WebExport 2"),
        ],
        "c": [
            ("c2pa.opened", None, "PhotoLab 12"),
            ("c2pa.color_adjustments", None, "PhotoLab 12"),
            ("c2pa.placed", comp, "PhotoLab 12"),
            ("c2pa.resized", None, "PhotoLab 12"),
        ],
        "d": [
            ("c2pa.created", cap, "Lumio phone camera"),
            ("c2pa.filtered", None, "SnapEdit 5"),
            ("c2pa.edited", comp, "SnapEdit 5"),
            ("c2pa.cropped", None, "SnapEdit 5"),
        ],
        "e": [
            ("c2pa.opened", None, "Atelier 9"),
            ("c2pa.created", gen, "Atelier 9"),
            ("c2pa.resized", None, "Atelier 9"),
        ],
    }
    variants = []
    for key, actions in cases.items():
        lines = [
            "{",
            '  "claim_generator": "ProvenanceKit/2.0",',
            '  "assertions": [',
            '    {"label": "c2pa.actions", "data": {"actions": [',
        ]
        target = None
        for n, (act, src, agent) in enumerate(actions):
            comma = "," if n < len(actions) - 1 else ""
            lines.append(f'      {{"action": "{act}",')
            lines.append(f'       "softwareAgent": "{agent}"' + ("," if src else f"}}{comma}"))
            if src:
                lines.append(f'       "digitalSourceType": "{src}"}}{comma}')
                if src != cap:
                    target = f"L{len(lines)}"
        lines += ["    ]}}", "  ]", "}", ""]
        assert target
        B.write(f"manifest-{key}.txt", "\n".join(lines))
        variants.append({"key": key, "set": key, "target": target, "n": len(lines) - 1})
        print("manifest", key, target)
    B.family(
        "f-3.2-c7ecb0c6",
        "manifeste-provenance-ia",
        7,
        "ai-generated-media",
        "pick",
        meta(240, phone=False, tied=True, review_by="2028-12-31"),
        enemies=["f-3.2-d1c44914"],
        material=[
            B.mat(
                "manifest",
                "manifest-{{set}}",
                "txt",
                "Manifeste de provenance (C2PA) d’une image, {{n}} lignes de JSON : la liste des actions effectuées sur l’image, avec le logiciel et parfois le type de source numérique.",
                "The provenance (C2PA) manifest of a picture, {{n}} lines of JSON: the list of actions performed on the picture, with the software and sometimes the digital source type.",
                shared=True,
            )
        ],
        fr_={
            "statement": "Ce manifeste de provenance accompagne une image publiée comme « photo ». Sélectionnez la ligne qui montre que tout ou partie de l’image a été produite par une IA générative."
        },
        en_={
            "statement": "This provenance manifest comes with a picture published as a “photo”. Select the line that shows that all or part of the picture was produced by generative AI."
        },
        solution={"material": "manifest", "accepted": ["{{target}}"]},
        variants=variants,
    )
