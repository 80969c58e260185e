"""The certificate pages and downloads: a candidate's certificates, the public PDF and
credential for whoever holds the code (and the same 404 for every other code), a class's and a
session's ZIP of PDFs, each only for its own school or centre. SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from accounts_helpers import add_account
from certification_helpers import as_account
from issuance_jobs_helpers import issued_rows, published_session, run_jobs
from issuance_pages_helpers import PUPILS, qr_of, school_session
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.issuance.certificates import of_session
from certinum.issuance.downloads import safe_filename, zip_stream
from certinum.issuance.service import issue
from certinum.verification.service import verify
from issuer.certificate_pdf_read import embedded_credential, page_text

BASE = "https://certinum.example"


def test_a_candidate_sees_their_certificates_and_downloads_them(
    client: TestClient[Any], area: AccountsArea, tmp_path: Path
) -> None:
    session_id, _, _ = published_session(client, area)
    run_jobs(area.runtime, session_id)
    rows = issued_rows(area.runtime, session_id)
    assert len(rows) == 2
    row = rows[0]
    doc = json.loads(row.document)
    code = row.verification_code
    with area.runtime.sessions() as db:
        from certinum.certification.review_tables import PublishedResult

        result = db.get(PublishedResult, row.result_id)
        assert result is not None
        holder = result.account_id
    headers = as_account(client, area, holder)

    listed = client.get("/api/me/certificates", headers=headers)
    assert listed.status_code == 200, listed.text
    (mine,) = listed.json()
    assert mine["code"] == code and mine["revoked"] is False
    assert mine["links"] == {
        "verify": f"{BASE}/verify/{code}",
        "pdfFr": f"{BASE}/verify/{code}/certificate.pdf",
        "pdfEn": f"{BASE}/verify/{code}/certificate.pdf?lang=en",
        "credential": f"{BASE}/verify/{code}/credential.json",
    }
    french = client.get("/candidate/certificates")
    assert french.status_code == 200 and 'lang="fr"' in french.text
    assert code in french.text and "Certificat (PDF, en français)" in french.text
    assert f'href="/verify/{code}/credential.json" type="application/vc"' in french.text
    english = client.get("/candidate/certificates?lang=en")
    assert "Certificate (PDF, English)" in english.text and f"{BASE}/verify/{code}" in english.text
    assert 'href="/candidate/certificates"' in client.get("/candidate").text
    assert 'href="/candidate/certificates"' in client.get("/candidate/certifications").text

    client.cookies.clear()  # the downloads are public: the code is the key
    pdf = client.get(f"/verify/{code}/certificate.pdf")
    assert pdf.status_code == 200 and pdf.headers["content-type"] == "application/pdf"
    assert f'filename="certificat-{code}.pdf"' in pdf.headers["content-disposition"]
    assert embedded_credential(pdf.content) == doc
    assert "Certificat de compétences numériques" in page_text(pdf.content)
    assert qr_of(pdf.content, tmp_path / "fr") == [f"{BASE}/verify/{code}"]
    pdf_en = client.get(f"/verify/{code}/certificate.pdf?lang=en")
    assert pdf_en.status_code == 200 and pdf_en.content != pdf.content
    assert "Certificate of digital competences" in page_text(pdf_en.content)
    vc = client.get(f"/verify/{code}/credential.json")
    assert vc.status_code == 200 and vc.headers["content-type"].startswith("application/vc")
    assert vc.json() == doc and verify(area.runtime, vc.json()).verified
    page = client.get(f"/verify/{code}")
    assert f'href="/verify/{code}/certificate.pdf"' in page.text
    assert f'href="/verify/{code}/credential.json"' in page.text


def test_other_codes_get_the_same_404_whether_or_not_they_exist(
    client: TestClient[Any], area: AccountsArea
) -> None:
    """Unknown, malformed, and a code of a credential that states no published result (sent
    to the VC API): one answer, which tells nothing about the code (the page's too)."""
    from certificates import certificate

    rt = area.runtime
    doc = certificate(rt.settings.did, rt.settings.base_url, seed=3)
    loose = doc["credentialSubject"]["licenseNumber"]
    issue(rt, doc, actor="test", verification_code=loose)
    assert client.get(f"/verify/{loose}").status_code == 404  # not a public certificate
    answers = []
    for code in ("P-BBBBBBBB", loose, "nonsense", "P-" + "A" * 300):
        for tail in ("certificate.pdf", "certificate.pdf?lang=en", "credential.json"):
            got = client.get(f"/verify/{code}/{tail}")
            assert got.status_code == 404, (code, tail)
            assert got.headers["content-type"].startswith("application/problem+json")
            answers.append({k: v for k, v in got.json().items() if k != "instance"})
    assert all(a == answers[0] for a in answers)
    assert answers[0]["type"].endswith("/unknown-code")


def test_the_certificate_api_is_in_the_openapi_description(client: TestClient[Any]) -> None:
    paths = set(client.get("/schema/openapi.json").json()["paths"])
    assert {
        "/api/me/certificates",
        "/api/organisations/{org_id}/certificates",
        "/api/organisations/{org_id}/classes/{class_id}/certificates.zip",
        "/api/centres/{centre_id}/sessions/{session_id}/certificates.zip",
        "/api/jury/sessions/{session_id}/certificates",
        "/api/certificates/{code}/revocation",
        "/verify/{code}/certificate.pdf",
        "/verify/{code}/credential.json",
    } <= paths


def _names(archive: bytes) -> list[str]:
    return sorted(zipfile.ZipFile(io.BytesIO(archive)).namelist())


def _pdfs(archive: bytes) -> dict[str, dict[str, Any]]:
    with zipfile.ZipFile(io.BytesIO(archive)) as z:
        return {n: embedded_credential(z.read(n)) for n in z.namelist()}


def test_a_school_downloads_one_zip_per_class_of_its_own_pupils(
    client: TestClient[Any], area: AccountsArea, tmp_path: Path
) -> None:
    ids = school_session(area.runtime)
    x, y = str(ids.orgs["X"]), str(ids.orgs["Y"])
    class_3a = ids.classes[("X", "3A")]
    admin_x = as_account(client, area, add_account(area, "admin-x", ("organisation_admin", x)))
    listed = client.get(f"/api/organisations/{x}/certificates", headers=admin_x)
    assert listed.status_code == 200, listed.text
    by_class = {k["code"]: k for k in listed.json()}
    assert set(by_class) == {"3A", "3B"}  # school Y's class is not X's
    assert sorted(c["lastName"] for c in by_class["3A"]["certificates"]) == [
        "Martin", "N'Diaye-Müller"
    ]  # fmt: skip
    page = client.get(f"/schools/{x}/certificates")
    assert page.status_code == 200 and "Classe 3A" in page.text and "Autre" not in page.text
    assert f"/api/organisations/{x}/classes/{class_3a}/certificates.zip" in page.text
    assert f'href="/schools/{x}/certificates"' in client.get(f"/schools/{x}/certifications").text

    got = client.get(f"/api/organisations/{x}/classes/{class_3a}/certificates.zip")
    assert got.status_code == 200 and got.headers["content-type"] == "application/zip"
    codes = {c["lastName"]: c["code"] for c in by_class["3A"]["certificates"]}
    martin, ndiaye = codes["Martin"], codes["N'Diaye-Müller"]
    assert _names(got.content) == sorted(
        [f"MARTIN-Lea-{martin}.pdf", f"N-DIAYE-MULLER-Zoe-Eloise-{ndiaye}.pdf"]
    )
    embedded = _pdfs(got.content)
    assert sorted(d["credentialSubject"]["licenseNumber"] for d in embedded.values()) == sorted(
        codes.values()
    )
    first = zipfile.ZipFile(io.BytesIO(got.content)).read(f"MARTIN-Lea-{martin}.pdf")
    assert qr_of(first, tmp_path) == [f"{BASE}/verify/{martin}"]
    english = client.get(f"/api/organisations/{x}/classes/{class_3a}/certificates.zip?lang=en")
    assert _names(english.content) == _names(got.content)

    # another school's admin: not through X's door (403), nor X's class through Y's (404)
    admin_y = as_account(client, area, add_account(area, "admin-y", ("organisation_admin", y)))
    refused = client.get(f"/api/organisations/{x}/classes/{class_3a}/certificates.zip",
                         headers=admin_y)  # fmt: skip
    assert refused.status_code == 403
    assert client.get(f"/schools/{x}/certificates").status_code == 403
    crossed = client.get(f"/api/organisations/{y}/classes/{class_3a}/certificates.zip")
    assert crossed.status_code == 404 and crossed.json()["type"].endswith("/unknown-class")
    own = client.get(f"/api/organisations/{y}/classes/{ids.classes[('Y', '3A')]}/certificates.zip")
    assert [n.split("-P-")[0] for n in _names(own.content)] == ["AUTRE-Ana"]


def test_a_centre_downloads_the_zip_of_its_own_session_only(
    client: TestClient[Any], area: AccountsArea
) -> None:
    ids = school_session(area.runtime)
    other = school_session(area.runtime, 2)
    centre = str(ids.centre_id)
    staff = as_account(client, area, add_account(area, "staff", ("centre_member", centre)))
    url = f"/api/centres/{centre}/sessions/{ids.session_id}/certificates.zip"
    got = client.get(url, headers=staff)
    assert got.status_code == 200, got.text
    certified = [p for p in PUPILS if p[4] == "certified"]
    assert len(_names(got.content)) == len(certified) == 4
    # streamed: the writer hands out each PDF as soon as it is in the archive
    chunks = list(zip_stream(area.runtime, of_session(area.runtime, centre, ids.session_id), "fr"))
    assert len(chunks) == 4 + 1 and all(chunks[:4])  # one per PDF, then the central directory
    assert _names(b"".join(chunks)) == _names(got.content)
    page = client.get(f"/centres/{centre}/sessions/{ids.session_id}")
    assert f"/api/centres/{centre}/sessions/{ids.session_id}/certificates.zip" in page.text
    # the other centre's session through this centre: 404; this one by the other centre: 403
    crossed = client.get(f"/api/centres/{centre}/sessions/{other.session_id}/certificates.zip")
    assert crossed.status_code == 404
    admin_d = add_account(area, "staff-d", ("centre_admin", str(other.centre_id)))
    as_account(client, area, admin_d)
    assert client.get(url).status_code == 403


def test_zip_file_names_are_safe_ascii() -> None:
    assert safe_filename("de la Tour-Ñúñez", "Jean-Baptiste Éloi", "P-7KQ2MXRB") == (
        "DE-LA-TOUR-NUNEZ-Jean-Baptiste-Eloi-P-7KQ2MXRB.pdf"
    )
    assert safe_filename("../../etc", "/\\:*?", "P-7KQ2MXRB") == "ETC-P-7KQ2MXRB.pdf"
    assert safe_filename("李", "", "P-7KQ2MXRB") == "P-7KQ2MXRB.pdf"
