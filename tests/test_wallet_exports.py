"""Wallet exports: OB 3.0 baked badges (PNG, SVG) and unbaking of hostile input, the
LinkedIn link, the credential in a presentation, and the public routes (media types, the same
404 for every code that has no downloads, revoked ones included). SQLite and PostgreSQL."""

from __future__ import annotations

import io
import json
import struct
import zlib
from datetime import date
from typing import Any
from xml.etree import ElementTree

import pytest
from certificates import certificate
from certification_helpers import as_account
from issuance_jobs_helpers import issued_rows
from issuance_pages_helpers import school_session
from litestar.testing import TestClient
from PIL import Image

from certinum.accounts.area import AccountsArea
from certinum.accounts.roles import grant
from certinum.certification.review_tables import PublishedResult
from certinum.db import transaction
from certinum.issuance.revocation import revoke_certificate
from certinum.models import IssuedCredential
from certinum.verification.service import verify, verify_vp
from wallet_export.badge_image import BadgeLabels, badge_png, badge_svg
from wallet_export.baking import (
    ERROR_CODES,
    MAX_BADGE_BYTES,
    MAX_CHUNKS,
    BakedBadgeError,
    bake_png,
    bake_svg,
    unbake,
)
from wallet_export.facts import facts_of
from wallet_export.linkedin import linkedin_add_url, linkedin_url_for
from wallet_export.presentation import presentation_of

BASE = "https://certinum.example"
DID = "did:web:certinum.example"
LABELS = BadgeLabels("Certinum", "Compétences numériques", "Niveau global", "Avancé 2",
                     "700 pix", "juin 2026", "P-7KQ2MXRB")  # fmt: skip
OB = "https://purl.imsglobal.org/ob/v3p0"


def _chunks(png: bytes) -> list[tuple[bytes, bytes]]:
    """Every chunk of ``png``, each CRC checked here with zlib (not with the module's parser)."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, out = 8, []
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos : pos + 8])
        body = png[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", png[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, kind
        out.append((kind, body))
        pos += 12 + length
    return out


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def _png_with(*extra: bytes) -> bytes:
    """The plain badge PNG with ``extra`` chunks inserted after IHDR."""
    chunks = _chunks(badge_png(LABELS))
    head = b"\x89PNG\r\n\x1a\n" + _chunk(*chunks[0])
    return head + b"".join(extra) + b"".join(_chunk(k, b) for k, b in chunks[1:])


def _itxt(text: bytes, *, compressed: bool = False, keyword: bytes = b"openbadgecredential"):
    flag = b"\x01" if compressed else b"\x00"
    return _chunk(b"iTXt", keyword + b"\0" + flag + b"\0" + b"\0\0" + text)


def _code(data: bytes) -> str:
    with pytest.raises(BakedBadgeError) as err:
        unbake(data)
    assert err.value.code in ERROR_CODES
    return err.value.code


# --- baking, pure ----------------------------------------------------------------------------


def test_png_round_trip_keeps_a_valid_png_with_one_uncompressed_chunk() -> None:
    doc = certificate(DID, BASE, seed=4)
    doc["credentialSubject"]["name"] = "Zoë ]]> <N'Diaye> & 𠮷"
    baked = bake_png(badge_png(LABELS), doc)
    assert unbake(baked) == doc
    chunks = _chunks(baked)
    assert chunks[0][0] == b"IHDR" and chunks[1][0] == b"iTXt" and chunks[-1][0] == b"IEND"
    texts = [body for kind, body in chunks if kind == b"iTXt"]
    assert len(texts) == 1
    keyword, rest = texts[0].split(b"\0", 1)
    assert keyword == b"openbadgecredential" and rest[:4] == b"\0\0\0\0"  # flag, method, tags
    assert json.loads(rest[4:].decode("utf-8")) == doc
    with Image.open(io.BytesIO(baked)) as image:
        image.load()
        assert image.format == "PNG" and image.size == (400, 400)
    rebaked = bake_png(baked, {"replaced": True})  # baking again replaces the chunk
    assert unbake(rebaked) == {"replaced": True}
    assert sum(kind == b"iTXt" for kind, _ in _chunks(rebaked)) == 1


def test_svg_round_trip_per_the_ob3_rules() -> None:
    doc = certificate(DID, BASE, seed=5)
    doc["credentialSubject"]["name"] = "a]]>b <c> & d"
    baked = bake_svg(badge_svg(LABELS), doc)
    assert unbake(baked) == doc
    text = baked.decode("utf-8")
    start = text.index("<svg")
    tag_end = text.index(">", start) + 1
    assert f'xmlns:openbadges="{OB}"' in text[start:tag_end]
    assert text[tag_end:].startswith("<openbadges:credential><![CDATA[{")
    root = ElementTree.fromstring(baked)
    (element,) = root.iter(f"{{{OB}}}credential")
    assert element.get("verify") is None and json.loads(element.text or "") == doc
    assert root[0] is element  # directly after the <svg> start tag
    with pytest.raises(BakedBadgeError) as err:
        bake_svg(text, doc)
    assert err.value.code == "duplicate-credential"


def test_the_badge_image_states_the_level_and_fits() -> None:
    svg = badge_svg(LABELS)
    root = ElementTree.fromstring(svg.encode())
    texts = [t.text for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert texts == ["Certinum", "Compétences numériques", "Niveau global", "Avancé 2",
                     "700 pix", "juin 2026", "P-7KQ2MXRB"]  # fmt: skip
    long = BadgeLabels(*(["Indépendant 2 " * 4] * 7))
    sizes = [int(t.get("font-size") or 0) for t in ElementTree.fromstring(badge_svg(long)).iter(
        "{http://www.w3.org/2000/svg}text")]  # fmt: skip
    assert all(8 <= s < 20 for s in sizes)  # shrunk to fit the disc
    with Image.open(io.BytesIO(badge_png(LABELS))) as image:
        rgba = image.convert("RGBA")
        assert rgba.getpixel((0, 0))[3] == 0  # transparent corner
        assert rgba.getpixel((200, 20))[:3] == (0x17, 0x3B, 0x6C)  # the disc


HOSTILE_SVG = {
    "forbidden-xml": [
        b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg">&b;</svg>',
        b'<!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<svg xmlns="http://www.w3.org/2000/svg"><t>&x;</t></svg>',
    ],
    "malformed-svg": [
        b"<svg xmlns='http://www.w3.org/2000/svg'><unclosed></svg>",
        b"<html><openbadges:credential xmlns:openbadges='" + OB.encode() + b"'>{}"
        b"</openbadges:credential></html>",
    ],
    "no-credential": [b"<svg xmlns='http://www.w3.org/2000/svg'><circle r='1'/></svg>"],
    "duplicate-credential": [
        b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='" + OB.encode() + b"'>"
        b"<o:credential>{}</o:credential><o:credential>{}</o:credential></svg>"
    ],
    "jwt-credential": [
        b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='" + OB.encode() + b"'>"
        b"<o:credential verify='a.b.c'></o:credential></svg>"
    ],
    "bad-credential": [
        b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='" + OB.encode() + b"'>"
        b"<o:credential><![CDATA[[1, 2]]]></o:credential></svg>",
        b"<svg xmlns='http://www.w3.org/2000/svg' xmlns:o='" + OB.encode() + b"'>"
        b'<o:credential>{"a": 1, "a": 2}</o:credential></svg>',
    ],
}


@pytest.mark.parametrize(
    ("code", "data"), [(code, data) for code, items in HOSTILE_SVG.items() for data in items]
)
def test_hostile_or_malformed_svg_is_refused_by_code(code: str, data: bytes) -> None:
    assert _code(data) == code


def test_hostile_or_malformed_png_is_refused_by_code() -> None:
    good = bake_png(badge_png(LABELS), {"a": 1})
    assert _code(good[:-5]) == "malformed-png"  # truncated
    flipped = bytearray(good)
    flipped[40] ^= 0xFF  # inside the iTXt chunk: its CRC no longer matches
    assert _code(bytes(flipped)) == "malformed-png"
    huge_length = good[:8] + struct.pack(">I", 0xFFFFFFF0) + good[12:]
    assert _code(huge_length) == "malformed-png"
    assert _code(b"\x89PNG\r\n\x1a\n" + _chunk(b"IEND", b"")) == "malformed-png"  # no IHDR
    assert _code(badge_png(LABELS)) == "no-credential"
    assert _code(_png_with(_itxt(b"{}"), _itxt(b"{}"))) == "duplicate-credential"
    assert _code(_png_with(_itxt(zlib.compress(b"{}"), compressed=True))) == (
        "compressed-credential"
    )
    assert _code(_png_with(_itxt(b"eyJhbGciOiJFZERTQSJ9.eyJ2YyI6e319.c2ln"))) == "jwt-credential"
    assert _code(_png_with(_itxt(b"\xff\xfe not utf-8"))) == "bad-credential"
    assert _code(_png_with(_itxt(b"[" * 10_000 + b"]" * 10_000))) == "bad-credential"
    assert _code(_png_with(_itxt(b"not json"))) == "bad-credential"
    other = _png_with(_itxt(b"{}", keyword=b"openbadges"))  # the OB 2.0 keyword: not ours
    assert _code(other) == "no-credential"
    many = _png_with(*[_chunk(b"tEXt", b"k\0v")] * MAX_CHUNKS)
    assert _code(many) == "too-many-chunks"
    assert _code(b"\x89PNG\r\n\x1a\n" + b"\0" * MAX_BADGE_BYTES) == "too-large"
    assert _code(b"GIF89a....") == "not-a-badge"
    assert _code(b"") == "not-a-badge"


# --- LinkedIn, presentation, facts -----------------------------------------------------------


def test_the_linkedin_link_is_exact_and_percent_encoded() -> None:
    url = linkedin_add_url(
        name="Certification Certinum des compétences numériques",
        organization_name="Certinum & Co",
        issue_year=2026,
        issue_month=6,
        cert_url="https://certinum.example/verify/P-7KQ2MXRB",
        cert_id="P-7KQ2MXRB",
    )
    assert url == (
        "https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME"
        "&name=Certification%20Certinum%20des%20comp%C3%A9tences%20num%C3%A9riques"
        "&organizationName=Certinum%20%26%20Co&issueYear=2026&issueMonth=6"
        "&certUrl=https%3A%2F%2Fcertinum.example%2Fverify%2FP-7KQ2MXRB&certId=P-7KQ2MXRB"
    )
    for month in (0, 13):
        with pytest.raises(ValueError, match="month"):
            linkedin_add_url(name="n", organization_name="o", issue_year=2026,
                             issue_month=month, cert_url="u", cert_id="c")  # fmt: skip


def test_facts_come_from_the_credential() -> None:
    doc = certificate(DID, BASE, seed=7)
    facts = facts_of(doc)
    score = int(doc["credentialSubject"]["result"][0]["value"])
    assert facts.score == score and facts.code == doc["credentialSubject"]["licenseNumber"]
    level = doc["credentialSubject"]["result"][1]["achievedLevel"]
    assert level.endswith(f"-{'-'.join(facts.level_en.lower().split())}")
    assert (facts.issued.year, facts.issued.month) == (2026, 6)
    assert facts.issuer_name == "Certinum"
    vp = presentation_of(doc, presentation_id="urn:uuid:1")
    assert vp == {"@context": ["https://www.w3.org/ns/credentials/v2"],
                  "type": ["VerifiablePresentation"], "id": "urn:uuid:1",
                  "verifiableCredential": [doc]}  # fmt: skip


# --- the routes ------------------------------------------------------------------------------


def _sign_in_as_holder(client: TestClient[Any], area: AccountsArea, row: IssuedCredential) -> None:
    with transaction(area.runtime.sessions) as db:
        result = db.get(PublishedResult, row.result_id)
        assert result is not None
        grant(db, result.account_id, "candidate", "", now=area.runtime.clock(), actor="test")
        holder = result.account_id
    as_account(client, area, holder)


def _attachment(got: Any, media_type: str, name: str) -> bytes:
    assert got.status_code == 200, got.text
    assert got.headers["content-type"].split(";")[0] == media_type
    assert got.headers["content-disposition"] == f'attachment; filename="{name}"'
    return bytes(got.content)


def test_the_candidate_page_links_every_export_and_each_one_verifies(
    client: TestClient[Any], area: AccountsArea
) -> None:
    rt = area.runtime
    ids = school_session(rt)
    rows = issued_rows(rt, ids.session_id)
    row = next(r for r in rows if "MARTIN" in r.subject_name)
    code, doc = row.verification_code or "", json.loads(row.document)
    _sign_in_as_holder(client, area, row)
    french = client.get("/candidate/certificates").text
    for link in (f'href="/verify/{code}/credential.json" type="application/vc" download',
                 f'href="/verify/{code}/presentation.json" type="application/vp" download',
                 f'href="/verify/{code}/badge.png" type="image/png" download',
                 f'href="/verify/{code}/badge.svg" type="image/svg+xml" download',
                 f'href="/verify/{code}/linkedin"', "Ajouter à mon profil LinkedIn"):  # fmt: skip
        assert link in french, link
    english = client.get("/candidate/certificates?lang=en").text
    assert f'href="/verify/{code}/badge.png?lang=en"' in english
    assert "Add to my LinkedIn profile" in english

    client.cookies.clear()  # public: the code is the key
    png = _attachment(client.get(f"/verify/{code}/badge.png"), "image/png", f"badge-{code}.png")
    svg = _attachment(client.get(f"/verify/{code}/badge.svg"), "image/svg+xml",
                      f"badge-{code}.svg")  # fmt: skip
    for image in (png, svg):
        assert unbake(image) == doc and verify(rt, unbake(image)).verified
    assert "Niveau global" in svg.decode() and "Global level" not in svg.decode()
    svg_en = client.get(f"/verify/{code}/badge.svg?lang=en").content.decode()
    assert "Global level" in svg_en and facts_of(doc).level_en in svg_en
    with Image.open(io.BytesIO(png)) as decoded:
        decoded.load()
    vp = json.loads(_attachment(client.get(f"/verify/{code}/presentation.json"),
                                "application/vp", f"presentation-{code}.json"))  # fmt: skip
    assert vp["verifiableCredential"] == [doc]
    checked = verify_vp(rt, vp)
    assert checked.verified, checked.to_json()["errors"]
    assert checked.check("credentials").passed and checked.check("proof").status == "skipped"

    moved = client.get(f"/verify/{code}/linkedin", follow_redirects=False)
    assert moved.status_code == 303
    issued = date.fromisoformat(doc["validFrom"][:10])
    assert moved.headers["location"] == linkedin_add_url(
        name=doc["credentialSubject"]["achievement"]["name"], organization_name="Certinum",
        issue_year=issued.year, issue_month=issued.month,
        cert_url=f"{rt.settings.base_url}/verify/{code}", cert_id=code,
    )  # fmt: skip
    assert moved.headers["location"] == linkedin_url_for(doc, f"{BASE}/verify/{code}")


def test_no_export_for_a_revoked_or_unknown_code(
    client: TestClient[Any], area: AccountsArea
) -> None:
    rt = area.runtime
    ids = school_session(rt)
    row = next(r for r in issued_rows(rt, ids.session_id) if "MARTIN" in r.subject_name)
    code = row.verification_code or ""
    assert client.get(f"/verify/{code}/badge.png").status_code == 200
    revoke_certificate(area, code, reason="fraude", actor="jury:1")
    answers = []
    for which in (code, "P-BBBBBBBB", "nonsense", "P-" + "A" * 300):
        for tail in ("presentation.json", "badge.png", "badge.svg?lang=en", "linkedin",
                     "credential.json"):  # fmt: skip
            got = client.get(f"/verify/{which}/{tail}", follow_redirects=False)
            assert got.status_code == 404, (which, tail)
            assert got.headers["content-type"].startswith("application/problem+json")
            answers.append({k: v for k, v in got.json().items() if k != "instance"})
    assert all(a == answers[0] for a in answers)
    assert answers[0]["type"].endswith("/unknown-code")
    _sign_in_as_holder(client, area, row)
    assert f"/verify/{code}/badge.png" not in client.get("/candidate/certificates").text
