"""`certinum demo`'s certification: a centre and a published session of 20 certified pupils,
made through the service functions, whose credentials are issued from the published results;
a second run changes nothing."""

from __future__ import annotations

import json
from typing import Any

from accounts_helpers import Clock, accounts_runtime
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.people import log_in
from certinum.certification.publication import candidate_results
from certinum.certification.review_tables import CERTIFIED, PublishedResult
from certinum.certification.school_results import school_results
from certinum.certification.tables import (
    PUBLISHED,
    CertificationAnswer,
    CertificationSession,
    CertificationTestRow,
    Incident,
)
from certinum.demo import load_demo
from certinum.demo_certification import CENTRE_ADMIN, EXAMINER_COMMENT, JURY_LOGIN
from certinum.demo_school import DEMO_PASSWORD
from certinum.models import AuditEvent, IssuedCredential
from certinum.positioning.profile import profile
from certinum.verification.service import verify

COUNTED = (
    IssuedCredential, PublishedResult, CertificationAnswer, CertificationTestRow, AuditEvent,
)  # fmt: skip


def _counts(runtime: Any) -> dict[str, int]:
    with runtime.sessions() as db:
        return {
            t.__name__: int(db.scalar(select(func.count()).select_from(t)) or 0) for t in COUNTED
        }


def test_the_demo_publishes_a_session_and_issues_its_results(service_env: dict[str, Any]) -> None:
    with accounts_runtime(service_env, Clock()) as runtime:
        demo = load_demo(runtime)
        cert = demo.certification
        assert cert.published is not None
        certified = [r for r in cert.published.results if r.outcome == CERTIFIED]
        assert len(certified) == len(cert.published.results) == 20
        with runtime.sessions() as db:
            session = db.get(CertificationSession, cert.session_id)
            assert session is not None and session.status == PUBLISHED
            assert session.finalisation_comment == EXAMINER_COMMENT
            assert db.scalar(select(func.count()).select_from(Incident)) == 1
            tests = db.scalars(select(CertificationTestRow)).all()
            assert {t.status for t in tests} == {"completed"} and len(tests) == 20
            answered = db.scalar(
                select(func.count()).where(CertificationAnswer.answered_at.is_not(None))
            )
            assert answered == 20 * 32  # every question answered through the service
        for r in certified:  # each was certifiable before: 5 competences at level 1 or more
            levels = profile(runtime, str(r.account_id)).levels
            assert sum(1 for level in levels.values() if level >= 1) >= 5

        # one credential per certified candidate, carrying the levels and score published
        assert len(demo.certificates) == 20
        by_name = {f"{r.first_name} {r.last_name.upper()}": r for r in certified}
        with runtime.sessions() as db:
            issued = {c.verification_code: c for c in db.scalars(select(IssuedCredential))}
        # issued as the session's issuance job issues them: each tied to its result
        with runtime.sessions() as db:
            results = set(
                db.scalars(
                    select(PublishedResult.id).where(PublishedResult.session_id == cert.session_id)
                )
            )
        assert {c.result_id for c in issued.values()} == results
        for name, code, url in demo.certificates:
            assert url.endswith(f"/verify/{code}")
            doc = json.loads(issued[code].document)
            published = by_name[name]
            values = {
                r["resultDescription"].rsplit("#", 1)[1]: r.get("value")
                for r in doc["credentialSubject"]["result"]
            }
            assert values["score"] == str(published.score)
            for competence, level in published.levels.items():
                assert values[f"competence-{competence}"] == str(level)
        assert verify(runtime, json.loads(issued[demo.certificates[0][1]].document)).verified

        # the school sees its pupils' results; a pupil sees theirs
        assert len(school_results(runtime, demo.school.id, cert.session_id)) == 20
        assert len(candidate_results(runtime, certified[0].account_id)) == 1
        area = AccountsArea.open(runtime)
        for login in (CENTRE_ADMIN, JURY_LOGIN, demo.school.pupils[0][0]):
            log_in(area, login=login, password=DEMO_PASSWORD, address="127.0.0.1")

        before = _counts(runtime)
        again = load_demo(runtime)  # a second run reads back and changes nothing
        assert again.certificates == demo.certificates
        assert (again.certification.centre_id, again.certification.session_id) == (
            cert.centre_id,
            cert.session_id,
        )
        assert _counts(runtime) == before
