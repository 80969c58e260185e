"""The employer's verifier in Chromium, at 390 px and on a desktop: typing a code, opening the
QR link, uploading the certificate's PDF, the recruiters' bulk page. Every page visited passes
axe-core (WCAG 2.1 AA) without scrolling sideways (:func:`pagecheck.page_problems`);
screenshots go to ``/tmp/web-shots/verifier``.
"""

from __future__ import annotations

import json
import re
import ssl
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from pagecheck import page_problems

SHOTS = Path("/tmp/web-shots/verifier")
WIDTHS = [390, 1280]


def _page(browser: Any, width: int) -> Any:
    context = browser.new_context(
        ignore_https_errors=True, viewport={"width": width, "height": 900}
    )
    return context.new_page()


def _passed(page: Any) -> list[str]:
    return [t.strip() for t in page.locator("li.check-passed").all_inner_texts()]


@pytest.mark.parametrize("width", WIDTHS)
def test_typing_a_code_shows_the_authentic_certificate(
    browser: Any, server: dict[str, Any], axe_source: str, width: int
) -> None:
    page = _page(browser, width)
    problems: list[dict[str, Any]] = []
    page.goto(server["url"] + "/verify")
    problems += page_problems(page, axe_source, "form", SHOTS / f"form-{width}.png")
    code = server["codes"][1]
    page.fill("#code", f"  {code[2:].lower()[:4]} {code[6:].lower()} ")
    page.press("#code", "Enter")  # by keyboard
    page.wait_for_url(re.compile(rf".*/verify/{code}$"))
    assert page.inner_text("[role=status]") == "Certificat authentique"
    assert server["names"][1] in page.inner_text("h1")
    assert page.locator("li.check-passed").count() == 9
    assert page.locator("li.check-failed").count() == 0
    assert page.locator("table.levels tbody tr.area").count() == 5
    assert page.locator("table.levels tbody tr:not(.area)").count() == 16
    problems += page_problems(page, axe_source, "typed", SHOTS / f"typed-{width}.png")
    page.context.close()
    assert problems == [], json.dumps(problems, indent=1)


@pytest.mark.parametrize("width", WIDTHS)
def test_the_qr_link_opens_the_certificate_in_english(
    browser: Any, server: dict[str, Any], axe_source: str, width: int
) -> None:
    page = _page(browser, width)
    code = server["codes"][2]
    response = page.goto(f"{server['url']}/verify/{code}?lang=en")
    assert response is not None and response.status == 200
    assert page.inner_text("[role=status]") == "Authentic certificate"
    passed = " ".join(_passed(page))
    for label in ("Valid electronic signature", "Issuer known to this service", "Validity period"):
        assert label in passed
    assert "Date of birth" in page.inner_text("dl.facts")
    problems = page_problems(page, axe_source, "qr", SHOTS / f"qr-{width}.png")
    unknown = page.goto(f"{server['url']}/verify/P-BBBBBBBB?lang=en")
    assert unknown is not None and unknown.status == 404
    assert "No certificate has this code." in page.inner_text("[role=alert]")
    problems += page_problems(page, axe_source, "unknown", SHOTS / f"unknown-{width}.png")
    page.context.close()
    assert problems == [], json.dumps(problems, indent=1)


def _download(url: str, path: Path) -> Path:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(url, context=context, timeout=30) as r:
        path.write_bytes(r.read())
    return path


@pytest.mark.parametrize("width", WIDTHS)
def test_uploading_the_pdf_verifies_its_credential_and_its_page(
    browser: Any, server: dict[str, Any], axe_source: str, width: int, tmp_path: Path
) -> None:
    code = server["codes"][3]
    pdf = _download(f"{server['url']}/verify/{code}/certificate.pdf", tmp_path / "cert.pdf")
    page = _page(browser, width)
    page.goto(server["url"] + "/verify?lang=en")
    page.set_input_files("#file", str(pdf))
    page.click("form.upload-form button[type=submit]")
    page.wait_for_selector("[role=status]")
    verdict = page.inner_text("[role=status]")
    assert verdict == "Authentic certificate", page.inner_text("main")
    assert "PDF content matches its embedded credential" in " ".join(_passed(page))
    assert "Verified from the PDF you sent." in page.content()
    problems = page_problems(page, axe_source, "pdf", SHOTS / f"pdf-{width}.png")
    page.goto(server["url"] + "/verify/bulk?lang=en")
    problems += page_problems(page, axe_source, "bulk", SHOTS / f"bulk-{width}.png")
    page.context.close()
    assert problems == [], json.dumps(problems, indent=1)
