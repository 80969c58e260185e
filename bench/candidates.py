"""Simulated candidates taking positioning tests at once, over HTTP, against ``certinum serve``.

Run by hand, from the checkout (PostgreSQL with trust authentication, as for the tests)::

    .venv/bin/python bench/candidates.py [URL] [--candidates 200] [--workers 1]
        [--think 5] [--duration 60 | --questions N] [--redis URL] [--seed 1] [--keep]

``URL`` is a SQLAlchemy PostgreSQL URL (default
``postgresql+psycopg://postgres@127.0.0.1:5432/test``). The bench creates a fresh schema in
it, migrates it, creates ``--candidates`` pupil accounts (role candidate) through the service
functions, starts ``certinum serve --workers N`` on a free loopback port on that schema (the
packaged item bank; ``--redis`` gives it ``CERTINUM_REDIS_URL``, so sessions live in Redis),
logs every candidate in once over HTTP (``POST /api/session``), and then measures. At the end
it stops the server and drops the schema (``--keep`` keeps it). The accounts' passwords are
hashed at Argon2id's lowest cost (``CERTINUM_PASSWORD_OPSLIMIT=1``,
``CERTINUM_PASSWORD_MEMLIMIT_KIB=8192``) so that setting up 200 accounts takes seconds; no
password is hashed or checked during the measured phase, so this changes nothing measured.

What is measured: every candidate is an HTTP client of its own (httpx, its own connection and
cookie jar), with the session cookie and the ``X-CSRF-Token`` header the API requires. All
start together; each takes positioning tests through ``/api/positioning/...``: ``POST
/attempts`` (competence ``k``, then the next ones in turn), ``GET /attempts/{id}/question``,
then, for each question, a think time and ``POST /attempts/{id}/answers`` (whose reply
carries the next question, or the result), answering as a candidate of ability drawn from
N(0, 1) would (:class:`certinum.positioning.simulate.Oracle`, which reads the item asked
under the question's reference in the database: one small query per answer, on the bench's side).
The same think time comes before each start of a test (the candidate reads the test's first
page, or the previous result), so that the candidates' starts spread as they would, rather
than all 200 in the same millisecond (``--think 0`` keeps that burst). A candidate stops
after ``--duration`` seconds (default 60; the answer in flight is
finished) or after ``--questions`` answers.

Think time, per question: ``--think-floor`` + an exponential draw of mean ``--think`` −
``--think-floor`` (defaults 1 s and 5 s: mean 5 s). A person reads the statement and the
proposals and clicks: hardly under a second, a few seconds usually, sometimes much longer
(the exponential's tail). ``--think 0`` removes it: every candidate answers as soon as it has
the question, which measures the server's capacity (latency is then mostly queueing).

Printed: answers/s over the measured phase; p50/p95/p99/max of one answer (the ``POST
…/answers`` request: the answer stored and the next question chosen, returned in the same
reply, so it is also "answer + next question"), of starting a test (``POST /attempts`` +
``GET …/question``), the answers per candidate, the CPU time the server's processes used
during the phase (from ``/proc``: per request and per answer, a figure that other load on the
machine disturbs less than latencies do) and the bench's own, errors by HTTP status (or
exception), and
checks read from the database: every answer that got a 200 is stored exactly once (the rows
with an answer equal the receipts; each attempt's ``answers`` equals its answered rows), and
the exposure counts add up to the questions shown (one row per question asked).
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
from collections.abc import Coroutine
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import numpy as np  # noqa: E402
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

from assessment.framework import COMPETENCE_CODES  # noqa: E402
from certinum.accounts.area import AccountsArea  # noqa: E402
from certinum.accounts.people import create_pupil  # noqa: E402
from certinum.positioning.simulate import Oracle  # noqa: E402
from certinum.positioning.tables import (  # noqa: E402
    ItemExposure,
    PositioningAttempt,
    PositioningQuestion,
)
from certinum.runtime import Runtime  # noqa: E402
from certinum.settings import Settings  # noqa: E402

API = "/api/positioning"


async def candidate(
    client: httpx.AsyncClient,
    oracle: Oracle,
    k: int,
    args: argparse.Namespace,
    deadline: float,
    go: asyncio.Event,
) -> CandidateLog:
    log = CandidateLog()
    rng = np.random.default_rng([args.seed, k])
    theta = float(rng.normal())
    extra = max(args.think - args.think_floor, 0.0)

    async def think() -> None:
        if args.think > 0:
            await asyncio.sleep(args.think_floor + float(rng.exponential(extra or 1e-9)))

    await go.wait()
    turn = 0

    def more() -> bool:
        if args.questions is not None:
            return log.receipts < args.questions
        return time.perf_counter() < deadline

    try:
        while more():
            competence = COMPETENCE_CODES[(k + turn) % len(COMPETENCE_CODES)]
            turn += 1
            await think()  # reading the test's first page, or the previous result
            t0 = time.perf_counter()
            attempt = await call(
                client, log, "POST", f"{API}/attempts", json={"competence": competence}
            )
            page = await call(client, log, "GET", f"{API}/attempts/{attempt['id']}/question")
            log.start_seconds.append(time.perf_counter() - t0)
            question = page["question"]
            while question is not None and more():
                given = oracle.answer(question, theta, rng)
                await think()
                t0 = time.perf_counter()
                reply = await call(
                    client,
                    log,
                    "POST",
                    f"{API}/attempts/{attempt['id']}/answers",
                    json={"reference": question["reference"], "answer": given},
                )
                log.answer_seconds.append(time.perf_counter() - t0)
                log.receipts += 1
                question = reply["question"]
            if turn >= len(COMPETENCE_CODES):
                break
    except Failed:
        pass  # counted in statuses; this candidate stops
    return log


def stored_checks(runtime: Runtime, receipts: int) -> dict[str, object]:
    with runtime.sessions() as session:
        answered = session.scalar(
            select(func.count())
            .select_from(PositioningQuestion)
            .where(PositioningQuestion.answered_at.is_not(None))
        )
        asked = session.scalar(select(func.count()).select_from(PositioningQuestion))
        exposure = session.scalar(select(func.coalesce(func.sum(ItemExposure.count), 0)))
        per_attempt = session.execute(
            select(
                PositioningAttempt.answers,
                func.count(PositioningQuestion.id).filter(
                    PositioningQuestion.answered_at.is_not(None)
                ),
            )
            .outerjoin(PositioningQuestion, PositioningQuestion.attempt_id == PositioningAttempt.id)
            .group_by(PositioningAttempt.id, PositioningAttempt.answers)
        ).all()
    return {
        "answers_with_receipt": receipts,
        "answer_rows": answered,
        "question_rows": asked,
        "exposure_sum": exposure,
        "attempts": len(per_attempt),
        "every_answer_stored_once": receipts == answered
        and all(n == stored for n, stored in per_attempt),
        "exposure_equals_questions_shown": exposure == asked,
    }


async def measure(
    args: argparse.Namespace, base: str, logins: list[str], oracle: Oracle, server_pid: int
) -> tuple[list[CandidateLog], float, float, float]:
    deadline: list[float] = []  # set when the phase begins (the first task is made)

    def start(
        k: int, client: httpx.AsyncClient, go: asyncio.Event
    ) -> Coroutine[Any, Any, CandidateLog]:
        deadline[:] = deadline or [time.perf_counter() + args.duration]
        return candidate(client, oracle, k, args, deadline[0], go)

    return await measured(base, logins, server_pid, start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default=DEFAULT_URL)
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1, help="certinum serve --workers N")
    parser.add_argument("--think", type=float, default=5.0, help="mean think time (s); 0: none")
    parser.add_argument("--think-floor", type=float, default=1.0, help="least think time (s)")
    parser.add_argument("--duration", type=float, default=60.0, help="measured phase (s)")
    parser.add_argument("--questions", type=int, default=None, help="answers per candidate")
    parser.add_argument("--redis", default=None, help="CERTINUM_REDIS_URL for the server")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the bench schema")
    args = parser.parse_args(argv)

    tag, port = uuid.uuid4().hex[:10], free_port()
    with bench_schema(args.url, keep=args.keep) as url, tempfile.TemporaryDirectory() as tmp:
        env = server_env(Path(tmp), url, port, args.redis)
        runtime = Runtime.open(Settings.from_env(env), create_key=True)
        area = AccountsArea.open(runtime, redis_prefix=f"certinum-{tag}:")
        logins = [f"bench-{tag}-{k}" for k in range(args.candidates)]
        for login in logins:
            create_pupil(area, login=login, password=PASSWORD, display_name=login, actor="bench")
        oracle = Oracle(runtime)
        with serving(env, port, args.workers, Path(tmp) / "serve.log") as pid:
            logs, elapsed, cpu, client_cpu = asyncio.run(
                measure(args, f"http://127.0.0.1:{port}", logins, oracle, pid)
            )
        answers = [s for log in logs for s in log.answer_seconds]
        starts = [s for log in logs for s in log.start_seconds]
        statuses = sum((log.statuses for log in logs), Counter[str]())
        receipts = sum(log.receipts for log in logs)
        checks = stored_checks(runtime, receipts)
        runtime.close()

    errors = {s: n for s, n in statuses.items() if s not in ("200", "201")}
    think = f"{args.think_floor} s + exp, mean {args.think} s" if args.think > 0 else "none"
    stop = f"{args.questions} answers each" if args.questions else f"{args.duration:.0f} s"
    print(
        f"candidates: {args.candidates}, server workers: {args.workers}, think: {think},"
        f" stop: {stop}, sessions: {'redis' if args.redis else 'database'},"
        f" cpus: {os.cpu_count()}"
    )
    print(f"answers: {len(answers)} in {elapsed:.1f} s = {len(answers) / elapsed:.1f} answers/s")
    print(f"answer (POST answers, reply = next question): {percentiles(answers)}")
    print(f"start a test (POST attempts + GET question):   {percentiles(starts)}")
    per = [log.receipts for log in logs]
    print(f"answers per candidate: min {min(per)}, median {int(np.median(per))}, max {max(per)}")
    report_cpu(cpu, client_cpu, elapsed, sum(statuses.values()), len(answers))
    print(f"requests by status: {dict(sorted(statuses.items()))}")
    print(f"errors: {sum(errors.values())} {errors if errors else ''}")
    for key, value in checks.items():
        print(f"{key}: {value}")
    ok = (
        not errors
        and checks["every_answer_stored_once"]
        and checks["exposure_equals_questions_shown"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
