"""`certinum demo`: a school, a certification centre with a published session, and the
verifiable credentials of its certified candidates.

The school (:mod:`certinum.demo_school`) and the session (:mod:`certinum.demo_certification`)
are made through the service functions. The credentials are issued from what the publication
hands over, its :class:`~certinum.certification.publication.ResultsPublished` event: for each
certified candidate, the competence levels and global score the publication computed, the
session's date and centre, and the birth date of the enrolment; signed by
:func:`certinum.issuance.service.issue`. (The demo consumes the event ``publish`` returns
rather than registering an ``on_results_published`` listener, which would stay registered for
the process and issue for every later publication.) Verification codes come from the CSPRNG;
credential ids from the seed. Run twice, it does nothing the second time.
"""

from __future__ import annotations

import functools
import random
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from certinum.certification.centres import centre as centre_info
from certinum.certification.publication import ResultsPublished
from certinum.certification.review_tables import CERTIFIED
from certinum.certification.tables import Enrolment
from certinum.demo_certification import CertificationDemo, load_certification_demo
from certinum.demo_school import SchoolDemo, load_school_demo
from certinum.issuance.service import issue
from certinum.models import IssuedCredential
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


@dataclass(frozen=True, slots=True)
class Demo:
    school: SchoolDemo
    certification: CertificationDemo
    certificates: list[tuple[str, str, str]]  # (name, verification code, verification URL)


def issue_published(
    runtime: Runtime, event: ResultsPublished, centre_id: int, *, seed: int = 2026
) -> list[tuple[str, str, str]]:
    """A credential for each certified candidate of the published ``event``; (name, code,
    URL) by name."""
    base = runtime.settings.base_url
    rng = random.Random(seed)  # noqa: S311 — demo data: the credential ids
    issuer = IssuerProfile(runtime.settings.did, ISSUER_NAME, base)
    info = centre_info(runtime, centre_id)
    centre = CertificationCentre(f"urn:certinum:centre:{info.code}", info.name)
    certified = [r for r in event.results if r.outcome == CERTIFIED and r.score is not None]
    with runtime.sessions() as db:
        found = db.execute(
            select(Enrolment.id, Enrolment.birth_date).where(
                Enrolment.id.in_([r.enrolment_id for r in certified])
            )
        )
        births = {int(enrolment): born for enrolment, born in found}
    out = []
    for r in sorted(certified, key=lambda r: (r.last_name, r.first_name, r.enrolment_id)):
        code = generate_unique_code(functools.partial(code_exists, runtime))
        result = CertificationResult(
            given_name=r.first_name,
            family_name=r.last_name,
            birth_date=births[r.enrolment_id],
            verification_code=code,
            session_date=r.day,
            centre=centre,
            global_score=r.score or 0,
            competence_levels=dict(r.levels),
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
    return sorted(out)  # by name, as read back


def _issued(runtime: Runtime) -> list[tuple[str, str, str]]:
    base = runtime.settings.base_url
    with runtime.sessions() as db:
        rows = db.scalars(
            select(IssuedCredential).where(IssuedCredential.verification_code.is_not(None))
        ).all()
    return sorted(
        (r.subject_name, r.verification_code or "", f"{base}/verify/{r.verification_code}")
        for r in rows
    )


def load_demo(runtime: Runtime, *, seed: int = 2026) -> Demo:
    """Make the demo once; later runs read it back and change nothing."""
    school = load_school_demo(runtime, seed=seed)
    made = load_certification_demo(runtime, school, seed=seed)
    if made.published is None:  # published by an earlier run, which issued the credentials
        return Demo(school, made, _issued(runtime))
    certificates = issue_published(runtime, made.published, made.centre_id, seed=seed)
    runtime.audit(
        "demo.load",
        actor="demo",
        target=f"session:{made.session_id}",
        details={"certificates": len(certificates), "session": made.day.isoformat()},
    )
    return Demo(school, made, certificates)
