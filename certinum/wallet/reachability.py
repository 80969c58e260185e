"""Whether a wallet on a phone can reach the service, from its base URL alone.

A wallet fetches the offer, the metadata and the credential from the URLs that derive from
``CERTINUM_BASE_URL``. When that is an ``http://`` URL (OpenID4VCI 1.0 §12.2.1: a Credential
Issuer Identifier uses ``https``, and wallets refuse anything else) or names this computer
(``localhost``, a loopback or unspecified address), a phone cannot follow them: the candidate's
offer page shows :data:`UNREACHABLE` and ``certinum wallet offer`` prints it on stderr.
"""

from __future__ import annotations

import ipaddress
from typing import Final
from urllib.parse import urlsplit

from certinum.web.i18n import N_

UNREACHABLE: Final = N_(
    "This service's address (%(base)s) is not an https:// address a phone can reach (it is "
    "http:// or names this computer): a wallet app on a phone will not be able to fetch this "
    "offer. Set CERTINUM_BASE_URL to the service's public https:// address."
)


def _local_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


def unreachable_by_phone(base_url: str) -> bool:
    """Whether a phone's wallet cannot use ``base_url``: not ``https``, or a local host."""
    parts = urlsplit(base_url.strip())
    return parts.scheme.lower() != "https" or _local_host(parts.hostname or "")
