"""The code page's kept verification results (``verification_cache``), on both databases.

A result is reused only while nothing it was computed from changed: a revocation, a key
rotation or revocation, a re-signed list, a validity date crossed, or its age all make the
next look-up verify again, whichever service process made the change.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from certificates import NOW, certificate
from issuance_jobs_helpers import issued_rows, result_ids, run_jobs, synthetic_session
from sqlalchemy import select, update

from certinum.certification.review_tables import CANCELLED, PublishedResult
from certinum.issuance.jobs import enqueue
from certinum.issuance.service import issue
from certinum.issuance.status import update_status
from certinum.issuance.statuslists import resign
from certinum.issuerkeys.instances import create_instance
from certinum.issuerkeys.service import revoke_key, rotate_key
from certinum.runtime import Runtime
from certinum.settings import Settings
from certinum.verification import cache
from certinum.verification.codepage import certificate_verdict
from certinum.verification.locallists import ListMemo, read_text
from certinum.verification.service import verify, verify_options
from certinum.verification.tables import VerificationCacheEntry
from verifier.verify import verify_credential

CODE = "P-7KQ2MXRB"


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture
def runtime(service_env: dict[str, str], clock: Clock) -> Iterator[Runtime]:
    svc = Runtime.open(Settings.from_env(service_env), clock=clock)
    yield svc
    svc.close()


def _issue(runtime: Runtime, code: str = CODE, seed: int = 1, **kw: Any) -> dict[str, Any]:
    """A credential with ``code`` stating a published, certified result (the public rule)."""
    session_id = synthetic_session(runtime, 1, seed=seed)
    [(result_id, _)] = result_ids(runtime, session_id).values()
    doc = certificate(runtime.settings.did, runtime.settings.base_url, seed=seed, **kw)
    return issue(runtime, doc, actor="test", verification_code=code, result_id=result_id)


def _entries(runtime: Runtime) -> list[VerificationCacheEntry]:
    with runtime.sessions() as db:
        return list(db.scalars(select(VerificationCacheEntry)))


def test_second_lookup_reads_the_kept_result(runtime: Runtime) -> None:
    signed = _issue(runtime)
    first = certificate_verdict(runtime, CODE)
    assert first is not None and not first.cached
    assert first.result.verified and first.result.trusted and not first.result.revoked
    assert first.document == signed and first.credential_id == signed["id"]
    [entry] = _entries(runtime)
    assert entry.credential_id == signed["id"]
    second = certificate_verdict(runtime, CODE)
    assert second is not None and second.cached
    assert second.result == first.result
    assert second.result == verify(runtime, signed)


def test_unknown_code_is_none_and_keeps_nothing(runtime: Runtime) -> None:
    _issue(runtime)
    assert certificate_verdict(runtime, "P-2222BBBB") is None
    assert _entries(runtime) == []


def test_revocation_invalidates_the_kept_result(runtime: Runtime) -> None:
    signed = _issue(runtime)
    assert certificate_verdict(runtime, CODE).result.verified  # type: ignore[union-attr]
    update_status(runtime, signed["id"], purpose="revocation", value=True, actor="t", reason="r")
    after = certificate_verdict(runtime, CODE)
    assert after is not None and not after.cached
    assert after.result.revoked and not after.result.verified
    assert after.result.check("status").code == "REVOKED"
    again = certificate_verdict(runtime, CODE)
    assert again is not None and again.cached and again.result.revoked


def test_revocation_by_another_process_is_seen(service_env: dict[str, str], clock: Clock) -> None:
    """Two runtimes on one database stand for two service processes: what one kept is read
    by the other, and a revocation made by either is seen by both."""
    one = Runtime.open(Settings.from_env(service_env), clock=clock)
    two = Runtime.open(Settings.from_env(service_env), clock=clock, create_key=False)
    try:
        signed = _issue(one)
        assert certificate_verdict(one, CODE).result.verified  # type: ignore[union-attr]
        assert certificate_verdict(two, CODE).cached  # type: ignore[union-attr]
        update_status(two, signed["id"], purpose="revocation", value=True, actor="t", reason="r")
        seen = certificate_verdict(one, CODE)
        assert seen is not None and not seen.cached and seen.result.revoked
    finally:
        one.close()
        two.close()


def test_key_rotation_recomputes_and_still_verifies(runtime: Runtime) -> None:
    _issue(runtime)
    assert certificate_verdict(runtime, CODE).cached is False  # type: ignore[union-attr]
    rotate_key(runtime, actor="admin", reason="yearly")
    after = certificate_verdict(runtime, CODE)
    assert after is not None and not after.cached and after.result.verified


def test_key_revocation_invalidates_the_kept_result(runtime: Runtime) -> None:
    signed = _issue(runtime)
    assert certificate_verdict(runtime, CODE).result.verified  # type: ignore[union-attr]
    _, old_key = rotate_key(runtime, actor="admin", reason="leak")
    revoke_key(
        runtime, old_key.key_id, compromised_since=NOW - timedelta(days=1), actor="a", reason="l"
    )
    after = certificate_verdict(runtime, CODE)
    assert after is not None and not after.cached
    assert not after.result.verified and after.result.check("proof").status == "failed"
    assert after.result == verify(runtime, signed)


def test_a_resigned_list_recomputes(runtime: Runtime, clock: Clock) -> None:
    """Same bits, a new proof (created later): the list document changed, so did the result's
    inputs. (Re-signing at the same instant gives the very same document: Ed25519 is
    deterministic, and the kept result then rightly stands.)"""
    _issue(runtime)
    certificate_verdict(runtime, CODE)
    clock.now = NOW + timedelta(seconds=1)
    assert resign(runtime) >= 1
    after = certificate_verdict(runtime, CODE)
    assert after is not None and not after.cached and after.result.verified


def test_a_kept_result_expires_with_age(runtime: Runtime, clock: Clock) -> None:
    _issue(runtime)
    certificate_verdict(runtime, CODE)
    clock.now = NOW + cache.MAX_AGE - timedelta(seconds=1)
    kept = certificate_verdict(runtime, CODE)
    assert kept is not None and kept.cached
    assert kept.result.check("validity_period").message == f"valid at {clock.now.isoformat()}"
    clock.now = NOW + cache.MAX_AGE
    assert certificate_verdict(runtime, CODE).cached is False  # type: ignore[union-attr]


def test_a_clock_before_the_computation_recomputes(runtime: Runtime, clock: Clock) -> None:
    _issue(runtime)
    certificate_verdict(runtime, CODE)
    clock.now = NOW - timedelta(seconds=1)
    assert certificate_verdict(runtime, CODE).cached is False  # type: ignore[union-attr]


def test_validity_dates_bound_the_kept_result(runtime: Runtime, clock: Clock) -> None:
    """A credential checked before its validFrom (minus the clock skew) is not yet valid; the
    kept answer stops at that moment. Its status list (created at NOW, checked without the
    skew) is not valid before NOW: that answer stops at NOW, and then the credential is."""
    _issue(runtime)
    clock.now = NOW - timedelta(minutes=10)
    early = certificate_verdict(runtime, CODE)
    assert early is not None and not early.result.verified
    assert early.result.check("validity_period").code == "NOT_YET_VALID"
    [entry] = _entries(runtime)
    assert entry.fresh_until.replace(tzinfo=NOW.tzinfo) == NOW - timedelta(minutes=5)
    clock.now = NOW - timedelta(minutes=5)
    list_early = certificate_verdict(runtime, CODE)
    assert list_early is not None and not list_early.cached and not list_early.result.verified
    assert list_early.result.check("validity_period").passed
    assert list_early.result.check("status").status == "failed"
    [entry] = _entries(runtime)
    assert entry.fresh_until.replace(tzinfo=NOW.tzinfo) == NOW
    clock.now = NOW
    now_valid = certificate_verdict(runtime, CODE)
    assert now_valid is not None and not now_valid.cached and now_valid.result.verified


def test_a_tampered_fingerprint_is_not_trusted(runtime: Runtime) -> None:
    _issue(runtime)
    certificate_verdict(runtime, CODE)
    with runtime.sessions.begin() as db:
        db.execute(update(VerificationCacheEntry).values(fingerprint="0" * 64))
    assert certificate_verdict(runtime, CODE).cached is False  # type: ignore[union-attr]


def test_fingerprint_covers_each_input() -> None:
    did = {"id": "did:web:x", "assertionMethod": ["did:web:x#k1"]}
    base = cache.fingerprint(did, {"did:web:x"}, {"1": "signed"})
    assert base == cache.fingerprint(dict(did), {"did:web:x"}, {"1": "signed"})
    assert base != cache.fingerprint({**did, "assertionMethod": []}, {"did:web:x"}, {"1": "signed"})
    assert base != cache.fingerprint(did, {"did:web:x", "did:key:z"}, {"1": "signed"})
    assert base != cache.fingerprint(did, {"did:web:x"}, {"1": "signed again"})
    assert base != cache.fingerprint(did, {"did:web:x"}, {"2": "signed"})
    assert base != cache.fingerprint(did, {"did:web:x"}, {"1": None})


def test_fresh_until_stops_at_the_nearest_date() -> None:
    skew = timedelta(minutes=5)
    now = NOW
    assert cache.fresh_until(now, [{}]) == now + cache.MAX_AGE
    ends = {"validUntil": (now + timedelta(minutes=20)).isoformat()}
    assert cache.fresh_until(now, [ends], skew) == now + timedelta(minutes=20)
    ended = {"validUntil": (now - timedelta(minutes=2)).isoformat()}  # expired after the skew
    assert cache.fresh_until(now, [ended], skew) == now + timedelta(minutes=3)
    starts = {"validFrom": (now + timedelta(minutes=20)).isoformat()}
    assert cache.fresh_until(now, [starts], skew) == now + timedelta(minutes=15)
    past = {"validFrom": (now - timedelta(days=3)).isoformat()}
    assert cache.fresh_until(now, [past], skew) == now + cache.MAX_AGE
    assert cache.fresh_until(now, [past, starts, ends], skew) == now + timedelta(minutes=15)


def test_a_published_certificate_offers_downloads_and_a_withdrawn_one_is_unknown(
    runtime: Runtime,
) -> None:
    session_id = synthetic_session(runtime, 3, seed=5)
    enqueue(runtime, session_id)
    assert run_jobs(runtime, session_id)["status"] == "done"
    first, second, third = sorted(issued_rows(runtime, session_id), key=lambda r: r.id)
    shown = certificate_verdict(runtime, str(first.verification_code))
    assert shown is not None and shown.downloads and shown.result.verified
    assert shown.credential_id == first.id
    update_status(runtime, second.id, purpose="revocation", value=True, actor="t", reason="r")
    revoked = certificate_verdict(runtime, str(second.verification_code))
    assert revoked is not None and not revoked.downloads and revoked.result.revoked
    with runtime.sessions.begin() as db:
        db.execute(
            update(PublishedResult)
            .where(PublishedResult.id == third.result_id)
            .values(outcome=CANCELLED)
        )
    assert certificate_verdict(runtime, str(third.verification_code)) is None


def test_a_credential_stating_no_published_result_is_unknown(runtime: Runtime) -> None:
    doc = certificate(runtime.settings.did, runtime.settings.base_url)
    issue(runtime, doc, actor="test", verification_code=CODE)  # the VC API, no result
    assert certificate_verdict(runtime, CODE) is None


def test_posted_verification_matches_the_plain_options(runtime: Runtime) -> None:
    """The fast path (lists read by one query, parsed once, their verification kept) gives
    the very results of :func:`verify_options`, through a revocation and a key revocation."""
    first, second = _issue(runtime), _issue(runtime, code="P-2222BBBB", seed=2)

    def same() -> None:
        for doc in (first, second):
            assert verify(runtime, doc) == verify_credential(doc, verify_options(runtime))

    same()
    update_status(runtime, second["id"], purpose="revocation", value=True, actor="t", reason="r")
    same()
    assert verify(runtime, second).revoked and verify(runtime, first).verified
    _, old_key = rotate_key(runtime, actor="admin", reason="leak")
    revoke_key(
        runtime, old_key.key_id, compromised_since=NOW - timedelta(days=1), actor="a", reason="l"
    )
    same()
    assert not verify(runtime, first).verified


def test_list_memo_keeps_a_result_per_text_key_set_and_time(runtime: Runtime) -> None:
    _issue(runtime)
    text = read_text(runtime, "1")
    assert text is not None
    memo = ListMemo(size=2)
    doc = memo.document(text)
    assert memo.document(text) is doc and doc == json.loads(text)
    opts = verify_options(runtime)
    check = memo.verifier("keys-1", opts.trusted_issuers)
    kept = check(doc, opts)
    assert kept.verified and check(doc, opts) is kept
    assert doc == json.loads(text)  # verification did not change the shared document
    assert memo.verifier("keys-2", opts.trusted_issuers)(doc, opts) is not kept
    assert memo.verifier("keys-1", frozenset())(doc, opts) is not kept
    assert check(dict(doc), opts) is not kept  # not a document of the memo: verified again
    later = replace(opts, now=opts.now + cache.MAX_AGE)
    assert check(doc, later) is not kept
    memo.document(text + " ")
    memo.document(text + "  ")
    assert memo.document(text) is not doc  # evicted beyond the size, parsed again


def test_a_trust_list_change_recomputes(runtime: Runtime) -> None:
    """The trust list is part of what a kept result was computed under: a new issuer instance
    (a did:key the service trusts) changes it, and the next look-up verifies again."""
    _issue(runtime)
    assert certificate_verdict(runtime, CODE).cached is False  # type: ignore[union-attr]
    assert certificate_verdict(runtime, CODE).cached is True  # type: ignore[union-attr]
    create_instance(runtime, "lycee-a", actor="admin")
    after = certificate_verdict(runtime, CODE)
    assert after is not None and not after.cached and after.result.trusted
