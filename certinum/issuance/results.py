"""Issuing the certificate of one published certification result.

:func:`issue_result` turns one ``cert_results`` row into one signed ``OpenBadgeCredential``
(the builder :func:`issuer.openbadge.build_certificate_credential`, signed with its
``BitstringStatusListEntry``) and its French PDF certificate, with a fresh verification code
drawn with a CSPRNG (:func:`issuer.codes.generate_code`), stored with the id of the result it
states (``issued_credentials.result_id``, unique): it is a batch of one of
:mod:`certinum.issuance.batch`, made in the calling process. :func:`statement` is what a
result's certificate states, or why it gets none.

It is idempotent: a result that already has its credential gets that credential back, and two
issuances of one result at once (two workers, on PostgreSQL) end with one credential: the
second one's insert fails on the unique ``result_id`` and it returns the first one's.
Only a ``certified`` result of a published session gets a certificate: a cancelled result is
refused (``cancelled-result``), and so are the other outcomes (``not-certified``: fewer than
20 answers, no result).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from certinum.certification.review_tables import CANCELLED, CERTIFIED, PublishedResult
from certinum.certification.tables import (
    PUBLISHED,
    Centre,
    CertificationSession,
    Enrolment,
)
from certinum.errors import IssuanceRefused
from certinum.runtime import Runtime
from issuer.openbadge import (
    CertificateInputError,
    CertificationCentre,
    CertificationResult,
)

ISSUER_NAME = "Certinum"
CENTRE_URN = "urn:certinum:centre:"
_CODE_DRAWS = 5  # a certificate whose code or status entry collided is made again, this often


@dataclass(frozen=True, slots=True)
class IssuedResult:
    """The certificate of one result: its credential id, code, signed document, and whether
    this call made it (False: it existed already)."""

    result_id: int
    credential_id: str
    code: str
    document: dict[str, Any]
    created: bool


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
