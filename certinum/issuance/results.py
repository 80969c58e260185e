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
import uuid
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
from certinum.issuance.service import code_taken, issue
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from issuer.codes import generate_code
from issuer.openbadge import (
    CertificateInputError,
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
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
    result, enrolment, session, centre = found
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
    issued now, or the one issued before (``created`` False)."""
    before = _existing(runtime, session_id, result_id)
    if before is not None:
        return before
    base = runtime.settings.base_url
    issuer = IssuerProfile(runtime.settings.did, ISSUER_NAME, base)
    for _ in range(_CODE_DRAWS):
        code = generate_code()
        with runtime.sessions() as db:
            if code_taken(db, code):
                continue
        stated = certificate_input(runtime, session_id, result_id, code)
        credential_id = f"urn:uuid:{uuid.uuid4()}"
        doc = build_certificate_credential(
            stated,
            issuer=issuer,
            base_url=base,
            credential_id=credential_id,
            valid_from=runtime.clock(),
            status=None,
        )
        try:
            signed = issue(
                runtime,
                doc,
                actor="issuance",
                verification_code=code,
                subject_name=stated.display_name,
                audit_details={"result": result_id, "session": session_id},
                result_id=result_id,
            )
        except IssuanceRefused as exc:
            if exc.code == "duplicate-result":
                raced = _existing(runtime, session_id, result_id)
                if raced is not None:
                    return raced
            if exc.code == "duplicate-code":
                continue
            raise
        return IssuedResult(result_id, credential_id, code, signed, True)
    raise IssuanceRefused("code-exhausted", f"{_CODE_DRAWS} codes drawn in a row were taken")
