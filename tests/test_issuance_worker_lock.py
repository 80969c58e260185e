"""One in-service issuance worker per machine: the service process holding the data folder's
``issuance-worker.lock`` runs the jobs; another one (here: a second worker of this process, and
another process) waits, and takes over when the holder ends. CERTINUM_ISSUANCE_PROCESSES is a
setting, checked at start."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest

from certinum.issuance.worker import InAppWorker
from certinum.issuance.worker_lock import LOCK_NAME, MachineLock
from certinum.runtime import Runtime
from certinum.settings import Settings, SettingsError

HOLD = (
    "import fcntl, os, sys\n"
    "fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)\n"
    "fcntl.flock(fd, fcntl.LOCK_EX)\n"
    "print('held', flush=True)\n"
    "sys.stdin.read()\n"
)


def _eventually(condition: Callable[[], bool]) -> bool:
    """Wait until ``condition`` comes true (never timed: a hang is ended by pytest-timeout)."""
    while not condition():
        time.sleep(0.05)
    return True


def test_one_in_service_worker_per_data_folder(service: Runtime) -> None:
    first, second = (
        InAppWorker(service, retry_seconds=0.05),
        InAppWorker(service, retry_seconds=0.05),
    )
    first.start()
    second.start()
    try:
        if service.engine.dialect.name != "sqlite":  # PostgreSQL: certinum worker processes
            assert not first.lock.held and not second.lock.held
            return
        assert first.lock.held and not second.lock.held
        assert (service.settings.data_dir / LOCK_NAME).read_text().strip().isdigit()
        first.stop()
        assert not first.lock.held
        assert _eventually(lambda: second.lock.held)  # the other one takes over
    finally:
        first.stop()
        second.stop()
    assert not second.lock.held


def test_a_service_process_holding_the_lock_keeps_the_others_waiting(service: Runtime) -> None:
    if service.engine.dialect.name != "sqlite":  # PostgreSQL: certinum worker processes
        idle = InAppWorker(service, retry_seconds=0.05)
        idle.start()
        try:
            assert not idle.lock.held, "on PostgreSQL the service runs no worker of its own"
        finally:
            idle.stop()
        return
    path = service.settings.data_dir / LOCK_NAME
    holder: Any = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE
    )
    worker = InAppWorker(service, retry_seconds=0.05)
    try:
        assert holder.stdout.readline().strip() == b"held"
        assert not MachineLock(service.settings.data_dir).try_acquire()
        worker.start()
        assert not worker.lock.held
        holder.stdin.close()  # the other process ends, and its lock with it
        assert holder.wait(timeout=60) == 0
        assert _eventually(lambda: worker.lock.held)
    finally:
        worker.stop()
        if holder.poll() is None:
            holder.kill()
            holder.wait()


def test_the_issuance_processes_setting() -> None:
    assert Settings.from_env({}).issuance_processes is None
    assert Settings.from_env({"CERTINUM_ISSUANCE_PROCESSES": "1"}).issuance_processes == 1
    assert Settings.from_env({"CERTINUM_ISSUANCE_PROCESSES": " 0 "}).issuance_processes == 0
    for bad in ("-1", "two", "1.5"):
        with pytest.raises(SettingsError, match="CERTINUM_ISSUANCE_PROCESSES"):
            Settings.from_env({"CERTINUM_ISSUANCE_PROCESSES": bad})
