"""Wallet exports under their guards: a stored credential lacking what a badge or the
LinkedIn link states answers 409 ``incomplete-credential`` (never a 500), the exports are
look-ups charged against the verification look-up limit (429 ``too-many-lookups`` over it),
and each answers HEAD with the GET's headers and no body. SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest
from issuance_jobs_helpers import issued_rows, published_session, run_jobs
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.db import transaction
from certinum.models import IssuedCredential
from wallet_export.facts import FactsError
from wallet_export.linkedin import listing_of

EXPORTS = ("presentation.json", "badge.png", "badge.svg", "linkedin")


@pytest.fixture
def code(client: TestClient[Any], area: AccountsArea) -> str:
    session_id, _, _ = published_session(client, area)
    run_jobs(area.runtime, session_id)
    rows = issued_rows(area.runtime, session_id)
    client.cookies.clear()
    return str(rows[0].verification_code)


def _problem(got: Any, status: int, slug: str) -> dict[str, Any]:
    assert got.status_code == status, got.text
    body: dict[str, Any] = got.json()
    assert body["type"].endswith("/" + slug), body
    return body


def test_an_incomplete_credential_answers_409(
    client: TestClient[Any], area: AccountsArea, code: str
) -> None:
    with transaction(area.runtime.sessions) as db:
        row = db.query(IssuedCredential).filter_by(verification_code=code).one()
        document = json.loads(row.document)
        del document["credentialSubject"]["achievement"]["name"]
        document["credentialSubject"]["result"] = []
        row.document = json.dumps(document)
    with pytest.raises(FactsError):
        listing_of(document)
    for tail in ("badge.png", "badge.svg", "linkedin"):
        got = client.get(f"/verify/{code}/{tail}", follow_redirects=False)
        _problem(got, 409, "incomplete-credential")
    # what needs no facts is still served
    assert client.get(f"/verify/{code}/presentation.json").status_code == 200


def test_head_sends_the_headers_of_get_and_no_body(client: TestClient[Any], code: str) -> None:
    for tail in (*EXPORTS, "credential.json", "certificate.pdf"):
        url = f"/verify/{code}/{tail}"
        full = client.get(url, follow_redirects=False)
        head = client.head(url, follow_redirects=False)
        assert head.status_code == full.status_code, tail
        assert head.content == b"", tail
        for name in ("content-type", "content-length", "content-disposition", "location"):
            assert head.headers.get(name) == full.headers.get(name), (tail, name)
    missing = client.head("/verify/P-BBBBBBBB/badge.png")
    assert missing.status_code == 404 and missing.content == b""


def test_the_exports_are_charged_as_code_look_ups(
    client: TestClient[Any], area: AccountsArea, code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = area.runtime.settings
    limited = dataclasses.replace(settings.lookups, per_window=len(EXPORTS))
    monkeypatch.setattr(area.runtime, "settings", dataclasses.replace(settings, lookups=limited))
    for tail in EXPORTS:
        assert client.get(f"/verify/{code}/{tail}", follow_redirects=False).status_code < 400
    for tail in (*EXPORTS, "badge.png?lang=en"):
        got = client.get(f"/verify/{code}/{tail}", follow_redirects=False)
        body = _problem(got, 429, "too-many-lookups")
        assert int(got.headers["retry-after"]) >= 1 and body["retryAfter"] >= 1
    assert client.head(f"/verify/{code}/badge.svg").status_code == 429
