"""The two stores of sessions and login failures (database, Redis) behind one interface,
and login rate limiting through the API on each.

Redis tests use the server at ``CERTINUM_TEST_REDIS_URL`` (default ``redis://127.0.0.1:6379/15``);
where it is unreachable they skip with a message, unless ``CERTINUM_REQUIRE_REDIS=1`` (set by
``.ci/run``), which makes them fail instead.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from accounts_helpers import PASSWORD, Clock, accounts_runtime, client_for
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.policy import AccountSettings
from certinum.accounts.ratelimit import DatabaseFailures, FailureCounter
from certinum.accounts.sessions import DatabaseSessions, SessionStore, session_digest
from certinum.models import AuditEvent
from certinum.runtime import Runtime

REDIS_URL = os.environ.get("CERTINUM_TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
POLICY = AccountSettings()


@pytest.fixture
def redis_client() -> Iterator[Any]:
    from certinum.accounts.redisstore import connect

    client = connect(REDIS_URL)
    try:
        client.ping()
    except Exception as exc:
        reason = f"Redis not reachable at {REDIS_URL}: {type(exc).__name__}"
        if os.environ.get("CERTINUM_REQUIRE_REDIS", "") not in ("", "0", "false", "no"):
            pytest.fail(f"{reason} (CERTINUM_REQUIRE_REDIS=1 makes this mandatory)", pytrace=False)
        pytest.skip(reason)
    prefix = f"certinum-test-{uuid.uuid4().hex[:8]}:"
    yield client, prefix
    keys = list(client.scan_iter(match=prefix + "*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=["database", "redis"])
def stores(request: pytest.FixtureRequest, service: Runtime) -> tuple[SessionStore, FailureCounter]:
    if request.param == "database":
        return DatabaseSessions(service.sessions, POLICY), DatabaseFailures(service.sessions)
    from certinum.accounts.redisstore import RedisFailures, RedisSessions

    client, prefix = request.getfixturevalue("redis_client")
    return RedisSessions(client, POLICY, prefix), RedisFailures(client, prefix)


def _account(service: Runtime) -> int:
    from accounts_helpers import add_account

    area = AccountsArea.open(service)
    return add_account(area, f"pupil-{uuid.uuid4().hex[:6]}", ("candidate", ""))


def test_session_lifecycle(stores: tuple[SessionStore, FailureCounter], service: Runtime) -> None:
    sessions, _ = stores
    account = _account(service)
    clock = Clock()
    first = sessions.create(account, clock())
    second = sessions.create(account, clock())
    assert len(first) >= 43 and first != second
    record = sessions.get(first, clock())
    assert record is not None and record.account_id == account
    assert record.expires_at == clock() + timedelta(minutes=POLICY.session_absolute_minutes)
    clock.advance(minutes=10)
    touched = sessions.get(first, clock())
    assert touched is not None and touched.last_seen_at == clock()
    assert len(sessions.list_for_account(account)) == 2
    sessions.delete(first)
    assert sessions.get(first, clock()) is None
    assert sessions.get(second, clock()) is not None
    sessions.delete_for_account(account)
    assert sessions.get(second, clock()) is None
    assert sessions.list_for_account(account) == []
    assert sessions.get("", clock()) is None
    assert sessions.get("x" * 500, clock()) is None


def test_session_timeouts(stores: tuple[SessionStore, FailureCounter], service: Runtime) -> None:
    sessions, _ = stores
    account = _account(service)
    clock = Clock()
    idle = sessions.create(account, clock())
    clock.advance(minutes=POLICY.session_idle_minutes, seconds=1)
    assert sessions.get(idle, clock()) is None
    busy = sessions.create(account, clock())
    for _ in range(POLICY.session_absolute_minutes // 20 - 1):
        clock.advance(minutes=20)
        assert sessions.get(busy, clock()) is not None
    clock.advance(minutes=20)
    assert sessions.get(busy, clock()) is None


def test_only_the_digest_is_stored(service: Runtime) -> None:
    from certinum.accounts.tables import LoginSession

    sessions = DatabaseSessions(service.sessions, POLICY)
    session_id = sessions.create(_account(service), Clock()())
    with service.sessions() as db:
        stored = db.scalar(select(LoginSession.id_hash))
    assert stored == session_digest(session_id) != session_id


def test_failure_window(stores: tuple[SessionStore, FailureCounter]) -> None:
    _, failures = stores
    clock, span = Clock(), timedelta(minutes=15)
    assert failures.window("login:a", clock(), span).count == 0
    failures.add("login:a", clock(), span)
    clock.advance(minutes=5)
    failures.add("login:a", clock(), span)
    window = failures.window("login:a", clock(), span)
    assert window.count == 2
    assert window.oldest == clock() - timedelta(minutes=5)
    clock.advance(minutes=11)  # the first failure left the window
    assert failures.window("login:a", clock(), span).count == 1
    assert failures.window("login:b", clock(), span).count == 0
    failures.clear("login:a")
    assert failures.window("login:a", clock(), span).count == 0


@pytest.fixture(params=["database", "redis"])
def area(
    request: pytest.FixtureRequest, service_env: dict[str, str]
) -> Iterator[tuple[AccountsArea, Clock]]:
    extra: dict[str, str] = {}
    prefix = "certinum:"
    if request.param == "redis":
        _, prefix = request.getfixturevalue("redis_client")
        extra["CERTINUM_REDIS_URL"] = REDIS_URL
    clock = Clock()
    with accounts_runtime(service_env, clock, **extra) as runtime:
        yield AccountsArea.open(runtime, redis_prefix=prefix), clock


def _sign_up(client: Any, email: str) -> None:
    response = client.post("/api/accounts", json={"email": email, "password": PASSWORD})
    assert response.status_code == 201, response.text


def test_login_and_logout_on_each_store(area: tuple[AccountsArea, Clock]) -> None:
    accounts, _ = area
    with client_for(accounts) as client:
        _sign_up(client, "a@example.org")
        login = client.post("/api/session", json={"login": "a@example.org", "password": PASSWORD})
        assert login.status_code == 200
        assert client.get("/api/me").status_code == 200
        token = login.json()["csrfToken"]
        assert client.delete("/api/session", headers={"X-CSRF-Token": token}).status_code == 204
        assert client.get("/api/me").status_code == 401


def test_failed_logins_are_limited_per_account(area: tuple[AccountsArea, Clock]) -> None:
    accounts, clock = area
    with client_for(accounts) as client:
        _sign_up(client, "a@example.org")
        bad = {"login": "a@example.org", "password": "not the password"}
        for _ in range(5):
            assert client.post("/api/session", json=bad).status_code == 401
        good = {"login": "a@example.org", "password": PASSWORD}
        limited = client.post("/api/session", json=good)
        assert limited.status_code == 429
        assert limited.headers["content-type"].startswith("application/problem+json")
        assert limited.json()["type"].endswith("/too-many-attempts")
        assert int(limited.headers["Retry-After"]) == 15 * 60 + 1
        clock.advance(minutes=15, seconds=1)
        assert client.post("/api/session", json=good).status_code == 200
    with accounts.runtime.sessions() as db:
        assert "login.rate_limited" in db.scalars(select(AuditEvent.action)).all()


def test_unknown_accounts_are_limited_alike(area: tuple[AccountsArea, Clock]) -> None:
    accounts, _ = area
    with client_for(accounts) as client:
        bad = {"login": "nobody@example.org", "password": "not the password"}
        answers = [client.post("/api/session", json=bad).status_code for _ in range(6)]
    assert answers == [401] * 5 + [429]


def test_failed_logins_are_limited_per_address(area: tuple[AccountsArea, Clock]) -> None:
    accounts, _ = area
    with client_for(accounts) as client:
        _sign_up(client, "a@example.org")
        for i in range(20):
            bad = {"login": f"guess{i}@example.org", "password": "not the password"}
            assert client.post("/api/session", json=bad).status_code == 401
        good = {"login": "a@example.org", "password": PASSWORD}
        assert client.post("/api/session", json=good).status_code == 429


def test_the_principal_of_a_session_on_each_store(area: tuple[AccountsArea, Clock]) -> None:
    """The request path (one connection) gives the roles of a live session, touches it after a
    minute, and refuses an idle session and a disabled account."""
    from accounts_helpers import add_account
    from sqlalchemy import update

    from certinum.accounts.loading import load_principal
    from certinum.accounts.tables import Account
    from certinum.db import transaction

    accounts, clock = area
    runtime = accounts.runtime
    account = add_account(accounts, "p@example.org", ("organisation_admin", "7"))
    session_id = accounts.sessions.create(account, clock())
    found = load_principal(accounts, session_id)
    assert found is not None and found.account_id == account
    assert [(r.role, r.scope_id) for r in found.roles] == [("organisation_admin", "7")]
    assert load_principal(accounts, "not-a-session") is None

    for _ in range(3):  # 3 × 20 min, each request keeping the session alive (idle limit 30)
        clock.advance(minutes=20)
        assert load_principal(accounts, session_id) is not None
    clock.advance(minutes=31)
    assert load_principal(accounts, session_id) is None
    assert accounts.sessions.get(session_id, clock()) is None

    live = accounts.sessions.create(account, clock())
    with transaction(runtime.sessions) as db:
        db.execute(update(Account).where(Account.id == account).values(disabled_at=clock()))
    assert load_principal(accounts, live) is None
