"""Inline contexts read, sign and verify the same in Certinum and in Digital Bazaar's libraries.

Why: the W3C Data Integrity test vectors (proof sets and chains) carry inline contexts, one of
them in the form ``{"@context": {...}}`` that jsonld.js unwraps (lib/context.js, "dereference
@context key if present"). Context URLs must still be bundled: an inline context fetches
nothing, its size and number of terms are bounded, and safe mode still refuses any term that
no context defines. A nested ``@context`` inside the body stays refused (``contexts_allowed``).
"""

from __future__ import annotations

from typing import Any

from nodejs import run_js, run_js_batch
from test_direction import CREATED, DID, NOW, VC_V2, _certinum_verify, _js_key, _ours


def _credential(wrapped: bool) -> dict[str, Any]:
    terms = {
        "AlumniCredential": "https://www.example.org/AlumniCredential",
        "alumniOf": "https://www.example.org/alumniOf",
    }
    return {
        "@context": [VC_V2, {"@context": terms} if wrapped else terms],
        "id": f"urn:uuid:58172aac-d8ba-11ed-83dd-0b3aef56cc3{int(wrapped)}",
        "type": ["VerifiableCredential", "AlumniCredential"],
        "issuer": DID,
        "validFrom": "2023-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:abcdefgh", "alumniOf": "The School of Examples"},
    }


def test_inline_contexts_sign_the_same_and_verify_both_ways() -> None:
    unsigned = [_credential(wrapped) for wrapped in (False, True)]
    theirs = [
        out["signed"]
        for out in run_js_batch(
            "sign.mjs",
            [{"credential": u, "key": _js_key(), "created": CREATED} for u in unsigned],
        )
    ]
    for doc, js_signed in zip(unsigned, theirs, strict=True):
        ours = _ours(doc)
        assert ours == js_signed, doc["id"]
        assert _certinum_verify(js_signed) == [], doc["id"]
        verdict = run_js("verify.mjs", {"credential": ours, "now": NOW})
        assert verdict["verified"] is True, verdict["errors"]


def test_the_wrapped_and_plain_forms_are_the_same_statements() -> None:
    """Both forms mean the same thing: same canonical statements, hence the same signature."""
    plain, wrapped = (_ours(_credential(w)) for w in (False, True))
    assert plain["proof"]["proofValue"] != ""
    plain_doc = {**plain, "id": wrapped["id"]}
    assert _ours({k: v for k, v in plain_doc.items() if k != "proof"})["proof"] == wrapped["proof"]


def test_a_nested_context_in_the_body_is_refused_before_the_proof() -> None:
    doc = _credential(False)
    doc["credentialSubject"]["@context"] = {"alias": "https://www.example.org/alumniOf"}
    failed = _certinum_verify(_ours(doc))
    assert [(c["check"], c.get("code")) for c in failed] == [
        ("contexts_allowed", "JSONLD_KEYWORD_NOT_ALLOWED")
    ]
