"""Issuance of a published session's certificates as a job: one signed, verifying credential
per certified result (code, status entry, link to its result), none for a cancelled one;
running the job again, or issuing one result twice at once, changes nothing; the progress is
readable by the jury and the authority's admins."""

from __future__ import annotations

import json
import signal
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime
from certification_review_helpers import problem
from click.testing import CliRunner
from issuance_jobs_helpers import (
    authority_headers,
    check_issued,
    issued_rows,
    published_session,
    result_ids,
    run_jobs,
    synthetic_session,
)
from litestar.testing import TestClient
from sqlalchemy import func, select

from assessment.framework import COMPETENCE_CODES
from certinum.accounts.area import AccountsArea
from certinum.certification.publication import publish
from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import CertificationSession
from certinum.cli import cli
from certinum.db import transaction
from certinum.errors import IssuanceRefused, UnknownCertificationRecord
from certinum.issuance.documents import certificate_pdf
from certinum.issuance.job_tables import Job
from certinum.issuance.jobs import PARTS, claim, enqueue, progress, run_job
from certinum.issuance.results import issue_result
from certinum.models import AuditEvent, CertificateDocument, IssuedCredential, StatusList
from issuer.certificate_pdf import render_certificate


def _snapshot(area: AccountsArea) -> tuple[int, int, int, int]:
    with area.runtime.sessions() as db:
        return (
            db.scalar(select(func.count()).select_from(IssuedCredential)) or 0,
            db.scalar(select(func.sum(StatusList.allocated))) or 0,
            db.scalar(select(func.count()).select_from(AuditEvent)) or 0,
            db.scalar(select(func.count()).select_from(Job)) or 0,
        )


def test_publication_issues_one_verifying_certificate_per_certified_result(
    client: TestClient[Any], area: AccountsArea
) -> None:
    session_id, names, jury = published_session(client, area)
    state = run_jobs(area.runtime, session_id)
    assert (state["status"], state["issued"], state["total"]) == ("done", 2, 2)
    results = result_ids(area.runtime, session_id)
    assert results[names["cancelled"]][1] == "cancelled"
    certified = {results[names["a"]][0], results[names["b"]][0]}
    rows = check_issued(area.runtime, session_id, certified)
    with area.runtime.sessions() as db:
        for row in rows:
            result = db.get(PublishedResult, row.result_id)
            assert result is not None
            subject = json.loads(row.document)["credentialSubject"]
            values = {r["resultDescription"].rsplit("#", 1)[1]: r.get("value")
                      for r in subject["result"]}  # fmt: skip
            assert values["score"] == str(result.score)
            assert {c: int(values[f"competence-{c}"]) for c in COMPETENCE_CODES} == result.levels
            assert subject["identifier"][0]["identityHash"] == "2010-02-14"
            assert subject["activityEndDate"] == "2026-07-01T00:00:00Z"
            assert subject["source"]["name"] == "Centre CC-01"
            assert row.subject_name == subject["name"] and subject["name"].startswith("Léa NOM")

    seen = client.get(f"/api/issuance/sessions/{session_id}", headers=jury)
    assert seen.status_code == 200, seen.text
    assert {k: seen.json()[k] for k in ("status", "issued", "total", "failed")} == {
        "status": "done", "issued": 2, "total": 2, "failed": 0
    }  # fmt: skip
    authority = authority_headers(client, area)
    admin = client.get(f"/api/issuance/sessions/{session_id}", headers=authority)
    assert admin.status_code == 200 and admin.json()["issued"] == 2
    unknown = client.get("/api/issuance/sessions/999999", headers=jury)
    assert unknown.status_code == 404 and problem(unknown) == "unknown-session"


def test_publication_enqueues_the_session_job_at_once(area: AccountsArea) -> None:
    session_id = synthetic_session(area.runtime, 2, seed=11, status="finalised")
    publish(area.runtime, session_id, actor="jury")
    with area.runtime.sessions() as db:
        jobs = db.scalars(select(Job).where(Job.session_id == session_id).order_by(Job.part))
        parts = [(j.kind, j.status, j.part, j.parts) for j in jobs]
        job = db.scalar(select(Job).where(Job.session_id == session_id, Job.part == 0))
    assert parts == [("issue-session", "queued", k, PARTS) for k in range(PARTS)]
    assert job is not None and enqueue(area.runtime, session_id) == job.id  # same parts
    state = run_jobs(area.runtime, session_id)  # the results are no-result: nothing to issue
    assert (state["status"], state["issued"], state["total"]) == ("done", 0, 0)


def test_running_the_job_again_or_issuing_a_result_again_changes_nothing(
    client: TestClient[Any], area: AccountsArea
) -> None:
    session_id, names, _ = published_session(client, area)
    run_jobs(area.runtime, session_id)
    before = _snapshot(area)
    codes = {r.result_id: r.verification_code for r in issued_rows(area.runtime, session_id)}
    enqueue(area.runtime, session_id, again=True)
    assert run_jobs(area.runtime, session_id)["status"] == "done"
    result_id = result_ids(area.runtime, session_id)[names["a"]][0]
    again = issue_result(area.runtime, session_id, result_id)
    assert not again.created and again.code == codes[result_id]
    after = {r.result_id: r.verification_code for r in issued_rows(area.runtime, session_id)}
    assert after == codes and _snapshot(area) == before


def test_a_cancelled_result_and_a_missing_one_get_no_certificate(
    client: TestClient[Any], area: AccountsArea
) -> None:
    session_id, names, _ = published_session(client, area)
    run_jobs(area.runtime, session_id)
    results = result_ids(area.runtime, session_id)
    with pytest.raises(IssuanceRefused) as cancelled:
        issue_result(area.runtime, session_id, results[names["cancelled"]][0])
    assert cancelled.value.code == "cancelled-result"
    with pytest.raises(IssuanceRefused) as absent:
        issue_result(area.runtime, session_id, results[names["absent"]][0])
    assert absent.value.code == "not-certified"
    with pytest.raises(UnknownCertificationRecord):
        issue_result(area.runtime, session_id + 1, results[names["a"]][0])
    assert {r.result_id for r in issued_rows(area.runtime, session_id)} == {
        results[names["a"]][0], results[names["b"]][0]
    }  # fmt: skip


def test_one_result_issued_from_two_threads_at_once_gets_one_certificate(
    area: AccountsArea,
) -> None:
    session_id = synthetic_session(area.runtime, 3, seed=7)
    with area.runtime.sessions() as db:
        ids = list(db.scalars(select(PublishedResult.id).order_by(PublishedResult.id)))
    barrier = threading.Barrier(4)
    made: list[tuple[int, str, bool]] = []

    def issue_one(result_id: int) -> None:
        barrier.wait()
        done = issue_result(area.runtime, session_id, result_id)
        made.append((result_id, done.credential_id, done.created))

    threads = [threading.Thread(target=issue_one, args=(ids[k // 2],)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(made) == 4
    for result_id in ids[:2]:
        twins = [m for m in made if m[0] == result_id]
        assert len({m[1] for m in twins}) == 1 and [m[2] for m in twins].count(True) == 1
    check_issued(area.runtime, session_id, set(ids[:2]))


def test_the_job_resumes_in_batches_and_a_lapsed_claim_is_taken_over(area: AccountsArea) -> None:
    session_id = synthetic_session(area.runtime, 7, seed=8)
    enqueue(area.runtime, session_id, parts=1)
    first = claim(area.runtime, session_id=session_id, lease_seconds=60)
    assert first is not None and claim(area.runtime, session_id=session_id) is None
    seen: list[tuple[int, int]] = []
    stops = iter([False, True])  # asked before each batch: one batch of 2, then stop
    assert run_job(area.runtime, first, batch_size=2, on_progress=lambda i, t: seen.append((i, t)),
                   should_stop=lambda: next(stops)) == "queued"  # fmt: skip
    assert seen[-1] == (2, 7) and len(issued_rows(area.runtime, session_id)) == 2
    second = claim(area.runtime, session_id=session_id, lease_seconds=60)
    assert second is not None and claim(area.runtime, session_id=session_id) is None
    with transaction(area.runtime.sessions) as db:  # its worker died: the lease lapses
        job = db.get(Job, second.job_id)
        assert job is not None and job.status == "running" and job.issued == 2
        job.lease_until = datetime.now(UTC) - timedelta(seconds=1)
    third = claim(area.runtime, session_id=session_id)
    assert third is not None and third.token != second.token
    assert run_job(area.runtime, second) == "lost"
    assert run_job(area.runtime, third, batch_size=2) == "done"
    every = {result for result, _ in result_ids(area.runtime, session_id).values()}
    check_issued(area.runtime, session_id, every)


def test_the_worker_and_issue_commands(service_env: dict[str, str]) -> None:
    # The commands sign at the wall clock's time; the checks verify an hour later.
    with accounts_runtime(service_env, Clock(datetime.now(UTC) + timedelta(hours=1))) as runtime:
        session_id = synthetic_session(runtime, 3, seed=9)
        pending = synthetic_session(runtime, 1, seed=10)
        with transaction(runtime.sessions) as db:
            row = db.get(CertificationSession, pending)
            assert row is not None
            row.status = "finalised"
        runner, handlers = (
            CliRunner(),
            (signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGTERM)),
        )
        try:
            ran = runner.invoke(cli, ["worker", "--once"], env=service_env)
        finally:
            signal.signal(signal.SIGINT, handlers[0])
            signal.signal(signal.SIGTERM, handlers[1])
        assert ran.exit_code == 0 and f"{PARTS} job(s) run" in ran.output, ran.output
        with runtime.sessions() as db:
            ids = set(
                db.scalars(
                    select(PublishedResult.id).where(PublishedResult.session_id == session_id)
                )
            )
        check_issued(runtime, session_id, ids)
        again = runner.invoke(cli, ["issue", "--session", str(session_id)], env=service_env)
        assert again.exit_code == 0 and "3 of 3 certificates issued" in again.output
        check_issued(runtime, session_id, ids)
        unknown = runner.invoke(cli, ["issue", "--session", "999999"], env=service_env)
        assert unknown.exit_code == 2 and "no session 999999" in unknown.output
        huge = runner.invoke(cli, ["issue", "--session", str(2**63)], env=service_env)
        assert huge.exit_code == 2 and "--session" in huge.output
        early = runner.invoke(cli, ["issue", "--session", str(pending)], env=service_env)
        assert early.exit_code == 2 and "is not published" in early.output
        assert issued_rows(runtime, pending) == []


def test_two_workers_share_a_session_each_issuing_its_part(area: AccountsArea) -> None:
    session_id = synthetic_session(area.runtime, 9, seed=12)
    enqueue(area.runtime, session_id, parts=2)
    one = claim(area.runtime, session_id=session_id)
    two = claim(area.runtime, session_id=session_id)
    assert (
        one is not None and two is not None and claim(area.runtime, session_id=session_id) is None
    )
    assert {(one.part, one.parts), (two.part, two.parts)} == {(0, 2), (1, 2)}
    assert run_job(area.runtime, one) == "done"
    mine = {r.result_id for r in issued_rows(area.runtime, session_id)}
    assert mine and all(r % 2 == one.part for r in mine if r is not None)
    assert progress(area.runtime, session_id)["status"] == "running"  # the other part is held
    assert run_job(area.runtime, two) == "done"
    state = progress(area.runtime, session_id)
    assert (state["status"], state["issued"], state["total"]) == ("done", 9, 9)
    every = {result for result, _ in result_ids(area.runtime, session_id).values()}
    check_issued(area.runtime, session_id, every)


def test_the_certificate_pdf_is_the_stored_page_in_french_and_rendered_in_english(
    area: AccountsArea,
) -> None:
    session_id = synthetic_session(area.runtime, 1, seed=13)
    (result_id,) = (r for r, _ in result_ids(area.runtime, session_id).values())
    issue_result(area.runtime, session_id, result_id)
    (row,) = issued_rows(area.runtime, session_id)
    with transaction(area.runtime.sessions) as db:  # mark the stored page: it is what is served
        stored = db.get(CertificateDocument, (row.id, "fr"))
        assert stored is not None and db.get(CertificateDocument, (row.id, "en")) is None
        stored.pdf = stored.pdf + b"%stored"
    assert certificate_pdf(area.runtime, row, "fr").endswith(b"%stored")
    english = certificate_pdf(area.runtime, row, "en")
    base = area.runtime.settings.base_url
    assert english == render_certificate(json.loads(row.document), base_url=base, lang="en")
