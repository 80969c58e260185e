"""VC Data Model rules (vc.datamodel): one case per rule, each changing only what it names."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from vc.datamodel import (
    VC_V1,
    VC_V2,
    Violation,
    check_credential,
    check_presentation,
    is_date_time_stamp,
)
from vc.timestamps import is_datetime

Doc = dict[str, Any]


def credential() -> Doc:
    return {
        "@context": [VC_V2, "https://www.w3.org/ns/credentials/examples/v2"],
        "id": "urn:uuid:0b1e4f3e-5d0c-4c3b-9a53-2e4bd2b6d6a1",
        "type": ["VerifiableCredential", "ExampleCredential"],
        "issuer": {"id": "did:example:issuer", "name": "Issuer"},
        "name": {"@value": "Exemple", "@language": "fr", "@direction": "ltr"},
        "validFrom": "2025-01-01T00:00:00Z",
        "validUntil": "2026-01-01T00:00:00.5-06:00",
        "credentialSubject": {"id": "did:example:subject", "claim": "yes"},
        "credentialStatus": {"id": "https://example.org/status#1", "type": "ExampleStatus"},
        "credentialSchema": [{"id": "https://example.org/schema.json", "type": "JsonSchema"}],
        "termsOfUse": {"type": "ExamplePolicy"},
        "evidence": [{"type": ["Evidence"]}],
        "refreshService": {"type": "ExampleRefresh", "id": "https://example.org/refresh"},
        "relatedResource": [
            {"id": "https://example.org/a", "digestSRI": "sha384-AAAA"},
            {"id": "https://example.org/b", "digestMultibase": "uEiAAAA"},
        ],
    }


def credential_v1() -> Doc:
    return {
        "@context": [VC_V1],
        "type": ["VerifiableCredential"],
        "issuer": "did:example:issuer",
        "issuanceDate": "2020-03-16T22:37:26.544",  # VC 1.1: a dateTime, zone optional
        "credentialSubject": {"id": "did:example:subject"},
    }


def _codes(found: tuple[Violation, ...]) -> list[str]:
    return [v.code for v in found]


def test_a_full_credential_breaks_no_rule() -> None:
    assert check_credential(credential()) == ()
    assert check_credential(credential_v1()) == ()


def _set(key: str, value: Any) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        doc[key] = value

    return change


def _drop(key: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        del doc[key]

    return change


def _drop_in(key: str, inner: str) -> Callable[[Doc], None]:
    def change(doc: Doc) -> None:
        target = doc[key][0] if isinstance(doc[key], list) else doc[key]
        del target[inner]

    return change


CASES: dict[str, tuple[Callable[[Doc], None], str, str]] = {
    "no @context": (_drop("@context"), "context", "@context"),
    "@context a string": (_set("@context", VC_V2), "context", "@context"),
    "VC 2.0 context not first": (
        _set("@context", ["https://www.w3.org/ns/credentials/examples/v2", VC_V2]),
        "context",
        "@context[0]",
    ),
    "a later context neither URL nor object": (
        _set("@context", [VC_V2, 3]),
        "context",
        "@context[1]",
    ),
    "no VerifiableCredential type": (_set("type", ["ExampleCredential"]), "type", "type"),
    "no type": (_drop("type"), "type", "type"),
    "a type that is not a string": (_set("type", ["VerifiableCredential", 2]), "type", "type"),
    "id not a URL": (_set("id", "not a url"), "id", "id"),
    "two ids": (_set("id", ["urn:a", "urn:b"]), "id", "id"),
    "issuer null": (_set("issuer", None), "issuer", "issuer"),
    "no issuer": (_drop("issuer"), "issuer", "issuer"),
    "issuer not a URL": (_set("issuer", "fake-issuer"), "issuer", "issuer"),
    "issuer object without id": (_set("issuer", {"name": "x"}), "issuer", "issuer.id"),
    "issuer id with a space": (_set("issuer", {"id": "https ://x"}), "issuer", "issuer.id"),
    "issuer name not a language value": (
        _set("issuer", {"id": "did:example:i", "name": {"@value": "x", "@direction": "up"}}),
        "language-value",
        "issuer.name",
    ),
    "description a number": (_set("description", 3), "language-value", "description"),
    "no credentialSubject": (
        _drop("credentialSubject"),
        "credential-subject",
        "credentialSubject",
    ),
    "empty credentialSubject": (
        _set("credentialSubject", {}),
        "credential-subject",
        "credentialSubject",
    ),
    "subject list with an empty subject": (
        _set("credentialSubject", [{"id": "did:example:a"}, {}]),
        "credential-subject",
        "credentialSubject[1]",
    ),
    "subject id not a URL": (
        _set("credentialSubject", {"id": "x y"}),
        "id",
        "credentialSubject.id",
    ),
    "validFrom not a dateTimeStamp": (
        _set("validFrom", "Sat 25 Feb 2023 07:16:31 PM CST"),
        "valid-from",
        "validFrom",
    ),
    "validFrom without a time zone": (
        _set("validFrom", "2025-01-01T00:00:00"),
        "valid-from",
        "validFrom",
    ),
    "validUntil an RFC 2822 date": (
        _set("validUntil", "Sun, 26 Feb 2023 01:22:14 +0000"),
        "valid-until",
        "validUntil",
    ),
    "validUntil on a day that does not exist": (
        _set("validUntil", "2026-02-30T00:00:00Z"),
        "valid-until",
        "validUntil",
    ),
    "validFrom after validUntil": (
        _set("validFrom", "2026-01-01T07:00:00Z"),
        "validity-order",
        "validUntil",
    ),
    "credentialStatus without type": (
        _drop_in("credentialStatus", "type"),
        "missing-type",
        "credentialStatus.type",
    ),
    "credentialStatus type a number": (
        _set("credentialStatus", {"type": 2}),
        "missing-type",
        "credentialStatus.type",
    ),
    "credentialStatus id not a URL": (
        _set("credentialStatus", {"id": "x", "type": "T"}),
        "id",
        "credentialStatus.id",
    ),
    "termsOfUse without type": (
        _drop_in("termsOfUse", "type"),
        "missing-type",
        "termsOfUse.type",
    ),
    "evidence without type": (
        _drop_in("evidence", "type"),
        "missing-type",
        "evidence[0].type",
    ),
    "refreshService without type": (
        _drop_in("refreshService", "type"),
        "missing-type",
        "refreshService.type",
    ),
    "credentialSchema without type": (
        _drop_in("credentialSchema", "type"),
        "missing-type",
        "credentialSchema[0].type",
    ),
    "credentialSchema without id": (
        _drop_in("credentialSchema", "id"),
        "id",
        "credentialSchema[0]",
    ),
    "evidence a string": (_set("evidence", "proof.pdf"), "typed-object", "evidence"),
    "relatedResource strings": (
        _set("relatedResource", ["https://example.org/a"]),
        "related-resource",
        "relatedResource[0]",
    ),
    "relatedResource without id": (
        _set("relatedResource", [{"digestSRI": "sha384-AAAA"}]),
        "related-resource",
        "relatedResource[0]",
    ),
    "relatedResource without digest": (
        _set("relatedResource", {"id": "https://example.org/a"}),
        "related-resource",
        "relatedResource",
    ),
    "relatedResource digestSRI malformed": (
        _set("relatedResource", {"id": "https://example.org/a", "digestSRI": "md5-x"}),
        "related-resource",
        "relatedResource",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_each_rule_is_named(name: str) -> None:
    change, code, path = CASES[name]
    doc = credential()
    change(doc)
    assert [(v.code, v.path) for v in check_credential(doc)] == [(code, path)]


def test_repeated_related_resource_id() -> None:
    doc = credential()
    doc["relatedResource"] = [
        {"id": "https://example.org/a", "digestSRI": "sha256-AAAA"},
        {"id": "https://example.org/a", "digestMultibase": "uEiAAAA"},
    ]
    found = check_credential(doc)
    assert [(v.code, v.path) for v in found] == [("related-resource", "relatedResource[1]")]
    assert "repeated" in found[0].message


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (_drop("issuanceDate"), "issuance-date"),
        (_set("issuanceDate", "16/03/2020"), "issuance-date"),
        (_set("expirationDate", "tomorrow"), "expiration-date"),
        (_set("@context", ["https://www.w3.org/ns/credentials/examples/v2"]), "context"),
    ],
)
def test_vc_1_1_rules(change: Callable[[Doc], None], code: str) -> None:
    doc = credential_v1()
    change(doc)
    assert _codes(check_credential(doc)) == [code]


def test_vc_1_1_validity_is_not_read_as_2_0() -> None:
    doc = credential_v1()
    doc["expirationDate"] = "2030-01-01T00:00:00Z"
    assert check_credential(doc) == ()


@pytest.mark.parametrize("value", [None, [], "x", 3, [{"@context": VC_V2}]])
def test_never_raises_on_any_json(value: Any) -> None:
    assert check_credential(value) != ()
    assert check_presentation(value) != ()


def test_every_violation_of_a_bare_object_at_once() -> None:
    assert _codes(check_credential({})) == ["context", "type", "issuer", "credential-subject"]


def test_date_time_forms() -> None:
    assert is_date_time_stamp("2023-02-25T19:10:39-06:00")
    assert is_date_time_stamp("4023-02-26T01:02:58.447Z")
    assert is_date_time_stamp("2024-02-29T24:00:00Z")  # leap day, end of day
    assert not is_date_time_stamp("2023-02-29T00:00:00Z")
    assert not is_date_time_stamp("2023-02-26 01:02:58Z")
    assert not is_date_time_stamp("2023-02-26T01:02:58+15:00")
    assert is_datetime("2023-02-26T01:02:58")
    assert not is_datetime("2023-02-26")


def presentation() -> Doc:
    return {
        "@context": [VC_V2],
        "id": "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5",
        "type": ["VerifiablePresentation"],
        "holder": {"id": "did:example:holder"},
        "verifiableCredential": [copy.deepcopy(credential())],
    }


@pytest.mark.parametrize(
    ("change", "code"),
    [
        (_set("type", ["ExamplePresentation"]), "type"),
        (_set("@context", ["https://www.w3.org/ns/credentials/examples/v2", VC_V2]), "context"),
        (_set("holder", "not a url"), "holder"),
        (_set("holder", {"name": "Alice"}), "holder"),
        (_set("verifiableCredential", ["https://example.org/vc/1"]), "verifiable-credential"),
        (_set("id", 5), "id"),
    ],
)
def test_presentation_rules(change: Callable[[Doc], None], code: str) -> None:
    doc = presentation()
    assert check_presentation(doc) == ()
    change(doc)
    assert _codes(check_presentation(doc)) == [code]


# The W3C data-model suite's related resource: the VC 2.0 context, with its published digests.
V2_SRI = "sha384-NSOcNpmdIVUxIJGvGUoe22FjTWrXiaXlsZ8q6912LdnR3KraQO2n75Ica4wK4Qeg"
V2_MULTIBASE = "uJKGMkOmFbVJhEfKTduMC2XCyvRAYLjOVmZWwIH1wQ7k"


@pytest.mark.parametrize(
    "digest",
    [{"digestSRI": V2_SRI}, {"digestMultibase": V2_MULTIBASE}],
)
def test_the_published_digest_of_a_known_resource_is_accepted(digest: dict[str, str]) -> None:
    doc = credential()
    doc["relatedResource"] = [{"id": VC_V2, **digest}]
    assert check_credential(doc) == ()


@pytest.mark.parametrize(
    "digest",
    [
        {"digestMultibase": "uM4RgWQc3RUDtjJCSgTJtTfvpZ7SPEg_LNO0ESlovQC0"},
        {"digestSRI": "sha384-_rCVIV7fSXXTNIvpiq26jRDyj8JG8TDjij-tD0ewLk4JpnXEz6a5AeeY_1qQ0d0P"},
    ],
)
def test_a_wrong_digest_of_a_known_resource_is_a_violation(digest: dict[str, str]) -> None:
    doc = credential()
    doc["relatedResource"] = [{"id": VC_V2, **digest}]
    assert _codes(check_credential(doc)) == ["related-resource-digest"]


def test_the_digest_of_an_unknown_resource_stays_the_issuers_claim() -> None:
    doc = credential()
    doc["relatedResource"] = [{"id": "https://example.org/logo.png", "digestSRI": V2_SRI}]
    assert check_credential(doc) == ()
