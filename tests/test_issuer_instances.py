"""did:key issuer instances: creation (CLI, audited), issuing through HTTP, their own signed
status lists, trust, revocation; on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from click.testing import CliRunner
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.service import create
from certinum.app import create_app
from certinum.cli import cli
from certinum.errors import KeyOperationRefused
from certinum.issuerkeys.instances import create_instance, list_instances
from certinum.models import AuditEvent, StatusList
from certinum.runtime import Runtime
from keys.keyring_index import INDEX_NAME

VC_V2 = "https://www.w3.org/ns/credentials/v2"


@pytest.fixture
def client(service: Runtime) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(runtime=service)) as c:
        yield c


def _auth(service: Runtime, role: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {create(service, role=role, label=role, actor='t')}"}


def _plain(**extra: Any) -> dict[str, Any]:
    return {
        "@context": [VC_V2],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:holder"},
        **extra,
    }


def test_create_and_list_instances_audited(service: Runtime) -> None:
    made = create_instance(service, "w3c", actor="admin")
    assert made.did.startswith("did:key:z6Mk")
    assert list_instances(service) == [made]
    assert (service.settings.keys_dir / "instances" / "w3c").is_dir()
    with service.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "issuer.create")
        ).one()
    assert (event.actor, event.target, event.details["instance"]) == ("admin", made.did, "w3c")
    assert made.did in service.trusted_issuers()


@pytest.mark.parametrize(
    ("name", "code"), [("W3C", "bad-name"), ("a/b", "bad-name"), ("", "bad-name")]
)
def test_bad_instance_names_are_refused(service: Runtime, name: str, code: str) -> None:
    with pytest.raises(KeyOperationRefused) as err:
        create_instance(service, name, actor="admin")
    assert err.value.code == code
    assert list_instances(service) == []


def test_a_taken_name_is_refused(service: Runtime) -> None:
    create_instance(service, "w3c", actor="admin")
    with pytest.raises(KeyOperationRefused) as err:
        create_instance(service, "w3c", actor="admin")
    assert err.value.code == "issuer-exists"
    assert len(list_instances(service)) == 1


def test_an_instance_issues_with_its_own_did_and_status_lists(
    client: TestClient[Any], service: Runtime
) -> None:
    did = create_instance(service, "w3c", actor="admin").did
    issuer = _auth(service, "issuer")
    main = client.post("/credentials/issue", json={"credential": _plain()}, headers=issuer)
    assert main.status_code == 201, main.text
    response = client.post(
        "/issuers/w3c/credentials/issue", json={"credential": _plain()}, headers=issuer
    )
    assert response.status_code == 201, response.text
    signed = response.json()["verifiableCredential"]
    assert signed["issuer"] == did
    assert signed["proof"]["verificationMethod"].startswith(did + "#")
    list_url = signed["credentialStatus"]["statusListCredential"]
    assert (
        list_url != main.json()["verifiableCredential"]["credentialStatus"]["statusListCredential"]
    )
    status_list = client.get(list_url.removeprefix(service.settings.base_url))
    assert status_list.status_code == 200
    assert status_list.json()["issuer"] == did
    with service.sessions() as session:
        instances = sorted(session.scalars(select(StatusList.instance)).all())
    assert instances == ["", "w3c"]
    checked = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert checked.status_code == 200, checked.text
    assert (checked.json()["verified"], checked.json()["trusted"]) == (True, True)

    revoked = client.post(
        "/credentials/status",
        json={
            "credentialId": signed["id"],
            "credentialStatus": [{"type": "BitstringStatusListEntry", "status": True,
                                  "statusPurpose": "revocation"}],
        },
        headers=_auth(service, "admin"),
    )  # fmt: skip
    assert revoked.status_code == 200, revoked.text
    after = client.post("/credentials/verify", json={"verifiableCredential": signed})
    assert after.status_code == 422
    assert after.json()["revoked"] is True
    assert client.get(list_url.removeprefix(service.settings.base_url)).json()["issuer"] == did


def test_an_instance_issues_only_as_itself(client: TestClient[Any], service: Runtime) -> None:
    create_instance(service, "w3c", actor="admin")
    response = client.post(
        "/issuers/w3c/credentials/issue",
        json={"credential": _plain(issuer=service.settings.did)},
        headers=_auth(service, "issuer"),
    )
    assert response.status_code == 422
    assert response.json()["type"].endswith("/wrong-issuer")


def test_an_unknown_instance_is_404_and_the_role_is_required(
    client: TestClient[Any], service: Runtime
) -> None:
    create_instance(service, "w3c", actor="admin")
    body = {"credential": _plain()}
    unknown = client.post("/issuers/nope/credentials/issue", json=body,
                          headers=_auth(service, "issuer"))  # fmt: skip
    assert unknown.status_code == 404
    assert unknown.json()["type"].endswith("/unknown-issuer")
    admin = client.post("/issuers/w3c/credentials/issue", json=body,
                        headers=_auth(service, "admin"))  # fmt: skip
    assert admin.status_code == 403
    anonymous = client.post("/issuers/w3c/credentials/issue", json=body)
    assert anonymous.status_code == 401


def test_cli_issuers_create_and_list(service_env: dict[str, str]) -> None:
    runner = CliRunner()

    def run(*args: str) -> Any:
        return runner.invoke(cli, list(args), env=service_env, catch_exceptions=False)

    assert run("init").exit_code == 0
    made = run("issuers", "create", "w3c")
    assert made.exit_code == 0, made.output
    did = made.output.strip().splitlines()[-1]
    assert did.startswith("did:key:z6Mk")
    assert json.loads(run("issuers", "list", "--json").output) == [{"name": "w3c", "did": did}]
    assert did in run("issuers", "list").output
    again = run("issuers", "create", "w3c")
    assert again.exit_code == 2
    assert "exists" in again.output


def test_an_instance_with_an_unreadable_keyring_is_503_and_not_trusted(
    client: TestClient[Any], service: Runtime
) -> None:
    did = create_instance(service, "w3c", actor="admin").did
    (service.settings.keys_dir / "instances" / "w3c" / INDEX_NAME).write_text("{}")
    fresh = Runtime.open(service.settings, clock=service.clock)  # nothing cached
    try:
        with TestClient(create_app(runtime=fresh)) as other:
            response = other.post(
                "/issuers/w3c/credentials/issue",
                json={"credential": _plain()},
                headers=_auth(fresh, "issuer"),
            )
        assert response.status_code == 503
        assert response.json()["type"].endswith("/issuer-unavailable")
        assert did not in fresh.trusted_issuers()
    finally:
        fresh.close()
