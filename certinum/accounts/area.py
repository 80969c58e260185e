"""What the accounts area shares across requests: the runtime, the session and failure stores
(Redis when ``CERTINUM_REDIS_URL`` is set, the database otherwise) and the mailer."""

from __future__ import annotations

from dataclasses import dataclass

from certinum.accounts.passwords import dummy_hash
from certinum.accounts.policy import AccountSettings
from certinum.accounts.ratelimit import DatabaseFailures, FailureCounter
from certinum.accounts.sessions import DatabaseSessions, SessionStore
from certinum.mail import Mailer, mailer_for
from certinum.runtime import Runtime


@dataclass(frozen=True, slots=True)
class AccountsArea:
    runtime: Runtime
    sessions: SessionStore
    failures: FailureCounter
    mailer: Mailer

    @property
    def policy(self) -> AccountSettings:
        return self.runtime.settings.accounts

    @classmethod
    def open(
        cls, runtime: Runtime, *, redis_prefix: str = "certinum:", mailer: Mailer | None = None
    ) -> AccountsArea:
        settings = runtime.settings
        sessions: SessionStore
        failures: FailureCounter
        if settings.redis_url:
            from certinum.accounts.redisstore import RedisFailures, RedisSessions, connect

            client = connect(settings.redis_url)
            sessions = RedisSessions(client, settings.accounts, redis_prefix)
            failures = RedisFailures(client, redis_prefix)
        else:
            sessions = DatabaseSessions(runtime.sessions, settings.accounts)
            failures = DatabaseFailures(runtime.sessions)
        # The first unknown login would otherwise pay for making the dummy hash: made now.
        dummy_hash(settings.accounts.password_opslimit, settings.accounts.password_memlimit_kib)
        return cls(runtime, sessions, failures, mailer or mailer_for(settings))
