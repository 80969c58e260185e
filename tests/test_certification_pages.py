"""The centre pages: a centre admin plans a session, sees its access code, makes the
invigilator password (shown once), enrols a candidate and a file (with the report of rejected
rows), and is told why a candidate is not certifiable. Another centre's admin gets 403, another
centre's session 404, a form without its CSRF token 403; nothing is written then."""

from __future__ import annotations

import re
from typing import Any

from accounts_helpers import add_account
from certification_helpers import SESSION, as_account, candidate, centre
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.certification.tables import CertificationSession, Enrolment


def _form_token(headers: dict[str, str]) -> dict[str, str]:
    return {"csrf_token": headers["X-CSRF-Token"]}


def _count(area: AccountsArea, table: Any) -> int:
    with area.runtime.sessions() as db:
        return db.query(table).count()


def _planned(client: TestClient[Any], area: AccountsArea) -> tuple[str, str, dict[str, str]]:
    centre_id, admin = centre(client, area)
    headers = as_account(client, area, admin)
    token = _form_token(headers)
    made = client.post(
        f"/centres/{centre_id}/sessions", data={**SESSION, **token}, follow_redirects=False
    )
    assert made.status_code == 303, made.text
    return centre_id, made.headers["location"], token


def test_a_centre_admin_plans_a_session_and_enrols(
    client: TestClient[Any], area: AccountsArea
) -> None:
    centre_id, url, token = _planned(client, area)
    home = client.get(f"/centres/{centre_id}?lang=en")
    assert home.status_code == 200 and "Session 1" in home.text
    assert (
        client.get("/centres", follow_redirects=False).headers["location"]
        == f"/centres/{centre_id}"
    )
    shown = client.get(url)
    assert shown.status_code == 200
    with area.runtime.sessions() as db:
        code = db.query(CertificationSession).one().access_code
    assert code and code in shown.text

    made = client.post(f"{url}/invigilator-password", data=token)
    assert made.status_code == 200
    password = re.search(r'<span class="code">([a-z0-9]{12})</span>', made.text)
    assert password is not None
    assert password[1] not in client.get(url).text  # shown once

    candidate(area, "lea@example.org")
    candidate(area, "noel@example.org", competences=3)
    person = {"last_name": "Martin", "first_name": "Léa", "birth_date": "1990-02-14",
              "email": "lea@example.org", **token}  # fmt: skip
    done = client.post(f"{url}/enrolments", data=person, follow_redirects=False)
    assert done.status_code == 303
    assert "MARTIN" in client.get(url).text
    refused = client.post(f"{url}/enrolments?lang=fr", data={**person, "email": "noel@example.org"})
    assert refused.status_code == 422
    assert "pas encore certifiable" in refused.text and 'aria-invalid="true"' not in refused.text
    bad_date = client.post(f"{url}/enrolments?lang=en", data={**person, "birth_date": "2090-01-01"})
    assert bad_date.status_code == 422 and 'id="birth_date-error"' in bad_date.text
    assert _count(area, Enrolment) == 1


def test_a_file_with_bad_rows_gets_a_report(client: TestClient[Any], area: AccountsArea) -> None:
    _, url, token = _planned(client, area)
    candidate(area, "lea@example.org")
    data = (
        "Nom;Prénom;Date de naissance;Email\r\n"
        "Martin;Léa;14/02/1990;lea@example.org\r\n"
        "Martin;Léa;14/02/1990;lea@example.org\r\n"
    ).encode()
    files = {"file": ("c.csv", data, "text/csv")}
    refused = client.post(f"{url}/enrolments/import?lang=en", files=files, data=token)
    assert refused.status_code == 422
    assert "<td>3</td><td>The same candidate as an earlier row.</td>" in refused.text
    assert _count(area, Enrolment) == 0
    done = client.post(
        f"{url}/enrolments/import?lang=en", files=files, data={**token, "mode": "valid-only"}
    )
    assert done.status_code == 200 and "Candidates enrolled from the file: 1" in done.text
    wrong = client.post(
        f"{url}/enrolments/import?lang=en",
        files={"file": ("c.csv", b"Nom;Email\r\nA;b@c.d\r\n", "text/csv")},
        data=token,
    )
    assert wrong.status_code == 422 and "A required column is missing" in wrong.text
    assert _count(area, Enrolment) == 1


def test_bad_session_forms_change_nothing(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, url, token = _planned(client, area)
    bad = client.post(
        f"/centres/{centre_id}/sessions?lang=en", data={**SESSION, **token, "date": "2026-02-31"}
    )
    assert bad.status_code == 422 and 'id="date-error"' in bad.text
    edit = client.post(f"{url}?lang=en", data={**SESSION, **token, "time": "9h"})
    assert edit.status_code == 422 and 'id="time-error"' in edit.text
    no_csrf = client.post(f"/centres/{centre_id}/sessions", data=SESSION)
    assert no_csrf.status_code == 403
    assert _count(area, CertificationSession) == 1


def test_other_centres_and_people_are_refused(client: TestClient[Any], area: AccountsArea) -> None:
    centre_id, url, _ = _planned(client, area)
    other_id, other_admin = centre(client, area, "CC-02")
    token = _form_token(as_account(client, area, other_admin))
    assert client.get(f"/centres/{centre_id}").status_code == 403
    assert client.get(url).status_code == 403
    session_id = url.rsplit("/", 1)[-1]
    assert client.get(f"/centres/{other_id}/sessions/{session_id}").status_code == 404
    assert client.post(f"/centres/{other_id}/sessions/{session_id}/invigilator-password",
                       data=token).status_code == 404  # fmt: skip
    as_account(client, area, add_account(area, "someone", ("candidate", "")))
    assert client.get(f"/centres/{centre_id}").status_code == 403
    client.cookies.clear()
    assert client.get(f"/centres/{centre_id}").status_code == 401
    with area.runtime.sessions() as db:
        assert db.query(CertificationSession).one().invigilator_password_hash is None
