"""After the session in Chromium: the centre finalises a session through its page (a test
still running ended with a technical abort, an incident), the jury opens the session to
review, neutralises a question, writes comments, publishes; the candidate reads the result.
axe-core (WCAG 2.1 AA) runs on every page visited, at phone and desktop widths, and no page
scrolls sideways; screenshots go to ``/tmp/jury-shots`` to be looked at.

The server is this module's own: ``certinum init``, then through the service functions a
centre with two sessions (one per width), each with two certifiable candidates whose tests
the engine chose and answered (written as the test pages store them), then ``serve``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from servers import served

SHOTS = Path("/tmp/jury-shots")
PASSWORD = "a long enough password"
ADMIN, JURY = "centre@example.org", "jury@example.org"
COMPETENCES = ("1.1", "1.2", "2.1", "2.2", "3.1")
WIDTHS = (390, 1280)
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


class Visit:
    """One browser page; :meth:`check` runs axe-core, measures sideways scrolling and saves a
    screenshot (as the centre's end-to-end test does, into this module's folder)."""

    def __init__(self, browser: Any, width: int, axe_source: str) -> None:
        self.context = browser.new_context(
            ignore_https_errors=True, viewport={"width": width, "height": 900}
        )
        self.page = self.context.new_page()
        self.width, self.axe = width, axe_source
        self.problems: list[dict[str, Any]] = []

    def check(self, name: str) -> None:
        page = self.page
        page.add_script_tag(content=self.axe)
        results = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            WCAG_AA,
        )
        assert results["passes"], "axe ran no rule: the check proves nothing"
        for v in results["violations"]:
            self.problems.append(
                {"page": name, "rule": v["id"], "targets": [n["target"] for n in v["nodes"]]}
            )
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        if overflow > 0:
            self.problems.append({"page": name, "rule": f"scrolls sideways by {overflow}px"})
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SHOTS / f"{name}-{self.width}.png"), full_page=True)


def _prepare(env: dict[str, str]) -> dict[int, dict[str, Any]]:
    """Per width: a session, its candidates' emails and their enrolment ids."""
    from certification_review_helpers import sit

    from certinum.accounts.area import AccountsArea
    from certinum.accounts.people import sign_up
    from certinum.accounts.roles import grant
    from certinum.certification import enrolment, sessions
    from certinum.certification.candidates import CandidateInput
    from certinum.certification.centres import create_centre
    from certinum.db import transaction
    from certinum.positioning.tables import FINISHED, PositioningAttempt
    from certinum.runtime import Runtime
    from certinum.settings import Settings

    runtime = Runtime.open(Settings.from_env(env))
    made: dict[int, dict[str, Any]] = {}
    try:
        area = AccountsArea.open(runtime)
        sign_up(area, email=ADMIN, password=PASSWORD, display_name="Centre")
        jury = sign_up(area, email=JURY, password=PASSWORD, display_name="Jury")
        with transaction(runtime.sessions) as db:
            grant(db, jury.id, "jury", "", now=runtime.clock(), actor="test")
        centre = create_centre(runtime, name="Centre Jean-Moulin", code="CC-0751",
                               address="Lyon", actor="test", admin_login=ADMIN)  # fmt: skip
        day = runtime.clock().date().isoformat()
        for k, width in enumerate(WIDTHS):
            fields = sessions.SessionFields(day, "09:30", "Salle 12", "Lyon", "Mme Œuvray")
            session = sessions.create_session(runtime, centre.id, fields, actor="test")
            emails, enrolled = [], []
            for n, name in enumerate(("Martin", "Cœur")):
                email = f"{name.lower()}{k}@example.org".replace("œ", "oe")
                account = sign_up(area, email=email, password=PASSWORD, display_name=name)
                now = runtime.clock()
                with transaction(runtime.sessions) as db:  # a certifiable profile
                    for code in COMPETENCES:
                        db.add(
                            PositioningAttempt(
                                candidate_id=str(account.id), competence=code, state=FINISHED,
                                started_at=now, updated_at=now, finished_at=now,
                                engine_state={}, level=2, pix=16, answers=8,
                            )
                        )  # fmt: skip
                given = CandidateInput(name, "Léa", "2010-02-14", "", "", email, "", "")
                info = enrolment.enrol_one(runtime, centre.id, session.id, given, actor="test")
                emails.append(email)
                enrolled.append(info.id)
                sit(area, info.id, theta=0.4 - n, seed=10 * k + n, answers=32 if n == 0 else 14,
                    status="completed" if n == 0 else "started", pending=n == 1)  # fmt: skip
            made[width] = {"centre": centre.id, "session": session.id, "emails": emails,
                           "enrolled": enrolled}  # fmt: skip
    finally:
        runtime.close()
    return made


@pytest.fixture(scope="module")
def jury_server(tmp_path_factory: pytest.TempPathFactory, browser: Any) -> Iterator[dict[str, Any]]:
    with served(tmp_path_factory.mktemp("jury"), lambda env: {"sessions": _prepare(env)}) as made:
        yield made


def _login(visit: Visit, url: str, login: str, target: str, lang: str) -> None:
    page = visit.page
    page.context.clear_cookies()
    page.goto(f"{url}/login?lang={lang}&next={target}")
    page.fill("#login", login)
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_a_session_is_finalised_reviewed_and_published(
    browser: Any, jury_server: dict[str, Any], axe_source: str, width: int, lang: str
) -> None:
    visit = Visit(browser, width, axe_source)
    page, url = visit.page, jury_server["url"]
    made = jury_server["sessions"][width]
    running = made["enrolled"][1]
    finalise = f"/centres/{made['centre']}/sessions/{made['session']}/finalisation"
    _login(visit, url, ADMIN, finalise, lang)
    assert page.url.endswith(finalise)
    visit.check("finalise")
    page.click("form[action$='/finalisation'] button[type=submit]")
    assert page.locator("[role=alert]").count() == 1  # the running test needs a reason
    visit.check("finalise-refused")
    page.select_option(f"#abort-{running}", "technical")
    page.fill("#comment", "Coupure réseau à 10 h 05")
    page.select_option("#incident_category", "connection_or_end_screen")
    page.select_option("#incident_candidate", str(running))
    page.fill("#incident_description", "Connexion perdue, test non repris")
    page.click("form[action$='/finalisation'] button[type=submit]")
    assert f"/sessions/{made['session']}" in page.url

    _login(visit, url, JURY, "/jury", lang)
    assert page.url.endswith("/jury")
    visit.check("jury-sessions")
    page.click(f"a[href='/jury/sessions/{made['session']}']")
    visit.check("jury-session")
    first = made["enrolled"][0]
    before = page.inner_text(f"#candidate-{first} .score")
    page.fill(f"#n-reason-{first}", "Image absente à l'écran")
    page.click(f"form[action$='/candidates/{first}/neutralise'] button")
    assert "notice=neutralised" in page.url
    assert page.locator("[role=status]").count() == 1
    visit.check("jury-neutralised")
    after = page.inner_text(f"#candidate-{first} .score")
    assert before.isdigit() and after.isdigit()
    page.fill(f"#for-candidate-{first}", "Très bon travail")
    page.fill(f"#m-reason-{first}", "Avis du jury")
    page.click(f"form[action$='/candidates/{first}/comments'] button")
    assert "notice=commented" in page.url
    page.click("form[action$='/publish'] button")
    assert "notice=published" in page.url
    visit.check("jury-published")

    _login(visit, url, made["emails"][0], "/candidate/certifications", lang)
    assert "Très bon travail" in page.inner_text("main")
    visit.check("candidate-results")
    visit.context.close()
    assert visit.problems == [], json.dumps(visit.problems, indent=1)
