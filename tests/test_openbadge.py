"""The certificate credential: OB 3.0 JSON schema, every term defined by the bundled contexts,
DESIGN.md's shape, determinism and input checks."""

from __future__ import annotations

import copy
import itertools
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft201909Validator, FormatChecker
from pyld import jsonld

from assessment.framework import COMPETENCE_CODES, COMPETENCES
from assessment.scoring import BANDS
from issuer.openbadge import (
    MAX_SCORE,
    CertificateInputError,
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    achievement_id,
    band_for_score,
    build_certificate_credential,
)
from issuer.status_list import StatusEntry
from vc.jsonld import to_rdf
from vc.rdfc import canonicalize

ROOT = Path(__file__).resolve().parent.parent
CONTEXTS = ROOT / "vc" / "contexts"
SCHEMA = ROOT / "tests" / "conformance" / "ob3-1edtech" / "schema" / "achievementcredential.json"
BASE = "https://certinum.example"
ACH = f"{BASE}/achievements/certification"
ISSUER = IssuerProfile("did:web:certinum.example", "Certinum", "https://certinum.example/")
CRED_ID = "urn:uuid:0b6f3a52-5c1e-4c0e-9a7e-2f1d7c3b9e41"
ISSUED = datetime(2025, 6, 20, 10, 30, 15, 123456, tzinfo=UTC)
STATUS = StatusEntry("https://certinum.example/status/3", 94567)
LEVELS = {code: (i * 5) % 9 for i, code in enumerate(COMPETENCE_CODES)}
HOLDER = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"


def _result(**changes: Any) -> CertificationResult:
    fields: dict[str, Any] = {
        "given_name": "Jeanne",
        "family_name": "Dupont",
        "birth_date": date(2009, 4, 17),
        "verification_code": "P-7KQ2MXRB",
        "session_date": date(2025, 6, 12),
        "centre": CertificationCentre("0751234J", "Lycée Voltaire"),
        "global_score": 412,
        "competence_levels": LEVELS,
    }
    fields.update(changes)
    return CertificationResult(**fields)


def _build(result: CertificationResult | None = None, **kwargs: Any) -> dict[str, Any]:
    args: dict[str, Any] = {
        "issuer": ISSUER,
        "base_url": BASE,
        "credential_id": CRED_ID,
        "valid_from": ISSUED,
        "status": STATUS,
    }
    args.update(kwargs)
    return build_certificate_credential(result or _result(), **args)


# --- bundled contexts only, unknown terms refused ------------------------------------------


def _context_table() -> dict[str, Path]:
    """URL → file, read from the README table of vc/contexts."""
    table: dict[str, Path] = {}
    for line in (CONTEXTS / "README.md").read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*(https://\S+)\s*\|\s*([\w.-]+\.json(?:ld)?)\s*\|", line)
        if match:
            table[match.group(1)] = CONTEXTS / match.group(2)
    return table


TABLE = _context_table()


def _loader(url: str, options: object = None) -> dict[str, Any]:
    path = TABLE.get(url)
    if path is None:
        raise LookupError(f"context not bundled: {url}")
    return {
        "contextUrl": None,
        "documentUrl": url,
        "document": json.loads(path.read_text(encoding="utf-8")),
    }


class DroppedTermError(Exception):
    pass


def _refuse(term: object) -> None:
    raise DroppedTermError(f"term not defined by the contexts: {term!r}")


SENTINEL_BASE = "https://undefined-term.invalid/"


def _expand_safely(document: dict[str, Any]) -> list[Any]:
    expanded: list[Any] = jsonld.expand(
        copy.deepcopy(document),
        {"documentLoader": _loader, "base": SENTINEL_BASE},
        on_property_dropped=_refuse,
    )
    # An undefined type or a relative id would be resolved against the sentinel base.
    assert "undefined-term.invalid" not in json.dumps(expanded)
    return expanded


def test_the_readme_table_covers_the_two_contexts_used() -> None:
    assert "https://www.w3.org/ns/credentials/v2" in TABLE
    assert "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json" in TABLE


def test_the_safe_expansion_check_does_refuse_an_undefined_term() -> None:
    doc = _build()
    doc["credentialSubject"]["favouriteColour"] = "blue"
    with pytest.raises(DroppedTermError):
        _expand_safely(doc)
    doc = _build()
    doc["credentialSubject"]["type"] = ["AchievementSubject", "UndefinedType"]
    with pytest.raises(AssertionError):
        _expand_safely(doc)


def _count_leaves(node: Any) -> int:
    if isinstance(node, dict):
        return sum(_count_leaves(v) for k, v in node.items() if k != "@context")
    if isinstance(node, list):
        return sum(_count_leaves(v) for v in node)
    return 1


def _count_expanded_leaves(node: Any) -> int:
    if isinstance(node, dict):
        if "@value" in node:
            return 1
        return sum(_count_expanded_leaves(v) for v in node.values())
    if isinstance(node, list):
        return sum(_count_expanded_leaves(v) for v in node)
    return 1


@pytest.mark.parametrize("holder", [None, HOLDER])
def test_every_term_is_defined_by_the_bundled_contexts(holder: str | None) -> None:
    doc = _build(holder_id=holder)
    expanded = _expand_safely(doc)
    assert len(expanded) == 1
    # Nothing silently lost: every JSON leaf (string, number, boolean) is still there.
    assert _count_expanded_leaves(expanded) == _count_leaves(doc)
    node = expanded[0]
    assert node["@type"] == [
        "https://www.w3.org/2018/credentials#VerifiableCredential",
        "https://purl.imsglobal.org/spec/vc/ob/vocab.html#OpenBadgeCredential",
    ]
    subject = node["https://www.w3.org/2018/credentials#credentialSubject"][0]
    ob = "https://purl.imsglobal.org/spec/vc/ob/vocab.html#"
    assert subject[f"{ob}licenseNumber"] == [{"@value": "P-7KQ2MXRB"}]
    assert subject["https://schema.org/name"] == [{"@value": "Jeanne DUPONT"}]
    status = node["https://www.w3.org/2018/credentials#credentialStatus"][0]
    assert status["@type"] == ["https://www.w3.org/ns/credentials/status#BitstringStatusListEntry"]


@pytest.mark.parametrize("holder", [None, HOLDER])
def test_the_service_safe_mode_canonicalizes_it(holder: str | None) -> None:
    """The same check with the project's own safe-mode JSON-LD and RDFC-1.0 (what signs it)."""
    nquads = canonicalize(to_rdf(_build(holder_id=holder))).nquads
    assert '"P-7KQ2MXRB"' in nquads
    assert "<https://purl.imsglobal.org/spec/vc/ob/vocab.html#achievedLevel>" in nquads
    assert nquads.count("<https://schema.org/AlignmentObject>") == 16


# --- 1EdTech JSON schema -------------------------------------------------------------------

_RFC3339 = re.compile(
    r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})", re.ASCII
)
_FORMATS = FormatChecker()


@_FORMATS.checks("date-time")
def _is_datetime(value: object) -> bool:
    if not isinstance(value, str):
        return True
    if not _RFC3339.fullmatch(value):
        return False
    datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return True


@_FORMATS.checks("date", raises=ValueError)
def _is_date(value: object) -> bool:
    return not isinstance(value, str) or bool(date.fromisoformat(value))


def _validator() -> Draft201909Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft201909Validator.check_schema(schema)
    return Draft201909Validator(schema, format_checker=_FORMATS)


@pytest.mark.parametrize("holder", [None, HOLDER])
def test_validates_against_the_1edtech_schema(holder: str | None) -> None:
    errors = sorted(_validator().iter_errors(_build(holder_id=holder)), key=str)
    assert errors == []


def test_the_schema_check_is_not_vacuous() -> None:
    bad = _build()
    bad["credentialSubject"]["activityEndDate"] = "12/06/2025"
    del bad["credentialSubject"]["achievement"]["criteria"]
    bad["credentialSubject"]["achievement"]["resultDescription"][0]["resultType"] = "Grade"
    messages = [e.message for e in _validator().iter_errors(bad)]
    assert any("date-time" in m for m in messages)
    assert any("criteria" in m for m in messages)
    assert len(messages) >= 3


# --- DESIGN.md's shape ---------------------------------------------------------------------


def test_top_level_shape() -> None:
    vc = _build()
    assert list(vc) == [
        "@context",
        "id",
        "type",
        "name",
        "issuer",
        "validFrom",
        "credentialStatus",
        "credentialSubject",
    ]
    assert vc["@context"] == [
        "https://www.w3.org/ns/credentials/v2",
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
    ]
    assert vc["type"] == ["VerifiableCredential", "OpenBadgeCredential"]
    assert vc["id"] == CRED_ID
    assert vc["issuer"] == {
        "id": "did:web:certinum.example",
        "type": ["Profile"],
        "name": "Certinum",
        "url": "https://certinum.example/",
    }
    assert vc["validFrom"] == "2025-06-20T10:30:15Z"
    assert vc["name"] == "Certification Certinum des compétences numériques"
    assert "proof" not in vc
    assert vc["credentialStatus"] == {
        "id": "https://certinum.example/status/3#94567",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "94567",
        "statusListCredential": "https://certinum.example/status/3",
    }


def test_valid_from_is_written_in_utc() -> None:
    paris = timezone(timedelta(hours=2))
    vc = _build(valid_from=datetime(2025, 6, 20, 12, 30, 15, tzinfo=paris))
    assert vc["validFrom"] == "2025-06-20T10:30:15Z"


def test_subject_shape() -> None:
    subject = _build()["credentialSubject"]
    assert set(subject) == {
        "type",
        "name",
        "identifier",
        "licenseNumber",
        "activityEndDate",
        "source",
        "achievement",
        "result",
    }
    assert subject["type"] == ["AchievementSubject"]
    assert subject["name"] == "Jeanne DUPONT"
    assert subject["identifier"] == [
        {
            "type": "IdentityObject",
            "identityType": "ext:dateOfBirth",
            "hashed": False,
            "identityHash": "2009-04-17",
        }
    ]
    assert subject["licenseNumber"] == "P-7KQ2MXRB"
    assert subject["activityEndDate"] == "2025-06-12T00:00:00Z"
    assert subject["source"] == {
        "id": "https://certinum.example/centres/0751234J",
        "type": ["Profile"],
        "name": "Lycée Voltaire",
    }


def test_achievement_alignment_covers_the_16_competences() -> None:
    achievement = _build()["credentialSubject"]["achievement"]
    assert achievement["id"] == ACH == achievement_id(BASE + "/")
    assert achievement["type"] == ["Achievement"]
    assert achievement["achievementType"] == "Certificate"
    assert achievement["criteria"]["narrative"]
    assert achievement["name"]
    assert achievement["description"]
    alignment = achievement["alignment"]
    assert [a["targetCode"] for a in alignment] == list(COMPETENCE_CODES)
    assert len(alignment) == 16
    for a, competence in zip(alignment, COMPETENCES, strict=True):
        assert a["type"] == ["Alignment"]
        assert a["targetName"] == competence.title_fr
        assert a["targetDescription"] == competence.title_en
        assert a["targetUrl"] == f"{BASE}/framework/crcn/{competence.code}"
        assert a["targetType"] == "ext:CRCNCompetence"
        assert "CRCN" in a["targetFramework"]


def test_result_descriptions_score_level_and_16_competences() -> None:
    rds = _build()["credentialSubject"]["achievement"]["resultDescription"]
    assert len(rds) == 18
    score, level, *competences = rds
    assert score == {
        "id": f"{ACH}#score",
        "type": ["ResultDescription"],
        "name": score["name"],
        "resultType": "ScaledScore",
        "valueMin": "0",
        "valueMax": "1023",
    }
    assert level["id"] == f"{ACH}#level"
    assert level["resultType"] == "RubricCriterionLevel"
    bands = level["rubricCriterionLevel"]
    assert [b["id"] for b in bands] == [f"{ACH}#level-{band.key}" for band in BANDS]
    assert [b["name"] for b in bands] == [band.name_fr for band in BANDS]
    assert all(b["type"] == ["RubricCriterionLevel"] for b in bands)
    assert [c["id"] for c in competences] == [f"{ACH}#competence-{c}" for c in COMPETENCE_CODES]
    for rd, competence in zip(competences, COMPETENCES, strict=True):
        assert rd["resultType"] == "PerformanceLevel"
        assert (rd["valueMin"], rd["valueMax"]) == ("0", "8")
        assert rd["name"] == f"{competence.code} {competence.title_fr}"
    ids = [rd["id"] for rd in rds] + [b["id"] for b in bands]
    assert len(ids) == len(set(ids))


def test_results_point_at_their_descriptions() -> None:
    subject = _build(_result(global_score=640))["credentialSubject"]
    rds = {rd["id"]: rd for rd in subject["achievement"]["resultDescription"]}
    results = subject["result"]
    assert len(results) == 18
    assert all(r["type"] == ["Result"] and r["resultDescription"] in rds for r in results)
    assert results[0] == {"type": ["Result"], "resultDescription": f"{ACH}#score", "value": "640"}
    assert results[1] == {
        "type": ["Result"],
        "resultDescription": f"{ACH}#level",
        "achievedLevel": f"{ACH}#level-advanced-2",
    }
    levels = rds[f"{ACH}#level"]["rubricCriterionLevel"]
    assert results[1]["achievedLevel"] in {b["id"] for b in levels}
    competence_results = results[2:]
    assert len(competence_results) == 16
    for r, code in zip(competence_results, COMPETENCE_CODES, strict=True):
        assert r["resultDescription"] == f"{ACH}#competence-{code}"
        assert r["value"] == str(LEVELS[code])


def test_holder_id_only_in_wallet_bound_copies() -> None:
    plain = _build()
    bound = _build(holder_id=HOLDER)
    assert "id" not in plain["credentialSubject"]
    assert bound["credentialSubject"]["id"] == HOLDER
    del bound["credentialSubject"]["id"]
    assert bound == plain  # same code, same status entry, same everything else


def test_without_status_entry() -> None:
    vc = _build(status=None)
    assert "credentialStatus" not in vc
    assert _validator().is_valid(vc)


def test_deterministic_and_plain_json() -> None:
    first = json.dumps(_build(), sort_keys=True, ensure_ascii=False)
    second = json.dumps(_build(), sort_keys=True, ensure_ascii=False)
    assert first == second
    assert json.loads(first) == _build()


def test_achievement_ids_do_not_depend_on_the_certificate() -> None:
    a = _build()["credentialSubject"]["achievement"]
    other = _result(given_name="Ali", family_name="Ben Salah", global_score=12)
    b = _build(other, credential_id="urn:uuid:11111111-2222-4333-8444-555555555555")
    assert b["credentialSubject"]["achievement"] == a


def test_session_datetime_is_written_in_utc() -> None:
    paris = timezone(timedelta(hours=2))
    vc = _build(_result(session_date=datetime(2025, 6, 12, 16, 45, tzinfo=paris)))
    assert vc["credentialSubject"]["activityEndDate"] == "2025-06-12T14:45:00Z"


def test_display_name_rules() -> None:
    r = _result(given_name="  Marie  Claire ", family_name="de la  Fontaine-Lefèvre")
    assert r.display_name == "Marie Claire DE LA FONTAINE-LEFÈVRE"


# --- bands ---------------------------------------------------------------------------------


def test_bands_partition_the_score_range() -> None:
    assert BANDS[0].low == 0
    assert BANDS[-1].high == MAX_SCORE
    for lower, upper in itertools.pairwise(BANDS):
        assert upper.low == lower.high + 1
    assert len(BANDS) == 9


@pytest.mark.parametrize(
    ("score", "key"),
    [
        (0, "pre-beginner"),
        (63, "pre-beginner"),
        (64, "beginner-1"),
        (127, "beginner-1"),
        (128, "beginner-2"),
        (383, "independent-1"),
        (384, "independent-2"),
        (512, "advanced-1"),
        (767, "advanced-2"),
        (768, "expert-1"),
        (896, "expert-2"),
        (1023, "expert-2"),
    ],
)
def test_band_for_score(score: int, key: str) -> None:
    assert band_for_score(score).key == key


@pytest.mark.parametrize("score", [-1, 1024, True, 12.0])
def test_band_for_score_refuses_out_of_range(score: Any) -> None:
    with pytest.raises(CertificateInputError):
        band_for_score(score)


# --- input checks --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {"competence_levels": dict.fromkeys(COMPETENCE_CODES[:-1], 1)},
        {"competence_levels": {**LEVELS, "6.1": 2}},
        {"competence_levels": {**LEVELS, "1.1": 9}},
        {"competence_levels": {**LEVELS, "1.1": -1}},
        {"global_score": 1024},
        {"verification_code": "p-7kq2mxrb"},
        {"verification_code": "P-7KQ2MXR0"},
        {"global_band": "expert-2"},
        {"given_name": "  "},
        {"birth_date": datetime(2009, 4, 17, tzinfo=UTC)},
    ],
)
def test_result_refuses_bad_inputs(changes: dict[str, Any]) -> None:
    with pytest.raises(CertificateInputError):
        _result(**changes)


def test_result_accepts_a_consistent_band() -> None:
    assert _result(global_score=412, global_band="independent-2").global_band == "independent-2"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"valid_from": datetime(2025, 6, 20, 10, 30)},
        {"credential_id": "urn:uuid:not-a-uuid"},
        {"credential_id": "https://certinum.example/credentials/1"},
        {"base_url": "certinum.example"},
        {"base_url": "https://certinum.example/?x=1"},
        {"holder_id": "https://example.org/me"},
        {"issuer": IssuerProfile("https://certinum.example", "Certinum", "https://c.example")},
    ],
)
def test_builder_refuses_bad_arguments(kwargs: dict[str, Any]) -> None:
    with pytest.raises(CertificateInputError):
        _build(**kwargs)


def test_naive_session_datetime_is_refused() -> None:
    with pytest.raises(CertificateInputError):
        _build(_result(session_date=datetime(2025, 6, 12, 16, 45)))
