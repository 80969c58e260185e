"""The correct credential the failure-code tests start from, its keys, DID documents and
status list, and the helpers that change, sign and verify it (tests/test_failure_codes.py)."""

from __future__ import annotations

import base64
import copy
import gzip
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from nacl.signing import SigningKey

from assessment.framework import COMPETENCE_CODES
from issuer.openbadge import (
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
)
from issuer.status_list import StatusEntry, build_status_list_credential
from keys import multikey_from_public_key, signer_from_seed
from vc.bitstring import MIN_ENTRIES, encode_list
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader, Limits
from vc.jsonld._expand import DEFAULT_LIMITS
from verifier.resolution import KeyResolver, key_resolver
from verifier.verify import CHECK_NAMES, VerificationResult, VerifyOptions, verify_credential

ISSUER = "did:web:issuer.example"
OTHER = "did:web:other.example"
ISSUER_SEED = bytes(range(32))
OTHER_SEED = bytes(range(32, 64))
BASE_URL = "https://issuer.example"
LIST_URL = f"{BASE_URL}/status/1"
INDEX = 94567
ISSUED = datetime(2026, 6, 12, 8, 0, tzinfo=UTC)
NOW = datetime(2026, 7, 1, 12, 0, tzinfo=UTC)
LOADER = DocumentLoader()
EXAMPLES_V2 = "https://www.w3.org/ns/credentials/examples/v2"

#: The checks a failure stops: verification returns before running them.
NOT_REACHED: dict[str, frozenset[str]] = {
    "well_formed": frozenset(CHECK_NAMES) - {"well_formed"},
    "contexts_allowed": frozenset(
        {"proof", "assertion_method", "issuer_controls_key", "validity_period", "status"}
    ),
    "proof": frozenset({"assertion_method", "issuer_controls_key", "status"}),
}


# --- the correct credential, its keys, its list ------------------------------------------


def public_key(seed: bytes) -> bytes:
    return bytes(SigningKey(seed).verify_key)


def method_of(did: str, seed: bytes) -> str:
    return f"{did}#{multikey_from_public_key(public_key(seed))}"


def did_document_of(
    did: str, seed: bytes, relationships: tuple[str, ...] = ("assertionMethod",)
) -> dict[str, Any]:
    vm = method_of(did, seed)
    document: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {
                "id": vm,
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": multikey_from_public_key(public_key(seed)),
            }
        ],
    }
    for relationship in relationships:
        document[relationship] = [vm]
    return document


DOCUMENTS = {
    ISSUER: did_document_of(ISSUER, ISSUER_SEED),
    OTHER: did_document_of(OTHER, OTHER_SEED),
}


def unsigned_certificate() -> dict[str, Any]:
    result = CertificationResult(
        given_name="Jeanne",
        family_name="Dupont",
        birth_date=date(2009, 4, 17),
        verification_code="P-7KQ2MXRB",
        session_date=date(2026, 6, 10),
        centre=CertificationCentre("0751234J", "Lycée Voltaire"),
        global_score=412,
        competence_levels={code: i % 9 for i, code in enumerate(COMPETENCE_CODES)},
    )
    return build_certificate_credential(
        result,
        issuer=IssuerProfile(ISSUER, "Certinum", f"{BASE_URL}/"),
        base_url=BASE_URL,
        credential_id="urn:uuid:0b6f3a52-5c1e-4c0e-9a7e-2f1d7c3b9e41",
        valid_from=ISSUED,
        status=StatusEntry(LIST_URL, INDEX),
    )


def signed(
    document: Mapping[str, Any],
    *,
    seed: bytes = ISSUER_SEED,
    did: str = ISSUER,
    vm: str | None = None,
    purpose: str = "assertionMethod",
    loader: DocumentLoader = LOADER,
    limits: Limits = DEFAULT_LIMITS,
    **proof_options: Any,
) -> dict[str, Any]:
    """Sign with ``seed`` (the key of ``did``); the proof names ``vm`` when given, and carries
    ``proof_options`` (e.g. ``id``, ``previousProof``)."""
    key_id = method_of(did, seed)
    unsigned = {k: v for k, v in document.items() if k != "proof"}
    with signer_from_seed(seed, key_id) as signer:
        return create_proof(
            unsigned,
            sign=signer.sign,
            verification_method=vm or key_id,
            created=ISSUED,
            proof_purpose=purpose,
            loader=loader,
            limits=limits,
            extra_options=proof_options or None,
        )


def encoded_list(revoked: tuple[int, ...] = (), entries: int = MIN_ENTRIES) -> str:
    bits = bytearray(entries // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    if entries >= MIN_ENTRIES:
        return encode_list(bytes(bits))
    # Shorter than the spec allows: written by hand, as encode_list refuses it.
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def list_credential(
    *,
    encoded: str | None = None,
    issuer: str = ISSUER,
    seed: bytes = ISSUER_SEED,
    purpose: str = "revocation",
) -> dict[str, Any]:
    unsigned = build_status_list_credential(
        list_url=LIST_URL,
        issuer=issuer,
        encoded_list=encoded_list(),
        valid_from=ISSUED,
        purpose=purpose,
    )
    if encoded is not None:
        unsigned["credentialSubject"]["encodedList"] = encoded
    return signed(unsigned, seed=seed, did=issuer)


def verify(
    document: object,
    *,
    status_list: Mapping[str, Any] | None = None,
    resolve_key: KeyResolver | None = None,
    lists: Callable[[str], Mapping[str, Any] | None] | None = None,
    loader: DocumentLoader = LOADER,
) -> VerificationResult:
    the_list = status_list if status_list is not None else list_credential()
    return verify_credential(
        document,
        VerifyOptions(
            loader=loader,
            resolve_key=resolve_key or key_resolver(DOCUMENTS),
            now=NOW,
            trusted_issuers=frozenset({ISSUER}),
            status_list_for=lists or {LIST_URL: the_list}.get,
        ),
    )


def assert_only(result: VerificationResult, check: str, code: str) -> None:
    """``check`` failed with ``code``; every other check passed or was not reached."""
    failed = result.check(check)
    assert (failed.status, failed.code) == ("failed", code), failed
    assert not result.verified
    for other in result.checks:
        if other.name == check:
            continue
        if other.name in NOT_REACHED.get(check, frozenset()):
            assert (other.status, other.message) == ("skipped", "not reached"), other
        else:
            assert other.status == "passed", other


CORRECT = signed(unsigned_certificate())


def changed(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """The correct credential with ``change`` applied, not signed again."""
    document = copy.deepcopy(CORRECT)
    change(document)
    return document


def resigned(change: Callable[[dict[str, Any]], None], **sign: Any) -> dict[str, Any]:
    """The correct credential with ``change`` applied, then signed again."""
    document = unsigned_certificate()
    change(document)
    return signed(document, **sign)
