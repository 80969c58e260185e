# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module audience_sizes (p_upload_limit, p_banner_pixels, p_scale): each writes
its material under assessment/items/3.3/material/ and adds its family to the bank B; keys are
computed and printed.
"""

from __future__ import annotations

import html

from .kit import B, both, meta, page, pick_family


def p_upload_limit() -> None:
    cases = {
        "a": (
            2,
            [
                ("CV_Martin.docx", "DOCX", 0.4),
                ("CV_Martin_scan.jpg", "JPEG", 1.6),
                ("CV_Martin.pdf", "PDF", 1.1),
                ("CV_Martin_photos.pdf", "PDF", 3.8),
            ],
        ),
        "b": (
            5,
            [
                ("dossier-bourse.pdf", "PDF", 7.2),
                ("dossier-bourse.odt", "ODT", 2.9),
                ("dossier-bourse-leger.pdf", "PDF", 4.6),
                ("dossier-bourse.png", "PNG", 4.1),
            ],
        ),
        "c": (
            1,
            [
                ("attestation.pdf", "PDF", 0.8),
                ("attestation.heic", "HEIC", 0.6),
                ("attestation_couleur.pdf", "PDF", 1.4),
                ("attestation.docx", "DOCX", 0.2),
            ],
        ),
        "d": (
            10,
            [
                ("memoire.pages", "Pages", 6.5),
                ("memoire_final.pdf", "PDF", 12.3),
                ("memoire.docx", "DOCX", 8.1),
                ("memoire_compresse.pdf", "PDF", 9.4),
            ],
        ),
        "e": (
            3,
            [
                ("justificatif.jpg", "JPEG", 2.2),
                ("justificatif.pdf", "PDF", 3.4),
                ("justificatif_150ppp.pdf", "PDF", 0.9),
                ("justificatif.odt", "ODT", 0.5),
            ],
        ),
    }
    variants = []
    for key, (limit, files) in cases.items():
        picks = [f"d{i + 1}" for i in range(len(files))]
        ok = [i for i, (_, f, s) in enumerate(files) if f == "PDF" and s <= limit]
        assert len(ok) == 1, key
        for lang in ("fr", "en"):
            head = ["Fichier", "Format", "Taille"] if lang == "fr" else ["File", "Format", "Size"]
            unit = "Mo" if lang == "fr" else "MB"
            rows = "".join(
                f'<tr data-pick="{p}"><th scope="row">{n}</th><td>{f}</td><td>{(f"{s:g}".replace(".", ",") if lang == "fr" else f"{s:g}")} {unit}</td></tr>\n'
                for p, (n, f, s) in zip(picks, files, strict=True)
            )
            body = (
                "<table><thead><tr>"
                + "".join(f'<th scope="col">{h}</th>' for h in head)
                + f"</tr></thead><tbody>\n{rows}</tbody></table>\n"
            )
            B.write(
                f"uploads-{key}-{lang}.html",
                page(lang, "Mes fichiers" if lang == "fr" else "My files", body),
            )
        variants.append(
            {
                "key": key,
                "set": key,
                "limit": limit,
                "target": picks[ok[0]],
                "files": both(
                    " ; ".join(f"{n} ({f}, {str(s).replace('.', ',')} Mo)" for n, f, s in files),
                    "; ".join(f"{n} ({f}, {s:g} MB)" for n, f, s in files),
                ),
            }
        )
        print("upload", key, picks[ok[0]])
    pick_family(
        "f-3.3-39282dee",
        "depot-format-taille",
        2,
        "audience-and-purpose",
        90,
        "uploads-{{set}}",
        "Liste de quatre fichiers avec leur format et leur taille : {{files}}.",
        "A list of four files with their format and size: {{files}}.",
        "Le formulaire en ligne n’accepte qu’un seul fichier, au format PDF, de {{limit}} Mo au maximum. Sélectionnez le fichier à déposer.",
        "The online form only accepts one file, in PDF format, of at most {{limit}} MB. Select the file to upload.",
        variants,
        enemies=["c-3.3-pdf-cv-01"],
    )


def p_banner_pixels() -> None:
    cases = {
        "a": (1200, 420, 2),
        "b": (800, 450, 2),
        "c": (960, 320, 1.5),
        "d": (600, 300, 3),
        "e": (1440, 360, 2),
    }
    variants = []
    for key, (w, h, k) in cases.items():
        ww, hh = round(w * k), round(h * k)
        k_fr = f"{k:g}".replace(".", ",")
        for lang, title, rows in (
            (
                "fr",
                "Charte du site – images de bandeau",
                [
                    f"Zone d’affichage : {w} × {h} px (CSS)",
                    f"Écrans haute densité : fournir l’image à {k_fr} fois la taille d’affichage",
                    "Format : JPEG ou WebP",
                    "Poids maximal : 400 ko",
                ],
            ),
            (
                "en",
                "Website guidelines – banner images",
                [
                    f"Display area: {w} × {h} px (CSS)",
                    f"High-density screens: supply the image at {k:g} times the display size",
                    "Format: JPEG or WebP",
                    "Maximum weight: 400 kB",
                ],
            ),
        ):
            body = "<ul>\n" + "".join(f"<li>{html.escape(r)}</li>\n" for r in rows) + "</ul>\n"
            B.write(f"charter-{key}-{lang}.html", page(lang, title, body))
        variants.append(
            {"key": key, "set": key, "w": w, "h": h, "k": both(k_fr, f"{k:g}"), "ww": ww, "hh": hh}
        )
        print("banner", key, ww, hh)
    B.family(
        "f-3.3-5976b60a",
        "image-bandeau-densite",
        4,
        "audience-and-purpose",
        "fields",
        meta(120),
        enemies=["c-3.3-web-image-01"],
        material=[
            B.mat(
                "charter",
                "charter-{{set}}",
                "html",
                "Charte d’un site pour les images de bandeau : zone d’affichage {{w}} × {{h}} px, image à fournir à {{k}} fois cette taille pour les écrans haute densité, JPEG ou WebP, 400 ko au plus.",
                "A website's guidelines for banner images: display area {{w}} × {{h}} px, image to supply at {{k}} times that size for high-density screens, JPEG or WebP, at most 400 kB.",
            )
        ],
        fr_={
            "statement": "Vous préparez une image de bandeau pour ce site. D’après sa charte, quelles dimensions doit avoir le fichier ?",
            "fields": {"w": "Largeur (px)", "h": "Hauteur (px)"},
        },
        en_={
            "statement": "You are preparing a banner image for this website. According to its guidelines, what size must the file be?",
            "fields": {"w": "Width (px)", "h": "Height (px)"},
        },
        solution={
            "w": {"number": {"value": "{{ww}}", "unit": "px", "tolerance": 1}},
            "h": {"number": {"value": "{{hh}}", "unit": "px", "tolerance": 1}},
        },
        variants=variants,
    )


def p_scale() -> None:
    sizes = {
        "A2": (420, 594),
        "A3": (297, 420),
        "A4": (210, 297),
        "A5": (148, 210),
        "A6": (105, 148),
    }
    cases = {
        "a": ("A4", "A3"),
        "b": ("A3", "A4"),
        "c": ("A4", "A2"),
        "d": ("A4", "A6"),
        "e": ("A5", "A2"),
    }
    variants = []
    for key, (src, dst) in cases.items():
        pct = round(sizes[dst][0] / sizes[src][0] * 100, 1)
        variants.append({"key": key, "src": src, "dst": dst, "pct": pct})
        print("scale", key, pct)
    B.family(
        "f-3.3-d3000800",
        "echelle-changement-format",
        5,
        "audience-and-purpose",
        "number",
        meta(120),
        fr_={
            "statement": "Un document conçu au format {{src}} doit être imprimé sur une feuille {{dst}}, en gardant ses proportions et en occupant toute la feuille. Quel taux de mise à l’échelle indiquez-vous à l’imprimante, en pourcentage ? (Les formats A ont tous les mêmes proportions ; A4 = 210 × 297 mm, et chaque format suivant est la moitié du précédent.)"
        },
        en_={
            "statement": "A document designed in {{src}} format must be printed on an {{dst}} sheet, keeping its proportions and filling the whole sheet. What scaling rate do you give the printer, as a percentage? (All A formats have the same proportions; A4 = 210 × 297 mm, and each next format is half the previous one.)"
        },
        solution={"value": "{{pct}}", "unit": "%", "tolerance": 1.5},
        variants=variants,
        enemies=["f-1.3-1fb1e29a", "f-2.3-10bd3f79"],  # their key is 210, printed here (A4 width)
    )
