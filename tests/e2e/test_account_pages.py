"""A candidate's account in Chromium: from the login page's "forgotten password" link, a reset
link is asked for, followed from the outbox message, and a new password chosen; a used link
says so; the account page downloads the data and erases the account (a wrong password first).
axe-core (WCAG 2.1 AA) runs on each page at phone and desktop widths, without sideways
scrolling; screenshots go to ``/tmp/web-shots/account``."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pagecheck import page_problems
from servers import served

from certinum.mail.outbox import list_outbox

SHOTS = Path("/tmp/web-shots/account")
PASSWORD = "a long enough password"
NEW_PASSWORD = "another long password"


@pytest.fixture(scope="module")
def account_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("account-e2e")
    with served(tmp, lambda env: None) as made:
        yield {**made, "outbox": tmp / "data" / "outbox"}


def _reset_link(outbox: Path, email: str) -> str:
    """The link of the reset message to ``email`` (mailed after the answer: waited for)."""
    for _ in range(100):
        for message in list_outbox(outbox):
            found = re.search(r"https://\S+/password-reset/[A-Za-z0-9_-]+", message["body"])
            if message["to"] == email and found:
                return found.group(0)
        time.sleep(0.1)
    raise AssertionError(f"no reset message to {email}")


class Checked:
    def __init__(self, page: Any, axe: str, width: int) -> None:
        self.page, self.axe, self.width = page, axe, width
        self.problems: list[dict[str, Any]] = []

    def __call__(self, name: str) -> None:
        shot = SHOTS / f"{name}-{self.width}.png"
        self.problems.extend(page_problems(self.page, self.axe, name, shot))


def _submit(page: Any) -> None:
    with page.expect_navigation():
        page.click("form.stacked button[type=submit]")


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_reset_account_page_download_and_erasure(
    browser: Any, account_server: dict[str, Any], axe_source: str, width: int, lang: str
) -> None:
    context = browser.new_context(
        ignore_https_errors=True, viewport={"width": width, "height": 900}, accept_downloads=True
    )
    page, url = context.new_page(), account_server["url"]
    check = Checked(page, axe_source, width)
    email = f"account-{width}@example.org"
    page.goto(f"{url}/signup?lang={lang}")
    page.fill("#email", email)
    page.fill("#password", PASSWORD)
    _submit(page)
    assert page.url == f"{url}/candidate"
    context.clear_cookies()

    page.goto(f"{url}/login?lang={lang}")
    page.click("a[href='/password-reset']")
    assert page.url == f"{url}/password-reset"
    check("reset-ask")
    page.fill("#email", email)
    _submit(page)
    assert page.url.endswith("/password-reset?sent=1")
    assert page.locator("#reset-sent").is_visible()
    check("reset-sent")

    link = _reset_link(account_server["outbox"], email)
    page.goto(link)
    check("reset-new")
    page.fill("#password", NEW_PASSWORD)
    _submit(page)
    assert page.url.endswith("/login?reset=1")
    check("login-after-reset")
    page.goto(link)
    assert page.locator("#reset-error").is_visible()  # used: a clear message
    check("reset-used")

    page.goto(f"{url}/login")
    page.fill("#login", email)
    page.fill("#password", NEW_PASSWORD)
    _submit(page)
    assert page.url == f"{url}/candidate"
    page.click("a[href='/account']")
    assert page.url == f"{url}/account"
    check("account")
    with page.expect_download() as download:
        page.click("#data-link")
    data = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert data["account"]["email"] == email and "certificationRecords" in data

    page.fill("#password", "not my password at all")
    page.check("#confirm")
    _submit(page)
    assert page.locator("#password-error").is_visible()
    check("account-wrong-password")
    page.fill("#password", NEW_PASSWORD)
    page.check("#confirm")
    _submit(page)
    assert page.locator("#message-title").is_visible()
    check("account-erased")
    page.goto(f"{url}/account")
    assert page.locator("#login-title").is_visible()  # the session ended with the account
    page.goto(f"{url}/no-such-page")
    assert page.locator("#error-title").is_visible()
    check("error-404")
    context.close()
    assert check.problems == [], json.dumps(check.problems, indent=1)
