"""Retrying the failed parts of a session's issuance, from the jury's progress page.

A part (job) ends ``failed`` when some of its results could not be issued (their errors are in
the job's ``error``). :func:`retry_failed_parts` puts every failed part of the session back in
the queue (its failure count and error cleared; what it already issued stays issued, a part
issues only what its results still lack) and writes the audit event ``issuance.retry`` with
who asked and which parts. A session with no failed part is refused (409 ``nothing-to-retry``):
running or waiting parts are left to their workers.
"""

from __future__ import annotations

from sqlalchemy import select

from certinum.audit import record
from certinum.certification.tables import CertificationSession
from certinum.db import transaction
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.issuance.job_tables import FAILED, ISSUE_SESSION, QUEUED, Job
from certinum.issuance.jobs import WAKE, wall_now
from certinum.runtime import Runtime


class NothingToRetry(CertificationRefused):
    """No part of the session's issuance has failed (409)."""

    default_code = "nothing-to-retry"


def retry_failed_parts(runtime: Runtime, session_id: int, *, actor: str) -> list[int]:
    """Queue the session's failed parts again; their part numbers. 404 ``unknown-session``,
    409 ``nothing-to-retry``."""
    now, stamp = runtime.clock(), wall_now()  # job rows keep the wall clock (their leases)
    with transaction(runtime.sessions) as db:
        if db.get(CertificationSession, session_id) is None:
            raise UnknownCertificationRecord("unknown-session", f"no session {session_id}")
        failed = list(
            db.scalars(
                select(Job)
                .where(Job.kind == ISSUE_SESSION, Job.session_id == session_id)
                .where(Job.status == FAILED)
                .order_by(Job.part)
                .with_for_update()
            )
        )
        if not failed:
            raise NothingToRetry("nothing-to-retry", "no part of this issuance has failed")
        errors = [job.error for job in failed]
        for job in failed:
            job.status, job.error, job.failed = QUEUED, "", 0
            job.updated_at, job.finished_at = stamp, None
        parts = [job.part for job in failed]
        record(
            db, now=now, actor=actor, action="issuance.retry", target=f"session:{session_id}",
            details={"parts": parts, "errors": [e[:200] for e in errors]},
        )  # fmt: skip
    WAKE.set()
    return parts
