"""Concurrent submissions to one certification test, on SQLite and PostgreSQL: 8 submissions
of one answer store one; concurrent candidates lose no exposure count."""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any, TypeVar

from accounts_helpers import client_for
from exam_helpers import PEOPLE, browser, check_in_body, invigilate, invigilator_token, planned
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.sessions import session_digest
from certinum.certification import exam
from certinum.certification.tables import CertificationAnswer, CertificationTestRow
from certinum.positioning.tables import ItemExposure

T = TypeVar("T")


def _at_once(n: int, work: Callable[[int], T]) -> list[T]:
    barrier = threading.Barrier(n)

    def run(k: int) -> T:
        barrier.wait()
        return work(k)

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(run, range(n)))


def _ready(client: TestClient[Any], area: AccountsArea) -> tuple[Any, dict[str, str]]:
    """Both candidates checked in and allowed to start; their login session ids."""
    plan = planned(client, area)
    logins = {}
    for email in PEOPLE:
        headers = browser(client, area, plan.candidates[email])
        body = check_in_body(plan, email)
        assert (
            client.post("/api/certification/check-in", json=body, headers=headers).status_code
            == 200
        )
        logins[email] = client.cookies["certinum_session"]
    assert invigilate(client, plan).status_code == 303
    done = client.post(
        f"/invigilation/{plan.session_id}/authorise",
        data={"csrf_token": invigilator_token(client), "enrolment": "all"},
        follow_redirects=False,
    )
    assert done.status_code == 303
    return plan, logins


def test_eight_submissions_of_one_answer_store_one(area: AccountsArea) -> None:
    with client_for(area) as client:
        plan, logins = _ready(client, area)
    email = "lea@example.org"
    account, login = plan.candidates[email], logins[email]
    rt = area.runtime
    test_id = exam.start_test(rt, account, plan.enrolments[email], login)
    _, question = exam.question_page(rt, account, test_id, login)
    assert question is not None
    given: object = 0 if question.view["type"] == "single_choice" else "1"
    if question.view["type"] == "multiple_choice":
        given = [0]
    if question.view["type"] == "fields":
        given = {f["id"]: "1" for f in question.view["fields"]}

    def submit(_: int) -> str:
        try:
            exam.answer(rt, account, test_id, login, question.reference, given)
        except exam.TestConflict as exc:
            return exc.code
        return "stored"

    outcomes = _at_once(8, submit)
    assert sorted(outcomes) == ["already-answered"] * 7 + ["stored"]
    with rt.sessions() as db:
        rows = db.scalars(select(CertificationAnswer).order_by(CertificationAnswer.position)).all()
        assert [(r.position, r.answered_at is not None) for r in rows] == [(1, True), (2, False)]
        test = db.get(CertificationTestRow, test_id)
        assert test is not None and test.browser_token_hash == session_digest(login)
        assert len(test.engine_state["asked"]) == 2


def test_concurrent_candidates_lose_no_exposure_count(area: AccountsArea) -> None:
    with client_for(area) as client:
        plan, logins = _ready(client, area)
    rt = area.runtime
    emails = sorted(PEOPLE)

    def sit(k: int) -> int:
        email = emails[k]
        account, login = plan.candidates[email], logins[email]
        test_id = exam.start_test(rt, account, plan.enrolments[email], login)
        for _ in range(5):
            _, question = exam.question_page(rt, account, test_id, login)
            assert question is not None
            kind = question.view["type"]
            answer: object = {"single_choice": 0, "multiple_choice": [0]}.get(kind, "1")
            if kind == "fields":
                answer = {f["id"]: "1" for f in question.view["fields"]}
            exam.answer(rt, account, test_id, login, question.reference, answer)
        return test_id

    _at_once(2, sit)
    with rt.sessions() as db:
        asked = db.scalar(select(func.count()).select_from(CertificationAnswer))
        counted = db.scalar(select(func.sum(ItemExposure.count)))
        tests = db.scalar(select(func.count()).select_from(CertificationTestRow))
    assert (asked, counted, tests) == (12, 12, 2)
