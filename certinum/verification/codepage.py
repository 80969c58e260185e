"""The credential behind a verification code and its verification, for the code page and the
code API, in one database round trip.

One query (:mod:`certinum.verification.lookupquery`) reads the credential, whether it states
a published certified result, its signed status lists, the trust list, its kept verification
result (:mod:`certinum.verification.cache`) and, for the page, its kept page in the page's
language (:mod:`certinum.verification.keptpages`). The kept result stands when nothing it was
computed from has changed; the kept page stands when the kept result does and was rendered
from it. Otherwise (:func:`complete`) the credential is verified against the lists just read,
and the result is kept for the next look-up by any service process. The fingerprint takes
the trust list as it stands at each look-up, so a change of the trust list is seen as a
change of keys is. An unknown code runs the same query and computes the same fingerprint.
The page's query leaves the credential document out; it is read when a page is rendered.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import msgspec
from sqlalchemy import bindparam, select
from sqlalchemy.exc import OperationalError

from certinum.certification.review_tables import CERTIFIED
from certinum.certification.tables import PUBLISHED
from certinum.db import transaction
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from certinum.verification import cache, keptpages
from certinum.verification.locallists import with_local_lists
from certinum.verification.lookupquery import StoredCode, read_code
from certinum.verification.service import verify_options
from verifier.verify import VerificationResult, VerifyOptions, verify_credential


@dataclass(frozen=True, slots=True)
class CodeVerification:
    """The credential stored under a verification code and its verification now.

    ``downloads``: its PDF and credential may be offered (not revoked, as
    :func:`certinum.issuance.certificates.downloadable`).
    ``cached``: the result was read from ``verification_cache`` rather than computed.
    ``kept``: the result as ``verification_cache`` holds it now (None when it was not kept),
    what a page rendered from it is keyed by (:func:`keptpages.page_key`).
    """

    code: str
    credential_id: str
    document: dict[str, Any]
    result: VerificationResult
    downloads: bool
    cached: bool
    kept: str | None = None


@dataclass(frozen=True, slots=True)
class Lookup:
    """What the look-up's query read of a public certificate; ``page``: its kept page in the
    language asked (HTML), when that page stands."""

    code: str
    credential_id: str
    row: StoredCode
    now: datetime
    page: bytes | None


_DOCUMENT = select(IssuedCredential.document).where(IssuedCredential.id == bindparam("id"))


def look_up(runtime: Runtime, code: str, lang: str = "") -> Lookup | None:
    """The public certificate of ``code`` (canonical form, see
    :func:`issuer.codes.try_normalize_code`) as the query read it, with its kept page in
    ``lang`` when that page stands (no page is read for an empty ``lang``), or None.

    Only a published, certified result has a public certificate (the rule of
    :mod:`certinum.verification.lookup` and of the downloads): a code never issued, a
    credential sent to the VC API without a result, and a result no longer certified
    (cancelled) all give None, after the same query and fingerprint, without parsing any
    document. A revoked one is returned (its result says revoked; no downloads).
    """
    row = read_code(runtime.engine, code, lang, document=not lang)
    now = runtime.clock()
    trusted = runtime.trusted_issuers() | row.trusted
    digest = cache.fingerprint(runtime.did_document(), trusted, row.lists)
    if row.id is None or row.outcome != CERTIFIED or row.session_status != PUBLISHED:
        return None
    page = None
    if (
        row.page_key is not None
        and row.page_html is not None
        and row.result is not None
        and cache.usable(row.kept_entry(), digest, now)
        and row.page_key == keptpages.page_key(row.result, row.revoked_at is None, lang)
    ):
        page = row.page_html
    return Lookup(code, row.id, row, now, page)


def complete(runtime: Runtime, found: Lookup) -> CodeVerification:
    """The verification of the certificate ``found``: its kept result when that stands (with
    the trust list read again, as :func:`verify_options` reads it), else verified now and
    kept for the next look-up."""
    row, now = found.row, found.now
    lists = row.lists
    did_document = runtime.did_document()  # before the options read it (see fast_options)
    opts = verify_options(runtime, now=now)  # the trust list as it stands now
    digest = cache.fingerprint(did_document, opts.trusted_issuers, lists)
    stored = row.document
    if stored is None:  # the page's query: read now, as a page is rendered
        with runtime.engine.connect() as conn:
            stored = conn.execute(_DOCUMENT, {"id": found.credential_id}).scalar_one()
    document = dict(msgspec.json.decode(stored))
    downloads = row.revoked_at is None

    def made(result: VerificationResult, cached: bool, kept: str | None) -> CodeVerification:
        return CodeVerification(
            found.code, found.credential_id, document, result, downloads, cached, kept
        )

    if row.result is not None and cache.usable(row.kept_entry(), digest, now):
        return made(cache.from_text(row.result, now), True, row.result)
    key_set = cache.did_fingerprint(did_document)
    result, read = _verify_with(runtime, opts, key_set, document, lists)
    if read is None:
        return made(result, False, None)
    until = cache.fresh_until(now, [document, *read])
    try:
        with transaction(runtime.sessions) as session:
            cache.store(session, found.credential_id, digest, now, until, result)
    except OperationalError:
        return made(result, False, None)  # a busy database: the result stands, not kept
    return made(result, False, cache.to_text(result))


def certificate_verdict(runtime: Runtime, code: str) -> CodeVerification | None:
    """The public certificate of ``code`` and its verification now (:func:`look_up` then
    :func:`complete`), or None. A revoked one is returned (``downloads`` false)."""
    found = look_up(runtime, code)
    return None if found is None else complete(runtime, found)


def _verify_with(
    runtime: Runtime,
    opts: VerifyOptions,
    key_set: str,
    document: Mapping[str, Any],
    lists: Mapping[str, str | None],
) -> tuple[VerificationResult, list[Mapping[str, Any]] | None]:
    """The verification of ``document`` reading its status lists from ``lists`` (signed
    documents by list id), and the list documents it read; None instead of them when it
    needed a list outside ``lists`` (the result then depends on more than the fingerprint,
    so it is not kept)."""
    read: list[Mapping[str, Any]] = []
    elsewhere: list[str] = []
    local = with_local_lists(runtime, opts, key_set, lists, read, elsewhere)
    result = verify_credential(document, local)
    return result, None if elsewhere else read
