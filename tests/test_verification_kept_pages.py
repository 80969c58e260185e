"""The code page kept once rendered (``verification_pages``), on both databases.

A kept page is sent again only while the result it was rendered from stands, in the language
it was rendered in, by the same rendering code: a revocation, a cancellation, a change of the
trust list or of the rendering code each show the page as it is now. Only the bare path
(with at most ``?lang=``) is kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from issuance_jobs_helpers import issued_rows
from issuance_pages_helpers import school_session
from litestar.testing import TestClient
from sqlalchemy import select, update

from certinum.accounts.area import AccountsArea
from certinum.certification.review_tables import CANCELLED, PublishedResult
from certinum.db import transaction
from certinum.issuance.status import update_status
from certinum.models import IssuedCredential
from certinum.trust.service import add_issuer
from certinum.verification import keptpages, routes
from certinum.verification.tables import VerificationPage


@pytest.fixture
def issued(area: AccountsArea) -> list[IssuedCredential]:
    return issued_rows(area.runtime, school_session(area.runtime).session_id)


@pytest.fixture
def renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The languages of the code pages rendered (not sent from ``verification_pages``)."""
    seen: list[str] = []
    real: Callable[..., str] = routes.render_html

    def counted(request: Any, name: str, lang: str, **context: Any) -> str:
        seen.append(lang)
        return real(request, name, lang, **context)

    monkeypatch.setattr(routes, "render_html", counted)
    return seen


def _kept(area: AccountsArea) -> dict[tuple[str, str], str]:
    """(credential id, language) → key of every kept page."""
    with area.runtime.sessions() as db:
        rows = db.execute(
            select(VerificationPage.credential_id, VerificationPage.lang, VerificationPage.key)
        )
        return {(cid, lang): key for cid, lang, key in rows}


def test_a_second_look_up_sends_the_kept_page_as_rendered(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential], renders: list[str]
) -> None:
    code, cid = issued[0].verification_code, issued[0].id
    first = client.get(f"/verify/{code}")
    assert first.status_code == 200 and renders == ["fr"]
    assert set(_kept(area)) == {(cid, "fr")}
    second = client.get(f"/verify/{code}")
    assert renders == ["fr"], "the second look-up rendered the page again"
    assert second.status_code == 200 and second.text == first.text
    assert second.headers["content-type"] == "text/html; charset=utf-8"
    assert second.headers["content-language"] == "fr" and second.headers["vary"] == "Cookie"
    english = client.get(f"/verify/{code}?lang=en")  # another language: rendered and kept
    assert "Authentic certificate" in english.text and renders == ["fr", "en"]
    assert "lang=en" in english.headers["set-cookie"]
    assert set(_kept(area)) == {(cid, "fr"), (cid, "en")}
    again = client.get(f"/verify/{code}")  # the cookie now asks for English
    assert again.text == english.text and renders == ["fr", "en"]
    assert "set-cookie" not in again.headers


def test_a_revocation_shows_the_revoked_page_at_once(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential], renders: list[str]
) -> None:
    row = issued[0]
    authentic = client.get(f"/verify/{row.verification_code}").text
    assert "Certificat authentique" in authentic and "certificate.pdf" in authentic
    update_status(area.runtime, row.id, purpose="revocation", value=True, actor="t", reason="r")
    revoked = client.get(f"/verify/{row.verification_code}").text
    assert "Certificat révoqué par son émetteur" in revoked and "certificate.pdf" not in revoked
    assert client.get(f"/verify/{row.verification_code}").text == revoked
    assert renders == ["fr", "fr"]


def test_a_cancelled_result_is_unknown_even_with_a_kept_page(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential]
) -> None:
    row = issued[0]
    assert client.get(f"/verify/{row.verification_code}").status_code == 200
    with transaction(area.runtime.sessions) as db:
        db.execute(
            update(PublishedResult)
            .where(PublishedResult.id == row.result_id)
            .values(outcome=CANCELLED)
        )
    gone = client.get(f"/verify/{row.verification_code}")
    assert gone.status_code == 404 and "Aucun certificat ne porte ce code." in gone.text


def test_a_trust_list_change_renders_the_page_again(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential], renders: list[str]
) -> None:
    code = issued[0].verification_code
    client.get(f"/verify/{code}")
    add_issuer(area.runtime, "did:web:other.example", "Other", actor="admin")
    assert "Certificat authentique" in client.get(f"/verify/{code}").text
    assert renders == ["fr", "fr"]


def test_new_rendering_code_renders_the_page_again(
    client: TestClient[Any],
    area: AccountsArea,
    issued: list[IssuedCredential],
    renders: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code, cid = issued[0].verification_code, issued[0].id
    client.get(f"/verify/{code}")
    before = _kept(area)[(cid, "fr")]
    monkeypatch.setattr(keptpages, "render_version", lambda: "a later version")
    client.get(f"/verify/{code}")
    client.get(f"/verify/{code}")
    assert renders == ["fr", "fr"] and _kept(area)[(cid, "fr")] != before


def test_other_paths_and_parameters_are_rendered_for_their_request_only(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential], renders: list[str]
) -> None:
    code = issued[0].verification_code
    assert code is not None
    asked = client.get(f"/verify/{code}?from=mail&lang=en")
    assert asked.status_code == 200 and "from=mail" in asked.text  # the language links keep it
    lowered = client.get(f"/verify/{code.lower()}")  # in English: the cookie says so now
    assert lowered.status_code == 200 and f"/verify/{code.lower()}?lang=fr" in lowered.text
    assert renders == ["en", "en"] and _kept(area) == {}
