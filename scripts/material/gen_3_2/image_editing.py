# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module image_editing (f_orientation, f_history, f_resize, f_crop_ratio): each
writes its material under assessment/items/3.2/material/ and adds its family to the bank B; keys
are computed and printed.
"""

from __future__ import annotations

from _itemkit import svg_panel

from .kit import B, meta, table_html

# ---------------------------------------------------------------- image editing


def f_orientation() -> None:
    sets = {
        "a": [
            ("IMG_2041.jpg", 4032, 3024),
            ("IMG_2042.jpg", 4000, 3000),
            ("IMG_2047.jpg", 3024, 4032),
            ("IMG_2050.jpg", 3000, 3000),
        ],
        "b": [
            ("plage.jpg", 2448, 3264),
            ("dune.jpg", 3264, 2448),
            ("phare.jpg", 3000, 3000),
            ("port.jpg", 4608, 3456),
        ],
        "c": [
            ("DSC_0110.jpg", 6000, 4000),
            ("DSC_0111.jpg", 5000, 5000),
            ("DSC_0112.jpg", 6000, 3376),
            ("DSC_0115.jpg", 4000, 6000),
        ],
        "d": [
            ("mariage-01.jpg", 5472, 3648),
            ("mariage-02.jpg", 5472, 3078),
            ("mariage-03.jpg", 3648, 3648),
            ("mariage-04.jpg", 3648, 5472),
        ],
        "e": [
            ("sortie-1.jpg", 1920, 1080),
            ("sortie-2.jpg", 1080, 1350),
            ("sortie-3.jpg", 1080, 1080),
            ("sortie-4.jpg", 1350, 1080),
        ],
    }
    variants = []
    for key, photos in sets.items():
        picks = [f"p{i + 1}" for i in range(len(photos))]
        target = next(p for p, (_, w, h) in zip(picks, photos, strict=True) if h > w)
        for lang, title, hd in (
            ("fr", "Dossier Photos", ["Fichier", "Largeur (px)", "Hauteur (px)"]),
            ("en", "Photos folder", ["File", "Width (px)", "Height (px)"]),
        ):
            rows = [[n, f"{w}", f"{h}"] for n, w, h in photos]
            B.write(f"photos-{key}-{lang}.html", table_html(lang, title, hd, rows, picks))
        listing = ", ".join(f"{n} ({w} × {h})" for n, w, h in photos)
        variants.append({"key": key, "set": key, "target": target, "list": listing})
        print("orientation", key, target)
    B.family(
        "f-3.2-970dfcc7",
        "photo-orientation",
        1,
        "image-editing",
        "pick",
        meta(60),
        material=[
            B.mat(
                "photos",
                "photos-{{set}}",
                "html",
                "Liste de quatre photos avec leurs dimensions en pixels : {{list}}.",
                "A list of four photos with their size in pixels: {{list}}.",
            )
        ],
        fr_={
            "statement": "Vous voulez imprimer un marque-page vertical, plus haut que large, sans déformer ni trop recadrer la photo. Sélectionnez la seule photo prise en orientation portrait."
        },
        en_={
            "statement": "You want to print a vertical bookmark, taller than wide, without distorting or heavily cropping the photo. Select the only photo taken in portrait orientation."
        },
        solution={"material": "photos", "accepted": ["{{target}}"]},
        variants=variants,
    )


def f_history() -> None:
    steps_fr = {
        "open": "Ouverture du fichier",
        "crop": "Recadrage (bord gauche supprimé)",
        "rot": "Rotation de 90° vers la droite",
        "dark": "Luminosité −35",
        "bw": "Désaturation (noir et blanc)",
        "sharp": "Netteté +15",
        "text": "Ajout du texte « Bon anniversaire »",
        "resize": "Redimensionnement à 1600 px de large",
        "bright": "Luminosité +10",
    }
    steps_en = {
        "open": "File opened",
        "crop": "Crop (left edge removed)",
        "rot": "Rotate 90° clockwise",
        "dark": "Brightness −35",
        "bw": "Desaturate (black and white)",
        "sharp": "Sharpen +15",
        "text": "Text added: “Happy birthday”",
        "resize": "Resize to 1600 px wide",
        "bright": "Brightness +10",
    }
    cases = {
        "a": (
            ["open", "crop", "bright", "text", "dark", "resize"],
            "dark",
            "est devenue trop sombre",
            "has become too dark",
        ),
        "b": (
            ["open", "sharp", "rot", "bright", "text"],
            "rot",
            "est maintenant couchée sur le côté",
            "is now lying on its side",
        ),
        "c": (
            ["open", "crop", "bw", "sharp", "text", "resize"],
            "bw",
            "a perdu toutes ses couleurs",
            "has lost all its colours",
        ),
        "d": (
            ["open", "bright", "sharp", "crop", "text"],
            "crop",
            "a perdu une personne qui se trouvait sur le bord gauche",
            "has lost a person who stood on its left edge",
        ),
        "e": (
            ["open", "rot", "dark", "resize", "sharp"],
            "resize",
            "est devenue trop petite pour être imprimée en grand",
            "has become too small to be printed large",
        ),
    }
    variants = []
    for key, (steps, target_step, pb_fr, pb_en) in cases.items():
        picks = [f"h{i + 1}" for i in range(len(steps))]
        target = picks[steps.index(target_step)]
        for lang, names, title in (("fr", steps_fr, "Historique"), ("en", steps_en, "History")):
            lines = [(f"{i + 1}. {names[s]}", picks[i]) for i, s in enumerate(steps)]
            B.write(f"history-{key}-{lang}.svg", svg_panel(title, lines, lang))
        variants.append(
            {
                "key": key,
                "set": key,
                "target": target,
                "problem": {"fr": pb_fr, "en": pb_en},
                "steps": {
                    "fr": ", ".join(f"{i + 1}. {steps_fr[s]}" for i, s in enumerate(steps)),
                    "en": ", ".join(f"{i + 1}. {steps_en[s]}" for i, s in enumerate(steps)),
                },
            }
        )
        print("history", key, target)
    B.family(
        "f-3.2-4c48c13c",
        "historique-retouches",
        2,
        "image-editing",
        "pick",
        meta(90),
        material=[
            B.mat(
                "history",
                "history-{{set}}",
                "svg",
                "Panneau « Historique » d’un logiciel de retouche, étapes dans l’ordre : {{steps}}.",
                "The History panel of a photo editor, steps in order: {{steps}}.",
            )
        ],
        fr_={
            "statement": "Après une série de retouches, la photo {{problem}}. Sélectionnez, dans l’historique, l’étape qui en est la cause et qu’il faut annuler."
        },
        en_={
            "statement": "After a series of edits, the photo {{problem}}. In the history, select the step that caused it and must be undone."
        },
        solution={"material": "history", "accepted": ["{{target}}"]},
        variants=variants,
    )


def f_resize() -> None:
    cases = {
        "a": (4000, 3000, 2000),
        "b": (6000, 4000, 1500),
        "c": (3024, 4032, 756),
        "d": (5472, 3648, 1368),
        "e": (2560, 1920, 800),
    }
    variants = []
    for key, (w, h, nw) in cases.items():
        nh = nw * h / w
        assert nh == int(nh)
        for lang, title, lines in (
            (
                "fr",
                "Taille de l’image",
                [
                    f"Largeur : {w} px",
                    f"Hauteur : {h} px",
                    "Conserver les proportions : activé",
                    "Rééchantillonnage : bicubique",
                ],
            ),
            (
                "en",
                "Image size",
                [
                    f"Width: {w} px",
                    f"Height: {h} px",
                    "Keep proportions: on",
                    "Resampling: bicubic",
                ],
            ),
        ):
            B.write(f"resize-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang))
        variants.append({"key": key, "set": key, "w": w, "h": h, "nw": nw, "nh": int(nh)})
        print("resize", key, int(nh))
    B.family(
        "f-3.2-0df2a121",
        "redimension-proportions",
        3,
        "image-editing",
        "number",
        meta(120),
        material=[
            B.mat(
                "dialog",
                "resize-{{set}}",
                "svg",
                "Boîte de dialogue « Taille de l’image » : largeur {{w}} px, hauteur {{h}} px, conserver les proportions activé.",
                "Image size dialog: width {{w}} px, height {{h}} px, keep proportions on.",
            )
        ],
        fr_={
            "statement": "Dans cette boîte de dialogue, vous tapez {{nw}} dans le champ Largeur. Quelle hauteur, en pixels, le logiciel va-t-il afficher ?"
        },
        en_={
            "statement": "In this dialog, you type {{nw}} in the Width field. What height, in pixels, will the software show?"
        },
        solution={"value": "{{nh}}", "unit": "px", "tolerance": 1},
        variants=variants,
    )


def f_crop_ratio() -> None:
    cases = {
        "a": (4000, 3000, 16, 9),
        "b": (6000, 4000, 4, 5),
        "c": (3000, 4000, 1, 1),
        "d": (5184, 3456, 9, 16),
        "e": (4608, 3456, 3, 2),
    }
    variants = []
    for key, (w, h, rw, rh) in cases.items():
        # largest rectangle of ratio rw:rh inside w x h
        if w * rh >= h * rw:
            cw, ch = h * rw / rh, h
        else:
            cw, ch = w, w * rh / rw
        assert cw == int(cw), (key, cw)
        assert ch == int(ch), (key, ch)
        for lang, title, lines in (
            (
                "fr",
                "Propriétés de l’image",
                [f"Dimensions : {w} × {h} px", "Format : JPEG", "Profil : sRGB"],
            ),
            (
                "en",
                "Image properties",
                [f"Dimensions: {w} × {h} px", "Format: JPEG", "Profile: sRGB"],
            ),
        ):
            B.write(f"props-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang))
        variants.append(
            {
                "key": key,
                "set": key,
                "dims": f"{w} × {h}",
                "ratio": f"{rw}:{rh}",
                "cw": int(cw),
                "ch": int(ch),
            }
        )
        print("crop", key, int(cw), int(ch))
    B.family(
        "f-3.2-60556f3f",
        "recadrage-ratio",
        5,
        "image-editing",
        "fields",
        meta(180),
        material=[
            B.mat(
                "props",
                "props-{{set}}",
                "svg",
                "Propriétés d’une photo : {{dims}} pixels, format JPEG, profil sRGB.",
                "Properties of a photo: {{dims}} pixels, JPEG format, sRGB profile.",
            )
        ],
        fr_={
            "statement": "Vous devez recadrer cette photo au rapport {{ratio}} (largeur:hauteur) en gardant la plus grande partie possible de l’image, sans l’agrandir. Quelles dimensions aura le cadre ?",
            "fields": {"width": "Largeur (px)", "height": "Hauteur (px)"},
        },
        en_={
            "statement": "You must crop this photo to a {{ratio}} ratio (width:height), keeping as much of the picture as possible, without enlarging it. What size will the crop be?",
            "fields": {"width": "Width (px)", "height": "Height (px)"},
        },
        solution={
            "width": {"number": {"value": "{{cw}}", "unit": "px", "tolerance": 1}},
            "height": {"number": {"value": "{{ch}}", "unit": "px", "tolerance": 1}},
        },
        variants=variants,
    )
