"""did:web derivation, did:key and did:jwk resolution, JWK ⇄ Multikey, the resolver."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import nacl.signing
import pytest
from nacl.pwhash import argon2id

from keys import (
    Argon2Limits,
    InvalidDid,
    InvalidDidDocument,
    InvalidJwk,
    InvalidPublicKey,
    Keyring,
    Passphrase,
    UnsupportedDidMethod,
    UnsupportedKeyType,
    UntrustedController,
    VerificationMethodNotFound,
    VerificationMethodResolver,
    did_jwk_from_jwk,
    did_key_from_multikey,
    did_key_from_public_key,
    did_web_document_path,
    did_web_document_url,
    did_web_from_base_url,
    jwk_to_multikey,
    multikey_from_public_key,
    multikey_to_jwk,
    public_key_from_jwk,
    public_key_from_multikey,
    resolve_did_jwk,
    resolve_did_key,
    resolve_verification_method,
    verify_signature,
)
from keys.multibase import multibase_b58_encode

CONFORMANCE = Path(__file__).resolve().parent / "conformance"
OB3 = CONFORMANCE / "ob3-1edtech"
W3C_KEY = CONFORMANCE / "vc-di-eddsa" / "TestVectors" / "keyPair.json"

# did:key spec example and the JWK x of the same key (did:key spec, JsonWebKey2020 example).
SPEC_DID_KEY = "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"
SPEC_MULTIKEY = SPEC_DID_KEY.removeprefix("did:key:")
SPEC_JWK_X = "Lm_M42cB3HkUiODQsXRcweM6TByfzEHGO9ND274JcOY"
# RFC 8037 Appendix A.1/A.2: Ed25519 private key d and public key x.
RFC8037_D = "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A"
RFC8037_X = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"
# did:jwk spec example (an X25519 encryption key).
SPEC_DID_JWK_X25519 = (
    "did:jwk:eyJrdHkiOiJPS1AiLCJjcnYiOiJYMjU1MTkiLCJ1c2UiOiJlbmMiLCJ4IjoiM3A3YmZYdDl3YlRUVzJI"
    "QzdPUTFOei1EUThoYmVHZE5yZngtRkctSUswOCJ9"
)


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def b64url_decode(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


# -- did:web --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("base_url", "did"),
    [
        ("http://localhost:8000", "did:web:localhost%3A8000"),
        ("http://localhost:8000/", "did:web:localhost%3A8000"),
        ("https://certinum.example", "did:web:certinum.example"),
        ("https://certinum.example:443/", "did:web:certinum.example"),
        ("http://certinum.example:80", "did:web:certinum.example"),
        ("https://Certinum.EXAMPLE:8443", "did:web:certinum.example%3A8443"),
        ("https://w3c-ccg.github.io/user/alice", "did:web:w3c-ccg.github.io:user:alice"),
        ("https://example.com:3000/org/fr/", "did:web:example.com%3A3000:org:fr"),
        ("https://example.com/a%20b/c:d", "did:web:example.com:a%20b:c%3Ad"),
        ("https://bücher.example", "did:web:xn--bcher-kva.example"),
    ],
)
def test_did_web_from_base_url(base_url: str, did: str) -> None:
    assert did_web_from_base_url(base_url) == did


@pytest.mark.parametrize(
    "base_url",
    [
        "ftp://example.com",
        "example.com",
        "https://",
        "https://user:pw@example.com",
        "https://example.com/?q=1",
        "https://example.com/#top",
        "https://127.0.0.1:8000",
        "https://[::1]:8000",
        "https://example.com//double",
        "https://example.com/a/../b",
        "https://exa_mple.com",
        "https://example.com:99999",
        "https://" + "a" * 3000 + ".com",
    ],
)
def test_did_web_refuses_unusable_base_urls(base_url: str) -> None:
    with pytest.raises(InvalidDid):
        did_web_from_base_url(base_url)


def test_did_web_document_location() -> None:
    assert did_web_document_path("did:web:localhost%3A8000") == "/.well-known/did.json"
    assert did_web_document_url("did:web:localhost%3A8000") == (
        "https://localhost:8000/.well-known/did.json"
    )
    assert did_web_document_url("did:web:w3c-ccg.github.io:user:alice") == (
        "https://w3c-ccg.github.io/user/alice/did.json"
    )
    assert did_web_document_path("did:web:example.com%3A3000:org:fr") == "/org/fr/did.json"
    with pytest.raises(InvalidDid):
        did_web_document_path("did:key:" + SPEC_MULTIKEY)


# -- Multikey and JWK -----------------------------------------------------------------------


def test_spec_did_key_matches_its_published_jwk() -> None:
    jwk = {"kty": "OKP", "crv": "Ed25519", "x": SPEC_JWK_X}
    assert jwk_to_multikey(jwk) == SPEC_MULTIKEY
    assert multikey_to_jwk(SPEC_MULTIKEY) == {"crv": "Ed25519", "kty": "OKP", "x": SPEC_JWK_X}
    assert did_key_from_public_key(b64url_decode(SPEC_JWK_X)) == SPEC_DID_KEY


def test_rfc8037_key_pair_through_jwk_and_multikey() -> None:
    public = bytes(nacl.signing.SigningKey(b64url_decode(RFC8037_D)).verify_key)
    assert b64url(public) == RFC8037_X
    multikey = jwk_to_multikey({"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X})
    assert public_key_from_multikey(multikey) == public
    assert multikey_to_jwk(multikey)["x"] == RFC8037_X


def test_vector_key_pairs_convert_both_ways() -> None:
    ob3 = json.loads((OB3 / "keyPair.json").read_text())
    assert public_key_from_multikey(ob3["publicKeyMultibase"]).hex() == ob3["publicKeyHex"]
    jwk = multikey_to_jwk(ob3["publicKeyMultibase"])
    assert public_key_from_jwk(jwk).hex() == ob3["publicKeyHex"]
    w3c = json.loads(W3C_KEY.read_text())
    assert jwk_to_multikey(multikey_to_jwk(w3c["publicKeyMultibase"])) == w3c["publicKeyMultibase"]


@pytest.mark.parametrize(
    ("jwk", "error"),
    [
        ({"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X, "d": RFC8037_D}, InvalidJwk),
        ({"kty": "OKP", "crv": "X25519", "x": RFC8037_X}, UnsupportedKeyType),
        ({"kty": "EC", "crv": "P-256", "x": RFC8037_X, "y": RFC8037_X}, UnsupportedKeyType),
        ({"kty": "OKP", "crv": "Ed25519"}, InvalidJwk),
        ({"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X + "="}, InvalidJwk),
        ({"kty": "OKP", "crv": "Ed25519", "x": b64url(b"\x00" * 31)}, InvalidJwk),
        ({"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X, "use": "enc"}, InvalidJwk),
    ],
)
def test_bad_jwks_are_refused(jwk: dict[str, str], error: type[Exception]) -> None:
    with pytest.raises(error):
        jwk_to_multikey(jwk)


def test_invalid_curve_points_and_other_key_types_are_refused() -> None:
    identity = b"\x01" + b"\x00" * 31  # the neutral element: small order
    with pytest.raises(InvalidPublicKey):
        public_key_from_multikey(multibase_b58_encode(b"\xed\x01" + identity))
    with pytest.raises(InvalidPublicKey):
        multikey_from_public_key(identity)
    x25519 = multibase_b58_encode(b"\xec\x01" + b"\x09" * 32)
    assert x25519.startswith("z6LS")
    with pytest.raises(UnsupportedKeyType):
        public_key_from_multikey(x25519)
    assert not verify_signature(identity, b"m", b"\x00" * 64)


# -- did:key --------------------------------------------------------------------------------


def test_resolve_spec_did_key() -> None:
    vm = f"{SPEC_DID_KEY}#{SPEC_MULTIKEY}"
    document = resolve_did_key(SPEC_DID_KEY)
    assert document == {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": SPEC_DID_KEY,
        "verificationMethod": [
            {
                "id": vm,
                "type": "Multikey",
                "controller": SPEC_DID_KEY,
                "publicKeyMultibase": SPEC_MULTIKEY,
            }
        ],
        "authentication": [vm],
        "assertionMethod": [vm],
        "capabilityInvocation": [vm],
        "capabilityDelegation": [vm],
    }
    assert resolve_did_key(vm) == document
    assert did_key_from_multikey(SPEC_MULTIKEY) == SPEC_DID_KEY


@pytest.mark.parametrize(
    ("did", "error"),
    [
        (SPEC_DID_KEY + "#other", VerificationMethodNotFound),
        ("did:key:zQ3shokFTS3brHcDQrn82RUDfCZESWL1ZdCEJwekUDPQiYBme", UnsupportedKeyType),
        ("did:key:" + multibase_b58_encode(b"\x80\x24" + b"\x02" * 33), UnsupportedKeyType),
        ("did:key:" + multibase_b58_encode(b"\xed\x01" + b"\x02" * 31), InvalidDid),
        ("did:key:u" + SPEC_MULTIKEY[1:], InvalidDid),
        ("did:key:1:" + SPEC_MULTIKEY, InvalidDid),
        ("did:key:z6Mk0OIl", InvalidDid),
        ("did:web:example.com", UnsupportedDidMethod),
        ("did:key:" + "z" * 3000, InvalidDid),
        ("did:key:", InvalidDid),
        ("not a did", InvalidDid),
        (SPEC_DID_KEY + "/path#x", InvalidDid),
    ],
)
def test_did_key_errors(did: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        resolve_did_key(did)


# -- did:jwk --------------------------------------------------------------------------------


def test_did_jwk_round_trip_for_ed25519() -> None:
    jwk = {"x": RFC8037_X, "kty": "OKP", "crv": "Ed25519", "use": "sig"}
    did = did_jwk_from_jwk(jwk)
    assert json.loads(b64url_decode(did.removeprefix("did:jwk:"))) == {
        "crv": "Ed25519",
        "kty": "OKP",
        "x": RFC8037_X,
    }
    document = resolve_did_jwk(did + "#0")
    method = document["verificationMethod"][0]
    assert method == {
        "id": did + "#0",
        "type": "JsonWebKey2020",
        "controller": did,
        "publicKeyJwk": {"crv": "Ed25519", "kty": "OKP", "x": RFC8037_X},
    }
    assert document["assertionMethod"] == [did + "#0"]
    assert "keyAgreement" not in document
    resolved = resolve_verification_method(did + "#0")
    assert b64url(resolved.public_key) == RFC8037_X
    assert resolved.listed_under("assertionMethod")


def test_did_jwk_keeps_a_wallet_s_own_serialisation() -> None:
    text = json.dumps({"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X, "kid": "k1"})
    did = "did:jwk:" + b64url(text.encode())
    assert resolve_did_jwk(did)["verificationMethod"][0]["publicKeyJwk"]["kid"] == "k1"


@pytest.mark.parametrize(
    ("did", "error"),
    [
        (SPEC_DID_JWK_X25519, UnsupportedKeyType),
        (
            "did:jwk:"
            + b64url(
                json.dumps(
                    {"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X, "d": RFC8037_D}
                ).encode()
            ),
            InvalidJwk,
        ),
        ("did:jwk:" + b64url(b'{"kty":"OKP","kty":"OKP","crv":"Ed25519"}'), InvalidDid),
        ("did:jwk:" + b64url(b"[1, 2]"), InvalidDid),
        ("did:jwk:" + b64url(b"\xff\xfe"), InvalidDid),
        (
            "did:jwk:"
            + b64url(json.dumps({"kty": "OKP", "crv": "Ed25519", "x": RFC8037_X}).encode())
            + "#1",
            VerificationMethodNotFound,
        ),
    ],
)
def test_did_jwk_errors(did: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        resolve_did_jwk(did)


# -- the resolver ---------------------------------------------------------------------------


def test_resolver_with_the_service_keyring(tmp_path: Path) -> None:
    did = did_web_from_base_url("http://localhost:8000")
    limits = Argon2Limits(argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN)
    secret = Passphrase("pw", limits=limits)
    ring = Keyring(tmp_path / "keys", controller_did=did)
    t0 = datetime(2025, 1, 1, tzinfo=UTC)
    first = ring.create_initial_key(secret, t0)
    with ring.signer(secret) as signer:
        signature = signer.sign(b"data")
        first_vm = signer.verification_method
    second = ring.rotate(secret, t0 + timedelta(days=1)).active
    resolver = VerificationMethodResolver({did: ring.did_document()})

    old = resolver.resolve(first_vm)
    assert old.controller == did
    assert old.public_key == first.public_key
    assert old.relationships == frozenset({"assertionMethod"})
    assert verify_signature(old.public_key, b"data", signature)
    new = resolver.resolve(second.verification_method(did))
    assert new.relationships == frozenset({"assertionMethod", "authentication"})
    assert new.public_key_multibase == second.public_key_multibase

    ring.revoke(first.key_id, compromised_since=t0, now=t0 + timedelta(days=2))
    with pytest.raises(VerificationMethodNotFound):
        VerificationMethodResolver({did: ring.did_document()}).resolve(first_vm)
    with pytest.raises(UntrustedController):
        VerificationMethodResolver().resolve(first_vm)


def test_resolver_with_the_1edtech_https_controller_document() -> None:
    pair = json.loads((OB3 / "keyPair.json").read_text())
    document = json.loads((OB3 / "controller-document.LOCAL-FIXTURE.json").read_text())
    resolved = resolve_verification_method(
        pair["verificationMethod"], {pair["controller"]: document}
    )
    assert resolved.public_key.hex() == pair["publicKeyHex"]
    assert resolved.controller == pair["controller"]
    assert resolved.relationships == frozenset({"assertionMethod"})
    with pytest.raises(UntrustedController):
        resolve_verification_method(pair["verificationMethod"])


def _document(did: str, **changes: object) -> dict[str, object]:
    method = {
        "id": "#key-1",
        "type": "Multikey",
        "controller": did,
        "publicKeyMultibase": SPEC_MULTIKEY,
    }
    document: dict[str, object] = {
        "id": did,
        "verificationMethod": [method],
        "assertionMethod": ["#key-1"],
    }
    document.update(changes)
    return document


def test_resolver_document_variants() -> None:
    did = "did:web:issuer.example"
    relative = resolve_verification_method(f"{did}#key-1", {did: _document(did)})
    assert relative.public_key == b64url_decode(SPEC_JWK_X)
    assert relative.relationships == frozenset({"assertionMethod"})

    embedded = _document(
        did,
        verificationMethod=[],
        authentication=[
            {
                "id": f"{did}#jwk",
                "type": "JsonWebKey2020",
                "controller": did,
                "publicKeyJwk": {"kty": "OKP", "crv": "Ed25519", "x": SPEC_JWK_X},
            }
        ],
    )
    found = resolve_verification_method(f"{did}#jwk", {did: embedded})
    assert found.relationships == frozenset({"authentication"})
    assert found.public_key_multibase == SPEC_MULTIKEY


@pytest.mark.parametrize(
    ("document", "error"),
    [
        (_document("did:web:other.example"), InvalidDidDocument),
        (
            _document(
                "did:web:issuer.example",
                verificationMethod=[
                    {
                        "id": "#key-1",
                        "type": "Multikey",
                        "controller": "did:web:attacker.example",
                        "publicKeyMultibase": SPEC_MULTIKEY,
                    }
                ],
            ),
            InvalidDidDocument,
        ),
        (
            _document(
                "did:web:issuer.example",
                verificationMethod=[
                    {
                        "id": "#key-1",
                        "type": "EcdsaSecp256k1VerificationKey2019",
                        "controller": "did:web:issuer.example",
                        "publicKeyHex": "02" + "11" * 32,
                    }
                ],
            ),
            UnsupportedKeyType,
        ),
        (_document("did:web:issuer.example", verificationMethod=[]), VerificationMethodNotFound),
        (_document("did:web:issuer.example", verificationMethod="x"), InvalidDidDocument),
    ],
)
def test_resolver_rejects_inconsistent_documents(
    document: dict[str, object], error: type[Exception]
) -> None:
    did = "did:web:issuer.example"
    with pytest.raises(error):
        resolve_verification_method(f"{did}#key-1", {did: document})


@pytest.mark.parametrize(
    ("method_id", "error"),
    [
        ("did:example:123#key", UnsupportedDidMethod),
        ("did:web:unknown.example#key", UntrustedController),
        ("https://unknown.example/issuer#key", UntrustedController),
        ("http://insecure.example/issuer#key", InvalidDid),
        ("did:web:issuer.example", InvalidDid),
        ("did:key:" + SPEC_MULTIKEY + "#" + "x" * 3000, InvalidDid),
    ],
)
def test_resolver_refusals(method_id: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        resolve_verification_method(method_id)


def test_did_key_through_the_resolver() -> None:
    resolved = resolve_verification_method(f"{SPEC_DID_KEY}#{SPEC_MULTIKEY}")
    assert resolved.controller == SPEC_DID_KEY
    assert resolved.type == "Multikey"
    assert resolved.relationships == frozenset(
        {"authentication", "assertionMethod", "capabilityInvocation", "capabilityDelegation"}
    )


def test_a_bare_did_key_names_its_only_key() -> None:
    """did:key §3.1.2: ``did:key:z6Mk…`` without a fragment is the method ``…#z6Mk…``."""
    bare = resolve_verification_method(SPEC_DID_KEY)
    assert bare == resolve_verification_method(f"{SPEC_DID_KEY}#{SPEC_MULTIKEY}")
    assert bare.id == f"{SPEC_DID_KEY}#{SPEC_MULTIKEY}"
