# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module image_print (f_print_size, f_effective_dpi): each writes its material
under assessment/items/3.2/material/ and adds its family to the bank B; keys are computed and
printed.
"""

from __future__ import annotations

from _itemkit import svg_panel

from .kit import B, meta


def f_print_size() -> None:
    cases = {
        "a": (3000, 2000, 300),
        "b": (2480, 3508, 200),
        "c": (1800, 1200, 150),
        "d": (4200, 2800, 300),
        "e": (3600, 2400, 240),
    }
    variants = []
    for key, (w, h, dpi) in cases.items():
        cm = round(w / dpi * 2.54, 2)
        for lang, title, lines in (
            (
                "fr",
                "Propriétés de l’image",
                [f"Dimensions : {w} × {h} px", f"Résolution : {dpi} ppp", "Format : TIFF"],
            ),
            (
                "en",
                "Image properties",
                [f"Dimensions: {w} × {h} px", f"Resolution: {dpi} dpi", "Format: TIFF"],
            ),
        ):
            B.write(
                f"printprops-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang)
            )
        variants.append({"key": key, "set": key, "w": w, "h": h, "dpi": dpi, "cm": cm})
        print("print size", key, cm)
    B.family(
        "f-3.2-c4d526bd",
        "taille-impression",
        4,
        "image-editing",
        "number",
        meta(150),
        enemies=["c-3.2-print-resolution-01"],
        material=[
            B.mat(
                "props",
                "printprops-{{set}}",
                "svg",
                "Propriétés d’une image : {{w}} × {{h}} pixels, résolution {{dpi}} ppp, format TIFF.",
                "Properties of an image: {{w}} × {{h}} pixels, resolution {{dpi}} dpi, TIFF format.",
            )
        ],
        fr_={
            "statement": "Imprimée à la résolution indiquée dans ses propriétés, quelle largeur aura cette image, en centimètres ? (1 pouce = 2,54 cm)"
        },
        en_={
            "statement": "Printed at the resolution shown in its properties, how wide will this image be, in centimetres? (1 inch = 2.54 cm)"
        },
        solution={"value": "{{cm}}", "unit": "cm", "tolerance": 0.1},
        variants=variants,
    )


def f_effective_dpi() -> None:
    cases = {
        "a": (2400, 1600, 25.4),
        "b": (3000, 2000, 30),
        "c": (1800, 1200, 30.48),
        "d": (2000, 1500, 25),
        "e": (4000, 3000, 50.8),
    }
    variants = []
    for key, (w, h, cm) in cases.items():
        dpi = round(w / (cm / 2.54), 1)
        cm_fr = f"{cm:g}".replace(".", ",")
        for lang, title, lines in (
            (
                "fr",
                "Imprimer",
                [
                    f"Image : {w} × {h} px",
                    f"Largeur imprimée : {cm_fr} cm",
                    "Mise à l’échelle : ajuster à la largeur",
                ],
            ),
            (
                "en",
                "Print",
                [
                    f"Image: {w} × {h} px",
                    f"Printed width: {cm:g} cm",
                    "Scaling: fit to width",
                ],
            ),
        ):
            B.write(
                f"printdlg-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang)
            )
        variants.append(
            {
                "key": key,
                "set": key,
                "w": w,
                "h": h,
                "cm": {"fr": cm_fr, "en": f"{cm:g}"},
                "dpi": dpi,
            }
        )
        print("effective dpi", key, dpi)
    B.family(
        "f-3.2-004ee94b",
        "resolution-effective",
        6,
        "image-editing",
        "number",
        meta(180),
        enemies=["f-3.2-c4d526bd", "c-3.2-print-resolution-01"],
        material=[
            B.mat(
                "dialog",
                "printdlg-{{set}}",
                "svg",
                "Boîte d’impression : image de {{w}} × {{h}} pixels, largeur imprimée {{cm}} cm, ajustée à la largeur.",
                "Print dialog: image of {{w}} × {{h}} pixels, printed width {{cm}} cm, fit to width.",
            )
        ],
        fr_={
            "statement": "Avec ces réglages d’impression, quelle sera la résolution effective de l’image, en points par pouce (ppp) ? (1 pouce = 2,54 cm)"
        },
        en_={
            "statement": "With these print settings, what will the effective resolution of the image be, in dots per inch (dpi)? (1 inch = 2.54 cm)"
        },
        solution={"value": "{{dpi}}", "unit": "dpi", "tolerance": 2},
        variants=variants,
    )
