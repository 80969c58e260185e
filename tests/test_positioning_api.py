"""The candidate's positioning JSON API: start or resume, the question, answers, the profile
(SQLite and PostgreSQL)."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest
from accounts_helpers import add_account, session_headers
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.positioning.simulate import Oracle

API = "/api/positioning"


def _candidate(area: AccountsArea, client: TestClient[Any], login: str) -> dict[str, str]:
    """Log ``client`` in as a new candidate; the CSRF header to send."""
    account = add_account(area, login, ("candidate", ""))
    cookies, headers = session_headers(area, account)
    client.cookies.clear()
    client.cookies.update(cookies)
    return headers


def _start(client: TestClient[Any], headers: dict[str, str], competence: str = "1.1") -> Any:
    return client.post(f"{API}/attempts", json={"competence": competence}, headers=headers)


def test_a_candidate_takes_a_whole_test_and_sees_the_profile(
    area: AccountsArea, client: TestClient[Any]
) -> None:
    headers = _candidate(area, client, "alice")
    started = _start(client, headers)
    assert started.status_code == 201, started.text
    attempt = started.json()
    assert attempt["competence"] == "1.1" and attempt["state"] == "open"
    again = _start(client, headers)
    assert again.status_code == 200 and again.json()["resumed"] is True
    assert again.json()["id"] == attempt["id"]

    oracle, rng = Oracle(area.runtime), np.random.default_rng(7)
    reply = client.get(f"{API}/attempts/{attempt['id']}/question?locale=en").json()
    answered = 0
    while reply["question"] is not None:
        question = reply["question"]
        assert "id" not in question and question["locale"] == "en"
        assert question["number"] == answered + 1
        given = oracle.answer(question, 2.0, rng)
        response = client.post(
            f"{API}/attempts/{attempt['id']}/answers?locale=en",
            json={"reference": question["reference"], "answer": given},
            headers=headers,
        )
        assert response.status_code == 200, response.text
        reply = response.json()
        answered += 1
    finished = reply["attempt"]
    assert finished["state"] == "finished" and finished["answers"] == answered
    assert isinstance(finished["level"], int) and isinstance(finished["pix"], int)

    profile = client.get(f"{API}/profile").json()
    competences = [c for area_ in profile["areas"] for c in area_["competences"]]
    assert len(profile["areas"]) == 5 and len(competences) == 16
    first = next(c for c in competences if c["code"] == "1.1")
    assert first["tested"] is True and first["level"] == finished["level"]
    assert profile["totalPix"] == finished["pix"]
    assert profile["certifiable"] is False


def test_a_double_submission_is_refused_and_stored_once(
    area: AccountsArea, client: TestClient[Any]
) -> None:
    headers = _candidate(area, client, "bob")
    attempt_id = _start(client, headers).json()["id"]
    question = client.get(f"{API}/attempts/{attempt_id}/question").json()["question"]
    body = {"reference": question["reference"], "answer": 0}
    if question["type"] == "free_answer":
        body["answer"] = "x"
    elif question["type"] == "multiple_choice":
        body["answer"] = [0]
    first = client.post(f"{API}/attempts/{attempt_id}/answers", json=body, headers=headers)
    assert first.status_code == 200, first.text
    second = client.post(f"{API}/attempts/{attempt_id}/answers", json=body, headers=headers)
    assert second.status_code == 422
    assert second.json()["type"].endswith("/already-answered")
    now = client.get(f"{API}/attempts/{attempt_id}/question").json()
    assert now["attempt"]["answers"] == 1


def test_another_candidates_attempt_is_not_found(
    area: AccountsArea, client: TestClient[Any]
) -> None:
    attempt_id = _start(client, _candidate(area, client, "carol")).json()["id"]
    headers = _candidate(area, client, "dave")
    response = client.get(f"{API}/attempts/{attempt_id}/question")
    assert response.status_code == 404
    response = client.post(
        f"{API}/attempts/{attempt_id}/answers",
        json={"reference": "whatever", "answer": 0},
        headers=headers,
    )
    assert response.status_code == 404


def test_a_post_without_the_csrf_header_is_forbidden(
    area: AccountsArea, client: TestClient[Any]
) -> None:
    _candidate(area, client, "erin")
    response = client.post(f"{API}/attempts", json={"competence": "1.1"})
    assert response.status_code == 403
    client.cookies.clear()
    assert client.get(f"{API}/profile").status_code == 401


@pytest.mark.parametrize(
    ("body", "status"),
    [({}, 400), ({"competence": 11}, 400), ({"competence": "9.9"}, 422)],
)
def test_a_bad_start_is_refused(
    area: AccountsArea, client: TestClient[Any], body: dict[str, Any], status: int
) -> None:
    headers = _candidate(area, client, "frank")
    response = client.post(f"{API}/attempts", json=body, headers=headers)
    assert response.status_code == status


def test_bad_answers_and_locales_are_refused(area: AccountsArea, client: TestClient[Any]) -> None:
    headers = _candidate(area, client, "gina")
    attempt_id = _start(client, headers).json()["id"]
    url = f"{API}/attempts/{attempt_id}"
    assert client.get(f"{url}/question?locale=de").status_code == 400
    assert client.post(f"{url}/answers", json={"answer": 0}, headers=headers).status_code == 400
    response = client.post(f"{url}/answers", json={"reference": "no"}, headers=headers)
    assert response.status_code == 400
    response = client.post(
        f"{url}/answers", json={"reference": "not-asked", "answer": 0}, headers=headers
    )
    assert response.status_code == 422
    assert response.json()["type"].endswith("/not-current-question")


def test_the_routes_are_in_the_openapi(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    assert {
        "/api/positioning/attempts",
        "/api/positioning/attempts/{attempt_id}/question",
        "/api/positioning/attempts/{attempt_id}/answers",
        "/api/positioning/profile",
    } <= set(paths)
