"""A test ended by its session's finalisation: its stored engine state (``cert_tests.
engine_state``) agrees with its row, status and abort reason, on SQLite and PostgreSQL; a test
still running and one whose time is up are both closed so, their unanswered question timed
out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from exam_helpers import PEOPLE, planned
from litestar.testing import TestClient
from sqlalchemy import select

from assessment.adaptive import Outcome
from assessment.certification import AbortReason, TestStatus, answers_given
from certinum.accounts.area import AccountsArea
from certinum.certification import checkin, exam, invigilation
from certinum.certification.exam_state import from_json
from certinum.certification.finalise import finalise
from certinum.certification.tables import CertificationTestRow
from certinum.runtime import Runtime

LEA, NOEL = "lea@example.org", "noel@example.org"


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock) as runtime:
        yield AccountsArea.open(runtime)


def _answer_some(runtime: Runtime, account: int, test_id: int, login: str, n: int) -> None:
    """``n`` answers (a well-formed one to each question: right or wrong, it does not matter)."""
    for _ in range(n):
        _, question = exam.question_page(runtime, account, test_id, login)
        assert question is not None
        kind = question.view["type"]
        given: object = {"single_choice": 0, "multiple_choice": [0]}.get(kind, "1")
        if kind == "fields":
            given = {f["id"]: "1" for f in question.view["fields"]}
        exam.answer(runtime, account, test_id, login, question.reference, given)


def _row(runtime: Runtime, test_id: int) -> CertificationTestRow:
    with runtime.sessions() as db:
        row = db.get(CertificationTestRow, test_id)
        assert row is not None
        return row


def test_finalisation_ends_the_stored_engine_state_of_running_and_time_up_tests(
    client: TestClient[Any], area: AccountsArea, clock: Clock
) -> None:
    plan = planned(client, area)
    runtime = area.runtime
    tests = {}
    for email in PEOPLE:
        account, person = plan.candidates[email], PEOPLE[email]
        checkin.check_in(
            area, account, access_code=plan.access_code, last_name=person["lastName"],
            first_name=person["firstName"], birth_date=date.fromisoformat(person["birthDate"]),
            address="127.0.0.1",
        )  # fmt: skip
    assert invigilation.authorise(runtime, plan.session_id, None) == 2
    for email in PEOPLE:
        account = plan.candidates[email]
        tests[email] = exam.start_test(runtime, account, plan.enrolments[email], f"login-{email}")
    _answer_some(runtime, plan.candidates[LEA], tests[LEA], f"login-{LEA}", 3)
    _answer_some(runtime, plan.candidates[NOEL], tests[NOEL], f"login-{NOEL}", 2)
    clock.advance(minutes=200)  # both past their deadline; nobody came back: still started
    assert {_row(runtime, t).status for t in tests.values()} == {"started"}

    aborts = {plan.enrolments[LEA]: "technical", plan.enrolments[NOEL]: "candidate"}
    done = finalise(
        runtime, plan.centre_id, plan.session_id, comment="RAS", aborts=aborts, actor="test"
    )
    assert done.ended_tests == 2
    for email, reason, given in ((LEA, "technical", 3), (NOEL, "candidate", 2)):
        row = _row(runtime, tests[email])
        state = from_json(row.engine_state)
        assert (row.status, row.abort_reason) == ("ended_by_finalization", reason)
        assert state.status is TestStatus.ENDED_BY_FINALIZATION and state.ended
        assert state.abort_reason is AbortReason(reason)
        assert answers_given(state) == given and state.pending is None
        assert state.asked[-1].outcome is Outcome.TIMED_OUT  # shown, never answered
        assert row.ended_at is not None
    # the candidate's abort scores what was answered (not valid below 20), the technical one
    # below 20 answers gives no result: the row's score agrees with the stored state
    assert _row(runtime, tests[LEA]).score is None
    assert _row(runtime, tests[NOEL]).score is not None
    with runtime.sessions() as db:
        states = db.scalars(select(CertificationTestRow.engine_state)).all()
    assert all(s["status"] == "ended_by_finalization" for s in states)
