"""Retention periods (``CERTINUM_RETENTION_*``) and ``certinum retention purge``: each period
removes exactly what is older and keeps the rest; a dry run only counts; the run is audited.
On SQLite and PostgreSQL."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import timedelta

import pytest
from accounts_helpers import CHEAP_HASHING, Clock, accounts_runtime, add_account
from click.testing import CliRunner
from sqlalchemy import func, select, update

from certinum.accounts.area import AccountsArea
from certinum.accounts.policy import RetentionSettings
from certinum.accounts.retention import purge
from certinum.accounts.tables import Account, LoginFailure, LoginSession, PasswordReset
from certinum.cli import cli
from certinum.db import transaction
from certinum.models import AuditEvent
from certinum.settings import Settings, SettingsError

SECOND = timedelta(seconds=1)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def area(service_env: dict[str, str], clock: Clock) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, clock) as runtime:
        yield AccountsArea.open(runtime)


def _seed(area: AccountsArea) -> dict[str, int]:
    """Rows of every kind just past and just within their period; the ids of the accounts."""
    now, r = area.runtime.clock(), area.runtime.settings.retention
    idle = timedelta(minutes=area.policy.session_idle_minutes)
    ids = {
        "old": add_account(area, "old@example.org", ("candidate", "")),
        "recent-login": add_account(area, "seen@example.org", ("candidate", "")),
        "admin": add_account(area, "admin@example.org", ("candidate", ""), ("jury", "")),
        "young": add_account(area, "young@example.org", ("candidate", "")),
    }
    inactive = timedelta(r.inactive_account_days)
    with transaction(area.runtime.sessions) as db:
        for name in ("old", "recent-login", "admin"):
            db.execute(update(Account).where(Account.id == ids[name])
                       .values(created_at=now - inactive - SECOND))  # fmt: skip
        db.execute(update(Account).where(Account.id == ids["recent-login"])
                   .values(last_login_at=now - inactive + SECOND))  # fmt: skip
        db.execute(update(Account).where(Account.id == ids["young"])
                   .values(created_at=now - inactive + SECOND))  # fmt: skip
        a = ids["young"]
        sessions = [
            ("expired", now - timedelta(hours=13), now - SECOND, now - SECOND),
            ("idle", now - idle - SECOND, now + timedelta(hours=1), now - idle - SECOND),
            ("live", now - SECOND, now + timedelta(hours=1), now - SECOND),
        ]
        for digest, created, expires, seen in sessions:
            db.add(LoginSession(id_hash=digest, account_id=a, created_at=created,
                                expires_at=expires, last_seen_at=seen))  # fmt: skip
        for digest, expires, used in [
            ("used", now + timedelta(minutes=5), now - SECOND),
            ("expired", now - SECOND, None),
            ("live", now + timedelta(minutes=5), None),
        ]:
            db.add(PasswordReset(token_hash=digest, account_id=a, created_at=now - SECOND,
                                 expires_at=expires, used_at=used))  # fmt: skip
        span = timedelta(r.login_failures_days)
        db.add(LoginFailure(key="addr:old", at=now - span - SECOND))
        db.add(LoginFailure(key="addr:kept", at=now - span + SECOND))
        span = timedelta(r.audit_days)
        for action, at in [
            ("account.sign_up", now - span - SECOND),
            ("credential.issue", now - span - SECOND),
            ("key.create", now - span - SECOND),
            ("account.sign_up", now - span + SECOND),
        ]:
            db.add(AuditEvent(at=at, actor="test", action=action, target="old-test",
                              reason="", details={}))  # fmt: skip
    folder = area.runtime.settings.data_dir / "outbox"
    folder.mkdir(parents=True, exist_ok=True)
    span = timedelta(r.outbox_days)
    for stamp in (now - span - SECOND, now - span + SECOND):
        (folder / f"{stamp:%Y%m%dT%H%M%S}-{'0' * 12}.eml").write_text("Subject: x\n\nx\n")
    undated = folder / f"undated-{'1' * 12}.eml"
    undated.write_text("Subject: y\n\ny\n")
    old = (now - span - timedelta(days=1)).timestamp()
    os.utime(undated, (old, old))
    return ids


def _state(area: AccountsArea) -> dict[str, object]:
    with area.runtime.sessions() as db:
        return {
            "sessions": sorted(db.scalars(select(LoginSession.id_hash))),
            "resets": sorted(db.scalars(select(PasswordReset.token_hash))),
            "failures": sorted(db.scalars(select(LoginFailure.key))),
            "audit": sorted(
                db.scalars(select(AuditEvent.action).where(AuditEvent.target == "old-test"))
            ),
            "erased": sorted(
                db.scalars(select(Account.login).where(Account.erased_at.is_not(None)))
            ),
            "outbox": sorted(
                p.name[:8] for p in (area.runtime.settings.data_dir / "outbox").glob("*.eml")
            ),
        }


def test_each_period_removes_exactly_what_is_older(area: AccountsArea) -> None:
    ids = _seed(area)
    before = _state(area)
    counts = purge(area, dry_run=True)
    expected = {"sessions": 2, "reset_tokens": 2, "login_failures": 1, "outbox": 2,
                "accounts": 1, "audit_events": 1,
                "wallet_offers": 0, "wallet_nonces": 0}  # fmt: skip
    assert counts == expected
    assert _state(area) == before, "a dry run changes nothing"

    assert purge(area) == expected
    after = _state(area)
    now = area.runtime.clock()
    kept_day = (now - timedelta(29, 86399)).strftime("%Y%m%d")
    assert after == {
        "sessions": ["live"],
        "resets": ["live"],
        "failures": ["addr:kept"],
        "audit": ["account.sign_up", "credential.issue", "key.create"],
        "erased": [f"erased-{ids['old']}"],
        "outbox": [kept_day],
    }
    with area.runtime.sessions() as db:
        run = db.scalars(select(AuditEvent).where(AuditEvent.action == "retention.purge")).one()
        assert run.details == expected and run.actor == "retention"
        erasure = db.scalar(select(func.count()).select_from(AuditEvent).where(
            AuditEvent.action == "account.erasure", AuditEvent.target == f"account:{ids['old']}"
        ))  # fmt: skip
        assert erasure == 1
    assert purge(area) == dict.fromkeys(expected, 0)


def test_a_login_keeps_an_account(area: AccountsArea, clock: Clock) -> None:
    from accounts_helpers import PASSWORD

    from certinum.accounts.people import log_in, sign_up

    sign_up(area, email="kept@example.org", password=PASSWORD, display_name="K")
    clock.advance(days=1000)
    log_in(area, login="kept@example.org", password=PASSWORD, address="198.51.100.1")
    clock.advance(days=1000)
    assert purge(area)["accounts"] == 0
    clock.advance(days=100)
    assert purge(area)["accounts"] == 1


def test_settings() -> None:
    assert Settings.from_env({}).retention == RetentionSettings(180, 30, 365, 1095)
    custom = Settings.from_env({"CERTINUM_RETENTION_LOGIN_FAILURES_DAYS": "7",
                                "CERTINUM_RETENTION_OUTBOX_DAYS": "2",
                                "CERTINUM_RETENTION_AUDIT_DAYS": "400",
                                "CERTINUM_RETENTION_INACTIVE_ACCOUNT_DAYS": "730"})  # fmt: skip
    assert custom.retention == RetentionSettings(7, 2, 400, 730)
    with pytest.raises(SettingsError, match="CERTINUM_RETENTION_AUDIT_DAYS must be at least 30"):
        Settings.from_env({"CERTINUM_RETENTION_AUDIT_DAYS": "3"})
    with pytest.raises(SettingsError, match="CERTINUM_RETENTION_OUTBOX_DAYS must be an integer"):
        Settings.from_env({"CERTINUM_RETENTION_OUTBOX_DAYS": "soon"})


def test_the_command(service_env: dict[str, str]) -> None:
    env = {**service_env, **CHEAP_HASHING, "CERTINUM_RETENTION_OUTBOX_DAYS": "1"}
    folder = Settings.from_env(env).data_dir / "outbox"
    folder.mkdir(parents=True)
    (folder / f"20000101T000000-{'0' * 12}.eml").write_text("Subject: x\n\nx\n")
    runner = CliRunner()
    dry = runner.invoke(cli, ["retention", "purge", "--dry-run"], env=env)
    assert dry.exit_code == 0, dry.output
    assert "outbox: would remove 1" in dry.output and "accounts: would remove 0" in dry.output
    assert len(list(folder.glob("*.eml"))) == 1
    done = runner.invoke(cli, ["retention", "purge"], env=env)
    assert done.exit_code == 0, done.output
    assert done.output.splitlines() == [
        "sessions: removed 0", "reset_tokens: removed 0", "login_failures: removed 0",
        "outbox: removed 1", "accounts: removed 0", "audit_events: removed 0",
        "wallet_offers: removed 0", "wallet_nonces: removed 0",
    ]  # fmt: skip
    assert list(folder.glob("*.eml")) == []
    bad = runner.invoke(
        cli, ["retention", "purge"], env={**env, "CERTINUM_RETENTION_AUDIT_DAYS": "x"}
    )
    assert bad.exit_code == 1 and "CERTINUM_RETENTION_AUDIT_DAYS" in bad.output
