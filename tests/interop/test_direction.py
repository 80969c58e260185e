"""Base direction (``@direction``) signs the same in Certinum and in Digital Bazaar's libraries.

Why: VC 2.0 §11.1 lets ``name`` and ``description`` be language value objects with a base
direction, and the W3C VC 2.0 test suite issues such credentials. Digital Bazaar's
eddsa-rdfc-2022 cryptosuite canonizes with ``rdfDirection: "i18n-datatype"`` (JSON-LD 1.1
API §8.4 step 13): the value becomes a literal typed
``https://www.w3.org/ns/i18n#{language}_{direction}``. Ed25519 is deterministic, so both
sides must produce the very same ``proofValue``, and each must verify the other's.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import nacl.signing
from nodejs import run_js, run_js_batch

from keys import (
    ResolvedVerificationMethod,
    did_key_from_public_key,
    multikey_from_public_key,
    signer_from_seed,
)
from keys.multibase import encode_ed25519_private
from vc.dataintegrity import canonical_nquads, create_proof
from vc.jsonld import DocumentLoader
from verifier.resolution import ResolutionError
from verifier.verify import VerifyOptions, verify_credential

LOADER = DocumentLoader()
SEED = bytes(range(40, 72))
PUBLIC = bytes(nacl.signing.SigningKey(SEED).verify_key)
DID = did_key_from_public_key(PUBLIC)
VM = f"{DID}#{multikey_from_public_key(PUBLIC)}"
CREATED = "2025-03-01T10:00:00Z"
NOW = "2025-06-01T00:00:00Z"
VC_V2 = "https://www.w3.org/ns/credentials/v2"
VC_V1 = "https://www.w3.org/2018/credentials/v1"
DI_V2 = "https://w3id.org/security/data-integrity/v2"


def _credential(n: int) -> dict[str, Any]:
    """VC 2.0 credentials with language value objects on names and descriptions."""
    shapes: list[dict[str, Any]] = [
        {
            "name": {"@value": "Attestation", "@language": "fr-CA", "@direction": "ltr"},
            "description": {"@value": "شهادة رقمية", "@language": "ar-EG", "@direction": "rtl"},
        },
        {
            "name": [
                {"@value": "Certificate", "@language": "en", "@direction": "ltr"},
                {"@value": "תעודה", "@language": "he", "@direction": "rtl"},
            ],
            "description": {"@value": "no language, only a direction", "@direction": "rtl"},
        },
    ]
    issuer = {
        "id": DID,
        "name": {"@value": "Émetteur", "@language": "FR", "@direction": "ltr"},
        "description": {"@value": "مُصدِر", "@language": "ar", "@direction": "rtl"},
    }
    return {
        "@context": [VC_V2],
        "id": f"urn:uuid:7f3c2a10-0000-4000-8000-00000000000{n}",
        "type": ["VerifiableCredential"],
        "issuer": issuer,
        **shapes[n % len(shapes)],
        "validFrom": "2025-01-01T00:00:00Z",
        "credentialSubject": {
            "id": "did:example:holder",
            "name": {"@value": "Zoë", "@language": "fr", "@direction": "ltr"},
        },
    }


def _ours(document: dict[str, Any]) -> dict[str, Any]:
    with signer_from_seed(SEED, VM) as signer:
        return create_proof(
            document, sign=signer.sign, verification_method=VM, created=CREATED, loader=LOADER
        )


def _js_key() -> dict[str, str]:
    return {
        "publicKeyMultibase": multikey_from_public_key(PUBLIC),
        "secretKeyMultibase": encode_ed25519_private(SEED),
        "id": VM,
        "controller": DID,
    }


def _resolve(vm: str) -> ResolvedVerificationMethod:
    if vm != VM:
        raise ResolutionError("UNRESOLVED", f"unknown verification method {vm}")
    return ResolvedVerificationMethod(
        vm, DID, "Multikey", PUBLIC, frozenset({"assertionMethod", "authentication"})
    )


def _certinum_verify(document: dict[str, Any]) -> list[dict[str, str]]:
    result = verify_credential(
        copy.deepcopy(document),
        VerifyOptions(
            loader=LOADER,
            resolve_key=_resolve,
            now=datetime(2025, 6, 1, tzinfo=UTC),
        ),
    )
    return [c.to_json() for c in result.failed_checks]


def test_direction_becomes_an_i18n_datatype() -> None:
    nquads = canonical_nquads(_credential(0), loader=LOADER)
    assert '"Attestation"^^<https://www.w3.org/ns/i18n#fr-ca_ltr>' in nquads
    assert '"Émetteur"^^<https://www.w3.org/ns/i18n#fr_ltr>' in nquads  # language lower-cased
    nquads = canonical_nquads(_credential(1), loader=LOADER)
    assert '"no language, only a direction"^^<https://www.w3.org/ns/i18n#_rtl>' in nquads


def test_direction_signs_the_same_and_verifies_both_ways() -> None:
    unsigned = [_credential(n) for n in range(2)]
    theirs = [
        out["signed"]
        for out in run_js_batch(
            "sign.mjs",
            [{"credential": u, "key": _js_key(), "created": CREATED} for u in unsigned],
        )
    ]
    for doc, js_signed in zip(unsigned, theirs, strict=True):
        ours = _ours(doc)
        assert ours["proof"]["proofValue"] == js_signed["proof"]["proofValue"], doc["id"]
        assert ours == js_signed
        assert _certinum_verify(js_signed) == [], doc["id"]
        verdict = run_js("verify.mjs", {"credential": ours, "now": NOW})
        assert verdict["verified"] is True, verdict["errors"]


def test_changed_direction_fails_on_both_sides() -> None:
    """The direction is signed: flipping it alone breaks the proof, in JS and in Certinum."""
    signed = _ours(_credential(0))
    signed["name"]["@direction"] = "rtl"
    failed = _certinum_verify(signed)
    assert [c["check"] for c in failed] == ["proof"]
    verdict = run_js("verify.mjs", {"credential": signed, "now": NOW})
    assert verdict["verified"] is False


def test_vc_1_1_credential_signs_the_same_and_verifies_both_ways() -> None:
    """The bundled VC 1.1 context (credentials/v1) reads the same as Digital Bazaar's.

    A VC 1.1 document does not define the proof's terms: the Data Integrity context is
    listed after credentials/v1 (Digital Bazaar's DataIntegrityProof appends it itself).
    """
    unsigned = {
        "@context": [VC_V1, DI_V2],
        "id": "urn:uuid:86294362-4254-4f36-854f-3952fe42555d",
        "type": ["VerifiableCredential"],
        "issuer": DID,
        "issuanceDate": "2025-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:holder"},
    }
    js_signed = run_js("sign.mjs", {"credential": unsigned, "key": _js_key(), "created": CREATED})[
        "signed"
    ]
    ours = _ours(unsigned)
    assert ours["proof"]["proofValue"] == js_signed["proof"]["proofValue"]
    assert ours == js_signed
    assert _certinum_verify(js_signed) == []
    verdict = run_js("verify.mjs", {"credential": ours, "now": NOW})
    assert verdict["verified"] is True, verdict["errors"]
