"""Verifiable Presentations (verifier.presentation): each failure names its check and code."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import nacl.signing
import pytest

from keys import (
    KeysError,
    ResolvedVerificationMethod,
    VerificationMethodResolver,
    did_key_from_public_key,
    multikey_from_public_key,
    signer_from_seed,
)
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader
from verifier.presentation import PresentationOptions, verify_presentation
from verifier.resolution import ResolutionError
from verifier.verify import VerifyOptions

LOADER = DocumentLoader()
NOW = datetime(2025, 6, 1, tzinfo=UTC)
VC_V2 = "https://www.w3.org/ns/credentials/v2"
VC_V1 = "https://www.w3.org/2018/credentials/v1"
DI_V2 = "https://w3id.org/security/data-integrity/v2"
CHALLENGE = "u2Ntn1kJ4Nq0yO2d6O1-bQ"
DOMAIN = "verifier.example"


class Key:
    def __init__(self, seed: bytes) -> None:
        self.seed = seed
        public = bytes(nacl.signing.SigningKey(seed).verify_key)
        self.did = did_key_from_public_key(public)
        self.vm = f"{self.did}#{multikey_from_public_key(public)}"

    def sign(self, doc: dict[str, Any], purpose: str, **extra: Any) -> dict[str, Any]:
        with signer_from_seed(self.seed, self.vm) as signer:
            return create_proof(
                doc,
                sign=signer.sign,
                verification_method=self.vm,
                created="2025-05-01T00:00:00Z",
                loader=LOADER,
                proof_purpose=purpose,
                extra_options=extra or None,
            )


ISSUER = Key(bytes(range(1, 33)))
HOLDER = Key(bytes(range(33, 65)))


def _resolve(method: str) -> ResolvedVerificationMethod:
    try:
        found = VerificationMethodResolver({}).resolve(method)
    except KeysError as exc:
        raise ResolutionError(type(exc).__name__, str(exc)) from None
    return found


def _credential(n: int = 0) -> dict[str, Any]:
    return ISSUER.sign(
        {
            "@context": [VC_V2],
            "id": f"urn:uuid:5d0f1f0e-7a52-4c6b-8f43-7d1e2a9b3c1{n}",
            "type": ["VerifiableCredential"],
            "issuer": ISSUER.did,
            "validFrom": "2025-01-01T00:00:00Z",
            "credentialSubject": {"id": HOLDER.did, "name": "Zoë"},
        },
        "assertionMethod",
    )


def _presentation(**extra: Any) -> dict[str, Any]:
    unsigned = {
        "@context": [VC_V2, {"ExamplePresentation": "https://example.org/#ExamplePresentation"}],
        "id": "urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5",
        "type": ["VerifiablePresentation", "ExamplePresentation"],
        "holder": {"id": HOLDER.did},
        "verifiableCredential": [_credential(0), _credential(1)],
    }
    proof_options = {"challenge": CHALLENGE, "domain": DOMAIN, **extra}
    return HOLDER.sign(unsigned, "authentication", **proof_options)


def _verify(doc: Any, **options: Any) -> Any:
    credential = VerifyOptions(loader=LOADER, resolve_key=_resolve, now=NOW)
    asked = {"challenge": CHALLENGE, "domain": DOMAIN, **options}
    return verify_presentation(copy.deepcopy(doc), PresentationOptions(credential, **asked))


def _failed(result: Any) -> list[tuple[str, str]]:
    return [(c.name, c.code) for c in result.failed_checks]


def test_a_signed_presentation_with_credentials_verifies() -> None:
    result = _verify(_presentation())
    assert result.verified, _failed(result)
    assert [c.status for c in result.checks] == ["passed"] * 7
    assert result.holder == HOLDER.did
    assert result.verification_method == HOLDER.vm
    assert [r.verified for r in result.credentials] == [True, True]
    assert result.to_json()["errors"] == []


def test_vc_1_1_presentation_verifies() -> None:
    unsigned = {"@context": [VC_V1, DI_V2], "type": ["VerifiablePresentation"]}
    signed = HOLDER.sign(unsigned, "authentication", challenge=CHALLENGE, domain=DOMAIN)
    result = _verify(signed)
    assert result.verified, _failed(result)
    assert result.check("credentials").status == "skipped"


def _tamper_value(doc: dict[str, Any]) -> None:
    doc["proof"]["proofValue"] = "z5nmMBw2u9TGKd9NxxHJtyZKgjN2Eh"


def _tamper_holder(doc: dict[str, Any]) -> None:
    doc["holder"] = {"id": ISSUER.did}


def _tamper_credential(doc: dict[str, Any]) -> None:
    doc["verifiableCredential"][1]["credentialSubject"]["name"] = "Zoé"


CASES: dict[str, tuple[Callable[[dict[str, Any]], None], list[tuple[str, str]]]] = {
    "malformed proofValue": (_tamper_value, [("proof", "MALFORMED_PROOF")]),
    "changed holder": (_tamper_holder, [("proof", "PROOF_VERIFICATION_FAILED")]),
    # the presentation's proof covers its credentials: both fail, each by name
    "changed credential": (
        _tamper_credential,
        [("proof", "PROOF_VERIFICATION_FAILED"), ("credentials", "CREDENTIAL_NOT_VERIFIED")],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_tampering_fails_by_name(name: str) -> None:
    change, expected = CASES[name]
    doc = _presentation()
    change(doc)
    assert _failed(_verify(doc)) == expected


def test_wrong_challenge_and_domain() -> None:
    result = _verify(_presentation(), challenge="another")
    assert _failed(result) == [("challenge", "INVALID_CHALLENGE")]
    result = _verify(_presentation(), domain="other.example")
    assert _failed(result) == [("domain", "INVALID_DOMAIN")]


def test_domain_list_must_include_the_one_asked() -> None:
    doc = _presentation(domain=["a.example", DOMAIN])
    assert _verify(doc).verified
    assert _failed(_verify(doc, domain="b.example")) == [("domain", "INVALID_DOMAIN")]


def test_proof_without_challenge_when_one_is_asked() -> None:
    unsigned = {"@context": [VC_V2], "type": ["VerifiablePresentation"]}
    signed = HOLDER.sign(unsigned, "authentication", domain=DOMAIN)
    assert _failed(_verify(signed)) == [("challenge", "INVALID_CHALLENGE")]


def test_removing_the_signed_challenge_breaks_the_proof() -> None:
    doc = _presentation()
    del doc["proof"]["challenge"]
    assert _failed(_verify(doc, challenge=None)) == [("proof", "PROOF_VERIFICATION_FAILED")]


def test_assertion_proof_is_not_an_authentication() -> None:
    unsigned = {"@context": [VC_V2], "type": ["VerifiablePresentation"]}
    signed = HOLDER.sign(unsigned, "assertionMethod", challenge=CHALLENGE, domain=DOMAIN)
    assert _failed(_verify(signed)) == [("proof", "PROOF_PURPOSE_MISMATCH")]


def test_unsigned_presentation() -> None:
    doc = {"@context": [VC_V2], "type": ["VerifiablePresentation"]}
    doc["verifiableCredential"] = [_credential()]
    assert _failed(_verify(doc)) == [("proof", "PROOF_MISSING")]
    allowed = _verify(doc, challenge=None, domain=None, unsigned_allowed=True)
    assert allowed.verified, _failed(allowed)
    assert allowed.check("proof").status == "skipped"
    asked = _verify(doc, unsigned_allowed=True)  # a challenge is asked: a proof is needed
    assert _failed(asked) == [("proof", "PROOF_MISSING")]


def test_bad_credential_inside_is_reported_with_its_own_checks() -> None:
    doc = {"@context": [VC_V2], "type": ["VerifiablePresentation"]}
    bad = _credential()
    bad["validFrom"] = "yesterday"
    doc["verifiableCredential"] = [bad]
    result = _verify(HOLDER.sign(doc, "authentication", challenge=CHALLENGE, domain=DOMAIN))
    assert _failed(result) == [("credentials", "CREDENTIAL_NOT_VERIFIED")]
    assert [c.name for c in result.credentials[0].failed_checks] == ["well_formed"]


def test_enveloped_credential_is_not_supported() -> None:
    enveloped = {"@context": VC_V2, "id": "data:application/vc+jwt,eyJ"}
    enveloped["type"] = "EnvelopedVerifiableCredential"
    doc = {"@context": [VC_V2], "type": ["VerifiablePresentation"]}
    doc["verifiableCredential"] = [enveloped]
    result = _verify(doc, challenge=None, domain=None, unsigned_allowed=True)
    assert _failed(result) == [("credentials", "CREDENTIAL_NOT_VERIFIED")]
    assert result.credentials[0].failed_checks[0].code == "UNSUPPORTED"


@pytest.mark.parametrize(
    ("doc", "check", "code"),
    [
        (None, "well_formed", "MALFORMED"),
        ("a string", "well_formed", "MALFORMED"),
        ({"@context": [VC_V2], "type": ["VerifiableCredential"]}, "well_formed", "MALFORMED"),
        ({"type": ["VerifiablePresentation"]}, "well_formed", "MALFORMED"),
        (
            {"@context": [VC_V2], "type": ["VerifiablePresentation"], "verifiableCredential": "x"},
            "well_formed",
            "MALFORMED",
        ),
        (
            {"@context": [VC_V2, "https://example.com"], "type": ["VerifiablePresentation"]},
            "contexts_allowed",
            "CONTEXT_NOT_ALLOWED",
        ),
        (
            {"@context": [VC_V2], "type": ["VerifiablePresentation"], "proof": [1, "x"]},
            "proof",
            "MALFORMED_PROOF",
        ),
    ],
)
def test_bad_input_never_raises(doc: Any, check: str, code: str) -> None:
    result = _verify(doc)
    assert result.verified is False
    assert _failed(result) == [(check, code)]
