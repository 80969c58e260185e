"""Finalising a session: the centre closes it once every test has ended.

A test still started needs an abort reason (``candidate`` or ``technical``), given by the
centre at finalisation (or earlier by the invigilator): it then ends *by finalisation*, its
question shown but unanswered counting as timed out, and its stored engine state says so
(status and reason) like its row. Without one, finalisation is refused
(422 ``unfinished-tests``, naming the candidates' enrolments) and nothing changes. The examiner's
comment and the incidents given are recorded; the access code is cleared (candidates can no
longer check in); the session becomes ``finalised``, ready for the jury. Finalising a session
again is a 409 ``already-finalised``; the session's row is locked before its status is checked,
so of two finalisations at once one gets that 409. Everything is audited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import select

from assessment.certification import AbortReason
from certinum.audit import record
from certinum.certification.exam_state import end_values, ended_by_finalisation, from_json
from certinum.certification.review_rules import ReviewConflict, lock_session, score_test
from certinum.certification.sessions import find_session
from certinum.certification.tables import (
    ABORT_REASONS,
    FINALISED,
    INCIDENT_CATEGORIES,
    PLANNED,
    STARTED,
    CertificationTestRow,
    Enrolment,
    Incident,
)
from certinum.db import transaction
from certinum.errors import CertificationRefused
from certinum.runtime import Runtime

MAX_COMMENT = 2000
MAX_INCIDENTS = 200


@dataclass(frozen=True, slots=True)
class IncidentInput:
    category: str
    description: str
    enrolment_id: int | None = None


@dataclass(frozen=True, slots=True)
class Finalised:
    session_id: int
    ended_tests: int
    incidents: int

    def to_json(self) -> dict[str, object]:
        return {
            "session": self.session_id,
            "status": FINALISED,
            "endedTests": self.ended_tests,
            "incidents": self.incidents,
        }


def _check_text(text: str, code: str, what: str) -> str:
    text = text.strip()
    if len(text) > MAX_COMMENT:
        raise CertificationRefused(code, f"{what} has at most {MAX_COMMENT} characters")
    return text


def _check_incidents(incidents: Sequence[IncidentInput], enrolled: set[int]) -> list[IncidentInput]:
    if len(incidents) > MAX_INCIDENTS:
        raise CertificationRefused("too-many-incidents", f"at most {MAX_INCIDENTS} incidents")
    out = []
    for given in incidents:
        if given.category not in INCIDENT_CATEGORIES:
            raise CertificationRefused(
                "bad-category", f"an incident's category is one of {', '.join(INCIDENT_CATEGORIES)}"
            )
        if given.enrolment_id is not None and given.enrolment_id not in enrolled:
            raise CertificationRefused("unknown-candidate", "no such candidate in this session")
        text = _check_text(given.description, "bad-description", "an incident's description")
        out.append(IncidentInput(given.category, text, given.enrolment_id))
    return out


def finalise(
    runtime: Runtime,
    centre_id: int | str,
    session_id: int,
    *,
    comment: str,
    aborts: Mapping[int, str],
    incidents: Sequence[IncidentInput] = (),
    actor: str,
) -> Finalised:
    """Finalise the session (see the module); ``aborts`` maps enrolment ids of unfinished tests
    to an abort reason. 404 for another centre's session; 409 ``already-finalised``; 422
    ``unfinished-tests``, ``bad-abort-reason``, ``unknown-candidate``, ``bad-category``,
    ``bad-comment``, ``bad-description``, ``too-many-incidents``."""
    comment = _check_text(comment, "bad-comment", "the examiner's comment")
    if any(reason not in ABORT_REASONS for reason in aborts.values()):
        raise CertificationRefused("bad-abort-reason", "an abort reason is candidate or technical")
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        row = find_session(db, centre_id, session_id)
        lock_session(db, row.id)  # re-read locked: two finalisations cannot both pass
        if row.status not in (PLANNED, STARTED):
            raise ReviewConflict("already-finalised", f"the session is already {row.status}")
        enrolled = set(db.scalars(select(Enrolment.id).where(Enrolment.session_id == row.id)))
        if set(aborts) - enrolled:
            raise CertificationRefused("unknown-candidate", "no such candidate in this session")
        checked = _check_incidents(incidents, enrolled)
        tests = db.execute(
            select(CertificationTestRow, Enrolment.id)
            .join(Enrolment, CertificationTestRow.enrolment_id == Enrolment.id)
            .where(Enrolment.session_id == row.id, CertificationTestRow.status == "started")
        ).all()
        missing = sorted(e for t, e in tests if not (aborts.get(e) or t.abort_reason))
        if missing:
            refused = CertificationRefused(
                "unfinished-tests",
                f"{len(missing)} tests are unfinished: give an abort reason for each",
            )
            refused.extra["enrolments"] = missing
            raise refused
        for test, enrolment_id in tests:
            reason = aborts.get(enrolment_id) or test.abort_reason
            state = ended_by_finalisation(
                from_json(test.engine_state), AbortReason(reason) if reason else None
            )
            for name, value in end_values(state, now).items():
                setattr(test, name, value)
            score_test(db, test)  # from the stored answers, as the jury and publication do
            record(db, now=now, actor=actor, action="test.end-by-finalisation",
                   target=f"enrolment:{enrolment_id}", reason=test.abort_reason or "")  # fmt: skip
        for given in checked:
            db.add(
                Incident(
                    session_id=row.id, enrolment_id=given.enrolment_id, category=given.category,
                    description=given.description, reported_by=actor, reported_at=now,
                )
            )  # fmt: skip
        row.finalisation_comment = comment
        row.status, row.finalised_at, row.access_code = FINALISED, now, None
        counts = {"endedTests": len(tests), "incidents": len(checked)}
        record(db, now=now, actor=actor, action="session.finalise", target=f"session:{row.id}",
               reason=comment, details=counts)  # fmt: skip
        return Finalised(row.id, len(tests), len(checked))
