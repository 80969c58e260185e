"""Certification sessions at once, over HTTP, against ``certinum serve``: every candidate of
every session answering the certification test.

Run by hand, from the checkout (PostgreSQL with trust authentication, as for the tests)::

    .venv/bin/python bench/session.py [URL] [--sessions 3] [--candidates 30] [--workers 2]
        [--think 5] [--think-floor 1] [--questions N] [--seed 1] [--keep]

``URL`` is a SQLAlchemy PostgreSQL URL (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``). The bench creates a fresh schema in
it and, through the service functions (``bench/certsetup.py``), ``--sessions`` centres with
one session each and ``--candidates`` adult candidates per session (Argon2id at its lowest
cost, as in ``bench/candidates.py``), each made certifiable by taking positioning tests at an
ability drawn from N(0.8, 0.6) (clipped to [0, 2.5]), enrolled, checked in with the session's
access code, and allowed to start by the invigilator (:func:`authorise`). Then it starts
``certinum serve --workers N`` on a free loopback port on that schema, logs every candidate
in over HTTP (``POST /api/session``: the session cookie and the ``X-CSRF-Token`` header),
and measures. At the end it stops the server and drops the schema (``--keep`` keeps it).

What is measured: all candidates start together, each an HTTP client of its own; each waits
a think time, starts the test (``POST /api/certification/enrolments/{id}/test``, which
returns the first question), then, for each question, thinks and answers (``POST
/api/certification/tests/{id}/answers``, whose reply carries the next question, or
``null`` once the test has ended), answering as a candidate of their ability would (the
item read under the question's reference in the database: one small query per answer, on
the bench's side), until the test ends (32 questions) or after ``--questions`` answers.
Think time: ``--think-floor`` + an exponential draw of mean ``--think`` − ``--think-floor``
(1 s + mean 5 s by default); ``--think 0`` measures the server's capacity.

Printed: answers/s; p50/p95/p99/max of one answer (stored, and the next question chosen and
returned), and of starting a test; errors by HTTP status; the server's CPU time from ``/proc``
(per request, per answer: less disturbed by other load on the machine than latencies); and
checks read from the database afterwards: every answer that got a 200 is stored exactly once
(answered rows equal the receipts; each test's engine state counts as many answers as its
answered rows), and the exposure counts are exact (for every item version, the increase of
its count in ``item_exposures`` during the run equals the questions of the stored tests that
showed it).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import numpy as np  # noqa: E402
from certsetup import Seat, seated_sessions  # noqa: E402
from loadkit import (  # noqa: E402
    DEFAULT_URL,
    PASSWORD,
    CandidateLog,
    Failed,
    bench_schema,
    call,
    free_port,
    measured,
    percentiles,
    report_cpu,
    server_env,
    serving,
)
from sqlalchemy import func, select  # noqa: E402

from assessment.certification import answers_given  # noqa: E402
from assessment.irt import probability  # noqa: E402
from certinum.accounts.area import AccountsArea  # noqa: E402
from certinum.certification.exam_state import from_json  # noqa: E402
from certinum.certification.tables import CertificationAnswer, CertificationTestRow  # noqa: E402
from certinum.positioning.catalogue import default_catalogue  # noqa: E402
from certinum.positioning.simulate import simulated_answer  # noqa: E402
from certinum.positioning.tables import ItemExposure  # noqa: E402
from certinum.runtime import Runtime  # noqa: E402
from certinum.settings import Settings  # noqa: E402

API = "/api/certification"


def exposure_counts(runtime: Runtime) -> Counter[tuple[str, int]]:
    with runtime.sessions() as db:
        rows = db.execute(select(ItemExposure.item_id, ItemExposure.version, ItemExposure.count))
        return Counter({(r.item_id, r.version): r.count for r in rows})


def oracle_answer(
    runtime: Runtime, question: dict[str, object], theta: float, rng: np.random.Generator
) -> object:
    """Right with the 2PL probability at ``theta``, in the order shown (read from the DB)."""
    with runtime.sessions() as db:
        item_id, order = db.execute(
            select(CertificationAnswer.item_id, CertificationAnswer.proposal_order).where(
                CertificationAnswer.reference == question["reference"]
            )
        ).one()
    challenge = default_catalogue().bank.get(item_id)
    irt = challenge.current_irt
    right = bool(rng.random() < float(probability(theta, irt.discrimination, irt.difficulty)))
    return simulated_answer(challenge, list(order), right, str(question.get("locale", "fr")))


async def candidate(
    client: httpx.AsyncClient, runtime: Runtime, seat: Seat, k: int,
    args: argparse.Namespace, go: asyncio.Event,
) -> CandidateLog:  # fmt: skip
    log = CandidateLog()
    rng = np.random.default_rng([args.seed, k])
    extra = max(args.think - args.think_floor, 0.0)

    async def think() -> None:
        if args.think > 0:
            await asyncio.sleep(args.think_floor + float(rng.exponential(extra or 1e-9)))

    await go.wait()
    try:
        await think()  # reading the test's first page
        t0 = time.perf_counter()
        page = await call(client, log, "POST", f"{API}/enrolments/{seat.enrolment_id}/test")
        log.start_seconds.append(time.perf_counter() - t0)
        test, question = page["test"]["id"], page["question"]
        while question is not None and (args.questions is None or log.receipts < args.questions):
            given = await asyncio.to_thread(oracle_answer, runtime, question, seat.theta, rng)
            await think()
            t0 = time.perf_counter()
            reply = await call(
                client, log, "POST", f"{API}/tests/{test}/answers",
                json={"reference": question["reference"], "answer": given},
            )  # fmt: skip
            log.answer_seconds.append(time.perf_counter() - t0)
            log.receipts += 1
            question = reply["question"]
    except Failed:
        pass  # counted in statuses; this candidate stops
    return log


def stored_checks(
    runtime: Runtime, receipts: int, before: Counter[tuple[str, int]]
) -> dict[str, object]:
    with runtime.sessions() as db:
        answered = db.scalar(
            select(func.count()).where(CertificationAnswer.answered_at.is_not(None))
        )
        shown = Counter(
            {(r[0], r[1]): r[2] for r in db.execute(
                select(CertificationAnswer.item_id, CertificationAnswer.item_version, func.count())
                .group_by(CertificationAnswer.item_id, CertificationAnswer.item_version)
            )}
        )  # fmt: skip
        per_test = db.execute(
            select(
                CertificationTestRow.engine_state,
                select(func.count())
                .where(
                    CertificationAnswer.test_id == CertificationTestRow.id,
                    CertificationAnswer.answered_at.is_not(None),
                )
                .scalar_subquery(),
            )
        ).all()
    increase = exposure_counts(runtime)
    increase.subtract(before)
    increase = Counter({k: n for k, n in increase.items() if n})
    return {
        "answers_with_receipt": receipts,
        "answer_rows": answered,
        "tests": len(per_test),
        "questions_shown": sum(shown.values()),
        "exposure_increase": sum(increase.values()),
        "every_answer_stored_once": receipts == answered
        and all(answers_given(from_json(state)) == n for state, n in per_test),
        "exposure_counts_exact": increase == shown,
    }


async def measure(
    args: argparse.Namespace, base: str, seats: list[Seat], runtime: Runtime, server_pid: int
) -> tuple[list[CandidateLog], float, float, float]:
    return await measured(
        base, [s.login for s in seats], server_pid,
        lambda k, c, go: candidate(c, runtime, seats[k], k, args, go),
    )  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default=DEFAULT_URL)
    parser.add_argument("--sessions", type=int, default=3)
    parser.add_argument("--candidates", type=int, default=30, help="per session")
    parser.add_argument("--workers", type=int, default=2, help="certinum serve --workers N")
    parser.add_argument("--think", type=float, default=5.0, help="mean think time (s); 0: none")
    parser.add_argument("--think-floor", type=float, default=1.0, help="least think time (s)")
    parser.add_argument("--questions", type=int, default=None, help="answers per candidate")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the bench schema")
    args = parser.parse_args(argv)

    tag, port = uuid.uuid4().hex[:10], free_port()
    with bench_schema(args.url, keep=args.keep) as url, tempfile.TemporaryDirectory() as tmp:
        env = server_env(Path(tmp), url, port, None)
        runtime = Runtime.open(Settings.from_env(env), create_key=True)
        area = AccountsArea.open(runtime, redis_prefix=f"certinum-{tag}:")
        t0 = time.perf_counter()
        seats = seated_sessions(area, tag, args.sessions, args.candidates, PASSWORD, args.seed)
        setup = time.perf_counter() - t0
        before = exposure_counts(runtime)
        with serving(env, port, args.workers, Path(tmp) / "serve.log") as pid:
            logs, elapsed, cpu, client_cpu = asyncio.run(
                measure(args, f"http://127.0.0.1:{port}", seats, runtime, pid)
            )
        receipts = sum(log.receipts for log in logs)
        checks = stored_checks(runtime, receipts, before)
        runtime.close()

    answers = [s for log in logs for s in log.answer_seconds]
    starts = [s for log in logs for s in log.start_seconds]
    statuses = sum((log.statuses for log in logs), Counter[str]())
    errors = {s: n for s, n in statuses.items() if s not in ("200", "201")}
    think = f"{args.think_floor} s + exp, mean {args.think} s" if args.think > 0 else "none"
    print(
        f"sessions: {args.sessions} × {args.candidates} candidates, server workers:"
        f" {args.workers}, think: {think}, stop: {args.questions or 'end of test'},"
        f" cpus: {os.cpu_count()}, setup (service functions): {setup:.0f} s"
    )
    print(f"answers: {len(answers)} in {elapsed:.1f} s = {len(answers) / elapsed:.1f} answers/s")
    print(f"answer (POST answers, reply = next question): {percentiles(answers)}")
    print(f"start the test (POST enrolments/{{id}}/test):  {percentiles(starts)}")
    per = [log.receipts for log in logs]
    print(f"answers per candidate: min {min(per)}, median {int(np.median(per))}, max {max(per)}")
    report_cpu(cpu, client_cpu, elapsed, sum(statuses.values()), len(answers))
    print(f"requests by status: {dict(sorted(statuses.items()))}")
    print(f"errors: {sum(errors.values())} {errors if errors else ''}")
    for key, value in checks.items():
        print(f"{key}: {value}")
    ok = not errors and checks["every_answer_stored_once"] and checks["exposure_counts_exact"]
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
