"""Per-client limits on verification-code look-ups, so codes cannot be enumerated.

Every look-up of a code (the code page, the JSON API, each code of a bulk CSV) counts against
the client's address (:func:`certinum.accounts.clientaddr.client_address`, which honours
``CERTINUM_TRUSTED_PROXIES``) in a sliding window, known and unknown codes alike. The counts
live where the login-failure counts live (:mod:`certinum.accounts.ratelimit`): Redis when
``CERTINUM_REDIS_URL`` is set, the ``login_failures`` table otherwise, so every service
process shares them. Over the limit: 429 ``too-many-lookups`` with ``Retry-After``.
Addresses on ``CERTINUM_LOOKUP_ALLOW`` are not counted.

The check and the count are two steps: requests of one client that arrive together may
each pass the check before any is counted, so a burst can exceed the limit by the number of
requests in flight at once (bounded by the server's concurrency), never more.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import anyio
from litestar.connection import ASGIConnection

from certinum.accounts.area import AccountsArea
from certinum.accounts.clientaddr import client_address
from certinum.accounts.errors import TooManyAttempts
from certinum.accounts.ratelimit import retry_after

KEY_PREFIX = "lookup:addr:"


class TooManyLookups(TooManyAttempts):
    """More code look-ups from one address than the window allows (429, ``Retry-After``)."""

    default_code = "too-many-lookups"


def charge(area: AccountsArea, address: str, count: int = 1) -> None:
    """Count ``count`` look-ups of ``address``, or raise :class:`TooManyLookups` (and count
    none) when they would exceed its window's limit."""
    if count < 1:
        raise ValueError("a look-up charge counts at least one code")
    limits = area.runtime.settings.lookups
    if limits.allows(address):
        return
    now = area.runtime.clock()
    span = timedelta(minutes=limits.window_minutes)
    key = KEY_PREFIX + address[:100]
    window = area.failures.window(key, now, span)
    if window.count + count > limits.per_window:
        wait = retry_after(window, now, span)
        if count > limits.per_window:
            message = f"at most {limits.per_window} codes can be looked up at once"
        else:
            message = "too many verification codes looked up from this address: try again later"
        raise TooManyLookups(message, wait)
    for _ in range(count):
        area.failures.add(key, now, span)


def charge_request(connection: ASGIConnection[Any, Any, Any, Any], count: int = 1) -> None:
    """:func:`charge` for the client of a request (the app's accounts area and stores)."""
    area: AccountsArea = connection.app.state.accounts
    charge(area, client_address(connection), count)


async def charge_request_off_loop(connection: ASGIConnection[Any, Any, Any, Any]) -> None:
    """:func:`charge_request` from an async handler: an address on the allow-list costs
    nothing; any other is counted in a worker thread (the count is a database or Redis
    write, which must not hold the event loop)."""
    area: AccountsArea = connection.app.state.accounts
    address = client_address(connection)
    if not area.runtime.settings.lookups.allows(address):
        await anyio.to_thread.run_sync(charge, area, address)
