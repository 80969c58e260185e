"""The rate limit of password-reset requests, shared by the API and the page, and the check of
a reset link before its form is shown.

Each request counts, known email or not (so the answer reveals nothing), under
``reset-email:<typed email>`` and ``reset-addr:<client address>`` in the login-failure store
(the table, or Redis), within the login window: past :data:`RESETS_PER_EMAIL` or
:data:`RESETS_PER_ADDRESS`, :class:`TooManyResets` (429 ``too-many-resets``, audited as
``password_reset.rate_limited``). The link itself is mailed by
:func:`certinum.accounts.people.request_reset`.
"""

from __future__ import annotations

from datetime import timedelta

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import TooManyAttempts
from certinum.accounts.people import _token_digest
from certinum.accounts.ratelimit import first_over
from certinum.accounts.tables import PasswordReset

#: Reset requests allowed per typed email, and per client address, within the login window.
RESETS_PER_EMAIL = 3
RESETS_PER_ADDRESS = 10


class TooManyResets(TooManyAttempts):
    """Too many reset requests for that email or from that address (429)."""

    default_code = "too-many-resets"

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message, retry_after)
        self.code = self.default_code


def count_reset_request(area: AccountsArea, email: str, address: str) -> None:
    """Count one reset request; :class:`TooManyResets` when the email or the address has made
    too many within the window (that request is not counted)."""
    now = area.runtime.clock()
    span = timedelta(minutes=area.policy.login_window_minutes)
    keys = (
        ("reset-email:" + email.strip().lower()[:254], RESETS_PER_EMAIL),
        ("reset-addr:" + address[:100], RESETS_PER_ADDRESS),
    )
    over = first_over(area.failures, keys, now, span)
    if over is not None:
        area.runtime.audit(
            "password_reset.rate_limited",
            actor="anonymous",
            target=over[0].split(":", 1)[0],
            details={"address": address[:100]},
        )
        raise TooManyResets("too many password reset requests: try again later", over[1])
    for key, _ in keys:
        area.failures.add(key, now, span)


def reset_link_usable(area: AccountsArea, token: str) -> bool:
    """Whether ``token`` is a reset token that is known, unused and not expired (the form is
    shown only then; :func:`certinum.accounts.people.confirm_reset` checks it again)."""
    from certinum.runtime import utc

    with area.runtime.sessions() as db:
        row = db.get(PasswordReset, _token_digest(token[:200]))
        return (
            row is not None and row.used_at is None and utc(row.expires_at) > area.runtime.clock()
        )
