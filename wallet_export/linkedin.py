"""The LinkedIn "add certification" link (LinkedIn's "Add to Profile" URL).

``https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME`` followed by ``name``,
``organizationName``, ``issueYear``, ``issueMonth`` (1–12), ``certUrl`` and ``certId``; every
value is percent-encoded (RFC 3986: everything but unreserved characters, ``/`` and ``:``
included), so names with accents, spaces, ``&`` or ``#`` reach the form whole.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote

from wallet_export.facts import facts_of

__all__ = ["LINKEDIN_ADD", "LinkedInListing", "linkedin_add_url", "linkedin_url_for", "listing_of"]

LINKEDIN_ADD: Final = "https://www.linkedin.com/profile/add"


def linkedin_add_url(
    *, name: str, organization_name: str, issue_year: int, issue_month: int, cert_url: str,
    cert_id: str,
) -> str:  # fmt: skip
    """The link that opens LinkedIn's form to add this certification to one's profile."""
    if not 1 <= issue_month <= 12:
        raise ValueError(f"issue month {issue_month} is not 1–12")
    if not 1 <= issue_year <= 9999:
        raise ValueError(f"issue year {issue_year} is not 1–9999")
    params = (
        ("startTask", "CERTIFICATION_NAME"),
        ("name", name),
        ("organizationName", organization_name),
        ("issueYear", str(issue_year)),
        ("issueMonth", str(issue_month)),
        ("certUrl", cert_url),
        ("certId", cert_id),
    )
    return LINKEDIN_ADD + "?" + "&".join(f"{key}={quote(value, safe='')}" for key, value in params)


@dataclass(frozen=True, slots=True)
class LinkedInListing:
    """What LinkedIn's form is filled with for one certificate."""

    name: str
    organization_name: str
    issue_year: int
    issue_month: int
    cert_id: str


def listing_of(credential: Mapping[str, Any]) -> LinkedInListing:
    """The listing of a certificate credential: its achievement, issuer, issue month and code;
    :class:`wallet_export.facts.FactsError` when the credential lacks one of them."""
    facts = facts_of(credential)
    return LinkedInListing(
        name=facts.achievement_name,
        organization_name=facts.issuer_name,
        issue_year=facts.issued.year,
        issue_month=facts.issued.month,
        cert_id=facts.code,
    )


def linkedin_url_for(credential: Mapping[str, Any], cert_url: str) -> str:
    """The link for a certificate credential (:func:`listing_of`; :class:`FactsError` when it
    is incomplete)."""
    listing = listing_of(credential)
    return linkedin_add_url(
        name=listing.name,
        organization_name=listing.organization_name,
        issue_year=listing.issue_year,
        issue_month=listing.issue_month,
        cert_url=cert_url,
        cert_id=listing.cert_id,
    )
