"""The trust list (service, JSON API, page, CLI; every change audited) and the verification
of another trusted issuer's credential: its did:web document and status list fetched over
HTTPS from a local server, cached in the database for every process; undetermined status
is never "verified"; an untrusted issuer's documents are never fetched."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime, add_account, client_for, session_headers
from click.testing import CliRunner
from litestar.testing import TestClient
from sqlalchemy import select
from trust_helpers import (
    IssuerServer,
    Route,
    issuer_server,
    loopback_fetcher,
    other_credential,
    other_did_document,
    other_list,
)

from certinum.accounts.area import AccountsArea
from certinum.accounts.sessions import csrf_token
from certinum.cli import cli
from certinum.models import AuditEvent
from certinum.runtime import Runtime
from certinum.trust.remote import CACHE_TTL, use_fetcher
from certinum.trust.service import (
    TrustRefused,
    UnknownTrustedIssuer,
    add_issuer,
    list_issuers,
    remove_issuer,
    trusted_ids,
)
from certinum.verification.service import verify
from keys import multikey_from_public_key
from verifier.verify import VerificationResult

OWN = "did:web:certinum.example"
OTHER_KEY_ISSUER = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"


def _audit(runtime: Runtime) -> list[tuple[str, str, str]]:
    with runtime.sessions() as session:
        rows = session.scalars(
            select(AuditEvent).where(AuditEvent.action.like("trust.%")).order_by(AuditEvent.id)
        ).all()
        return [(r.action, r.actor, r.target) for r in rows]


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def runtime(service_env: dict[str, str], clock: Clock) -> Iterator[Runtime]:
    with accounts_runtime(service_env, clock) as rt:
        yield rt


def test_the_list_holds_the_service_then_the_added_issuers_audited(runtime: Runtime) -> None:
    (own,) = list_issuers(runtime)
    assert (own.issuer, own.name, own.builtin) == (OWN, "Certinum", True)
    entry = add_issuer(runtime, f" {OTHER_KEY_ISSUER} ", "Autre", actor="admin@x", reason="MoU")
    assert entry.id is not None and entry.issuer == OTHER_KEY_ISSUER
    assert [e.issuer for e in list_issuers(runtime)] == [OWN, OTHER_KEY_ISSUER]
    assert trusted_ids(runtime) == {OWN, OTHER_KEY_ISSUER}
    removed = remove_issuer(runtime, entry.id, actor="admin@x", reason="ended")
    assert removed.issuer == OTHER_KEY_ISSUER and trusted_ids(runtime) == {OWN}
    assert _audit(runtime) == [
        ("trust.add", "admin@x", OTHER_KEY_ISSUER),
        ("trust.remove", "admin@x", OTHER_KEY_ISSUER),
    ]


@pytest.mark.parametrize(
    ("issuer", "name", "code"),
    [
        ("https://other.example", "X", "bad-issuer"),
        ("did:example:123", "X", "bad-issuer"),
        ("did:web:10.0.0.1", "X", "bad-issuer"),
        ("did:web:other.example#key-1", "X", "bad-issuer"),
        ("", "X", "bad-issuer"),
        ("did:web:other.example", "  ", "bad-name"),
        ("did:web:other.example", "n" * 201, "bad-name"),
        (OWN, "Certinum", "already-trusted"),
    ],
)
def test_unusable_changes_are_refused(runtime: Runtime, issuer: str, name: str, code: str) -> None:
    with pytest.raises(TrustRefused) as caught:
        add_issuer(runtime, issuer, name, actor="t")
    assert caught.value.code == code
    assert _audit(runtime) == []


def test_an_issuer_is_added_once_and_unknown_ids_are_refused(runtime: Runtime) -> None:
    add_issuer(runtime, "did:web:other.example", "Autre", actor="t")
    with pytest.raises(TrustRefused) as caught:
        add_issuer(runtime, "did:web:other.example", "Encore", actor="t")
    assert caught.value.code == "already-trusted"
    with pytest.raises(UnknownTrustedIssuer):
        remove_issuer(runtime, 999, actor="t")


# --- the JSON API and the page --------------------------------------------------------------


@pytest.fixture
def area(runtime: Runtime) -> AccountsArea:
    return AccountsArea.open(runtime)


@pytest.fixture
def client(area: AccountsArea) -> Iterator[TestClient[Any]]:
    with client_for(area) as test_client:
        yield test_client


def _account_id(runtime: Runtime, login: str) -> int:
    from certinum.accounts.tables import Account

    with runtime.sessions() as session:
        return int(session.scalar(select(Account.id).where(Account.login == login)) or 0)


def _admin(area: AccountsArea, client: TestClient[Any]) -> dict[str, str]:
    cookies, headers = session_headers(
        area, add_account(area, "admin@example.org", ("authority_admin", ""))
    )
    client.cookies.update(cookies)
    return headers


def test_the_json_api(area: AccountsArea, client: TestClient[Any]) -> None:
    headers = _admin(area, client)
    body = {"issuer": "did:web:other.example", "name": "Autre autorité", "reason": "accord"}
    added = client.post("/api/trust/issuers", json=body, headers=headers)
    assert added.status_code == 201, added.text
    entry_id = added.json()["id"]
    listed = client.get("/api/trust/issuers").json()["issuers"]
    assert [(e["issuer"], e["builtin"]) for e in listed] == [
        (OWN, True), ("did:web:other.example", False),
    ]  # fmt: skip
    again = client.post("/api/trust/issuers", json=body, headers=headers)
    assert again.status_code == 422
    assert again.headers["content-type"].startswith("application/problem+json")
    assert again.json()["type"].endswith("/already-trusted")
    bad = client.post("/api/trust/issuers", json={**body, "issuer": "nope"}, headers=headers)
    assert bad.status_code == 422 and bad.json()["type"].endswith("/bad-issuer")
    assert client.post("/api/trust/issuers", json={"issuer": 3}, headers=headers).status_code == 400
    gone = client.delete(f"/api/trust/issuers/{entry_id}?reason=fin", headers=headers)
    assert gone.status_code == 200 and gone.json()["removed"]["issuer"] == "did:web:other.example"
    missing = client.delete(f"/api/trust/issuers/{entry_id}", headers=headers)
    assert missing.status_code == 404
    assert missing.headers["content-type"].startswith("application/problem+json")
    actor = f"account:{_account_id(area.runtime, 'admin@example.org')}"
    assert _audit(area.runtime) == [
        ("trust.add", actor, "did:web:other.example"),
        ("trust.remove", actor, "did:web:other.example"),
    ]


def test_the_admin_page_lists_adds_and_removes(area: AccountsArea, client: TestClient[Any]) -> None:
    _admin(area, client)
    session_id = client.cookies["certinum_session"]
    csrf = csrf_token(session_id)
    shown = client.get("/admin/trust?lang=en")
    assert shown.status_code == 200 and "Trusted issuers" in shown.text and OWN in shown.text
    assert "Built in (this service)" in shown.text and f'value="{csrf}"' in shown.text
    french = client.get("/admin/trust?lang=fr")
    assert "Émetteurs de confiance" in french.text
    no_token = client.post("/admin/trust", data={"issuer": "did:web:a.example", "name": "A"})
    assert no_token.status_code == 403
    form = {"csrf_token": csrf, "issuer": "did:web:a.example", "name": "Autorité <A>"}
    added = client.post("/admin/trust?lang=en", data=form, follow_redirects=False)
    assert added.status_code == 303 and added.headers["location"] == "/admin/trust?notice=added"
    listing = client.get("/admin/trust?notice=added&lang=en")
    assert "did:web:a.example" in listing.text and "Autorité &lt;A&gt;" in listing.text
    assert "The issuer is added to the trust list." in listing.text
    twice = client.post("/admin/trust?lang=en", data=form)
    assert twice.status_code == 409 and "already on the trust list" in twice.text
    bad = client.post("/admin/trust?lang=en", data={**form, "issuer": "x"})
    assert bad.status_code == 422 and 'aria-invalid="true"' in bad.text
    entry_id = next(e.id for e in list_issuers(area.runtime) if e.issuer == "did:web:a.example")
    removed = client.post(
        f"/admin/trust/{entry_id}/remove", data={"csrf_token": csrf}, follow_redirects=False
    )
    assert removed.status_code == 303
    assert "did:web:a.example" not in client.get("/admin/trust").text
    again = client.post(f"/admin/trust/{entry_id}/remove?lang=en", data={"csrf_token": csrf})
    assert again.status_code == 404 and "not on the trust list" in again.text
    assert [a[0] for a in _audit(area.runtime)] == ["trust.add", "trust.remove"]


def test_other_accounts_cannot_open_the_page(area: AccountsArea, client: TestClient[Any]) -> None:
    anonymous = client.get("/admin/trust")
    assert anonymous.status_code == 401
    cookies, _ = session_headers(area, add_account(area, "jury@example.org", ("jury", "")))
    client.cookies.update(cookies)
    assert client.get("/admin/trust").status_code == 403
    assert client.get("/api/trust/issuers").status_code == 403


def test_the_cli(service_env: dict[str, str]) -> None:
    runner = CliRunner()

    def run(*args: str) -> Any:
        return runner.invoke(cli, list(args), env=service_env, catch_exceptions=False)

    added = run("trust", "add", "did:web:other.example", "--name", "Autre", "--reason", "accord")
    assert added.exit_code == 0, added.output
    assert "trusted issuer 1: did:web:other.example (Autre)" in added.output
    listed = run("trust", "list", "--json")
    assert [e["issuer"] for e in json.loads(listed.output)] == [OWN, "did:web:other.example"]
    assert "built-in" in run("trust", "list").output
    refused = run("trust", "add", "not-a-did", "--name", "X")
    assert refused.exit_code == 2 and "not a usable DID" in refused.output
    assert run("trust", "remove", "1").exit_code == 0
    missing = run("trust", "remove", "1")
    assert missing.exit_code == 2 and "no added trusted issuer 1" in missing.output


# --- verifying another issuer's credential ------------------------------------------------


LIST_PATH, BIG_PATH, SLOW_PATH = "/status/7", "/status/big", "/status/slow"


@pytest.fixture
def other(tmp_path: Path) -> Iterator[IssuerServer]:
    with issuer_server(tmp_path) as server:
        did = server.did
        server.routes["/.well-known/did.json"] = Route(json.dumps(other_did_document(did)).encode())
        server.routes[LIST_PATH] = Route(
            json.dumps(other_list(did, server.url(LIST_PATH), revoked=(12,))).encode()
        )
        server.routes[BIG_PATH] = Route(b'{"pad": "' + b"x" * 40_000 + b'"}')
        server.routes[SLOW_PATH] = Route(b"{}", delay=1.2)
        yield server


def _status(result: VerificationResult) -> tuple[str, str]:
    check = result.check("status")
    return check.status, check.code


def test_a_trusted_issuers_credential_is_verified_with_its_fetched_cached_list(
    runtime: Runtime, service_env: dict[str, str], clock: Clock, other: IssuerServer
) -> None:
    use_fetcher(runtime, loopback_fetcher(other, max_bytes=20_000, timeout=0.6))
    credential = other_credential(other.did, other.url(LIST_PATH), 5)
    untrusted = verify(runtime, credential)
    assert not untrusted.verified and untrusted.check("proof").code == "ISSUER_NOT_TRUSTED"
    assert other.hits == {}  # an untrusted did:web is never fetched
    add_issuer(runtime, other.did, "Autre autorité", actor="t")
    result = verify(runtime, credential)
    assert result.verified and result.trusted and result.issuer_standing == "trusted", result
    assert _status(result) == ("passed", "")
    assert other.hits == {"/.well-known/did.json": 1, LIST_PATH: 1}
    again = verify(runtime, other_credential(other.did, other.url(LIST_PATH), 12))
    assert again.revoked and _status(again) == ("failed", "REVOKED")
    assert other.hits == {"/.well-known/did.json": 1, LIST_PATH: 1}  # from the cache
    # Another process (another runtime on the same database) shares the cache.
    with accounts_runtime(service_env, clock) as second:
        use_fetcher(second, loopback_fetcher(other))
        assert verify(second, credential).verified
    assert other.hits == {"/.well-known/did.json": 1, LIST_PATH: 1}
    clock.advance(seconds=CACHE_TTL.total_seconds() + 1)
    assert verify(runtime, credential).verified
    assert other.hits == {"/.well-known/did.json": 2, LIST_PATH: 2}


@pytest.mark.parametrize(("path", "reason"), [(BIG_PATH, "larger than"), (SLOW_PATH, "in time")])
def test_a_list_that_cannot_be_read_leaves_the_status_undetermined(
    runtime: Runtime, other: IssuerServer, path: str, reason: str
) -> None:
    use_fetcher(runtime, loopback_fetcher(other, max_bytes=20_000, timeout=0.6))
    add_issuer(runtime, other.did, "Autre autorité", actor="t")
    result = verify(runtime, other_credential(other.did, other.url(path), 5))
    assert not result.verified and result.issuer_standing == "not-verified"
    assert _status(result) == ("failed", "STATUS_UNKNOWN")
    assert reason in result.check("status").message
    assert result.check("proof").passed  # the signature itself is fine
    # The failure is cached for a short while: the next verification does not wait again.
    hits = other.hits[path]
    assert _status(verify(runtime, other_credential(other.did, other.url(path), 5)))[1] == (
        "STATUS_UNKNOWN"
    )
    assert other.hits[path] == hits


def test_an_untrusted_issuers_list_is_never_fetched(runtime: Runtime, other: IssuerServer) -> None:
    from failure_setup import public_key

    seed = bytes(range(7, 39))
    did = f"did:key:{multikey_from_public_key(public_key(seed))}"
    use_fetcher(runtime, loopback_fetcher(other))
    credential = other_credential(did, other.url(LIST_PATH), 5, seed=seed)
    result = verify(runtime, credential)
    assert result.check("proof").passed and not result.trusted
    assert _status(result) == ("failed", "STATUS_UNKNOWN") and not result.verified
    assert "not trusted" in result.check("status").message
    assert other.hits == {}
    # Without a status entry, a did:key credential from anyone verifies, as unknown issuer.
    plain = other_credential(did, other.url(LIST_PATH), 5, seed=seed)
    del plain["proof"], plain["credentialStatus"]
    from failure_setup import signed

    unknown = verify(runtime, signed(plain, seed=seed, did=did))
    assert unknown.verified and unknown.issuer_standing == "unknown-issuer"
    assert other.hits == {}


def test_contexts_are_never_fetched_even_for_a_trusted_issuer(
    runtime: Runtime, other: IssuerServer
) -> None:
    """A context URL that is not bundled is refused, not fetched, whoever the issuer is (the
    project's signer refuses it too, so it is added after signing: the check comes first)."""
    context_path = "/contexts/extra.jsonld"
    other.routes[context_path] = Route(json.dumps({"@context": {"x": "urn:x"}}).encode())
    use_fetcher(runtime, loopback_fetcher(other))
    add_issuer(runtime, other.did, "Autre autorité", actor="t")
    credential = other_credential(other.did, other.url(LIST_PATH), 5)
    credential["@context"] = [*credential["@context"], other.url(context_path)]
    result = verify(runtime, credential)
    assert not result.verified
    assert result.check("contexts_allowed").code == "CONTEXT_NOT_ALLOWED"
    assert result.check("proof").message == "not reached"
    assert other.hits == {}  # neither the context nor anything else was asked for
    assert other.url(context_path) not in runtime.loader.urls


def test_nothing_is_fetched_for_a_credential_its_issuer_did_not_sign(
    runtime: Runtime, other: IssuerServer
) -> None:
    """A stranger's key, a trusted issuer's name: the status list is not asked for."""
    from failure_setup import public_key, signed

    seed = bytes(range(9, 41))
    stranger = f"did:key:{multikey_from_public_key(public_key(seed))}"
    use_fetcher(runtime, loopback_fetcher(other))
    add_issuer(runtime, other.did, "Autre autorité", actor="t")
    unsigned = other_credential(other.did, other.url("/status/elsewhere"), 5)
    del unsigned["proof"]
    result = verify(runtime, signed(unsigned, seed=seed, did=stranger))
    assert result.check("proof").passed and not result.verified
    assert result.check("issuer_controls_key").code == "ISSUER_NOT_CONTROLLER"
    assert _status(result) == ("failed", "STATUS_UNKNOWN")
    assert "did not sign it" in result.check("status").message
    assert "/status/elsewhere" not in other.hits


def test_the_built_in_entries_are_named(service_env: dict[str, str], clock: Clock) -> None:
    with accounts_runtime(
        service_env, clock, CERTINUM_TRUSTED_ISSUERS="did:web:partner.example"
    ) as runtime:
        from certinum.issuerkeys.instances import create_instance

        instance = create_instance(runtime, "lycees", actor="t")
        entries = [(e.issuer, e.name, e.builtin) for e in list_issuers(runtime)]
    assert entries == [
        (OWN, "Certinum", True),
        (instance.did, "Certinum (lycees)", True),
        ("did:web:partner.example", "CERTINUM_TRUSTED_ISSUERS", True),
    ]
