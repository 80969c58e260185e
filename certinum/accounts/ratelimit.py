"""Counting failed logins in a sliding window, per account and per client address.

Keys are ``login:<what was typed>`` (so an unknown login is limited exactly like a known one,
and the answer reveals nothing) and ``addr:<client address>``. Two stores behind one
interface: the ``login_failures`` table, or Redis sorted sets (:mod:`certinum.accounts.redisstore`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, sessionmaker

from certinum.accounts.tables import LoginFailure
from certinum.db import transaction


@dataclass(frozen=True, slots=True)
class Window:
    """Failures of one key within the window: how many, and the oldest one's time."""

    count: int
    oldest: datetime | None


class FailureCounter(Protocol):
    def window(self, key: str, now: datetime, span: timedelta) -> Window: ...

    def add(self, key: str, now: datetime, span: timedelta) -> None: ...

    def clear(self, key: str) -> None: ...


def account_key(login: str) -> str:
    return "login:" + login.strip().lower()[:254]


def address_key(address: str) -> str:
    return "addr:" + address[:100]


def retry_after(window: Window, now: datetime, span: timedelta) -> int:
    """Seconds until the oldest failure leaves the window (at least 1)."""
    if window.oldest is None:
        return 1
    return max(1, int((window.oldest + span - now).total_seconds()) + 1)


def first_over(
    failures: FailureCounter, limits: Iterable[tuple[str, int]], now: datetime, span: timedelta
) -> tuple[str, int] | None:
    """The first key of ``limits`` (key, count allowed) whose window already holds that many
    failures, with the seconds of its ``Retry-After``; ``None`` when every key is under."""
    for key, allowed in limits:
        window = failures.window(key, now, span)
        if window.count >= allowed:
            return key, retry_after(window, now, span)
    return None


class DatabaseFailures:
    """The ``login_failures`` table; rows older than the window are swept as failures come."""

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory

    def window(self, key: str, now: datetime, span: timedelta) -> Window:
        from certinum.runtime import utc

        with self._factory() as db:
            count, oldest = db.execute(
                select(func.count(LoginFailure.id), func.min(LoginFailure.at)).where(
                    LoginFailure.key == key, LoginFailure.at > now - span
                )
            ).one()
        return Window(int(count), utc(oldest) if oldest is not None else None)

    def add(self, key: str, now: datetime, span: timedelta) -> None:
        with transaction(self._factory) as db:
            db.execute(
                delete(LoginFailure).where(LoginFailure.key == key, LoginFailure.at <= now - span)
            )
            db.add(LoginFailure(key=key, at=now))

    def clear(self, key: str) -> None:
        with transaction(self._factory) as db:
            db.execute(delete(LoginFailure).where(LoginFailure.key == key))
