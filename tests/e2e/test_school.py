"""A school in Chromium. The demo school's admin logs in from the home page, imports a CSV with
a wrong row, reads the report, imports the valid rows, creates a campaign for the new class,
downloads the class's login slips (PDF) and, at the end, the results CSV. A pupil of that class
logs in with the identifier and password read from the slips (``pdftotext``), joins the
campaign with its code and finishes the positioning test of its competence, reloading the page
in the middle; the admin then reads the certification results of the demo session (the wide
table scrolls in a focusable region) and downloads their CSV. axe-core (WCAG 2.1 AA) runs on
every page visited, at phone and desktop widths;
screenshots go to ``/tmp/school-shots`` to be looked at.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

SHOTS = Path("/tmp/school-shots")
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
ADMIN = "direction@college-jean-moulin.example"
ADMIN_PASSWORD = "demo-certinum-2026"
MAX_QUESTIONS = 80
# The top-left slip of the first page, in PDF points (A4, 10 mm margins, 2 x 5 slips).
FIRST_SLIP = ["-x", "28", "-y", "28", "-W", "270", "-H", "157"]


class Visit:
    """One browser context at one width; :meth:`check` runs axe-core and takes a screenshot."""

    def __init__(self, browser: Any, width: int, axe: str, who: str) -> None:
        self.context = browser.new_context(
            ignore_https_errors=True,
            viewport={"width": width, "height": 900},
            accept_downloads=True,
        )
        self.page = self.context.new_page()
        self.width, self.axe, self.who = width, axe, who
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
        page.screenshot(path=str(SHOTS / f"{self.who}-{name}-{self.width}.png"), full_page=True)


def _csv(width: int) -> bytes:
    """Three pupils of class ``5C<width>`` and a row with a birth date that does not exist."""
    n = 3 if width == 390 else 5
    rows = [
        "INE;Nom;Prénom;Date de naissance;Sexe;Classe",
        f"0{n}00000001A;Leblanc;Éloïse;12/03/2013;F;5C{width}",
        f"0{n}00000002B;Roux;Sami;01/09/2012;M;5C{width}",
        f"0{n}00000003C;Faure;Adèle;31/02/2013;F;5C{width}",
        f"0{n}00000004D;Girard;Noé;20/05/2013;M;5C{width}",
    ]
    return "\r\n".join(rows).encode("utf-8")


def _first_slip(pdf: Path) -> tuple[str, str]:
    """The identifier and password of the first slip, read by ``pdftotext``."""
    assert shutil.which("pdftotext"), "pdftotext not found (apt-get install poppler-utils)"
    text = subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", *FIRST_SLIP, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    login = re.search(r"Identifiant de connexion\s+(\S+)", text)
    password = re.search(r"Mot de passe initial\s+([a-z0-9]{12})", text)
    assert login and password, text
    return login[1], password[1]


def _admin_imports_and_prints(visit: Visit, url: str, width: int, tmp: Path) -> tuple[str, Path]:
    page = visit.page
    page.goto(f"{url}/")
    page.click("main a[href='/schools']")
    visit.check("login")
    page.fill("#login", ADMIN)
    page.fill("#password", ADMIN_PASSWORD)
    page.click("form.stacked button[type=submit]")
    assert re.search(r"/schools/\d+$", page.url), page.url
    visit.check("dashboard")

    page.click(".school-nav a[href$='/import']")
    visit.check("import")
    page.set_input_files(
        "#file", files=[{"name": "eleves.csv", "mimeType": "text/csv", "buffer": _csv(width)}]
    )
    page.click("form.stacked button[type=submit]")
    assert page.locator("table.report tbody tr").count() == 1
    assert "Ligne 4" in page.inner_text("table.report")
    visit.check("report")
    page.click("form:has(input[name=mode][value=valid-only]) button")
    assert "Élèves ajoutés : 3" in page.inner_text("main")
    visit.check("imported")

    page.click(".school-nav a[href$='/pupils']")
    visit.check("pupils")
    with page.expect_download() as download:
        page.click(f"form:has(input[name=class][value='5C{width}']) button")
    slips = tmp / f"slips-{width}.pdf"
    download.value.save_as(slips)
    assert slips.read_bytes().startswith(b"%PDF")

    page.click(".school-nav a[href$='/campaigns']")
    visit.check("campaigns")
    page.fill("#name", f"Positionnement 5C{width}")
    page.check(f"input[name=classes][value='5C{width}']")
    page.check("input[name=competences][value='1.1']")
    page.click("form.stacked button[type=submit]")
    code = page.inner_text("#campaign-code")
    assert re.fullmatch(r"[A-Z0-9]{8}", code), code
    visit.check("campaign")
    return code, slips


def _answer(page: Any) -> None:
    """An answer of the form the question asks (a proposal, a pick, every text field),
    given with the keyboard as the candidate test does."""
    from test_candidate import _answer_by_keyboard

    _answer_by_keyboard(page)


def _pupil_takes_the_test(visit: Visit, url: str, code: str, slips: Path) -> None:
    page = visit.page
    login, password = _first_slip(slips)
    page.goto(f"{url}/login?next=/campaigns")
    page.fill("#login", login)
    page.fill("#password", password)
    page.click("form.stacked button[type=submit]")
    assert page.url == f"{url}/campaigns", page.url
    visit.check("campaigns")
    page.fill("#code", "WRONGCOD")
    page.click("form.stacked button[type=submit]")
    assert page.locator("#join-error").is_visible()
    visit.check("join-error")
    page.fill("#code", code.lower())
    page.click("form.stacked button[type=submit]")
    page.click("form:has(input[name=competence][value='1.1']) button")
    assert "/candidate/attempts/" in page.url
    visit.check("question")
    for _ in range(2):
        _answer(page)
    before = page.inner_text("#question-title")
    page.reload()
    assert page.inner_text("#question-title") == before, "a reload shows the same question"
    for _ in range(MAX_QUESTIONS):
        if page.locator("#result-title").count():
            break
        _answer(page)
    assert page.locator("#result-title").is_visible()
    page.goto(f"{url}/campaigns")
    assert page.inner_text("main li.competence .score").startswith("Niveau")
    visit.check("campaigns-after")


def _certification_results(visit: Visit, url: str, width: int) -> None:
    """The demo session's results of the school's pupils: class, outcome, score, level,
    comment and the 16 competences in a table that scrolls sideways inside a region the
    keyboard reaches (axe's scrollable-region-focusable), never the page; the CSV."""
    page = visit.page
    school = re.search(r"/schools/(\d+)", page.url)
    assert school, page.url
    page.goto(f"{url}/schools/{school[1]}/certifications")
    region = page.locator("main .table-wrap[role=region]").first
    assert region.get_attribute("tabindex") == "0" and region.get_attribute("aria-label")
    assert page.locator("main tbody tr").count() == 20
    assert "Certifié" in page.inner_text("main tbody") and "3e D" in page.inner_text("main tbody")
    assert page.locator("main thead th abbr").count() == 16
    if width == 390:
        assert region.evaluate("e => e.scrollWidth > e.clientWidth"), "the table scrolls here"
    region.focus()
    assert page.evaluate("document.activeElement.getAttribute('role')") == "region"
    visit.check("certification-results")
    with page.expect_download() as download:
        page.click("main a.button[href*='results.csv']")
    csv = Path(download.value.path()).read_bytes()
    assert csv.startswith("\ufeffINE;Nom;Prénom;Classe;Résultat;Score global;".encode())


@pytest.mark.parametrize("width", [390, 1280])
def test_a_school_imports_prints_and_a_pupil_takes_its_campaign(
    browser: Any, server: dict[str, Any], axe_source: str, width: int, tmp_path: Path
) -> None:
    url = server["url"]
    admin = Visit(browser, width, axe_source, "admin")
    code, slips = _admin_imports_and_prints(admin, url, width, tmp_path)
    pupil = Visit(browser, width, axe_source, "pupil")
    _pupil_takes_the_test(pupil, url, code, slips)
    pupil.context.close()

    page = admin.page
    page.reload()
    assert "rejoint la campagne : 1 sur 3" in page.inner_text("main")
    admin.check("campaign-results")
    with page.expect_download() as download:
        page.click("a[href$='results.csv']")
    csv = Path(download.value.path()).read_bytes().decode("utf-8-sig")
    assert csv.startswith("INE;Nom;Prénom;Classe;1.1 ")
    row = next(line for line in csv.splitlines() if f";5C{width};" in line)
    assert row.split(";")[4].isdigit(), row
    with page.expect_download() as download:
        page.click("a[href$='delimiter=,']")
    assert Path(download.value.path()).read_bytes().decode("utf-8-sig").startswith("INE,Nom,")
    _certification_results(admin, url, width)
    admin.context.close()
    problems = admin.problems + pupil.problems
    assert problems == [], json.dumps(problems, indent=1)
