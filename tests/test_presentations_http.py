"""POST /presentations/verify (VC API): holder proof, challenge, domain, each credential."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

import pytest
from certificates import certificate
from litestar.testing import TestClient
from test_presentation import HOLDER, Key

from certinum.accounts.service import create
from certinum.app import create_app
from certinum.runtime import Runtime

CHALLENGE = "c-0f8e2a"
DOMAIN = "employer.example"


@pytest.fixture
def client(service: Runtime) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(runtime=service)) as c:
        yield c


@pytest.fixture
def issued(client: TestClient[Any], service: Runtime) -> dict[str, Any]:
    token = create(service, role="issuer", label="test", actor="test")
    doc = certificate(service.settings.did, service.settings.base_url, seed=3)
    response = client.post(
        "/credentials/issue",
        json={"credential": doc},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert response.status_code == 201, response.text
    credential: dict[str, Any] = response.json()["verifiableCredential"]
    return credential


def _unsigned(credential: dict[str, Any]) -> dict[str, Any]:
    return {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "holder": HOLDER.did,
        "verifiableCredential": [credential],
    }


def _signed(credential: dict[str, Any], holder: Key = HOLDER) -> dict[str, Any]:
    vp = _unsigned(credential)
    vp["holder"] = holder.did
    return holder.sign(vp, "authentication", challenge=CHALLENGE, domain=DOMAIN)


def _post(client: TestClient[Any], vp: Any, **options: Any) -> Any:
    return client.post(
        "/presentations/verify", json={"verifiablePresentation": vp, "options": options}
    )


def _failed(body: dict[str, Any]) -> list[tuple[str, str]]:
    return [(c["check"], c["code"]) for c in body["results"] if c["status"] == "failed"]


def test_a_signed_presentation_of_our_certificate_verifies(
    client: TestClient[Any], issued: dict[str, Any]
) -> None:
    response = _post(client, _signed(issued), challenge=CHALLENGE, domain=DOMAIN)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["verified"] is True
    assert {"proof", "authentication", "challenge", "domain", "credentials"} <= set(body["checks"])
    assert body["credentialResults"][0]["verified"] is True


def test_a_wrong_challenge_is_422_naming_it(
    client: TestClient[Any], issued: dict[str, Any]
) -> None:
    response = _post(client, _signed(issued), challenge="another", domain=DOMAIN)
    assert response.status_code == 422
    assert [check for check, _ in _failed(response.json())] == ["challenge"]


def test_an_unsigned_presentation_verifies_when_nothing_is_asked(
    client: TestClient[Any], issued: dict[str, Any]
) -> None:
    response = _post(client, _unsigned(issued))
    assert response.status_code == 200, response.text
    assert response.json()["verified"] is True


def test_an_unsigned_presentation_fails_when_a_challenge_is_asked(
    client: TestClient[Any], issued: dict[str, Any]
) -> None:
    response = _post(client, _unsigned(issued), challenge=CHALLENGE)
    assert response.status_code == 422
    assert _failed(response.json())[0] == ("proof", "PROOF_MISSING")


def test_a_tampered_credential_inside_fails_the_credentials_check(
    client: TestClient[Any], issued: dict[str, Any]
) -> None:
    tampered = copy.deepcopy(issued)
    tampered["credentialSubject"]["name"] = "Someone Else"
    response = _post(client, _signed(tampered), challenge=CHALLENGE, domain=DOMAIN)
    assert response.status_code == 422
    assert [check for check, _ in _failed(response.json())] == ["credentials"]
    assert response.json()["credentialResults"][0]["verified"] is False


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        ({"verifiablePresentation": "not an object"}, "verifiablePresentation"),
        ({"verifiablePresentation": {}, "options": []}, "options"),
        ({"verifiablePresentation": {}, "options": {"challenge": 5}}, "challenge"),
    ],
)
def test_unreadable_requests_are_400(client: TestClient[Any], body: Any, detail: str) -> None:
    response = client.post("/presentations/verify", json=body)
    assert response.status_code == 400
    assert detail in response.json()["detail"]
