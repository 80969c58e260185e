"""After the session: the centre finalises, the jury reviews (neutralises a question, cancels
a result, comments), publication makes the results final for candidates and schools. Every
refusal gets its code and changes nothing; every decision is audited with who and why."""

from __future__ import annotations

from typing import Any

from accounts_helpers import add_account
from certification_helpers import as_account
from certification_review_helpers import jury_headers, problem, session_with, sit
from litestar.testing import TestClient
from sqlalchemy import select

from assessment.rescoring import rescore
from certinum.accounts.area import AccountsArea
from certinum.certification.publication import ResultsPublished, on_results_published
from certinum.certification.review_rules import answers_of, stored
from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import CertificationSession, CertificationTestRow, Incident
from certinum.models import AuditEvent


def _session_row(area: AccountsArea, session_id: int) -> CertificationSession:
    with area.runtime.sessions() as db:
        row = db.get(CertificationSession, session_id)
        assert row is not None
        db.expunge(row)
        return row


def _test_row(area: AccountsArea, test_id: int) -> CertificationTestRow:
    with area.runtime.sessions() as db:
        row = db.get(CertificationTestRow, test_id)
        assert row is not None
        db.expunge(row)
        return row


def _audit(area: AccountsArea, action: str) -> list[AuditEvent]:
    with area.runtime.sessions() as db:
        return list(db.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _finalised(client: TestClient[Any], area: AccountsArea) -> tuple[int, list[int], list[int]]:
    """A finalised session: a complete test, a technical abort at 10 answers, a candidate's
    abort at 24 answers, and an absent candidate."""
    centre_id, session_id, headers, enrolled, accounts = session_with(client, area, 4)
    tests = [
        sit(area, enrolled[0], theta=0.8, seed=1),
        sit(area, enrolled[1], theta=0.0, seed=2, answers=10, status="ended_by_invigilator",
            abort_reason="technical"),
        sit(area, enrolled[2], theta=-0.5, seed=3, answers=24, status="started", pending=True),
    ]  # fmt: skip
    body = {"comment": "RAS", "aborts": {str(enrolled[2]): "candidate"}}
    url = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    assert client.post(url, json=body, headers=headers).status_code == 200
    return session_id, enrolled, [*tests, accounts[0]]


def test_finalisation_waits_for_an_abort_reason_of_each_unfinished_test(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, session_id, headers, enrolled, _ = session_with(client, area, 2)
    done = sit(area, enrolled[0], theta=0.5, seed=4)
    running = sit(area, enrolled[1], theta=0.5, seed=5, answers=12, status="started", pending=True)
    url = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    incident = {"category": "late_or_leaving", "description": "arrivé à 9 h 50",
                "enrolment": enrolled[1]}  # fmt: skip
    refused = client.post(url, json={"comment": "x", "incidents": [incident]}, headers=headers)
    assert refused.status_code == 422 and problem(refused) == "unfinished-tests"
    assert refused.json()["enrolments"] == [enrolled[1]]
    before = _session_row(area, session_id)
    assert before.status == "planned" and before.access_code
    assert _test_row(area, running).status == "started"
    bad = client.post(url, json={"aborts": {str(enrolled[1]): "bored"}}, headers=headers)
    assert bad.status_code == 422 and problem(bad) == "bad-abort-reason"
    bad = client.post(
        url, json={"aborts": {str(enrolled[1]): "technical"}, "incidents": [
            {**incident, "category": "ufo"}]}, headers=headers,
    )  # fmt: skip
    assert bad.status_code == 422 and problem(bad) == "bad-category"
    with area.runtime.sessions() as db:
        assert db.query(Incident).count() == 0

    body = {"comment": "Coupure réseau à 10 h", "aborts": {str(enrolled[1]): "technical"},
            "incidents": [incident]}  # fmt: skip
    done_ok = client.post(url, json=body, headers=headers)
    assert done_ok.status_code == 200, done_ok.text
    assert done_ok.json() == {"session": session_id, "status": "finalised", "endedTests": 1,
                              "incidents": 1}  # fmt: skip
    after = _session_row(area, session_id)
    assert after.status == "finalised" and after.access_code is None
    assert after.finalisation_comment == "Coupure réseau à 10 h"
    ended = _test_row(area, running)
    assert (ended.status, ended.abort_reason) == ("ended_by_finalization", "technical")
    assert ended.score is None  # a technical abort under 20 answers gives no result
    assert _test_row(area, done).status == "completed"
    with area.runtime.sessions() as db:
        (row,) = db.query(Incident).all()
        assert (row.category, row.enrolment_id) == ("late_or_leaving", enrolled[1])
    assert [e.reason for e in _audit(area, "session.finalise")] == ["Coupure réseau à 10 h"]

    again = client.post(url, json=body, headers=headers)
    assert again.status_code == 409 and problem(again) == "already-finalised"
    with area.runtime.sessions() as db:
        assert db.query(Incident).count() == 1


def test_another_centres_staff_cannot_finalise(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, session_id, _, _, _ = session_with(client, area, 1)
    other_id, _, other_headers, _, _ = session_with(client, area, 0, code="CC-02")
    url = f"/api/centres/{centre_id}/sessions/{session_id}/finalisation"
    got = client.post(url, json={}, headers=other_headers)
    assert got.status_code == 403 and problem(got) == "forbidden"
    # their own centre's path with this session: not theirs, so unknown
    got = client.post(
        f"/api/centres/{other_id}/sessions/{session_id}/finalisation", json={},
        headers=other_headers,
    )  # fmt: skip
    assert got.status_code == 404 and problem(got) == "unknown-session"
    assert _session_row(area, session_id).status == "planned"


def test_the_jury_sees_provisional_results_and_incidents(
    client: TestClient[Any], area: AccountsArea
) -> None:
    session_id, enrolled, _ = _finalised(client, area)
    headers = jury_headers(client, area)
    listed = client.get("/api/jury/sessions", headers=headers).json()
    assert [s["id"] for s in listed] == [session_id] and listed[0]["candidates"] == 4
    shown = client.get(f"/api/jury/sessions/{session_id}", headers=headers).json()
    by = {c["enrolment"]: c for c in shown["candidates"]}
    full = by[enrolled[0]]
    assert full["answers"] == 32 and full["result"]["valid"] is True
    assert 0 <= full["result"]["score"] <= 1023 and len(full["result"]["competences"]) == 16
    assert by[enrolled[1]]["result"] is None and by[enrolled[1]]["answers"] == 10
    aborted = by[enrolled[2]]
    assert aborted["test"] == "ended_by_finalization" and aborted["abortReason"] == "candidate"
    assert aborted["answers"] == 24 and aborted["result"]["valid"] is True
    assert len(aborted["questions"]) == 25  # the pending question counts as timed out
    assert aborted["questions"][-1]["outcome"] == "timed_out"
    assert by[enrolled[3]]["test"] is None and by[enrolled[3]]["result"] is None
    assert shown["examinerComment"] == "RAS"


def test_neutralising_recomputes_the_score_from_the_stored_versions(
    client: TestClient[Any], area: AccountsArea
) -> None:
    session_id, enrolled, tests = _finalised(client, area)
    headers = jury_headers(client, area)
    base = f"/api/jury/sessions/{session_id}/candidates/{enrolled[0]}"
    shown = client.get(f"/api/jury/sessions/{session_id}", headers=headers).json()
    before = next(c for c in shown["candidates"] if c["enrolment"] == enrolled[0])
    item = before["questions"][4]["item"]

    no_reason = client.post(f"{base}/neutralisations", json={"item": item}, headers=headers)
    assert no_reason.status_code == 422 and problem(no_reason) == "reason-required"
    absent = client.post(
        f"{base}/neutralisations", json={"item": "f-9.9-nope", "reason": "x"}, headers=headers
    )
    assert absent.status_code == 422 and problem(absent) == "item-not-in-test"
    assert _audit(area, "result.neutralise") == []

    done = client.post(
        f"{base}/neutralisations", json={"item": item, "reason": "image cassée"}, headers=headers
    )
    assert done.status_code == 200, done.text
    after = done.json()
    assert after["answers"] == 31 and after["questions"][4]["neutralised"] is True
    with area.runtime.sessions() as db:
        rows = answers_of(db, tests[0])
        expected = rescore(stored(rows))
    assert expected is not None and after["result"]["score"] == expected.score
    assert _test_row(area, tests[0]).score == expected.score
    (event,) = _audit(area, "result.neutralise")
    assert (event.reason, event.details["item"]) == ("image cassée", item)
    assert event.details["scoreBefore"] == before["result"]["score"]
    twice = client.post(
        f"{base}/neutralisations", json={"item": item, "reason": "encore"}, headers=headers
    )
    assert twice.status_code == 422 and problem(twice) == "already-neutralised"


def test_publication_makes_results_final_for_candidates_and_schools(
    client: TestClient[Any], area: AccountsArea
) -> None:
    seen: list[ResultsPublished] = []
    stop = on_results_published(lambda _runtime, event: seen.append(event))
    session_id, enrolled, tests = _finalised(client, area)
    headers = jury_headers(client, area)
    base = f"/api/jury/sessions/{session_id}"
    cancel = f"{base}/candidates/{enrolled[2]}/cancellation"
    bare = client.post(cancel, json={"reason": "  "}, headers=headers)
    assert bare.status_code == 422 and problem(bare) == "reason-required"
    assert (
        client.post(cancel, json={"reason": "fraude constatée"}, headers=headers).status_code == 200
    )
    said = client.put(
        f"{base}/candidates/{enrolled[0]}/comments",
        json={"candidate": "Bravo", "school": "=HYPERLINK(1)", "reason": "avis du jury"},
        headers=headers,
    )  # fmt: skip
    assert said.status_code == 200 and said.json()["commentForCandidate"] == "Bravo"

    published = client.post(f"{base}/publication", headers=headers)
    assert published.status_code == 200, published.text
    outcomes = {r["enrolment"]: r["outcome"] for r in published.json()["results"]}
    assert outcomes == {enrolled[0]: "certified", enrolled[1]: "no-result",
                        enrolled[2]: "cancelled", enrolled[3]: "no-result"}  # fmt: skip
    stop()
    assert [e.session_id for e in seen] == [session_id] and len(seen[0].results) == 4
    assert _session_row(area, session_id).status == "published"
    assert [e.actor for e in _audit(area, "session.publish")] != []

    late = client.post(f"{base}/candidates/{enrolled[0]}/cancellation", json={"reason": "x"},
                       headers=headers)  # fmt: skip
    assert late.status_code == 409 and problem(late) == "published"
    assert _test_row(area, tests[0]).cancelled_reason == ""
    again = client.post(f"{base}/publication", headers=headers)
    assert again.status_code == 409 and problem(again) == "already-published"
    with area.runtime.sessions() as db:
        assert db.query(PublishedResult).count() == 4

    as_account(client, area, tests[3])
    mine = client.get("/api/me/certifications")
    assert mine.status_code == 200
    (result,) = mine.json()
    assert result["outcome"] == "certified" and result["comment"] == "Bravo"
    assert len(result["competences"]) == 16 and result["level"] is not None
    page = client.get("/candidate/certifications")
    assert page.status_code == 200 and str(result["score"]) in page.text


def test_publishing_an_unfinalised_session_is_refused(
    client: TestClient[Any], area: AccountsArea
) -> None:
    _, session_id, _, enrolled, _ = session_with(client, area, 1)
    sit(area, enrolled[0], theta=0.0, seed=9)
    headers = jury_headers(client, area)
    got = client.post(f"/api/jury/sessions/{session_id}/publication", headers=headers)
    assert got.status_code == 409 and problem(got) == "not-finalised"
    decided = client.post(
        f"/api/jury/sessions/{session_id}/candidates/{enrolled[0]}/cancellation",
        json={"reason": "x"}, headers=headers,
    )  # fmt: skip
    assert decided.status_code == 409 and problem(decided) == "not-finalised"
    assert _session_row(area, session_id).status == "planned"
    with area.runtime.sessions() as db:
        assert db.query(PublishedResult).count() == 0
    assert client.get(f"/api/jury/sessions/{session_id}", headers=headers).status_code == 404
    nobody = as_account(client, area, add_account(area, "someone", ("candidate", "")))
    got = client.post(f"/api/jury/sessions/{session_id}/publication", headers=nobody)
    assert got.status_code == 403
