"""OpenID4VCI endpoints at their edges: the nonce endpoint's per-address limit, the 401
challenge of the credential endpoint (RFC 6750 §3.1), the metadata at the path-suffixed
well-known locations (OpenID4VCI 1.0 §12.2.2, RFC 8414 §3) and the endpoints in the OpenAPI
description. SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from accounts_helpers import Clock, accounts_runtime, client_for
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.wallet.nonce_limit import NONCE_WINDOW, NONCES_PER_ADDRESS

ISSUER = "/.well-known/openid-credential-issuer"
SERVER = "/.well-known/oauth-authorization-server"


def _problem(got: Any, status: int, slug: str) -> dict[str, Any]:
    assert got.status_code == status, got.text
    body: dict[str, Any] = got.json()
    assert body["type"].endswith("/" + slug), body
    return body


def test_nonces_are_limited_per_address(client: TestClient[Any], area: AccountsArea) -> None:
    for _ in range(NONCES_PER_ADDRESS):
        assert client.post("/oid4vci/nonce").status_code == 200
    refused = client.post("/oid4vci/nonce")
    body = _problem(refused, 429, "too-many-nonces-from-address")
    assert int(refused.headers["retry-after"]) >= 1 and body["retryAfter"] >= 1
    assert refused.headers["cache-control"] == "no-store"
    clock = area.runtime.clock
    assert isinstance(clock, Clock)
    clock.advance(seconds=NONCE_WINDOW.total_seconds() + 1)
    assert client.post("/oid4vci/nonce").status_code == 200


def test_the_401_challenge_names_an_error_only_for_a_token_sent(client: TestClient[Any]) -> None:
    for headers in ({}, {"Authorization": "Basic dXNlcjpwYXNz"}, {"Authorization": "Bearer "}):
        got = client.post("/oid4vci/credential", json={}, headers=headers)
        assert got.status_code == 401 and got.json()["error"] == "invalid_token"
        assert got.headers["www-authenticate"] == "Bearer", headers
    wrong = client.post("/oid4vci/credential", json={}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401
    assert wrong.headers["www-authenticate"] == 'Bearer error="invalid_token"'


def test_an_issuer_without_path_has_no_suffixed_metadata(client: TestClient[Any]) -> None:
    assert client.get(ISSUER).json()["credential_issuer"] == "https://certinum.example"
    assert client.get(SERVER).json()["issuer"] == "https://certinum.example"
    for path in (ISSUER + "/certinum", SERVER + "/certinum", ISSUER + "/a/b"):
        _problem(client.get(path), 404, "unknown-issuer-path")


@pytest.fixture
def tenant(service_env: dict[str, str]) -> Iterator[TestClient[Any]]:
    base = {"CERTINUM_BASE_URL": "https://example.org/certinum/"}
    with (
        accounts_runtime(service_env, Clock(), **base) as runtime,
        client_for(AccountsArea.open(runtime)) as client,
    ):
        yield client


def test_an_issuer_with_a_path_has_its_metadata_at_the_suffixed_locations(
    tenant: TestClient[Any],
) -> None:
    issuer = tenant.get(ISSUER + "/certinum")
    assert issuer.status_code == 200 and issuer.headers["content-type"] == "application/json"
    assert issuer.json()["credential_issuer"] == "https://example.org/certinum"
    assert issuer.json()["credential_endpoint"] == "https://example.org/certinum/oid4vci/credential"
    server = tenant.get(SERVER + "/certinum")
    assert server.status_code == 200 and server.json()["issuer"] == "https://example.org/certinum"
    assert tenant.get(ISSUER).json() == issuer.json()  # through the proxy's prefix
    for path in (ISSUER + "/other", SERVER + "/certinum/x", ISSUER + "/certinum/more"):
        _problem(tenant.get(path), 404, "unknown-issuer-path")


def test_the_endpoints_are_in_the_openapi_description(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    expected = {
        "/oid4vci/offers/{code}": "get",
        "/oid4vci/token": "post",
        "/oid4vci/nonce": "post",
        "/oid4vci/credential": "post",
        ISSUER: "get",
        SERVER: "get",
        ISSUER + "/{tail}": "get",
        SERVER + "/{tail}": "get",
    }
    for path, method in expected.items():
        assert method in paths.get(path, {}), (path, sorted(paths))
