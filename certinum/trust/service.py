"""The trust list: list, add, remove (each change audited), and the set a verification uses.

Built-in entries come from :meth:`certinum.runtime.Runtime.trusted_issuers` (the service's
did:web, its did:key instances, ``CERTINUM_TRUSTED_ISSUERS``): they are listed but cannot be
removed here. An added issuer is a DID: ``did:web`` (its DID document and status lists are
then fetched under the rules of :mod:`verifier.fetch`), ``did:key`` or ``did:jwk`` (the key is
the identifier; only its status lists are fetched).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urlsplit

from sqlalchemy import select

from certinum.audit import record
from certinum.db import transaction
from certinum.errors import CertinumError, IssuerUnavailable
from certinum.runtime import Runtime, utc
from certinum.trust.tables import TrustedIssuer
from keys import KeysError, parse_did
from keys.did_web import did_web_document_url, did_web_from_base_url

MAX_ISSUER = 500
MAX_NAME = 200
METHODS = ("web", "key", "jwk")


class TrustRefused(CertinumError):
    """A trust-list change that is not allowed (bad identifier, built-in entry…)."""

    default_code = "trust-refused"


class UnknownTrustedIssuer(CertinumError):
    """No added issuer has this id."""

    default_code = "unknown-trusted-issuer"


@dataclass(frozen=True, slots=True)
class Entry:
    """One issuer of the trust list; ``id`` is None for a built-in entry."""

    issuer: str
    name: str
    id: int | None = None
    added_by: str = ""
    added_at: datetime | None = None

    @property
    def builtin(self) -> bool:
        return self.id is None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "issuer": self.issuer,
            "name": self.name,
            "builtin": self.builtin,
            "addedBy": self.added_by or None,
            "addedAt": self.added_at.isoformat() if self.added_at else None,
        }


def _builtin(runtime: Runtime) -> list[Entry]:
    """The service's did:web, its instances' did:keys, then ``CERTINUM_TRUSTED_ISSUERS``."""
    names = {runtime.settings.did: "Certinum"}
    for instance in runtime.instance_names():
        try:
            names[runtime.keyring_for(instance).controller_did] = f"Certinum ({instance})"
        except IssuerUnavailable:
            continue
    configured = "CERTINUM_TRUSTED_ISSUERS"
    return [Entry(issuer, names.get(issuer, configured)) for issuer in names] + [
        Entry(issuer, configured)
        for issuer in sorted(runtime.trusted_issuers())
        if issuer not in names
    ]


def list_issuers(runtime: Runtime) -> list[Entry]:
    """Built-in entries first (the service's did:web first), then the added ones by id."""
    builtin = _builtin(runtime)
    seen = {e.issuer for e in builtin}
    with runtime.sessions() as session:
        rows = session.scalars(select(TrustedIssuer).order_by(TrustedIssuer.id)).all()
        added = [
            Entry(r.issuer, r.name, r.id, r.added_by, utc(r.added_at))
            for r in rows
            if r.issuer not in seen
        ]
    return builtin + added


def trusted_ids(runtime: Runtime) -> frozenset[str]:
    """Every trusted issuer identifier: the built-in ones and the added ones."""
    with runtime.sessions() as session:
        added = session.scalars(select(TrustedIssuer.issuer)).all()
    return runtime.trusted_issuers() | frozenset(added)


def check_issuer(issuer: str) -> str:
    """``issuer`` stripped, if it is a DID this list can hold; :class:`TrustRefused` if not."""
    issuer = issuer.strip()
    if not issuer or len(issuer) > MAX_ISSUER:
        raise TrustRefused("bad-issuer", f"an issuer is a DID of at most {MAX_ISSUER} characters")
    try:
        method, _ = parse_did(issuer)
        if method == "web":  # a host name, not an IP address (did:web §3.1), that resolves
            host = urlsplit(did_web_document_url(issuer)).netloc
            did_web_from_base_url(f"https://{host}")
    except KeysError as exc:
        raise TrustRefused("bad-issuer", f"not a usable DID: {exc}") from None
    if method not in METHODS or "#" in issuer or "?" in issuer:
        raise TrustRefused("bad-issuer", "an issuer is a did:web, did:key or did:jwk (no fragment)")
    return issuer


def add_issuer(runtime: Runtime, issuer: str, name: str, *, actor: str, reason: str = "") -> Entry:
    """Add ``issuer`` (audited ``trust.add``); :class:`TrustRefused` if invalid or present."""
    issuer = check_issuer(issuer)
    name = name.strip()
    if not name or len(name) > MAX_NAME:
        raise TrustRefused("bad-name", f"give the issuer a name of at most {MAX_NAME} characters")
    if issuer in runtime.trusted_issuers():
        raise TrustRefused("already-trusted", "this issuer is already on the trust list")
    now = runtime.clock()
    with transaction(runtime.sessions) as session:
        if session.scalar(select(TrustedIssuer.id).where(TrustedIssuer.issuer == issuer)):
            raise TrustRefused("already-trusted", "this issuer is already on the trust list")
        row = TrustedIssuer(issuer=issuer, name=name, added_by=actor[:200], added_at=now)
        session.add(row)
        session.flush()
        record(
            session, now=now, actor=actor, action="trust.add", target=issuer, reason=reason,
            details={"name": name},
        )  # fmt: skip
        return Entry(issuer, name, row.id, row.added_by, now)


def remove_issuer(runtime: Runtime, entry_id: int, *, actor: str, reason: str = "") -> Entry:
    """Remove the added issuer ``entry_id`` (audited ``trust.remove``)."""
    now = runtime.clock()
    with transaction(runtime.sessions) as session:
        row = session.get(TrustedIssuer, entry_id)
        if row is None:
            raise UnknownTrustedIssuer(f"no added trusted issuer {entry_id}")
        entry = Entry(row.issuer, row.name, row.id, row.added_by, utc(row.added_at))
        session.delete(row)
        record(
            session, now=now, actor=actor, action="trust.remove", target=entry.issuer,
            reason=reason, details={"name": entry.name},
        )  # fmt: skip
    return entry
