"""The certificate credential: a certification result as an Open Badges 3.0 ``OpenBadgeCredential``.

One shape (DESIGN.md, "The certificate credential") used by the issuer, the PDF, the verifier
page and the wallet exports. It is a W3C VC 2.0 credential shaped by 1EdTech Open Badges 3.0
(https://www.imsglobal.org/spec/ob/v3p0/): §B.1.1 AchievementCredential, §B.1.2
AchievementSubject, §B.1.3 Achievement, §B.1.5 Alignment, §B.1.22 Result, §B.1.23
ResultDescription, §B.1.24 RubricCriterionLevel, §B.1.12 IdentityObject, §B.1.27 Profile.

Choices where the design is silent (each one checked against the OB 3.0.3 context and the
1EdTech JSON schema, because the credential is canonicalized in safe mode):

- Language: OB ``name``/``description`` are plain strings, so French is primary; English goes
  where a second field exists (``Alignment.targetDescription``, the band descriptions, the
  second half of the achievement description).
- Per-competence results use ``resultType`` ``PerformanceLevel`` (OB §B.1.31 "the result is a
  performance level"), a closed-vocabulary value needing no ``ext:`` term, with ``valueMin``
  "0" and ``valueMax`` "8": a CRCN level is an ordinal performance level, not a score and not
  a rubric (``RubricCriterionLevel`` is kept for the global band, where ``achievedLevel``
  points at one of the nine rubric levels).
- The global score uses ``ScaledScore`` (§B.1.31 "a scaled score"): θ mapped to 0–1023.
- ``Alignment.targetType`` is ``ext:CRCNCompetence``: the closed values (``ceasn:Competency``,
  ``CFItem``…) name Credential Engine and CASE registries, which do not publish the CRCN.
  ``targetUrl`` is ``{base_url}/framework/crcn/{code}`` (a page of the service).
- ``activityEndDate``: the OB JSON schema says ``date-time``, the 3.0.3 context says
  ``xsd:date`` (1EdTech/openbadges-specification#645). The spec text (DateTime) and the
  1EdTech validator follow the schema, so a full ``dateTime`` is written; a session ``date``
  becomes midnight UTC of that date.
- The centre's ``Profile.id`` is ``{base_url}/centres/{centre id}``.
- Ids derive from the achievement id ``{base_url}/achievements/certification`` with fragments
  (``#score``, ``#level``, ``#level-beginner-1``, ``#competence-1.1``), so they are stable
  across certificates and the ``Result``s can point at them.
- No ``proof``: signing is a separate step. The output depends only on the arguments.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any, Final
from urllib.parse import quote, urlsplit

from assessment.framework import COMPETENCE_CODES, COMPETENCES, MAX_LEVEL
from assessment.scoring import BANDS, MAX_SCORE, Band
from assessment.scoring import band as band_of_score
from issuer.codes import is_valid_code
from issuer.status_list import StatusEntry
from vc.constants import OB_V3P0_CONTEXT, VC_V2
from vc.timestamps import NaiveDateTimeError, format_datetime_stamp

__all__ = [
    "ACHIEVEMENT_PATH",
    "MAX_SCORE",
    "CertificateInputError",
    "CertificationCentre",
    "CertificationResult",
    "IssuerProfile",
    "achievement_id",
    "band_for_score",
    "build_certificate_credential",
]

ACHIEVEMENT_PATH: Final = "/achievements/certification"

CERTIFICATE_NAME: Final = "Certification Certinum des compétences numériques"
ACHIEVEMENT_DESCRIPTION: Final = (
    "Certification des compétences numériques selon le Cadre de référence des compétences "
    "numériques (CRCN) : un score global sur 1024 pix et un niveau de 0 à 8 pour chacune des "
    "16 compétences. / Certification of digital competences against the French digital "
    "competence framework (CRCN, derived from DigComp 2.1): a global score out of 1024 pix "
    "and a level from 0 to 8 for each of the 16 competences."
)
CRITERIA_NARRATIVE: Final = (
    "Le candidat a passé, dans un centre de certification et sous surveillance, un test "
    "adaptatif portant sur les 16 compétences du CRCN. Le score global (0 à 1023 pix) et le "
    "niveau de chaque compétence (0 à 8) sont établis à partir de ses réponses. / The candidate "
    "sat an invigilated adaptive test covering the 16 CRCN competences in a certification "
    "centre; the global score (0 to 1023 pix) and each competence level (0 to 8) are derived "
    "from the answers."
)
FRAMEWORK_NAME: Final = "Cadre de référence des compétences numériques (CRCN)"
ALIGNMENT_TARGET_TYPE: Final = "ext:CRCNCompetence"
SCORE_NAME: Final = "Score global (pix)"
LEVEL_NAME: Final = "Niveau global"


class CertificateInputError(ValueError):
    """The inputs cannot make a correct certificate (a programming or data error)."""


# --- score bands: the table is assessment.scoring.BANDS ------------------------------------


def band_for_score(score: int) -> Band:
    """The band whose range holds ``score``, refusing anything but an integer 0–1023."""
    _check_score(score)
    return band_of_score(score)


def _check_score(score: object) -> None:
    if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= MAX_SCORE:
        raise CertificateInputError(f"the global score is an integer 0–{MAX_SCORE}")


# --- typed inputs ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CertificationCentre:
    """The centre where the session took place; ``id`` is its local identifier."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class IssuerProfile:
    """The issuing authority: its DID (``did:web`` of the service), display name, home page."""

    did: str
    name: str
    url: str


@dataclass(frozen=True, slots=True)
class CertificationResult:
    """A published certification result, everything the certificate states.

    ``competence_levels`` maps each of the 16 CRCN codes to a level 0–8. ``global_band`` is
    optional: when given it must be the band of ``global_score`` (a consistency check).
    """

    given_name: str
    family_name: str
    birth_date: date
    verification_code: str
    session_date: date | datetime
    centre: CertificationCentre
    global_score: int
    competence_levels: Mapping[str, int]
    global_band: str | None = None

    def __post_init__(self) -> None:
        if not self.given_name.strip() or not self.family_name.strip():
            raise CertificateInputError("given and family names are required")
        if isinstance(self.birth_date, datetime) or not isinstance(self.birth_date, date):
            raise CertificateInputError("birth_date is a date (not a datetime)")
        if not is_valid_code(self.verification_code):
            raise CertificateInputError("verification_code must be canonical, e.g. P-7KQ2MXRB")
        if not self.centre.id.strip() or not self.centre.name.strip():
            raise CertificateInputError("the centre needs an id and a name")
        _check_score(self.global_score)
        levels = dict(self.competence_levels)
        if set(levels) != set(COMPETENCE_CODES):
            missing = sorted(set(COMPETENCE_CODES) - set(levels))
            extra = sorted(set(levels) - set(COMPETENCE_CODES))
            raise CertificateInputError(
                f"competence levels for exactly the 16 CRCN competences (missing {missing}, "
                f"unknown {extra})"
            )
        for code, level in levels.items():
            if isinstance(level, bool) or not isinstance(level, int) or not 0 <= level <= MAX_LEVEL:
                raise CertificateInputError(f"level of {code} must be an integer 0–{MAX_LEVEL}")
        if self.global_band is not None and band_for_score(self.global_score).key != (
            self.global_band
        ):
            raise CertificateInputError(
                f"global band {self.global_band!r} does not match score {self.global_score}"
            )
        object.__setattr__(self, "competence_levels", MappingProxyType(levels))

    @property
    def display_name(self) -> str:
        """``Jeanne DUPONT``: given name as written, family name upper-cased."""
        given = " ".join(self.given_name.split())
        family = " ".join(self.family_name.split()).upper()
        return f"{given} {family}"


# --- ids ---------------------------------------------------------------------------------


def _normalize_base_url(base_url: str) -> str:
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise CertificateInputError("base_url must be an absolute http(s) URL")
    if parts.query or parts.fragment:
        raise CertificateInputError("base_url must not carry a query or a fragment")
    return base_url.rstrip("/")


def achievement_id(base_url: str) -> str:
    """``{base_url}/achievements/certification``: the same for every certificate."""
    return _normalize_base_url(base_url) + ACHIEVEMENT_PATH


_URN_UUID = re.compile(r"urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _check_credential_id(credential_id: str) -> None:
    if not _URN_UUID.fullmatch(credential_id):
        raise CertificateInputError("credential_id must be urn:uuid: + a lower-case UUID")
    uuid.UUID(credential_id.removeprefix("urn:uuid:"))


def _check_did(value: str, what: str) -> None:
    if not re.fullmatch(r"did:[a-z0-9]+:\S+", value):
        raise CertificateInputError(f"{what} must be a DID (did:method:…)")


# --- the builder -------------------------------------------------------------------------


def build_certificate_credential(
    result: CertificationResult,
    *,
    issuer: IssuerProfile,
    base_url: str,
    credential_id: str,
    valid_from: datetime,
    status: StatusEntry | None,
    holder_id: str | None = None,
) -> dict[str, Any]:
    """The unsigned ``OpenBadgeCredential`` for ``result`` (DESIGN.md's shape, no proof).

    ``holder_id`` (the wallet's DID) is set only for wallet-bound copies; everything else is
    identical between copies, including the code and the status entry.
    """
    base = _normalize_base_url(base_url)
    _check_credential_id(credential_id)
    _check_did(issuer.did, "the issuer id")
    if urlsplit(issuer.url).scheme not in ("http", "https"):
        raise CertificateInputError("the issuer url must be an http(s) URL")
    if holder_id is not None:
        _check_did(holder_id, "holder_id")
    try:
        issued = format_datetime_stamp(valid_from)
        ended = _activity_end(result.session_date)
    except NaiveDateTimeError as exc:
        raise CertificateInputError(str(exc)) from exc

    credential: dict[str, Any] = {
        "@context": [VC_V2, OB_V3P0_CONTEXT],
        "id": credential_id,
        "type": ["VerifiableCredential", "OpenBadgeCredential"],
        "name": CERTIFICATE_NAME,
        "issuer": {
            "id": issuer.did,
            "type": ["Profile"],
            "name": issuer.name,
            "url": issuer.url,
        },
        "validFrom": issued,
    }
    if status is not None:
        credential["credentialStatus"] = status.to_json()
    credential["credentialSubject"] = _subject(result, base, ended, holder_id)
    return credential


def _activity_end(session: date | datetime) -> str:
    if isinstance(session, datetime):
        return format_datetime_stamp(session)
    return f"{session.isoformat()}T00:00:00Z"


def _subject(
    result: CertificationResult, base: str, ended: str, holder_id: str | None
) -> dict[str, Any]:
    subject: dict[str, Any] = {"type": ["AchievementSubject"]}
    if holder_id is not None:
        subject["id"] = holder_id
    subject.update(
        {
            "name": result.display_name,
            "identifier": [
                {
                    "type": "IdentityObject",
                    "identityType": "ext:dateOfBirth",
                    "hashed": False,
                    "identityHash": result.birth_date.isoformat(),
                }
            ],
            "licenseNumber": result.verification_code,
            "activityEndDate": ended,
            "source": {
                "id": f"{base}/centres/{quote(result.centre.id, safe='')}",
                "type": ["Profile"],
                "name": result.centre.name,
            },
            "achievement": _achievement(base),
            "result": _results(result, base),
        }
    )
    return subject


def _achievement(base: str) -> dict[str, Any]:
    ach = base + ACHIEVEMENT_PATH
    return {
        "id": ach,
        "type": ["Achievement"],
        "achievementType": "Certificate",
        "name": CERTIFICATE_NAME,
        "description": ACHIEVEMENT_DESCRIPTION,
        "criteria": {"narrative": CRITERIA_NARRATIVE},
        "alignment": [
            {
                "type": ["Alignment"],
                "targetName": c.title_fr,
                "targetDescription": c.title_en,
                "targetUrl": f"{base}/framework/crcn/{c.code}",
                "targetFramework": FRAMEWORK_NAME,
                "targetCode": c.code,
                "targetType": ALIGNMENT_TARGET_TYPE,
            }
            for c in COMPETENCES
        ],
        "resultDescription": [
            {
                "id": f"{ach}#score",
                "type": ["ResultDescription"],
                "name": SCORE_NAME,
                "resultType": "ScaledScore",
                "valueMin": "0",
                "valueMax": str(MAX_SCORE),
            },
            {
                "id": f"{ach}#level",
                "type": ["ResultDescription"],
                "name": LEVEL_NAME,
                "resultType": "RubricCriterionLevel",
                "rubricCriterionLevel": [
                    {
                        "id": f"{ach}#level-{band.key}",
                        "type": ["RubricCriterionLevel"],
                        "name": band.name_fr,
                        "description": (
                            f"Score de {band.low} à {band.high} pix. / "
                            f"{band.name_en}: score {band.low} to {band.high} pix."
                        ),
                    }
                    for band in BANDS
                ],
            },
            *(
                {
                    "id": f"{ach}#competence-{c.code}",
                    "type": ["ResultDescription"],
                    "name": f"{c.code} {c.title_fr}",
                    "resultType": "PerformanceLevel",
                    "valueMin": "0",
                    "valueMax": str(MAX_LEVEL),
                }
                for c in COMPETENCES
            ),
        ],
    }


def _results(result: CertificationResult, base: str) -> list[dict[str, Any]]:
    ach = base + ACHIEVEMENT_PATH
    band = band_for_score(result.global_score)
    return [
        {
            "type": ["Result"],
            "resultDescription": f"{ach}#score",
            "value": str(result.global_score),
        },
        {
            "type": ["Result"],
            "resultDescription": f"{ach}#level",
            "achievedLevel": f"{ach}#level-{band.key}",
        },
        *(
            {
                "type": ["Result"],
                "resultDescription": f"{ach}#competence-{code}",
                "value": str(result.competence_levels[code]),
            }
            for code in COMPETENCE_CODES
        ),
    ]
