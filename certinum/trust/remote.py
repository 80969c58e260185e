"""Status lists and did:web documents of trusted issuers: fetched, and cached in the database.

:func:`trust_wiring` is what a verification needs from the trust list: the trusted identifiers,
a key resolver that fetches the did:web document of a trusted issuer (never of another), and
``fetch_status_list`` for the lists of trusted issuers that the service does not hold (the
verifier asks it only for trusted issuers, :mod:`verifier.verify`).

Every fetch goes through a :class:`verifier.fetch.Fetcher` (HTTPS only, public addresses only
on every redirect hop, size and time bounded). Its answer is kept in ``fetched_documents``
for :data:`CACHE_TTL`, a failure for :data:`FAILURE_TTL` (an unreachable server costs one
timeout a minute, not one per verification); the table is shared by every service process
(``certinum serve --workers N``). A cached failure is reported as the failure it was. Rows
expired for :data:`PURGE_AFTER` are deleted whenever a new answer is stored.
"""

from __future__ import annotations

import json
import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError

from certinum.db import transaction
from certinum.runtime import Runtime, utc
from certinum.trust.service import trusted_ids
from certinum.trust.tables import FetchedDocument
from keys import KeysError
from keys.did_web import did_web_document_url
from verifier.fetch import Fetcher, FetchError
from verifier.resolution import KeyResolver, fetching_resolver
from verifier.verify import StatusListFetch

CACHE_TTL = timedelta(minutes=5)
FAILURE_TTL = timedelta(minutes=1)
PURGE_AFTER = timedelta(days=1)  # rows expired this long ago go when another row is stored

_FETCHERS: weakref.WeakKeyDictionary[Runtime, Fetcher] = weakref.WeakKeyDictionary()


def use_fetcher(runtime: Runtime, fetcher: Fetcher) -> None:
    """Fetch the documents of ``runtime``'s trusted issuers with ``fetcher`` (tests give one
    with their own transport or TLS trust store)."""
    _FETCHERS[runtime] = fetcher


def fetcher_of(runtime: Runtime) -> Fetcher:
    fetcher = _FETCHERS.get(runtime)
    if fetcher is None:
        fetcher = _FETCHERS[runtime] = Fetcher()
    return fetcher


def _store(runtime: Runtime, url: str, now: datetime, body: str, error: FetchError | None) -> None:
    ttl = FAILURE_TTL if error is not None else CACHE_TTL
    row = FetchedDocument(
        url=url,
        body=body,
        error_code=error.code[:40] if error else "",
        error=error.message[:500] if error else "",
        fetched_at=now,
        expires_at=now + ttl,
    )
    try:
        with transaction(runtime.sessions) as session:
            stale = FetchedDocument.expires_at < now - PURGE_AFTER
            session.execute(delete(FetchedDocument).where((FetchedDocument.url == url) | stale))
            session.add(row)
    except IntegrityError:
        pass  # another process stored the same URL at the same moment: its copy serves


def cached_json(runtime: Runtime, url: str) -> Any:
    """The JSON at ``url`` from the shared cache, or fetched (and cached) when stale."""
    now = runtime.clock()
    with runtime.sessions() as session:
        row = session.get(FetchedDocument, url)
        if row is not None and utc(row.expires_at) > now:
            if row.error_code:
                raise FetchError(row.error_code, row.error)
            return json.loads(row.body)
    try:
        value = fetcher_of(runtime).fetch_json(url)
    except FetchError as exc:
        _store(runtime, url, now, "", exc)
        raise
    _store(runtime, url, now, json.dumps(value, ensure_ascii=False), None)
    return value


def _object(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        raise FetchError("FETCH_NOT_JSON", f"the {what} is not a JSON object")
    return value


def fetch_status_list(runtime: Runtime, url: str, issuer: str) -> Mapping[str, Any]:
    """The status list credential at ``url`` (of the trusted ``issuer``, which the verifier
    then checks against the list's own issuer and proof)."""
    return _object(cached_json(runtime, url), "status list")


def fetch_did_document(runtime: Runtime, did: str) -> Mapping[str, Any]:
    """The DID document of the trusted did:web ``did`` (did:web §3.2 "Read")."""
    try:
        url = did_web_document_url(did)
    except KeysError as exc:
        raise FetchError("FETCH_URL_REFUSED", f"not a did:web that can be read: {exc}") from None
    return _object(cached_json(runtime, url), "DID document")


@dataclass(frozen=True, slots=True)
class TrustWiring:
    trusted: frozenset[str]
    resolve_key: KeyResolver
    fetch_status_list: StatusListFetch


def trust_wiring(runtime: Runtime, documents: Mapping[str, Mapping[str, Any]]) -> TrustWiring:
    """The trust list's part of a verification's options; ``documents`` are the DID documents
    the service holds itself (its own did:web), never fetched."""
    trusted = trusted_ids(runtime)
    resolver = fetching_resolver(
        documents, trusted=trusted, fetch_document=lambda did: fetch_did_document(runtime, did)
    )
    return TrustWiring(
        trusted, resolver, lambda url, issuer: fetch_status_list(runtime, url, issuer)
    )
