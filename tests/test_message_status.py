"""Message status entries (Bitstring Status List v1.0 §2.1, ``statusSize`` > 1): asked for
through ``options.credentialStatus``, set by an admin, reported by the verifier; through
HTTP, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from litestar.testing import TestClient
from sqlalchemy import func, select

from certinum.accounts.service import create
from certinum.app import create_app
from certinum.models import IssuedCredential, StatusList
from certinum.runtime import Runtime
from vc.bitstring import MIN_ENTRIES, decode_list, read_status

VC_V2 = "https://www.w3.org/ns/credentials/v2"
MESSAGES = [
    {"status": "0x0", "message": "valid"},
    {"status": "0x1", "message": "pending review"},
    {"status": "0x2", "message": "under investigation"},
    {"status": "0x3", "message": "withdrawn"},
]


def _message(**changes: Any) -> dict[str, Any]:
    entry = {
        "type": "BitstringStatusListEntry",
        "statusPurpose": "message",
        "statusSize": 2,
        "statusMessage": MESSAGES,
        "statusReference": "https://certinum.example/verify",
    }
    entry.update(changes)
    return entry


@pytest.fixture
def client(service: Runtime) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(runtime=service)) as c:
        yield c


def _auth(service: Runtime, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {create(service, role=role, label=role, actor='t')}"}


def _issue(client: TestClient[Any], service: Runtime, entry: dict[str, Any]) -> Any:
    credential = {
        "@context": [VC_V2],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:holder"},
    }
    body = {"credential": credential, "options": {"credentialStatus": [entry]}}
    return client.post("/credentials/issue", json=body, headers=_auth(service, "issuer"))


def _list_value(client: TestClient[Any], entry: dict[str, Any]) -> int:
    url = entry["statusListCredential"].removeprefix("https://certinum.example")
    subject = client.get(url).json()["credentialSubject"]
    assert subject["statusPurpose"] == "message"
    bits = decode_list(subject["encodedList"])
    assert len(bits) * 8 == MIN_ENTRIES * entry["statusSize"]
    return read_status(bits, int(entry["statusListIndex"]), entry["statusSize"])


def _set(client: TestClient[Any], service: Runtime, credential_id: str, status: Any) -> Any:
    body = {
        "credentialId": credential_id,
        "credentialStatus": [
            {"type": "BitstringStatusListEntry", "statusPurpose": "message", "status": status}
        ],
    }
    return client.post("/credentials/status", json=body, headers=_auth(service, "admin"))


def test_a_message_entry_is_issued_last_set_by_an_admin_and_reported(
    client: TestClient[Any], service: Runtime
) -> None:
    response = _issue(client, service, _message())
    assert response.status_code == 201, response.text
    signed = response.json()["verifiableCredential"]
    revocation, message = signed["credentialStatus"]
    assert revocation["statusPurpose"] == "revocation"
    assert message["statusPurpose"] == "message"
    assert (message["statusSize"], message["statusMessage"]) == (2, MESSAGES)
    assert message["statusReference"] == "https://certinum.example/verify"
    assert message["statusListCredential"] != revocation["statusListCredential"]
    assert _list_value(client, message) == 0
    checked = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert checked.status_code == 200, checked.text
    status = next(c for c in checked.json()["results"] if c["check"] == "status")
    assert "message: valid" in status["message"]

    changed = _set(client, service, signed["id"], "0x2")
    assert changed.status_code == 200, changed.text
    assert changed.json()["credentialStatus"] == [
        {"statusPurpose": "message", "status": "0x2", "changed": True}
    ]
    assert _list_value(client, message) == 2
    checked = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert checked.status_code == 200, checked.text
    status = next(c for c in checked.json()["results"] if c["check"] == "status")
    assert "message: under investigation" in status["message"]
    assert _set(client, service, signed["id"], 2).json()["credentialStatus"][0]["changed"] is False


def test_a_message_value_out_of_range_or_of_the_wrong_kind_is_refused(
    client: TestClient[Any], service: Runtime
) -> None:
    signed = _issue(client, service, _message()).json()["verifiableCredential"]
    too_big = _set(client, service, signed["id"], "0x4")
    assert too_big.status_code == 422
    assert too_big.json()["type"].endswith("/bad-status-value")
    assert _set(client, service, signed["id"], True).status_code == 400
    assert _list_value(client, signed["credentialStatus"][1]) == 0


def test_a_credential_without_a_message_entry_cannot_get_one(
    client: TestClient[Any], service: Runtime
) -> None:
    plain = _issue(client, service, {"type": "BitstringStatusListEntry"})
    assert plain.status_code == 201, plain.text
    response = _set(client, service, plain.json()["verifiableCredential"]["id"], "0x1")
    assert response.status_code == 422
    assert response.json()["type"].endswith("/no-status-entry")


@pytest.mark.parametrize(
    ("entry", "code"),
    [
        (_message(statusMessage=MESSAGES[:2]), "MALFORMED_VALUE_ERROR"),  # 2 != 2^2
        (_message(statusSize=0), "MALFORMED_VALUE_ERROR"),
        (_message(statusReference=5), "MALFORMED_VALUE_ERROR"),
        (_message(statusMessage=[*MESSAGES[:3], MESSAGES[0]]), "bad-status-option"),
        (_message(statusMessage=[*MESSAGES[:3], {"status": "0x3"}]), "MALFORMED_VALUE_ERROR"),
        ({k: v for k, v in _message(statusSize=1).items() if k != "statusMessage"},
         "bad-status-option"),
        ({"type": "BitstringStatusListEntry", "statusPurpose": "revocation", "statusSize": 2},
         "bad-status-option"),
    ],
)  # fmt: skip
def test_bad_message_options_are_refused(
    client: TestClient[Any], service: Runtime, entry: dict[str, Any], code: str
) -> None:
    response = _issue(client, service, entry)
    assert response.status_code == 422
    assert response.json()["type"].endswith("/" + code)
    with service.sessions() as session:
        assert session.scalar(select(func.count()).select_from(IssuedCredential)) == 0
        assert session.scalar(select(func.count()).select_from(StatusList)) == 0
