"""The ``status`` check reads revocation, suspension and message entries of any issuer.

W3C Bitstring Status List v1.0 §2.1 (entries, ``statusSize``, ``statusMessage``,
``statusReference``) and §3.2 (validate): a did:key issuer publishes one list holding the
three purposes; the credential carries one entry of each.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import pytest
from certificates import certificate
from nacl.signing import SigningKey

from keys import multikey_from_public_key, signer_from_seed
from keys.did_key import did_key_from_public_key
from vc.bitstring import MIN_ENTRIES, encode_list, set_bit
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader
from verifier.resolution import key_resolver
from verifier.verify import VerificationResult, VerifyOptions, verify_credential

SEED = bytes(range(1, 33))
NOW = datetime(2026, 7, 1, tzinfo=UTC)
LIST_URL = "https://lists.example/status/7"
REVOCATION_INDEX, SUSPENSION_INDEX, MESSAGE_INDEX = 11, 12, 40  # message: 2 bits at 80, 81
MESSAGES = [
    {"status": "0x0", "message": "pending_review"},
    {"status": "0x1", "message": "accepted"},
    {"status": "0x2", "message": "rejected"},
    {"status": "0x3", "message": "undefined"},
]
LOADER = DocumentLoader()


def _sign(doc: dict[str, Any]) -> dict[str, Any]:
    public = bytes(SigningKey(SEED).verify_key)
    vm = f"{did_key_from_public_key(public)}#{multikey_from_public_key(public)}"
    with signer_from_seed(SEED, vm) as signer:
        return create_proof(
            doc, sign=signer.sign, verification_method=vm, created=NOW, loader=LOADER
        )


def _did() -> str:
    return did_key_from_public_key(bytes(SigningKey(SEED).verify_key))


def _entry(purpose: str, index: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"{LIST_URL}#{index}",
        "type": "BitstringStatusListEntry",
        "statusPurpose": purpose,
        "statusListIndex": str(index),
        "statusListCredential": LIST_URL,
        **extra,
    }


def _status_list(*, revoked: bool = False, suspended: bool = False, message: int = 0) -> Any:
    bits = bytearray(MIN_ENTRIES * 2 // 8)
    if revoked:
        set_bit(bits, REVOCATION_INDEX)
    if suspended:
        set_bit(bits, SUSPENSION_INDEX)
    for offset in range(2):  # the 2-bit value at entry 40, most significant bit first
        if message >> (1 - offset) & 1:
            set_bit(bits, MESSAGE_INDEX * 2 + offset)
    return _sign(
        {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": LIST_URL,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": _did(),
            "validFrom": "2026-01-01T00:00:00Z",
            "credentialSubject": {
                "id": f"{LIST_URL}#list",
                "type": "BitstringStatusList",
                "statusPurpose": ["revocation", "suspension", "message"],
                "encodedList": encode_list(bits),
            },
        }
    )


def _credential() -> dict[str, Any]:
    """A plain VC 2.0 credential: Open Badges 3.0 allows a single ``credentialStatus``."""
    doc: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": "urn:uuid:2f1a3b7c-0d4e-4f5a-8b6c-7d8e9f0a1b2c",
        "type": ["VerifiableCredential"],
        "issuer": _did(),
        "validFrom": "2026-01-01T00:00:00Z",
        "credentialSubject": {"id": "did:example:holder"},
    }
    doc["credentialStatus"] = [
        _entry("revocation", REVOCATION_INDEX),
        _entry("suspension", SUSPENSION_INDEX),
        _entry(
            "message",
            MESSAGE_INDEX,
            statusSize=2,
            statusMessage=MESSAGES,
            statusReference="https://lists.example/messages",
        ),
    ]
    return _sign(doc)


def _verify(status_list: Mapping[str, Any]) -> VerificationResult:
    opts = VerifyOptions(
        loader=LOADER,
        resolve_key=key_resolver(),
        now=NOW,
        status_list_for=lambda url: status_list if url == LIST_URL else None,
    )
    return verify_credential(_credential(), opts)


def test_all_clear_passes_and_reports_the_message() -> None:
    result = _verify(_status_list())
    assert result.verified, result.failed_checks
    status = result.check("status")
    assert status.status == "passed"
    assert "message: pending_review (see https://lists.example/messages)" in status.message


def test_a_set_revocation_bit_fails_as_revoked() -> None:
    result = _verify(_status_list(revoked=True))
    assert not result.verified and result.revoked
    assert result.check("status").code == "REVOKED"


def test_a_set_suspension_bit_fails_as_suspended() -> None:
    result = _verify(_status_list(suspended=True))
    assert not result.verified and not result.revoked
    assert result.check("status").code == "SUSPENDED"


@pytest.mark.parametrize(("value", "message"), [(1, "accepted"), (2, "rejected")])
def test_a_message_value_is_reported_and_does_not_fail_by_itself(value: int, message: str) -> None:
    result = _verify(_status_list(message=value))
    assert result.verified
    assert f"message: {message}" in result.check("status").message


def test_a_malformed_status_reference_is_not_verified() -> None:
    doc = certificate(_did(), "https://issuer.example")
    doc["credentialStatus"] = _entry("revocation", REVOCATION_INDEX, statusReference=42)
    opts = VerifyOptions(
        loader=LOADER,
        resolve_key=key_resolver(),
        now=NOW,
        status_list_for=lambda url: _status_list(),
    )
    result = verify_credential(_sign(doc), opts)
    assert not result.verified
    assert result.check("status").code == "MALFORMED_VALUE_ERROR"
