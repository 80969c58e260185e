"""Bulk issuance as jobs: each published session's issuance split into :data:`PARTS` jobs.

Publication hands the session over through :func:`certinum.certification.publication.
on_results_published`, and :func:`enqueue` adds its jobs (part ``k`` of ``parts`` issues the
results whose id is ``k`` modulo ``parts``, so that several workers share one session; enqueueing
again finds the same rows); a worker (:mod:`certinum.issuance.worker`) also enqueues any published
session that has no job, so a publication whose process stopped right after its commit is not lost.

A worker takes a job with :func:`claim`: on PostgreSQL ``SELECT … FOR UPDATE SKIP LOCKED``
picks a claimable job (queued, or running with a lapsed lease) that no other worker is
claiming, then an ``UPDATE`` takes it; on SQLite one ``UPDATE … WHERE id = (SELECT …)`` does
both at once under SQLite's write lock. The claim holds a random token and a lease
(``lease_until``, wall-clock UTC: the workers' clocks must agree to well within a lease).

:func:`run_job` is idempotent and resumable: it repeatedly picks a batch of its part's
certified results that have no credential yet and issues them (:mod:`certinum.issuance.batch`:
codes and status entries chosen here, credentials signed and PDFs rendered in the process pool
of :mod:`certinum.issuance.pool`, then every credential with its code, status entry, French PDF
and audit event committed in one transaction; a batch is signed while the previous one is
stored), renewing the lease and storing the progress (``issued`` of ``total``, the whole
session's) before each batch. After a crash a re-run finds only the results still without a
credential; a result issued twice at once ends with one credential (``result_id`` unique).
A result that cannot be issued (bad data) is counted in ``failed`` and the part ends
``failed``; running it again retries those. The session's status (:func:`progress`) is
``running`` while a part runs, ``queued`` while parts wait and none runs, then ``failed`` if
a part failed, else ``done``.
"""

from __future__ import annotations

import json
import logging
import os
import secrets
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from certinum.certification.publication import ResultsPublished, on_results_published
from certinum.certification.review_tables import CERTIFIED, PublishedResult
from certinum.certification.tables import PUBLISHED, CertificationSession
from certinum.db import transaction
from certinum.errors import UnknownCertificationRecord
from certinum.issuance.batch import Pending, Timings, settle, shared_pool, start
from certinum.issuance.job_tables import DONE, FAILED, ISSUE_SESSION, QUEUED, RUNNING, Job
from certinum.issuance.pool import CertificatePool
from certinum.issuance.results import IssuedResult, issue_result
from certinum.models import IssuedCredential
from certinum.runtime import Runtime

log = logging.getLogger(__name__)
LEASE_SECONDS = 60
BATCH_SIZE = 50
PARTS = 4  # jobs per session: up to this many workers issue one session at once
_TRIES = 5  # a result whose certificate collided this many times (code, entry) is failed
TIMINGS_ENV = "CERTINUM_ISSUANCE_TIMINGS"  # a file: each part appends its time split (bench)
WAKE = threading.Event()  # set when a job is enqueued in this process: workers look at once


def wall_now() -> datetime:
    return datetime.now(UTC)


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def enqueue(runtime: Runtime, session_id: int, *, again: bool = False, parts: int = PARTS) -> int:
    """The id of the first issuance job of ``session_id``, its ``parts`` jobs added if
    missing; ``again`` puts finished parts back in the queue (running ones are left to their
    workers)."""
    now = wall_now()
    values = [
        {"kind": ISSUE_SESSION, "session_id": session_id, "part": part, "parts": parts,
         "status": QUEUED, "total": 0, "issued": 0, "failed": 0, "attempts": 0,
         "claimed_by": "", "error": "", "created_at": now, "updated_at": now}
        for part in range(parts)
    ]  # fmt: skip
    with transaction(runtime.sessions) as db:
        if not _jobs(db, session_id):  # the parts are fixed at the first enqueue
            insert = pg_insert if _dialect(db) == "postgresql" else sqlite_insert
            db.execute(insert(Job).values(values).on_conflict_do_nothing())
        jobs = _jobs(db, session_id)
        for job in jobs:
            if again and job.status in (DONE, FAILED):
                job.status, job.updated_at, job.error = QUEUED, now, ""
        job_id = jobs[0].id
    WAKE.set()
    return job_id


def _jobs(db: Session, session_id: int) -> list[Job]:
    query = select(Job).where(Job.kind == ISSUE_SESSION, Job.session_id == session_id)
    return list(db.scalars(query.order_by(Job.part)))


def enqueue_published(runtime: Runtime) -> int:
    """Enqueue the job of every published session that has none; how many were added."""
    with runtime.sessions() as db:
        missing = db.scalars(
            select(CertificationSession.id).where(
                CertificationSession.status == PUBLISHED,
                ~select(Job.id).where(Job.session_id == CertificationSession.id).exists(),
            )
        ).all()
    for session_id in missing:
        enqueue(runtime, session_id)
    return len(missing)


def _on_publication(runtime: Runtime, event: ResultsPublished) -> None:
    # The publication is committed already: a failure here must not undo it or hide it
    # behind an error; the workers' sweep (enqueue_published) enqueues it later.
    try:
        enqueue(runtime, event.session_id)
    except SQLAlchemyError:
        log.exception("could not enqueue the issuance of session %s", event.session_id)


on_results_published(_on_publication)


def _dialect(db: Session) -> str:
    return db.get_bind().dialect.name


@dataclass(frozen=True, slots=True)
class Claim:
    job_id: int
    session_id: int
    token: str
    lease_seconds: float
    part: int = 0
    parts: int = 1


def claim(
    runtime: Runtime, *, session_id: int | None = None, lease_seconds: float = LEASE_SECONDS
) -> Claim | None:
    """Take one claimable job (of ``session_id`` when given), or None."""
    now, token = wall_now(), secrets.token_hex(16)
    claimable = or_(Job.status == QUEUED, and_(Job.status == RUNNING, Job.lease_until < now))
    pick = select(Job.id).where(claimable).order_by(Job.id).limit(1)
    if session_id is not None:
        pick = pick.where(Job.session_id == session_id)
    taken = {
        "status": RUNNING, "claim_token": token, "claimed_by": worker_name(),
        "lease_until": now + timedelta(seconds=lease_seconds), "attempts": Job.attempts + 1,
        "updated_at": now, "finished_at": None,
    }  # fmt: skip
    with transaction(runtime.sessions) as db:
        if _dialect(db) == "postgresql":
            job_id = db.scalar(pick.with_for_update(skip_locked=True))
            if job_id is None:
                return None
            target = Job.id == job_id
        else:
            target = Job.id == pick.correlate(None).scalar_subquery()
        done = db.execute(
            update(Job).where(target, claimable).values(taken)
            .execution_options(synchronize_session=False)
        )  # fmt: skip
        if getattr(done, "rowcount", 0) != 1:
            return None
        row = db.execute(
            select(Job.id, Job.session_id, Job.part, Job.parts).where(Job.claim_token == token)
        ).one()
    return Claim(row.id, row.session_id, token, lease_seconds, row.part, row.parts)


def _mine(claim: Claim) -> Any:
    return and_(Job.id == claim.job_id, Job.claim_token == claim.token, Job.status == RUNNING)


def renew(runtime: Runtime, claim: Claim, *, issued: int, total: int, failed: int) -> bool:
    """Store the progress and extend the lease; False when the job is no longer ours."""
    now = wall_now()
    with transaction(runtime.sessions) as db:
        done = db.execute(
            update(Job).where(_mine(claim))
            .values(issued=issued, total=total, failed=failed, updated_at=now,
                    lease_until=now + timedelta(seconds=claim.lease_seconds))
            .execution_options(synchronize_session=False)
        )  # fmt: skip
        return getattr(done, "rowcount", 0) == 1


def finish(runtime: Runtime, claim: Claim, status: str, error: str = "") -> None:
    """End the claim: ``done``, ``failed`` (with ``error``), or ``queued`` (given back)."""
    now = wall_now()
    with transaction(runtime.sessions) as db:
        db.execute(
            update(Job).where(_mine(claim))
            .values(status=status, error=error[:2000], claim_token=None, lease_until=None,
                    updated_at=now, finished_at=None if status == QUEUED else now)
            .execution_options(synchronize_session=False)
        )  # fmt: skip


def counts(db: Session, session_id: int) -> tuple[int, int]:
    """(issued, total): the session's certified results with a credential, and all of them."""
    certified = and_(PublishedResult.session_id == session_id, PublishedResult.outcome == CERTIFIED)
    total = db.scalar(select(func.count()).select_from(PublishedResult).where(certified)) or 0
    issued = db.scalar(
        select(func.count())
        .select_from(PublishedResult)
        .join(IssuedCredential, IssuedCredential.result_id == PublishedResult.id)
        .where(certified)
    )
    return int(issued or 0), int(total)


def missing_results(
    db: Session, session_id: int, limit: int, skip: set[int], part: int = 0, parts: int = 1
) -> list[int]:
    """Up to ``limit`` certified results of the session without a credential, but ``skip``,
    of part ``part`` of ``parts`` (the result ids equal to ``part`` modulo ``parts``)."""
    query = (
        select(PublishedResult.id)
        .outerjoin(IssuedCredential, IssuedCredential.result_id == PublishedResult.id)
        .where(
            PublishedResult.session_id == session_id,
            PublishedResult.outcome == CERTIFIED,
            IssuedCredential.id.is_(None),
        )
        .order_by(PublishedResult.id)
        .limit(limit)
    )
    if skip:
        query = query.where(PublishedResult.id.not_in(skip))
    if parts > 1:
        query = query.where(PublishedResult.id % parts == part)
    return list(db.scalars(query))


def issue_certificate(runtime: Runtime, session_id: int, result_id: int) -> IssuedResult:
    """The certificate of one result made as the job makes it (signed credential, code, status
    entry and French PDF, stored in one transaction), in this process, without the pool."""
    return issue_result(runtime, session_id, result_id)


Progress = Callable[[int, int], None]


def run_job(
    runtime: Runtime, claim: Claim, *, batch_size: int = BATCH_SIZE,
    on_progress: Progress | None = None, should_stop: Callable[[], bool] = lambda: False,
    pool: CertificatePool | None = None, timings: Timings | None = None,
) -> str:  # fmt: skip
    """Issue what the claimed part still lacks; its end: ``done``, ``failed``, ``queued``
    (stopped, given back) or ``lost`` (the lease lapsed and another took it). ``timings``
    adds up where the time went.

    The batches overlap: while the pool (``pool``, this process's by default) signs and
    renders batch n, this process plans batch n + 1 (codes, status entries) and then stores
    batch n (:func:`certinum.issuance.batch.start`, :func:`~certinum.issuance.batch.settle`).
    """
    pool = pool or shared_pool(runtime)
    failed: dict[int, str] = {}
    tries: dict[int, int] = {}
    spent = Timings()
    pending: Pending | None = None

    def _settle() -> None:
        nonlocal pending
        if pending is None:
            return
        outcome, pending = settle(runtime, pending), None
        spent.add(outcome.timings)
        for result_id, exc in outcome.failed.items():
            failed[result_id] = f"{exc.code}: {exc}"
        for result_id in outcome.retry:
            tries[result_id] = tries.get(result_id, 0) + 1
            if tries[result_id] >= _TRIES:
                failed[result_id] = "conflict: its code or status entry kept colliding"

    try:
        while True:
            in_flight = set(pending.result_ids) if pending is not None else set()
            with runtime.sessions() as db:
                issued, total = counts(db, claim.session_id)
                batch = missing_results(
                    db, claim.session_id, batch_size, set(failed) | in_flight, claim.part,
                    claim.parts,
                )  # fmt: skip
            if not renew(runtime, claim, issued=issued, total=total, failed=len(failed)):
                return "lost"
            if on_progress is not None:
                on_progress(issued, total)
            if should_stop():
                _settle()
                with runtime.sessions() as db:
                    issued, total = counts(db, claim.session_id)
                renew(runtime, claim, issued=issued, total=total, failed=len(failed))
                if on_progress is not None:
                    on_progress(issued, total)
                finish(runtime, claim, QUEUED)
                return QUEUED
            if not batch and pending is None:
                errors = "; ".join(f"result {k}: {v}" for k, v in sorted(failed.items())[:20])
                finish(runtime, claim, FAILED if failed else DONE, errors)
                return FAILED if failed else DONE
            following = start(runtime, pool, claim.session_id, batch) if batch else None
            _settle()
            pending = following
    finally:
        if timings is not None:
            timings.add(spent)
        _write_timings(claim, spent)


def _write_timings(claim: Claim, spent: Timings) -> None:
    path = os.environ.get(TIMINGS_ENV)
    if not path or not spent.certificates:
        return
    line = {"job": claim.job_id, "part": claim.part, "pid": os.getpid(), "sign": spent.sign,
            "pdf": spent.pdf, "database": spent.database,
            "certificates": spent.certificates}  # fmt: skip
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(line) + "\n")


def progress(runtime: Runtime, session_id: int) -> dict[str, Any]:
    """The issuance of a session as JSON: the job's state and the live counts."""
    with runtime.sessions() as db:
        session = db.get(CertificationSession, session_id)
        if session is None:
            raise UnknownCertificationRecord("unknown-session", f"no session {session_id}")
        issued, total = counts(db, session_id)
        jobs = _jobs(db, session_id)
    out: dict[str, Any] = {
        "session": session_id, "sessionStatus": session.status, "issued": issued,
        "total": total, "status": None, "failed": 0, "error": "", "claimedBy": None,
        "attempts": 0, "updatedAt": None, "finishedAt": None,
    }  # fmt: skip
    if jobs:
        states = {job.status for job in jobs}
        busy = states & {QUEUED, RUNNING}
        finished = [job.finished_at for job in jobs if job.finished_at is not None]
        out |= {
            "status": (RUNNING if RUNNING in busy else QUEUED) if busy
            else (FAILED if FAILED in states else DONE),
            "failed": sum(job.failed for job in jobs),
            "error": "; ".join(job.error for job in jobs if job.error),
            "claimedBy": next((j.claimed_by for j in jobs if j.status == RUNNING), None),
            "workers": sorted({j.claimed_by for j in jobs if j.status == RUNNING}),
            "parts": len(jobs), "attempts": sum(job.attempts for job in jobs),
            "updatedAt": _stamp(max(job.updated_at for job in jobs)),
            "finishedAt": None if busy or not finished else _stamp(max(finished)),
        }  # fmt: skip
    return out


def _stamp(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    aware = moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    return aware.isoformat().replace("+00:00", "Z")
