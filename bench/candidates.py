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
import socket
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import httpx  # noqa: E402
import numpy as np  # noqa: E402
from sqlalchemy import create_engine, func, select, text  # noqa: E402

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

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "bench-password-0123"
API = "/api/positioning"


@dataclass
class CandidateLog:
    answer_seconds: list[float] = field(default_factory=list)
    start_seconds: list[float] = field(default_factory=list)
    receipts: int = 0
    statuses: Counter[str] = field(default_factory=Counter)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of process ``pid`` and its descendants (Linux ``/proc``)."""
    tick = os.sysconf("SC_CLK_TCK")
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry.name)] = int(fields[1])
        times[int(entry.name)] = (int(fields[11]) + int(fields[12])) / tick
    tree, total = {pid}, 0.0
    for _ in range(4):  # uvicorn's supervisor, its workers (and their helpers)
        tree |= {p for p, parent in parents.items() if parent in tree}
    for p in tree:
        total += times.get(p, 0.0)
    return total


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def percentiles(values: list[float]) -> str:
    if not values:
        return "none"
    a = np.asarray(values) * 1000
    p50, p95, p99 = np.percentile(a, [50, 95, 99])
    return (
        f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms, max {a.max():.1f} ms (n={a.size})"
    )


class Failed(Exception):
    """A request that did not get the status it should have."""


async def call(
    client: httpx.AsyncClient, log: CandidateLog, method: str, path: str, **kw: Any
) -> Any:
    try:
        response = await client.request(method, path, **kw)
    except httpx.HTTPError as exc:
        log.statuses[type(exc).__name__] += 1
        raise Failed(type(exc).__name__) from None
    log.statuses[str(response.status_code)] += 1
    if response.status_code not in (200, 201):
        raise Failed(f"{method} {path}: {response.status_code} {response.text[:200]}")
    return response.json()


async def log_in(client: httpx.AsyncClient, login: str) -> None:
    response = await client.post("/api/session", json={"login": login, "password": PASSWORD})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrfToken"]


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


async def wait_healthy(base: str, server: subprocess.Popen[bytes], timeout: float = 120) -> None:
    end = time.monotonic() + timeout
    async with httpx.AsyncClient(base_url=base) as client:
        while time.monotonic() < end:
            if server.poll() is not None:
                raise SystemExit(f"certinum serve exited with {server.returncode}")
            try:
                if (await client.get("/health")).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise SystemExit("certinum serve did not answer /health in time")


async def measure(
    args: argparse.Namespace, base: str, logins: list[str], oracle: Oracle, server_pid: int
) -> tuple[list[CandidateLog], float, float, float]:
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    timeout = httpx.Timeout(60.0)
    clients = [httpx.AsyncClient(base_url=base, limits=limits, timeout=timeout) for _ in logins]
    try:
        gate = asyncio.Semaphore(8)

        async def one(client: httpx.AsyncClient, login: str) -> None:
            async with gate:
                await log_in(client, login)

        await asyncio.gather(*(one(c, login) for c, login in zip(clients, logins, strict=True)))
        go = asyncio.Event()
        cpu = cpu_seconds(server_pid)
        client_cpu = time.process_time()
        begin = time.perf_counter()
        deadline = begin + args.duration
        tasks = [
            asyncio.create_task(candidate(c, oracle, k, args, deadline, go))
            for k, c in enumerate(clients)
        ]
        go.set()
        logs = await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - begin
        cpu = cpu_seconds(server_pid) - cpu
        return logs, elapsed, cpu, time.process_time() - client_cpu
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))


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

    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(args.url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in args.url else "?"
    url = f"{args.url}{sep}options=-csearch_path%3D{schema}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server: subprocess.Popen[bytes] | None = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = {
                **os.environ,
                "CERTINUM_DATA_DIR": str(Path(tmp) / "data"),
                "CERTINUM_DATABASE_URL": url,
                "CERTINUM_BASE_URL": f"http://localhost:{port}",
                "CERTINUM_PASSWORD_OPSLIMIT": "1",
                "CERTINUM_PASSWORD_MEMLIMIT_KIB": "8192",
            }
            env.pop("CERTINUM_REDIS_URL", None)
            if args.redis:
                env["CERTINUM_REDIS_URL"] = args.redis
            runtime = Runtime.open(Settings.from_env(env), create_key=True)
            area = AccountsArea.open(runtime, redis_prefix=f"certinum-{schema}:")
            logins = [f"bench-{schema}-{k}" for k in range(args.candidates)]
            for login in logins:
                create_pupil(
                    area, login=login, password=PASSWORD, display_name=login, actor="bench"
                )
            oracle = Oracle(runtime)
            command = [
                str(Path(sys.executable).with_name("certinum")),
                "serve",
                "--port",
                str(port),
            ]
            command += ["--workers", str(args.workers)]
            with open(Path(tmp) / "serve.log", "wb") as out:
                server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
                asyncio.run(wait_healthy(base, server))
                logs, elapsed, cpu, client_cpu = asyncio.run(
                    measure(args, base, logins, oracle, server.pid)
                )
                server.terminate()
                server.wait(30)
            answers = [s for log in logs for s in log.answer_seconds]
            starts = [s for log in logs for s in log.start_seconds]
            statuses = sum((log.statuses for log in logs), Counter[str]())
            receipts = sum(log.receipts for log in logs)
            checks = stored_checks(runtime, receipts)
            runtime.close()
    finally:
        if server is not None and server.poll() is None:
            server.kill()
        if not args.keep:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()

    errors = {s: n for s, n in statuses.items() if s not in ("200", "201")}
    think = f"{args.think_floor} s + exp, mean {args.think} s" if args.think > 0 else "none"
    stop = f"{args.questions} answers each" if args.questions else f"{args.duration:.0f} s"
    print(
        f"candidates: {args.candidates}, server workers: {args.workers}, think: {think},"
        f" stop: {stop}, sessions: {'redis' if args.redis else 'database'},"
        f" cpus: {os.cpu_count()}, schema: {schema}"
    )
    print(f"answers: {len(answers)} in {elapsed:.1f} s = {len(answers) / elapsed:.1f} answers/s")
    print(f"answer (POST answers, reply = next question): {percentiles(answers)}")
    print(f"start a test (POST attempts + GET question):   {percentiles(starts)}")
    per = [log.receipts for log in logs]
    print(f"answers per candidate: min {min(per)}, median {int(np.median(per))}, max {max(per)}")
    requests = sum(statuses.values())
    print(
        f"server CPU (certinum serve processes): {cpu:.1f} s = {cpu / elapsed * 100:.0f}% of a"
        f" core, {cpu / max(requests, 1) * 1000:.1f} ms per request,"
        f" {cpu / max(len(answers), 1) * 1000:.1f} ms per answer"
    )
    print(
        f"bench client CPU (this process, also on the machine): {client_cpu:.1f} s ="
        f" {client_cpu / elapsed * 100:.0f}% of a core"
    )
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
