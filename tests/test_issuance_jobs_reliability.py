"""The issuing process killed (SIGKILL) at a random point of a session of 2,000 results (200
on SQLite), then run again; one of two ``certinum worker`` processes killed while it holds a
part of a session of 2,000 results (120 on SQLite): every certified result ends with exactly
one credential, one code, one status entry and its French PDF (whose embedded credential is
the stored one), none lost and none twice, and every credential verifies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from accounts_helpers import Clock, accounts_runtime
from issuance_jobs_helpers import check_issued, issued_count, synthetic_session
from sqlalchemy import select

from certinum.certification.review_tables import PublishedResult
from certinum.issuance.job_tables import RUNNING, Job
from certinum.issuance.jobs import progress
from certinum.runtime import Runtime

#: The sessions' sizes: 2,000 results on PostgreSQL, the production database, where workers
#: run on several machines (issue 8 asks for 2,000). SQLite is smaller on purpose: it runs the
#: same issuing code, but 2,000 more certificates there (signed, rendered, then each verified
#: and its PDF read back by the checks) would add minutes of CPU to a suite that must stay well
#: under 10 minutes on 2 cores, and would test nothing the PostgreSQL runs do not.
RESULTS = {"postgresql": 2000, "sqlite": 200}
WORKER_RESULTS = {"postgresql": 2000, "sqlite": 120}
SEED = 20261202
#: Every credential is verified and has its PDF; the PDFs read back (embedded credential,
#: stored page) are a seeded sample, which keeps the checks of 2,000 certificates lean.
PDF_SAMPLE = 100
# No step is timed: a run that hangs is ended by pytest-timeout (pyproject.toml), whatever
# the load of the shared machine.


def _database(env: dict[str, str]) -> str:
    return "postgresql" if env["CERTINUM_DATABASE_URL"].startswith("postgresql") else "sqlite"


@pytest.fixture
def runtime(service_env: dict[str, str]) -> Iterator[Runtime]:
    # The issuing processes sign at the wall clock's time; the checks verify an hour later.
    with accounts_runtime(service_env, Clock(datetime.now(UTC) + timedelta(hours=1))) as rt:
        yield rt


def _issue(env: dict[str, str], session_id: int, *, read: bool) -> subprocess.Popen[bytes]:
    """``certinum issue``; its output piped when ``read`` (else dropped: a pipe nobody reads
    would fill and block it)."""
    command = [sys.executable, "-m", "certinum", "issue", "--session", str(session_id),
               "--batch-size", "20", "--lease-seconds", "2", "--poll-seconds", "0.2"]  # fmt: skip
    return subprocess.Popen(
        command, env={**os.environ, **env},
        stdout=subprocess.PIPE if read else subprocess.DEVNULL,
        stderr=subprocess.PIPE if read else subprocess.DEVNULL,
    )  # fmt: skip


def test_a_killed_issuing_process_run_again_issues_the_rest_and_nothing_twice(
    runtime: Runtime, service_env: dict[str, str]
) -> None:
    size = RESULTS[_database(service_env)]
    session_id = synthetic_session(runtime, size, seed=SEED % 1000)
    kill_at = random.Random(SEED).randint(10, size - 10)
    first = _issue(service_env, session_id, read=False)
    while issued_count(runtime, session_id) < kill_at and first.poll() is None:
        time.sleep(0.02)
    first.send_signal(signal.SIGKILL)
    first.wait()
    assert first.returncode == -signal.SIGKILL, "the first run ended before it was killed"
    partial = issued_count(runtime, session_id)
    assert kill_at <= partial < size

    again = _issue(service_env, session_id, read=True)
    out, err = again.communicate()
    assert again.returncode == 0, err.decode()[-2000:]
    assert f"{size} of {size} certificates issued" in out.decode()
    assert f"{size}/{size}" in err.decode()  # the progress bar reached the end
    with runtime.sessions() as db:
        certified = set(
            db.scalars(select(PublishedResult.id).where(PublishedResult.session_id == session_id))
        )
    check_issued(runtime, session_id, certified, pdf_sample=PDF_SAMPLE)


def _worker(env: dict[str, str]) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "certinum", "worker", "--batch-size", "20",
               "--lease-seconds", "2", "--poll-seconds", "0.2"]  # fmt: skip
    # two workers on one machine share its cores: one pool process each (as the README says)
    shared = {**os.environ, **env, "CERTINUM_ISSUANCE_PROCESSES": "1"}
    out = subprocess.DEVNULL  # never read: a pipe would fill and block the worker
    return subprocess.Popen(command, env=shared, stdout=out, stderr=out)


def _held_parts(runtime: Runtime, session_id: int, worker: str) -> list[int]:
    """The session's parts that ``worker`` holds (running under its claim)."""
    with runtime.sessions() as db:
        held = select(Job.id).where(
            Job.session_id == session_id, Job.status == RUNNING, Job.claimed_by == worker
        )
        return list(db.scalars(held))


def test_one_of_two_workers_killed_the_other_takes_the_job_over(
    runtime: Runtime, service_env: dict[str, str]
) -> None:
    total = WORKER_RESULTS[_database(service_env)]
    session_id = synthetic_session(runtime, total, seed=SEED % 1000 + 1)
    kill_at = random.Random(SEED + 1).randint(10, total // 2)
    workers = {p.pid: p for p in (_worker(service_env), _worker(service_env))}
    try:
        while issued_count(runtime, session_id) < kill_at:
            time.sleep(0.02)
        # A worker seen holding a part may finish it (and not yet claim the next) before the
        # signal lands; then it held nothing when killed, and another worker replaces it.
        for _ in range(3):
            holder = str(progress(runtime, session_id)["workers"][0])
            pid = int(holder.rsplit(":", 1)[1])
            workers[pid].send_signal(signal.SIGKILL)
            assert workers.pop(pid).wait() == -signal.SIGKILL
            orphaned = _held_parts(runtime, session_id, holder)
            if orphaned:
                break
            replacement = _worker(service_env)
            workers[replacement.pid] = replacement
        assert orphaned, "no worker was killed while it held a part"
        while progress(runtime, session_id)["status"] != "done":
            time.sleep(0.1)
        for survivor in workers.values():
            survivor.send_signal(signal.SIGTERM)
            assert survivor.wait(timeout=30) == 0
    finally:
        for process in workers.values():
            if process.poll() is None:
                process.kill()
                process.wait()
    with runtime.sessions() as db:
        attempts = db.scalars(select(Job.attempts).where(Job.id.in_(orphaned))).all()
    assert min(attempts) >= 2  # each part the killed worker held was taken over
    with runtime.sessions() as db:
        certified = set(
            db.scalars(select(PublishedResult.id).where(PublishedResult.session_id == session_id))
        )
    check_issued(runtime, session_id, certified, pdf_sample=PDF_SAMPLE)
