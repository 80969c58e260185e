"""What the whole-session end-to-end test (``test_session.py``) uses: its own server, people
made through the service functions, and one :class:`Checker` for the several browser contexts
of a session (centre, two candidates, invigilator, jury).

The server is made as the other certification modules make theirs: ``certinum init``, then
through the service functions the accounts the issue does not put on the path (the centre
with its admin, a jury member, candidates whose positioning profile makes them certifiable),
then ``certinum serve`` over HTTPS.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import servers
from pagecheck import page_problems

PASSWORD = "a long enough password"
ADMIN, JURY = "centre@example.org", "jury@example.org"
COMPETENCES = ("1.1", "1.2", "2.1", "2.2", "3.1")
# Per width, two candidates: (email, last name, first name, birth date).
PEOPLE = {
    width: (
        (f"martin{width}@example.org", "Martin", "Léa", "1990-02-14"),
        (f"coeur{width}@example.org", "Cœur", "Noël", "1991-11-30"),
    )
    for width in (390, 1280)
}


def prepare(env: dict[str, str]) -> dict[str, Any]:
    """The centre and its admin, a jury member, and every candidate of :data:`PEOPLE` with a
    certifiable profile (5 competences at level 2); the centre's id."""
    from certinum.accounts.area import AccountsArea
    from certinum.accounts.people import sign_up
    from certinum.accounts.roles import grant
    from certinum.certification.centres import create_centre
    from certinum.db import transaction
    from certinum.positioning.tables import FINISHED, PositioningAttempt
    from certinum.runtime import Runtime
    from certinum.settings import Settings

    runtime = Runtime.open(Settings.from_env(env))
    try:
        area = AccountsArea.open(runtime)
        sign_up(area, email=ADMIN, password=PASSWORD, display_name="Centre")
        jury = sign_up(area, email=JURY, password=PASSWORD, display_name="Jury")
        with transaction(runtime.sessions) as db:
            grant(db, jury.id, "jury", "", now=runtime.clock(), actor="test")
        centre = create_centre(runtime, name="Centre Jean-Moulin", code="CC-0751",
                               address="Lyon", actor="test", admin_login=ADMIN)  # fmt: skip
        now = runtime.clock()
        for pair in PEOPLE.values():
            for email, _last, first, _birth in pair:
                account = sign_up(area, email=email, password=PASSWORD, display_name=first)
                with transaction(runtime.sessions) as db:
                    db.add_all(
                        PositioningAttempt(
                            candidate_id=str(account.id), competence=code, state=FINISHED,
                            started_at=now, updated_at=now, finished_at=now, engine_state={},
                            level=2, pix=16, answers=8,
                        )
                        for code in COMPETENCES
                    )  # fmt: skip
        return {"centre": centre.id}
    finally:
        runtime.close()


@contextmanager
def served(tmp: Path) -> Iterator[dict[str, Any]]:
    """``certinum init``, :func:`prepare`, then ``certinum serve`` on a free port."""
    with servers.served(tmp, prepare) as made:
        yield made


class Checker:
    """The browser contexts of one run at one width. :meth:`open` makes a context (its own
    cookies: one person); :meth:`check` runs axe-core (WCAG 2.1 AA) on a page, measures
    sideways scrolling and saves a full-page screenshot into ``shots``."""

    def __init__(self, browser: Any, width: int, lang: str, axe: str, shots: Path) -> None:
        self.browser, self.width, self.lang, self.axe, self.shots = browser, width, lang, axe, shots
        self.problems: list[dict[str, Any]] = []
        self.contexts: list[Any] = []
        shots.mkdir(parents=True, exist_ok=True)

    def open(self) -> Any:
        context = self.browser.new_context(
            ignore_https_errors=True, viewport={"width": self.width, "height": 900}
        )
        self.contexts.append(context)
        return context.new_page()

    def login(self, page: Any, url: str, login: str, target: str) -> None:
        page.goto(f"{url}/login?lang={self.lang}&next={target}")
        page.fill("#login", login)
        page.fill("#password", PASSWORD)
        page.click("form.stacked button[type=submit]")

    def check(self, page: Any, name: str) -> None:
        shot = self.shots / f"{name}-{self.width}.png"
        self.problems.extend(page_problems(page, self.axe, name, shot))

    def close(self) -> None:
        for context in self.contexts:
            context.close()


def item_form(page: Any) -> str:
    """The form of the question shown: its kind, and its pick mode when it has one."""
    kind = page.get_attribute("input[name=kind]", "value") or ""
    mode = page.locator("input[name=mode]")
    return f"{kind}-{mode.get_attribute('value')}" if mode.count() else kind


def answer(page: Any, *, keyboard: bool) -> None:
    """Answer the question shown, whatever its form: with the keyboard (Tab to the proposal or
    the text fields, choose or type, Tab to the button, Enter) as the candidate test does, or
    by choosing the first proposal (or filling every text field) and clicking the button."""
    from test_candidate import _answer_by_keyboard, _choose

    if keyboard:
        _answer_by_keyboard(page)
    else:
        _choose(page)
        page.click(".answer-form button[type=submit]")
