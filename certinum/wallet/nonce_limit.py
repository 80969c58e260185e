"""Per-address limit of the OpenID4VCI nonce endpoint: :data:`NONCES_PER_ADDRESS` nonces per
client address in a sliding window of :data:`NONCE_WINDOW`.

A wallet needs one ``c_nonce`` per credential request; a client asking for many is filling
``wallet_nonces`` (which also has a global bound, ``oid4vci_service.MAX_LIVE_NONCES``, that one
client must not be able to exhaust for everyone). The counts live with the login-failure and
look-up counts (:mod:`certinum.accounts.ratelimit`: Redis or the ``login_failures`` table,
shared by every service process) under keys ``nonce:addr:<address>``; the address is the
client's as :func:`certinum.accounts.clientaddr.client_address` sees it
(``CERTINUM_TRUSTED_PROXIES``). Over the limit: 429 ``too-many-nonces-from-address`` with
``Retry-After``. As for look-ups, the check and the count are two steps, so requests in
flight at once may pass the limit by their number.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Final

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import TooManyAttempts
from certinum.accounts.ratelimit import retry_after

NONCES_PER_ADDRESS: Final = 30
NONCE_WINDOW: Final = timedelta(minutes=5)
KEY_PREFIX: Final = "nonce:addr:"


class TooManyNonces(TooManyAttempts):
    """More nonces asked from one address than the window allows (429, ``Retry-After``)."""

    default_code = "too-many-nonces-from-address"


def charge_nonce(area: AccountsArea, address: str) -> None:
    """Count one nonce for ``address``, or raise :class:`TooManyNonces` (counting none)."""
    now = area.runtime.clock()
    key = KEY_PREFIX + address[:100]
    window = area.failures.window(key, now, NONCE_WINDOW)
    if window.count >= NONCES_PER_ADDRESS:
        raise TooManyNonces(
            f"at most {NONCES_PER_ADDRESS} nonces per {int(NONCE_WINDOW.total_seconds() // 60)}"
            " minutes from one address: try again later",
            retry_after(window, now, NONCE_WINDOW),
        )
    area.failures.add(key, now, NONCE_WINDOW)
