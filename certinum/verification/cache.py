"""Verification results kept in the database for the code page (``verification_cache``).

A credential's verification depends on the credential (stored, never changed), the issuer's
DID document, the trust list, the signed status lists it names, and the clock. The result is
stored with a fingerprint of the first four (SHA-256 over the DID document, the trusted
issuers, and each status list's id and signed document) and is reused only while that
fingerprint is unchanged and the clock has crossed no date the result depends on
(``validFrom``/``validUntil`` of the credential and of its lists, within the clock skew, and
at most :data:`MAX_AGE` after it was computed). A revocation or suspension re-signs the list,
a key rotation or revocation changes the DID document, a re-signing changes the list's proof:
each changes the fingerprint, so the next look-up verifies again. Every service process reads
the same table, so none of them keeps an answer another has invalidated.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

import msgspec
from sqlalchemy.orm import Session

from certinum.db import upsert
from certinum.runtime import utc
from certinum.verification.tables import VerificationCacheEntry
from verifier.verify import DEFAULT_CLOCK_SKEW, Check, VerificationResult, parse_datetime

#: A kept result is verified again at least this often, even when nothing changed.
MAX_AGE = timedelta(hours=1)
_STARTS = ("validFrom", "issuanceDate")
_ENDS = ("validUntil", "expirationDate")

# The last DID document seen and its digest (the runtime hands the same object until the
# keyring index changes on disk); one slot, replaced whole, so threads never see half of it.
_did_memo: list[tuple[Mapping[str, Any], str]] = []


def did_fingerprint(document: Mapping[str, Any]) -> str:
    """SHA-256 of the DID document; computed again only when the runtime hands a new one."""
    memo = _did_memo[-1] if _did_memo else None
    if memo is not None and memo[0] is document:
        return memo[1]
    digest = hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()
    _did_memo[:] = [(document, digest)]
    return digest


def fingerprint(
    did_document: Mapping[str, Any], trusted: Iterable[str], lists: Mapping[str, str | None]
) -> str:
    """What a verification read, in one digest: the DID document, the trusted issuers and
    each status list's id with its signed document (``None``: not signed, or absent)."""
    h = hashlib.sha256(did_fingerprint(did_document).encode())
    for issuer in sorted(trusted):
        h.update(b"\x00t" + issuer.encode())
    for list_id in sorted(lists):
        signed = lists[list_id]
        h.update(b"\x00l" + list_id.encode() + b"\x00")
        h.update(b"-" if signed is None else hashlib.sha256(signed.encode()).digest())
    return h.hexdigest()


def fresh_until(
    now: datetime, documents: Iterable[Mapping[str, Any]], skew: timedelta = DEFAULT_CLOCK_SKEW
) -> datetime:
    """The first moment after ``now`` at which a validity check of ``documents`` could
    change its outcome, and at most ``now + MAX_AGE``: a start date, and the same minus
    ``skew`` (credentials are checked with the clock skew, status lists without); an end
    date, and the same plus ``skew``."""
    end = now + MAX_AGE
    for doc in documents:
        for keys, sign in ((_STARTS, -1), (_ENDS, 1)):
            for key in keys:
                moment = parse_datetime(doc.get(key))
                if moment is None:
                    continue
                for edge in (moment, moment + sign * skew):
                    if now < edge < end:
                        end = edge
    return end


def to_text(result: VerificationResult) -> str:
    return json.dumps(
        {
            "verified": result.verified,
            "trusted": result.trusted,
            "revoked": result.revoked,
            "issuer": result.issuer,
            "credentialId": result.credential_id,
            "verificationMethod": result.verification_method,
            "checks": [[c.name, c.status, c.message, c.code] for c in result.checks],
        },
        ensure_ascii=False,
    )


def from_text(text: str, now: datetime) -> VerificationResult:
    """The stored result; a passed validity check says it holds at ``now`` (it does: the
    entry is fresh, so no validity date lies between its computation and ``now``)."""
    raw = msgspec.json.decode(text)
    checks = tuple(Check(n, s, m, c) for n, s, m, c in raw["checks"])
    checks = tuple(
        replace(c, message=f"valid at {now.astimezone(UTC).isoformat()}")
        if c.name == "validity_period" and c.status == "passed"
        else c
        for c in checks
    )
    return VerificationResult(
        verified=bool(raw["verified"]),
        trusted=bool(raw["trusted"]),
        checks=checks,
        issuer=raw["issuer"],
        credential_id=raw["credentialId"],
        verification_method=raw["verificationMethod"],
        revoked=bool(raw["revoked"]),
    )


def usable(entry: Mapping[Any, Any] | None, digest: str, now: datetime) -> bool:
    """Whether a stored entry (``fingerprint``, ``computed_at``, ``fresh_until``) may stand
    for a verification at ``now`` under ``digest``."""
    if entry is None or entry["fingerprint"] != digest:
        return False
    return bool(utc(entry["computed_at"]) <= now < utc(entry["fresh_until"]))


def store(
    session: Session,
    credential_id: str,
    digest: str,
    now: datetime,
    until: datetime,
    result: VerificationResult,
) -> None:
    """Insert or replace the entry of ``credential_id`` (the last writer wins: two processes
    that verified at once computed under fingerprints that were both current)."""
    values = {
        "credential_id": credential_id,
        "fingerprint": digest,
        "computed_at": now,
        "fresh_until": until,
        "result": to_text(result),
    }
    upsert(session, VerificationCacheEntry, values, ["credential_id"])


def entry_columns() -> tuple[Any, ...]:
    """The columns of an entry that :func:`usable` reads, for a query's outer join."""
    t = VerificationCacheEntry
    return (t.fingerprint, t.computed_at, t.fresh_until, t.result)
