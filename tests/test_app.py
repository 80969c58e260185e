"""The HTTP interface: DID document, VC API issue and verify, status lists, problem details."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from certificates import certificate
from litestar.testing import TestClient

from certinum.app import create_app
from certinum.service import Service


@pytest.fixture
def client(service: Service) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(service=service)) as c:
        yield c


@pytest.fixture
def issuer_token(service: Service) -> str:
    return service.create_token(role="issuer", label="test", actor="test")


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _issue(client: TestClient[Any], service: Service, token: str, seed: int = 1) -> Any:
    doc = certificate(service.settings.did, service.settings.base_url, seed=seed)
    response = client.post("/credentials/issue", json={"credential": doc}, headers=_auth(token))
    assert response.status_code == 201, response.text
    return response.json()["verifiableCredential"]


def test_did_document(client: TestClient[Any], service: Service) -> None:
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/did+json")
    doc = response.json()
    assert doc["id"] == "did:web:certinum.example"
    key = service.active_key().key_id
    assert doc["assertionMethod"] == [f"did:web:certinum.example#{key}"]
    assert "secret" not in response.text.lower()


def test_issue_then_verify(client: TestClient[Any], service: Service, issuer_token: str) -> None:
    signed = _issue(client, service, issuer_token)
    assert signed["issuer"]["id"] == service.settings.did
    response = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verified"] is True
    assert "proof" in body["checks"]
    assert body["errors"] == []


def test_tampered_credential_is_422_with_the_failing_check(
    client: TestClient[Any], service: Service, issuer_token: str
) -> None:
    signed = copy.deepcopy(_issue(client, service, issuer_token))
    signed["credentialSubject"]["result"][0]["value"] = "1023"
    response = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert [e["check"] for e in errors] == ["proof"]
    assert errors[0]["code"] == "PROOF_VERIFICATION_FAILED"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (b"not json", 400),
        (b"[1, 2]", 400),
        (b'{"credential": {}}', 400),
        (b'{"verifiableCredential": "a string"}', 400),
        (b"{" + b'"a": "' + b"x" * (300 * 1024) + b'"}', 413),
    ],
)
def test_unreadable_verify_requests(client: TestClient[Any], body: bytes, status: int) -> None:
    response = client.post(
        "/credentials/verify", content=body, headers={"content-type": "application/json"}
    )
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["status"] == status
    assert problem["detail"]


def test_issue_needs_an_issuer_token(client: TestClient[Any], service: Service) -> None:
    doc = certificate(service.settings.did, service.settings.base_url)
    assert client.post("/credentials/issue", json={"credential": doc}).status_code == 401
    bad = client.post("/credentials/issue", json={"credential": doc}, headers=_auth("ctn_nope"))
    assert bad.status_code == 403
    admin = service.create_token(role="admin", label="", actor="test")
    assert (
        client.post("/credentials/issue", json={"credential": doc}, headers=_auth(admin))
    ).status_code == 403


def test_issue_refuses_undefined_terms(
    client: TestClient[Any], service: Service, issuer_token: str
) -> None:
    doc = certificate(service.settings.did, service.settings.base_url)
    doc["credentialSubject"]["nickname"] = "JD"
    response = client.post(
        "/credentials/issue", json={"credential": doc}, headers=_auth(issuer_token)
    )
    assert response.status_code == 422
    assert "nickname" in response.json()["detail"]


def test_status_list_endpoint_and_revocation(
    client: TestClient[Any], service: Service, issuer_token: str
) -> None:
    signed = _issue(client, service, issuer_token)
    url = signed["credentialStatus"]["statusListCredential"]
    list_id = url.rsplit("/", 1)[-1]
    response = client.get(f"/status/{list_id}")
    assert response.status_code == 200
    assert response.json()["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert client.get("/status/999").status_code == 404
    service.revoke_credential(signed["id"], reason="fraud", actor="jury")
    response = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert response.status_code == 422
    assert response.json()["revoked"] is True


def test_openapi(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    assert {"/.well-known/did.json", "/credentials/issue", "/credentials/verify"} <= set(paths)


def test_reissuing_the_same_id_is_422(
    client: TestClient[Any], service: Service, issuer_token: str
) -> None:
    doc = certificate(service.settings.did, service.settings.base_url, seed=5)
    first = client.post("/credentials/issue", json={"credential": doc}, headers=_auth(issuer_token))
    assert first.status_code == 201
    again = client.post("/credentials/issue", json={"credential": doc}, headers=_auth(issuer_token))
    assert again.status_code == 422
    assert again.json()["type"].endswith("/duplicate-id")
