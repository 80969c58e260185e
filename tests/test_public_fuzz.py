"""Property-based runs over the public endpoints: no input makes the service answer 5xx.

Schemathesis draws requests from the OpenAPI of every operation that anonymous callers may
use (the access table, :data:`test_access_table.ACCESS`): path and query values, headers and
bodies, valid and invalid against the schema; each answer must be below 500. The public pages
that are not in the OpenAPI (``GET /verify``, ``GET /verify/{code}``) get Hypothesis text of
their own. Derandomized and bounded (examples per operation, no deadline), so the run is the
same in CI and stays well under 30 seconds per database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
import schemathesis
from accounts_helpers import Clock, accounts_runtime
from certificates import certificate
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from litestar.testing import TestClient
from test_access_table import ACCESS, ANONYMOUS

from certinum.accounts.area import AccountsArea
from certinum.app import create_app
from certinum.issuance.service import issue

EXAMPLES = 12  # per operation: about 20 operations, a few milliseconds each
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
PUBLIC = {key for key, allowed in ACCESS.items() if ANONYMOUS in allowed}


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


@pytest.fixture
def served(service_env: dict[str, str]) -> Iterator[tuple[Any, dict[str, Any]]]:
    """The app, and a credential it issued (with a verification code)."""
    extra = {"CERTINUM_LOOKUP_LIMIT": "1000000"}  # the lookups are drawn, not counted out
    with accounts_runtime(service_env, Clock(), **extra) as runtime:
        doc = certificate(runtime.settings.did, runtime.settings.base_url)
        signed = issue(runtime, doc, actor="test", verification_code="P-7KQ2MXRB")
        yield create_app(runtime=runtime, accounts=AccountsArea.open(runtime)), signed


@pytest.fixture
def app(served: tuple[Any, dict[str, Any]]) -> Any:
    return served[0]


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every path into ``value`` (object keys and array indexes), the root included."""
    found = [path]
    if isinstance(value, dict):
        for key, inner in value.items():
            found += _leaves(inner, (*path, key))
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            found += _leaves(inner, (*path, index))
    return found


def _mutated(doc: Any, path: tuple[Any, ...], replacement: Any, drop: bool) -> Any:
    """``doc`` with the value at ``path`` replaced (or removed from its object)."""
    if not path:
        return replacement
    copy = json.loads(json.dumps(doc))
    parent = copy
    for step in path[:-1]:
        parent = parent[step]
    if drop and isinstance(parent, dict):
        del parent[path[-1]]
    else:
        parent[path[-1]] = replacement
    return copy


def test_public_operations_never_answer_5xx(app: Any) -> None:
    schema = schemathesis.openapi.from_asgi("/schema/openapi.json", app)
    operations = [r.ok() for r in schema.get_all_operations()]
    public = [op for op in operations if (op.method.upper(), op.path) in PUBLIC]
    assert {(op.method.upper(), op.path) for op in public} >= {
        ("POST", "/credentials/verify"),
        ("POST", "/presentations/verify"),
        ("GET", "/status/{list_id}"),
        ("GET", "/.well-known/did.json"),
    }
    failures: list[str] = []
    for operation in public:
        _calls(operation, failures)
    assert failures == []


def _calls(operation: Any, failures: list[str]) -> None:
    """Drawn calls of one operation; each 5xx is noted in ``failures``."""

    @BOUNDED
    @given(case=operation.as_strategy())
    def run(case: Any) -> None:
        response = case.call()
        if response.status_code >= 500:
            failures.append(
                f"{operation.method.upper()} {operation.path}: {response.status_code}"
                f" for {case.path_parameters} {case.query} {str(case.body)[:200]}"
            )

    run()


def test_mutated_credentials_and_presentations_never_answer_5xx(
    served: tuple[Any, dict[str, Any]],
) -> None:
    """A real signed credential with one value replaced by any JSON (or removed), posted to
    the VC API's verify endpoints, alone and inside a presentation with drawn options."""
    app, signed = served
    with TestClient(app, base_url="https://certinum.example") as client:
        assert client.post("/credentials/verify", json={"verifiableCredential": signed}).is_success
        _never_5xx_for_bodies(client, signed)


def _never_5xx_for_bodies(client: TestClient[Any], doc: dict[str, Any]) -> None:
    @settings(BOUNDED, max_examples=60)
    @given(path=st.sampled_from(_leaves(doc)), replacement=JSON, drop=st.booleans(), options=JSON)
    def run(path: tuple[Any, ...], replacement: Any, drop: bool, options: Any) -> None:
        _post_mutant(client, _mutated(doc, path, replacement, drop), options, path)

    run()


def _post_mutant(client: TestClient[Any], credential: Any, options: Any, path: Any) -> None:
    verified = client.post("/credentials/verify", json={"verifiableCredential": credential})
    assert verified.status_code in (200, 400, 413, 422), (path, verified.status_code)
    presentation = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiablePresentation"],
        "verifiableCredential": [credential],
    }
    body = {"verifiablePresentation": presentation, "options": options}
    shown = client.post("/presentations/verify", json=body)
    assert shown.status_code in (200, 400, 413, 422), (path, shown.status_code)


@BOUNDED
@given(code=st.text(max_size=80))
def _never_5xx_for_code(client: TestClient[Any], code: str) -> None:
    page = client.get("/verify/" + quote(code, safe=""))
    assert page.status_code < 500, (code, page.status_code)
    form = client.get("/verify", params={"code": code, "lang": code[:5]})
    assert form.status_code < 500, (code, form.status_code)


def test_code_pages_never_answer_5xx(app: Any) -> None:
    with TestClient(app, base_url="https://certinum.example") as client:
        _never_5xx_for_code(client)
