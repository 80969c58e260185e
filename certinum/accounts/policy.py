"""Settings of people's accounts: password hashing cost, session timeouts, login rate limits,
reset-token lifetime; read once from ``CERTINUM_*`` variables with the service's settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from nacl import pwhash


class PolicyError(ValueError):
    """An account setting that is not a usable number (``SettingsError`` wraps it)."""


def _int(env: Mapping[str, str], name: str, default: int, minimum: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise PolicyError(f"{name} must be an integer, got {raw!r}") from None
    if value < minimum:
        raise PolicyError(f"{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True, slots=True)
class AccountSettings:
    """Argon2id cost (``opslimit`` passes, ``memlimit_kib`` KiB: 3 and 64 MiB by default, between
    libsodium's INTERACTIVE and MODERATE), timeouts in minutes, limits per window."""

    password_opslimit: int = 3
    password_memlimit_kib: int = 64 * 1024
    session_idle_minutes: int = 30
    session_absolute_minutes: int = 12 * 60
    login_window_minutes: int = 15
    login_failures_per_account: int = 5
    login_failures_per_address: int = 20
    reset_token_minutes: int = 30

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> AccountSettings:
        d = cls()
        return cls(
            password_opslimit=_int(
                env, "CERTINUM_PASSWORD_OPSLIMIT", d.password_opslimit, pwhash.argon2id.OPSLIMIT_MIN
            ),
            password_memlimit_kib=_int(
                env,
                "CERTINUM_PASSWORD_MEMLIMIT_KIB",
                d.password_memlimit_kib,
                max(8, pwhash.argon2id.MEMLIMIT_MIN // 1024),
            ),
            session_idle_minutes=_int(
                env, "CERTINUM_SESSION_IDLE_MINUTES", d.session_idle_minutes, 1
            ),
            session_absolute_minutes=_int(
                env, "CERTINUM_SESSION_ABSOLUTE_MINUTES", d.session_absolute_minutes, 1
            ),
            login_window_minutes=_int(
                env, "CERTINUM_LOGIN_WINDOW_MINUTES", d.login_window_minutes, 1
            ),
            login_failures_per_account=_int(
                env, "CERTINUM_LOGIN_FAILURES_PER_ACCOUNT", d.login_failures_per_account, 1
            ),
            login_failures_per_address=_int(
                env, "CERTINUM_LOGIN_FAILURES_PER_ADDRESS", d.login_failures_per_address, 1
            ),
            reset_token_minutes=_int(env, "CERTINUM_RESET_TOKEN_MINUTES", d.reset_token_minutes, 1),
        )


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    """How long personal data is kept, in days (``certinum retention purge`` applies them).

    Defaults follow the CNIL's guidance: connection traces and the audit log kept a year
    (its recommendation on logging: 6 months to 1 year), an account unused for 3 years erased
    (3 years after the last contact), mail copies no longer than needed (a reset link lives
    minutes). Expired sessions and used or expired reset tokens are always removed.
    """

    login_failures_days: int = 180
    outbox_days: int = 30
    audit_days: int = 365
    inactive_account_days: int = 3 * 365

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> RetentionSettings:
        d = cls()
        return cls(
            login_failures_days=_int(
                env, "CERTINUM_RETENTION_LOGIN_FAILURES_DAYS", d.login_failures_days, 1
            ),
            outbox_days=_int(env, "CERTINUM_RETENTION_OUTBOX_DAYS", d.outbox_days, 1),
            audit_days=_int(env, "CERTINUM_RETENTION_AUDIT_DAYS", d.audit_days, 30),
            inactive_account_days=_int(
                env, "CERTINUM_RETENTION_INACTIVE_ACCOUNT_DAYS", d.inactive_account_days, 30
            ),
        )
