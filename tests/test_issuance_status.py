"""Status entries at issuance and after: allocation under concurrency, stored signed lists,
suspension, key revocation; on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest
from certificates import NOW, certificate
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.app import create_app
from certinum.errors import IssuanceRefused, StatusChangeRefused
from certinum.issuance.service import issue
from certinum.issuance.status import update_status
from certinum.issuance.statuslists import signed_list
from certinum.issuerkeys.service import revoke_key
from certinum.models import IssuedCredential, StatusList
from certinum.runtime import Runtime
from certinum.settings import Settings
from certinum.verification.service import verify

VC_V2 = "https://www.w3.org/ns/credentials/v2"


def _plain(holder: str = "did:example:holder") -> dict[str, Any]:
    return {
        "@context": [VC_V2],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": holder},
    }


def _certificate(runtime: Runtime, seed: int = 1) -> dict[str, Any]:
    return certificate(runtime.settings.did, runtime.settings.base_url, seed=seed)


class _NoKey(Exception):
    """Raised by the unlock secret in tests that must never touch the private key."""


def _forbid_the_private_key(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: Any, **_kwargs: Any) -> Any:
        raise _NoKey("the private key was used")

    monkeypatch.setattr(type(runtime), "unlock", property(refuse))
    monkeypatch.setattr(runtime.keyring, "signer", refuse)


def test_verifying_our_own_credential_never_touches_the_private_key(
    service: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = issue(service, _certificate(service), actor="test")
    revoked = issue(service, _certificate(service, 2), actor="test")
    update_status(service, revoked["id"], purpose="revocation", value=True, actor="t", reason="r")
    _forbid_the_private_key(service, monkeypatch)
    assert verify(service, kept, now=NOW).verified
    result = verify(service, revoked, now=NOW)
    assert not result.verified and result.check("status").code == "REVOKED"
    status_list = signed_list(service, "1")
    assert status_list is not None
    assert verify(service, status_list, now=NOW).verified
    with TestClient(create_app(runtime=service)) as client:
        served = client.get("/status/1")
        assert served.status_code == 200
        assert served.json() == status_list
        checked = client.post("/credentials/verify", json={"verifiableCredential": kept})
        assert checked.status_code == 200, checked.text


def test_lists_are_resigned_when_the_active_key_is_revoked(
    service: Runtime, service_env: dict[str, str]
) -> None:
    issue(service, _certificate(service), actor="test")
    old_key = service.keyring.active()
    # the CLI revokes the key in a process of its own, beside the running service
    admin = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW, create_key=False)
    try:
        _, _ = revoke_key(admin, old_key.key_id, compromised_since=NOW, actor="cli", reason="x")
    finally:
        admin.close()
    new_key = service.keyring.active()
    assert new_key.key_id != old_key.key_id
    status_list = signed_list(service, "1")
    assert status_list is not None
    assert status_list["proof"]["verificationMethod"].endswith(new_key.key_id)
    fresh = issue(service, _certificate(service, 3), actor="test")
    result = verify(service, fresh, now=NOW)
    assert result.verified, result.failed_checks


@pytest.fixture
def tiny_lists(service_env: dict[str, str]) -> Iterator[Runtime]:
    runtime = Runtime.open(Settings.from_env(service_env), clock=lambda: NOW, status_list_size=3)
    yield runtime
    runtime.close()


def test_concurrent_issuance_fills_lists_and_opens_new_ones(tiny_lists: Runtime) -> None:
    threads, per_thread = 4, 4
    errors: list[BaseException] = []
    issued: list[dict[str, Any]] = []
    lock = threading.Lock()

    def work() -> None:
        for _ in range(per_thread):
            try:
                signed = issue(tiny_lists, _plain(), actor="test")
            except BaseException as exc:
                errors.append(exc)
            else:
                with lock:
                    issued.append(signed)

    workers = [threading.Thread(target=work) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    assert len(issued) == threads * per_thread
    with tiny_lists.sessions() as session:
        rows = session.scalars(select(IssuedCredential)).all()
        lists = {row.id: row for row in session.scalars(select(StatusList)).all()}
    entries = [(r.status_list_id, r.status_index) for r in rows]
    assert len(set(entries)) == len(entries) == threads * per_thread
    per_list = Counter(list_id for list_id, _ in entries)
    assert all(lists[i].allocated == n <= 3 for i, n in per_list.items())
    assert len(lists) >= (threads * per_thread) // 3 + 1
    assert all(0 <= index < 3 for _, index in entries)
    assert all(row.signed_document is not None for row in lists.values())


def test_a_caller_status_is_refused(service: Runtime) -> None:
    doc = _plain()
    doc["credentialStatus"] = {
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "5",
        "statusListCredential": "https://elsewhere.example/status/1",
    }
    with pytest.raises(IssuanceRefused) as err:
        issue(service, doc, actor="test")
    assert err.value.code == "caller-status"
    with pytest.raises(IssuanceRefused) as err:
        issue(service, _plain(), options={"credentialStatus": None}, actor="test")
    assert err.value.code == "caller-status"


def test_suspension_entry_on_request_and_suspend_unsuspend(service: Runtime) -> None:
    wanted = {
        "credentialStatus": {"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}
    }
    signed = issue(service, _plain(), options=wanted, actor="test")
    purposes = [e["statusPurpose"] for e in signed["credentialStatus"]]
    assert purposes == ["revocation", "suspension"]
    assert verify(service, signed, now=NOW).verified

    def suspend(value: bool) -> bool:
        return update_status(
            service, signed["id"], purpose="suspension", value=value, actor="admin", reason="r"
        )

    assert suspend(True) and not suspend(True)
    result = verify(service, signed, now=NOW)
    assert not result.verified and not result.revoked
    assert result.check("status").code == "SUSPENDED"
    assert suspend(False)
    assert verify(service, signed, now=NOW).verified


def test_suspending_without_a_suspension_entry_is_refused(service: Runtime) -> None:
    signed = issue(service, _certificate(service), actor="test")
    with pytest.raises(StatusChangeRefused) as err:
        update_status(
            service, signed["id"], purpose="suspension", value=True, actor="a", reason="r"
        )
    assert err.value.code == "no-status-entry"


def test_an_open_badge_cannot_carry_a_second_status_entry(service: Runtime) -> None:
    wanted = {
        "credentialStatus": {"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}
    }
    with pytest.raises(IssuanceRefused) as err:
        issue(service, _certificate(service), options=wanted, actor="test")
    assert err.value.code == "ob-single-status"


def test_a_wallet_copy_shares_its_original_status(service: Runtime) -> None:
    original = issue(service, _certificate(service), actor="test")
    copy = issue(service, _plain("did:example:wallet"), actor="test", status_of=original["id"])
    assert copy["credentialStatus"] == original["credentialStatus"]
    update_status(service, original["id"], purpose="revocation", value=True, actor="a", reason="r")
    assert verify(service, copy, now=NOW).check("status").code == "REVOKED"


def test_a_status_list_is_served_with_caching_headers_and_a_changing_etag(
    service: Runtime,
) -> None:
    kept = issue(service, _certificate(service), actor="test")
    with TestClient(create_app(runtime=service)) as client:
        first = client.get("/status/1")
        assert first.status_code == 200
        assert first.headers["cache-control"] == "public, max-age=300"
        tag = first.headers["etag"]
        unchanged = client.get("/status/1", headers={"If-None-Match": tag})
        assert unchanged.status_code == 304 and unchanged.content == b""
        update_status(service, kept["id"], purpose="revocation", value=True, actor="t", reason="r")
        changed = client.get("/status/1", headers={"If-None-Match": tag})
        assert changed.status_code == 200 and changed.headers["etag"] != tag
        assert changed.json() == signed_list(service, "1")
