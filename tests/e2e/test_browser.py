"""End to end, as an employer would: the real server over HTTPS, Debian's Chromium, the page.

The server and browser fixtures are in ``tests/e2e/conftest.py``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any


def test_employer_types_a_code_and_sees_an_authentic_certificate(
    browser: Any, server: dict[str, Any], tmp_path: Path
) -> None:
    page = browser.new_page(ignore_https_errors=True)
    page.goto(server["url"] + "/verify")
    assert "Vérifier un certificat" in page.content()
    page.fill("#code", server["codes"][0].lower().replace("-", " "))
    page.click("button[type=submit]")
    page.wait_for_url(re.compile(r".*/verify/P-.*"))
    verdict = page.inner_text("[role=status]")
    assert verdict == "Certificat authentique"
    assert page.locator("li.check-passed").count() == 9  # 8 checks and the trusted issuer
    assert server["names"][0] in page.inner_text("h1")  # the certified pupil of that code
    page.screenshot(path=str(tmp_path / "verify.png"), full_page=True)
    page.close()


def test_unknown_code_says_so(browser: Any, server: dict[str, Any]) -> None:
    page = browser.new_page(ignore_https_errors=True)
    response = page.goto(server["url"] + "/verify/P-BBBBBBBB")
    assert response is not None and response.status == 404
    assert "Aucun certificat ne porte ce code" in page.inner_text("[role=alert]")
    page.goto(server["url"] + "/verify?code=hello")
    assert "suivi de 8 caractères" in page.inner_text("[role=alert]")
    page.close()


def test_did_document_over_https(server: dict[str, Any]) -> None:
    import ssl
    import urllib.request

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    with urllib.request.urlopen(server["url"] + "/.well-known/did.json", context=context) as r:
        body = r.read().decode()
    assert '"assertionMethod"' in body
