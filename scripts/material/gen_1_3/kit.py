"""Shared helpers of the 1.3 families: paths, the FAMILIES list, add, the spreadsheet and chart
writers and the data several themes use. Writes nothing by itself.
"""

from __future__ import annotations

import random

from bankgen import ROOT, csv_text, material, typo_fr, write_text

DIR = ROOT / "assessment" / "items" / "1.3"
MAT = DIR / "material"
KEYS = "abcde"
FIRST = [
    "Ana",
    "Lucas",
    "Inès",
    "Malik",
    "Jules",
    "Sara",
    "Noé",
    "Lina",
    "Hugo",
    "Maëlle",
    "Yanis",
    "Zoé",
    "Théo",
    "Aya",
    "Léon",
    "Jade",
    "Naël",
    "Romy",
    "Sacha",
    "Elsa",
    "Ilan",
    "Mila",
    "Oscar",
    "Lou",
]
LAST = [
    "Morvan",
    "Lefort",
    "Benhadj",
    "Garnier",
    "Tessier",
    "Rouxel",
    "Caron",
    "Pham",
    "Perrin",
    "Faure",
    "Diakité",
    "Marchal",
    "Quéré",
    "Lemaire",
    "Ollivier",
    "Sauvage",
]
CITIES = ["Lyon", "Nantes", "Lille", "Rennes", "Dijon", "Tours", "Metz", "Brest"]


def write_csv(
    stem: str, key: str, head_fr: list, head_en: list, rows_fr: list, rows_en: list
) -> None:
    write_text(MAT / f"{stem}-{key}-fr.csv", csv_text([head_fr, *rows_fr], ";"))
    write_text(MAT / f"{stem}-{key}-en.csv", csv_text([head_en, *rows_en], ","))


def csv_mat(stem: str, alt_fr: str, alt_en: str, mid: str = "data") -> dict:
    return material(mid, stem, "csv", "text/csv", alt_fr, alt_en)


FAMILIES: list[dict] = []


def add(f: dict) -> None:
    for v in f.get("variants", []):
        for name, value in v.items():
            if name.endswith("_fr") and isinstance(value, str):
                v[name] = typo_fr(value)
    FAMILIES.append(f)


MONTHS = [("janvier", "January"), ("février", "February"), ("mars", "March")]
REGIONS = [("Nord", "North"), ("Sud", "South"), ("Est", "East"), ("Ouest", "West")]


def sales(rng: random.Random, n: int) -> list[tuple[int, int, str, float]]:
    sellers = rng.sample(FIRST, 4)
    return [
        (rng.randrange(3), rng.randrange(4), rng.choice(sellers), rng.randint(40, 900))
        for _ in range(n)
    ]


def sales_csv(
    stem: str,
    key: str,
    rows: list[tuple[int, int, str, float]],
    category: list[int] | None = None,
) -> None:
    cats = [("Matériel", "Hardware"), ("Logiciel", "Software"), ("Service", "Service")]
    head_fr, head_en = (
        ["Mois", "Région", "Vendeur", "Montant (€)"],
        ["Month", "Region", "Seller", "Amount (€)"],
    )
    if category is not None:
        head_fr.insert(3, "Catégorie")
        head_en.insert(3, "Category")
    rows_fr, rows_en = [], []
    for j, (m, r, s, a) in enumerate(rows):
        fr = [MONTHS[m][0], REGIONS[r][0], s, a]
        en = [MONTHS[m][1], REGIONS[r][1], s, a]
        if category is not None:
            fr.insert(3, cats[category[j]][0])
            en.insert(3, cats[category[j]][1])
        rows_fr.append(fr)
        rows_en.append(en)
    write_csv(stem, key, head_fr, head_en, rows_fr, rows_en)
