"""A certified pupil of the demo in Chromium, on their certificates page: the wallet exports
(credential file, presentation, PNG and SVG badges, LinkedIn) are links, the last one reached
with the Tab key; each download carries the certificate's credential; Chromium draws both
badges; the LinkedIn link answers with a redirect to LinkedIn's form. axe-core (WCAG 2.1 AA)
at phone and desktop widths, French and English; screenshots go to ``/tmp/wallet-shots``.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import pytest
from pagecheck import page_problems

from certinum.demo_school import DEMO_PASSWORD
from wallet_export.baking import unbake

SHOTS = Path("/tmp/wallet-shots")
PUPIL = ("jeanne.dupont1", "Jeanne DUPONT")  # a pupil of the demo school, certified


def _signed_in(browser: Any, server: dict[str, Any], width: int) -> Any:
    context = browser.new_context(
        ignore_https_errors=True, viewport={"width": width, "height": 900}, accept_downloads=True
    )
    page = context.new_page()
    page.goto(server["url"] + "/login?next=/candidate/certificates")
    page.fill("#login", PUPIL[0])
    page.fill("#password", DEMO_PASSWORD)
    page.click("form.stacked button[type=submit]")
    page.wait_for_url("**/candidate/certificates")
    return page


def _download(page: Any, selector: str) -> bytes:
    with page.expect_download() as info:
        page.click(selector)
    return Path(info.value.path()).read_bytes()


def _drawn_width(page: Any, data: bytes, media_type: str) -> int:
    """The width Chromium gives the image ``data`` once decoded (0 if it cannot draw it)."""
    src = f"data:{media_type};base64,{base64.b64encode(data).decode()}"
    return int(
        page.evaluate(
            """async (src) => { const img = new Image(); img.src = src;
               try { await img.decode(); } catch (e) { return 0; } return img.naturalWidth; }""",
            src,
        )
    )


@pytest.mark.parametrize("width", [390, 1280])
def test_the_pupil_takes_the_certificate_to_a_wallet_a_badge_and_linkedin(
    browser: Any, server: dict[str, Any], axe_source: str, width: int
) -> None:
    assert PUPIL[1] in server["names"], server["names"]
    code = server["codes"][server["names"].index(PUPIL[1])]
    page = _signed_in(browser, server, width)
    problems = page_problems(page, axe_source, "certificates-fr", SHOTS / f"fr-{width}.png")
    links = page.locator(f"ul.downloads a[href^='/verify/{code}/']")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    for tail in ("credential.json", "presentation.json", "badge.png", "badge.svg", "linkedin"):
        assert f"/verify/{code}/{tail}" in hrefs, hrefs
    linkedin = f"/verify/{code}/linkedin"
    for _ in range(60):  # by keyboard alone, Tab reaches the LinkedIn link
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('href')") == linkedin:
            break
    assert page.evaluate("document.activeElement.textContent") == "Ajouter à mon profil LinkedIn"

    credential = json.loads(_download(page, f"a[href='/verify/{code}/credential.json']"))
    assert credential["credentialSubject"]["licenseNumber"] == code
    vp = json.loads(_download(page, f"a[href='/verify/{code}/presentation.json']"))
    assert vp["type"] == ["VerifiablePresentation"] and vp["verifiableCredential"] == [credential]
    png = _download(page, f"a[href='/verify/{code}/badge.png']")
    svg = _download(page, f"a[href='/verify/{code}/badge.svg']")
    assert unbake(png) == credential and unbake(svg) == credential
    assert _drawn_width(page, png, "image/png") == 400
    assert _drawn_width(page, svg, "image/svg+xml") == 400

    moved = page.request.get(server["url"] + f"/verify/{code}/linkedin", max_redirects=0)
    assert moved.status == 303
    location = moved.headers["location"]
    assert location.startswith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
    assert f"&certId={code}" in location

    page.goto(server["url"] + "/candidate/certificates?lang=en")
    problems += page_problems(page, axe_source, "certificates-en", SHOTS / f"en-{width}.png")
    english_png = f"a[href='/verify/{code}/badge.png?lang=en']"
    assert page.locator(english_png).inner_text() == "Open Badge with the credential (PNG image)"
    assert unbake(_download(page, english_png)) == credential
    page.context.close()
    assert not problems, json.dumps(problems, indent=1, ensure_ascii=False)
