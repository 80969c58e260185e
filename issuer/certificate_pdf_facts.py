"""What a PDF certificate prints, read from the credential, and its words in French and English.

:func:`certificate_facts` reads everything from the credential built by
:func:`issuer.openbadge.build_certificate_credential` (DESIGN.md, "The certificate
credential"): the subject's name, birth date (``identifier`` of type ``ext:dateOfBirth``),
verification code (``licenseNumber``), session date (``activityEndDate``), centre (``source``),
issuer, date of issue (``validFrom``), and the results, each matched to the achievement's
result descriptions by id (``#score``, ``#level``, ``#competence-1.1``…). Competence and area
names, and the band labels, come from :mod:`assessment.framework` and :mod:`assessment.scoring`,
the tables the credential itself was built from. Anything missing or out of range is a
:class:`CertificateRenderError`, never a ``KeyError``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, Final

from assessment.framework import COMPETENCE_CODES, MAX_LEVEL
from assessment.scoring import BANDS, MAX_SCORE, Band
from assessment.scoring import band as band_of_score
from issuer.codes import is_valid_code
from vc.timestamps import DateTimeStampError, parse_datetime_stamp

LANGS: Final = ("fr", "en")
MAX_TEXT = 200  # longest name, centre or issuer printed (longer is refused, not cut)

_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?\Z")

_FR_MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre"
_EN_MONTHS = "January February March April May June July August September October November December"
MONTHS: Final[Mapping[str, tuple[str, ...]]] = {
    "fr": tuple(_FR_MONTHS.split()),
    "en": tuple(_EN_MONTHS.split()),
}

TEXT: Final[Mapping[str, Mapping[str, str]]] = {
    "fr": {
        "title": "Certificat de compétences numériques",
        "framework": "Cadre de référence des compétences numériques (CRCN)",
        "awarded": "Ce certificat est délivré à",
        "born": "né(e) le {date}",
        "session": "Session de certification du {date}",
        "centre": "Centre : {centre}",
        "score": "Score global",
        "out_of": "sur {max} pix",
        "level": "Niveau global",
        "competences": "Niveaux par compétence (de 0 à {max})",
        "issued": "Délivré le {date} par {issuer}",
        "verify": "Vérifier ce certificat",
        "code": "Code de vérification",
        "proof": (
            "Ce document contient le justificatif numérique signé par {issuer} "
            "(Open Badges 3.0, fichier joint credential.json)."
        ),
        "scan": "Scannez le code QR ou saisissez le code sur",
        "doc_title": "Certificat de compétences numériques – {name} ({code})",
        "subject": "Certificat Certinum, CRCN",
    },
    "en": {
        "title": "Certificate of digital competences",
        "framework": "French digital competence framework (CRCN, from DigComp 2.1)",
        "awarded": "This certificate is awarded to",
        "born": "born on {date}",
        "session": "Certification session of {date}",
        "centre": "Centre: {centre}",
        "score": "Global score",
        "out_of": "out of {max} pix",
        "level": "Global level",
        "competences": "Level in each competence (0 to {max})",
        "issued": "Issued on {date} by {issuer}",
        "verify": "Verify this certificate",
        "code": "Verification code",
        "proof": (
            "This document holds the digital credential signed by {issuer} "
            "(Open Badges 3.0, attached file credential.json)."
        ),
        "scan": "Scan the QR code or type the code at",
        "doc_title": "Certificate of digital competences – {name} ({code})",
        "subject": "Certinum certificate, CRCN",
    },
}


class CertificateRenderError(ValueError):
    """The credential lacks something the certificate prints, or holds it malformed."""


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    """Everything the page shows, as read from one credential."""

    name: str
    birth_date: date
    code: str
    session_date: date
    centre: str
    issuer: str
    issued: datetime  # validFrom in UTC: the date printed and the PDF's creation date
    score: int
    band: Band
    levels: Mapping[str, int]  # the 16 CRCN codes, in framework order


def format_date(day: date, lang: str) -> str:
    """``17 avril 2009`` / ``17 April 2009``: spelt out, so no day/month order is ambiguous."""
    return f"{day.day} {MONTHS[lang][day.month - 1]} {day.year}"


def _fail(what: str) -> CertificateRenderError:
    return CertificateRenderError(f"the credential has no usable {what}")


def _dict(value: object, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _fail(what)
    return value


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT:
        raise _fail(what)
    return " ".join(value.split())


def _date(value: object, what: str) -> date:
    match = _DATE.match(value) if isinstance(value, str) else None
    if match is None:
        raise _fail(what)
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise _fail(what) from None


def _int(value: object, high: int, what: str) -> int:
    if not isinstance(value, str) or not value.isascii() or not value.isdigit():
        raise _fail(what)
    number = int(value)
    if number > high:
        raise _fail(what)
    return number


def _birth_date(subject: dict[str, Any]) -> date:
    identifiers = subject.get("identifier")
    found = [
        i
        for i in (identifiers if isinstance(identifiers, list) else [])
        if isinstance(i, dict) and i.get("identityType") == "ext:dateOfBirth"
    ]
    if len(found) != 1 or found[0].get("hashed") is not False:
        raise _fail("birth date")
    return _date(found[0].get("identityHash"), "birth date")


def _results(subject: dict[str, Any]) -> tuple[int, Band, dict[str, int]]:
    ach = _text(_dict(subject.get("achievement"), "achievement").get("id"), "achievement id")
    results = subject.get("result")
    by_description: dict[str, dict[str, Any]] = {}
    for result in results if isinstance(results, list) else []:
        key = _dict(result, "result").get("resultDescription")
        if not isinstance(key, str) or key in by_description:
            raise _fail("results (one per result description)")
        by_description[key] = result
    score = _int(by_description.get(f"{ach}#score", {}).get("value"), MAX_SCORE, "global score")
    achieved = by_description.get(f"{ach}#level", {}).get("achievedLevel")
    bands = [b for b in BANDS if achieved == f"{ach}#level-{b.key}"]
    if len(bands) != 1 or band_of_score(score) != bands[0]:
        raise _fail("global level (one of the bands, the band of the score)")
    levels = {
        code: _int(
            by_description.get(f"{ach}#competence-{code}", {}).get("value"),
            MAX_LEVEL,
            f"level for competence {code}",
        )
        for code in COMPETENCE_CODES
    }
    return score, bands[0], levels


def certificate_facts(credential: Mapping[str, Any]) -> CertificateFacts:
    """The facts of ``credential``; :class:`CertificateRenderError` when one is missing."""
    subject = _dict(credential.get("credentialSubject"), "credentialSubject")
    issuer = credential.get("issuer")
    issuer_name = _dict(issuer, "issuer").get("name")
    code = subject.get("licenseNumber")
    if not isinstance(code, str) or not is_valid_code(code):
        raise _fail("verification code (licenseNumber)")
    try:
        issued = parse_datetime_stamp(credential.get("validFrom")).astimezone(UTC)
    except DateTimeStampError:
        raise _fail("date of issue (validFrom)") from None
    score, band, levels = _results(subject)
    return CertificateFacts(
        name=_text(subject.get("name"), "name"),
        birth_date=_birth_date(subject),
        code=code,
        session_date=_date(subject.get("activityEndDate"), "session date (activityEndDate)"),
        centre=_text(_dict(subject.get("source"), "centre (source)").get("name"), "centre"),
        issuer=_text(issuer_name, "issuer name"),
        issued=issued,
        score=score,
        band=band,
        levels=levels,
    )
