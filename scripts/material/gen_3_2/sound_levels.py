# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module sound_levels (f_clipping, f_audio_effect, f_wav_size): each writes its
material under assessment/items/3.2/material/ and adds its family to the bank B; keys are
computed and printed.
"""

from __future__ import annotations

from _itemkit import svg_panel

from .kit import B, meta, mmss, table_html


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
