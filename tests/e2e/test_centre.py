"""A certification centre's admin in Chromium: logs in, plans a session, makes the invigilator
password, enrols a certifiable candidate, is told why another is not certifiable, sends a file
with a rejected row and reads the report, and opens the attendance sheet. axe-core (WCAG 2.1
AA) runs on every page visited, at phone and desktop widths; screenshots go to
``/tmp/centre-shots`` to be looked at.

The server is this module's own (``certinum init``, then a centre, its admin and two
candidates made through the service functions, then ``certinum serve`` over HTTPS): the demo
has no centre yet.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from servers import served

SHOTS = Path("/tmp/centre-shots")
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PASSWORD = "a long enough password"
ADMIN = "centre@example.org"
COMPETENCES = ("1.1", "1.2", "2.1", "2.2", "3.1")


def _prepare(env: dict[str, str]) -> None:
    """The centre, its admin, a certifiable candidate (5 positioning tests taken at a high
    ability) and one who is not (2 tests), made through the service functions."""
    from certinum.accounts.area import AccountsArea
    from certinum.accounts.people import sign_up
    from certinum.certification.centres import create_centre
    from certinum.positioning.service import candidate_id
    from certinum.positioning.simulate import take_test
    from certinum.runtime import Runtime
    from certinum.settings import Settings

    runtime = Runtime.open(Settings.from_env(env))
    try:
        area = AccountsArea.open(runtime)
        sign_up(area, email=ADMIN, password=PASSWORD, display_name="Centre")
        create_centre(runtime, name="Centre Jean-Moulin", code="CC-0751", address="Lyon",
                      actor="test", admin_login=ADMIN)  # fmt: skip
        rng = np.random.default_rng(7)
        for email, tests in (("lea@example.org", 5), ("noel@example.org", 2)):
            account = sign_up(area, email=email, password=PASSWORD, display_name=email)
            for competence in COMPETENCES[:tests]:
                take_test(runtime, candidate_id(account.id), competence, 3.0, rng)
    finally:
        runtime.close()


@pytest.fixture(scope="module")
def centre_server(
    tmp_path_factory: pytest.TempPathFactory, browser: Any
) -> Iterator[dict[str, Any]]:
    with served(tmp_path_factory.mktemp("centre"), _prepare) as made:
        yield made


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


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_a_centre_admin_plans_and_enrols(
    browser: Any, centre_server: dict[str, Any], axe_source: str, width: int, lang: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    visit = Visit(browser, width, axe_source)
    page, url = visit.page, centre_server["url"]

    page.goto(f"{url}/login?next=/centres&lang={lang}")
    page.fill("#login", ADMIN)
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    assert "/centres/" in page.url
    visit.check("centre")

    page.fill("#date", "2020-01-01")
    page.fill("#time", "09:30")
    page.fill("#room", "Salle 12")
    page.fill("#address", "3 rue de l'Épée, Lyon")
    page.fill("#examiner", "Mme Œuvray")
    page.click("form[action$='/sessions'] button[type=submit]")
    assert page.get_attribute("#date", "aria-invalid") == "true"
    visit.check("centre-error")
    page.fill("#date", "2030-03-15")
    page.click("form[action$='/sessions'] button[type=submit]")
    assert "/sessions/" in page.url
    visit.check("session")

    page.click("form[action$='/invigilator-password'] button")
    assert len(page.inner_text(".alert.ok .code")) == 12
    visit.check("session-password")

    page.fill("#last_name", "Martin")
    page.fill("#first_name", "Léa")
    page.fill("#birth_date", "1990-02-14")
    page.fill("#extra_time", "33")
    page.fill("#email", "lea@example.org")
    page.click("form[action$='/enrolments'] button[type=submit]")
    assert "MARTIN" in page.inner_text("#candidates")
    visit.check("session-enrolled")

    page.fill("#last_name", "Cœur")
    page.fill("#first_name", "Noël")
    page.fill("#birth_date", "1991-11-30")
    page.fill("#email", "noel@example.org")
    page.click("form[action$='/enrolments'] button[type=submit]")
    assert page.locator("[role=alert]").count() >= 1
    visit.check("session-not-certifiable")

    data = tmp_path / "candidats.csv"
    data.write_text(
        "Nom;Prénom;Date de naissance;Email\r\nMartin;Léa;14/02/1990;lea@example.org\r\n",
        encoding="utf-8",
    )
    page.set_input_files("#file", str(data))
    page.click("form[action$='/enrolments/import'] button[type=submit]")
    assert page.locator("#report tbody tr").count() == 1
    visit.check("session-report")

    href = page.get_attribute("a[href*='attendance.pdf']", "href") or ""
    sheet = page.request.get(f"{url}{href}")
    assert sheet.status == 200 and sheet.body().startswith(b"%PDF-")
    (SHOTS / f"attendance-{width}.pdf").write_bytes(sheet.body())
    visit.context.close()
    assert visit.problems == [], json.dumps(visit.problems, indent=1)
