"""Simulated candidates answering positioning tests at once, through the service functions.

Run by hand: ``.venv/bin/python bench/candidates.py [URL] [--candidates 200] [--workers 15]
[--think S] [--seed 1]``. ``URL`` is a SQLAlchemy PostgreSQL URL (as
``CERTINUM_DATABASE_URL``; default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``); the
bench creates a fresh schema in it and drops it at the end (``--keep`` keeps it).

What is measured: every candidate is a thread; all start together (a barrier), each takes the
positioning test of one competence (the 16 competences in turn) to its end, as a candidate of
ability drawn from N(0, 1), answering from what it is shown (:class:`Oracle`), after a think
time drawn uniformly in [0, 2 × ``--think``] seconds (default 0: every candidate answers as
soon as it has the question, so the figures are the service's capacity, and latencies are
mostly the wait in the queue). For each answer the bench times the call to
:func:`certinum.positioning.service.answer` (the answer stored and the next question chosen,
one transaction) and that call plus the :func:`certinum.positioning.reading.current_question`
that follows (what a page cycle costs the service). As in one ``certinum serve``: one process,
the service's connection pool (SQLAlchemy's default, 5 + 10 overflow connections), and the
calls served by ``--workers`` threads (default 15, one per connection) from one first-come
first-served queue, as a server's worker threads serve requests; times include that queue.

This is the SERVICE LAYER ONLY: there is no HTTP here. The issue's target (p99 under 100 ms
at 200 candidates) is stated for requests to ``certinum serve`` over loopback, through the
routes ``/api/positioning/...`` (which exist, with candidate sessions); driving the bench
through them is not written yet, so these figures are a lower bound of that path, not a
measure of it.

Checks printed at the end: errors (any exception in a candidate's calls), and that every
answer is stored exactly once: the answers the candidates got a receipt for equal the rows
with an answer, each question of every attempt is answered once, and the exposure counts add
up to the questions shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402

from assessment.framework import COMPETENCE_CODES  # noqa: E402
from certinum.positioning.reading import current_question  # noqa: E402
from certinum.positioning.service import answer, start_attempt  # noqa: E402
from certinum.positioning.simulate import Oracle  # noqa: E402
from certinum.positioning.tables import (  # noqa: E402
    ItemExposure,
    PositioningAttempt,
    PositioningQuestion,
)
from certinum.runtime import Runtime  # noqa: E402
from certinum.settings import Settings  # noqa: E402

T = TypeVar("T")
DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


@dataclass
class CandidateLog:
    answer_seconds: list[float] = field(default_factory=list)
    cycle_seconds: list[float] = field(default_factory=list)
    start_seconds: float = 0.0
    total_seconds: float = 0.0
    receipts: int = 0
    error: str | None = None


def served(workers: ThreadPoolExecutor, call: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """``call(*args, **kwargs)`` run by one of the worker threads, in the order asked."""
    return workers.submit(call, *args, **kwargs).result()


def candidate(
    runtime: Runtime,
    oracle: Oracle,
    k: int,
    seed: int,
    think: float,
    barrier: threading.Barrier,
    workers: ThreadPoolExecutor,
) -> CandidateLog:
    log = CandidateLog()
    rng = np.random.default_rng([seed, k])
    theta = float(rng.normal())
    who = f"bench-{k}"
    cat = oracle.catalogue
    competence = COMPETENCE_CODES[k % len(COMPETENCE_CODES)]
    barrier.wait()
    begin = time.perf_counter()
    try:
        attempt = served(workers, start_attempt, runtime, who, competence, catalogue=cat)
        question = served(workers, current_question, runtime, who, attempt.id, catalogue=cat)
        log.start_seconds = time.perf_counter() - begin
        while question is not None:
            given = oracle.answer(question.view, theta, rng)
            if think > 0:
                time.sleep(float(rng.uniform(0, 2 * think)))
            t0 = time.perf_counter()
            ref = question.reference
            served(workers, answer, runtime, who, attempt.id, ref, given, catalogue=cat)
            t1 = time.perf_counter()
            log.receipts += 1
            question = served(workers, current_question, runtime, who, attempt.id, catalogue=cat)
            t2 = time.perf_counter()
            log.answer_seconds.append(t1 - t0)
            log.cycle_seconds.append(t2 - t0)
    except Exception as exc:  # a bench counts every failure
        log.error = f"{type(exc).__name__}: {exc}"
    log.total_seconds = time.perf_counter() - begin
    return log


def percentile(values: list[float], q: float) -> float:
    return float(np.percentile(np.asarray(values), q)) if values else float("nan")


def stored_checks(runtime: Runtime, receipts: int) -> dict[str, object]:
    with runtime.sessions() as session:
        answered = session.scalar(
            select(func.count())
            .select_from(PositioningQuestion)
            .where(PositioningQuestion.answered_at.is_not(None))
        )
        asked = session.scalar(select(func.count()).select_from(PositioningQuestion))
        exposure = session.scalar(select(func.coalesce(func.sum(ItemExposure.count), 0)))
        open_ = session.scalar(
            select(func.count())
            .select_from(PositioningAttempt)
            .where(PositioningAttempt.state == "open")
        )
        per_attempt = session.execute(
            select(
                PositioningAttempt.answers,
                func.count(PositioningQuestion.id),
            )
            .join(PositioningQuestion, PositioningQuestion.attempt_id == PositioningAttempt.id)
            .where(PositioningQuestion.answered_at.is_not(None))
            .group_by(PositioningAttempt.id, PositioningAttempt.answers)
        ).all()
    return {
        "answers_with_receipt": receipts,
        "answer_rows": answered,
        "question_rows": asked,
        "exposure_sum": exposure,
        "open_attempts": open_,
        "every_answer_stored_once": receipts == answered == asked
        and exposure == asked
        and all(n == stored for n, stored in per_attempt),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url", nargs="?", default=DEFAULT_URL)
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument(
        "--workers", type=int, default=15, help="threads that serve the calls (a FIFO queue)"
    )
    parser.add_argument("--think", type=float, default=0.0, help="mean think time (s)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the bench schema")
    args = parser.parse_args(argv)

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in args.url else "?"
    url = f"{args.url}{sep}options=-csearch_path%3D{schema}"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = {"CERTINUM_DATA_DIR": str(Path(tmp) / "data"), "CERTINUM_DATABASE_URL": url}
            runtime = Runtime.open(Settings.from_env(env), create_key=False)
            oracle = Oracle()
            barrier = threading.Barrier(args.candidates)
            workers = ThreadPoolExecutor(max_workers=args.workers)
            logs: list[CandidateLog] = [CandidateLog() for _ in range(args.candidates)]

            def run(k: int) -> None:
                logs[k] = candidate(runtime, oracle, k, args.seed, args.think, barrier, workers)

            threads = [threading.Thread(target=run, args=(k,)) for k in range(args.candidates)]
            t0 = time.perf_counter()
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.perf_counter() - t0
            workers.shutdown()
            answers = [s for log in logs for s in log.answer_seconds]
            cycles = [s for log in logs for s in log.cycle_seconds]
            errors = [log.error for log in logs if log.error]
            starts = [log.start_seconds for log in logs]
            totals = [log.total_seconds for log in logs]
            checks = stored_checks(runtime, sum(log.receipts for log in logs))
            runtime.close()
    finally:
        if not args.keep:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    print(
        f"candidates: {args.candidates}, workers: {args.workers}, think: {args.think} s mean,"
        f" cpus: {os.cpu_count()}, schema: {schema}"
    )
    print(f"answers: {len(answers)} in {elapsed:.2f} s = {len(answers) / elapsed:.1f} answers/s")
    print(
        f"answer():            p50 {percentile(answers, 50) * 1000:.1f} ms, "
        f"p99 {percentile(answers, 99) * 1000:.1f} ms, "
        f"mean {statistics.fmean(answers) * 1000 if answers else float('nan'):.1f} ms"
    )
    print(
        f"answer() + current_question(): p50 {percentile(cycles, 50) * 1000:.1f} ms, "
        f"p99 {percentile(cycles, 99) * 1000:.1f} ms"
    )
    print(
        f"start_attempt() + first current_question(): p50 {percentile(starts, 50) * 1000:.1f} ms,"
        f" p99 {percentile(starts, 99) * 1000:.1f} ms"
    )
    print(
        f"whole test per candidate: p50 {percentile(totals, 50):.2f} s,"
        f" max {max(totals, default=float('nan')):.2f} s"
    )
    print(f"errors: {len(errors)}")
    for error in sorted(set(errors))[:10]:
        print(f"  {error}")
    for key, value in checks.items():
        print(f"{key}: {value}")
    return 0 if not errors and checks["every_answer_stored_once"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
