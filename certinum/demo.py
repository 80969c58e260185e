"""Demo data: a school, a certification centre and a published session with certified pupils.

Deterministic (seeded) so the printed codes are stable across runs of one database; run twice,
it does nothing the second time. The candidates' abilities are drawn, their competence levels
and global score derived by the same scoring functions as real tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

SCHOOL = "Collège Jean Moulin, Lyon"
CENTRE_ID = "urn:certinum:centre:0692457X"
CENTRE = "Centre de certification — Collège Jean Moulin"
SESSION_DATE = date(2026, 6, 12)

PUPILS = (
    ("Jeanne", "Dupont", date(2011, 4, 17), "3e A"),
    ("Lucas", "Martin", date(2011, 9, 2), "3e A"),
    ("Inès", "Benali", date(2011, 1, 23), "3e A"),
    ("Hugo", "Lefèvre", date(2010, 12, 5), "3e B"),
    ("Chloé", "Nguyen", date(2011, 6, 30), "3e B"),
    ("Mathis", "Moreau", date(2011, 3, 14), "3e B"),
    ("Léa", "Girard", date(2011, 8, 8), "3e C"),
    ("Adam", "Diallo", date(2011, 11, 19), "3e C"),
)


@dataclass(frozen=True, slots=True)
class DemoCandidate:
    given_name: str
    family_name: str
    birth_date: date
    division: str
    ability: float


def demo_candidates(seed: int = 2026) -> list[DemoCandidate]:
    rng = random.Random(seed)  # noqa: S311 — demo data, not security
    return [DemoCandidate(g, f, b, d, round(rng.gauss(0.3, 0.9), 3)) for g, f, b, d in PUPILS]
