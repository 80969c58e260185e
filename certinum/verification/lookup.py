"""The credential of a certificate the public may see, by its verification code, verified.

Only a published, certified result has a public certificate: the credential must state a
result (``issued_credentials.result_id``) that is ``certified`` in a ``published`` session, the
same rule as the downloads (:mod:`certinum.issuance.certificates`). A revoked certificate is
still shown (its verdict says revoked); a code never issued, a credential sent to the VC API
without a result, and a result that is no longer certified (cancelled) all give ``None``, so
that the page cannot tell them apart.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from certinum.certification.review_tables import CERTIFIED, PublishedResult
from certinum.certification.tables import PUBLISHED, CertificationSession
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from certinum.verification.service import verify
from verifier.verify import VerificationResult


def published_credential(runtime: Runtime, code: str) -> tuple[dict[str, Any], bool] | None:
    """(the signed credential, whether it is revoked) of the public certificate ``code``."""
    query = (
        select(IssuedCredential.document, IssuedCredential.revoked_at)
        .join(PublishedResult, PublishedResult.id == IssuedCredential.result_id)
        .join(CertificationSession, CertificationSession.id == PublishedResult.session_id)
        .where(
            IssuedCredential.verification_code == code,
            CertificationSession.status == PUBLISHED,
            PublishedResult.outcome == CERTIFIED,
        )
    )
    with runtime.sessions() as db:
        row = db.execute(query).first()
    if row is None:
        return None
    return dict(json.loads(row[0])), row[1] is not None


def checked(runtime: Runtime, code: str) -> tuple[dict[str, Any], VerificationResult, bool] | None:
    """The public certificate ``code`` (normalised), its verification now, and whether it is
    revoked in the database; None for any other code."""
    found = published_credential(runtime, code)
    if found is None:
        return None
    return found[0], verify(runtime, found[0]), found[1]
