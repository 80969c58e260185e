"""Self-tests of the JS interop harness against the published vectors.

If the harness reproduces the W3C eddsa-rdfc-2022 vector (vc-di-eddsa
§A "Test Vectors") and the 1EdTech OB 3.0 vector byte for byte, a later
disagreement between it and Certinum points at Certinum, not at the harness.
"""

from __future__ import annotations

import base64
import copy
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from nodejs import JsHarnessError, run_js, run_js_batch

ROOT = Path(__file__).resolve().parents[2]
W3C = ROOT / "tests" / "conformance" / "vc-di-eddsa" / "TestVectors"
OB3 = ROOT / "tests" / "conformance" / "ob3-1edtech"
CONTEXTS_README = ROOT / "vc" / "contexts" / "README.md"


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


W3C_KEY = _load(W3C / "keyPair.json")
W3C_DID = f"did:key:{W3C_KEY['publicKeyMultibase']}"
W3C_VM = f"{W3C_DID}#{W3C_KEY['publicKeyMultibase']}"


def _sign_key(controller: str = W3C_DID) -> dict[str, str]:
    return {
        "publicKeyMultibase": W3C_KEY["publicKeyMultibase"],
        "secretKeyMultibase": W3C_KEY["privateKeyMultibase"],
        "id": f"{controller}#{W3C_KEY['publicKeyMultibase']}",
        "controller": controller,
    }


def _small_vc(issuer: str) -> dict[str, Any]:
    return {
        "@context": [
            "https://www.w3.org/ns/credentials/v2",
            "https://www.w3.org/ns/credentials/examples/v2",
        ],
        "id": "urn:uuid:0e7f4a56-3d1f-4c2e-9a51-2d6b0b7c9f10",
        "type": ["VerifiableCredential", "ExampleCredential"],
        "issuer": issuer,
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:learner", "name": "Ada"},
    }


def test_sign_reproduces_w3c_vector() -> None:
    config = _load(W3C / "eddsa-rdfc-2022" / "proofConfigDataInt.json")
    expected = _load(W3C / "eddsa-rdfc-2022" / "signedDataInt.json")
    out = run_js(
        "sign.mjs",
        {
            "credential": _load(W3C / "unsigned.json"),
            "key": {
                "publicKeyMultibase": W3C_KEY["publicKeyMultibase"],
                "secretKeyMultibase": W3C_KEY["privateKeyMultibase"],
                "id": config["verificationMethod"],
                "controller": config["verificationMethod"].split("#")[0],
            },
            "created": config["created"],
        },
    )
    assert out["signed"]["proof"]["proofValue"] == expected["proof"]["proofValue"]
    assert out["signed"] == expected


def test_sign_reproduces_ob3_vector_with_64_byte_secret_key() -> None:
    key = _load(OB3 / "keyPair.json")
    config = _load(OB3 / "proofConfig.json")
    expected = _load(OB3 / "signed.json")
    out = run_js(
        "sign.mjs",
        {
            "credential": _load(OB3 / "unsigned.json"),
            "key": {
                "publicKeyMultibase": key["publicKeyMultibase"],
                "secretKeyMultibase": key["secretKeyMultibase"],
                "id": key["verificationMethod"],
                "controller": key["controller"],
            },
            "created": config["created"],
        },
    )
    assert out["signed"]["proof"]["proofValue"] == expected["proof"]["proofValue"]


def test_ob3_vector_verifies_fully_with_its_controller_document() -> None:
    controller = _load(OB3 / "controller-document.LOCAL-FIXTURE.json")
    signed = _load(OB3 / "signed.json")
    ok, missing = run_js_batch(
        "verify.mjs",
        [{"credential": signed, "dids": {controller["id"]: controller}}, {"credential": signed}],
    )
    assert ok["verified"] is True, ok["errors"]
    # without the controller document the offline loader must refuse, not fetch
    assert missing["verified"] is False
    assert any("refused unknown URL" in e for e in missing["errors"]), missing["errors"]


def test_w3c_signed_vector_verifies_proof_only_but_not_as_credential() -> None:
    signed = _load(W3C / "eddsa-rdfc-2022" / "signedDataInt.json")
    proof_only, full = run_js_batch(
        "verify.mjs", [{"credential": signed, "mode": "proof-only"}, {"credential": signed}]
    )
    assert proof_only["verified"] is True, proof_only["errors"]
    assert proof_only["errors"] == []
    # its issuer is not the key's controller: a full VC verifier rejects it
    assert full["verified"] is False
    assert any("issuer must match" in e for e in full["errors"]), full["errors"]


def test_did_key_credential_round_trip_and_tampering() -> None:
    signed = run_js("sign.mjs", {"credential": _small_vc(W3C_DID), "key": _sign_key()})["signed"]
    assert signed["proof"]["verificationMethod"] == W3C_VM
    assert signed["proof"]["cryptosuite"] == "eddsa-rdfc-2022"
    tampered = copy.deepcopy(signed)
    tampered["credentialSubject"]["name"] = "Eve"
    ok, bad, bad_proof_only = run_js_batch(
        "verify.mjs",
        [
            {"credential": signed},
            {"credential": tampered},
            {"credential": tampered, "mode": "proof-only"},
        ],
    )
    assert ok["verified"] is True, ok["errors"]
    assert W3C_DID in ok["documentsLoaded"]
    assert bad["verified"] is False
    assert "Invalid signature." in bad["errors"]
    assert bad_proof_only["verified"] is False


def test_undefined_term_is_rejected_by_safe_mode() -> None:
    # credentials/v2 alone has no @vocab (the examples/v2 context has one)
    credential = _small_vc(W3C_DID)
    credential["@context"] = ["https://www.w3.org/ns/credentials/v2"]
    credential["type"] = ["VerifiableCredential"]
    signed = run_js("sign.mjs", {"credential": credential, "key": _sign_key()})["signed"]
    altered = copy.deepcopy(signed)
    altered["credentialSubject"]["notInAnyContext"] = "x"
    ok, unsafe = run_js_batch("verify.mjs", [{"credential": signed}, {"credential": altered}])
    assert ok["verified"] is True, ok["errors"]
    assert unsafe["verified"] is False
    assert any("Safe mode" in e and "notInAnyContext" in e for e in unsafe["errors"]), unsafe[
        "errors"
    ]


def test_validity_period_checked_against_given_now() -> None:
    credential = _small_vc(W3C_DID)
    credential["validUntil"] = "2025-01-01T00:00:00Z"
    signed = run_js("sign.mjs", {"credential": credential, "key": _sign_key()})["signed"]
    before, after = run_js_batch(
        "verify.mjs",
        [
            {"credential": signed, "now": "2024-06-01T00:00:00Z"},
            {"credential": signed, "now": "2026-01-01T00:00:00Z"},
        ],
    )
    assert before["verified"] is True, before["errors"]
    assert after["verified"] is False
    assert any("validUntil" in e for e in after["errors"]), after["errors"]


def test_did_web_document_is_taken_from_the_caller() -> None:
    did = "did:web:certinum.example"
    vm = f"{did}#key-1"
    did_doc = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {
                "id": vm,
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": W3C_KEY["publicKeyMultibase"],
            }
        ],
        "assertionMethod": [vm],
    }
    key = _sign_key(did) | {"id": vm}
    signed = run_js("sign.mjs", {"credential": _small_vc(did), "key": key})["signed"]
    # a method the DID document does not authorise for assertionMethod
    no_assertion = {k: v for k, v in did_doc.items() if k != "assertionMethod"}
    ok, missing, denied = run_js_batch(
        "verify.mjs",
        [
            {"credential": signed, "dids": {did: did_doc}},
            {"credential": signed},
            {"credential": signed, "dids": {did: no_assertion}},
        ],
    )
    assert ok["verified"] is True, ok["errors"]
    assert missing["verified"] is False
    assert any("refused unknown URL" in e for e in missing["errors"]), missing["errors"]
    assert denied["verified"] is False
    assert any("not authorized" in e for e in denied["errors"]), denied["errors"]


def test_unbundled_context_is_refused_not_fetched() -> None:
    credential = _small_vc(W3C_DID)
    credential["@context"].append("https://schema.org/")
    with pytest.raises(JsHarnessError, match="refused unknown URL"):
        run_js("sign.mjs", {"credential": credential, "key": _sign_key()})


def test_loader_table_matches_the_contexts_readme() -> None:
    out = run_js("contexts.mjs", {})
    readme_rows = {
        cells[1]: cells[2]
        for line in CONTEXTS_README.read_text(encoding="utf-8").splitlines()
        if line.startswith("| http")
        for cells in [[c.strip() for c in line.split("|")]]
    }
    assert out["contexts"] == readme_rows
    for file in readme_rows.values():
        assert (ROOT / "vc" / "contexts" / file).is_file()


def _encoded_list(set_indexes: set[int], size_bits: int = 131072) -> str:
    """Bitstring Status List v1.0 §3.1: bit 0 is the leftmost bit, GZIP, multibase base64url."""
    bits = bytearray(size_bits // 8)
    for i in set_indexes:
        bits[i // 8] |= 0x80 >> (i % 8)
    packed = base64.urlsafe_b64encode(gzip.compress(bytes(bits))).rstrip(b"=")
    return "u" + packed.decode("ascii")


def test_bitstring_status_list_is_read_by_the_js_library() -> None:
    list_url = "https://certinum.example/status/1"
    status_list = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": list_url,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": W3C_DID,
        "validFrom": "2024-01-01T00:00:00Z",
        "credentialSubject": {
            "id": f"{list_url}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": _encoded_list({5}),
        },
    }
    to_sign = [status_list]
    for index in (5, 6):
        credential = _small_vc(W3C_DID)
        credential["credentialStatus"] = {
            "id": f"{list_url}#{index}",
            "type": "BitstringStatusListEntry",
            "statusPurpose": "revocation",
            "statusListIndex": str(index),
            "statusListCredential": list_url,
        }
        to_sign.append(credential)
    signed_list, revoked, valid = (
        out["signed"]
        for out in run_js_batch(
            "sign.mjs", [{"credential": c, "key": _sign_key()} for c in to_sign]
        )
    )
    documents = {list_url: signed_list}
    checked_5, checked_6, unchecked = run_js_batch(
        "verify.mjs",
        [
            {"credential": revoked, "checkStatus": True, "documents": documents},
            {"credential": valid, "checkStatus": True, "documents": documents},
            # unchecked status: the library needs no list, and says so
            {"credential": revoked},
        ],
    )
    for out in (checked_5, checked_6):
        assert out["verified"] is True, out["errors"]
        assert out["statusChecked"] is True
    assert checked_5["statuses"] == [
        {"statusPurpose": "revocation", "statusListIndex": "5", "set": True}
    ]
    assert checked_6["statuses"] == [
        {"statusPurpose": "revocation", "statusListIndex": "6", "set": False}
    ]
    assert unchecked["verified"] is True
    assert unchecked["statusChecked"] is False
    assert unchecked["statuses"] == []


def test_harness_errors_raise() -> None:
    with pytest.raises(JsHarnessError, match="credential"):
        run_js("verify.mjs", {})
    with pytest.raises(JsHarnessError, match="bundled context"):
        run_js(
            "verify.mjs",
            {"credential": _small_vc(W3C_DID), "documents": {"https://www.w3.org/ns/did/v1": {}}},
        )
    with pytest.raises(JsHarnessError, match="no such interop script"):
        run_js("../nodejs.py", {})


def test_bench_reports_medians_for_distinct_credentials() -> None:
    credentials = []
    for i in range(3):
        c = _small_vc(W3C_DID)
        c["id"] = f"urn:uuid:0e7f4a56-3d1f-4c2e-9a51-2d6b0b7c9f1{i}"
        credentials.append(c)
    out = run_js(
        "bench.mjs",
        {"credentials": credentials, "key": _sign_key(), "warmup": 1},
    )
    assert out["n"] == 3
    assert out["all_verified"] is True
    assert out["sign_ms_median"] > 0
    assert out["verify_ms_median"] > 0
