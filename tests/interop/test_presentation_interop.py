"""Presentations signed by Digital Bazaar's vc.signPresentation verify in Certinum.

Why: the W3C VC 2.0 test suite sends exactly such presentations (did:key holder, purpose
``authentication``, a random challenge, a domain) to ``POST /presentations/verify``. JS signs
the credentials inside too, so nothing here comes from Certinum's own signing code.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

import nacl.signing
from nodejs import run_js

from keys import (
    KeysError,
    ResolvedVerificationMethod,
    VerificationMethodResolver,
    did_key_from_public_key,
    multikey_from_public_key,
)
from keys.multibase import encode_ed25519_private
from vc.jsonld import DocumentLoader
from verifier.presentation import PresentationOptions, verify_presentation
from verifier.resolution import ResolutionError
from verifier.verify import VerifyOptions

LOADER = DocumentLoader()
SEED = bytes(range(90, 122))
PUBLIC = bytes(nacl.signing.SigningKey(SEED).verify_key)
DID = did_key_from_public_key(PUBLIC)
KEY = {
    "publicKeyMultibase": multikey_from_public_key(PUBLIC),
    "secretKeyMultibase": encode_ed25519_private(SEED),
}
CHALLENGE = "uc2VjcmV0LWNoYWxsZW5nZQ"
DOMAIN = "github.com/w3c/vc-data-model-2.0-test-suite"
VC_V2 = "https://www.w3.org/ns/credentials/v2"


def _resolve(method: str) -> ResolvedVerificationMethod:
    try:
        found = VerificationMethodResolver({}).resolve(method)
    except KeysError as exc:
        raise ResolutionError(type(exc).__name__, str(exc)) from None
    return found


def _verify(doc: dict[str, Any], challenge: str = CHALLENGE) -> Any:
    opts = VerifyOptions(loader=LOADER, resolve_key=_resolve, now=datetime(2025, 6, 1, tzinfo=UTC))
    return verify_presentation(
        copy.deepcopy(doc), PresentationOptions(opts, challenge=challenge, domain=DOMAIN)
    )


def _js_presentation() -> dict[str, Any]:
    credential = {
        "@context": [VC_V2],
        "type": ["VerifiableCredential"],
        "issuer": DID,
        "credentialSubject": {"id": "did:example:subject", "name": "Zoë"},
    }
    signed_vc = run_js("sign.mjs", {"credential": credential, "key": KEY})["signed"]
    presentation = {
        "@context": [VC_V2, {"ExamplePresentation": "https://example.org/#ExamplePresentation"}],
        "type": ["VerifiablePresentation", "ExamplePresentation"],
        "holder": {"id": DID},
        "verifiableCredential": [signed_vc],
    }
    return run_js(
        "sign_presentation.mjs",
        {"presentation": presentation, "key": KEY, "challenge": CHALLENGE, "domain": DOMAIN},
    )["signed"]


def test_js_signed_presentation_verifies_in_certinum() -> None:
    vp = _js_presentation()
    assert vp["proof"]["proofPurpose"] == "authentication"
    result = _verify(vp)
    assert result.verified, [c.to_json() for c in result.failed_checks]
    assert [r.verified for r in result.credentials] == [True]
    assert _verify(vp, challenge="another").failed_checks[0].code == "INVALID_CHALLENGE"
    vp["proof"]["proofValue"] = "z5nmMBw2u9TGKd9NxxHJtyZKgjN2Eh"
    assert [c.name for c in _verify(vp).failed_checks] == ["proof"]
