"""The issuing authority's admin reads the outbox in Chromium: the list and one message pass
axe-core (WCAG 2.1 AA) at phone and desktop widths, without sideways scrolling, and the
message is reached by keyboard. Screenshots go to ``/tmp/cand-shots``."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_candidate import Visit, grant


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_the_authority_admin_reads_the_outbox(
    browser: Any, server: dict[str, Any], axe_source: str, width: int, lang: str
) -> None:
    visit = Visit(browser, width, axe_source)
    page, url = visit.page, server["url"]
    email = f"admin-{width}@example.org"
    visit.sign_up(url, email, lang)
    assert page.url == f"{url}/candidate"
    page.goto(f"{url}/admin/outbox")
    assert page.locator("#message-title").is_visible()  # a candidate is refused
    grant(server, email, "authority_admin")
    reset = page.request.post(f"{url}/api/password-reset", data={"email": email})
    assert reset.status == 202

    link = page.locator(f"tr:has-text('{email}') a").first
    for _ in range(50):  # the link is mailed after the answer
        page.goto(f"{url}/admin/outbox")
        if link.count():
            break
        page.wait_for_timeout(200)
    assert page.locator("#outbox-title").is_visible()
    visit.check("outbox")
    link.focus()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/admin/outbox/" in page.url
    assert "/password-reset/" in page.inner_text("pre.mail-body")
    visit.check("outbox-message")
    visit.context.close()
    assert visit.problems == [], json.dumps(visit.problems, indent=1)
