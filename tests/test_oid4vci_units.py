"""The pure OpenID4VCI code of ``wallet_export``: proof checks, request parsing, codes, errors.

No database: each function gets its clock and randomness as arguments.
"""

from __future__ import annotations

import base64
import json
import random
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from nacl.signing import SigningKey

from keys.did_jwk import did_jwk_from_jwk
from keys.did_key import did_key_from_public_key
from wallet_export.oid4vci_errors import OAuthError, ascii_description
from wallet_export.oid4vci_metadata import CONFIGURATION_ID, issuer_metadata
from wallet_export.oid4vci_offer import (
    PRE_AUTHORIZED_GRANT,
    bearer_token,
    credential_offer,
    new_secret,
    new_tx_code,
    offer_uri,
    parse_credential_request,
    parse_token_request,
    tx_code_hash,
)
from wallet_export.oid4vci_proof import MAX_PROOF_CHARS, check_proof

AUD = "https://certinum.example"
NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)
KEY = SigningKey(bytes(range(32)))
PUBLIC = bytes(KEY.verify_key)
DID = did_key_from_public_key(PUBLIC)
KID = f"{DID}#{DID.removeprefix('did:key:')}"
JWK = {"kty": "OKP", "crv": "Ed25519", "x": base64.urlsafe_b64encode(PUBLIC).rstrip(b"=").decode()}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _jwt(header: dict[str, Any], payload: dict[str, Any], raw_header: str | None = None) -> str:
    head = _b64((raw_header or json.dumps(header)).encode())
    body = _b64(json.dumps(payload).encode())
    return f"{head}.{body}.{_b64(KEY.sign(f'{head}.{body}'.encode()).signature)}"


def _proof(**header: Any) -> str:
    base = {"typ": "openid4vci-proof+jwt", "alg": "EdDSA", "kid": KID}
    base.update(header)
    return _jwt({k: v for k, v in base.items() if v is not None},
                {"aud": AUD, "iat": int(NOW.timestamp()), "nonce": "n-1"})  # fmt: skip


def _refused(token: object, error: str = "invalid_proof") -> str:
    with pytest.raises(OAuthError) as caught:
        check_proof(token, audience=AUD, now=NOW)
    assert caught.value.error == error
    return caught.value.description


def test_a_proof_binds_to_its_key_as_did_key_or_did_jwk() -> None:
    assert check_proof(_proof(), audience=AUD, now=NOW).holder == DID
    assert check_proof(_proof(), audience=AUD, now=NOW).nonce == "n-1"
    bare = check_proof(_proof(kid=None, jwk=JWK), audience=AUD, now=NOW)
    assert bare.holder == did_jwk_from_jwk(JWK)
    as_did_jwk = _proof(kid=f"{bare.holder}#0")
    assert check_proof(as_did_jwk, audience=AUD, now=NOW).holder == bare.holder
    late = NOW + timedelta(minutes=9)  # within the proof's lifetime
    assert check_proof(_proof(alg="Ed25519"), audience=AUD, now=late).holder == DID


def test_defective_proofs_are_refused_with_the_reason() -> None:
    assert "x5c" in _refused(_proof(kid=None, x5c=["MIIB"]))
    assert "exactly one" in _refused(_proof(kid=None))
    assert "private" in _refused(_proof(kid=None, jwk={**JWK, "d": JWK["x"]}))
    assert "names its key" in _refused(_proof(kid=DID))
    assert "names its key" in _refused(_proof(kid=f"{did_jwk_from_jwk(JWK)}#1"))
    assert "did:key or did:jwk" in _refused(_proof(kid="did:web:example.org#key-1"))
    assert "critical" in _refused(_proof(crit=["b64"]))
    other = did_key_from_public_key(bytes(SigningKey(bytes(32)).verify_key))
    assert "signature" in _refused(_proof(kid=f"{other}#{other.removeprefix('did:key:')}"))
    duplicate = '{"typ": "openid4vci-proof+jwt", "alg": "EdDSA", "alg": "none", "kid": "x"}'
    assert "JSON" in _refused(_jwt({}, {"aud": AUD}, raw_header=duplicate))
    for token in (None, "", "a.b", "a.b.c.d", "x" * (MAX_PROOF_CHARS + 1), "!!.e30.AA"):
        _refused(token)
    # the lifetime: 10 minutes back, 2 minutes ahead; the audience compared as a string
    for now, audience in ((NOW + timedelta(minutes=11), AUD), (NOW - timedelta(minutes=3), AUD),
                          (NOW, AUD + "/")):  # fmt: skip
        with pytest.raises(OAuthError) as caught:
            check_proof(_proof(), audience=audience, now=now)
        assert caught.value.error == "invalid_proof"


def test_token_requests() -> None:
    got = parse_token_request(
        {"grant_type": [PRE_AUTHORIZED_GRANT], "pre-authorized_code": ["c"], "x": ["1", "2"]}
    )
    assert (got.pre_authorized_code, got.tx_code) == ("c", None)
    cases = [
        ({}, "invalid_request"),
        ({"grant_type": ["authorization_code"], "code": ["c"]}, "unsupported_grant_type"),
        ({"grant_type": [PRE_AUTHORIZED_GRANT]}, "invalid_request"),
        ({"grant_type": [PRE_AUTHORIZED_GRANT, PRE_AUTHORIZED_GRANT]}, "invalid_request"),
        (
            {"grant_type": [PRE_AUTHORIZED_GRANT], "pre-authorized_code": ["c" * 600]},
            "invalid_request",
        ),
    ]
    for form, error in cases:
        with pytest.raises(OAuthError) as caught:
            parse_token_request(form)
        assert caught.value.error == error
    assert bearer_token("Bearer abc") == "abc" and bearer_token("bearer  abc ") == "abc"
    assert bearer_token("Basic abc") is None and bearer_token("Bearer ") is None


def test_credential_requests() -> None:
    known = {CONFIGURATION_ID}
    ok = {"credential_configuration_id": CONFIGURATION_ID, "proofs": {"jwt": ["p"]}, "z": 1}
    assert parse_credential_request(ok, known).proofs == ("p",)
    cases: list[tuple[object, str]] = [
        ([], "invalid_credential_request"),
        ({"credential_identifier": "x"}, "unknown_credential_identifier"),
        ({**ok, "credential_identifier": "x"}, "invalid_credential_request"),
        ({"proofs": ok["proofs"]}, "invalid_credential_request"),
        ({**ok, "credential_configuration_id": "Other"}, "unknown_credential_configuration"),
        ({**ok, "credential_response_encryption": {}}, "invalid_encryption_parameters"),
        ({"credential_configuration_id": CONFIGURATION_ID}, "invalid_proof"),
        ({**ok, "proofs": {"jwt": ["a"], "di_vp": []}}, "invalid_credential_request"),
        ({**ok, "proofs": {"attestation": ["a"]}}, "invalid_proof"),
        ({**ok, "proofs": {"jwt": []}}, "invalid_credential_request"),
        ({**ok, "proofs": {"jwt": ["a", "b"]}}, "invalid_credential_request"),
        ({**ok, "proofs": {"jwt": [1]}}, "invalid_proof"),
    ]
    for body, error in cases:
        with pytest.raises(OAuthError) as caught:
            parse_credential_request(body, known)
        assert caught.value.error == error, body


def test_codes_offers_and_errors() -> None:
    rng = random.Random(5)
    draw = rng.randbytes
    secret = new_secret(draw)
    assert len(base64.urlsafe_b64decode(secret + "=")) == 32
    digits = Counter("".join(new_tx_code(draw) for _ in range(2000)))
    assert set(digits) == set("0123456789")
    assert max(digits.values()) / min(digits.values()) < 1.3  # about uniform
    assert new_tx_code(lambda n: bytes([255, 7] * n)) == "777777"  # 250-255 drawn again
    assert tx_code_hash("a", "123456") != tx_code_hash("b", "123456")
    offer = credential_offer(AUD, CONFIGURATION_ID, "code", tx_code_length=6)
    grant = offer["grants"][PRE_AUTHORIZED_GRANT]
    assert grant == {
        "pre-authorized_code": "code",
        "tx_code": {"input_mode": "numeric", "length": 6},
    }
    bare = credential_offer(AUD, CONFIGURATION_ID, "code", tx_code_length=None)
    assert "tx_code" not in bare["grants"][PRE_AUTHORIZED_GRANT]
    assert offer_uri("https://a.example/o/1?x=1") == (
        "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fa.example%2Fo%2F1%3Fx%3D1"
    )
    assert ascii_description('é "q" \\ ok') == "? ?q? ? ok"
    with pytest.raises(ValueError, match="not an OAuth"):
        OAuthError("made_up", "x")
    meta = issuer_metadata(AUD + "/", "Certinum")
    assert meta["credential_issuer"] == AUD
    assert "credential_metadata" in meta["credential_configurations_supported"][CONFIGURATION_ID]
