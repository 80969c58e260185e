"""Load on the public verifier at 50 concurrent clients, against a trivial endpoint on the same
server settings.

Run by hand (prints figures, asserts nothing about time; exit 1 when a request failed)::

    .venv/bin/python bench/verifier_load.py [--seconds 60] [--clients 50] [--workers 2]
        [--codes 10000] [--credentials 2000] [--db sqlite|postgresql] [--postgres-url URL]

- Preparation (not measured): a synthetic published session of ``--codes`` certified results
  inserted into the tables (:func:`bench.issuance.synthetic_session`), issued by the service's
  own issuance job in this process (credential, code, status entry, PDF): ``--codes`` distinct
  verification codes; ``--credentials`` of those signed credentials are the bodies posted.
- ``certinum serve --workers N`` on a free loopback port, with ``CERTINUM_LOOKUP_ALLOW=127.0.0.1``
  (the load client is on the look-up limit's allow-list) and otherwise default settings: the
  baseline and the pages are served by the very same processes.
- Then, one after the other, each for ``--seconds`` with ``--clients`` connections (HTTP/1.1
  keep-alive, a small asyncio client of this file: each connection sends its next request
  when the previous answer is read):
  ``GET /health`` (the baseline: a trivial Litestar handler), ``GET /verify/{code}``,
  the same page for as many random codes that no certificate has (404; its latency beside
  the known codes' shows whether an answer's time tells them apart),
  ``GET /api/certificates/{code}`` (skipped, with a note, when the OpenAPI has no such
  route), ``POST /credentials/verify``. Codes and credentials are taken in turn from the
  prepared lists, so consecutive requests never ask for the same one.
- Before the code page is measured, every code is looked up once (a priming pass, timed and
  printed too): the page keeps each credential's verification result in the database until
  its status or the issuer's keys change (:mod:`certinum.verification.cache`), and what is
  measured is the page as it runs once each certificate has been seen.
- Printed per endpoint: answers per second, p50/p99 latency, errors (any answer other than
  200 — 404 for the unknown codes — or a failed connection), and the server's CPU
  milliseconds per request from /proc.

Targets (issue 9, on a 2-core machine): the code page at least a quarter of the baseline's
rate; ``POST /credentials/verify`` at least 200 per second; no errors.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sqlalchemy import select  # noqa: E402

from bench.issuance import synthetic_session  # noqa: E402
from bench.loadkit import bench_schema, cpu_seconds, free_port, server_env, serving  # noqa: E402
from certinum.issuance.jobs import enqueue, progress  # noqa: E402
from certinum.issuance.worker import Worker  # noqa: E402
from certinum.models import IssuedCredential  # noqa: E402
from certinum.runtime import Runtime  # noqa: E402
from certinum.settings import Settings  # noqa: E402
from issuer.codes import generate_code  # noqa: E402
from keys import write_new_key_file  # noqa: E402


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter[str] = field(default_factory=Counter)


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bytes]:
    """Status and body of one HTTP/1.1 response (Content-Length or chunked)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
    if "content-length" in headers:
        return status, await reader.readexactly(int(headers["content-length"]))
    if headers.get("transfer-encoding", "").lower() == "chunked":
        body = bytearray()
        while (size := int((await reader.readline()).split(b";")[0], 16)) > 0:
            body += await reader.readexactly(size)
            await reader.readexactly(2)
        await reader.readuntil(b"\r\n")
        return status, bytes(body)
    return status, b""


def _request(method: str, path: str, port: int, body: bytes = b"") -> bytes:
    head = f"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAccept: */*\r\n"
    if method == "POST":
        head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
    return (head + "\r\n").encode() + body


async def _client(
    port: int, requests: list[bytes], turn: list[int], end: float, tally: Tally
) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        while time.perf_counter() < end:
            raw = requests[turn[0] % len(requests)]
            turn[0] += 1
            started = time.perf_counter()
            try:
                writer.write(raw)
                status, _ = await _read_response(reader)
            except (OSError, asyncio.IncompleteReadError, ValueError) as exc:
                tally.statuses[type(exc).__name__] += 1
                writer.close()
                reader, writer = await asyncio.open_connection("127.0.0.1", port)
                continue
            tally.latencies.append(time.perf_counter() - started)
            tally.statuses[str(status)] += 1
    finally:
        writer.close()


async def _run(port: int, requests: list[bytes], clients: int, seconds: float) -> Tally:
    tally, turn = Tally(), [0]
    end = time.perf_counter() + seconds
    await asyncio.gather(*(_client(port, requests, turn, end, tally) for _ in range(clients)))
    return tally


def measure(
    name: str,
    port: int,
    pid: int,
    requests: list[bytes],
    clients: int,
    seconds: float,
    expected: int = 200,
) -> tuple[float, int]:
    """Run one load phase and print its line: (answers per second, errors: any answer but
    ``expected``)."""
    cpu0, client0, wall0 = cpu_seconds(pid), time.process_time(), time.perf_counter()
    tally = asyncio.run(_run(port, requests, clients, seconds))
    wall = time.perf_counter() - wall0
    cpu, client_cpu = cpu_seconds(pid) - cpu0, time.process_time() - client0
    done = sum(tally.statuses.values())
    errors = done - tally.statuses[str(expected)]
    p50, p99 = np.percentile(np.asarray(tally.latencies or [0.0]) * 1000, [50, 99])
    rate = tally.statuses[str(expected)] / wall
    print(
        f"{name:<32} {rate:8.0f} req/s  p50 {p50:7.1f} ms  p99 {p99:7.1f} ms  errors {errors}"
        f"  ({done} requests, server CPU {cpu * 1000 / max(done, 1):.2f} ms/request,"
        f" client CPU {client_cpu / wall * 100:.0f}% of a core)"
    )
    if errors:
        print(f"{'':<32} statuses: {dict(tally.statuses)}")
    return rate, errors


def prepare(runtime: Runtime, codes: int, credentials: int) -> tuple[list[str], list[bytes]]:
    """Issue ``codes`` certificates with the service's own job; their codes, and the first
    ``credentials`` signed credentials as request bodies."""
    started = time.perf_counter()
    session_id = synthetic_session(runtime, codes)
    enqueue(runtime, session_id)
    Worker(runtime).run_pending()
    state = progress(runtime, session_id)
    if state["status"] != "done" or state["issued"] != codes:
        raise SystemExit(f"issuance did not complete: {state}")
    with runtime.sessions() as db:
        rows = db.execute(
            select(IssuedCredential.verification_code, IssuedCredential.document).order_by(
                IssuedCredential.issued_at, IssuedCredential.id
            )
        ).all()
    found = [str(code) for code, _ in rows if code]
    bodies = [
        json.dumps({"verifiableCredential": json.loads(doc)}).encode()
        for _, doc in rows[:credentials]
    ]
    print(
        f"prepared {len(found)} codes and {len(bodies)} credentials in"
        f" {time.perf_counter() - started:.0f} s (not measured)"
    )
    return found, bodies


def _has_api(port: int) -> bool:
    async def fetch() -> bool:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(_request("GET", "/schema/openapi.json", port))
        status, body = await _read_response(reader)
        writer.close()
        return status == 200 and "/api/certificates/{code}" in json.loads(body).get("paths", {})

    return asyncio.run(fetch())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--codes", type=int, default=10_000)
    parser.add_argument("--credentials", type=int, default=2_000)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    default_pg = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
    parser.add_argument(
        "--postgres-url", default=os.environ.get("CERTINUM_TEST_POSTGRES_URL", default_pg)
    )
    args = parser.parse_args()
    if args.credentials > args.codes:
        parser.error("--credentials cannot exceed --codes (the credentials are the codes' ones)")
    print(subprocess.run(["uptime"], check=False, capture_output=True, text=True).stdout.strip())
    print(f"cores {os.cpu_count()}, workers {args.workers}, clients {args.clients},"
          f" {args.seconds:g} s per endpoint, db {args.db}")  # fmt: skip
    tmp = Path(tempfile.mkdtemp(prefix="certinum-verifier-load-"))
    port = free_port()
    with ExitStack() as stack:
        stack.callback(shutil.rmtree, tmp, ignore_errors=True)
        url = f"sqlite:///{tmp / 'certinum.db'}"
        if args.db == "postgresql":
            url = stack.enter_context(bench_schema(args.postgres_url, keep=False))
        write_new_key_file(tmp / "kek.key")
        env = server_env(tmp, url, port, None)
        env["CERTINUM_KEY_FILE"] = str(tmp / "kek.key")
        env["CERTINUM_LOOKUP_ALLOW"] = "127.0.0.1"
        runtime = Runtime.open(Settings.from_env(env))
        try:
            codes, bodies = prepare(runtime, args.codes, args.credentials)
        finally:
            runtime.close()
        pid = stack.enter_context(serving(env, port, args.workers, tmp / "server.log"))
        pages = [_request("GET", f"/verify/{code}", port) for code in codes]
        known = set(codes)
        unknown = [c for c in (generate_code() for _ in range(len(codes))) if c not in known]
        phases: list[tuple[str, list[bytes], int]] = [
            ("GET /health (baseline)", [_request("GET", "/health", port)], 200),
            ("GET /verify/{code}", pages, 200),
            (
                "GET /verify/{unknown code}",
                [_request("GET", f"/verify/{c}", port) for c in unknown],
                404,
            ),
        ]
        if _has_api(port):
            api = [_request("GET", f"/api/certificates/{code}", port) for code in codes]
            phases.append(("GET /api/certificates/{code}", api, 200))
        else:
            print("note: no GET /api/certificates/{code} in this service's OpenAPI: skipped")
        posts = [_request("POST", "/credentials/verify", port, body) for body in bodies]
        phases.append(("POST /credentials/verify", posts, 200))

        started = time.perf_counter()
        tally = asyncio.run(_prime(port, pages, args.clients))
        wall = time.perf_counter() - started
        print(
            f"priming: each of {len(pages)} codes looked up once in {wall:.1f} s"
            f" ({len(pages) / wall:.0f}/s), statuses {dict(tally.statuses)}"
        )
        rates, errors = {}, 0
        for name, requests, expected in phases:
            rate, failed = measure(name, port, pid, requests, args.clients, args.seconds, expected)
            rates[name] = rate
            errors += failed
    baseline = rates["GET /health (baseline)"]
    page = rates["GET /verify/{code}"]
    post = rates["POST /credentials/verify"]
    print(
        f"code page / baseline: {page / baseline:.3f} (target ≥ 0.25);"
        f" posted verification {post:.0f}/s (target ≥ 200); errors {errors} (target 0)"
    )
    print(subprocess.run(["uptime"], check=False, capture_output=True, text=True).stdout.strip())
    raise SystemExit(1 if errors else 0)


async def _prime(port: int, requests: list[bytes], clients: int) -> Tally:
    """Each request once, ``clients`` connections sharing the list."""
    tally, turn = Tally(), [0]

    async def one() -> None:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            while turn[0] < len(requests):
                raw = requests[turn[0]]
                turn[0] += 1
                writer.write(raw)
                status, _ = await _read_response(reader)
                tally.statuses[str(status)] += 1
        finally:
            writer.close()

    await asyncio.gather(*(one() for _ in range(clients)))
    return tally


if __name__ == "__main__":
    main()
