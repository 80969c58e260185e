"""What the load benches share (``bench/candidates.py``, ``bench/session.py``): a fresh
PostgreSQL schema, ``certinum serve`` on a free loopback port with cheap Argon2id, the server's
CPU time from ``/proc``, HTTP calls counted by status, percentiles."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Callable, Coroutine, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import numpy as np
from sqlalchemy import create_engine, text

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
PASSWORD = "bench-password-0123"


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


async def clients_logged_in(base: str, logins: list[str]) -> list[httpx.AsyncClient]:
    """One client per login (its own connection and cookie jar), logged in, 8 at a time."""
    limits = httpx.Limits(max_connections=1, max_keepalive_connections=1)
    clients = [
        httpx.AsyncClient(base_url=base, limits=limits, timeout=httpx.Timeout(60.0)) for _ in logins
    ]
    gate = asyncio.Semaphore(8)

    async def one(client: httpx.AsyncClient, login: str) -> None:
        async with gate:
            await log_in(client, login)

    await asyncio.gather(*(one(c, login) for c, login in zip(clients, logins, strict=True)))
    return clients


async def measured(
    base: str,
    logins: list[str],
    server_pid: int,
    candidate: Callable[[int, httpx.AsyncClient, asyncio.Event], Coroutine[Any, Any, CandidateLog]],
) -> tuple[list[CandidateLog], float, float, float]:
    """The measured phase: a client per login logged in, then ``candidate(k, client, go)`` for
    every one at once, released together; (logs, wall seconds, server CPU seconds, this
    process's CPU seconds). The clients are closed at the end."""
    clients = await clients_logged_in(base, logins)
    try:
        go = asyncio.Event()
        cpu, client_cpu, begin = cpu_seconds(server_pid), time.process_time(), time.perf_counter()
        tasks = [asyncio.create_task(candidate(k, c, go)) for k, c in enumerate(clients)]
        go.set()
        logs = list(await asyncio.gather(*tasks))
        elapsed = time.perf_counter() - begin
        cpu = cpu_seconds(server_pid) - cpu
        return logs, elapsed, cpu, time.process_time() - client_cpu
    finally:
        await asyncio.gather(*(c.aclose() for c in clients))


@contextmanager
def bench_schema(url: str, *, keep: bool) -> Iterator[str]:
    """A fresh schema in the database of ``url``: the URL that works in it (dropped after,
    unless ``keep``)."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options=-csearch_path%3D{schema}"
    finally:
        if not keep:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def server_env(tmp: Path, url: str, port: int, redis: str | None) -> dict[str, str]:
    """The environment of the server (and of the bench's own runtime): the schema's URL, a
    data folder in ``tmp``, Argon2id at its lowest cost (accounts are made in seconds; no
    password is hashed or checked while measuring)."""
    env = {
        **os.environ,
        "CERTINUM_DATA_DIR": str(tmp / "data"),
        "CERTINUM_DATABASE_URL": url,
        "CERTINUM_BASE_URL": f"http://localhost:{port}",
        "CERTINUM_PASSWORD_OPSLIMIT": "1",
        "CERTINUM_PASSWORD_MEMLIMIT_KIB": "8192",
    }
    env.pop("CERTINUM_REDIS_URL", None)
    if redis:
        env["CERTINUM_REDIS_URL"] = redis
    return env


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


@contextmanager
def serving(env: dict[str, str], port: int, workers: int, log: Path) -> Iterator[int]:
    """``certinum serve --workers N`` on ``port``, healthy: its pid; stopped after."""
    command = [str(Path(sys.executable).with_name("certinum")), "serve", "--port", str(port)]
    command += ["--workers", str(workers)]
    with open(log, "wb") as out:
        server = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        try:
            asyncio.run(wait_healthy(f"http://127.0.0.1:{port}", server))
            yield server.pid
            server.terminate()
            server.wait(30)
        finally:
            if server.poll() is None:
                server.kill()


def report_cpu(cpu: float, client_cpu: float, elapsed: float, requests: int, answers: int) -> None:
    print(
        f"server CPU (certinum serve processes): {cpu:.1f} s = {cpu / elapsed * 100:.0f}% of a"
        f" core, {cpu / max(requests, 1) * 1000:.1f} ms per request,"
        f" {cpu / max(answers, 1) * 1000:.1f} ms per answer"
    )
    print(
        f"bench client CPU (this process, also on the machine): {client_cpu:.1f} s ="
        f" {client_cpu / elapsed * 100:.0f}% of a core"
    )
    print(f"machine load (uptime): {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
