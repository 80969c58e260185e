"""The credential behind a verification code and its verification, for the code page and the
code API, in one database round trip.

One query reads the credential, whether it states a published certified result, its signed
status lists and its kept verification result (:mod:`certinum.verification.cache`). The kept
result stands when nothing it was computed from has changed; otherwise the credential is
verified against the lists just read, and the result is kept for the next look-up by any
service process. The fingerprint takes the trust list from :func:`verify_options` as it
stands at each look-up, so a change of the trust list is seen as a change of keys is. An
unknown code runs the same query and computes the same fingerprint.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import msgspec
from sqlalchemy import bindparam, select
from sqlalchemy.exc import OperationalError

from certinum.certification.review_tables import CERTIFIED, PublishedResult
from certinum.certification.tables import PUBLISHED, CertificationSession
from certinum.db import transaction
from certinum.models import IssuedCredential, StatusList
from certinum.runtime import Runtime
from certinum.verification import cache
from certinum.verification.locallists import with_local_lists
from certinum.verification.service import verify_options
from certinum.verification.tables import VerificationCacheEntry
from verifier.verify import VerificationResult, VerifyOptions, verify_credential


@dataclass(frozen=True, slots=True)
class CodeVerification:
    """The credential stored under a verification code and its verification now.

    ``downloads``: its PDF and credential may be offered (not revoked, as
    :func:`certinum.issuance.certificates.downloadable`).
    ``cached``: the result was read from ``verification_cache`` rather than computed.
    """

    code: str
    credential_id: str
    document: dict[str, Any]
    result: VerificationResult
    downloads: bool
    cached: bool


def _statement() -> Any:
    ic = IssuedCredential.__table__
    kept = VerificationCacheEntry.__table__
    pr, cs = PublishedResult.__table__, CertificationSession.__table__
    lists = [StatusList.__table__.alias(f"list_{k}") for k in range(3)]
    columns = (ic.c.status_list_id, ic.c.suspension_list_id, ic.c.message_list_id)
    joined = ic
    for alias, column in zip(lists, columns, strict=True):
        joined = joined.outerjoin(alias, alias.c.id == column)
    joined = (
        joined.outerjoin(pr, pr.c.id == ic.c.result_id)
        .outerjoin(cs, cs.c.id == pr.c.session_id)
        .outerjoin(kept, kept.c.credential_id == ic.c.id)
    )
    return (
        select(
            ic.c.id,
            ic.c.document,
            ic.c.revoked_at,
            ic.c.result_id,
            pr.c.outcome,
            cs.c.status,
            *(c for alias in lists for c in (alias.c.id, alias.c.signed_document)),
            kept.c.fingerprint,
            kept.c.computed_at,
            kept.c.fresh_until,
            kept.c.result,
        )
        .select_from(joined)
        .where(ic.c.verification_code == bindparam("code"))
    )


_LOOKUP = _statement()


def certificate_verdict(runtime: Runtime, code: str) -> CodeVerification | None:
    """The public certificate of ``code`` (canonical form, see
    :func:`issuer.codes.try_normalize_code`) and its verification now, or None.

    Only a published, certified result has a public certificate (the rule of
    :mod:`certinum.verification.lookup` and of the downloads): a code never issued, a
    credential sent to the VC API without a result, and a result no longer certified
    (cancelled) all give None, after the same query and fingerprint, without parsing any
    document; a public certificate also decodes its document and kept result. A revoked one
    is returned (its result says revoked; ``downloads`` is false).
    """
    with runtime.engine.connect() as conn:
        row = conn.execute(_LOOKUP, {"code": code}).first()
    lists: dict[str, str | None] = {}
    if row is not None:
        for k in range(3):
            list_id, signed = row[6 + 2 * k], row[7 + 2 * k]
            if list_id is not None:
                lists[list_id] = signed
    now = runtime.clock()
    did_document = runtime.did_document()  # before the options read it (see fast_options)
    opts = verify_options(runtime, now=now)  # the trust list as it stands now
    digest = cache.fingerprint(did_document, opts.trusted_issuers, lists)
    if row is None or row.outcome != CERTIFIED or row.status != PUBLISHED:
        return None
    document = dict(msgspec.json.decode(row.document))
    downloads = row.revoked_at is None

    def found(result: VerificationResult, cached: bool) -> CodeVerification:
        return CodeVerification(code, row.id, document, result, downloads, cached)

    entry = None if row.fingerprint is None else row._mapping
    if cache.usable(entry, digest, now):
        return found(cache.from_text(row.result, now), True)
    key_set = cache.did_fingerprint(did_document)
    result, read = _verify_with(runtime, opts, key_set, document, lists)
    if read is not None:
        until = cache.fresh_until(now, [document, *read])
        try:
            with transaction(runtime.sessions) as session:
                cache.store(session, row.id, digest, now, until, result)
        except OperationalError:
            pass  # a busy database: the result stands, it is just not kept this time
    return found(result, False)


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
