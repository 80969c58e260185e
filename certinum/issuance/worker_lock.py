"""One in-service issuance worker per machine: a file lock in the data folder.

``certinum serve --workers N`` runs N service processes; on SQLite each would start its own
in-app worker, each with a pool of one process per core, and N pools on one machine only take
turns on its cores. The worker of a service process runs only while it holds an exclusive
``flock`` on ``<data folder>/issuance-worker.lock`` (:data:`LOCK_NAME`): the first process to
take it runs the jobs, the others wait and try again, so when that process ends (its lock goes
with it, even killed) another one takes over. The lock is advisory and per machine: it says
nothing of ``certinum worker`` processes, which the job claims already keep apart.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

LOCK_NAME = "issuance-worker.lock"


class MachineLock:
    """The issuance worker's lock file of one data folder; not re-entrant."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if no other holder has it (never waits); whether it is held now."""
        if self._fd is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())  # who holds it, for a person looking
        self._fd = fd
        return True

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)
