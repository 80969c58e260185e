"""OpenID4VCI 1.0 pre-authorized code flow, end to end in Python against the app.

A test holder (a PyNaCl key) makes proof JWTs; the flow goes offer -> token -> nonce ->
credential, and the issued copy is bound to the holder's did:key (or did:jwk for a bare JWK),
keeps the certificate's code and status index, and verifies. Each refusal gets its spec error
code, never a 5xx. SQLite and PostgreSQL.
"""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from accounts_helpers import Clock
from certification_helpers import as_account
from issuance_jobs_helpers import issued_rows, published_session, run_jobs
from litestar.testing import TestClient
from nacl.signing import SigningKey

from certinum.accounts.area import AccountsArea
from certinum.certification.review_tables import PublishedResult
from certinum.issuance.revocation import revoke_certificate
from certinum.verification.service import verify
from certinum.wallet.oid4vci_offers import MAX_TX_ATTEMPTS, OFFER_TTL, NewOffer, create_offer
from keys.did_jwk import did_jwk_from_jwk
from keys.did_key import did_key_from_public_key
from wallet_export.oid4vci_metadata import CONFIGURATION_ID
from wallet_export.oid4vci_offer import PRE_AUTHORIZED_GRANT

BASE = "https://certinum.example"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


class Holder:
    """A wallet key that signs proof JWTs."""

    def __init__(self, seed: int) -> None:
        self.key = SigningKey(bytes([seed]) * 32)
        public = bytes(self.key.verify_key)
        self.did = did_key_from_public_key(public)
        self.kid = f"{self.did}#{self.did.removeprefix('did:key:')}"
        self.jwk = {"kty": "OKP", "crv": "Ed25519", "x": _b64(public)}

    def proof(self, nonce: str, iat: float, **change: Any) -> str:
        header: dict[str, Any] = {"typ": "openid4vci-proof+jwt", "alg": "EdDSA", "kid": self.kid}
        if change.pop("bare_jwk", False):
            del header["kid"]
            header["jwk"] = self.jwk
        header.update(change.pop("header", {}))
        payload = {"aud": BASE, "iat": int(iat), "nonce": nonce, **change}
        signing_input = f"{_b64(json.dumps(header).encode())}.{_b64(json.dumps(payload).encode())}"
        signature = self.key.sign(signing_input.encode()).signature
        return f"{signing_input}.{_b64(signature)}"


@pytest.fixture
def issued(client: TestClient[Any], area: AccountsArea) -> list[Any]:
    session_id, _, _ = published_session(client, area)
    run_jobs(area.runtime, session_id)
    rows = issued_rows(area.runtime, session_id)
    assert len(rows) == 2
    client.cookies.clear()
    return rows


def _offer_code(client: TestClient[Any], offer: NewOffer) -> str:
    """Follow the offer URI as a wallet does: fetch the offer object, take the code."""
    query = parse_qs(urlsplit(offer.uri).query)
    assert offer.uri.startswith("openid-credential-offer://?credential_offer_uri=")
    url = query["credential_offer_uri"][0]
    got = client.get(url.removeprefix(BASE))
    assert got.status_code == 200 and got.headers["content-type"].startswith("application/json")
    body = got.json()
    assert body["credential_issuer"] == BASE
    assert body["credential_configuration_ids"] == [CONFIGURATION_ID]
    grant = body["grants"][PRE_AUTHORIZED_GRANT]
    assert grant["tx_code"]["length"] == 6 and grant["tx_code"]["input_mode"] == "numeric"
    return str(grant["pre-authorized_code"])


def _token(client: TestClient[Any], code: str, tx: str | None, **extra: str) -> Any:
    form = {"grant_type": PRE_AUTHORIZED_GRANT, "pre-authorized_code": code, **extra}
    if tx is not None:
        form["tx_code"] = tx
    return client.post("/oid4vci/token", data=form)


def _nonce(client: TestClient[Any]) -> str:
    got = client.post("/oid4vci/nonce")
    assert got.status_code == 200 and got.headers["cache-control"] == "no-store"
    return str(got.json()["c_nonce"])


def _credential(client: TestClient[Any], token: str, proof: Any, **extra: Any) -> Any:
    body = {"credential_configuration_id": CONFIGURATION_ID, "proofs": {"jwt": [proof]}, **extra}
    return client.post(
        "/oid4vci/credential", json=body, headers={"Authorization": f"Bearer {token}"}
    )


def _error(got: Any, status: int, error: str) -> None:
    assert got.status_code == status, got.text
    assert got.headers["content-type"].startswith("application/json")
    body = got.json()
    assert body["error"] == error, body
    assert body["status"] == status and body["type"].endswith(error.replace("_", "-"))


def test_metadata_of_issuer_and_authorization_server(client: TestClient[Any]) -> None:
    issuer = client.get("/.well-known/openid-credential-issuer").json()
    assert issuer["credential_issuer"] == BASE
    assert issuer["credential_endpoint"] == BASE + "/oid4vci/credential"
    assert issuer["nonce_endpoint"] == BASE + "/oid4vci/nonce"
    config = issuer["credential_configurations_supported"][CONFIGURATION_ID]
    assert config["format"] == "ldp_vc"
    assert config["proof_types_supported"]["jwt"]["proof_signing_alg_values_supported"] == [
        "EdDSA",
        "Ed25519",
    ]
    assert {d["locale"] for d in config["credential_metadata"]["display"]} == {"fr", "en"}
    server = client.get("/.well-known/oauth-authorization-server").json()
    assert server["issuer"] == BASE and server["token_endpoint"] == BASE + "/oid4vci/token"
    assert server["pre-authorized_grant_anonymous_access_supported"] is True
    assert server["grant_types_supported"] == [PRE_AUTHORIZED_GRANT]


def test_whole_flow_binds_to_did_key_and_keeps_code_and_status(
    client: TestClient[Any], area: AccountsArea, issued: list[Any]
) -> None:
    rt, row = area.runtime, issued[0]
    original = json.loads(row.document)
    offer = create_offer(rt, row.verification_code)
    code = _offer_code(client, offer)
    got = _token(client, code, offer.tx_code, client_id="ignored", unknown="ignored")
    assert got.status_code == 200, got.text
    answer = got.json()
    assert answer["token_type"] == "Bearer" and answer["expires_in"] > 0
    holder = Holder(7)
    proof = holder.proof(_nonce(client), rt.clock().timestamp())
    done = _credential(client, answer["access_token"], proof, unknown_parameter={"x": 1})
    assert done.status_code == 200, done.text
    (item,) = done.json()["credentials"]
    copy = item["credential"]
    assert copy["credentialSubject"]["id"] == holder.did
    assert copy["credentialSubject"]["licenseNumber"] == row.verification_code
    assert copy["credentialStatus"] == original["credentialStatus"]
    assert copy["id"] != original["id"] and copy["proof"]["type"] == "DataIntegrityProof"
    bare = {k: v for k, v in copy["credentialSubject"].items() if k != "id"}
    assert bare == original["credentialSubject"]
    assert verify(rt, copy).verified

    # the offer is spent: the code, the token and the offer object are refused
    _error(_token(client, code, offer.tx_code), 400, "invalid_grant")
    again = _credential(
        client, answer["access_token"], holder.proof(_nonce(client), rt.clock().timestamp())
    )
    _error(again, 400, "credential_request_denied")
    assert client.get(urlsplit(offer.offer_url).path).status_code == 404

    # revoking the certificate revokes the wallet copy (same status entry)
    revoke_certificate(area, row.verification_code, reason="fraude", actor="test")
    assert not verify(rt, copy).verified


def test_bare_jwk_binds_to_did_jwk_and_the_page_shows_the_offer(
    client: TestClient[Any], area: AccountsArea, issued: list[Any]
) -> None:
    rt, row = area.runtime, issued[1]
    with rt.sessions() as db:
        result = db.get(PublishedResult, row.result_id)
        assert result is not None
        account = result.account_id
    csrf = as_account(client, area, account)
    card = client.get("/candidate/certificates?lang=en")
    link = f"/candidate/certificates/{row.verification_code}/wallet-offer"
    assert link in card.text
    page = client.post(link + "?lang=en", headers=csrf)
    assert page.status_code == 200 and "<svg" in page.text and "Transaction code" in page.text
    assert "openid-credential-offer://?credential_offer_uri=" in page.text
    other = f"/candidate/certificates/{issued[0].verification_code}/wallet-offer"
    assert client.post(other, headers=csrf).status_code == 404  # another candidate's certificate
    client.cookies.clear()

    offer = create_offer(rt, row.verification_code)
    code = _offer_code(client, offer)
    token = _token(client, code, offer.tx_code).json()["access_token"]
    holder = Holder(9)
    proof = holder.proof(_nonce(client), rt.clock().timestamp(), bare_jwk=True)
    done = _credential(client, token, proof)
    assert done.status_code == 200, done.text
    copy = done.json()["credentials"][0]["credential"]
    assert copy["credentialSubject"]["id"] == did_jwk_from_jwk(holder.jwk)
    assert verify(rt, copy).verified


def test_token_refusals(client: TestClient[Any], area: AccountsArea, issued: list[Any]) -> None:
    rt, row, clock = area.runtime, issued[0], area.runtime.clock
    offer = create_offer(rt, row.verification_code)
    code = _offer_code(client, offer)
    wrong = "000000" if offer.tx_code != "000000" else "111111"
    _error(_token(client, code, wrong), 400, "invalid_grant")
    _error(_token(client, code, None), 400, "invalid_request")
    _error(_token(client, "nonsense", "123456"), 400, "invalid_grant")
    _error(
        _token(client, code, offer.tx_code, grant_type="authorization_code"),
        400,
        "unsupported_grant_type",
    )
    _error(
        client.post("/oid4vci/token", data={"grant_type": PRE_AUTHORIZED_GRANT}),
        400,
        "invalid_request",
    )
    _error(
        client.post("/oid4vci/token", json={"grant_type": PRE_AUTHORIZED_GRANT}),
        400,
        "invalid_request",
    )
    _error(
        client.post(
            "/oid4vci/token",
            content=b"x" * 20000,
            headers={"content-type": "application/x-www-form-urlencoded"},
        ),
        413,
        "invalid_request",
    )
    repeated = f"grant_type={PRE_AUTHORIZED_GRANT}&pre-authorized_code=a&pre-authorized_code=b"
    _error(
        client.post(
            "/oid4vci/token",
            content=repeated,
            headers={"content-type": "application/x-www-form-urlencoded"},
        ),
        400,
        "invalid_request",
    )
    # too many wrong transaction codes kill the code, even with the right one afterwards
    for _ in range(MAX_TX_ATTEMPTS - 1):
        _error(_token(client, code, wrong), 400, "invalid_grant")
    _error(_token(client, code, offer.tx_code), 400, "invalid_grant")
    assert client.get(urlsplit(offer.offer_url).path).status_code == 404

    late = create_offer(rt, row.verification_code)
    late_code = _offer_code(client, late)
    assert isinstance(clock, Clock)
    clock.advance(seconds=OFFER_TTL.total_seconds() + 1)
    _error(_token(client, late_code, late.tx_code), 400, "invalid_grant")


def test_credential_refusals(
    client: TestClient[Any], area: AccountsArea, issued: list[Any]
) -> None:
    rt, row = area.runtime, issued[0]
    offer = create_offer(rt, row.verification_code)
    token = _token(client, _offer_code(client, offer), offer.tx_code).json()["access_token"]
    holder, now = Holder(3), rt.clock().timestamp()

    _error(
        _credential(client, "not-a-token", holder.proof(_nonce(client), now)), 401, "invalid_token"
    )
    no_auth = client.post("/oid4vci/credential", json={})
    _error(no_auth, 401, "invalid_token")
    assert no_auth.headers["www-authenticate"].startswith("Bearer")
    auth = {"Authorization": f"Bearer {token}"}
    for body in (b"{", b"[]", b'"x"', b"{}" * 40000):
        got = client.post(
            "/oid4vci/credential",
            content=body,
            headers={**auth, "content-type": "application/json"},
        )
        assert got.status_code in (400, 413) and got.json()["error"] == "invalid_credential_request"
    _error(
        client.post(
            "/oid4vci/credential", json={"credential_configuration_id": "Other"}, headers=auth
        ),
        400,
        "unknown_credential_configuration",
    )
    _error(
        client.post("/oid4vci/credential", json={"credential_identifier": "x"}, headers=auth),
        400,
        "unknown_credential_identifier",
    )
    _error(
        client.post(
            "/oid4vci/credential",
            json={"credential_configuration_id": CONFIGURATION_ID},
            headers=auth,
        ),
        400,
        "invalid_proof",
    )
    _error(
        client.post(
            "/oid4vci/credential",
            json={"credential_configuration_id": CONFIGURATION_ID, "proofs": {"jwt": "x"}},
            headers=auth,
        ),
        400,
        "invalid_credential_request",
    )
    _error(
        client.post(
            "/oid4vci/credential",
            json={"credential_configuration_id": CONFIGURATION_ID, "proofs": {"di_vp": [{}]}},
            headers=auth,
        ),
        400,
        "invalid_proof",
    )

    _error(_credential(client, token, holder.proof("never-given", now)), 400, "invalid_nonce")
    nonce = _nonce(client)
    bad = [
        holder.proof(nonce, now, aud="https://elsewhere.example"),
        holder.proof(nonce, now, header={"typ": "JWT"}),
        holder.proof(nonce, now, header={"alg": "ES256"}),
        holder.proof(nonce, now, header={"alg": "none"}),
        holder.proof(nonce, now - 3600),
        holder.proof(nonce, now, header={"kid": Holder(4).kid}),  # signed by another key
        holder.proof(nonce, now)[:-4] + "AAAA",  # signature altered
        holder.proof(nonce, now, header={"jwk": holder.jwk}),  # both kid and jwk
        "not.a.jwt",
        "only-one-part",
    ]
    for proof in bad:
        _error(_credential(client, token, proof), 400, "invalid_proof")
    # a refused proof does not spend the nonce; a good proof does, once
    good = holder.proof(nonce, now, header={"alg": "Ed25519"})
    assert _credential(client, token, good).status_code == 200
    second = create_offer(rt, row.verification_code)
    token2 = _token(client, _offer_code(client, second), second.tx_code).json()["access_token"]
    _error(_credential(client, token2, holder.proof(nonce, now)), 400, "invalid_nonce")


def test_cli_prints_an_offer_and_its_transaction_code(
    client: TestClient[Any], service_env: dict[str, str], issued: list[Any]
) -> None:
    from click.testing import CliRunner

    from certinum.cli import cli

    code = issued[0].verification_code
    done = CliRunner().invoke(cli, ["wallet", "offer", code.lower()], env=service_env)
    assert done.exit_code == 0, done.output
    uri, tx = done.stdout.splitlines()[:2]
    assert uri.startswith("openid-credential-offer://?credential_offer_uri=")
    assert len(tx) == 6 and tx.isdigit()
    url = parse_qs(urlsplit(uri).query)["credential_offer_uri"][0]
    offer = NewOffer(code, uri, url, tx, datetime.now(UTC) + OFFER_TTL)
    token = _token(client, _offer_code(client, offer), tx)
    assert token.status_code == 200, token.text
    for bad in ("P-BBBBBBBB", "nonsense"):
        refused = CliRunner().invoke(cli, ["wallet", "offer", bad], env=service_env)
        assert refused.exit_code == 2 and "Error:" in refused.stderr


def test_one_copy_per_code_even_at_once(area: AccountsArea, issued: list[Any]) -> None:
    """Two credential requests of one token at the same moment: one copy, one refusal."""
    import threading

    from certinum.wallet import oid4vci_offers as offers
    from certinum.wallet import oid4vci_service as service
    from wallet_export.oid4vci_errors import OAuthError
    from wallet_export.oid4vci_offer import TokenRequest

    rt = area.runtime
    offer = create_offer(rt, issued[0].verification_code)
    code = urlsplit(offer.offer_url).path.rsplit("/", 1)[-1]
    token = offers.exchange(rt, TokenRequest(code, offer.tx_code))["access_token"]
    bodies = [
        {
            "credential_configuration_id": CONFIGURATION_ID,
            "proofs": {
                "jwt": [Holder(20 + k).proof(service.new_nonce(rt), rt.clock().timestamp())]
            },
        }
        for k in range(2)
    ]
    outcomes: list[object] = []
    start = threading.Barrier(2)

    def request(body: dict[str, Any]) -> None:
        start.wait()
        try:
            outcomes.append(service.issue_credential(rt, token, body))
        except OAuthError as exc:
            outcomes.append(exc.error)

    threads = [threading.Thread(target=request, args=(b,)) for b in bodies]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(map(str, (o if isinstance(o, str) else "issued" for o in outcomes))) == [
        "credential_request_denied",
        "issued",
    ]
    with rt.sessions() as db:
        from certinum.wallet.oid4vci_tables import WalletIssuance

        (record,) = db.query(WalletIssuance).all()
        assert record.credential_id is not None


def test_offers_are_bounded_and_dead_ones_purged(
    client: TestClient[Any], area: AccountsArea, issued: list[Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import func, select

    from certinum.errors import UnknownCredential
    from certinum.wallet import oid4vci_offers as offers
    from certinum.wallet import oid4vci_service as service
    from certinum.wallet.oid4vci_tables import WalletOffer

    rt, code = area.runtime, issued[0].verification_code
    made = [create_offer(rt, code) for _ in range(offers.MAX_LIVE_OFFERS + 2)]
    live = [o for o in made if client.get(urlsplit(o.offer_url).path).status_code == 200]
    assert live == made[-offers.MAX_LIVE_OFFERS :]  # a new offer ends the oldest
    clock = rt.clock
    assert isinstance(clock, Clock)
    clock.advance(seconds=(offers.OFFER_TTL + offers.KEEP_DEAD_OFFERS).total_seconds() + 1)
    create_offer(rt, code)
    with rt.sessions() as db:
        assert db.scalar(select(func.count()).select_from(WalletOffer)) == 1
    with pytest.raises(UnknownCredential):
        create_offer(rt, "P-BBBBBBBB")

    monkeypatch.setattr(service, "MAX_LIVE_NONCES", 2)
    assert [client.post("/oid4vci/nonce").status_code for _ in range(3)] == [200, 200, 429]
    clock.advance(seconds=service.NONCE_TTL.total_seconds() + 1)
    assert client.post("/oid4vci/nonce").status_code == 200  # expired nonces were cleared
