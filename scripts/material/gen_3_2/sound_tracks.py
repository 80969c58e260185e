# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.2 families of module sound_tracks (f_muted_track, f_cut_selection, f_edit_list): each writes
its material under assessment/items/3.2/material/ and adds its family to the bank B; keys are
computed and printed.
"""

from __future__ import annotations

from _itemkit import fr, svg_panel

from .kit import B, meta, mmss, table_html

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
