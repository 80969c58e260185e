# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module video_export (f_timecode, f_vertical, f_export_bitrate): each writes its
material under assessment/items/3.2/material/ and adds its family to the bank B; keys are
computed and printed.
"""

from __future__ import annotations

from _itemkit import svg_panel

from .kit import B, meta, mmss


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
