"""Issuing the certificate of one published certification result.

:func:`issue_result` turns one ``cert_results`` row into one signed ``OpenBadgeCredential``
(the builder :func:`issuer.openbadge.build_certificate_credential`, signed by
:func:`certinum.issuance.service.issue` with its ``BitstringStatusListEntry``), with a fresh
verification code drawn with a CSPRNG (:func:`issuer.codes.generate_code`), stored with the id
of the result it states (``issued_credentials.result_id``, unique).

It is idempotent: a result that already has its credential gets that credential back, and two
issuances of one result at once (two workers, on PostgreSQL) end with one credential: the
second one's insert fails on the unique ``result_id`` and it returns the first one's.
Only a ``certified`` result of a published session gets a certificate: a cancelled result is
refused (``cancelled-result``), and so are the other outcomes (``not-certified``: fewer than
20 answers, no result).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from certinum.certification.review_tables import CANCELLED, CERTIFIED, PublishedResult
from certinum.certification.tables import (
    PUBLISHED,
    Centre,
    CertificationSession,
    Enrolment,
)
from certinum.errors import IssuanceRefused, UnknownCertificationRecord
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from issuer.openbadge import (
    CertificateInputError,
    CertificationCentre,
    CertificationResult,
)

ISSUER_NAME = "Certinum"
CENTRE_URN = "urn:certinum:centre:"
_CODE_DRAWS = 5  # a drawn code already taken (24^8 codes) is drawn again, this many times


@dataclass(frozen=True, slots=True)
class IssuedResult:
    """The certificate of one result: its credential id, code, signed document, and whether
    this call made it (False: it existed already)."""

    result_id: int
    credential_id: str
    code: str
    document: dict[str, Any]
    created: bool


def _existing(runtime: Runtime, session_id: int, result_id: int) -> IssuedResult | None:
    with runtime.sessions() as db:
        row = db.scalar(
            select(IssuedCredential)
            .join(PublishedResult, PublishedResult.id == IssuedCredential.result_id)
            .where(PublishedResult.id == result_id, PublishedResult.session_id == session_id)
        )
        if row is None:
            return None
        return IssuedResult(
            result_id, row.id, row.verification_code or "", json.loads(row.document), False
        )


def certificate_input(runtime: Runtime, session_id: int, result_id: int, code: str) -> (
    CertificationResult
):  # fmt: skip
    """What the certificate of ``result_id`` states, read from the published result, the
    enrolment (name, birth date), the session (date) and its centre."""
    with runtime.sessions() as db:
        found = db.execute(
            select(PublishedResult, Enrolment, CertificationSession, Centre)
            .join(Enrolment, Enrolment.id == PublishedResult.enrolment_id)
            .join(CertificationSession, CertificationSession.id == PublishedResult.session_id)
            .join(Centre, Centre.id == CertificationSession.centre_id)
            .where(PublishedResult.id == result_id, PublishedResult.session_id == session_id)
        ).one_or_none()
    if found is None:
        raise UnknownCertificationRecord(
            "unknown-result", f"no result {result_id} in session {session_id}"
        )
    return statement(*found, code=code)


def statement(
    result: PublishedResult, enrolment: Enrolment, session: CertificationSession, centre: Centre,
    *, code: str,
) -> CertificationResult:  # fmt: skip
    """What the certificate of ``result`` states, or :class:`IssuanceRefused` when the result
    gets none (session not published, result cancelled or not certified, bad data)."""
    result_id, session_id = result.id, session.id
    if session.status != PUBLISHED:
        raise IssuanceRefused("not-published", f"session {session_id} is not published")
    if result.outcome == CANCELLED:
        raise IssuanceRefused("cancelled-result", f"the result {result_id} was cancelled")
    if result.outcome != CERTIFIED or result.score is None or result.levels is None:
        raise IssuanceRefused(
            "not-certified", f"the result {result_id} is {result.outcome!r}, not certified"
        )
    try:
        return CertificationResult(
            given_name=enrolment.first_name,
            family_name=enrolment.last_name,
            birth_date=enrolment.birth_date,
            verification_code=code,
            session_date=session.day,
            centre=CertificationCentre(CENTRE_URN + centre.code, centre.name),
            global_score=result.score,
            competence_levels=dict(result.levels),
        )
    except CertificateInputError as exc:
        raise IssuanceRefused("bad-result", f"result {result_id}: {exc}") from None


def issue_result(runtime: Runtime, session_id: int, result_id: int) -> IssuedResult:
    """The certificate of the published result ``result_id`` of session ``session_id``:
    issued now (credential, code, status entry and French PDF in one transaction, made in
    this process), or the one issued before (``created`` False)."""
    from certinum.issuance.batch import issue_batch, local_pool

    for _ in range(_CODE_DRAWS):
        outcome = issue_batch(runtime, local_pool(runtime), session_id, [result_id])
        for done in (*outcome.issued, *outcome.existing):
            return done
        if result_id in outcome.failed:
            raise outcome.failed[result_id]
    raise IssuanceRefused("code-exhausted", f"{_CODE_DRAWS} tries in a row collided")
