"""What a badge image and a LinkedIn link state, read from a certificate credential.

The certificate credential (DESIGN.md, "The certificate credential") names its issuer
(``issuer.name``), the achievement (``credentialSubject.achievement.name``), the verification
code (``credentialSubject.licenseNumber``), the global score (the ``Result`` whose
``resultDescription`` ends with ``#score``) and its issue time (``validFrom``). The global
level is the band of the score (:func:`issuer.openbadge.band_for_score`), the same band the
credential's ``achievedLevel`` names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from issuer.openbadge import CertificateInputError, band_for_score

__all__ = ["CertificateFacts", "FactsError", "facts_of"]


class FactsError(ValueError):
    """The document is not a certificate credential of the expected shape."""


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    code: str
    issuer_name: str
    achievement_name: str
    score: int
    level: int
    level_fr: str
    level_en: str
    issued: datetime


def _text(value: object, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise FactsError(f"the credential has no {what}")
    return value


def _score(subject: Mapping[str, Any]) -> int:
    results = subject.get("result")
    for result in results if isinstance(results, list) else []:
        if isinstance(result, Mapping) and str(result.get("resultDescription", "")).endswith(
            "#score"
        ):
            value = result.get("value")
            if isinstance(value, str) and value.isdigit() and len(value) <= 4:
                return int(value)
    raise FactsError("the credential has no global score")


def facts_of(credential: Mapping[str, Any]) -> CertificateFacts:
    """The facts of ``credential``; :class:`FactsError` when one is missing."""
    issuer = credential.get("issuer")
    subject = credential.get("credentialSubject")
    if not isinstance(issuer, Mapping) or not isinstance(subject, Mapping):
        raise FactsError("the credential has no issuer or subject object")
    achievement = subject.get("achievement")
    if not isinstance(achievement, Mapping):
        raise FactsError("the credential has no achievement")
    try:
        issued = datetime.fromisoformat(_text(credential.get("validFrom"), "validFrom"))
    except ValueError as exc:
        raise FactsError(f"validFrom is not a date-time: {exc}") from None
    score = _score(subject)
    try:
        band = band_for_score(score)
    except CertificateInputError as exc:
        raise FactsError(str(exc)) from None
    return CertificateFacts(
        code=_text(subject.get("licenseNumber"), "verification code"),
        issuer_name=_text(issuer.get("name"), "issuer name"),
        achievement_name=_text(achievement.get("name"), "achievement name"),
        score=score,
        level=band.level,
        level_fr=band.name_fr,
        level_en=band.name_en,
        issued=issued,
    )
