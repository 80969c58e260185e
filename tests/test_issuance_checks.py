"""What the issuer refuses before signing, and VC 1.1 issuance; through HTTP, both databases.

The data-model rules come first (problem slug: the first violation's code, every violation
listed in ``violations``), then malformed status entries anywhere, then the service's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.service import create
from certinum.app import create_app
from certinum.models import IssuedCredential
from certinum.runtime import Runtime

VC_V1 = "https://www.w3.org/2018/credentials/v1"
VC_V2 = "https://www.w3.org/ns/credentials/v2"


@pytest.fixture
def client(service: Runtime) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(runtime=service)) as c:
        yield c


@pytest.fixture
def auth(service: Runtime) -> dict[str, str]:
    return {"Authorization": f"Bearer {create(service, role='issuer', label='t', actor='t')}"}


def _plain(**extra: Any) -> dict[str, Any]:
    return {
        "@context": [VC_V2],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:holder"},
        **extra,
    }


def _stored(service: Runtime) -> int:
    with service.sessions() as session:
        return session.scalar(select(func.count()).select_from(IssuedCredential)) or 0


def _post(client: TestClient[Any], auth: dict[str, str], doc: dict[str, Any]) -> Any:
    return client.post("/credentials/issue", json={"credential": doc}, headers=auth)


def test_a_null_issuer_is_refused_not_defaulted(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    response = _post(client, auth, _plain(issuer=None))
    assert response.status_code == 422
    body = response.json()
    assert body["type"].endswith("/issuer")
    assert [v["code"] for v in body["violations"]] == ["issuer"]
    assert _stored(service) == 0


def test_an_absent_issuer_is_the_service(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    response = _post(client, auth, _plain())
    assert response.status_code == 201, response.text
    assert response.json()["verifiableCredential"]["issuer"] == service.settings.did


def test_a_non_url_issuer_is_a_data_model_error_before_the_identity_check(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    response = _post(client, auth, _plain(issuer="fake-issuer"))
    assert response.status_code == 422
    assert response.json()["type"].endswith("/issuer")
    assert _stored(service) == 0


def test_every_violation_is_listed_and_the_first_names_the_problem(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    doc = _plain(validFrom="2026-01-01")
    del doc["credentialSubject"]
    response = _post(client, auth, doc)
    assert response.status_code == 422
    body = response.json()
    assert body["type"].endswith("/credential-subject")
    assert [v["code"] for v in body["violations"]] == ["credential-subject", "valid-from"]
    assert body["violations"][1]["path"] == "validFrom"
    assert _stored(service) == 0


def test_a_malformed_status_entry_anywhere_is_refused(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    entry = {
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": True,
        "statusListCredential": "https://example.org/status/1",
    }
    doc = _plain(credentialSubject={"id": "did:example:holder", "statusEntry": entry})
    response = _post(client, auth, doc)
    assert response.status_code == 422
    assert response.json()["type"].endswith("/MALFORMED_VALUE_ERROR")
    assert _stored(service) == 0


def test_undefined_terms_are_still_refused(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    doc = _plain(credentialSubject={"id": "did:example:holder", "favouriteColour": "blue"})
    response = _post(client, auth, doc)
    assert response.status_code == 422
    assert response.json()["type"].endswith("/unsafe-json-ld")
    assert _stored(service) == 0


def test_a_vc_1_1_credential_is_issued_with_issuance_date_and_verifies(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    doc = {
        "@context": [VC_V1],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:holder"},
    }
    response = _post(client, auth, doc)
    assert response.status_code == 201, response.text
    signed = response.json()["verifiableCredential"]
    assert signed["@context"] == [
        VC_V1,
        "https://w3id.org/security/data-integrity/v2",
        "https://www.w3.org/ns/credentials/status/v1",
    ]
    assert signed["issuanceDate"] == "2026-06-12T15:30:00Z"
    assert "validFrom" not in signed
    assert signed["credentialStatus"]["type"] == "BitstringStatusListEntry"
    checked = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert checked.status_code == 200, checked.text
    assert checked.json()["verified"] is True
    assert checked.json()["trusted"] is True


def test_a_vc_1_1_credential_without_issuance_date_rule_is_refused(
    client: TestClient[Any], service: Runtime, auth: dict[str, str]
) -> None:
    doc = {
        "@context": [VC_V1],
        "type": ["VerifiableCredential"],
        "issuanceDate": "yesterday",
        "credentialSubject": {"id": "did:example:holder"},
    }
    response = _post(client, auth, doc)
    assert response.status_code == 422
    assert response.json()["type"].endswith("/issuance-date")
    assert _stored(service) == 0
