"""``certinum issue --session ID`` and ``certinum worker``: the issuance jobs from the shell.

``issue`` runs the session's issuance job in this process, or follows it while another worker
holds it, with a progress bar on stderr (tqdm when it is installed, a carriage-return bar
otherwise); it exits 0 when every certified result has its certificate, 1 when some could not
be issued, 2 for an unknown or unpublished session. ``worker`` runs the jobs of every session
until SIGTERM or SIGINT (``--once``: until the queue is empty), as many processes and machines
as wanted against one PostgreSQL database.
"""

from __future__ import annotations

import signal
import sys
import time
from types import FrameType
from typing import Any, TextIO

import click

from certinum.commands.common import fail, open_runtime
from certinum.errors import CertinumError

_BAR_WIDTH = 30


class ProgressBar:
    """``issued / total`` drawn on ``stream``: tqdm's bar if tqdm is installed, else one line
    rewritten with a carriage return."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._tqdm: Any = None
        self._last: tuple[int, int] | None = None
        try:
            from tqdm import tqdm  # type: ignore[import-untyped, unused-ignore]
        except ImportError:
            return
        self._tqdm = tqdm(total=0, unit="cert", file=stream)

    def update(self, issued: int, total: int) -> None:
        if (issued, total) == self._last:
            return
        self._last = (issued, total)
        if self._tqdm is not None:
            self._tqdm.total = total
            self._tqdm.n = issued
            self._tqdm.refresh()
            return
        filled = _BAR_WIDTH * issued // total if total else _BAR_WIDTH
        percent = 100 * issued // total if total else 100
        bar = "#" * filled + "." * (_BAR_WIDTH - filled)
        self.stream.write(f"\r[{bar}] {issued}/{total} ({percent}%)")
        self.stream.flush()

    def close(self) -> None:
        if self._tqdm is not None:
            self._tqdm.close()
        elif self._last is not None:
            self.stream.write("\n")
            self.stream.flush()


@click.command("issue")
@click.option("--session", "session_id", required=True, type=click.IntRange(1, 2**31 - 1))
@click.option("--batch-size", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option(
    "--lease-seconds", default=60.0, show_default=True, type=click.FloatRange(1, 3600),
    help="how long the claim lasts without news before another worker may take the job over",
)  # fmt: skip
@click.option("--poll-seconds", default=1.0, show_default=True, type=click.FloatRange(0.05, 60))
def issue(session_id: int, batch_size: int, lease_seconds: float, poll_seconds: float) -> None:
    """Issue the certificates of a published session (or follow the job issuing them)."""
    from certinum.issuance.job_tables import DONE, FAILED
    from certinum.issuance.jobs import claim, enqueue, progress, run_job

    runtime = open_runtime(create_key=False)
    bar = ProgressBar(sys.stderr)
    try:
        state = progress(runtime, session_id)
        if state["sessionStatus"] != "published":
            fail(f"session {session_id} is not published")
        enqueue(runtime, session_id, again=True)
        while True:
            taken = claim(runtime, session_id=session_id, lease_seconds=lease_seconds)
            if taken is not None:
                run_job(runtime, taken, batch_size=batch_size, on_progress=bar.update)
            state = progress(runtime, session_id)
            bar.update(state["issued"], state["total"])
            if state["status"] in (DONE, FAILED):
                break
            time.sleep(poll_seconds)  # another worker holds the job: follow it
    except CertinumError as exc:
        fail(str(exc))
    finally:
        bar.close()
        runtime.close()
    click.echo(
        f"session {session_id}: {state['issued']} of {state['total']} certificates issued"
        + (f", {state['failed']} failed: {state['error']}" if state["status"] == FAILED else "")
    )
    sys.exit(0 if state["status"] == DONE else 1)


@click.command("worker")
@click.option("--poll-seconds", default=1.0, show_default=True, type=click.FloatRange(0.05, 60))
@click.option("--lease-seconds", default=60.0, show_default=True, type=click.FloatRange(1, 3600))
@click.option("--batch-size", default=50, show_default=True, type=click.IntRange(1, 10_000))
@click.option("--once", is_flag=True, help="run the jobs waiting now, then exit")
def worker(poll_seconds: float, lease_seconds: float, batch_size: int, once: bool) -> None:
    """Run issuance jobs until stopped (SIGTERM, SIGINT): the job in hand goes back to the
    queue after the result being issued."""
    from certinum.issuance.worker import Worker

    runtime = open_runtime(create_key=False)
    runner = Worker(
        runtime, poll_seconds=poll_seconds, lease_seconds=lease_seconds, batch_size=batch_size
    )

    def _stop(signum: int, _frame: FrameType | None) -> None:
        click.echo(f"worker: signal {signum}, stopping after the batch in hand", err=True)
        runner.stop()

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    click.echo(f"worker {runtime.settings.database_url.split('://', 1)[0]}: waiting for jobs")
    try:
        if once:
            ran = runner.run_pending()
            click.echo(f"worker: {ran} job(s) run")
        else:
            runner.run_forever()
    except CertinumError as exc:
        fail(str(exc))
    finally:
        runtime.close()
