"""Test helpers: certificate credentials as the service issues them."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime
from typing import Any

from assessment.framework import COMPETENCE_CODES
from issuer.codes import generate_code
from issuer.openbadge import (
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
)

NOW = datetime(2026, 6, 12, 15, 30, tzinfo=UTC)


def certificate(
    did: str, base_url: str, *, seed: int = 1, holder_id: str | None = None
) -> dict[str, Any]:
    """An unsigned 16-competence certificate credential with varied, realistic values."""
    rng = random.Random(seed)
    given = rng.choice(["Jeanne", "Éloïse", "Noé", "Zoë", "Anaïs", "Jean-Baptiste"])
    family = rng.choice(["Dupont", "Lefèvre", "N'Diaye", "Müller", "de la Tour"])
    result = CertificationResult(
        given_name=given,
        family_name=family,
        birth_date=date(2008 + rng.randrange(4), 1 + rng.randrange(12), 1 + rng.randrange(28)),
        verification_code=generate_code(randbelow=rng.randrange),
        session_date=date(2026, 6, 1 + rng.randrange(20)),
        centre=CertificationCentre("urn:certinum:centre:0692457W", "Collège Jean Moulin"),
        global_score=rng.randrange(1024),
        competence_levels={code: rng.randrange(9) for code in COMPETENCE_CODES},
    )
    return build_certificate_credential(
        result,
        issuer=IssuerProfile(did, "Certinum", base_url),
        base_url=base_url,
        credential_id=f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128), version=4)}",
        valid_from=NOW,
        status=None,
        holder_id=holder_id,
    )
