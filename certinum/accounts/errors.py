"""Errors of people's accounts, in the service's error tree (:mod:`certinum.errors`)::

    CertinumError
    ├── AccountRefused        a sign-up or change the service will not make (422)
    ├── AccountExists         the email or login is taken (409)
    ├── LoginRefused          wrong login or password, or a disabled account (401)
    ├── TooManyAttempts       too many failed logins; ``Retry-After`` (429)
    ├── ResetRefused          an unknown, used or expired reset token (400)
    └── RoleRefused           a role or scope that does not exist (422)

:mod:`certinum.problems` maps them to problem details.
"""

from __future__ import annotations

from certinum.errors import CertinumError


class AccountRefused(CertinumError):
    default_code = "account-refused"


class AccountExists(CertinumError):
    default_code = "account-exists"


class LoginRefused(CertinumError):
    """One answer for an unknown login, a wrong password and a disabled or erased account."""

    default_code = "invalid-credentials"


class TooManyAttempts(CertinumError):
    default_code = "too-many-attempts"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.extra["retryAfter"] = retry_after
        self.headers = {"Retry-After": str(retry_after)}


class ResetRefused(CertinumError):
    default_code = "invalid-reset-token"


class RoleRefused(CertinumError):
    default_code = "role-refused"
