"""The Redis stores of login sessions and login failures (``CERTINUM_REDIS_URL``), so that
several service processes behind a load balancer share them.

A session is a hash ``<prefix>session:<sha256 of id>`` (times as epoch seconds) that Redis
expires at its idle or absolute end, whichever comes first; ``<prefix>account-sessions:<id>``
is the set of an account's session digests. Failures are a sorted set per key, scored by time.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import redis

from certinum.accounts.policy import AccountSettings
from certinum.accounts.ratelimit import Window
from certinum.accounts.sessions import (
    MAX_SESSION_ID_LENGTH,
    TOUCH_EVERY,
    SessionRecord,
    alive,
    new_session_id,
    session_digest,
)

DEFAULT_PREFIX = "certinum:"


def connect(url: str) -> redis.Redis:
    """A client of ``url`` with short timeouts (a lost Redis fails a request, never hangs it)."""
    client: redis.Redis = redis.Redis.from_url(url, socket_timeout=3, socket_connect_timeout=3)
    return client


def _ts(moment: datetime) -> float:
    return moment.timestamp()


def _dt(value: Any) -> datetime:
    return datetime.fromtimestamp(float(value), UTC)


class RedisSessions:
    def __init__(
        self, client: redis.Redis, policy: AccountSettings, prefix: str = DEFAULT_PREFIX
    ) -> None:
        self._r = client
        self._policy = policy
        self._prefix = prefix

    def _key(self, digest: str) -> str:
        return f"{self._prefix}session:{digest}"

    def _index(self, account_id: int) -> str:
        return f"{self._prefix}account-sessions:{account_id}"

    def _ttl(self, record: SessionRecord, now: datetime) -> int:
        idle_end = record.last_seen_at + timedelta(minutes=self._policy.session_idle_minutes)
        end = min(record.expires_at, idle_end)
        return max(1, int((end - now).total_seconds()) + 1)

    def _write(self, digest: str, record: SessionRecord, now: datetime) -> None:
        ttl = self._ttl(record, now)
        absolute = max(1, int((record.expires_at - now).total_seconds()) + 1)
        with self._r.pipeline() as pipe:
            pipe.hset(
                self._key(digest),
                mapping={
                    "account": record.account_id,
                    "created": _ts(record.created_at),
                    "seen": _ts(record.last_seen_at),
                    "expires": _ts(record.expires_at),
                },
            )
            pipe.expire(self._key(digest), ttl)
            pipe.sadd(self._index(record.account_id), digest)
            pipe.expire(self._index(record.account_id), absolute, gt=True)
            pipe.expire(self._index(record.account_id), absolute, nx=True)
            pipe.execute()

    def _read(self, digest: str) -> SessionRecord | None:
        raw: dict[bytes, bytes] = self._r.hgetall(self._key(digest))  # type: ignore[assignment]
        if not raw:
            return None
        return SessionRecord(
            int(raw[b"account"]), _dt(raw[b"created"]), _dt(raw[b"seen"]), _dt(raw[b"expires"])
        )

    def create(self, account_id: int, now: datetime) -> str:
        session_id = new_session_id()
        expires = now + timedelta(minutes=self._policy.session_absolute_minutes)
        self._write(session_digest(session_id), SessionRecord(account_id, now, now, expires), now)
        return session_id

    def get(self, session_id: str, now: datetime) -> SessionRecord | None:
        if not session_id or len(session_id) > MAX_SESSION_ID_LENGTH:
            return None
        digest = session_digest(session_id)
        record = self._read(digest)
        if record is None:
            return None
        if not alive(record, now, self._policy):
            self._r.delete(self._key(digest))
            self._r.srem(self._index(record.account_id), digest)
            return None
        if now - record.last_seen_at >= TOUCH_EVERY:
            record = SessionRecord(record.account_id, record.created_at, now, record.expires_at)
            self._write(digest, record, now)
        return record

    def delete(self, session_id: str) -> None:
        digest = session_digest(session_id)
        record = self._read(digest)
        self._r.delete(self._key(digest))
        if record is not None:
            self._r.srem(self._index(record.account_id), digest)

    def _digests(self, account_id: int) -> list[str]:
        members: set[bytes] = self._r.smembers(self._index(account_id))  # type: ignore[assignment]
        return sorted(m.decode() for m in members)

    def delete_for_account(self, account_id: int) -> None:
        keys = [self._key(d) for d in self._digests(account_id)]
        self._r.delete(*keys, self._index(account_id))

    def list_for_account(self, account_id: int) -> list[SessionRecord]:
        found = (self._read(d) for d in self._digests(account_id))
        return sorted((r for r in found if r is not None), key=lambda r: r.created_at)


class RedisFailures:
    def __init__(self, client: redis.Redis, prefix: str = DEFAULT_PREFIX) -> None:
        self._r = client
        self._prefix = prefix

    def _key(self, key: str) -> str:
        return f"{self._prefix}failures:{key}"

    def window(self, key: str, now: datetime, span: timedelta) -> Window:
        name = self._key(key)
        self._r.zremrangebyscore(name, "-inf", _ts(now - span))
        count = int(self._r.zcard(name))
        first: list[tuple[bytes, float]] = self._r.zrange(name, 0, 0, withscores=True)  # type: ignore[assignment]
        return Window(count, _dt(first[0][1]) if first else None)

    def add(self, key: str, now: datetime, span: timedelta) -> None:
        name = self._key(key)
        with self._r.pipeline() as pipe:
            pipe.zremrangebyscore(name, "-inf", _ts(now - span))
            pipe.zadd(name, {uuid.uuid4().hex: _ts(now)})
            pipe.expire(name, max(1, int(span.total_seconds())))
            pipe.execute()

    def clear(self, key: str) -> None:
        self._r.delete(self._key(key))
