"""A whole certification session in Chromium, from enrolment to publication, through the pages.

The centre's admin plans a session, enrols one candidate by the form and the other from a CSV
file, and makes the invigilator password. The two candidates (a browser context each) check in
with the access code and their identity; the invigilator (a third context, session number and
password) sees them waiting, lets one start then every waiting one, follows their answers live
and records an incident. Both candidates answer the 32 questions, whatever the item form (the
first with the keyboard alone, the second by clicking); the first reports a problem on one. The
centre finalises the session with the examiner's comment; the jury reads the incident and the
reported problem, neutralises that question (the candidate's answers then count 31 and the
score is recomputed) and publishes. Each candidate then reads their published result (the
jury's recomputed score), and the centre sees its session published, with nothing left to
change.

axe-core (WCAG 2.1 AA) runs on every page visited (a question page once per item form; the
second candidate's check-in, waiting and end pages, the first one's again, are not re-checked),
and no page scrolls sideways; full-page screenshots at phone (390 px) and desktop (1280 px)
widths go into the test's ``tmp_path``/``shots``. The server is this module's own (see
:mod:`session_helpers`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from session_helpers import ADMIN, JURY, PEOPLE, Checker, answer, item_form, served

QUESTIONS = 32
REPORTED = 2  # the question the first candidate reports a problem on, then neutralised
LIVE_AFTER = 3  # answers each candidate gives before the invigilator's live check


@pytest.fixture(scope="module")
def session_server(
    tmp_path_factory: pytest.TempPathFactory, browser: Any
) -> Iterator[dict[str, Any]]:
    """The server's url and the centre's id."""
    with served(tmp_path_factory.mktemp("session")) as made:
        yield made


def _plan_and_enrol(c: Checker, admin: Any, url: str, tmp: Path) -> dict[str, str]:
    """The centre's admin plans today's session, enrols the first candidate by the form and
    the second from a CSV file, makes the invigilator password; what the others need."""
    (email, last, first, birth), second = PEOPLE[c.width]
    c.login(admin, url, ADMIN, "/centres")
    assert "/centres/" in admin.url
    c.check(admin, "centre")
    admin.fill("#date", datetime.now(UTC).date().isoformat())
    admin.fill("#time", "09:30")
    admin.fill("#room", "Salle 12")
    admin.fill("#address", "3 rue de l'Épée, Lyon")
    admin.fill("#examiner", "Mme Œuvray")
    admin.click("form[action$='/sessions'] button[type=submit]")
    assert "/sessions/" in admin.url
    session = admin.url.rsplit("/sessions/", 1)[1].split("?")[0]
    c.check(admin, "session")

    admin.fill("#last_name", last)
    admin.fill("#first_name", first)
    admin.fill("#birth_date", birth)
    admin.fill("#email", email)
    admin.click("form[action$='/enrolments'] button[type=submit]")
    assert last.upper() in admin.inner_text("#candidates")
    c.check(admin, "session-enrolled")

    data = tmp / "candidats.csv"
    y, m, d = second[3].split("-")
    data.write_text(
        f"Nom;Prénom;Date de naissance;Email\r\n{second[1]};{second[2]};{d}/{m}/{y};"
        f"{second[0]}\r\n",
        encoding="utf-8",
    )
    admin.set_input_files("#file", str(data))
    admin.click("form[action$='/enrolments/import'] button[type=submit]")
    assert admin.locator("#report .alert.ok").count() == 1
    assert admin.locator("#report tbody tr").count() == 0, "no row rejected"
    assert second[1].upper() in admin.inner_text("#candidates")
    c.check(admin, "session-imported")

    admin.click("form[action$='/invigilator-password'] button")
    password = admin.inner_text(".alert.ok .code")
    assert len(password) == 12
    c.check(admin, "session-password")
    code = admin.inner_text("section[aria-labelledby=about-title] .code")
    return {"session": session, "code": code, "password": password}


def _check_in(c: Checker, page: Any, url: str, person: tuple[str, ...], code: str, n: int) -> None:
    """A candidate checks in; the pages are checked for the first one (the second sees the
    same pages)."""
    email, last, first, birth = person
    c.login(page, url, email, "/certification")
    assert page.url.endswith("/certification")
    if n == 0:
        c.check(page, "checkin")
    page.fill("#access_code", code)
    page.fill("#last_name", last)
    page.fill("#first_name", first)
    page.fill("#birth_date", birth)
    page.click("form.stacked button[type=submit]")
    assert "/certification/enrolments/" in page.url
    if n == 0:
        c.check(page, "waiting")


def _report_problem(c: Checker, page: Any) -> None:
    page.click("details summary")
    page.fill("#description", "L'image de la question ne s'affiche pas")
    page.click("form[action$='/problems'] button")
    assert "notice=reported" in page.url
    assert page.locator("p.alert.ok[role=status]").count() == 1
    assert str(REPORTED) in page.inner_text("#question-title"), "the same question, still open"
    c.check(page, "problem-reported")


def _follow_live(c: Checker, invigilator: Any, rows: list[str]) -> None:
    """The invigilator's table shows each candidate's answers without a reload, then an
    incident is recorded for the second candidate."""
    for row in rows:
        cell = f"{row} [data-field=answers]"
        invigilator.wait_for_function(
            f"document.querySelector('{cell}').textContent.trim() === '{LIVE_AFTER}'",
            timeout=12000,
        )
    invigilator.reload()
    assert all(
        invigilator.get_attribute(f"{row} [data-field=state]", "data-state") == "in_progress"
        for row in rows
    )
    c.check(invigilator, "invigilation-in-progress")
    second = invigilator.get_attribute(rows[1], "data-enrolment") or ""
    invigilator.select_option("#incident-enrolment", second)
    invigilator.select_option("#incident-category", "technical_problem")
    invigilator.fill("#incident-description", "Écran figé deux minutes, poste redémarré")
    invigilator.click("form[action$='/incidents'] button")
    assert invigilator.locator("p.alert.ok[role=status]").count() == 1
    c.check(invigilator, "invigilation-incident")


def _sit(c: Checker, candidates: list[Any], invigilator: Any, rows: list[str]) -> None:
    """Both candidates answer every question, in turn; a question page is checked the first
    time its item form shows."""
    seen: set[str] = set()
    for k in range(1, QUESTIONS + 1):
        for n, page in enumerate(candidates):
            assert page.inner_text("#question-title").split()[-3] == str(k)
            form = item_form(page)
            if form not in seen:
                seen.add(form)
                c.check(page, f"question-{form}")
            if n == 0 and k == REPORTED:
                _report_problem(c, page)
            answer(page, keyboard=n == 0)
        if k == LIVE_AFTER:
            _follow_live(c, invigilator, rows)
    for page in candidates:
        assert page.locator("#ended-title").count() == 1
        assert str(QUESTIONS) in page.inner_text("main")
    c.check(candidates[0], "ended")


def _review(c: Checker, jury: Any, url: str, session: str, enrolled: list[str]) -> list[str]:
    """The jury reads the session, neutralises the reported question and publishes; the
    published scores per candidate."""
    c.login(jury, url, JURY, "/jury")
    assert jury.url.endswith("/jury")
    c.check(jury, "jury-sessions")
    jury.click(f"a[href='/jury/sessions/{session}']")
    c.check(jury, "jury-session")
    incidents = "section[aria-labelledby=incidents-title] li"
    reporter, other = (f"{p[1].upper()} {p[2]}" for p in PEOPLE[c.width])
    shown = jury.inner_text(f"{incidents}:has-text('Écran figé deux minutes')")
    assert f" — {other}: " in shown, shown
    shown = jury.inner_text(f"{incidents}:has-text('affiche pas')")
    assert f" {REPORTED} — {reporter}: " in shown, shown
    assert "Séance calme" in jury.inner_text("section[aria-labelledby=about-title]")

    first = enrolled[0]
    facts = f"#candidate-{first} .facts"
    assert jury.inner_text(f"{facts} dt:nth-of-type(2) + dd") == str(QUESTIONS)
    before = jury.inner_text(f"#candidate-{first} .score")
    choice = f"#item-{first} option:nth-child({REPORTED})"
    label = jury.inner_text(choice)
    assert label.split(" — ")[0].endswith(f" {REPORTED}"), label
    item = jury.get_attribute(choice, "value") or ""
    jury.select_option(f"#item-{first}", item)
    jury.fill(f"#n-reason-{first}", "Image absente à l'écran (problème signalé)")
    jury.click(f"form[action$='/candidates/{first}/neutralise'] button")
    assert "notice=neutralised" in jury.url
    c.check(jury, "jury-neutralised")
    assert jury.inner_text(f"{facts} dt:nth-of-type(2) + dd") == str(QUESTIONS - 1)
    assert jury.locator(f"#item-{first} option[value='{item}']").count() == 0
    after = jury.inner_text(f"#candidate-{first} .score")
    assert before.isdigit() and after.isdigit()
    scores = [after, jury.inner_text(f"#candidate-{enrolled[1]} .score")]
    jury.click("form[action$='/publish'] button")
    assert "notice=published" in jury.url
    c.check(jury, "jury-published")
    return scores


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_a_whole_session_from_enrolment_to_publication(
    browser: Any, session_server: dict[str, Any], axe_source: str, width: int, lang: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    url, centre = session_server["url"], session_server["centre"]
    c = Checker(browser, width, lang, axe_source, tmp_path / "shots")
    admin = c.open()
    made = _plan_and_enrol(c, admin, url, tmp_path)
    sid = made["session"]

    candidates = [c.open(), c.open()]
    for n, (page, person) in enumerate(zip(candidates, PEOPLE[width], strict=True)):
        _check_in(c, page, url, person, made["code"], n)

    invigilator = c.open()
    invigilator.goto(f"{url}/invigilation?lang={lang}")
    c.check(invigilator, "invigilator-login")
    invigilator.fill("#session", sid)
    invigilator.fill("#password", made["password"])
    invigilator.click("form.stacked button[type=submit]")
    assert invigilator.url.endswith(f"/invigilation/{sid}")
    named = [f"tr:has(th:text-is('{p[1].upper()} {p[2]}'))" for p in PEOPLE[width]]
    enrolled = [invigilator.get_attribute(r, "data-enrolment") or "" for r in named]
    rows = [f'tr[data-enrolment="{e}"]' for e in enrolled]
    states = [invigilator.get_attribute(f"{r} [data-field=state]", "data-state") for r in rows]
    assert states == ["waiting", "waiting"]
    c.check(invigilator, "invigilation-waiting")
    invigilator.click(f"{rows[0]} form[action$='/authorise'] button")
    assert invigilator.get_attribute(f"{rows[0]} [data-field=state]", "data-state") == (
        "authorised"
    )
    invigilator.click("form:has(input[name=enrolment][value=all]) button")
    assert invigilator.get_attribute(f"{rows[1]} [data-field=state]", "data-state") == (
        "authorised"
    )

    for n, page in enumerate(candidates):  # the waiting page notices the start by itself
        page.wait_for_selector("form[action$='/test'] button", timeout=10000)
        if n == 0:
            c.check(page, "waiting-allowed")
        page.click("form[action$='/test'] button")
        assert "/certification/tests/" in page.url
    _sit(c, candidates, invigilator, rows)
    invigilator.reload()
    states = [invigilator.get_attribute(f"{r} [data-field=state]", "data-state") for r in rows]
    assert states == ["completed", "completed"]
    c.check(invigilator, "invigilation-completed")

    admin.goto(f"{url}/centres/{centre}/sessions/{sid}?lang={lang}")
    admin.click(f"a[href$='/sessions/{sid}/finalisation']")
    assert admin.locator("select[id^=abort-]").count() == 0, "every test has ended"
    c.check(admin, "finalise")
    admin.fill("#comment", "Séance calme ; un poste redémarré à 10 h 05.")
    admin.click("form[action$='/finalisation'] button[type=submit]")
    assert admin.url.split("?")[0].endswith(f"/sessions/{sid}")
    assert admin.locator("main form").count() == 0, "a finalised session offers no change"
    c.check(admin, "session-finalised")

    scores = _review(c, c.open(), url, sid, enrolled)

    for n, page in enumerate(candidates):
        page.goto(f"{url}/candidate/certifications?lang={lang}")
        assert page.locator("main section.card").count() == 1
        assert page.inner_text("main .score") == scores[n], "the jury's recomputed score"
        c.check(page, f"candidate-results-{n}")
    admin.goto(f"{url}/centres/{centre}?lang={lang}")
    row = admin.locator(f"tr:has(a[href='/centres/{centre}/sessions/{sid}'])")
    shown = row.inner_text()
    assert ("Publiée" if lang == "fr" else "Published") in shown, shown
    c.check(admin, "centre-published")
    admin.click(f"a[href='/centres/{centre}/sessions/{sid}']")
    assert admin.locator("main form, a[href$='/finalisation']").count() == 0
    c.check(admin, "session-published")
    c.close()
    assert c.problems == [], json.dumps(c.problems, indent=1)
