"""The account and candidate pages: forms with their CSRF token, POST-redirect-GET, errors in
the form, a positioning test one question at a time (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from typing import Any

import pytest
from accounts_helpers import (
    PASSWORD,
    add_account,
    session_headers,
)
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea

EMAIL = "claire.martin@example.org"
TOKEN = re.compile(r'name="csrf_token" value="([0-9a-f]+)"')
REFERENCE = re.compile(r'name="reference" value="([^"]+)"')
KIND = re.compile(r'name="kind" value="([^"]+)"')
MODE = re.compile(r'name="mode" value="([^"]+)"')
FIELD = re.compile(r'name="(field-[^"]+)"')


def _token(html: str) -> str:
    found = TOKEN.search(html)
    assert found, "the form has no CSRF token"
    return found.group(1)


def _post(client: TestClient[Any], form_page: str, action: str, **fields: Any) -> Any:
    """Submit the form of ``form_page`` to ``action`` with its CSRF token."""
    token = _token(client.get(form_page).text)
    return client.post(action, data={"csrf_token": token, **fields}, follow_redirects=False)


def _sign_up(client: TestClient[Any]) -> Any:
    return _post(client, "/signup", "/signup", email=EMAIL, name="Claire", password=PASSWORD)


def _answer_for(html: str) -> dict[str, Any]:
    """A well-formed answer to the question of ``html``, whatever its type."""
    kind = KIND.search(html)
    reference = REFERENCE.search(html)
    assert kind and reference
    found: dict[str, Any] = {"reference": reference.group(1), "kind": kind.group(1)}
    mode = MODE.search(html)
    if mode:
        found["mode"] = mode.group(1)
    typed = {"free_answer": "réponse", "number": "3", "cell": "A1", "line": "1"}
    found["answer"] = typed.get(mode.group(1) if mode else kind.group(1), "0")
    for name in FIELD.findall(html):
        found[name] = "réponse"
    return found


def test_sign_up_logs_in_and_shows_the_profile(client: TestClient[Any]) -> None:
    response = _sign_up(client)
    assert response.status_code == 303 and response.headers["location"] == "/candidate"
    profile = client.get("/candidate?lang=en")
    assert profile.status_code == 200
    assert profile.text.count('class="competence"') == 16
    assert "Certifiable: not yet" in profile.text and "Total: 0 pix" in profile.text
    assert profile.text.count("Start the test") == 16
    french = client.get("/candidate?lang=fr").text
    assert "Mon profil de positionnement" in french and "Commencer le test" in french


def test_a_test_one_question_at_a_time(client: TestClient[Any]) -> None:
    _sign_up(client)
    started = _post(client, "/candidate", "/candidate/attempts", competence="1.1")
    assert started.status_code == 303
    page_url = started.headers["location"]
    first = client.get(page_url)
    assert first.status_code == 200 and "Question 1" in first.text
    assert client.get(page_url).text == first.text  # a reload shows the same question
    assert "Reprendre le test" in client.get("/candidate").text

    answer = _answer_for(first.text)
    done = client.post(
        f"{page_url}/answers", data={"csrf_token": _token(first.text), **answer},
        follow_redirects=False,
    )  # fmt: skip
    assert done.status_code == 303 and done.headers["location"] == page_url
    second = client.get(page_url)
    assert "Question 2" in second.text

    again = client.post(
        f"{page_url}/answers", data={"csrf_token": _token(first.text), **answer},
        follow_redirects=False,
    )  # fmt: skip
    assert again.status_code == 303
    assert again.headers["location"] == f"{page_url}?notice=already-answered"
    shown = client.get(again.headers["location"] + "&lang=en")
    assert "your first answer was kept" in shown.text and "Question 2" in shown.text

    html = second.text
    for _ in range(100):
        response = client.post(
            f"{page_url}/answers", data={"csrf_token": _token(html), **_answer_for(html)},
            follow_redirects=False,
        )  # fmt: skip
        assert response.status_code == 303
        html = client.get(page_url + "?lang=en").text
        if "Test finished" in html:
            break
    assert "Your level:" in html and 'href="/candidate"' in html
    assert "Take the test again" in client.get("/candidate?lang=en").text


def test_no_answer_chosen_is_shown_in_the_form(client: TestClient[Any]) -> None:
    _sign_up(client)
    page_url = _post(client, "/candidate", "/candidate/attempts", competence="2.1").headers[
        "location"
    ]
    html = client.get(page_url + "?lang=en").text
    answer = {k: ("" if k == "answer" or k.startswith("field-") else v)
              for k, v in _answer_for(html).items()}  # fmt: skip
    response = client.post(f"{page_url}/answers", data={"csrf_token": _token(html), **answer})
    assert response.status_code == 422
    expected = {
        "free_answer": "Write your answer before submitting.",
        "number": "Write your answer before submitting.",
        "fields": "Fill in every field before submitting.",
        "cell": "Write a cell reference",
        "line": "Write a line number",
    }
    kind = answer.get("mode", answer["kind"])
    assert expected.get(kind, "Choose an answer before submitting.") in response.text
    assert re.search(r'aria-describedby="[^"]*answer-error"', response.text)


def test_a_wrong_login_shows_one_neutral_message(client: TestClient[Any]) -> None:
    _sign_up(client)
    client.cookies.clear()
    for login, password in ((EMAIL, "wrong password"), ("nobody@example.org", PASSWORD)):
        response = _post(client, "/login?lang=en", "/login", login=login, password=password)
        assert response.status_code == 401
        assert "Wrong login or password." in response.text
        assert 'aria-describedby="login-error"' in response.text
    response = _post(client, "/login?lang=fr", "/login", login=EMAIL, password="nope")
    assert "Identifiant ou mot de passe incorrect." in response.text


def test_too_many_failed_logins_say_how_long_to_wait(client: TestClient[Any]) -> None:
    _sign_up(client)
    client.cookies.clear()
    statuses = [
        _post(client, "/login?lang=en", "/login", login=EMAIL, password="wrong").status_code
        for _ in range(5)
    ]
    assert statuses == [401] * 5
    response = _post(client, "/login?lang=en", "/login", login=EMAIL, password=PASSWORD)
    assert response.status_code == 429
    assert "Too many failed logins: wait" in response.text and "Retry-After" in response.headers


def test_login_goes_to_the_profile(client: TestClient[Any]) -> None:
    _sign_up(client)
    client.cookies.clear()
    response = _post(client, "/login", "/login", login=EMAIL, password=PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/candidate"
    assert client.get("/candidate").status_code == 200


@pytest.mark.parametrize(
    ("fields", "status", "field", "message"),
    [
        ({"email": "not-an-email"}, 422, "email", "Type an email address"),
        ({"password": "short"}, 422, "password", "A password has 10 to 1024 characters."),
        ({"email": EMAIL}, 409, "email", "An account with this email already exists"),
    ],
)
def test_sign_up_errors_are_shown_in_the_form(
    client: TestClient[Any], fields: dict[str, str], status: int, field: str, message: str
) -> None:
    _sign_up(client)
    client.cookies.clear()
    values = {"email": "other@example.org", "name": "", "password": PASSWORD, **fields}
    response = _post(client, "/signup?lang=en", "/signup", **values)
    assert response.status_code == status
    assert message in response.text
    assert re.search(rf'id="{field}"[^>]*aria-describedby="[^"]*{field}-error"', response.text)
    assert re.search(rf'id="{field}"[^>]*aria-invalid="true"', response.text)


def test_a_form_without_its_token_is_refused(client: TestClient[Any]) -> None:
    client.get("/login")  # the form cookie is set
    response = client.post("/login?lang=en", data={"login": EMAIL, "password": PASSWORD})
    assert response.status_code == 400 and "This form has expired" in response.text
    _sign_up(client)
    response = client.post("/candidate/attempts?lang=en", data={"competence": "1.1"})
    assert response.status_code == 403 and "This form has expired" in response.text


def test_password_change_and_logout(client: TestClient[Any]) -> None:
    _sign_up(client)
    wrong = _post(client, "/account/password?lang=en", "/account/password",
                  current="not it at all", password="a new password 1")  # fmt: skip
    assert wrong.status_code == 422 and "The current password is not right." in wrong.text
    done = _post(client, "/account/password", "/account/password",
                 current=PASSWORD, password="a new password 1")  # fmt: skip
    assert done.status_code == 303
    assert "Your password was changed" in client.get(done.headers["location"] + "&lang=en").text
    out = _post(client, "/candidate", "/logout")
    assert out.status_code == 303 and out.headers["location"] == "/"
    again = client.get("/candidate?lang=en")
    assert again.status_code == 401 and "Log in to see this page." in again.text
    response = _post(client, "/login", "/login", login=EMAIL, password="a new password 1")
    assert response.status_code == 303


def test_other_roles_and_other_candidates_are_kept_out(
    area: AccountsArea, client: TestClient[Any]
) -> None:
    _sign_up(client)
    page_url = _post(client, "/candidate", "/candidate/attempts", competence="1.1").headers[
        "location"
    ]
    client.cookies.clear()
    other = add_account(area, "other", ("candidate", ""))
    client.cookies.update(session_headers(area, other)[0])
    response = client.get(page_url + "?lang=en")
    assert response.status_code == 404 and "This test does not exist" in response.text
    client.cookies.clear()
    admin = add_account(area, "admin", ("organisation_admin", "A"))
    client.cookies.update(session_headers(area, admin)[0])
    response = client.get("/candidate?lang=en")
    assert response.status_code == 403 and "This page is for candidates" in response.text
