# ruff: noqa: E501 — the item texts and material tables are data, kept one entry per line
"""3.3 families of module access_contrast (a_contrast_pick, a_contrast_compute, a_alt_text): each
writes its material under assessment/items/3.3/material/ and adds its family to the bank B; keys
are computed and printed.
"""

from __future__ import annotations

from _itemkit import fr, svg_panel

from .kit import B, both, list_variants, meta, page, pick_family

# ---------------------------------------------------------------- accessibility


def _lum(hexc: str) -> float:
    def ch(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hexc[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b)


def contrast(a: str, b: str) -> float:
    la, lb = sorted((_lum(a), _lum(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def a_contrast_pick() -> None:
    cases = {
        "a": [
            ("#595959", "#FFFFFF"),
            ("#777777", "#FFFFFF"),
            ("#FFFFFF", "#1F4E79"),
            ("#000000", "#FFD966"),
        ],
        "b": [
            ("#FFFFFF", "#C00000"),
            ("#333333", "#F2F2F2"),
            ("#FFFFFF", "#F08080"),
            ("#1A1A1A", "#FFFFFF"),
        ],
        "c": [
            ("#2E7D32", "#FFFFFF"),
            ("#FFFFFF", "#0B3D91"),
            ("#7A7A7A", "#F5F5F5"),
            ("#000000", "#E6E6E6"),
        ],
        "d": [
            ("#0055A4", "#FFFFFF"),
            ("#FFFFFF", "#2F8F46"),
            ("#222222", "#FAFAFA"),
            ("#5A3E00", "#FFF4D6"),
        ],
        "e": [
            ("#FFFFFF", "#767676"),
            ("#FFFFFF", "#4A4A4A"),
            ("#8A8A8A", "#FFFFFF"),
            ("#003366", "#E8F0F8"),
        ],
    }
    variants = []
    for key, pairs in cases.items():
        ratios = [contrast(a, b) for a, b in pairs]
        bad = [i for i, r in enumerate(ratios) if r < 4.5]
        assert len(bad) == 1, (key, [round(r, 2) for r in ratios])
        picks = [f"k{i + 1}" for i in range(len(pairs))]
        for lang in ("fr", "en"):
            head = (
                ["Texte", "Fond", "Contraste"]
                if lang == "fr"
                else ["Text", "Background", "Contrast"]
            )
            rows = "".join(
                f'<tr data-pick="{p}"><td>{a}</td><td>{b}</td><td>{(f"{r:.2f}".replace(".", ",") if lang == "fr" else f"{r:.2f}")}:1</td></tr>\n'
                for p, (a, b), r in zip(picks, pairs, ratios, strict=True)
            )
            body = (
                "<table><thead><tr>"
                + "".join(f'<th scope="col">{h}</th>' for h in head)
                + f"</tr></thead><tbody>\n{rows}</tbody></table>\n"
            )
            B.write(
                f"contrast-{key}-{lang}.html",
                page(
                    lang, "Vérificateur de contraste" if lang == "fr" else "Contrast checker", body
                ),
            )
        desc_fr = " ; ".join(
            f"{a} sur {b} : {r:.2f}:1".replace(".", ",")
            for (a, b), r in zip(pairs, ratios, strict=True)
        )
        desc_en = "; ".join(
            f"{a} on {b}: {r:.2f}:1" for (a, b), r in zip(pairs, ratios, strict=True)
        )
        variants.append(
            {"key": key, "set": key, "target": picks[bad[0]], "pairs": both(fr(desc_fr), desc_en)}
        )
        print("contrast pick", key, picks[bad[0]], [round(r, 2) for r in ratios])
    B.family(
        "f-3.3-17ea9fe6",
        "contraste-verificateur-seuil",
        4,
        "accessibility",
        "pick",
        meta(120, tied=True, review_by="2028-12-31"),
        enemies=["c-3.3-contrast-ratio-01", "c-3.3-contrast-01"],
        material=[
            B.mat(
                "checker",
                "contrast-{{set}}",
                "html",
                "Résultats d’un vérificateur de contraste pour quatre couleurs de texte et de fond : {{pairs}}.",
                "Results of a contrast checker for four text and background colours: {{pairs}}.",
            )
        ],
        fr_={
            "statement": "Les textes du site sont de taille normale et doivent respecter le niveau AA des WCAG. Sélectionnez la seule combinaison de couleurs qui ne le respecte pas."
        },
        en_={
            "statement": "The website's text is normal-size and must meet WCAG level AA. Select the only colour combination that does not meet it."
        },
        solution={"material": "checker", "accepted": ["{{target}}"]},
        variants=variants,
    )


def a_contrast_compute() -> None:
    cases = {
        "a": ("#1F4E79", "#FFFFFF"),
        "b": ("#FFFFFF", "#C00000"),
        "c": ("#333333", "#FFD966"),
        "d": ("#0B3D91", "#E8F0F8"),
        "e": ("#5A3E00", "#FFF4D6"),
    }
    variants = []
    for key, (t, bg) in cases.items():
        lt, lb = _lum(t), _lum(bg)
        ratio = round(contrast(t, bg), 2)
        for lang, title, lines in (
            (
                "fr",
                "Inspecteur de couleurs",
                [
                    f"Couleur du texte : {t}",
                    f"Luminance relative du texte : {lt:.4f}".replace(".", ","),
                    f"Couleur du fond : {bg}",
                    f"Luminance relative du fond : {lb:.4f}".replace(".", ","),
                ],
            ),
            (
                "en",
                "Colour inspector",
                [
                    f"Text colour: {t}",
                    f"Relative luminance of the text: {lt:.4f}",
                    f"Background colour: {bg}",
                    f"Relative luminance of the background: {lb:.4f}",
                ],
            ),
        ):
            B.write(
                f"inspector-{key}-{lang}.svg",
                svg_panel(title, [(x, None) for x in lines], lang, width=400),
            )
        variants.append(
            {
                "key": key,
                "set": key,
                "t": t,
                "bg": bg,
                "lt": both(f"{lt:.4f}".replace(".", ","), f"{lt:.4f}"),
                "lb": both(f"{lb:.4f}".replace(".", ","), f"{lb:.4f}"),
                "ratio": ratio,
            }
        )
        print("contrast ratio", key, ratio)
    B.family(
        "f-3.3-03577f8c",
        "contraste-calcul-rapport",
        7,
        "accessibility",
        "number",
        meta(240, tied=True, review_by="2028-12-31"),
        enemies=["f-3.3-17ea9fe6", "c-3.3-contrast-ratio-01"],
        material=[
            B.mat(
                "inspector",
                "inspector-{{set}}",
                "svg",
                "Inspecteur de couleurs : texte {{t}} (luminance relative {{lt}}), fond {{bg}} (luminance relative {{lb}}).",
                "Colour inspector: text {{t}} (relative luminance {{lt}}), background {{bg}} (relative luminance {{lb}}).",
            )
        ],
        fr_={
            "statement": "À partir des luminances relatives affichées, calculez le rapport de contraste de ce texte sur ce fond selon la définition des WCAG 2 (deux décimales)."
        },
        en_={
            "statement": "From the relative luminances shown, compute the contrast ratio of this text on this background as defined by WCAG 2 (two decimals)."
        },
        solution={"value": "{{ratio}}", "unit": ":1", "tolerance": 0.05},
        variants=variants,
    )


def a_alt_text() -> None:
    cases = {
        "a": (
            [
                (
                    "Photo de la façade — alt : « Façade de la mairie, entrée principale rue Haute »",
                    "Photo of the front — alt: “Town hall front, main entrance on rue Haute”",
                ),
                (
                    "Graphique — alt : « Fréquentation 2026 : hausse de 12 % par rapport à 2025 »",
                    "Chart — alt: “Attendance 2026: up 12% on 2025”",
                ),
                ("Photo de l’équipe — alt : « IMG_4021.jpg »", "Team photo — alt: “IMG_4021.jpg”"),
                (
                    "Logo de la ville, lien vers l’accueil — alt : « Accueil, ville de Saint-Aubin »",
                    "Town logo linking to the home page — alt: “Home, town of Saint-Aubin”",
                ),
            ],
            2,
        ),
        "b": (
            [
                ("Plan d’accès — alt : « image »", "Access map — alt: “image”"),
                (
                    "Photo du gymnase — alt : « Gymnase Jean-Moulin, entrée côté parking »",
                    "Photo of the gym — alt: “Jean-Moulin gym, entrance by the car park”",
                ),
                (
                    "Affiche du gala — alt : « Gala de danse, samedi 6 juin, 20 h, salle des fêtes »",
                    "Gala poster — alt: “Dance gala, Saturday 6 June, 8 pm, village hall”",
                ),
                (
                    "Icône d’imprimante, bouton Imprimer — alt : « Imprimer la page »",
                    "Printer icon, Print button — alt: “Print the page”",
                ),
            ],
            0,
        ),
        "c": (
            [
                (
                    "Diagramme — alt : « Répartition du budget : 60 % personnel, 25 % locaux, 15 % activités »",
                    "Diagram — alt: “Budget split: 60% staff, 25% premises, 15% activities”",
                ),
                (
                    "Photo de la présidente — alt : « Claire Dumas, présidente de l’association »",
                    "Photo of the chair — alt: “Claire Dumas, chair of the association”",
                ),
                (
                    "Carte des sentiers — alt : « Cliquez pour agrandir »",
                    "Trail map — alt: “Click to enlarge”",
                ),
                (
                    "Logo, lien vers l’accueil — alt : « Accueil, Randos 38 »",
                    "Logo linking to home — alt: “Home, Randos 38”",
                ),
            ],
            2,
        ),
        "d": (
            [
                (
                    "Photo du marché — alt : « Étals du marché couvert le samedi matin »",
                    "Market photo — alt: “Covered market stalls on Saturday morning”",
                ),
                ("Graphique des ventes — alt : « graphique »", "Sales chart — alt: “chart”"),
                (
                    "Bouton loupe du champ de recherche — alt : « Rechercher »",
                    "Magnifier button of the search field — alt: “Search”",
                ),
                (
                    "Photo du chef — alt : « Le chef Karim Aït-Ali dans sa cuisine »",
                    "Photo of the chef — alt: “Chef Karim Aït-Ali in his kitchen”",
                ),
            ],
            1,
        ),
        "e": (
            [
                (
                    "Icône d’enveloppe, lien de contact — alt : « Nous écrire »",
                    "Envelope icon, contact link — alt: “Write to us”",
                ),
                (
                    "Photo de la classe — alt : « Les élèves de CM2 devant le musée »",
                    "Class photo — alt: “Year 6 pupils in front of the museum”",
                ),
                (
                    "Schéma du circuit — alt : « Circuit de 8 km, départ et arrivée à l’église »",
                    "Route diagram — alt: “8 km loop, start and finish at the church”",
                ),
                (
                    "Courbe des températures — alt : « photo1.png »",
                    "Temperature curve — alt: “photo1.png”",
                ),
            ],
            3,
        ),
    }
    v = list_variants(
        "alts",
        (
            "Images de la page et leur texte alternatif",
            "The page's images and their alternative text",
        ),
        {k: (e, r, {}) for k, (e, r) in cases.items()},
    )
    pick_family(
        "f-3.3-5fa5c6c8",
        "texte-alternatif-inutile",
        2,
        "accessibility",
        90,
        "alts-{{set}}",
        "Liste des quatre images porteuses d’information d’une page, avec leur texte alternatif : {{items}}.",
        "List of the four informative images of a page, with their alternative text: {{items}}.",
        "Toutes ces images portent une information. Sélectionnez celle dont le texte alternatif n’apprend rien à une personne qui ne la voit pas.",
        "All these images carry information. Select the one whose alternative text tells nothing to someone who cannot see it.",
        v,
        enemies=["c-3.3-alt-text-01", "c-3.3-decorative-image-01"],
    )
