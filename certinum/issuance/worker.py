"""The workers that run the issuance jobs (:mod:`certinum.issuance.jobs`).

A :class:`Worker` claims a job, runs it, and looks again; between looks it waits up to
``poll_seconds``, or less when a job is enqueued in its own process. Each look first enqueues
any published session that has no job. Several workers, in one process or on several machines
sharing the PostgreSQL database, never run one job at once (the claim), and a job whose worker
died is taken over once its lease lapses.

On SQLite the service runs one worker in a background thread (:class:`InAppWorker`, started
and stopped with the app), one per machine however many service processes run (a file
lock, :mod:`certinum.issuance.worker_lock`); on PostgreSQL the jobs wait for ``certinum
worker`` processes.
Stopping a worker lets it finish the batch it is issuing and gives its job back to the queue.
The certificates are signed and rendered in the process's pool (:mod:`certinum.issuance.pool`,
one process per core), made when the first job runs and closed when the in-app worker stops.
"""

from __future__ import annotations

import logging
import threading

from certinum.issuance.batch import close_pools
from certinum.issuance.job_tables import FAILED
from certinum.issuance.jobs import (
    BATCH_SIZE,
    LEASE_SECONDS,
    WAKE,
    Claim,
    claim,
    enqueue_published,
    finish,
    run_job,
)
from certinum.issuance.worker_lock import MachineLock
from certinum.runtime import Runtime

log = logging.getLogger(__name__)


class Worker:
    def __init__(
        self, runtime: Runtime, *, poll_seconds: float = 1.0,
        lease_seconds: float = LEASE_SECONDS, batch_size: int = BATCH_SIZE,
    ) -> None:  # fmt: skip
        self.runtime = runtime
        self.poll_seconds = poll_seconds
        self.lease_seconds = lease_seconds
        self.batch_size = batch_size
        self._stop = threading.Event()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        self._stop.set()
        WAKE.set()

    def run_one(self, taken: Claim) -> str:
        """Run one claimed job; an unexpected error ends it ``failed`` (and is logged)."""
        try:
            return run_job(
                self.runtime, taken, batch_size=self.batch_size, should_stop=self._stop.is_set
            )
        except Exception as exc:  # a worker outlives any one job's failure
            log.exception("issuance job %s failed", taken.job_id)
            finish(self.runtime, taken, FAILED, f"{type(exc).__name__}: {exc}")
            return FAILED

    def run_pending(self) -> int:
        """Claim and run jobs until none is claimable (or asked to stop); how many ran."""
        ran = 0
        enqueue_published(self.runtime)
        while not self._stop.is_set():
            taken = claim(self.runtime, lease_seconds=self.lease_seconds)
            if taken is None:
                break
            self.run_one(taken)
            ran += 1
        return ran

    def run_forever(self) -> None:
        while not self._stop.is_set():
            try:
                self.run_pending()
            except Exception:  # the database may be away for a moment: look again later
                log.exception("the issuance worker could not look for jobs")
            WAKE.wait(self.poll_seconds)
            WAKE.clear()


class InAppWorker:
    """The worker thread of a service on SQLite (none on PostgreSQL: ``certinum worker``), one
    per machine: it runs jobs only while its process holds the data folder's
    :class:`~certinum.issuance.worker_lock.MachineLock`, and tries again every
    ``retry_seconds`` while another service process holds it."""

    def __init__(self, runtime: Runtime, *, retry_seconds: float = 5.0) -> None:
        self.runtime = runtime
        self.worker: Worker | None = None
        self.lock = MachineLock(runtime.settings.data_dir)
        self.retry_seconds = retry_seconds
        self._stopped = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self.runtime.engine.dialect.name != "sqlite" or self._thread is not None:
            return
        self._stopped.clear()
        self.worker = Worker(self.runtime)
        self.lock.try_acquire()  # at once, so that the first process to start has it
        self._thread = threading.Thread(target=self._run, name="certinum-issuance", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self.lock.try_acquire():
            if self._stopped.wait(self.retry_seconds):
                return
        try:
            if self.worker is not None and not self._stopped.is_set():
                self.worker.run_forever()
        finally:
            self.lock.release()

    def stop(self) -> None:
        if self.worker is not None and self._thread is not None:
            self._stopped.set()
            self.worker.stop()
            self._thread.join(timeout=60)
            self._thread = None
            close_pools()
