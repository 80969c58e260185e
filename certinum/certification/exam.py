"""The certification test of a candidate, one question at a time, stored so that a reload or
a lost connection resumes where it stopped.

Every function takes the candidate's account id: a test is only ever seen or answered by its
own candidate (another's is :class:`UnknownCertificationRecord`, 404). A test is bound to the
browser session that started it (the SHA-256 of the login session id, ``browser_token_hash``):
another browser is refused (``other-browser``) until the invigilator releases the test, and
the next browser to open it takes it (:func:`certinum.certification.invigilation.release`).

* :func:`start_test`: once the invigilator has authorised the start, opens the test (one per
  enrolment: a second start returns the first), with its deadline stored (105 minutes, plus
  the enrolment's extra time), and asks the first question.
* :func:`question_page`: the test and the question being asked (the same until answered).
* :func:`answer`: stores the answer *before* the next question is asked, in one transaction
  that starts by writing the test's row (its row lock on PostgreSQL, the write lock on
  SQLite), so submissions to one test are served in turn; the answer is written by
  ``UPDATE … WHERE answered_at IS NULL``: a double submission stores one answer.
* Once the deadline has passed no answer is accepted (``time-up``, nothing stored) and the test
  ends: it is completed with what was answered, the question then shown counts as timed out.
"""

from __future__ import annotations

import secrets
from datetime import datetime

import numpy as np
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from assessment import certification as engine
from assessment.adaptive import NotCertifiableError
from certinum.accounts.sessions import session_digest
from certinum.certification.answering import TestConflict, answer_in, read_exposure
from certinum.certification.exam_state import (
    TestView,
    certification_pool,
    deadline,
    end_values,
    from_json,
    params_json,
    time_up,
    to_json,
    utc,
    view_of,
)
from certinum.certification.tables import (
    CertificationAnswer,
    CertificationTestRow,
    Enrolment,
    Incident,
)
from certinum.db import transaction
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.exposure import record_shown
from certinum.positioning.profile import profile
from certinum.positioning.views import (
    Question,
    check_locale,
    drawn_order,
    question_of,
)
from certinum.runtime import Runtime

__all__ = [
    "MAX_PROBLEM",
    "TestConflict",  # defined beside the answer's transaction, raised by every function here
    "answer",
    "question_page",
    "report_problem",
    "start_test",
]
REFERENCE_BYTES = 12
MAX_PROBLEM = 1000


def _own_enrolment(db: Session, account_id: int, enrolment_id: int) -> Enrolment:
    row = db.get(Enrolment, enrolment_id)
    if row is None or row.account_id != account_id:
        raise UnknownCertificationRecord(f"no enrolment {enrolment_id} of this candidate")
    return row


def _own_test(db: Session, account_id: int, test_id: int, *, lock: bool) -> CertificationTestRow:
    """The candidate's test; ``lock``: written first, so its lock is held to the commit."""
    owned = select(Enrolment.id).where(Enrolment.account_id == account_id)
    if lock:
        db.execute(
            update(CertificationTestRow)
            .where(CertificationTestRow.id == test_id, CertificationTestRow.enrolment_id.in_(owned))
            .values(status=CertificationTestRow.status)
        )
    row = db.scalar(
        select(CertificationTestRow).where(
            CertificationTestRow.id == test_id, CertificationTestRow.enrolment_id.in_(owned)
        )
    )
    if row is None:
        raise UnknownCertificationRecord(f"no certification test {test_id} of this candidate")
    return row


def _check_browser(row: CertificationTestRow, login_session: str) -> None:
    digest = session_digest(login_session)
    if row.browser_token_hash is None:
        row.browser_token_hash = digest  # released by the invigilator: this browser takes it
    elif not secrets.compare_digest(row.browser_token_hash, digest):
        raise TestConflict(
            "other-browser",
            "this test is open in another browser; the invigilator can let you go on here",
        )


def _end_if_late(row: CertificationTestRow, now: datetime) -> bool:
    if row.status != "started" or now < utc(row.deadline_at):
        return False
    for name, value in end_values(time_up(from_json(row.engine_state)), now).items():
        setattr(row, name, value)
    return True


def _ask(
    db: Session, cat: Catalogue, row: CertificationTestRow, test: engine.CertificationTest,
    now: datetime,
) -> engine.CertificationTest:  # fmt: skip
    """Ask the engine's next item: stored with its version and parameters, exposure counted."""
    pool = certification_pool(cat)
    test, item = engine.next_item(test, pool, read_exposure(db, pool), np.random.default_rng())
    order = drawn_order(cat.bank.get(item.id))  # proposals, or a pick's listed elements
    db.add(
        CertificationAnswer(
            test_id=row.id, position=len(test.asked), item_id=item.id, item_version=item.version,
            parameters=params_json(item), reference=secrets.token_urlsafe(REFERENCE_BYTES),
            proposal_order=order, asked_at=now,
        )
    )  # fmt: skip
    row.engine_state = to_json(test)
    db.flush()
    record_shown(db, item)  # last: the item's row is shared, its lock is held to the commit
    return test


def start_test(
    runtime: Runtime, account_id: int, enrolment_id: int, login_session: str,
    *, catalogue: Catalogue | None = None,
) -> int:  # fmt: skip
    """Open the enrolment's test (or return the one opened) and ask its first question."""
    cat = catalogue or default_catalogue()
    now = runtime.clock()
    levels = {
        c.code: c.level for a in profile(runtime, str(account_id)).areas for c in a.competences
    }
    try:
        with transaction(runtime.sessions) as db:
            enrolment = _own_enrolment(db, account_id, enrolment_id)
            existing = db.scalar(
                select(CertificationTestRow.id).where(
                    CertificationTestRow.enrolment_id == enrolment_id
                )
            )
            if existing is not None:
                return int(existing)
            if enrolment.checked_in_at is None or enrolment.authorised_at is None:
                raise TestConflict("not-authorised", "the invigilator has not let you start yet")
            try:
                test = engine.start(levels, read_exposure(db, certification_pool(cat)))
            except NotCertifiableError:
                raise CertificationRefused(
                    "not-certifiable", "the profile is not certifiable"
                ) from None
            row = CertificationTestRow(
                enrolment_id=enrolment_id, status="started", started_at=now,
                deadline_at=deadline(now, enrolment.extra_time_percent), engine_state=to_json(test),
                browser_token_hash=session_digest(login_session),
            )  # fmt: skip
            db.add(row)
            db.flush()
            _ask(db, cat, row, test, now)
            return row.id
    except IntegrityError:
        with runtime.sessions() as db:
            found = db.scalar(
                select(CertificationTestRow.id).where(
                    CertificationTestRow.enrolment_id == enrolment_id
                )
            )
        if found is None:
            raise
        return int(found)


def _question(
    db: Session, cat: Catalogue, row: CertificationTestRow, locale: str
) -> Question | None:
    if row.status != "started":
        return None
    asked = db.scalar(
        select(CertificationAnswer).where(
            CertificationAnswer.test_id == row.id, CertificationAnswer.answered_at.is_(None)
        )
    )
    if asked is None:
        return None
    challenge = cat.bank.get(asked.item_id)
    return question_of(
        row.id, asked.position, asked.reference, challenge, asked.proposal_order, locale
    )


def question_page(
    runtime: Runtime, account_id: int, test_id: int, login_session: str,
    *, locale: str = "fr", catalogue: Catalogue | None = None,
) -> tuple[TestView, Question | None]:  # fmt: skip
    """The test and its question being asked; a test past its deadline is ended here."""
    check_locale(locale)
    cat, now = catalogue or default_catalogue(), runtime.clock()
    with transaction(runtime.sessions) as db:
        row = _own_test(db, account_id, test_id, lock=True)
        if row.status == "started":
            _check_browser(row, login_session)
            _end_if_late(row, now)
        db.flush()
        return view_of(row, now), _question(db, cat, row, locale)


def answer(
    runtime: Runtime, account_id: int, test_id: int, login_session: str, reference: str,
    given: object, *, locale: str = "fr", catalogue: Catalogue | None = None,
) -> tuple[TestView, Question | None]:  # fmt: skip
    """Store the answer to the question ``reference``, then ask the next one or end the test
    (:func:`certinum.certification.answering.answer_in`, one Core transaction). Refused with
    nothing stored: ``time-up`` (the test is ended then), ``already-answered``,
    ``not-current-question``, ``test-ended``, ``other-browser`` (409), ``bad-answer`` (422)."""
    check_locale(locale)
    cat, now = catalogue or default_catalogue(), runtime.clock()
    with runtime.engine.begin() as conn:
        shown = answer_in(
            conn, cat, certification_pool(cat), account_id, test_id, login_session, reference,
            given, locale, now,
        )  # fmt: skip
    if shown is None:
        raise TestConflict(
            "time-up", "the time is up: the test has ended, the answer was not stored"
        )
    left = (utc(shown.deadline_at) - now).total_seconds() if shown.status == "started" else 0
    view = TestView(
        shown.id, shown.enrolment_id, shown.status, shown.answers, shown.deadline_at,
        max(0, int(left)),
    )  # fmt: skip
    return view, shown.question


def report_problem(
    runtime: Runtime, account_id: int, test_id: int, login_session: str, reference: str,
    description: str,
) -> int:  # fmt: skip
    """An incident of category ``in_challenge_problem`` on the question ``reference``, only
    from the browser holding the test and while it runs: refused with nothing recorded, as an
    answer is, ``other-browser``, ``time-up`` (the test is ended then), ``test-ended`` (409)."""
    text = description.strip()
    if len(text) > MAX_PROBLEM:
        raise CertificationRefused("bad-description", f"at most {MAX_PROBLEM} characters")
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        row = _own_test(db, account_id, test_id, lock=True)
        if row.status != "started":
            raise TestConflict("test-ended", "this test has ended")
        _check_browser(row, login_session)
        made = (
            None if _end_if_late(row, now) else _problem(db, account_id, row, reference, text, now)
        )
    if made is None:
        raise TestConflict("time-up", "the time is up: the test has ended, nothing was recorded")
    return made


def _problem(
    db: Session, account_id: int, row: CertificationTestRow, reference: str, text: str,
    now: datetime,
) -> int:  # fmt: skip
    """The incident of a problem reported on the question ``reference`` of the test ``row``."""
    asked = db.scalar(
        select(CertificationAnswer).where(
            CertificationAnswer.test_id == row.id, CertificationAnswer.reference == reference
        )
    )
    if asked is None:
        raise TestConflict("not-current-question", "this question was not asked in this test")
    enrolment = db.get(Enrolment, row.enrolment_id)
    assert enrolment is not None
    incident = Incident(
        session_id=enrolment.session_id, enrolment_id=enrolment.id, answer_id=asked.id,
        category="in_challenge_problem", description=text,
        reported_by=f"account:{account_id}", reported_at=now,
    )  # fmt: skip
    db.add(incident)
    db.flush()
    return incident.id
