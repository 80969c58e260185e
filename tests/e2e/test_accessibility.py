"""Every page passes axe-core (WCAG 2.1 AA) at phone and desktop widths, and works by keyboard.

axe-core is injected into the page served by the real server and run with the WCAG 2.0/2.1
A and AA rules; any violation fails the test with its rule, impact and elements. Screenshots
of each page at each width are written to ``/tmp/web-shots`` to be looked at.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SHOTS = Path("/tmp/web-shots")
WCAG_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WIDTHS = [390, 1280]
PAGES = [
    ("home-fr", "/", 200),
    ("home-en", "/?lang=en", 200),
    ("verify", "/verify", 200),
    ("bad-code", "/verify?code=hello", 400),
    ("certificate", "/verify/{code}", 200),
    ("certificate-en", "/verify/{code}?lang=en", 200),
    ("unknown-code", "/verify/P-BBBBBBBB", 404),
]


def _open(browser: Any, width: int) -> Any:
    context = browser.new_context(
        ignore_https_errors=True, viewport={"width": width, "height": 900}
    )
    return context.new_page()


def _violations(page: Any, axe_source: str) -> list[dict[str, Any]]:
    page.add_script_tag(content=axe_source)
    results = page.evaluate(
        "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
        WCAG_AA,
    )
    assert results["passes"], "axe ran no rule: the check proves nothing"
    return [
        {
            "rule": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "targets": [n["target"] for n in v["nodes"]],
        }
        for v in results["violations"]
    ]


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize(("name", "path", "status"), PAGES)
def test_page_passes_axe_wcag21_aa(
    browser: Any,
    server: dict[str, Any],
    axe_source: str,
    name: str,
    path: str,
    status: int,
    width: int,
) -> None:
    page = _open(browser, width)
    response = page.goto(server["url"] + path.format(code=server["codes"][0]))
    assert response is not None
    assert response.status == status
    violations = _violations(page, axe_source)
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}-{width}.png"), full_page=True)
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    page.context.close()
    assert violations == [], json.dumps(violations, indent=1)
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at {width}px"


def _focused(page: Any) -> dict[str, Any]:
    return dict(
        page.evaluate(
            "() => { const e = document.activeElement;"
            " return {cls: e.className, id: e.id, text: e.innerText,"
            " hreflang: e.getAttribute('hreflang'), top: e.getBoundingClientRect().top}; }"
        )
    )


@pytest.mark.parametrize("width", WIDTHS)
def test_keyboard_reaches_the_skip_link_first_then_the_language_switch(
    browser: Any, server: dict[str, Any], width: int
) -> None:
    page = _open(browser, width)
    page.goto(server["url"] + "/verify")
    page.keyboard.press("Tab")
    first = _focused(page)
    assert first["cls"] == "skip-link"
    assert first["top"] >= 0, "the focused skip link must be on screen"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"skip-link-focus-{width}.png"))
    page.keyboard.press("Enter")
    assert _focused(page)["id"] == "main"
    page.goto(server["url"] + "/verify")
    order = []
    for _ in range(4):
        page.keyboard.press("Tab")
        order.append(_focused(page)["text"])
    assert order == ["Aller au contenu principal", "Certinum", "FR", "EN"]
    assert _focused(page)["hreflang"] == "en"
    page.keyboard.press("Enter")
    page.wait_for_load_state()
    assert page.get_attribute("html", "lang") == "en"
    assert page.url.endswith("/verify?lang=en")
    page.goto(server["url"] + "/")
    assert page.get_attribute("html", "lang") == "en", "the lang cookie keeps the choice"
    page.context.close()
