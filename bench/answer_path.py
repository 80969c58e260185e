"""The server's work per answer, in process: CPU, SQL statements, the engine's share.

Run by hand, from the checkout (PostgreSQL with trust authentication, as for the tests)::

    .venv/bin/python bench/answer_path.py [URL] [--answers 300] [--candidates 10]
        [--profile positioning|certification] [--top 30]

On a fresh schema of ``URL`` (default ``postgresql+psycopg://postgres@127.0.0.1:5432/test``)
the app is built in this process (:func:`certinum.app.create_app`) and driven through
Litestar's ``TestClient`` with each candidate's session cookie and CSRF header: ``--candidates``
pupils answer positioning tests (``POST /api/positioning/attempts/{id}/answers``), and as many
certifiable candidates of one session (``bench/certsetup.py``) answer the certification test
(``POST /api/certification/tests/{id}/answers``), ``--answers`` answers each, in turn.

Printed per answer, for each route: the CPU time of this process (the request through the
TestClient, the route, the database driver; minus what the TestClient itself costs, measured
on ``GET /health``), the SQL statements sent (a SQLAlchemy ``before_cursor_execute``
listener), and the CPU time of the engine's calls (``assessment.positioning`` /
``assessment.certification``: ``start``, ``answer``, ``next_item``, ``result``), which another
part of the project optimises. ``--profile`` prints cProfile's ``--top`` functions by
cumulative time for one route. Answers come from :func:`simulated_answer` at each candidate's
ability, knowing the item from the stored question (outside the measured request).
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import logging
import pstats
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import anyio.to_thread  # noqa: E402
import numpy as np  # noqa: E402
from certsetup import seated_sessions  # noqa: E402
from loadkit import bench_schema, server_env  # noqa: E402
from sqlalchemy import event, select  # noqa: E402

import assessment.certification as cert_engine  # noqa: E402
import assessment.positioning as pos_engine  # noqa: E402
from assessment.irt import probability  # noqa: E402
from certinum.accounts.area import AccountsArea  # noqa: E402
from certinum.accounts.people import create_pupil  # noqa: E402
from certinum.accounts.sessions import csrf_token  # noqa: E402
from certinum.app import create_app  # noqa: E402
from certinum.certification.tables import CertificationAnswer  # noqa: E402
from certinum.positioning.catalogue import default_catalogue  # noqa: E402
from certinum.positioning.simulate import simulated_answer  # noqa: E402
from certinum.positioning.tables import PositioningQuestion  # noqa: E402
from certinum.runtime import Runtime  # noqa: E402
from certinum.settings import Settings  # noqa: E402

POS, CERT = "/api/positioning", "/api/certification"
ENGINE_CALLS = ("start", "answer", "next_item", "result")


class EngineClock:
    """CPU time spent inside the engine's functions (wrapped on their modules)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.depth = 0
        for module in (pos_engine, cert_engine):
            for name in ENGINE_CALLS:
                setattr(module, name, self._timed(getattr(module, name)))

    def _timed(self, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            self.depth += 1
            t0 = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.seconds += time.process_time() - t0

        return timed


def answer_for(runtime: Runtime, table: Any, question: dict[str, Any], theta: float) -> object:
    rng = np.random.default_rng()
    with runtime.sessions() as db:
        item_id, order = db.execute(
            select(table.item_id, table.proposal_order).where(
                table.reference == question["reference"]
            )
        ).one()
    challenge = default_catalogue().bank.get(item_id)
    irt = challenge.current_irt
    right = bool(rng.random() < float(probability(theta, irt.discrimination, irt.difficulty)))
    return simulated_answer(challenge, list(order), right, question.get("locale", "fr"))


class Direct:
    """Requests sent straight to the ASGI app in this thread, with ``anyio.to_thread.run_sync``
    run inline: cProfile and ``time.process_time`` then see the whole request, and nothing
    of an HTTP client."""

    def __init__(self, app: Any) -> None:
        self.app = app

        async def inline(fn: Callable[..., Any], *args: Any, **_: Any) -> Any:
            return fn(*args)

        anyio.to_thread.run_sync = inline  # type: ignore[assignment]

    async def request(
        self, method: str, path: str, cookie: str, headers: dict[str, str], body: object = None
    ) -> tuple[int, Any]:
        data = b"" if body is None else json.dumps(body).encode()
        raw = [(b"cookie", f"certinum_session={cookie}".encode()), (b"host", b"localhost")]
        raw += [(k.lower().encode(), v.encode()) for k, v in headers.items()]
        if body is not None:
            raw += [(b"content-type", b"application/json")]
        scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1",
                 "method": method, "scheme": "http", "path": path, "raw_path": path.encode(),
                 "query_string": b"", "root_path": "", "headers": raw,
                 "client": ("127.0.0.1", 5000), "server": ("localhost", 80)}  # fmt: skip
        sent = [False]
        status, chunks = [0], []

        async def receive() -> dict[str, Any]:
            if sent[0]:
                return {"type": "http.disconnect"}
            sent[0] = True
            return {"type": "http.request", "body": data, "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, send)
        payload = b"".join(chunks)
        return status[0], json.loads(payload) if payload else None


async def run(
    name: str, direct: Direct, runtime: Runtime, players: list[dict[str, Any]],
    answers: int, counter: list[int], clock: EngineClock, profiler: cProfile.Profile | None,
) -> None:  # fmt: skip
    cpu = engine = 0.0
    statements = done = 0
    for _ in range(answers):
        for p in players:
            if p["question"] is None:
                continue
            given = answer_for(runtime, p["table"], p["question"], p["theta"])
            body = {"reference": p["question"]["reference"], "answer": given}
            n0, e0, t0 = counter[0], clock.seconds, time.process_time()
            if profiler:
                profiler.enable()
            status, reply = await direct.request("POST", p["url"], p["cookie"], p["headers"], body)
            if profiler:
                profiler.disable()
            cpu += time.process_time() - t0
            engine += clock.seconds - e0
            statements += counter[0] - n0
            assert status == 200, reply
            p["question"] = reply["question"]
            done += 1
    print(
        f"{name}: {done} answers; per answer: CPU {cpu / done * 1000:.2f} ms, engine"
        f" {engine / done * 1000:.2f} ms, SQL statements {statements / done:.1f}"
    )


async def drive(
    direct: Direct, area: AccountsArea, args: argparse.Namespace, pupils: list[int],
    seats: list[Any], counter: list[int], clock: EngineClock, profiler: cProfile.Profile,
) -> None:  # fmt: skip
    runtime = area.runtime
    pos, cert = [], []
    for k, account in enumerate(pupils):
        sid = area.sessions.create(account, runtime.clock())
        h = {"X-CSRF-Token": csrf_token(sid)}
        _, made = await direct.request("POST", f"{POS}/attempts", sid, h, {"competence": "1.1"})
        _, page = await direct.request("GET", f"{POS}/attempts/{made['id']}/question", sid, {})
        pos.append({"cookie": sid, "headers": h, "table": PositioningQuestion,
                    "url": f"{POS}/attempts/{made['id']}/answers",
                    "question": page["question"], "theta": (k % 5) - 2.0})  # fmt: skip
    for seat in seats:
        sid = area.sessions.create(seat.account_id, runtime.clock())
        h = {"X-CSRF-Token": csrf_token(sid)}
        status, page = await direct.request(
            "POST", f"{CERT}/enrolments/{seat.enrolment_id}/test", sid, h
        )
        assert status == 201, page
        cert.append({"cookie": sid, "headers": h, "table": CertificationAnswer,
                     "url": f"{CERT}/tests/{page['test']['id']}/answers",
                     "question": page["question"], "theta": seat.theta})  # fmt: skip
    for name, players in (("positioning", pos), ("certification", cert)):
        chosen = profiler if args.profile == name else None
        await run(name, direct, runtime, players, args.answers, counter, clock, chosen)


def main(argv: list[str] | None = None) -> int:
    logging.getLogger("httpx").setLevel(logging.WARNING)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "url", nargs="?", default="postgresql+psycopg://postgres@127.0.0.1:5432/test"
    )
    parser.add_argument("--answers", type=int, default=30, help="answers per candidate")
    parser.add_argument("--candidates", type=int, default=10)
    parser.add_argument("--profile", choices=("positioning", "certification"))
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--sort", default="cumulative", help="pstats order: cumulative, tottime")
    args = parser.parse_args(argv)
    tag = uuid.uuid4().hex[:10]
    with bench_schema(args.url, keep=False) as url, tempfile.TemporaryDirectory() as tmp:
        env = server_env(Path(tmp), url, 0, None)
        runtime = Runtime.open(Settings.from_env(env), create_key=True)
        area = AccountsArea.open(runtime, redis_prefix=f"certinum-{tag}:")
        seats = seated_sessions(area, tag, 1, args.candidates, "bench-password-0123", 1)
        pupils = [
            create_pupil(area, login=f"p{k}-{tag}", password="bench-password-0123",
                         display_name="p", actor="bench").id
            for k in range(args.candidates)
        ]  # fmt: skip
        counter = [0]

        @event.listens_for(runtime.engine, "before_cursor_execute")
        def count(*_: Any) -> None:
            counter[0] += 1

        clock = EngineClock()
        app = create_app(runtime=runtime, accounts=area)
        profiler = cProfile.Profile(time.process_time)
        asyncio.run(drive(Direct(app), area, args, pupils, seats, counter, clock, profiler))
        runtime.close()
    if args.profile:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
