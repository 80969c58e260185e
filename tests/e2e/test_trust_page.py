"""The issuing authority's admin keeps the trust list in Chromium: the page passes axe-core
(WCAG 2.1 AA) at phone and desktop widths without sideways scrolling, an issuer is added
with the keyboard alone, then removed. Screenshots go to ``/tmp/cand-shots``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_candidate import Visit, grant


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_the_authority_admin_keeps_the_trust_list(
    browser: Any, server: dict[str, Any], axe_source: str, width: int, lang: str
) -> None:
    visit = Visit(browser, width, axe_source)
    page, url = visit.page, server["url"]
    email = f"trust-{width}@example.org"
    visit.sign_up(url, email, lang)
    page.goto(f"{url}/admin/trust")
    assert page.locator("#message-title").is_visible()  # a candidate is refused
    grant(server, email, "authority_admin")
    page.goto(f"{url}/admin/trust")
    assert page.locator("#trust-title").is_visible()
    visit.check("trust")
    page.focus("#issuer")
    page.keyboard.type(f"did:web:issuer-{width}.example")
    page.keyboard.press("Tab")
    page.keyboard.type(f"Autorité {width}")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "notice=added" in page.url
    assert page.locator(f"tr:has-text('Autorité {width}')").count() == 1
    visit.check("trust-added")
    page.fill("#issuer", "not a did")
    page.fill("#name", "X")
    with page.expect_navigation():
        page.click("form.stacked button[type=submit]")
    assert page.locator("#trust-error").is_visible()
    visit.check("trust-error")
    remove = page.locator(f"tr:has-text('Autorité {width}') button")
    remove.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "notice=removed" in page.url
    assert page.locator(f"tr:has-text('Autorité {width}')").count() == 0
    visit.context.close()
    assert visit.problems == [], json.dumps(visit.problems, indent=1)
