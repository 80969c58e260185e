"""Demo data: a school, a certification centre and a published session with certified pupils.

The candidates and their abilities are seeded; their competence levels and global score are
derived by the same scoring functions as real tests; verification codes come from the CSPRNG.
Run twice, it does nothing the second time.
"""

from __future__ import annotations

import functools
import random
import uuid
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import select

from assessment.framework import COMPETENCE_CODES
from assessment.scoring import global_score, level_of_theta
from certinum.issuance.service import issue
from certinum.models import AuditEvent, IssuedCredential
from certinum.verification.service import code_exists
from issuer.codes import generate_unique_code
from issuer.openbadge import (
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
)

if TYPE_CHECKING:
    from certinum.runtime import Runtime

ISSUER_NAME = "Certinum"

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


def load_demo(runtime: Runtime, *, seed: int = 2026) -> list[tuple[str, str, str]]:
    """Issue the demo certificates once; return (name, code, verification URL) for each."""
    base = runtime.settings.base_url
    with runtime.sessions() as session:
        existing = session.scalars(
            select(IssuedCredential)
            .where(IssuedCredential.verification_code.is_not(None))
            .order_by(IssuedCredential.issued_at)
        ).all()
        done = session.scalar(select(AuditEvent).where(AuditEvent.action == "demo.load"))
    if done is not None:
        return [
            (r.subject_name, r.verification_code or "", f"{base}/verify/{r.verification_code}")
            for r in existing
        ]
    rng = random.Random(seed)  # noqa: S311 — demo data
    issuer = IssuerProfile(runtime.settings.did, ISSUER_NAME, base)
    centre = CertificationCentre(CENTRE_ID, CENTRE)
    out = []
    for cand in demo_candidates(seed):
        levels = {
            code: level_of_theta(cand.ability + rng.gauss(0, 0.5)) for code in COMPETENCE_CODES
        }
        code = generate_unique_code(functools.partial(code_exists, runtime))
        result = CertificationResult(
            given_name=cand.given_name,
            family_name=cand.family_name,
            birth_date=cand.birth_date,
            verification_code=code,
            session_date=SESSION_DATE,
            centre=centre,
            global_score=global_score(cand.ability, levels),
            competence_levels=levels,
        )
        doc = build_certificate_credential(
            result,
            issuer=issuer,
            base_url=base,
            credential_id=f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
            valid_from=runtime.clock(),
            status=None,
        )
        issue(runtime, doc, actor="demo", verification_code=code, subject_name=result.display_name)
        out.append((result.display_name, code, f"{base}/verify/{code}"))
    runtime.audit(
        "demo.load",
        actor="demo",
        target=SCHOOL,
        details={"certificates": len(out), "session": SESSION_DATE.isoformat()},
    )
    return out
