# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""Write the format-2 item families of CRCN 3.2 and their material (assessment/items/3.2/).

Run from the repository root: `python scripts/material/3.2_media.py`. Every number, time and
size an item asks for is computed here from the same values the material shows, then written
into the variants, and printed, so that keys and material cannot drift apart. Deterministic:
running it twice gives the same files.
"""

from __future__ import annotations

import csv
import html
import io
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _itemkit import Bank, fr, svg_panel

ROOT = Path("assessment/items/3.2")
B = Bank(ROOT, "3.2")
META = {"blind": True, "colour_blind": True, "deaf": True, "phone": True, "tied": False}


def meta(time_limit: int, **over: object) -> dict[str, object]:
    out = dict(META)
    out.update(over)
    out["time_limit"] = time_limit
    return out


def mmss(seconds: float) -> str:
    s = round(seconds)
    return f"{s // 60:02d}:{s % 60:02d}"


def table_html(
    lang: str, title: str, headers: list[str], rows: list[list[str]], picks: list[str]
) -> str:
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
    body = ""
    for pid, row in zip(picks, rows, strict=True):
        cells = "".join(f"<td>{html.escape(c)}</td>" for c in row[1:])
        body += f'<tr data-pick="{pid}"><th scope="row">{html.escape(row[0])}</th>{cells}</tr>\n'
    return (
        f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>\n'
        "<style>body{font-family:sans-serif;margin:12px}table{border-collapse:collapse;width:100%}"
        "th,td{border:1px solid #888;padding:6px;text-align:left}thead th{background:#eee}</style></head>\n"
        f"<body><main><h1>{html.escape(title)}</h1>\n<table><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table></main></body></html>\n"
    )


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


# ---------------------------------------------------------------- sound editing


def f_muted_track() -> None:
    cases = {
        "a": [
            ("Voix – Léa", "0 dB", "non", "non"),
            ("Voix – Karim", "−2 dB", "non", "non"),
            ("Musique d’intro", "−12 dB", "oui", "non"),
            ("Ambiance café", "−18 dB", "non", "non"),
        ],
        "b": [
            ("Narration", "0 dB", "non", "non"),
            ("Interview Jules", "+1 dB", "oui", "non"),
            ("Bruitages", "−6 dB", "non", "non"),
            ("Générique", "−10 dB", "non", "non"),
        ],
        "c": [
            ("Guitare", "−3 dB", "non", "non"),
            ("Chant", "0 dB", "non", "non"),
            ("Métronome", "−20 dB", "oui", "non"),
            ("Basse", "−4 dB", "non", "non"),
        ],
        "d": [
            ("Jingle", "−8 dB", "oui", "non"),
            ("Présentatrice", "0 dB", "non", "non"),
            ("Invitée", "0 dB", "non", "non"),
            ("Tapis musical", "−22 dB", "non", "non"),
        ],
        "e": [
            ("Piano", "−2 dB", "non", "non"),
            ("Voix off", "0 dB", "oui", "non"),
            ("Pluie", "−15 dB", "non", "non"),
            ("Cloches", "−9 dB", "non", "non"),
        ],
    }
    yes_no = {"oui": "yes", "non": "no"}
    en_names = {
        "Musique d’intro": "Intro music",
        "Ambiance café": "Café ambience",
        "Voix – Léa": "Voice – Léa",
        "Voix – Karim": "Voice – Karim",
        "Bruitages": "Sound effects",
        "Générique": "Credits",
        "Guitare": "Guitar",
        "Chant": "Vocals",
        "Métronome": "Metronome",
        "Basse": "Bass",
        "Présentatrice": "Host",
        "Invitée": "Guest",
        "Tapis musical": "Music bed",
        "Voix off": "Voice-over",
        "Pluie": "Rain",
        "Cloches": "Bells",
    }
    variants = []
    for key, tracks in cases.items():
        picks = [f"t{i + 1}" for i in range(len(tracks))]
        target = next(p for p, t in zip(picks, tracks, strict=True) if t[2] == "oui")
        fr_rows = [[n, v, m, s] for n, v, m, s in tracks]
        en_rows = [[en_names.get(n, n), v, yes_no[m], yes_no[s]] for n, v, m, s in tracks]
        B.write(
            f"mixer-{key}-fr.html",
            table_html(
                "fr", "Table de mixage", ["Piste", "Volume", "Muet (M)", "Solo (S)"], fr_rows, picks
            ),
        )
        B.write(
            f"mixer-{key}-en.html",
            table_html("en", "Mixer", ["Track", "Volume", "Mute (M)", "Solo (S)"], en_rows, picks),
        )
        variants.append(
            {
                "key": key,
                "set": key,
                "target": target,
                "tracks": {
                    "fr": ", ".join(f"{r[0]} (volume {r[1]}, muet : {r[2]})" for r in fr_rows),
                    "en": ", ".join(f"{r[0]} (volume {r[1]}, mute: {r[2]})" for r in en_rows),
                },
            }
        )
        print("muted", key, target)
    B.family(
        "f-3.2-dff9c7c4",
        "mixage-piste-muette",
        2,
        "sound-editing",
        "pick",
        meta(60),
        material=[
            B.mat(
                "mixer",
                "mixer-{{set}}",
                "html",
                "Table de mixage d’un logiciel audio, quatre pistes : {{tracks}}.",
                "The mixer of an audio editor, four tracks: {{tracks}}.",
            )
        ],
        fr_={
            "statement": "Vous exportez le projet avec ces réglages de mixage. Sélectionnez la piste qu’on n’entendra pas du tout dans le fichier exporté."
        },
        en_={
            "statement": "You export the project with these mixer settings. Select the track that will not be heard at all in the exported file."
        },
        solution={"material": "mixer", "accepted": ["{{target}}"]},
        variants=variants,
    )


def f_cut_selection() -> None:
    cases = {
        "a": (90, 20, 35),
        "b": (150, 62, 80),
        "c": (75, 5, 17),
        "d": (240, 101, 139),
        "e": (200, 44, 58),
    }
    variants = []
    for key, (total, start, end) in cases.items():
        left = total - (end - start)
        for lang, title, lines in (
            (
                "fr",
                "Éditeur audio – memo.wav",
                [
                    f"Durée totale : {mmss(total)}",
                    f"Sélection : début {mmss(start)}",
                    f"Sélection : fin {mmss(end)}",
                    "Action : Édition > Supprimer",
                ],
            ),
            (
                "en",
                "Audio editor – memo.wav",
                [
                    f"Total length: {mmss(total)}",
                    f"Selection: start {mmss(start)}",
                    f"Selection: end {mmss(end)}",
                    "Action: Edit > Delete",
                ],
            ),
        ):
            B.write(f"cut-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang))
        variants.append(
            {
                "key": key,
                "set": key,
                "total": mmss(total),
                "start": mmss(start),
                "end": mmss(end),
                "left": left,
            }
        )
        print("cut selection", key, left)
    B.family(
        "f-3.2-bcbef26a",
        "coupe-selection-duree",
        2,
        "sound-editing",
        "number",
        meta(90),
        material=[
            B.mat(
                "editor",
                "cut-{{set}}",
                "svg",
                "Éditeur audio : enregistrement de {{total}} (min:s), sélection de {{start}} à {{end}}, action Supprimer.",
                "Audio editor: a {{total}} (min:s) recording, selection from {{start}} to {{end}}, Delete action.",
            )
        ],
        fr_={
            "statement": "Vous supprimez la sélection indiquée dans l’éditeur. Quelle sera la nouvelle durée de l’enregistrement ? (par exemple « 1 min 05 » ou « 65 s »)"
        },
        en_={
            "statement": "You delete the selection shown in the editor. What will the new length of the recording be? (for example “1 min 05” or “65 s”)"
        },
        solution={"value": "{{left}}", "unit": "s", "tolerance": 0},
        variants=variants,
    )


def f_edit_list() -> None:
    cases = {
        "a": (760, [(195, 305)], 30),
        "b": (1325, [(60, 142), (610, 700)], 0),
        "c": (905, [(0, 25), (400, 472)], 45),
        "d": (2410, [(1200, 1385)], 95),
        "e": (1480, [(15, 40), (300, 333), (1001, 1110)], 0),
    }
    variants = []
    for key, (total, cuts, tail) in cases.items():
        left = total - sum(e - s for s, e in cuts) - tail
        fr_lines = [f"Fichier : interview-{key}.wav", f"Durée : {mmss(total)}"] + [
            f"Couper de {mmss(s)} à {mmss(e)}" for s, e in cuts
        ]
        en_lines = [f"File: interview-{key}.wav", f"Length: {mmss(total)}"] + [
            f"Cut from {mmss(s)} to {mmss(e)}" for s, e in cuts
        ]
        if tail:
            fr_lines.append(f"Supprimer les {tail} dernières secondes (silence)")
            en_lines.append(f"Remove the last {tail} seconds (silence)")
        B.write(f"cuts-{key}-fr.txt", fr("\n".join(["Liste de montage (min:s)", *fr_lines, ""])))
        B.write(f"cuts-{key}-en.txt", "\n".join(["Edit list (min:s)", *en_lines, ""]))
        variants.append({"key": key, "set": key, "left": left, "n": len(cuts) + (1 if tail else 0)})
        print("edit list", key, left, mmss(left))
    B.family(
        "f-3.2-143f5f55",
        "liste-coupes-duree",
        4,
        "sound-editing",
        "number",
        meta(240),
        enemies=["f-3.2-bcbef26a"],
        material=[
            B.mat(
                "list",
                "cuts-{{set}}",
                "txt",
                "Liste de montage d’une interview : durée de départ et {{n}} opérations de coupe, horaires en minutes et secondes.",
                "Edit list of an interview: starting length and {{n}} cutting operations, times in minutes and seconds.",
            )
        ],
        fr_={
            "statement": "Vous appliquez toutes les opérations de cette liste de montage à l’enregistrement. Quelle sera sa durée finale ? (par exemple « 12 min 05 » ou « 725 s »)"
        },
        en_={
            "statement": "You apply every operation of this edit list to the recording. What will its final length be? (for example “12 min 05” or “725 s”)"
        },
        solution={"value": "{{left}}", "unit": "s", "tolerance": 1},
        variants=variants,
    )


def f_clipping() -> None:
    cases = {
        "a": [
            ("Introduction", -9.5, -23),
            ("Interview", -3.2, -19),
            ("Applaudissements", 0.0, -14),
            ("Conclusion", -6.1, -21),
        ],
        "b": [
            ("Ouverture", 0.0, -12),
            ("Dialogue", -1.0, -18),
            ("Musique", -4.5, -16),
            ("Fin", -8.0, -24),
        ],
        "c": [
            ("Couplet 1", -2.5, -15),
            ("Refrain", -0.8, -13),
            ("Couplet 2", -2.1, -15),
            ("Final", 0.0, -11),
        ],
        "d": [
            ("Accueil", -12.0, -27),
            ("Débat", 0.0, -16),
            ("Questions", -1.5, -20),
            ("Clôture", -7.3, -22),
        ],
        "e": [
            ("Lecture 1", -5.0, -20),
            ("Lecture 2", -0.3, -17),
            ("Chorale", 0.0, -12),
            ("Orgue", -2.0, -15),
        ],
    }
    en = {
        "Introduction": "Introduction",
        "Interview": "Interview",
        "Applaudissements": "Applause",
        "Conclusion": "Conclusion",
        "Ouverture": "Opening",
        "Dialogue": "Dialogue",
        "Musique": "Music",
        "Fin": "Ending",
        "Couplet 1": "Verse 1",
        "Refrain": "Chorus",
        "Couplet 2": "Verse 2",
        "Final": "Finale",
        "Accueil": "Welcome",
        "Débat": "Debate",
        "Questions": "Questions",
        "Clôture": "Closing",
        "Lecture 1": "Reading 1",
        "Lecture 2": "Reading 2",
        "Chorale": "Choir",
        "Orgue": "Organ",
    }
    variants = []
    for key, segs in cases.items():
        picks = [f"s{i + 1}" for i in range(len(segs))]
        target = next(p for p, s in zip(picks, segs, strict=True) if s[1] >= 0)

        def dbf(x: float) -> str:
            return f"{x:.1f} dBFS".replace("-", "−")

        B.write(
            f"levels-{key}-fr.html",
            table_html(
                "fr",
                "Analyse des niveaux",
                ["Passage", "Crête", "Niveau moyen"],
                [[n, dbf(p).replace(".", ","), dbf(a).replace(".", ",")] for n, p, a in segs],
                picks,
            ),
        )
        B.write(
            f"levels-{key}-en.html",
            table_html(
                "en",
                "Level analysis",
                ["Section", "Peak", "Average level"],
                [[en[n], dbf(p), dbf(a)] for n, p, a in segs],
                picks,
            ),
        )
        variants.append(
            {
                "key": key,
                "set": key,
                "target": target,
                "segs": {
                    "fr": ", ".join(
                        f"{n} (crête {dbf(p)}, moyenne {dbf(a)})".replace(".", ",")
                        for n, p, a in segs
                    ),
                    "en": ", ".join(
                        f"{en[n]} (peak {dbf(p)}, average {dbf(a)})" for n, p, a in segs
                    ),
                },
            }
        )
        print("clipping", key, target)
    B.family(
        "f-3.2-a20c2ba5",
        "niveaux-saturation",
        4,
        "sound-editing",
        "pick",
        meta(120),
        material=[
            B.mat(
                "levels",
                "levels-{{set}}",
                "html",
                "Tableau d’analyse des niveaux d’un enregistrement, quatre passages : {{segs}}.",
                "Level analysis table of a recording, four sections: {{segs}}.",
            )
        ],
        fr_={
            "statement": "L’enregistrement grésille à un endroit, comme si le son était « écrêté ». D’après l’analyse des niveaux, sélectionnez le passage qui sature."
        },
        en_={
            "statement": "The recording crackles in one place, as if the sound were “clipped”. According to the level analysis, select the section that is clipping."
        },
        solution={"material": "levels", "accepted": ["{{target}}"]},
        variants=variants,
    )


def f_audio_effect() -> None:
    props_fr = ["Réduction de bruit", "Fondu en sortie", "Normalisation", "Couper la sélection"]
    props_en = ["Noise reduction", "Fade out", "Normalise", "Cut the selection"]
    cases = {
        "a": (
            "Un souffle continu, comme un ventilateur, s’entend sous la voix pendant tout l’enregistrement.",
            "A steady hiss, like a fan, can be heard under the voice throughout the recording.",
            0,
        ),
        "b": (
            "La musique s’arrête net à la fin du podcast ; vous voulez qu’elle s’éteigne progressivement.",
            "The music stops abruptly at the end of the podcast; you want it to die away gradually.",
            1,
        ),
        "c": (
            "L’enregistrement entier est trop faible ; vous voulez le porter au niveau maximal sans saturer.",
            "The whole recording is too quiet; you want to bring it to the maximum level without clipping.",
            2,
        ),
        "d": (
            "Un téléphone a sonné pendant deux secondes au milieu de l’interview ; vous voulez retirer ce passage.",
            "A phone rang for two seconds in the middle of the interview; you want to remove that passage.",
            3,
        ),
        "e": (
            "Le bourdonnement grave d’un réfrigérateur reste audible sous toute la narration.",
            "The low hum of a fridge remains audible under the whole narration.",
            0,
        ),
    }
    variants = []
    for key, (sfr, sen, sol) in cases.items():
        v: dict[str, object] = {"key": key, "case": {"fr": sfr, "en": sen}}
        if sol != 0:
            v["solution"] = sol
        variants.append(v)
    B.family(
        "f-3.2-ae3ef1d2",
        "effet-audio-choix",
        3,
        "sound-editing",
        "single_choice",
        meta(60),
        fr_={
            "statement": "{{case}} Quel effet du logiciel de montage audio utilisez-vous ?",
            "proposals": props_fr,
        },
        en_={
            "statement": "{{case}} Which effect of the audio editor do you use?",
            "proposals": props_en,
        },
        solution=0,
        variants=variants,
    )


def f_wav_size() -> None:
    cases = {
        "a": (44100, 16, 2, 200),
        "b": (48000, 24, 1, 150),
        "c": (48000, 16, 2, 90),
        "d": (44100, 24, 2, 60),
        "e": (96000, 24, 2, 30),
    }
    variants = []
    for key, (rate, bits, ch, dur) in cases.items():
        mb = rate * bits / 8 * ch * dur / 1e6
        fr_ch = "stéréo (2 canaux)" if ch == 2 else "mono (1 canal)"
        en_ch = "stereo (2 channels)" if ch == 2 else "mono (1 channel)"
        for lang, title, lines in (
            (
                "fr",
                "Exporter l’audio",
                [
                    "Format : WAV (PCM, non compressé)",
                    f"Fréquence : {rate:,} Hz".replace(",", " "),
                    f"Résolution : {bits} bits",
                    f"Canaux : {fr_ch}",
                    f"Durée : {mmss(dur)}",
                ],
            ),
            (
                "en",
                "Export audio",
                [
                    "Format: WAV (PCM, uncompressed)",
                    f"Sample rate: {rate:,} Hz",
                    f"Bit depth: {bits} bits",
                    f"Channels: {en_ch}",
                    f"Length: {mmss(dur)}",
                ],
            ),
        ):
            B.write(f"wav-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang))
        variants.append(
            {
                "key": key,
                "set": key,
                "rate": rate,
                "bits": bits,
                "ch": {"fr": fr_ch, "en": en_ch},
                "dur": mmss(dur),
                "mb": round(mb, 3),
            }
        )
        print("wav size", key, round(mb, 3))
    B.family(
        "f-3.2-de48287d",
        "taille-audio-pcm",
        5,
        "sound-editing",
        "number",
        meta(240),
        enemies=["c-3.2-raw-image-size-01", "c-3.2-audio-bitrate-01"],
        material=[
            B.mat(
                "dialog",
                "wav-{{set}}",
                "svg",
                "Boîte d’export audio : WAV non compressé, {{rate}} Hz, {{bits}} bits, {{ch}}, durée {{dur}} (min:s).",
                "Audio export dialog: uncompressed WAV, {{rate}} Hz, {{bits}} bits, {{ch}}, length {{dur}} (min:s).",
            )
        ],
        fr_={
            "statement": "Quelle sera la taille du fichier exporté avec ces réglages, en mégaoctets (1 Mo = 1 000 000 octets, 1 octet = 8 bits) ? Ignorez l’en-tête du fichier."
        },
        en_={
            "statement": "What will the size of the file exported with these settings be, in megabytes (1 MB = 1,000,000 bytes, 1 byte = 8 bits)? Ignore the file header."
        },
        solution={"value": "{{mb}}", "unit": "Mo", "tolerance": 0.1},
        variants=variants,
    )


# ---------------------------------------------------------------- video editing


def f_playhead() -> None:
    cases = {"a": (130, 300), "b": (45, 210), "c": (440, 720), "d": (65, 255), "e": (318, 400)}
    variants = []
    for key, (pos, total) in cases.items():
        for lang, title, lines in (
            (
                "fr",
                "Aperçu du montage",
                [f"Tête de lecture : {mmss(pos)} / {mmss(total)}", "▶ Lecture   ⏸ Pause"],
            ),
            ("en", "Edit preview", [f"Playhead: {mmss(pos)} / {mmss(total)}", "▶ Play   ⏸ Pause"]),
        ):
            B.write(f"player-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang))
        variants.append(
            {"key": key, "set": key, "pos": mmss(pos), "total": mmss(total), "left": total - pos}
        )
        print("playhead", key, total - pos)
    B.family(
        "f-3.2-0dd2825b",
        "tete-lecture-reste",
        1,
        "video-editing",
        "number",
        meta(60),
        material=[
            B.mat(
                "player",
                "player-{{set}}",
                "svg",
                "Fenêtre d’aperçu d’un logiciel de montage vidéo, compteur {{pos}} / {{total}} (min:s).",
                "Preview window of a video editor, counter {{pos}} / {{total}} (min:s).",
            )
        ],
        fr_={
            "statement": "D’après le compteur de l’aperçu, combien de temps de vidéo reste-t-il après la tête de lecture ? (par exemple « 2 min 15 » ou « 135 s »)"
        },
        en_={
            "statement": "According to the preview counter, how much video is left after the playhead? (for example “2 min 15” or “135 s”)"
        },
        solution={"value": "{{left}}", "unit": "s", "tolerance": 0},
        variants=variants,
    )


def f_timeline() -> None:
    cases = {
        "a": (
            [
                ("Arrivée au stade", 12),
                ("Échauffement", 19),
                ("Coup d’envoi", 8),
                ("But", 15),
                ("Célébration", 10),
            ],
            35,
        ),
        "b": (
            [
                ("Titre", 5),
                ("Atelier de poterie", 22),
                ("Tour du potier", 14),
                ("Cuisson", 11),
                ("Générique", 6),
            ],
            44,
        ),
        "c": (
            [
                ("Lever du soleil", 9),
                ("Marché", 17),
                ("Pêcheurs", 13),
                ("Port", 21),
                ("Coucher du soleil", 12),
            ],
            53,
        ),
        "d": (
            [
                ("Interview directrice", 28),
                ("Cour de récréation", 9),
                ("Cantine", 16),
                ("Salle info", 18),
                ("Sortie", 7),
            ],
            40,
        ),
        "e": (
            [
                ("Carton d’ouverture", 4),
                ("Répétition", 25),
                ("Coulisses", 13),
                ("Spectacle", 30),
                ("Saluts", 8),
            ],
            41,
        ),
    }
    en = {
        "Arrivée au stade": "Arriving at the stadium",
        "Échauffement": "Warm-up",
        "Coup d’envoi": "Kick-off",
        "But": "Goal",
        "Célébration": "Celebration",
        "Titre": "Title",
        "Atelier de poterie": "Pottery workshop",
        "Tour du potier": "Potter's wheel",
        "Cuisson": "Firing",
        "Générique": "Credits",
        "Lever du soleil": "Sunrise",
        "Marché": "Market",
        "Pêcheurs": "Fishermen",
        "Port": "Harbour",
        "Coucher du soleil": "Sunset",
        "Interview directrice": "Head teacher interview",
        "Cour de récréation": "Playground",
        "Cantine": "Canteen",
        "Salle info": "Computer room",
        "Sortie": "Home time",
        "Carton d’ouverture": "Opening card",
        "Répétition": "Rehearsal",
        "Coulisses": "Backstage",
        "Spectacle": "Show",
        "Saluts": "Curtain call",
    }
    variants = []
    for key, (clips, t) in cases.items():
        picks = [f"c{i + 1}" for i in range(len(clips))]
        rows_fr, rows_en, start, target = [], [], 0, None
        for p, (name, d) in zip(picks, clips, strict=True):
            end = start + d
            if start <= t < end:
                target = p
            rows_fr.append([name, mmss(start), mmss(end)])
            rows_en.append([en[name], mmss(start), mmss(end)])
            start = end
        assert target
        B.write(
            f"timeline-{key}-fr.html",
            table_html("fr", "Piste vidéo V1", ["Plan", "Début", "Fin"], rows_fr, picks),
        )
        B.write(
            f"timeline-{key}-en.html",
            table_html("en", "Video track V1", ["Shot", "Start", "End"], rows_en, picks),
        )
        variants.append(
            {
                "key": key,
                "set": key,
                "t": mmss(t),
                "target": target,
                "clips": {
                    "fr": ", ".join(f"{r[0]} de {r[1]} à {r[2]}" for r in rows_fr),
                    "en": ", ".join(f"{r[0]} from {r[1]} to {r[2]}" for r in rows_en),
                },
            }
        )
        print("timeline", key, target)
    B.family(
        "f-3.2-1cbb37aa",
        "timeline-plan-affiche",
        3,
        "video-editing",
        "pick",
        meta(90),
        material=[
            B.mat(
                "timeline",
                "timeline-{{set}}",
                "html",
                "Piste vidéo d’un montage, cinq plans bout à bout (min:s) : {{clips}}.",
                "Video track of an edit, five shots end to end (min:s): {{clips}}.",
            )
        ],
        fr_={
            "statement": "Un spectateur signale un défaut à {{t}} (min:s) de la vidéo finale. Sélectionnez le plan affiché à ce moment-là."
        },
        en_={
            "statement": "A viewer reports a flaw at {{t}} (min:s) in the final video. Select the shot shown at that moment."
        },
        solution={"material": "timeline", "accepted": ["{{target}}"]},
        variants=variants,
    )


def f_crossfades() -> None:
    cases = {
        "a": ([(2.0, 14.0), (0.0, 9.5), (3.0, 21.0), (1.0, 7.0)], 1.0),
        "b": ([(0.0, 12.0), (4.0, 16.0), (2.5, 10.5), (0.0, 20.0), (5.0, 11.0)], 0.5),
        "c": ([(10.0, 40.0), (0.0, 25.0), (6.0, 18.0)], 2.0),
        "d": ([(1.5, 9.0), (0.0, 30.0), (8.0, 14.0), (2.0, 12.0)], 1.5),
        "e": ([(0.0, 6.0), (3.0, 11.0), (0.5, 9.5), (4.0, 19.0), (0.0, 8.0), (2.0, 5.0)], 0.5),
    }
    variants = []
    for key, (clips, fade) in cases.items():
        total = sum(o - i for i, o in clips) - (len(clips) - 1) * fade
        for lang, head in (
            ("fr", ["plan", "entree_s", "sortie_s"]),
            ("en", ["shot", "in_s", "out_s"]),
        ):
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(head)
            for n, (i, o) in enumerate(clips, 1):
                w.writerow([f"{'plan' if lang == 'fr' else 'shot'}-{n}", f"{i:.1f}", f"{o:.1f}"])
            B.write(f"edl-{key}-{lang}.csv", buf.getvalue())
        fade_fr = f"{fade:g}".replace(".", ",")
        variants.append(
            {
                "key": key,
                "set": key,
                "n": len(clips),
                "fade": {"fr": fade_fr, "en": f"{fade:g}"},
                "total": total,
            }
        )
        print("crossfades", key, total)
    B.family(
        "f-3.2-d67d5c90",
        "montage-fondus-duree",
        5,
        "video-editing",
        "number",
        meta(300),
        material=[
            B.mat(
                "edl",
                "edl-{{set}}",
                "csv",
                "Liste de {{n}} plans à monter dans l’ordre, avec le point d’entrée et le point de sortie de chacun, en secondes.",
                "A list of {{n}} shots to edit in order, with each one's in point and out point, in seconds.",
            )
        ],
        fr_={
            "statement": "Vous montez ces {{n}} plans dans l’ordre, chacun de son point d’entrée à son point de sortie, avec un fondu enchaîné de {{fade}} s entre deux plans consécutifs (les deux plans se chevauchent pendant le fondu). Quelle est la durée de la vidéo obtenue, en secondes ?"
        },
        en_={
            "statement": "You edit these {{n}} shots in order, each from its in point to its out point, with a {{fade}} s cross-fade between consecutive shots (the two shots overlap during the fade). How long is the resulting video, in seconds?"
        },
        solution={"value": "{{total}}", "unit": "s", "tolerance": 0.1},
        variants=variants,
    )


def f_timecode() -> None:
    cases = {
        "a": (25, (0, 0, 10, 0), (0, 0, 14, 15)),
        "b": (30, (0, 1, 2, 12), (0, 1, 5, 27)),
        "c": (24, (0, 0, 20, 6), (0, 0, 26, 18)),
        "d": (50, (0, 2, 0, 10), (0, 2, 5, 45)),
        "e": (25, (0, 3, 58, 20), (0, 4, 1, 5)),
    }
    variants = []
    for key, (fps, a, b) in cases.items():

        def frames(tc: tuple[int, int, int, int], fps: int = fps) -> int:
            h, m, s, f = tc
            return ((h * 60 + m) * 60 + s) * fps + f

        dur = round((frames(b) - frames(a)) / fps, 3)
        tca = "{:02d}:{:02d}:{:02d}:{:02d}".format(*a)
        tcb = "{:02d}:{:02d}:{:02d}:{:02d}".format(*b)
        for lang, title, lines in (
            (
                "fr",
                "Propriétés du plan",
                [
                    f"Cadence du projet : {fps} images/s",
                    f"Entrée : {tca}",
                    f"Sortie : {tcb}",
                    "Format : hh:mm:ss:images",
                ],
            ),
            (
                "en",
                "Clip properties",
                [
                    f"Project frame rate: {fps} frames/s",
                    f"In: {tca}",
                    f"Out: {tcb}",
                    "Format: hh:mm:ss:frames",
                ],
            ),
        ):
            B.write(
                f"timecode-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang)
            )
        variants.append({"key": key, "set": key, "fps": fps, "tca": tca, "tcb": tcb, "dur": dur})
        print("timecode", key, dur)
    B.family(
        "f-3.2-dd204458",
        "timecode-duree",
        6,
        "video-editing",
        "number",
        meta(240),
        material=[
            B.mat(
                "props",
                "timecode-{{set}}",
                "svg",
                "Propriétés d’un plan : cadence {{fps}} images/s, entrée {{tca}}, sortie {{tcb}} (heures:minutes:secondes:images).",
                "Clip properties: {{fps}} frames/s, in {{tca}}, out {{tcb}} (hours:minutes:seconds:frames).",
            )
        ],
        fr_={
            "statement": "D’après ses propriétés, quelle est la durée de ce plan, en secondes (la sortie est le début de l’image qui suit le plan) ?"
        },
        en_={
            "statement": "According to its properties, how long is this clip, in seconds (the out point is the start of the frame after the clip)?"
        },
        solution={"value": "{{dur}}", "unit": "s", "tolerance": 0.02},
        variants=variants,
    )


def f_vertical() -> None:
    cases = {
        "a": (1920, 1080, 1080, 1920),
        "b": (1280, 720, 720, 1280),
        "c": (1440, 1080, 1080, 1920),
        "d": (2560, 1080, 1080, 1350),
        "e": (3840, 2160, 1080, 1080),
    }
    variants = []
    for key, (sw, sh, fw, fh) in cases.items():
        h = sh * fw / sw
        band = (fh - h) / 2
        for lang, title, lines in (
            (
                "fr",
                "Réglages de la séquence",
                [
                    f"Séquence : {fw} × {fh} px",
                    f"Plan source : {sw} × {sh} px",
                    "Mise à l’échelle : ajuster à la largeur",
                    "Fond : noir",
                ],
            ),
            (
                "en",
                "Sequence settings",
                [
                    f"Sequence: {fw} × {fh} px",
                    f"Source clip: {sw} × {sh} px",
                    "Scaling: fit to width",
                    "Background: black",
                ],
            ),
        ):
            B.write(
                f"sequence-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang)
            )
        variants.append(
            {"key": key, "set": key, "fw": fw, "fh": fh, "sw": sw, "sh": sh, "band": round(band, 2)}
        )
        print("vertical", key, h, band)
    B.family(
        "f-3.2-27c3a823",
        "format-vertical-bandes",
        6,
        "video-editing",
        "number",
        meta(240),
        material=[
            B.mat(
                "settings",
                "sequence-{{set}}",
                "svg",
                "Réglages d’une séquence : {{fw}} × {{fh}} pixels ; plan source {{sw}} × {{sh}} pixels ajusté à la largeur ; fond noir.",
                "Sequence settings: {{fw}} × {{fh}} pixels; source clip {{sw}} × {{sh}} pixels fit to width; black background.",
            )
        ],
        fr_={
            "statement": "Le plan est centré verticalement dans la séquence. Quelle est la hauteur, en pixels, de la bande noire au-dessus de l’image ?"
        },
        en_={
            "statement": "The clip is centred vertically in the sequence. What is the height, in pixels, of the black band above the picture?"
        },
        solution={"value": "{{band}}", "unit": "px", "tolerance": 1},
        variants=variants,
    )


def f_export_bitrate() -> None:
    options = [1.5, 2.5, 4, 6]
    cases = {"a": (250, 100), "b": (90, 50), "c": (300, 250), "d": (600, 150), "e": (180, 100)}
    variants = []
    for key, (dur, limit) in cases.items():
        best = max(i for i, v in enumerate(options) if (v + 0.128) * dur / 8 <= limit)
        for lang, title, lines in (
            (
                "fr",
                "Exporter la vidéo",
                [
                    f"Durée : {mmss(dur)}",
                    "Audio : AAC 128 kbit/s",
                    "Vidéo : H.264, débit constant",
                    f"Limite de la plateforme : {limit} Mo",
                ],
            ),
            (
                "en",
                "Export video",
                [
                    f"Length: {mmss(dur)}",
                    "Audio: AAC 128 kbit/s",
                    "Video: H.264, constant bit rate",
                    f"Platform limit: {limit} MB",
                ],
            ),
        ):
            B.write(f"export-{key}-{lang}.svg", svg_panel(title, [(t, None) for t in lines], lang))
        v: dict[str, object] = {"key": key, "set": key, "dur": mmss(dur), "limit": limit}
        if best != 1:
            v["solution"] = best
        variants.append(v)
        print("export bitrate", key, options[best])
    B.family(
        "f-3.2-b043ea48",
        "export-debit-limite",
        7,
        "video-editing",
        "single_choice",
        meta(300),
        enemies=["c-3.2-video-bitrate-01"],
        material=[
            B.mat(
                "dialog",
                "export-{{set}}",
                "svg",
                "Boîte d’export vidéo : durée {{dur}} (min:s), audio AAC 128 kbit/s, vidéo H.264 à débit constant, limite de la plateforme {{limit}} Mo.",
                "Video export dialog: length {{dur}} (min:s), AAC audio at 128 kbit/s, H.264 video at a constant bit rate, platform limit {{limit}} MB.",
            )
        ],
        fr_={
            "statement": "Quel est le débit vidéo le plus élevé qui permet au fichier exporté (vidéo et audio) de respecter la limite de la plateforme ? (1 Mo = 8 000 kbit, 1 Mbit/s = 1 000 kbit/s)",
            "proposals": ["1,5 Mbit/s", "2,5 Mbit/s", "4 Mbit/s", "6 Mbit/s"],
        },
        en_={
            "statement": "What is the highest video bit rate with which the exported file (video and audio) stays within the platform limit? (1 MB = 8,000 kbit, 1 Mbit/s = 1,000 kbit/s)",
            "proposals": ["1.5 Mbit/s", "2.5 Mbit/s", "4 Mbit/s", "6 Mbit/s"],
        },
        solution=1,
        variants=variants,
    )


# ---------------------------------------------------------------- media formats


def f_find_audio() -> None:
    cases = {
        "a": ["compte-rendu.docx", "reunion-mardi.m4a", "affiche.png", "tuto-montage.mp4"],
        "b": ["bulletin.pdf", "cours-anglais.mov", "dictee-eleves.wav", "logo.svg"],
        "c": ["rando.gpx", "photo-groupe.heic", "chorale.ogg", "budget.ods"],
        "d": ["slides.odp", "musique-fete.flac", "clip.webm", "carte.jpg"],
        "e": ["message-vocal.opus", "scan-facture.tiff", "presentation.pptx", "timelapse.avi"],
    }
    audio = (".m4a", ".wav", ".ogg", ".flac", ".opus")
    variants = []
    for key, files in cases.items():
        picks = [f"f{i + 1}" for i in range(len(files))]
        target = next(p for p, f in zip(picks, files, strict=True) if f.endswith(audio))
        for lang, title, hd in (
            ("fr", "Documents partagés", ["Nom"]),
            ("en", "Shared documents", ["Name"]),
        ):
            B.write(
                f"folder-{key}-{lang}.html",
                table_html(lang, title, hd, [[f] for f in files], picks),
            )
        variants.append({"key": key, "set": key, "target": target, "files": ", ".join(files)})
        print("audio file", key, target)
    B.family(
        "f-3.2-22de8e9d",
        "reperer-fichier-son",
        1,
        "media-formats",
        "pick",
        meta(60),
        enemies=["c-3.2-video-file-01", "c-3.2-mp3-extension-01"],
        material=[
            B.mat(
                "folder",
                "folder-{{set}}",
                "html",
                "Liste de quatre fichiers d’un dossier partagé : {{files}}.",
                "A list of four files in a shared folder: {{files}}.",
            )
        ],
        fr_={
            "statement": "Dans ce dossier, un seul fichier est un enregistrement sonore (sans image). Sélectionnez-le."
        },
        en_={
            "statement": "In this folder, only one file is a sound recording (with no picture). Select it."
        },
        solution={"material": "folder", "accepted": ["{{target}}"]},
        variants=variants,
    )


def f_spec_csv() -> None:
    rows_by = {
        "a": [
            ("clip-01.mp4", 1920, 1080, 25, "H.264", 48),
            ("clip-02.mov", 1920, 1080, 25, "ProRes", 52),
            ("clip-03.mp4", 1280, 720, 25, "H.264", 40),
            ("clip-04.mp4", 1920, 1080, 30, "H.264", 55),
            ("clip-05.mp4", 1920, 1080, 25, "H.264", 75),
        ],
        "b": [
            ("teaser-a.mp4", 1920, 1080, 25, "H.265", 30),
            ("teaser-b.mp4", 1920, 1080, 25, "H.264", 95),
            ("teaser-c.mp4", 1080, 1920, 25, "H.264", 30),
            ("teaser-d.mp4", 1920, 1080, 25, "H.264", 58),
            ("teaser-e.mp4", 1920, 1080, 24, "H.264", 45),
        ],
        "c": [
            ("pub-1.mp4", 1920, 1080, 50, "H.264", 20),
            ("pub-2.mp4", 1920, 1080, 25, "H.264", 20),
            ("pub-3.webm", 1920, 1080, 25, "VP9", 20),
            ("pub-4.mp4", 3840, 2160, 25, "H.264", 20),
            ("pub-5.mp4", 1920, 1080, 25, "H.264", 61),
        ],
        "d": [
            ("expo-1.mp4", 1280, 720, 25, "H.264", 35),
            ("expo-2.mp4", 1920, 1080, 30, "H.264", 35),
            ("expo-3.mp4", 1920, 1080, 25, "H.265", 35),
            ("expo-4.mov", 1920, 1080, 25, "H.264", 70),
            ("expo-5.mp4", 1920, 1080, 25, "H.264", 59),
        ],
        "e": [
            ("bande-1.mp4", 1920, 1080, 25, "H.264", 60),
            ("bande-2.mp4", 1920, 1080, 25, "AV1", 44),
            ("bande-3.mp4", 1920, 1080, 25, "H.264", 12),
            ("bande-4.mp4", 1920, 800, 25, "H.264", 44),
            ("bande-5.mp4", 1920, 1080, 23.976, "H.264", 44),
        ],
    }
    variants = []
    for key, rows in rows_by.items():
        ok = [
            i
            for i, (_, w, h, fps, codec, d) in enumerate(rows)
            if w == 1920 and h == 1080 and fps == 25 and codec == "H.264" and d < 60
        ]
        assert len(ok) == 1, (key, ok)
        r = ok[0] + 2
        for lang, head in (
            ("fr", ["fichier", "largeur_px", "hauteur_px", "images_par_s", "codec", "duree_s"]),
            ("en", ["file", "width_px", "height_px", "frames_per_s", "codec", "length_s"]),
        ):
            buf = io.StringIO()
            w = csv.writer(buf, lineterminator="\n")
            w.writerow(head)
            for row in rows:
                w.writerow([f"{x:g}" if isinstance(x, float) else x for x in row])
            B.write(f"clips-{key}-{lang}.csv", buf.getvalue())
        variants.append({"key": key, "set": key, "r": r})
        print("spec csv", key, f"A{r}")
    B.family(
        "f-3.2-28e3e9ab",
        "cahier-charges-video",
        6,
        "media-formats",
        "pick",
        meta(180, phone=False),
        material=[
            B.mat(
                "clips",
                "clips-{{set}}",
                "csv",
                "Tableau de cinq fichiers vidéo : nom, largeur et hauteur en pixels, images par seconde, codec, durée en secondes.",
                "A table of five video files: name, width and height in pixels, frames per second, codec, length in seconds.",
            )
        ],
        fr_={
            "statement": "Une chaîne locale accepte uniquement des vidéos de 1920 × 1080 pixels, à 25 images par seconde, encodées en H.264 et durant moins d’une minute. Sélectionnez la cellule du nom du seul fichier qui respecte toutes ces conditions."
        },
        en_={
            "statement": "A local TV channel only accepts videos of 1920 × 1080 pixels, at 25 frames per second, encoded in H.264 and lasting less than one minute. Select the name cell of the only file that meets all these conditions."
        },
        solution={
            "material": "clips",
            "accepted": ["A{{r}}", "B{{r}}", "C{{r}}", "D{{r}}", "E{{r}}", "F{{r}}"],
        },
        variants=variants,
    )


def f_format_use() -> None:
    props_fr = ["JPEG (.jpg)", "PNG (.png)", "SVG (.svg)", "GIF (.gif)"]
    props_en = props_fr
    cases = {
        "a": (
            "Vous mettez en ligne une photo de paysage pour un blog ; elle doit rester légère.",
            "You upload a landscape photo to a blog; it must stay light.",
            0,
        ),
        "b": (
            "Vous partagez une capture d’écran d’un tableau de chiffres ; les petits caractères doivent rester parfaitement nets, sans artefacts.",
            "You share a screenshot of a table of figures; the small characters must stay perfectly sharp, without artefacts.",
            1,
        ),
        "c": (
            "Le logo du club doit servir aussi bien sur une carte de visite que sur une banderole de 5 m, sans jamais être flou.",
            "The club logo must work on a business card as well as on a 5 m banner, without ever being blurry.",
            2,
        ),
        "d": (
            "Vous voulez une petite image qui montre en boucle, sans son, les trois étapes d’un geste, lisible dans n’importe quel courriel.",
            "You want a small image that loops, without sound, through the three steps of a gesture, readable in any e-mail.",
            3,
        ),
        "e": (
            "Vous envoyez à votre famille une cinquantaine de photos de vacances prises au téléphone et voulez un poids raisonnable.",
            "You send your family about fifty holiday photos taken with your phone and want a reasonable size.",
            0,
        ),
    }
    variants = []
    for key, (sfr, sen, sol) in cases.items():
        v: dict[str, object] = {"key": key, "case": {"fr": sfr, "en": sen}}
        if sol != 0:
            v["solution"] = sol
        variants.append(v)
    B.family(
        "f-3.2-ee36b644",
        "format-image-usage",
        3,
        "media-formats",
        "single_choice",
        meta(60),
        enemies=[
            "c-3.2-photo-format-01",
            "c-3.2-transparency-01",
            "c-3.2-vector-01",
            "c-3.2-lossy-compression-01",
        ],
        fr_={"statement": "{{case}} Quel format d’image choisissez-vous ?", "proposals": props_fr},
        en_={"statement": "{{case}} Which image format do you choose?", "proposals": props_en},
        solution=0,
        variants=variants,
    )


def f_probe() -> None:
    cases = {
        "a": ("h264", "1920x1080", "25/1", "aac", 48000, "stereo", 62.4),
        "b": ("hevc", "3840x2160", "30000/1001", "aac", 44100, "stereo", 185.0),
        "c": ("vp9", "1280x720", "30/1", "opus", 48000, "stereo", 47.52),
        "d": ("av1", "2560x1440", "60/1", "opus", 48000, "5.1", 300.0),
        "e": ("prores", "1920x1080", "24000/1001", "pcm_s24le", 96000, "mono", 12.5),
    }
    variants = []
    for key, (vc, size, rate, ac, sr, layout, dur) in cases.items():
        num, den = (int(x) for x in rate.split("/"))
        fps = round(num / den, 3)
        text = "\n".join(
            [
                f"Input #0, mov,mp4,m4a, from 'rush-{key}.mov':",
                f"  Duration: {int(dur // 3600):02d}:{int(dur % 3600 // 60):02d}:{dur % 60:05.2f}, start: 0.000000",
                "[STREAM]",
                "index=0",
                f"codec_name={vc}",
                "codec_type=video",
                f"width={size.split('x')[0]}",
                f"height={size.split('x')[1]}",
                f"r_frame_rate={rate}",
                "[/STREAM]",
                "[STREAM]",
                "index=1",
                f"codec_name={ac}",
                "codec_type=audio",
                f"sample_rate={sr}",
                f"channel_layout={layout}",
                "[/STREAM]",
                "",
            ]
        )
        B.write(f"probe-{key}.txt", text)
        variants.append({"key": key, "set": key, "vc": vc, "sr": sr, "fps": fps})
        print("probe", key, vc, sr, fps)
    B.family(
        "f-3.2-56267dd7",
        "lecture-metadonnees-flux",
        7,
        "media-formats",
        "fields",
        meta(240, phone=False),
        material=[
            B.mat(
                "probe",
                "probe-{{set}}",
                "txt",
                "Sortie texte d’un outil d’analyse de fichier vidéo : durée, puis un flux vidéo et un flux audio avec leurs paramètres (codec, dimensions, cadence, fréquence d’échantillonnage, canaux).",
                "Text output of a video file analysis tool: duration, then a video stream and an audio stream with their parameters (codec, size, frame rate, sample rate, channels).",
                shared=True,
            )
        ],
        fr_={
            "statement": "D’après cette analyse du fichier, donnez :",
            "fields": {
                "codec": "Le codec du flux vidéo (tel qu’il est écrit)",
                "rate": "La fréquence d’échantillonnage de l’audio (Hz)",
                "fps": "Le nombre d’images par seconde de la vidéo (deux décimales suffisent)",
            },
        },
        en_={
            "statement": "According to this file analysis, give:",
            "fields": {
                "codec": "The codec of the video stream (as written)",
                "rate": "The sample rate of the audio (Hz)",
                "fps": "The number of frames per second of the video (two decimals are enough)",
            },
        },
        solution={
            "codec": {"accepted": ["{{vc}}"]},
            "rate": {"number": {"value": "{{sr}}", "unit": "1", "tolerance": 0}},
            "fps": {"number": {"value": "{{fps}}", "unit": "1", "tolerance": 0.01}},
        },
        variants=variants,
    )


# ---------------------------------------------------------------- AI-generated media


def f_credentials() -> None:
    props_fr = [
        "Une photo prise avec un appareil, puis retouchée",
        "Une image entièrement générée par une IA",
        "Une photo prise avec un appareil, sans retouche",
        "Le panneau ne permet pas de le savoir",
    ]
    props_en = [
        "A photo taken with a camera, then edited",
        "A picture entirely generated by an AI",
        "A photo taken with a camera, not edited",
        "The panel does not tell",
    ]
    cases = {
        "a": (
            [
                "Émis par : Image Studio",
                "Source : créé avec un outil d’IA générative",
                "Actions : création",
            ],
            [
                "Issued by: Image Studio",
                "Source: created with a generative AI tool",
                "Actions: created",
            ],
            1,
        ),
        "b": (
            [
                "Émis par : Fotia X200 (appareil photo)",
                "Source : capture numérique",
                "Actions : ouverture, recadrage, luminosité",
            ],
            [
                "Issued by: Fotia X200 (camera)",
                "Source: digital capture",
                "Actions: opened, cropped, brightness",
            ],
            0,
        ),
        "c": (
            [
                "Émis par : Fotia X200 (appareil photo)",
                "Source : capture numérique",
                "Actions : aucune modification",
            ],
            ["Issued by: Fotia X200 (camera)", "Source: digital capture", "Actions: no edits"],
            2,
        ),
        "d": (
            [
                "Aucune information d’origine trouvée",
                "dans ce fichier (métadonnées absentes",
                "ou supprimées).",
            ],
            ["No provenance information found", "in this file (metadata missing", "or removed)."],
            3,
        ),
        "e": (
            [
                "Émis par : DreamCanvas",
                "Source : média généré par un algorithme entraîné",
                "Actions : création, redimensionnement",
            ],
            [
                "Issued by: DreamCanvas",
                "Source: media generated by a trained algorithm",
                "Actions: created, resized",
            ],
            1,
        ),
    }
    variants = []
    for key, (lfr, len_, sol) in cases.items():
        B.write(
            f"credentials-{key}-fr.svg",
            svg_panel("Informations sur le contenu", [(t, None) for t in lfr], "fr"),
        )
        B.write(
            f"credentials-{key}-en.svg",
            svg_panel("Content credentials", [(t, None) for t in len_], "en"),
        )
        v: dict[str, object] = {
            "key": key,
            "set": key,
            "info": {"fr": " ".join(fr(x) for x in lfr), "en": " ".join(len_)},
        }
        if sol != 1:
            v["solution"] = sol
        variants.append(v)
        print("credentials", key, sol)
    B.family(
        "f-3.2-d1c44914",
        "provenance-contenu-lecture",
        2,
        "ai-generated-media",
        "single_choice",
        meta(90, tied=True, review_by="2028-12-31"),
        material=[
            B.mat(
                "panel",
                "credentials-{{set}}",
                "svg",
                "Panneau « Informations sur le contenu » (provenance) d’une image : {{info}}",
                "The Content credentials (provenance) panel of a picture: {{info}}",
            )
        ],
        fr_={
            "statement": "Un site affiche ce panneau de provenance sous une image. D’après lui, qu’est-ce que cette image ?",
            "proposals": props_fr,
        },
        en_={
            "statement": "A website shows this provenance panel under a picture. According to it, what is this picture?",
            "proposals": props_en,
        },
        solution=1,
        variants=variants,
    )


def f_image_bank() -> None:
    kinds_fr = {
        "ai": ("Image générée par IA", "CC0 (domaine public)"),
        "rr": ("Photographie", "© Tous droits réservés"),
        "pay": ("Photographie", "Licence payante, usage éditorial"),
        "ok": ("Photographie", "CC BY 4.0 (citer l’auteur)"),
        "ai2": ("Image générée par IA", "CC BY 4.0 (citer l’auteur)"),
    }
    kinds_en = {
        "ai": ("AI-generated image", "CC0 (public domain)"),
        "rr": ("Photograph", "© All rights reserved"),
        "pay": ("Photograph", "Paid licence, editorial use"),
        "ok": ("Photograph", "CC BY 4.0 (credit the author)"),
        "ai2": ("AI-generated image", "CC BY 4.0 (credit the author)"),
    }
    cases = {
        "a": (
            ["ai", "rr", "ok", "pay"],
            [
                "Coucher de soleil sur la Loire",
                "La Loire au crépuscule",
                "Soir d’été à Saumur",
                "Bords de Loire",
            ],
        ),
        "b": (
            ["ok", "ai2", "pay", "rr"],
            [
                "Marché de Noël à Colmar",
                "Chalets illuminés",
                "Vin chaud et lumières",
                "Colmar sous la neige",
            ],
        ),
        "c": (
            ["pay", "ai", "ai2", "ok"],
            ["Ruche en été", "Abeille sur lavande", "Rucher de montagne", "Apicultrice au travail"],
        ),
        "d": (
            ["rr", "ok", "ai", "ai2"],
            [
                "Vélos en ville",
                "Piste cyclable à Strasbourg",
                "Cycliste sous la pluie",
                "Parking à vélos",
            ],
        ),
        "e": (
            ["ai2", "pay", "rr", "ok"],
            ["Gymnase du lycée", "Match de handball", "Tribunes pleines", "Équipe au vestiaire"],
        ),
    }
    en_titles = {
        "Coucher de soleil sur la Loire": "Sunset over the Loire",
        "La Loire au crépuscule": "The Loire at dusk",
        "Soir d’été à Saumur": "Summer evening in Saumur",
        "Bords de Loire": "Banks of the Loire",
        "Marché de Noël à Colmar": "Colmar Christmas market",
        "Chalets illuminés": "Lit-up chalets",
        "Vin chaud et lumières": "Mulled wine and lights",
        "Colmar sous la neige": "Colmar under snow",
        "Ruche en été": "Beehive in summer",
        "Abeille sur lavande": "Bee on lavender",
        "Rucher de montagne": "Mountain apiary",
        "Apicultrice au travail": "Beekeeper at work",
        "Vélos en ville": "Bikes in town",
        "Piste cyclable à Strasbourg": "Cycle lane in Strasbourg",
        "Cycliste sous la pluie": "Cyclist in the rain",
        "Parking à vélos": "Bike park",
        "Gymnase du lycée": "School gym",
        "Match de handball": "Handball match",
        "Tribunes pleines": "Full stands",
        "Équipe au vestiaire": "Team in the changing room",
    }
    variants = []
    for key, (kinds, titles) in cases.items():
        picks = [f"i{i + 1}" for i in range(4)]
        target = picks[kinds.index("ok")]
        rows_fr = [[t, kinds_fr[k][0], kinds_fr[k][1]] for t, k in zip(titles, kinds, strict=True)]
        rows_en = [
            [en_titles[t], kinds_en[k][0], kinds_en[k][1]]
            for t, k in zip(titles, kinds, strict=True)
        ]
        B.write(
            f"imagebank-{key}-fr.html",
            fr(
                table_html(
                    "fr",
                    "Banque d’images – résultats",
                    ["Titre", "Type", "Licence"],
                    rows_fr,
                    picks,
                )
            ),
        )
        B.write(
            f"imagebank-{key}-en.html",
            table_html("en", "Image bank – results", ["Title", "Type", "Licence"], rows_en, picks),
        )
        variants.append(
            {
                "key": key,
                "set": key,
                "target": target,
                "res": {
                    "fr": fr(" ; ".join(f"{r[0]} : {r[1]}, {r[2]}" for r in rows_fr)),
                    "en": "; ".join(f"{r[0]}: {r[1]}, {r[2]}" for r in rows_en),
                },
            }
        )
        print("image bank", key, target)
    B.family(
        "f-3.2-fd5fce88",
        "banque-images-ia-licence",
        4,
        "ai-generated-media",
        "pick",
        meta(120),
        material=[
            B.mat(
                "results",
                "imagebank-{{set}}",
                "html",
                "Résultats d’une banque d’images, quatre images avec titre, type et licence : {{res}}.",
                "Results of an image bank, four pictures with title, type and licence: {{res}}.",
            )
        ],
        fr_={
            "statement": "Le journal en ligne du lycée illustre un article et s’interdit les images générées par IA. Il peut créditer l’auteur mais ne paie aucune licence. Sélectionnez la seule image qu’il peut utiliser."
        },
        en_={
            "statement": "The school's online newspaper is illustrating an article and does not use AI-generated pictures. It can credit the author but pays for no licence. Select the only picture it can use."
        },
        solution={"material": "results", "accepted": ["{{target}}"]},
        variants=variants,
    )


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


def main() -> None:
    for f in (f_orientation, f_history, f_resize, f_crop_ratio, f_print_size, f_effective_dpi):
        f()
    B.save("image-editing.yaml")
    for f in (f_muted_track, f_cut_selection, f_edit_list, f_clipping, f_audio_effect, f_wav_size):
        f()
    B.save("sound-editing.yaml")
    for f in (f_playhead, f_timeline, f_crossfades, f_timecode, f_vertical, f_export_bitrate):
        f()
    B.save("video-editing.yaml")
    for f in (f_find_audio, f_spec_csv, f_format_use, f_probe):
        f()
    B.save("media-formats.yaml")
    for f in (f_credentials, f_image_bank, f_generator_terms, f_manifest):
        f()
    B.save("ai-generated-media.yaml")
    _ = yaml  # the kit dumps the YAML


if __name__ == "__main__":
    main()
