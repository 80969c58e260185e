"""What the accounts tests share: a runtime with cheap Argon2id, a movable clock, a client
over HTTPS (so the Secure session cookie is sent back), and accounts with roles."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from certificates import NOW
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.accounts.roles import grant
from certinum.accounts.sessions import csrf_token
from certinum.accounts.tables import Account
from certinum.app import create_app
from certinum.db import transaction
from certinum.runtime import Runtime
from certinum.settings import Settings

# The lowest cost libsodium allows: the tests hash hundreds of passwords.
CHEAP_HASHING = {"CERTINUM_PASSWORD_OPSLIMIT": "1", "CERTINUM_PASSWORD_MEMLIMIT_KIB": "8"}
PASSWORD = "correct horse battery"


class Clock:
    """A clock the test moves forward."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@contextmanager
def accounts_runtime(env: dict[str, str], clock: Clock, **extra: str) -> Iterator[Runtime]:
    runtime = Runtime.open(Settings.from_env({**env, **CHEAP_HASHING, **extra}), clock=clock)
    try:
        yield runtime
    finally:
        runtime.close()


@contextmanager
def client_for(area: AccountsArea) -> Iterator[TestClient[Any]]:
    app = create_app(runtime=area.runtime, accounts=area)
    with TestClient(app, base_url="https://certinum.example") as client:
        yield client


def add_account(area: AccountsArea, login: str, *roles: tuple[str, str]) -> int:
    """An account (no usable password) holding ``roles``, straight into the database."""
    with transaction(area.runtime.sessions) as db:
        row = Account(login=login, email=None, display_name=login, password_hash="",
                      created_at=area.runtime.clock())  # fmt: skip
        db.add(row)
        db.flush()
        for role, scope in roles:
            grant(db, row.id, role, scope, now=area.runtime.clock(), actor="test")
        return row.id


def session_headers(area: AccountsArea, account_id: int) -> tuple[dict[str, str], dict[str, str]]:
    """Cookies and headers of a fresh session of ``account_id`` (with its CSRF token)."""
    session_id = area.sessions.create(account_id, area.runtime.clock())
    return {"certinum_session": session_id}, {"X-CSRF-Token": csrf_token(session_id)}
