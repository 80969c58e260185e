"""The pages' layout and languages: French by default, ``?lang=en``, the cookie, the switch."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from issuance_jobs_helpers import issued_rows
from issuance_pages_helpers import school_session
from litestar.testing import TestClient

from certinum.app import create_app
from certinum.issuance.status import update_status
from certinum.runtime import Runtime
from certinum.web.i18n import choose_language

PAGES = ["/", "/verify", "/verify?code=hello", "/verify/P-BBBBBBBB"]


@pytest.fixture
def client(service: Runtime) -> Iterator[TestClient[Any]]:
    with TestClient(create_app(runtime=service)) as c:
        yield c


def _html_lang(body: str) -> str:
    found = re.search(r'<html lang="([a-z]+)">', body)
    assert found is not None, body[:200]
    return found.group(1)


@pytest.mark.parametrize("path", PAGES)
def test_every_page_is_french_by_default_and_english_on_request(
    client: TestClient[Any], path: str
) -> None:
    french = client.get(path)
    assert _html_lang(french.text) == "fr"
    assert french.headers["content-language"] == "fr"
    assert "Aller au contenu principal" in french.text
    assert "lang=" not in french.headers.get("set-cookie", "")  # /verify: its form's cookie only
    client.cookies.clear()
    sep = "&" if "?" in path else "?"
    english = client.get(f"{path}{sep}lang=en")
    assert english.status_code == french.status_code
    assert _html_lang(english.text) == "en"
    assert "Skip to main content" in english.text
    assert "Aller au contenu" not in english.text


def test_the_switch_sets_a_cookie_that_later_pages_follow(client: TestClient[Any]) -> None:
    asked = client.get("/?lang=en")
    cookie = asked.headers["set-cookie"]
    assert cookie.startswith("lang=en;")
    assert "HttpOnly" in cookie
    assert "SameSite=lax" in cookie
    later = client.get("/verify")
    assert _html_lang(later.text) == "en"
    assert "Verify a certificate" in later.text
    back = client.get("/verify?lang=fr")
    assert back.headers["set-cookie"].startswith("lang=fr;")
    assert _html_lang(client.get("/").text) == "fr"


def test_an_unknown_language_falls_back_without_a_cookie(client: TestClient[Any]) -> None:
    response = client.get("/?lang=de")
    assert response.status_code == 200
    assert _html_lang(response.text) == "fr"
    assert "set-cookie" not in response.headers
    client.cookies.set("lang", "xx")
    assert _html_lang(client.get("/").text) == "fr"


def test_choose_language_order() -> None:
    assert choose_language(None, None) == ("fr", False)
    assert choose_language("en", "fr") == ("en", True)
    assert choose_language(None, "en") == ("en", False)
    assert choose_language("klingon", "en") == ("en", False)


def test_the_switch_links_keep_the_path_and_other_parameters(client: TestClient[Any]) -> None:
    body = client.get("/verify?code=hello").text
    nav = re.search(r'<nav class="lang-switch" aria-label="Langue">(.*?)</nav>', body, re.S)
    assert nav is not None
    links = re.findall(
        r'<a href="([^"]+)" lang="(\w+)" hreflang="\w+"( aria-current="true")?>', nav.group(1)
    )
    assert links == [
        ("/verify?code=hello&amp;lang=fr", "fr", ' aria-current="true"'),
        ("/verify?code=hello&amp;lang=en", "en", ""),
    ]
    english = client.get("/verify/P-BBBBBBBB?lang=en").text
    assert 'href="/verify/P-BBBBBBBB?lang=fr" lang="fr"' in english
    assert (
        'href="/verify/P-BBBBBBBB?lang=en" lang="en" hreflang="en" aria-current="true"' in english
    )


def test_the_layout_has_a_skip_link_main_and_footer(client: TestClient[Any]) -> None:
    body = client.get("/").text
    assert body.index('class="skip-link" href="#main"') < body.index("<header")
    assert '<main id="main" tabindex="-1">' in body
    assert "<footer" in body
    assert '<link rel="stylesheet" href="/static/site.css">' in body
    css = client.get("/static/site.css")
    assert css.status_code == 200
    assert css.headers["content-type"].startswith("text/css")


def test_the_home_page_shows_the_way_in_for_each_user(client: TestClient[Any]) -> None:
    body = client.get("/").text
    assert "16 compétences" in body
    for href in ("/login", "/schools", "/centres", "/verify"):
        assert f'href="{href}"' in body
    english = client.get("/?lang=en").text
    assert "Candidate sign-in" in english
    assert "Employer or recruiter" in english


def test_bad_and_unknown_codes_in_both_languages(client: TestClient[Any]) -> None:
    bad = client.get("/verify?code=hello")
    assert bad.status_code == 400
    assert "suivi de 8 caractères" in bad.text
    assert 'value="hello"' in bad.text
    assert 'aria-invalid="true"' in bad.text
    unknown = client.get("/verify/P-BBBBBBBB?lang=en")
    assert unknown.status_code == 404
    assert "No certificate has this code." in unknown.text
    typed = client.get("/verify?code=p bbb bbbbb", follow_redirects=False)
    assert typed.status_code in (302, 307)
    assert typed.headers["location"] == "/verify/P-BBBBBBBB"
    english = client.get("/verify?code=P-BBBBBBBB&lang=en", follow_redirects=False)
    assert english.headers["location"] == "/verify/P-BBBBBBBB?lang=en"
    odd = client.get("/verify?code=P-BBBBBBBB&lang=zz", follow_redirects=False)
    assert odd.headers["location"] == "/verify/P-BBBBBBBB"


def test_a_typed_value_is_escaped(client: TestClient[Any]) -> None:
    response = client.get('/verify?code="><script>x</script>')
    assert response.status_code == 400
    assert "<script>x" not in response.text
    assert "&#34;&gt;&lt;script&gt;" in response.text


def _issued(service: Runtime) -> tuple[dict[str, Any], str]:
    """A certificate of a published session (the public pages show only those)."""
    row = issued_rows(service, school_session(service).session_id)[0]
    assert row.verification_code is not None
    return json.loads(row.document), row.verification_code


def test_the_certificate_page_in_french_and_english(
    client: TestClient[Any], service: Runtime
) -> None:
    signed, code = _issued(service)
    french = client.get(f"/verify/{code}")
    assert french.status_code == 200
    assert '<p class="verdict ok" role="status">Certificat authentique</p>' in french.text
    assert french.text.count('class="check-passed"') == 9  # and the issuer's trust
    assert "Signature électronique valide" in french.text
    assert "Mener une recherche et une veille d&#39;information" in french.text
    english = client.get(f"/verify/{code}?lang=en")
    assert '<p class="verdict ok" role="status">Authentic certificate</p>' in english.text
    assert "Valid electronic signature" in english.text
    assert "Searching and monitoring information" in english.text
    assert f"Certificate {code} — Certinum" in english.text
    update_status(service, signed["id"], purpose="revocation", value=True, actor="t", reason="test")
    revoked = client.get(f"/verify/{code}?lang=en")
    assert (
        '<p class="verdict bad" role="status">Certificate revoked by its issuer</p>' in revoked.text
    )
    failed = re.search(r'<li class="check-failed">(.*?)</li>', revoked.text, re.S)
    assert failed is not None
    assert "Failed:" in failed.group(1)
    assert "Neither revoked nor suspended" in failed.group(1)
    # the failed check is explained by a sentence of the catalogue chosen by its code
    assert "The issuer revoked this certificate. <code>REVOKED</code>" in failed.group(1)
