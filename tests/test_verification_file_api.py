"""``POST /api/certificates/verify-file``: the upload form's JSON counterpart. The genuine PDF,
credential and baked badges are authentic, raw or in a form; a tampered one is not; what the
form refuses is a problem with its code; the answer is the code API's."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest
from issuance_jobs_helpers import issued_rows
from issuance_pages_helpers import school_session
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.models import IssuedCredential

URL = "/api/certificates/verify-file"


@pytest.fixture
def issued(area: AccountsArea) -> list[IssuedCredential]:
    return issued_rows(area.runtime, school_session(area.runtime).session_id)


def _type(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]


def _checks(answer: dict[str, Any]) -> dict[str, str]:
    return {c["check"]: c["status"] for c in answer["checks"]}


def _annotated(pdf: bytes) -> bytes:
    """``pdf`` with a text box over its page, appended as an incremental update."""
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_annotation(0, FreeText(text="Niveau 8", rect=(50, 50, 200, 80)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_genuine_files_are_authentic_with_the_code_apis_answer(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code = issued[0].verification_code
    by_code = client.get(f"/api/certificates/{code}").json()
    pdf = client.get(f"/verify/{code}/certificate.pdf").content
    raw = client.post(URL, content=pdf, headers={"Content-Type": "application/pdf"})
    assert raw.status_code == 200, raw.text
    answer = raw.json()
    assert (answer["code"], answer["verdict"], answer["source"]) == (code, "authentic", "pdf")
    assert _checks(answer) == {**_checks(by_code), "pdf_content": "passed"}
    assert {k: v for k, v in answer.items() if k not in ("checks", "source")} == {
        k: v for k, v in by_code.items() if k != "checks"
    }
    form = client.post(URL, files={"file": ("certificat.pdf", pdf, "application/pdf")})
    assert form.status_code == 200 and form.json()["verdict"] == "authentic"

    vc = client.get(f"/verify/{code}/credential.json").content
    for sent in (
        client.post(URL, content=vc, headers={"Content-Type": "application/vc"}),
        client.post(URL, files={"file": ("x.json", vc, "application/json")}),
    ):
        assert sent.status_code == 200 and sent.json()["source"] == "json"
        assert sent.json()["verdict"] == "authentic" and "pdf_content" not in _checks(sent.json())
    pasted = client.post(URL, data={"credential": vc.decode()})
    assert pasted.status_code == 200 and pasted.json()["source"] == "pasted"
    for kind in ("png", "svg"):
        badge = client.get(f"/verify/{code}/badge.{kind}").content
        shown = client.post(URL, content=badge)
        assert shown.status_code == 200 and shown.json()["source"] == kind
        assert (shown.json()["code"], shown.json()["verdict"]) == (code, "authentic")


def test_tampered_files_are_not_authentic(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code = issued[0].verification_code
    doc = json.loads(client.get(f"/verify/{code}/credential.json").content)
    doc["credentialSubject"]["name"] = "Quelqu'un d'autre"
    changed = client.post(URL, json=doc)
    assert changed.status_code == 200
    assert changed.json()["verdict"] == "not-authentic"
    assert _checks(changed.json())["proof"] == "failed"
    pdf = client.get(f"/verify/{code}/certificate.pdf").content
    annotated = client.post(URL, content=_annotated(pdf)).json()
    assert annotated["verdict"] == "not-authentic"
    assert _checks(annotated)["pdf_content"] == "failed" and _checks(annotated)["proof"] == "passed"
    foreign = client.post(URL, json={"hello": "world"}).json()
    assert foreign["verdict"] == "not-authentic" and foreign["code"] is None
    assert foreign["links"] == {}


def test_what_the_form_refuses_is_a_problem_with_its_code(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code = issued[0].verification_code
    png = client.get(f"/verify/{code}/badge.png").content
    huge = b"%PDF-1.7\n" + b"0" * (3 * 1024 * 1024)
    for sent, status, slug in (
        ({"content": b""}, 422, "nothing-sent"),
        ({"files": {"other": ("x", b"data", "text/plain")}}, 422, "nothing-sent"),
        ({"content": b"GIF89a...."}, 422, "unknown-file-kind"),
        ({"content": b"%PDF-1.7\nnot really"}, 422, "no-credential-in-pdf"),
        ({"content": b'{"a": [1, 2'}, 422, "not-a-credential"),
        ({"content": b'{"a": 1, "a": 2}'}, 422, "not-a-credential"),
        ({"data": {"credential": "[1, 2]"}}, 422, "not-a-credential"),
        ({"content": png[:-20]}, 422, "no-credential-in-badge"),
        ({"content": huge}, 413, "too-large"),
        ({"files": {"file": ("x.pdf", huge, "application/pdf")}}, 413, "too-large"),
    ):
        refused = client.post(URL, **sent)
        assert (refused.status_code, _type(refused)) == (status, slug), sent.keys()
        assert refused.headers["content-type"].startswith("application/problem+json")


def test_the_file_api_is_in_the_openapi(client: TestClient[Any]) -> None:
    paths = client.get("/schema/openapi.json").json()["paths"]
    assert set(paths[URL]) == {"post"}
