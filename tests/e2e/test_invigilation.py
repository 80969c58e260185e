"""A certification session in Chromium: a candidate checks in and waits, the invigilator logs
in and lets them start, the candidate answers a few questions, reloads (the same question),
answers again, and the invigilator ends the test with a reason. axe-core (WCAG 2.1 AA) runs on
every page visited, at phone and desktop widths; screenshots go to ``/tmp/invigilation-shots``.

The server is this module's own (``certinum init``, then a centre, a session with its
invigilator password and an enrolled certifiable candidate made through the service functions,
then ``certinum serve`` over HTTPS).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pagecheck import page_problems
from servers import served

SHOTS = Path("/tmp/invigilation-shots")
PASSWORD = "a long enough password"
COMPETENCES = ("1.1", "1.2", "2.1", "2.2", "3.1")
PEOPLE = {
    390: ("lea@example.org", "Martin", "Léa", "1990-02-14"),
    1280: ("noel@example.org", "Cœur", "Noël", "1991-11-30"),
}


def _prepare(env: dict[str, str]) -> dict[str, Any]:
    from certinum.accounts.area import AccountsArea
    from certinum.accounts.people import sign_up
    from certinum.certification.candidates import CandidateInput
    from certinum.certification.centres import create_centre
    from certinum.certification.enrolment import enrol_one
    from certinum.certification.sessions import (
        SessionFields,
        create_session,
        reset_invigilator_password,
    )
    from certinum.db import transaction
    from certinum.positioning.tables import FINISHED, PositioningAttempt
    from certinum.runtime import Runtime
    from certinum.settings import Settings

    runtime = Runtime.open(Settings.from_env(env))
    try:
        area = AccountsArea.open(runtime)
        centre = create_centre(runtime, name="Centre Jean-Moulin", code="CC-0751",
                               address="Lyon", actor="test")  # fmt: skip
        fields = SessionFields("2030-03-15", "09:30", "Salle 12", "Lyon", "Mme Œuvray")
        session = create_session(runtime, centre.id, fields, actor="test")
        password = reset_invigilator_password(runtime, centre.id, session.id, actor="test")
        now = runtime.clock()
        for email, last, first, birth in PEOPLE.values():
            account = sign_up(area, email=email, password=PASSWORD, display_name=first)
            with transaction(runtime.sessions) as db:  # a certifiable profile: 5 levels of 2
                db.add_all(
                    PositioningAttempt(
                        candidate_id=str(account.id), competence=code, state=FINISHED,
                        started_at=now, updated_at=now, finished_at=now, engine_state={},
                        level=2, pix=16, answers=8,
                    )
                    for code in COMPETENCES
                )  # fmt: skip
            enrol_one(runtime, centre.id, session.id, CandidateInput(last, first, birth,
                      email=email), actor="test")  # fmt: skip
        return {"session": session.id, "code": session.access_code, "password": password.password}
    finally:
        runtime.close()


@pytest.fixture(scope="module")
def session_server(
    tmp_path_factory: pytest.TempPathFactory, browser: Any
) -> Iterator[dict[str, Any]]:
    with served(tmp_path_factory.mktemp("invigilation"), _prepare) as made:
        yield made


class Checker:
    def __init__(self, axe: str, width: int) -> None:
        self.axe, self.width = axe, width
        self.problems: list[dict[str, Any]] = []

    def check(self, page: Any, name: str) -> None:
        shot = SHOTS / f"{name}-{self.width}.png"
        self.problems.extend(page_problems(page, self.axe, name, shot))


def _answer(page: Any) -> None:
    kind = page.get_attribute("input[name=kind]", "value")
    if kind in ("single_choice", "multiple_choice"):
        page.check("#p0")
    elif kind == "fields":
        for box in page.query_selector_all("input[name^=field-]"):
            box.fill("1")
    elif kind == "pick":  # an element of the document, a cell of a table, a line of a text
        mode = page.get_attribute("input[name=mode]", "value")
        if mode == "choice":
            page.check("#p0")
        else:
            page.fill("#answer", "A1" if mode == "cell" else "1")
    else:
        page.fill("#answer", "1")
    page.click("form.answer-form button[type=submit]")


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_a_candidate_sits_and_the_invigilator_ends_the_test(
    browser: Any, session_server: dict[str, Any], axe_source: str, width: int, lang: str
) -> None:
    url, sid = session_server["url"], session_server["session"]
    email, last, first, birth = PEOPLE[width]
    checker = Checker(axe_source, width)
    options = {"ignore_https_errors": True, "viewport": {"width": width, "height": 900}}
    candidate = browser.new_context(**options).new_page()
    invigilator = browser.new_context(**options).new_page()

    candidate.goto(f"{url}/login?next=/certification&lang={lang}")
    candidate.fill("#login", email)
    candidate.fill("#password", PASSWORD)
    candidate.click("form.stacked button[type=submit]")
    assert candidate.url.endswith("/certification")
    checker.check(candidate, "checkin")
    candidate.fill("#access_code", session_server["code"])
    candidate.fill("#last_name", last)
    candidate.fill("#first_name", first)
    candidate.fill("#birth_date", birth)
    candidate.click("form.stacked button[type=submit]")
    assert "/certification/enrolments/" in candidate.url
    checker.check(candidate, "waiting")

    invigilator.goto(f"{url}/invigilation?lang={lang}")
    checker.check(invigilator, "invigilator-login")
    invigilator.fill("#session", str(sid))
    invigilator.fill("#password", session_server["password"])
    invigilator.click("form.stacked button[type=submit]")
    assert invigilator.url.endswith(f"/invigilation/{sid}")
    row = f"tr:has-text('{last.upper()}')"
    assert "waiting" in invigilator.get_attribute(f"{row} [data-field=state]", "data-state")
    checker.check(invigilator, "invigilation")
    invigilator.click(f"{row} form[action$='/authorise'] button")

    # the waiting page notices the start by itself (its script asks every 3 s)
    candidate.wait_for_selector("form[action$='/test'] button", timeout=10000)
    candidate.click("form[action$='/test'] button")
    assert "/certification/tests/" in candidate.url
    checker.check(candidate, "question")
    for _ in range(3):
        _answer(candidate)
    reference = candidate.get_attribute("input[name=reference]", "value")
    candidate.reload()
    assert candidate.get_attribute("input[name=reference]", "value") == reference
    assert "4" in candidate.inner_text("#question-title")
    checker.check(candidate, "question-reloaded")
    candidate.click("details:has(#description) summary")  # not a document's "read as text"
    candidate.fill("#description", "image")
    candidate.click("form[action$='/problems'] button")
    checker.check(candidate, "problem-reported")

    # the invigilator's table follows (its script fetches the status every 5 s)
    enrolment = invigilator.get_attribute(row, "data-enrolment")
    cell = f'tr[data-enrolment="{enrolment}"] [data-field=answers]'
    invigilator.wait_for_function(
        f"document.querySelector('{cell}').textContent.trim() === '3'", timeout=12000
    )
    invigilator.reload()
    checker.check(invigilator, "invigilation-in-progress")
    invigilator.select_option(f"{row} select[name=reason]", "candidate")
    invigilator.click(f"{row} form[action$='/end'] button")
    assert invigilator.get_attribute(f"{row} [data-field=state]", "data-state") == "ended"
    invigilator.select_option("#incident-category", "late_or_leaving")
    invigilator.fill("#incident-description", "Parti avant la fin")
    invigilator.click("form[action$='/incidents'] button")
    checker.check(invigilator, "invigilation-ended")

    candidate.reload()
    assert candidate.query_selector("#ended-title") is not None
    checker.check(candidate, "ended")
    assert checker.problems == []
