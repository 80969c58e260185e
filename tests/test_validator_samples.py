"""The 1EdTech validator's own OB 3.0 samples, judged by the verification library.

Only samples whose contexts are bundled (VC 2.0, OB 3.0.x) are judged; those that need
``extensions.json`` or the VC 1.1 context must fail on ``contexts_allowed``, never be fetched.
The samples' issuers are https URLs, not DIDs, so local controller documents stand in for
them (as the 1EdTech vector's ``controller-document.LOCAL-FIXTURE.json`` does).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from vc.jsonld import DocumentLoader
from verifier.resolution import key_resolver
from verifier.verify import VerifyOptions, verify_credential

HERE = Path(__file__).resolve().parent
SAMPLES = HERE / "conformance/ob3-1edtech-validator-samples/inspector-vc/src/test/resources/ob30"
OB_CONTEXTS = HERE / "conformance/ob3-1edtech/contexts"
KEYS = (
    "z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi",
    "z6MkrvfzkMnvCroEUP2DVc9SHPE48CRsvHiVSusHioxTYu1x",
)
ISSUERS = (
    "https://example.com/issuers/876543",
    "https://example.edu/issuers/565049",
    "https://1edtech.edu/issuers/565049",
)


def _controller(issuer: str) -> dict[str, Any]:
    methods = [f"{issuer}#{k}" for k in KEYS]
    return {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": issuer,
        "verificationMethod": [
            {"id": m, "type": "Multikey", "controller": issuer, "publicKeyMultibase": k}
            for m, k in zip(methods, KEYS, strict=True)
        ],
        "assertionMethod": methods,
    }


def _options() -> VerifyOptions:
    extra = {
        f"https://purl.imsglobal.org/spec/ob/v3p0/context-{v}.json": json.loads(
            (OB_CONTEXTS / f"context-{v}.json").read_text()
        )
        for v in ("3.0.1", "3.0.2")
    }
    return VerifyOptions(
        loader=DocumentLoader(extra),
        resolve_key=key_resolver({i: _controller(i) for i in ISSUERS}),
        now=datetime(2026, 11, 26, tzinfo=UTC),
    )


def _verify(name: str) -> Any:
    return verify_credential(json.loads((SAMPLES / name).read_text()), _options())


@pytest.mark.parametrize(
    "name",
    [
        "simple.json",
        "simple-context-alias.json",
        "simple-context-version.json",
        "simple-did-web-method.json",
    ],
)
def test_valid_samples_verify(name: str) -> None:
    result = _verify(name)
    assert result.verified, [c.to_json() for c in result.failed_checks]
    assert not result.trusted  # verified is never folded into trust


# Each invalid sample fails on the check its name is about (others may fail too).
EXPECTED_FAILURES = {
    "simple-err-context.json": ("well_formed", "MALFORMED"),
    "simple-err-issuer.json": ("well_formed", "MALFORMED"),
    "simple-noproof.json": ("well_formed", "MALFORMED"),
    "simple-err-type.json": ("schema", "SCHEMA"),
    "simple-err-issuer-type.json": ("schema", "SCHEMA"),
    "simple-err-issuer-otheridentifier-type.json": ("schema", "SCHEMA"),
    "simple-err-issuer-parentorg-type.json": ("schema", "SCHEMA"),
    "simple-err-credential-subject-type.json": ("schema", "SCHEMA"),
    "simple-err-credential-subject-profile-type.json": ("schema", "SCHEMA"),
    "simple-err-credential-subject-identifier-type.json": ("schema", "SCHEMA"),
    "simple-err-credential-subject-result-type.json": ("schema", "SCHEMA"),
    "simple-err-credential-subject-achievement-result-description-type.json": ("schema", "SCHEMA"),
    "simple-err-evidence-type.json": ("schema", "SCHEMA"),
    "simple-err-expired.json": ("validity_period", "EXPIRED"),
    "simple-err-issued.json": ("validity_period", "NOT_YET_VALID"),
    "simple-err-proof-value.json": ("proof", "PROOF_VERIFICATION_FAILED"),
    "simple-err-proof-method-no-scheme.json": ("proof", "VM_NO_SCHEME"),
    "simple-err-proof-method-unknown-scheme.json": ("proof", "VM_UNKNOWN_SCHEME"),
    "simple-err-proof-method-unknown-did-method.json": ("proof", "UNSUPPORTED_DID_METHOD"),
    # A proof set whose first proof has a type we do not support: every proof must verify.
    "simple-multiple-proofs.json": ("proof", "UNSUPPORTED_CRYPTOSUITE"),
}


@pytest.mark.parametrize(("name", "expected"), sorted(EXPECTED_FAILURES.items()))
def test_invalid_samples_fail_on_their_named_check(name: str, expected: tuple[str, str]) -> None:
    result = _verify(name)
    assert not result.verified
    check = result.check(expected[0])
    assert (check.status, check.code) == ("failed", expected[1]), [
        c.to_json() for c in result.failed_checks
    ]
    assert check.message


@pytest.mark.parametrize(
    "name",
    [
        "complete.json",
        "complete_v1.json",
        "simple_v1.json",
        "simple-did-key-method.json",
        "simple-err-proof-method.json",
        "simple-eddsa-2022.json",
        "endorsement-valid.json",
        "credential-status-revoked.json",
    ],
)
def test_samples_with_unbundled_contexts_are_refused_not_fetched(name: str) -> None:
    result = _verify(name)
    assert not result.verified
    assert result.check("contexts_allowed").code == "CONTEXT_NOT_ALLOWED"


def test_every_simple_err_sample_is_judged() -> None:
    names = {p.name for p in SAMPLES.glob("simple-err-*.json")}
    assert names - set(EXPECTED_FAILURES) == {"simple-err-proof-method.json"}
