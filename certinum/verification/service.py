"""Verification with the service's trust list, DID document and stored status lists.

A status list of this service is read from the database as it was signed when its bits last
changed; verifying never decrypts the issuer key. Lists of other issuers are not fetched.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from certinum.db import transaction
from certinum.issuance.statuslists import signed_list
from certinum.models import IssuedCredential, StatusList
from certinum.runtime import Runtime
from certinum.verification import cache
from certinum.verification.tables import VerificationCacheEntry
from verifier.presentation import PresentationOptions, PresentationResult, verify_presentation
from verifier.resolution import key_resolver
from verifier.verify import VerificationResult, VerifyOptions, verify_credential


def verify_options(runtime: Runtime, *, now: datetime | None = None) -> VerifyOptions:
    """The service's loader, trust list, DID document and stored status lists, at ``now``."""
    prefix = f"{runtime.settings.base_url}/status/"

    def status_list_for(url: str) -> Mapping[str, Any] | None:
        if url.startswith(prefix):
            return signed_list(runtime, url.removeprefix(prefix))
        return None

    settings = runtime.settings
    return VerifyOptions(
        loader=runtime.loader,
        resolve_key=key_resolver({settings.did: runtime.did_document()}),
        now=now or runtime.clock(),
        trusted_issuers=runtime.trusted_issuers(),
        status_list_for=status_list_for,
    )


def verify(
    runtime: Runtime, credential: Mapping[str, Any], *, now: datetime | None = None
) -> VerificationResult:
    """Every named check of ``credential`` at ``now`` (default: the runtime's clock)."""
    return verify_credential(credential, verify_options(runtime, now=now))


def verify_vp(
    runtime: Runtime,
    presentation: Mapping[str, Any],
    *,
    challenge: str | None = None,
    domain: str | None = None,
) -> PresentationResult:
    """Every named check of ``presentation`` and of each credential in it.

    A presentation without a proof is accepted when no ``challenge`` or ``domain`` is asked
    for (VC API: a verifier that asks for neither does not need the holder's proof).
    """
    opts = PresentationOptions(
        credential=verify_options(runtime),
        challenge=challenge,
        domain=domain,
        unsigned_allowed=challenge is None and domain is None,
    )
    return verify_presentation(presentation, opts)


def code_exists(runtime: Runtime, code: str) -> bool:
    with runtime.sessions() as session:
        query = select(IssuedCredential.id).where(IssuedCredential.verification_code == code)
        return session.scalar(query) is not None


def credential_by_code(runtime: Runtime, code: str) -> dict[str, Any] | None:
    with runtime.sessions() as session:
        row = session.scalar(
            select(IssuedCredential).where(IssuedCredential.verification_code == code)
        )
        return None if row is None else dict(json.loads(row.document))


@dataclass(frozen=True, slots=True)
class CodeVerification:
    """The credential stored under a verification code and its verification now.

    ``cached``: the result was read from ``verification_cache`` rather than computed.
    """

    code: str
    credential_id: str
    document: dict[str, Any]
    result: VerificationResult
    cached: bool


def certificate_verdict(runtime: Runtime, code: str) -> CodeVerification | None:
    """The credential of ``code`` (canonical form, see :func:`issuer.codes.try_normalize_code`)
    and its verification, or None for a code no credential has.

    Two reads: the credential with its kept result, and the signed status lists it names.
    The kept result stands when nothing it was computed from has changed
    (:mod:`certinum.verification.cache`); otherwise the credential is verified against the
    lists just read and the result is kept for the next look-up. An unknown code runs the
    same two queries and the same fingerprint, so it is not answered faster than a known one.
    """
    t = IssuedCredential
    with runtime.sessions() as session:
        row = session.execute(
            select(
                t.id,
                t.document,
                t.status_list_id,
                t.suspension_list_id,
                t.message_list_id,
                *cache.entry_columns(),
            )
            .outerjoin(VerificationCacheEntry, VerificationCacheEntry.credential_id == t.id)
            .where(t.verification_code == code)
        ).first()
        ids = [] if row is None else [i for i in row[2:5] if i is not None]
        found = session.execute(
            select(StatusList.id, StatusList.signed_document).where(StatusList.id.in_(ids))
        )
        lists: dict[str, str | None] = {r[0]: r[1] for r in found}
    now = runtime.clock()
    did_document, trusted = runtime.did_document(), runtime.trusted_issuers()
    digest = cache.fingerprint(did_document, trusted, lists)
    if row is None:
        return None
    document = dict(json.loads(row.document))
    entry = None if row.fingerprint is None else row._mapping
    if cache.usable(entry, digest, now):
        result = cache.from_text(row.result, now)
        return CodeVerification(code, row.id, document, result, cached=True)
    result, read = _verify_with(runtime, document, lists, now)
    if read is not None:
        until = cache.fresh_until(now, [document, *read])
        try:
            with transaction(runtime.sessions) as session:
                cache.store(session, row.id, digest, now, until, result)
        except OperationalError:
            pass  # a busy database: the result stands, it is just not kept this time
    return CodeVerification(code, row.id, document, result, cached=False)


def _verify_with(
    runtime: Runtime, document: Mapping[str, Any], lists: Mapping[str, str | None], now: datetime
) -> tuple[VerificationResult, list[Mapping[str, Any]] | None]:
    """The verification of ``document`` reading its status lists from ``lists`` (signed
    documents by list id), and the list documents it read; None instead of them when it
    needed a list outside ``lists`` (the result then depends on more than the fingerprint,
    so it is not kept)."""
    prefix = f"{runtime.settings.base_url}/status/"
    read: list[Mapping[str, Any]] | None = []

    def status_list_for(url: str) -> Mapping[str, Any] | None:
        nonlocal read
        list_id = url.removeprefix(prefix) if url.startswith(prefix) else None
        if list_id is None or list_id not in lists:
            read = None
            return signed_list(runtime, list_id) if list_id is not None else None
        signed = lists[list_id]
        found = None if signed is None else dict(json.loads(signed))
        if read is not None and found is not None:
            read.append(found)
        return found

    opts = replace(verify_options(runtime, now=now), status_list_for=status_list_for)
    return verify_credential(document, opts), read
