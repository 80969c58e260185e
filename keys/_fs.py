"""Filesystem primitives for the keyring: private folder, atomic 0600 writes, a lock.

- The folder is created, or tightened, to mode 0700.
- Files are written to a temporary file opened with ``O_CREAT | O_EXCL | O_NOFOLLOW`` and
  mode 0600, flushed to disk, then renamed over the target (``os.replace`` is atomic on
  POSIX); the folder is synced so the rename survives a crash. A reader sees the old file or
  the new one, never half of one.
- Mutations hold an exclusive ``flock`` on ``.lock`` so a CLI rotation and the web server do
  not interleave their read-modify-write of the index.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def ensure_private_folder(folder: Path) -> None:
    folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    os.chmod(folder, FOLDER_MODE)


def _fsync_folder(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; the file has mode 0600 from its creation."""
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _fsync_folder(path.parent)


def read_bounded(path: Path, limit: int) -> bytes:
    """Read at most ``limit`` + 1 bytes, so an oversized file is detected, not loaded."""
    with open(path, "rb") as handle:
        return handle.read(limit + 1)


@contextlib.contextmanager
def locked(folder: Path) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``folder/.lock``."""
    fd = os.open(folder / ".lock", os.O_RDWR | os.O_CREAT | _NOFOLLOW, FILE_MODE)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
