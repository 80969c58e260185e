"""`certinum demo`: a school, a certification centre with a published session, and the
verifiable credentials of its certified candidates.

The school (:mod:`certinum.demo_school`) and the session (:mod:`certinum.demo_certification`)
are made through the service functions. The certificates are issued as the session's issuance
job issues them (:func:`certinum.issuance.jobs.issue_certificate` for each certified result:
the levels and score the publication computed, a verification code from the CSPRNG, a status
entry), here in the demo's own process rather than by the service's worker, so that the
command can print them. Run twice, it does nothing the second time.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from certinum.demo_certification import CertificationDemo, load_certification_demo
from certinum.demo_school import SchoolDemo, load_school_demo
from certinum.issuance.jobs import issue_certificate, missing_results
from certinum.models import IssuedCredential

if TYPE_CHECKING:
    from certinum.runtime import Runtime

MAX_DEMO_RESULTS = 1000  # the demo session has 20


@dataclass(frozen=True, slots=True)
class Demo:
    school: SchoolDemo
    certification: CertificationDemo
    certificates: list[tuple[str, str, str]]  # (name, verification code, verification URL)


def issue_published(runtime: Runtime, session_id: int) -> list[tuple[str, str, str]]:
    """Issue the certificates of the published session ``session_id`` as its issuance job
    does (:func:`certinum.issuance.jobs.issue_certificate` for each result still without
    one); (name, code, URL) of every issued certificate, by name."""
    with runtime.sessions() as db:
        missing = missing_results(db, session_id, MAX_DEMO_RESULTS, set())
    for result_id in missing:
        issue_certificate(runtime, session_id, result_id)
    return _issued(runtime)


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
    certificates = issue_published(runtime, made.session_id)
    runtime.audit(
        "demo.load",
        actor="demo",
        target=f"session:{made.session_id}",
        details={"certificates": len(certificates), "session": made.day.isoformat()},
    )
    return Demo(school, made, certificates)
