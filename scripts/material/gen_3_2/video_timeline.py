# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module video_timeline (f_playhead, f_timeline, f_crossfades): each writes its
material under assessment/items/3.2/material/ and adds its family to the bank B; keys are
computed and printed.
"""

from __future__ import annotations

import csv
import io

from _itemkit import svg_panel

from .kit import B, meta, mmss, table_html

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
