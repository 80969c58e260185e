"""What a certificate credential states, read for the verifier: the page, the API and the CSV.

The credential's shape is the design's "certificate credential": the holder's ``name``, the
birth date as an ``IdentityObject`` of ``identityType`` ``ext:dateOfBirth``, the session's
``activityEndDate``, the centre as ``source``, and one ``result`` per score, level and
competence (matched by the end of their ``resultDescription`` id). A credential of another
shape gives empty fields, never an error: the checks say whether it is one of ours.
Nothing here is trusted by itself; it is shown next to the verdict of the checks.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assessment.framework import AREAS, COMPETENCES
from assessment.scoring import Band
from issuer.openbadge import MAX_SCORE, band_for_score


@dataclass(frozen=True)
class CompetenceRow:
    code: str
    title_fr: str
    title_en: str
    level: str


@dataclass(frozen=True)
class AreaRows:
    code: str
    title_fr: str
    title_en: str
    competences: tuple[CompetenceRow, ...]


@dataclass(frozen=True)
class CertificateFacts:
    """The fields of a certificate credential that a verifier shows (empty when absent)."""

    name: str = ""
    birth_date: str = ""
    session_date: str = ""
    centre: str = ""
    code: str = ""
    issuer_name: str = ""
    score: int | None = None
    band: Band | None = None
    areas: tuple[AreaRows, ...] = field(default_factory=tuple)

    def levels(self) -> dict[str, str]:
        """Competence code → level, for the competences the credential states."""
        return {c.code: c.level for a in self.areas for c in a.competences}

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "birthDate": self.birth_date or None,
            "sessionDate": self.session_date or None,
            "centre": self.centre or None,
            "code": self.code or None,
            "issuerName": self.issuer_name or None,
            "score": self.score,
            "level": (
                {"level": self.band.level, "nameFr": self.band.name_fr, "nameEn": self.band.name_en}
                if self.band
                else None
            ),
            "competences": self.levels(),
        }


def _text(value: object, limit: int = 300) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _birth_date(subject: dict[str, Any]) -> str:
    identifiers = subject.get("identifier")
    for item in identifiers if isinstance(identifiers, list) else [identifiers]:
        if isinstance(item, dict) and item.get("identityType") == "ext:dateOfBirth":
            return _text(item.get("identityHash"), 10)
    return ""


def _areas(by_id: dict[str, dict[str, Any]]) -> tuple[AreaRows, ...]:
    rows: dict[str, list[CompetenceRow]] = {}
    for comp in COMPETENCES:
        found = next((r for k, r in by_id.items() if k.endswith(f"#competence-{comp.code}")), None)
        if found is not None:
            level = _text(found.get("value"), 8)
            rows.setdefault(comp.area, []).append(
                CompetenceRow(comp.code, comp.title_fr, comp.title_en, level)
            )
    return tuple(
        AreaRows(a.code, a.title_fr, a.title_en, tuple(rows[a.code]))
        for a in AREAS
        if a.code in rows
    )


def certificate_facts(doc: dict[str, Any]) -> CertificateFacts:
    """What ``doc`` states, as the verifier shows it."""
    subject = doc.get("credentialSubject")
    subject = subject if isinstance(subject, dict) else {}
    issuer = doc.get("issuer")
    source = subject.get("source")
    results = subject.get("result")
    by_id = {
        str(r.get("resultDescription", "")): r
        for r in (results if isinstance(results, list) else [])
        if isinstance(r, dict)
    }
    raw = next((r.get("value") for k, r in by_id.items() if k.endswith("#score")), None)
    score = int(raw) if isinstance(raw, str) and raw.isdigit() and int(raw) <= MAX_SCORE else None
    return CertificateFacts(
        name=_text(subject.get("name")),
        birth_date=_birth_date(subject),
        session_date=_text(subject.get("activityEndDate"), 10),
        centre=_text(source.get("name")) if isinstance(source, dict) else "",
        code=_text(subject.get("licenseNumber"), 20),
        issuer_name=_text(issuer.get("name")) if isinstance(issuer, dict) else "",
        score=score,
        band=band_for_score(score) if score is not None else None,
        areas=_areas(by_id),
    )
