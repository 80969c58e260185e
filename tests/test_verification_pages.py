"""The employer's verifier: a code, the QR link, an uploaded PDF or JSON, a pasted credential,
the JSON API and the recruiters' CSV. Each verdict and each check row in French and English;
an unknown and a cancelled code give the same answer. SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from typing import Any

import pytest
from certificates import NOW, certificate
from issuance_jobs_helpers import issued_rows
from issuance_pages_helpers import school_session
from litestar.testing import TestClient
from nacl.signing import SigningKey
from sqlalchemy import update

from certinum.accounts.area import AccountsArea
from certinum.certification.review_tables import CANCELLED, PublishedResult
from certinum.db import transaction
from certinum.issuance.service import issue
from certinum.issuance.status import update_status
from certinum.models import IssuedCredential
from keys import multikey_from_public_key, signer_from_seed
from keys.did_key import did_key_from_public_key
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader

SEED = bytes(range(7, 39))


@pytest.fixture
def issued(area: AccountsArea) -> list[IssuedCredential]:
    """The four certificates of a published session, in the order of ``issued_rows``."""
    return issued_rows(area.runtime, school_session(area.runtime).session_id)


def _verdict(html: str) -> str:
    found = re.search(r'<p class="verdict (\w+)" role="status">(.*?)</p>', html)
    assert found is not None, html[:500]
    return f"{found.group(1)}: {unescape(found.group(2))}"


def _rows(html: str) -> dict[str, str]:
    """Check label → status (passed, failed, skipped) of the page's check list."""
    rows = re.findall(
        r'<li class="check-(\w+)"><span class="icon" aria-hidden="true">.</span> '
        r'<span class="visually-hidden">[^<]*</span> ([^<]+?)(?: <span class="detail"|</li>)',
        html,
    )
    return {unescape(label): status for status, label in rows}


def _csrf(client: TestClient[Any], path: str = "/verify") -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get(path).text)
    assert found is not None
    return found.group(1)


def _post(
    client: TestClient[Any],
    *,
    data: bytes = b"",
    name: str = "f",
    paste: str = "",
    lang: str = "fr",
) -> Any:
    files = {"file": (name, data, "application/octet-stream")} if data else None
    fields = {"csrf_token": _csrf(client), "credential": paste}
    return client.post(f"/verify?lang={lang}", data=fields, files=files)


FR_CHECKS = {
    "Document bien formé", "Conforme à Open Badges 3.0", "Vocabulaires reconnus",
    "Signature électronique valide", "Clé autorisée par l'émetteur",
    "Clé contrôlée par l'émetteur", "Période de validité", "Ni révoqué ni suspendu",
    "Émetteur connu de ce service",
}  # fmt: skip
EN_CHECKS = {
    "Well-formed document", "Conforms to Open Badges 3.0", "Known vocabularies",
    "Valid electronic signature", "Key authorized by the issuer", "Key controlled by the issuer",
    "Validity period", "Neither revoked nor suspended", "Issuer known to this service",
}  # fmt: skip


def test_a_typed_code_opens_the_certificate_with_its_facts_and_checks(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code = issued[0].verification_code
    assert code is not None
    typed = client.get(f"/verify?code={code[2:].lower()[:4]} {code[6:].lower()}")
    assert typed.status_code == 200 and str(typed.url).endswith(f"/verify/{code}")
    french = typed.text
    assert _verdict(french) == "ok: Certificat authentique"
    assert _rows(french) == dict.fromkeys(FR_CHECKS, "passed")
    doc = json.loads(issued[0].document)
    assert doc["credentialSubject"]["name"] in french
    assert "4 mars 2011" in french and "1 juin 2026" in french and "Centre de Lyon" in french
    score = next(
        r["value"] for r in doc["credentialSubject"]["result"] if "#score" in r["resultDescription"]
    )
    assert f"{score} / 1023" in french
    assert french.count('scope="rowgroup"') == 5  # the five areas
    assert french.count("<td>3</td>") == 16  # the 16 competences, level 3 each
    assert "1. Information et données" in french and "Mener une recherche" in french
    english = client.get(f"/verify/{code}?lang=en").text
    assert _verdict(english) == "ok: Authentic certificate"
    assert _rows(english) == dict.fromkeys(EN_CHECKS, "passed")
    assert "March 4, 2011" in english and "1. Information and data" in english
    assert f'href="/verify/{code}/certificate.pdf"' in english


def test_revoked_and_suspended_certificates_say_so_in_both_languages(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential]
) -> None:
    rt = area.runtime
    revoked = issued[0]
    update_status(rt, revoked.id, purpose="revocation", value=True, actor="t", reason="fraud")
    page = client.get(f"/verify/{revoked.verification_code}").text
    assert _verdict(page) == "bad: Certificat révoqué par son émetteur"
    assert _rows(page)["Ni révoqué ni suspendu"] == "failed"
    assert "certificate.pdf" not in page  # no downloads once revoked
    english = client.get(f"/verify/{revoked.verification_code}?lang=en").text
    assert _verdict(english) == "bad: Certificate revoked by its issuer"
    assert _rows(english)["Neither revoked nor suspended"] == "failed"
    asked = {
        "credentialStatus": {"type": "BitstringStatusListEntry", "statusPurpose": "suspension"}
    }
    doc = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "type": ["VerifiableCredential"],
        "credentialSubject": {"id": "did:example:holder"},
    }
    signed = issue(rt, doc, options=asked, actor="test")
    update_status(rt, signed["id"], purpose="suspension", value=True, actor="t", reason="check")
    held = _post(client, paste=json.dumps(signed), lang="en").text
    assert _verdict(held) == "bad: Certificate suspended by its issuer"
    assert _verdict(_post(client, paste=json.dumps(signed)).text) == (
        "bad: Certificat suspendu par son émetteur"
    )
    answer = client.get(f"/api/certificates/{revoked.verification_code}").json()
    assert (answer["verdict"], answer["revoked"], answer["verified"]) == ("revoked", True, False)


def _did_key_signed(doc: dict[str, Any]) -> dict[str, Any]:
    public = bytes(SigningKey(SEED).verify_key)
    vm = f"{did_key_from_public_key(public)}#{multikey_from_public_key(public)}"
    doc = {**doc, "issuer": {**doc["issuer"], "id": did_key_from_public_key(public)}}
    with signer_from_seed(SEED, vm) as signer:
        return create_proof(
            doc, sign=signer.sign, verification_method=vm, created=NOW, loader=DocumentLoader()
        )


def test_a_pasted_credential_of_an_unknown_issuer_and_one_of_unknown_status(
    client: TestClient[Any], area: AccountsArea
) -> None:
    base = area.runtime.settings.base_url
    doc = certificate("did:example:placeholder", base, seed=5)
    stranger = _did_key_signed(doc)
    page = _post(client, paste=json.dumps(stranger)).text
    assert (
        _verdict(page) == "warn: Signature valide, mais d'un émetteur que nous ne connaissons pas"
    )
    rows = _rows(page)
    assert rows["Signature électronique valide"] == "passed"
    assert rows["Émetteur connu de ce service"] == "failed"
    listed = "https://lists.example/status/3"
    entry = {"id": f"{listed}#9", "type": "BitstringStatusListEntry", "statusPurpose": "revocation",
             "statusListIndex": "9", "statusListCredential": listed}  # fmt: skip
    unknowable = _did_key_signed({**doc, "credentialStatus": entry})
    english = _post(client, paste=json.dumps(unknowable), lang="en").text
    assert _verdict(english) == "warn: Status could not be determined: not confirmed as valid"
    assert _rows(english)["Neither revoked nor suspended"] == "failed"
    # an unknown issuer's list is never fetched: the status is not confirmed (said by its code)
    assert "status list could not be read" in english and "<code>STATUS_UNKNOWN</code>" in english


def test_uploads_of_the_genuine_pdf_json_and_pasted_text_are_authentic(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code = issued[0].verification_code
    pdf = client.get(f"/verify/{code}/certificate.pdf").content
    vc = client.get(f"/verify/{code}/credential.json").content
    shown = _post(client, data=pdf, name="certificat.pdf")
    assert shown.status_code == 200
    assert _verdict(shown.text) == "ok: Certificat authentique"
    rows = _rows(shown.text)
    assert rows == {
        **dict.fromkeys(FR_CHECKS, "passed"),
        "Le contenu du PDF correspond à son attestation électronique": "passed",
    }
    english = _post(
        client, data=client.get(f"/verify/{code}/certificate.pdf?lang=en").content, lang="en"
    )
    assert _rows(english.text)["PDF content matches its embedded credential"] == "passed"
    for sent in (_post(client, data=vc, name="x.json"), _post(client, paste=vc.decode())):
        assert sent.status_code == 200
        assert _verdict(sent.text) == "ok: Certificat authentique"
        assert "Le contenu du PDF" not in sent.text
        assert f"<strong>{code}</strong>" in sent.text


def test_uploaded_baked_badges_png_and_svg_are_authentic_and_a_tampered_one_is_not(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code = issued[0].verification_code
    for kind in ("png", "svg"):
        badge = client.get(f"/verify/{code}/badge.{kind}").content
        shown = _post(client, data=badge, name=f"badge.{kind}")
        assert shown.status_code == 200
        assert _verdict(shown.text) == "ok: Certificat authentique"
        assert f"<strong>{code}</strong>" in shown.text
        assert "Le contenu du PDF" not in shown.text
    svg = client.get(f"/verify/{code}/badge.svg").content
    tampered = svg.replace(code.encode(), b"P-AAAAAAAA", 1)  # the code inside the credential
    assert tampered != svg
    page = _post(client, data=tampered, name="badge.svg").text
    assert _verdict(page) == "bad: Certificat non authentique"
    assert _rows(page)["Signature électronique valide"] == "failed"
    png = client.get(f"/verify/{code}/badge.png").content
    broken = png[:-20]  # the IEND chunk cut: not a readable badge
    refused = _post(client, data=broken, name="badge.png")
    assert refused.status_code == 422
    assert "Cette image ne contient aucune attestation électronique lisible" in refused.text


def test_tampered_json_and_tampered_pdfs_are_not_authentic(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code, other = issued[0].verification_code, issued[1].verification_code
    doc = json.loads(client.get(f"/verify/{code}/credential.json").content)
    doc["credentialSubject"]["name"] = "Quelqu'un d'autre"
    page = _post(client, data=json.dumps(doc).encode(), name="x.json").text
    assert 'role="alert"' not in page, page[-3000:]
    assert _verdict(page) == "bad: Certificat non authentique"
    assert _rows(page)["Signature électronique valide"] == "failed"
    pdf = client.get(f"/verify/{code}/certificate.pdf").content
    appended = _annotated(pdf)
    english = _post(client, data=appended, name="x.pdf", lang="en").text
    assert _verdict(english) == "bad: Certificate not authentic"
    assert _rows(english)["PDF content matches its embedded credential"] == "failed"
    assert "pdf-incremental-update" in english and "pdf-annotations" in english
    assert _rows(english)["Valid electronic signature"] == "passed"  # the credential is fine
    swapped = _swap_credential(client.get(f"/verify/{other}/certificate.pdf").content, pdf)
    page = _post(client, data=swapped, name="x.pdf", lang="en").text
    assert _verdict(page) == "bad: Certificate not authentic"
    assert "pdf-attachment-mismatch" in page  # the page is genuine, its attachment another
    assert _rows(page)["Valid electronic signature"] == "passed"


def _annotated(pdf: bytes) -> bytes:
    """``pdf`` with a text box drawn over its page, appended as an incremental update (the
    way a PDF editor saves a change)."""
    from pypdf import PdfWriter
    from pypdf.annotations import FreeText

    writer = PdfWriter(io.BytesIO(pdf), incremental=True)
    writer.add_annotation(0, FreeText(text="Niveau 8", rect=(50, 50, 200, 80)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _swap_credential(page_of: bytes, credential_of: bytes) -> bytes:
    """The PDF ``page_of`` with its embedded credential replaced by that of ``credential_of``
    (same media type), written as a new file: only the page then disagrees."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject

    from issuer.certificate_pdf_read import embedded_credential

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(page_of)))
    writer._root_object.pop("/Names")
    writer._root_object.pop("/AF", None)
    data = json.dumps(embedded_credential(credential_of)).encode()
    attached = writer.add_attachment("credential.json", data)
    attached.subtype = NameObject("/application/vc")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_cancelled_certificate_and_a_never_issued_code_get_the_same_404(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential]
) -> None:
    rt = area.runtime
    cancelled = issued[0].verification_code
    assert cancelled is not None
    with transaction(rt.sessions) as db:
        db.execute(
            update(PublishedResult)
            .where(PublishedResult.id == issued[0].result_id)
            .values(outcome=CANCELLED)
        )
    loose_doc = certificate(rt.settings.did, rt.settings.base_url, seed=9)
    loose = loose_doc["credentialSubject"]["licenseNumber"]
    issue(rt, loose_doc, actor="test", verification_code=loose)  # no published result
    never = "P-BBBBBBBB"
    pages, answers = [], []
    for code in (never, cancelled, loose):
        got = client.get(f"/verify/{code}?lang=en")
        assert got.status_code == 404
        assert "No certificate has this code." in got.text
        pages.append(got.text.replace(code, "CODE"))
        api = client.get(f"/api/certificates/{code}")
        assert api.status_code == 404
        assert api.headers["content-type"].startswith("application/problem+json")
        answers.append({k: v for k, v in api.json().items() if k != "instance"})
    assert pages[0] == pages[1] == pages[2]
    assert answers[0] == answers[1] == answers[2]
    assert answers[0]["type"].endswith("/unknown-code")


def test_the_json_api_answers_the_verdict_checks_and_data(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    code = issued[0].verification_code
    got = client.get(f"/api/certificates/{code.lower()}")
    assert got.status_code == 200
    answer = got.json()
    assert (answer["code"], answer["verdict"], answer["verified"], answer["trusted"]) == (
        code, "authentic", True, True,
    )  # fmt: skip
    assert answer["credential"] == json.loads(issued[0].document)
    assert {c["check"] for c in answer["checks"]} >= {"proof", "status", "issuer_trusted"}
    assert all(c["status"] == "passed" for c in answer["checks"])
    cert = answer["certificate"]
    assert (cert["birthDate"], cert["sessionDate"], cert["centre"]) == (
        "2011-03-04", "2026-06-01", "Centre de Lyon",
    )  # fmt: skip
    assert len(cert["competences"]) == 16 and cert["level"]["nameEn"]
    paths = client.get("/schema/openapi.json").json()["paths"]
    assert "/api/certificates/{code}" in paths and "/api/certificates/bulk" in paths


def test_the_upload_form_needs_its_csrf_token_and_a_bounded_body(
    client: TestClient[Any], issued: list[IssuedCredential]
) -> None:
    vc = client.get(f"/verify/{issued[0].verification_code}/credential.json").content
    forged = client.post(
        "/verify?lang=en", data={"csrf_token": "x" * 30, "credential": vc.decode()}
    )
    assert forged.status_code == 400 and "This form has expired" in forged.text
    huge = _post(client, data=b"%PDF-1.7\n" + b"0" * (3 * 1024 * 1024), name="x.pdf", lang="en")
    assert huge.status_code == 413 and "too large to be a certificate" in huge.text
    empty = _post(client, lang="en")
    assert empty.status_code == 422 and "Choose a file or paste a credential" in empty.text
    odd = _post(client, data=b"GIF89a....", name="x.gif", lang="en")
    assert odd.status_code == 422 and "cannot be verified" in odd.text
    broken = _post(client, data=b"%PDF-1.7\nnot really", name="x.pdf", lang="en")
    assert broken.status_code == 422 and "holds no readable electronic certificate" in broken.text
    bad_json = _post(client, paste='{"a": [1, 2', lang="en")
    assert bad_json.status_code == 422 and "not a readable electronic certificate" in bad_json.text


def _bulk_rows(body: bytes) -> list[list[str]]:
    text = body.decode("utf-8").removeprefix("\ufeff")
    return list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))


def test_the_bulk_check_answers_a_csv_with_escaped_cells(
    client: TestClient[Any], area: AccountsArea, issued: list[IssuedCredential]
) -> None:
    first, second = issued[0].verification_code, issued[1].verification_code
    update_status(
        area.runtime, issued[1].id, purpose="revocation", value=True, actor="t", reason="x"
    )
    sent = f'code\n{first.lower()}\n\n{second}\nP-BBBBBBBB\n=HYPERLINK("http://x")\n'.encode()
    got = client.post("/api/certificates/bulk", content=sent, headers={"content-type": "text/csv"})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/csv")
    rows = _bulk_rows(got.content)
    assert rows[0][:3] == ["code", "normalized_code", "verdict"]
    assert [r[2] for r in rows[1:]] == ["authentic", "revoked", "unknown-code", "invalid-code"]
    assert rows[1][1] == first and rows[1][4] == "2011-03-04" and rows[1][6] == "Centre de Lyon"
    assert rows[4][0] == '\'=HYPERLINK("http://x")'  # a formula is shown as text
    too_many = "\n".join(["P-BBBBBBBB"] * 1001).encode()
    refused = client.post("/api/certificates/bulk", content=too_many)
    assert refused.status_code == 422 and "1000 codes" in refused.json()["detail"]
    huge = client.post("/api/certificates/bulk", content=b"P-BBBBBBBB\n" * 30000)
    assert huge.status_code == 413
    token = _csrf(client, "/verify/bulk")
    page = client.post(
        "/verify/bulk", data={"csrf_token": token},
        files={"file": ("codes.csv", f"{first}\n".encode(), "text/csv")},
    )  # fmt: skip
    assert page.status_code == 200 and _bulk_rows(page.content)[1][2] == "authentic"
    assert page.headers["content-type"] == "text/csv; charset=utf-8"  # one charset parameter
    wrong = client.post(
        "/verify/bulk?lang=en", data={"csrf_token": token},
        files={"file": ("codes.csv", b"\xff\xfe", "text/csv")},
    )  # fmt: skip
    assert wrong.status_code == 422 and "not UTF-8" in wrong.text


@pytest.mark.parametrize(
    "pasted",
    [
        {},
        {"credentialSubject": []},
        {
            "credentialSubject": {"result": "x", "identifier": 5, "source": 3, "name": 4},
            "issuer": 7,
        },
        {"credentialSubject": {"result": [{"resultDescription": "#score", "value": "99999"}]}},
        {"@context": "x", "proof": {"type": "DataIntegrityProof"}, "issuer": {"name": ["x"]}},
    ],
)
def test_odd_credentials_are_not_authentic_never_an_error(
    client: TestClient[Any], pasted: dict[str, Any]
) -> None:
    got = _post(client, paste=json.dumps(pasted), lang="en")
    assert got.status_code == 200
    assert _verdict(got.text) == "bad: Certificate not authentic"
    unknown = client.get("/api/certificates/" + "P-" + "B" * 300)
    assert unknown.status_code == 404


def test_a_status_that_cannot_be_read_is_never_valid_and_never_hides_a_failure() -> None:
    from certinum.verification.pages import verdict_of
    from issuer.certificate_pdf_check import PdfFinding as Finding
    from verifier.verify import Check, VerificationResult

    def result(*failed: tuple[str, str], trusted: bool = True) -> VerificationResult:
        names = ("proof", "assertion_method", "validity_period", "status")
        bad = dict(failed)
        checks = tuple(
            Check(n, "failed", "x", bad[n]) if n in bad else Check(n, "passed") for n in names
        )
        return VerificationResult(verified=not failed, trusted=trusted, checks=checks)

    assert verdict_of(result()) == "authentic"
    assert verdict_of(result(trusted=False)) == "unknown-issuer"
    assert verdict_of(result(("status", "STATUS_UNKNOWN"))) == "status-unknown"
    assert verdict_of(result(("status", "STATUS_LIST_INVALID"), trusted=False)) == "status-unknown"
    both = result(("status", "STATUS_UNKNOWN"), ("proof", "PROOF_INVALID"))
    assert verdict_of(both) == "not-authentic"
    assert verdict_of(result(("status", "REVOKED"))) == "revoked"
    assert verdict_of(result(("status", "SUSPENDED"))) == "suspended"
    assert verdict_of(result(("validity_period", "EXPIRED"))) == "not-authentic"
    assert verdict_of(result(), pdf=[]) == "authentic"
    mismatch = [Finding("pdf-content-mismatch", "x")]
    assert verdict_of(result(), pdf=mismatch) == "not-authentic"
