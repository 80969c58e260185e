"""A candidate in Chromium answers format-2 items: a pick in an HTML page shown in a sandboxed
frame (chosen among radio buttons labelled with the page's links, without JavaScript), and a
number read in a CSV table that the page also shows as text. Its own server serves a small
bank (``tests/positioning_bank.py``) so the items asked are known. axe-core (WCAG 2.1 AA) on
every page, at 390 and 1280 px; screenshots in ``/tmp/cand-shots`` (``material-*``).
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

import pytest
from positioning_bank import write_e2e_bank
from servers import free_port, serving
from test_candidate import PASSWORD, Visit

RIGHT_LINK = {
    "fr": "Piscine municipale de Villebois — horaires",
    "en": "Villebois public pool — opening hours",
}


@pytest.fixture(scope="module")
def bank_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``certinum serve`` on the small bank, over HTTP on localhost (a secure context)."""
    tmp = tmp_path_factory.mktemp("e2e-material")
    port = free_port()
    env = {
        **os.environ,
        "CERTINUM_DATA_DIR": str(tmp / "data"),
        "CERTINUM_BASE_URL": f"http://localhost:{port}",
        "CERTINUM_ITEM_BANK": str(write_e2e_bank(tmp / "bank")),
    }
    env.pop("CERTINUM_DATABASE_URL", None)
    with serving(env, port) as url:
        yield url


def _start(page: Any, competence: str) -> None:
    page.click(f"form:has(input[name=competence][value='{competence}']) button")
    assert "/candidate/attempts/" in page.url


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_a_candidate_answers_a_pick_in_a_page_and_a_number_in_a_table(
    browser: Any, bank_server: str, axe_source: str, width: int, lang: str
) -> None:
    visit = Visit(browser, width, axe_source)
    page, url = visit.page, bank_server
    page.goto(f"{url}/signup?lang={lang}")
    page.fill("#email", f"material-{width}@example.org")
    page.fill("#password", PASSWORD)
    page.click("form.stacked button[type=submit]")
    assert page.url == f"{url}/candidate"

    _start(page, "1.1")
    frame = page.locator("iframe.material-frame")
    assert frame.get_attribute("sandbox") == ""
    assert frame.get_attribute("title") in (
        "Page de résultats d’un moteur de recherche.",
        "A search engine results page.",
    )
    inside = page.frame_locator("iframe.material-frame")
    assert inside.locator("[data-pick=r2]").inner_text() == RIGHT_LINK[lang]
    labels = page.locator(".proposal label").all_inner_texts()
    assert RIGHT_LINK[lang] in labels and len(labels) == 4
    top = page.content()  # the question's page, not the frame's document
    # no pick id (r1, r2…) as a value: a random CSRF token may well begin with an "r"
    assert "data-pick" not in top and not re.search(r'value="r[0-9]+"', top)
    assert "serp-" not in top
    visit.check("material-pick")
    page.get_by_label(RIGHT_LINK[lang], exact=True).check()
    page.click(".answer-form button[type=submit]")
    assert page.locator("#result-title").is_visible()
    page.click("main a.button[href='/candidate']")

    _start(page, "4.3")
    page.click(".material-text summary")
    assert page.locator(".material-table th[scope=col]").all_inner_texts() == ["A", "B", "C"]
    assert page.locator(".material-link a[download]").count() == 1
    visit.check("material-number")
    page.evaluate("document.querySelector('#answer').removeAttribute('required')")
    page.click(".answer-form button[type=submit]")
    assert page.locator("#answer-error").is_visible()
    assert page.get_attribute("#answer", "aria-invalid") == "true"
    visit.check("material-number-error")
    page.fill("#answer", "6 h 30" if lang == "fr" else "6.5 hours")
    page.click(".answer-form button[type=submit]")
    assert page.locator("#result-title").is_visible()
    visit.context.close()
    assert visit.problems == [], json.dumps(visit.problems, indent=1)
