"""The rate limits of the check-in and of the invigilator's login, each 429 with its code and
``Retry-After``, and the right code or password still accepted under the limit: check-in per
session and address (100 failures: a class behind one address checks in together), unknown
access codes per address (20); the invigilator's password per session and address (5: no one
elsewhere locks the room out) and per address (20)."""

from __future__ import annotations

import itertools
from typing import Any

from accounts_helpers import add_account
from exam_helpers import browser, check_in_body, planned
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.certification import checkin

URL = "/api/certification/check-in"
LEA, NOEL = "lea@example.org", "noel@example.org"
NUMBERS = itertools.count()


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def _fail(client: TestClient[Any], area: AccountsArea, times: int, body: dict[str, str]) -> None:
    """``times`` refused check-ins with ``body``, by accounts of a few failures each (under
    the per-account limit)."""
    for n in range(times):
        if n % 4 == 0:
            headers = browser(
                client, area, add_account(area, f"x{next(NUMBERS)}@example.org", ("candidate", ""))
            )
        refused = client.post(URL, json=body, headers=headers)
        assert refused.status_code == 422 and _type(refused) == "check-in-refused", n


def _limited(response: Any, code: str) -> None:
    assert response.status_code == 429 and _type(response) == code, response.text
    assert int(response.headers["Retry-After"]) > 0


def test_unknown_access_codes_are_limited_per_address(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    unknown = check_in_body(plan, LEA, accessCode="ZZZZZZ")
    _fail(client, area, checkin.UNKNOWN_CODES_PER_ADDRESS - 1, unknown)
    lea = browser(client, area, plan.candidates[LEA])
    assert client.post(URL, json=check_in_body(plan, LEA), headers=lea).status_code == 200
    _fail(client, area, 1, unknown)
    noel = browser(client, area, plan.candidates[NOEL])
    _limited(
        client.post(URL, json=check_in_body(plan, NOEL), headers=noel), "too-many-unknown-codes"
    )


def test_check_ins_are_limited_per_session_and_address(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    wrong = check_in_body(plan, LEA, birthDate="1990-02-15")
    _fail(client, area, checkin.CHECK_INS_PER_SESSION_ADDRESS - 1, wrong)
    lea = browser(client, area, plan.candidates[LEA])
    assert client.post(URL, json=check_in_body(plan, LEA), headers=lea).status_code == 200
    _fail(client, area, 1, wrong)
    noel = browser(client, area, plan.candidates[NOEL])
    _limited(client.post(URL, json=check_in_body(plan, NOEL), headers=noel), "too-many-check-ins")


def _login(client: TestClient[Any], session_id: int, password: str) -> Any:
    client.cookies.clear()
    return client.post(
        f"/api/invigilation/sessions/{session_id}/login", json={"password": password}
    )


def test_invigilator_passwords_are_limited_per_session_and_address(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    for _ in range(checkin.INVIGILATOR_PER_SESSION_ADDRESS - 1):
        assert _login(client, plan.session_id, "wrong-password").status_code == 401
    assert _login(client, plan.session_id, plan.password).status_code == 200  # and clears
    for _ in range(checkin.INVIGILATOR_PER_SESSION_ADDRESS):
        assert _login(client, plan.session_id, "wrong-password").status_code == 401
    _limited(_login(client, plan.session_id, plan.password), "too-many-attempts")
    # another address (the room's own machine) is not locked out
    assert checkin.invigilator_login(area, plan.session_id, plan.password, "198.51.100.7")


def test_invigilator_passwords_are_limited_per_address(
    client: TestClient[Any], area: AccountsArea
) -> None:
    plan = planned(client, area)
    for n in range(checkin.INVIGILATOR_PER_ADDRESS - 1):  # other sessions, a few times each
        assert _login(client, 1000 + n // 4, "wrong-password").status_code == 401
    assert _login(client, plan.session_id, plan.password).status_code == 200
    assert _login(client, 2000, "wrong-password").status_code == 401
    _limited(_login(client, plan.session_id, plan.password), "too-many-from-address")
