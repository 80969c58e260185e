"""A candidate in Chromium puts a certificate in a wallet: from the certificates page, by
keyboard alone, through the card's button (a POST) to the offer page with its QR code and
transaction code. axe-core (WCAG 2.1
AA) and no sideways scrolling on both pages, at phone (390 px) and desktop widths, in French
and English; screenshots go to ``/tmp/wallet-shots``. The QR code on the page is decoded
(zbarimg) and holds the offer link, whose offer the server then serves.
"""

from __future__ import annotations

import json
import shutil
import ssl
import subprocess
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from pagecheck import page_problems
from servers import served
from skipping import skip_or_fail

SHOTS = Path("/tmp/wallet-shots")


def _prepare(env: dict[str, str]) -> dict[str, Any]:
    """A published session with its certificates, and a signed-in session of the holder of
    the first one."""
    from issuance_jobs_helpers import issued_rows
    from issuance_pages_helpers import school_session

    from certinum.accounts.area import AccountsArea
    from certinum.accounts.roles import grant
    from certinum.certification.review_tables import PublishedResult
    from certinum.db import transaction
    from certinum.runtime import Runtime
    from certinum.settings import Settings

    runtime = Runtime.open(Settings.from_env(env))
    try:
        made = school_session(runtime)
        row = issued_rows(runtime, made.session_id)[0]
        with runtime.sessions() as db:
            result = db.get(PublishedResult, row.result_id)
            assert result is not None
            account = result.account_id
        with transaction(runtime.sessions) as db:  # a pupil's account, signed up as candidate
            grant(db, account, "candidate", "", now=runtime.clock(), actor="test")
        session = AccountsArea.open(runtime).sessions.create(account, runtime.clock())
        return {"code": row.verification_code, "session": session}
    finally:
        runtime.close()


@pytest.fixture(scope="module")
def wallet_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    tmp = tmp_path_factory.mktemp("wallet")
    with served(tmp, _prepare) as made:
        yield {**made, "ca": tmp / "cert.pem"}


def _qr_text(png: bytes, folder: Path) -> list[str]:
    zbarimg = shutil.which("zbarimg")
    if zbarimg is None:
        skip_or_fail("zbarimg not found (apt-get install zbar-tools)", "CERTINUM_REQUIRE_E2E")
        return []
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "qr.png").write_bytes(png)
    done = subprocess.run(
        [str(zbarimg), "--quiet", "--raw", str(folder / "qr.png")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    return done.stdout.split()


@pytest.mark.parametrize(("width", "lang"), [(390, "fr"), (1280, "en")])
def test_the_offer_page_by_keyboard(
    browser: Any, axe_source: str, wallet_server: dict[str, Any], width: int, lang: str,
    tmp_path: Path,
) -> None:  # fmt: skip
    url, code = wallet_server["url"], wallet_server["code"]
    context = browser.new_context(
        ignore_https_errors=True, viewport={"width": width, "height": 900}
    )
    context.add_cookies(
        [{"name": "certinum_session", "value": wallet_server["session"], "url": url}]
    )
    page = context.new_page()
    problems: list[dict[str, Any]] = []
    page.goto(f"{url}/candidate/certificates?lang={lang}")
    problems += page_problems(page, axe_source, "certificates", SHOTS / f"list-{width}.png")
    link = page.locator(f'a[href^="/candidate/certificates/{code}/wallet-offer"]')
    assert link.count() == 1
    for _ in range(60):  # Tab until the link has the focus, then Enter
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href') || ''").startswith(
            f"/candidate/certificates/{code}/wallet-offer"
        ):
            break
    else:
        pytest.fail("the wallet offer link cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    problems += page_problems(page, axe_source, "wallet-button", SHOTS / f"button-{width}.png")
    button = f"#wallet-offer-{code} button[type=submit]"
    assert page.locator(button).count() == 1
    for _ in range(60):  # Tab until the button that makes the offer has the focus, then Enter
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement === document.querySelector('{button}')"):
            break
    else:
        pytest.fail("the button making the offer cannot be reached with Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlsplit(page.url).path.startswith("/wallet-offer/")  # POST, then 303 to the offer
    problems += page_problems(page, axe_source, "wallet-offer", SHOTS / f"offer-{width}.png")
    assert problems == []
    tx = page.locator(f"#wallet-offer-{code} dd .code").inner_text().strip()
    assert len(tx) == 6 and tx.isdigit()
    offer_link = page.locator(f'#wallet-offer-{code} a[href^="openid-credential-offer://"]')
    uri = offer_link.get_attribute("href") or ""
    assert _qr_text(page.locator(f"#wallet-offer-{code} svg").screenshot(), tmp_path) == [uri]
    offer_url = parse_qs(urlsplit(uri).query)["credential_offer_uri"][0]
    tls = ssl.create_default_context(cafile=str(wallet_server["ca"]))
    with urllib.request.urlopen(offer_url, context=tls, timeout=30) as answer:
        offer = json.loads(answer.read())
    assert offer["credential_issuer"] == url
    context.close()
