"""The HTTP interface: DID document, VC API issue and verify, status lists, problem details."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from certificates import certificate
from litestar.testing import TestClient

from certinum.accounts.service import create
from certinum.app import create_app
from certinum.issuance.status import update_status
from certinum.runtime import Runtime


@pytest.fixture
def client(service: Runtime) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(runtime=service)) as c:
        yield c


@pytest.fixture
def issuer_token(service: Runtime) -> str:
    return create(service, role="issuer", label="test", actor="test")


def _auth(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _issue(client: TestClient[Any], service: Runtime, token: str, seed: int = 1) -> Any:
    doc = certificate(service.settings.did, service.settings.base_url, seed=seed)
    response = client.post("/credentials/issue", json={"credential": doc}, headers=_auth(token))
    assert response.status_code == 201, response.text
    return response.json()["verifiableCredential"]


def test_did_document(client: TestClient[Any], service: Runtime) -> None:
    response = client.get("/.well-known/did.json")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/did+json")
    doc = response.json()
    assert doc["id"] == "did:web:certinum.example"
    key = service.keyring.active().key_id
    assert doc["assertionMethod"] == [f"did:web:certinum.example#{key}"]
    assert "secret" not in response.text.lower()


def test_issue_then_verify(client: TestClient[Any], service: Runtime, issuer_token: str) -> None:
    signed = _issue(client, service, issuer_token)
    assert signed["issuer"]["id"] == service.settings.did
    response = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verified"] is True
    assert "proof" in body["checks"]
    assert body["errors"] == []


def test_tampered_credential_is_422_with_the_failing_check(
    client: TestClient[Any], service: Runtime, issuer_token: str
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


def test_issue_needs_an_issuer_token(client: TestClient[Any], service: Runtime) -> None:
    doc = certificate(service.settings.did, service.settings.base_url)
    assert client.post("/credentials/issue", json={"credential": doc}).status_code == 401
    bad = client.post("/credentials/issue", json={"credential": doc}, headers=_auth("ctn_nope"))
    assert bad.status_code == 403
    admin = create(service, role="admin", label="", actor="test")
    assert (
        client.post("/credentials/issue", json={"credential": doc}, headers=_auth(admin))
    ).status_code == 403


def test_issue_refuses_undefined_terms(
    client: TestClient[Any], service: Runtime, issuer_token: str
) -> None:
    doc = certificate(service.settings.did, service.settings.base_url)
    doc["credentialSubject"]["nickname"] = "JD"
    response = client.post(
        "/credentials/issue", json={"credential": doc}, headers=_auth(issuer_token)
    )
    assert response.status_code == 422
    assert "nickname" in response.json()["detail"]


def test_status_list_endpoint_and_revocation(
    client: TestClient[Any], service: Runtime, issuer_token: str
) -> None:
    signed = _issue(client, service, issuer_token)
    url = signed["credentialStatus"]["statusListCredential"]
    list_id = url.rsplit("/", 1)[-1]
    response = client.get(f"/status/{list_id}")
    assert response.status_code == 200
    assert response.json()["type"] == ["VerifiableCredential", "BitstringStatusListCredential"]
    assert client.get("/status/999").status_code == 404
    update_status(
        service, signed["id"], purpose="revocation", value=True, reason="fraud", actor="jury"
    )
    response = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert response.status_code == 422
    assert response.json()["revoked"] is True


def test_openapi(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    assert {"/.well-known/did.json", "/credentials/issue", "/credentials/verify"} <= set(paths)


def test_reissuing_the_same_id_is_422(
    client: TestClient[Any], service: Runtime, issuer_token: str
) -> None:
    doc = certificate(service.settings.did, service.settings.base_url, seed=5)
    first = client.post("/credentials/issue", json={"credential": doc}, headers=_auth(issuer_token))
    assert first.status_code == 201
    again = client.post("/credentials/issue", json={"credential": doc}, headers=_auth(issuer_token))
    assert again.status_code == 422
    assert again.json()["type"].endswith("/duplicate-id")


def test_a_caller_credential_status_is_refused(
    client: TestClient[Any], service: Runtime, issuer_token: str
) -> None:
    doc = certificate(service.settings.did, service.settings.base_url)
    doc["credentialStatus"] = {
        "id": "https://elsewhere.example/status/1#5",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "5",
        "statusListCredential": "https://elsewhere.example/status/1",
    }
    sent = client.post("/credentials/issue", json={"credential": doc}, headers=_auth(issuer_token))
    assert sent.status_code == 422
    assert sent.json()["type"].endswith("/caller-status")
    del doc["credentialStatus"]
    off = client.post(
        "/credentials/issue",
        json={"credential": doc, "options": {"credentialStatus": None}},
        headers=_auth(issuer_token),
    )
    assert off.status_code == 422
    assert off.json()["type"].endswith("/caller-status")


def test_the_audit_log_names_the_issuing_token(
    client: TestClient[Any], service: Runtime, issuer_token: str
) -> None:
    from sqlalchemy import select

    from certinum.accounts.service import all_tokens
    from certinum.models import AuditEvent

    signed = _issue(client, service, issuer_token)
    (token,) = all_tokens(service)
    with service.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "credential.issue")
        ).one()
    assert event.actor == f"token:{token.id} (test)"
    assert event.target == signed["id"]
    assert event.details["tokenLabel"] == "test"


def _status_body(credential_id: str, purpose: str, status: bool) -> dict[str, Any]:
    return {
        "credentialId": credential_id,
        "credentialStatus": [
            {"type": "BitstringStatusListEntry", "status": status, "statusPurpose": purpose}
        ],
        "reason": "fraud at the session",
    }


def test_update_status_needs_an_admin_and_revocation_is_final(
    client: TestClient[Any], service: Runtime, issuer_token: str
) -> None:
    signed = _issue(client, service, issuer_token)
    body = _status_body(signed["id"], "revocation", True)
    assert client.post("/credentials/status", json=body).status_code == 401
    wrong = client.post("/credentials/status", json=body, headers=_auth(issuer_token))
    assert wrong.status_code == 403
    admin = _auth(create(service, role="admin", label="jury", actor="test"))
    done = client.post("/credentials/status", json=body, headers=admin)
    assert done.status_code == 200, done.text
    assert done.json()["credentialStatus"][0]["changed"] is True
    verified = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert verified.status_code == 422 and verified.json()["revoked"] is True
    undo = client.post(
        "/credentials/status", json=_status_body(signed["id"], "revocation", False), headers=admin
    )
    assert undo.status_code == 422
    assert undo.json()["type"].endswith("/revocation-final")
    unknown = client.post(
        "/credentials/status", json=_status_body("urn:uuid:nope", "revocation", True), headers=admin
    )
    assert unknown.status_code == 404
    assert unknown.json()["type"].endswith("/unknown-credential")
    bad = client.post("/credentials/status", json={"credentialId": signed["id"]}, headers=admin)
    assert bad.status_code == 400


def test_suspension_through_the_vc_api(
    client: TestClient[Any], service: Runtime, issuer_token: str
) -> None:
    credential = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:holder"},
    }
    options = {
        "credentialStatus": {"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}
    }
    issued = client.post(
        "/credentials/issue",
        json={"credential": credential, "options": options},
        headers=_auth(issuer_token),
    )
    assert issued.status_code == 201, issued.text
    signed = issued.json()["verifiableCredential"]
    admin = _auth(create(service, role="admin", label="jury", actor="test"))
    for status, expected in ((True, 422), (False, 200)):
        changed = client.post(
            "/credentials/status",
            json=_status_body(signed["id"], "suspension", status),
            headers=admin,
        )
        assert changed.status_code == 200, changed.text
        verified = client.post("/credentials/verify", json={"verifiableCredential": signed})
        assert verified.status_code == expected


def test_a_deeply_nested_body_is_400_not_500(client: TestClient[Any]) -> None:
    response = client.post(
        "/credentials/verify",
        content=b"[" * 100_000,
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize(
    ("error", "status", "slug"),
    [
        (RecursionError("maximum recursion depth exceeded"), 400, "too-deep"),
        (None, 409, "conflict"),
    ],
)
def test_the_exception_table_answers_database_and_recursion_errors(
    service: Runtime, error: Exception | None, status: int, slug: str
) -> None:
    from litestar import get
    from sqlalchemy.exc import IntegrityError

    raised = error or IntegrityError("INSERT INTO secret_table", {}, Exception("UNIQUE failed"))

    @get("/boom", sync_to_thread=False)
    def boom() -> None:
        raise raised

    app = create_app(runtime=service)
    app.register(boom)
    with TestClient(app) as c:
        response = c.get("/boom")
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["type"].endswith(f"/{slug}")
    assert "secret_table" not in response.text
