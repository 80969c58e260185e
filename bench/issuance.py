"""Issue a synthetic published session end to end, as the service does, and time it.

Run by hand (prints figures, asserts nothing about time)::

    .venv/bin/python bench/issuance.py [--results 10000] [--db sqlite|postgresql]
        [--workers W] [--processes P] [--batch-size 50] [--postgres-url URL]

- The session: a centre, a published session and ``--results`` certified results (accounts,
  enrolments, results with seeded scores and 16 competence levels) are INSERTED STRAIGHT INTO
  THE TABLES, in a few bulk transactions, before the clock starts. They do NOT go through
  :func:`certinum.certification.publication.publish`: publish recomputes each result from the
  certification test its candidate took, so it would need 10,000 fake tests (enrolments,
  check-ins, 32 stored answers each), which is not what is measured here. The issuance job is
  then enqueued with the service function (:func:`certinum.issuance.jobs.enqueue`, what
  publication's event leads to), so what is timed is the issuance alone.
- The issuance, timed from the enqueue until every certificate is stored, is the service's
  own: with ``--workers 0`` (the default on SQLite) a :class:`certinum.issuance.worker.Worker`
  in this process, as the service's in-app worker on SQLite; with ``--workers W`` (the default
  on PostgreSQL: 2) W ``certinum worker`` processes. Each one signs and renders in its process
  pool (``--processes``, ``CERTINUM_ISSUANCE_PROCESSES``; default: the cores shared among the
  workers, at least one each, as the README tells to set it for several workers on one
  machine: more pool processes than cores only take turns). Everything is
  made: credential, verification code, status entry, French PDF, database rows.
- The split: CPU seconds signing (build + sign) and rendering PDFs, summed over the pool
  processes, and wall seconds of database work in the job processes (plan + store), as the
  jobs report them (``CERTINUM_ISSUANCE_TIMINGS``); they overlap with each other across
  workers, so they do not add up to the wall time.
- Memory: ``resource.getrusage`` peak RSS of this process and of its waited-for children
  (the largest one, not a sum), and the peak of the summed RSS of this process and all its
  descendants (pool processes, workers), sampled every 0.2 s from /proc.
- PostgreSQL: a schema of its own in ``--postgres-url`` (default ``CERTINUM_TEST_POSTGRES_URL``
  or postgresql+psycopg://postgres@127.0.0.1:5432/test), dropped at the end; the temporary
  data folder (keys, SQLite file) is removed at the end.

Targets (issue 8, on a 2-core machine): a PDF renders in under 10 ms on one core; 10,000
certificates issued end to end in under 60 s on SQLite, and on PostgreSQL with two workers.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from assessment.framework import COMPETENCE_CODES  # noqa: E402
from certinum.accounts.tables import Account  # noqa: E402
from certinum.certification.review_tables import CERTIFIED, PublishedResult  # noqa: E402
from certinum.certification.tables import Centre, CertificationSession, Enrolment  # noqa: E402
from certinum.db import transaction  # noqa: E402
from certinum.issuance.jobs import TIMINGS_ENV, enqueue, progress  # noqa: E402
from certinum.issuance.pool import PROCESSES_ENV  # noqa: E402
from certinum.runtime import Runtime  # noqa: E402
from certinum.settings import Settings  # noqa: E402
from keys import write_new_key_file  # noqa: E402

CHUNK = 2000


def synthetic_session(runtime: Runtime, n: int, seed: int = 8) -> int:
    """A published session of ``n`` certified results, inserted straight into the tables."""
    rng = random.Random(seed)
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        centre = Centre(name="Centre de Lyon", code=f"BENCH-{seed}", address="", created_at=now)
        db.add(centre)
        db.flush()
        session = CertificationSession(
            centre_id=centre.id, day=date(2026, 6, 1), start_time=now.time(), room="A",
            address="Lyon", examiner="X", status="published", created_by="bench",
            created_at=now, finalised_at=now, published_at=now,
        )  # fmt: skip
        db.add(session)
        db.flush()
        session_id = session.id
    for start in range(0, n, CHUNK):
        ks = range(start, min(n, start + CHUNK))
        with transaction(runtime.sessions) as db:
            accounts = [Account(login=f"bench-{k}", email=None, display_name=f"C{k}",
                                password_hash="", created_at=now) for k in ks]  # fmt: skip
            db.add_all(accounts)
            db.flush()
            enrolments = [
                Enrolment(session_id=session_id, account_id=a.id, last_name=f"Nom{k}",
                          first_name="Léa", birth_date=date(2010, 1 + k % 12, 1 + k % 28),
                          created_by="bench", created_at=now)
                for k, a in zip(ks, accounts, strict=True)
            ]  # fmt: skip
            db.add_all(enrolments)
            db.flush()
            db.add_all(
                PublishedResult(
                    enrolment_id=e.id, session_id=session_id, account_id=e.account_id,
                    outcome=CERTIFIED, answers=32, theta=0.0, score=rng.randint(0, 1023),
                    band_level=3, levels={c: rng.randint(0, 8) for c in COMPETENCE_CODES},
                    published_by="bench", published_at=now,
                )
                for e in enrolments
            )  # fmt: skip
    return session_id


def _tree_rss() -> int:
    """The summed RSS (bytes) of this process and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(fields[1])
        rss[int(entry)] = int(fields[21]) * page
    mine, grew = {os.getpid()}, True
    while grew:
        more = {pid for pid, parent in parents.items() if parent in mine} - mine
        grew = bool(more)
        mine |= more
    return sum(rss.get(pid, 0) for pid in mine)


class PeakSampler(threading.Thread):
    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak = 0
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.is_set():
            self.peak = max(self.peak, _tree_rss())
            self.done.wait(0.2)


def _workers(env: dict[str, str], n: int, batch: int) -> list[subprocess.Popen[bytes]]:
    command = [sys.executable, "-m", "certinum", "worker", "--poll-seconds", "0.2",
               "--batch-size", str(batch)]  # fmt: skip
    return [
        subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(n)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--results", type=int, default=10_000)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument(
        "--workers", type=int, default=None, help="`certinum worker` processes (0: in this one)"
    )
    parser.add_argument("--processes", type=int, default=None, help="pool processes per worker")
    parser.add_argument("--batch-size", type=int, default=50)
    default_pg = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    parser.add_argument(
        "--postgres-url", default=os.environ.get("CERTINUM_TEST_POSTGRES_URL", default_pg)
    )
    args = parser.parse_args()
    workers = args.workers if args.workers is not None else (2 if args.db == "postgresql" else 0)
    print(subprocess.run(["uptime"], check=False, capture_output=True, text=True).stdout.strip())

    tmp = Path(tempfile.mkdtemp(prefix="certinum-bench-"))
    write_new_key_file(tmp / "kek.key")
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = None
    if args.db == "postgresql":
        admin = create_engine(args.postgres_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        sep = "&" if "?" in args.postgres_url else "?"
        url = f"{args.postgres_url}{sep}options=-csearch_path%3D{schema}"
    else:
        url = f"sqlite:///{tmp / 'certinum.db'}"
    env = {
        "CERTINUM_DATA_DIR": str(tmp / "data"), "CERTINUM_DATABASE_URL": url,
        "CERTINUM_BASE_URL": "https://certinum.example", "CERTINUM_KEY_FILE": str(tmp / "kek.key"),
        TIMINGS_ENV: str(tmp / "timings.jsonl"),
    }  # fmt: skip
    if args.processes is None and workers:
        args.processes = max(1, (os.cpu_count() or 1) // workers)
    if args.processes is not None:
        env[PROCESSES_ENV] = str(args.processes)
    pool = args.processes if args.processes is not None else os.cpu_count()
    print(
        f"cores: {os.cpu_count()}, results: {args.results}, db: {args.db}, workers: {workers}, "
        f"pool processes per worker: {pool}"
    )
    os.environ.update(env)
    runtime = Runtime.open(Settings.from_env(env))
    try:
        started = time.perf_counter()
        session_id = synthetic_session(runtime, args.results)
        print(f"synthetic session {session_id}: {args.results} results inserted in "
              f"{time.perf_counter() - started:.1f} s (not measured below)")  # fmt: skip
        run(runtime, session_id, env, workers, args.batch_size, tmp / "timings.jsonl")
    finally:
        runtime.close()
        shutil.rmtree(tmp, ignore_errors=True)  # the keys, the SQLite file, the timings
        if admin is not None:
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()


def run(runtime: Runtime, session_id: int, env: dict[str, str], workers: int, batch: int,
        timings_file: Path) -> None:  # fmt: skip
    from certinum.issuance.batch import close_pools
    from certinum.issuance.worker import Worker

    sampler = PeakSampler()
    sampler.start()
    started = time.perf_counter()
    enqueue(runtime, session_id)
    procs = []
    if workers == 0:
        Worker(runtime, batch_size=batch).run_pending()
    else:
        procs = _workers({**os.environ, **env}, workers, batch)
    while (state := progress(runtime, session_id))["status"] not in ("done", "failed"):
        time.sleep(0.1)
    wall = time.perf_counter() - started
    for p in procs:
        p.send_signal(signal.SIGTERM)
    for p in procs:
        p.wait(timeout=60)
    close_pools()
    sampler.done.set()
    sampler.join()
    written = timings_file.read_text() if timings_file.exists() else ""
    lines = [json.loads(line) for line in written.splitlines()]
    sign = sum(x["sign"] for x in lines)
    pdf = sum(x["pdf"] for x in lines)
    database = sum(x["database"] for x in lines)
    made = sum(x["certificates"] for x in lines)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"status {state['status']}: {state['issued']} of {state['total']} issued"
          f" ({state['failed']} failed) at {datetime.now(UTC):%H:%M:%S} UTC")  # fmt: skip
    print(f"end to end: {wall:.1f} s, {state['issued'] / wall:.0f} certificates/s,"
          f" {3600 * state['issued'] / wall:,.0f} per hour")  # fmt: skip
    if made:
        print(f"split (CPU s summed over pool processes / wall s of database work):"
              f" sign {sign:.1f} s ({1000 * sign / made:.1f} ms each),"
              f" PDF {pdf:.1f} s ({1000 * pdf / made:.1f} ms each),"
              f" database {database:.1f} s ({1000 * database / made:.1f} ms each)")  # fmt: skip
    print(f"peak RSS: this process {own:.0f} MiB, largest waited-for child {children:.0f} MiB,"
          f" process tree (sampled sum) {sampler.peak / 2**20:.0f} MiB")  # fmt: skip
    print(subprocess.run(["uptime"], check=False, capture_output=True, text=True).stdout.strip())


if __name__ == "__main__":
    main()
