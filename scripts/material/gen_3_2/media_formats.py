# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module media_formats (f_find_audio, f_spec_csv, f_format_use, f_probe): each
writes its material under assessment/items/3.2/material/ and adds its family to the bank B; keys
are computed and printed.
"""

from __future__ import annotations

import csv
import io

from .kit import B, meta, table_html

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
