"""A candidate in Chromium: signs up, logs out and in, starts a competence, answers (the
first answer by keyboard alone), reloads in the middle and sees the same question, finishes,
and sees the result in the profile. axe-core (WCAG 2.1 AA) runs on every page visited, at
phone and desktop widths; screenshots go to ``/tmp/cand-shots`` to be looked at.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

SHOTS = Path("/tmp/cand-shots")
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "a long enough password"
MAX_QUESTIONS = 80


class Visit:
    """One browser page; :meth:`check` runs axe-core and saves a screenshot."""

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

    def sign_up(self, url: str, email: str, lang: str) -> None:
        """Sign up as an adult candidate through the form (``PASSWORD``)."""
        page = self.page
        page.goto(f"{url}/signup?lang={lang}")
        page.fill("#email", email)
        page.fill("#password", PASSWORD)
        page.click("form.stacked button[type=submit]")


def grant(server: dict[str, Any], email: str, role: str) -> None:
    """``certinum accounts grant EMAIL ROLE`` on the server's data folder."""
    granted = subprocess.run(
        [sys.executable, "-m", "certinum", "accounts", "grant", email, role],
        check=False, env=server["env"], capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert granted.returncode == 0, granted.stderr


def _question(page: Any) -> tuple[str, str]:
    """The question's heading and its opaque reference."""
    return (
        page.inner_text("#question-title"),
        page.get_attribute("input[name=reference]", "value") or "",
    )


def _typed(page: Any) -> str:
    """What to type in a text field: a line number, a cell, or a word (any type's format)."""
    mode = page.locator("input[name=mode]")
    kind = mode.get_attribute("value") if mode.count() else ""
    return {"line": "1", "cell": "A1"}.get(kind or "", "réponse")


def _choose(page: Any) -> None:
    """Give an answer: the first proposal or element, or text in every text field."""
    fields = page.locator("input.free")
    if fields.count():
        for k in range(fields.count()):
            fields.nth(k).fill(_typed(page))
    else:
        page.locator(".proposal input").first.check()


def _answer_by_keyboard(page: Any) -> None:
    """Tab to the first proposal (or the text field), choose it, Tab to the button, Enter."""
    for _ in range(200):  # past the links of the material (a page, a mailbox) first
        page.keyboard.press("Tab")
        kind = page.evaluate(
            "() => document.activeElement.closest('.proposal') ? 'proposal'"
            " : document.activeElement.classList.contains('free') ? 'free' : ''"
        )
        if kind:
            break
    else:
        pytest.fail("the keyboard never reached the answer")
    if kind == "free":
        for _ in range(10):  # every text field (one, or those of a fields item)
            page.keyboard.type(_typed(page))
            page.keyboard.press("Tab")
            if not page.evaluate("() => document.activeElement.classList.contains('free')"):
                break
        page.keyboard.press("Shift+Tab")
    else:
        page.keyboard.press("Space")
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.type === 'submit'"):
            break
    else:
        pytest.fail("the keyboard never reached the submit button")
    with page.expect_navigation():
        page.keyboard.press("Enter")


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_a_candidate_takes_a_positioning_test(
    browser: Any, server: dict[str, Any], axe_source: str, width: int, lang: str
) -> None:
    visit = Visit(browser, width, axe_source)
    page, url = visit.page, server["url"]
    email = f"candidate-{width}@example.org"

    page.goto(f"{url}/signup?lang={lang}")
    visit.check("signup")
    page.fill("#email", email)
    page.fill("#password", "short")
    page.click("form.stacked button[type=submit]")
    assert page.get_attribute("#password", "aria-invalid") == "true"
    visit.check("signup-error")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    assert page.url == f"{url}/candidate"
    visit.check("profile-new")

    page.click("form[action='/logout'] button")
    page.goto(f"{url}/login")
    page.fill("#login", email)
    page.fill("#password", "wrong password")
    page.click("form.stacked button[type=submit]")
    assert page.locator("#login-error").is_visible()
    visit.check("login-error")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    assert page.url == f"{url}/candidate"

    page.click("form:has(input[name=competence][value='1.1']) button")
    assert "/candidate/attempts/" in page.url
    attempt_url = page.url
    visit.check("question")
    assert _question(page)[0].endswith("1")
    _answer_by_keyboard(page)
    assert _question(page)[0].endswith("2")
    _choose(page)
    page.click(".answer-form button[type=submit]")
    before = _question(page)
    assert before[0].endswith("3")
    page.reload()
    assert _question(page) == before, "a reload shows the same question"
    visit.check("question-reloaded")

    for _ in range(MAX_QUESTIONS):
        if page.locator("#result-title").count():
            break
        _choose(page)
        page.click(".answer-form button[type=submit]")
    assert page.url == attempt_url
    assert page.locator("#result-title").is_visible()
    visit.check("result")
    page.click("main a.button[href='/candidate']")
    score = page.inner_text("li.competence:has(#c-1\\.1) .score")
    assert score.startswith(("Niveau", "Level")), score
    visit.check("profile-after")
    visit.context.close()
    assert visit.problems == [], json.dumps(visit.problems, indent=1)
