"""Each failure code of ``verify_credential``, caused by exactly the fault it names.

Every test starts from one correct certificate credential (OB 3.0, a status entry, signed
with a test key by a did:web issuer whose document the verifier is given) and its correct
status list, changes the one thing a code names, signs again where a signer can sign the
result, and asserts that code on its check and that every other check passed, or was not
reached because it needs the one that failed (``NOT_REACHED``). So no test passes because of
some other fault, such as a signature broken by the change.

Some faults are decided before the signature is checked (a malformed or unsupported proof,
JSON-LD that does not expand safely, a document over the work bounds): those documents are
changed after signing, because no correct signer signs them, and the code shows the
signature was never the reason.

Codes that ``verify_credential`` cannot return are listed in :data:`UNREACHABLE`, each with
the reason.
"""

from __future__ import annotations

import base64
import copy
import gzip
import re
from collections.abc import Callable, Mapping
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from nacl.signing import SigningKey

from assessment.framework import COMPETENCE_CODES
from issuer.openbadge import (
    CertificationCentre,
    CertificationResult,
    IssuerProfile,
    build_certificate_credential,
)
from issuer.status_list import StatusEntry, build_status_list_credential
from keys import ResolvedVerificationMethod, multikey_from_public_key, signer_from_seed
from vc.bitstring import MIN_ENTRIES, StatusErrorCode, encode_list
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader, Limits
from vc.jsonld._expand import DEFAULT_LIMITS
from vc.timestamps import format_datetime_stamp
from verifier import resolution
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

#: Codes in verifier/verify.py that no document can produce, and why.
UNREACHABLE = {
    "PROOF_INVALID": "the fallback when a failed proof has no code; every failure has one",
    "UNRESOLVED": "a verified proof always names a method that was resolved",
}


# --- the correct credential, its keys, its list ------------------------------------------


def _public(seed: bytes) -> bytes:
    return bytes(SigningKey(seed).verify_key)


def _method(did: str, seed: bytes) -> str:
    return f"{did}#{multikey_from_public_key(_public(seed))}"


def _did_document(
    did: str, seed: bytes, relationships: tuple[str, ...] = ("assertionMethod",)
) -> dict[str, Any]:
    vm = _method(did, seed)
    document: dict[str, Any] = {
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": [
            {
                "id": vm,
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": multikey_from_public_key(_public(seed)),
            }
        ],
    }
    for relationship in relationships:
        document[relationship] = [vm]
    return document


DOCUMENTS = {ISSUER: _did_document(ISSUER, ISSUER_SEED), OTHER: _did_document(OTHER, OTHER_SEED)}


def _unsigned() -> dict[str, Any]:
    result = CertificationResult(
        given_name="Jeanne",
        family_name="Dupont",
        birth_date=date(2009, 4, 17),
        verification_code="P-7KQ2MXRB",
        session_date=date(2026, 6, 10),
        centre=CertificationCentre("0751234A", "Lycée Voltaire"),
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


def _sign(
    document: Mapping[str, Any],
    *,
    seed: bytes = ISSUER_SEED,
    did: str = ISSUER,
    vm: str | None = None,
    purpose: str = "assertionMethod",
    loader: DocumentLoader = LOADER,
    limits: Limits = DEFAULT_LIMITS,
) -> dict[str, Any]:
    """Sign with ``seed`` (the key of ``did``); the proof names ``vm`` when given."""
    key_id = _method(did, seed)
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
        )


def _encoded(revoked: tuple[int, ...] = (), entries: int = MIN_ENTRIES) -> str:
    bits = bytearray(entries // 8)
    for index in revoked:
        bits[index // 8] |= 0x80 >> (index % 8)
    if entries >= MIN_ENTRIES:
        return encode_list(bytes(bits))
    # Shorter than the spec allows: written by hand, as encode_list refuses it.
    compressed = gzip.compress(bytes(bits), mtime=0)
    return "u" + base64.urlsafe_b64encode(compressed).rstrip(b"=").decode("ascii")


def _status_list(
    *,
    encoded: str | None = None,
    issuer: str = ISSUER,
    seed: bytes = ISSUER_SEED,
    purpose: str = "revocation",
) -> dict[str, Any]:
    unsigned = build_status_list_credential(
        list_url=LIST_URL,
        issuer=issuer,
        encoded_list=_encoded(),
        valid_from=ISSUED,
        purpose=purpose,
    )
    if encoded is not None:
        unsigned["credentialSubject"]["encodedList"] = encoded
    return _sign(unsigned, seed=seed, did=issuer)


def _verify(
    document: object,
    *,
    status_list: Mapping[str, Any] | None = None,
    resolve_key: KeyResolver | None = None,
    lists: Callable[[str], Mapping[str, Any] | None] | None = None,
    loader: DocumentLoader = LOADER,
) -> VerificationResult:
    the_list = status_list if status_list is not None else _status_list()
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


def _assert_only(result: VerificationResult, check: str, code: str) -> None:
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


CORRECT = _sign(_unsigned())


def _changed(change: Callable[[dict[str, Any]], None]) -> dict[str, Any]:
    """The correct credential with ``change`` applied, not signed again."""
    document = copy.deepcopy(CORRECT)
    change(document)
    return document


def _resigned(change: Callable[[dict[str, Any]], None], **sign: Any) -> dict[str, Any]:
    """The correct credential with ``change`` applied, then signed again."""
    document = _unsigned()
    change(document)
    return _sign(document, **sign)


# --- the starting point ---------------------------------------------------------------------


def test_the_correct_credential_passes_every_check() -> None:
    result = _verify(CORRECT)
    assert [c.status for c in result.checks] == ["passed"] * len(CHECK_NAMES)
    assert result.verified and result.trusted and not result.revoked


# --- well_formed, schema, contexts_allowed ------------------------------------------------


def test_malformed_valid_from_without_time_zone() -> None:
    def no_time_zone(doc: dict[str, Any]) -> None:
        doc["validFrom"] = doc["validFrom"].removesuffix("Z")

    _assert_only(_verify(_resigned(no_time_zone)), "well_formed", "MALFORMED")


def test_malformed_not_an_object() -> None:
    _assert_only(_verify([CORRECT]), "well_formed", "MALFORMED")


def test_schema_subject_without_achievement() -> None:
    def drop_achievement(doc: dict[str, Any]) -> None:
        del doc["credentialSubject"]["achievement"]

    _assert_only(_verify(_resigned(drop_achievement)), "schema", "SCHEMA")


def test_schema_ob_context_without_ob_type() -> None:
    def plain_type(doc: dict[str, Any]) -> None:
        doc["type"] = ["VerifiableCredential"]

    _assert_only(_verify(_resigned(plain_type)), "schema", "SCHEMA")


def test_context_not_allowed() -> None:
    """A context the issuer had, which the verifier does not bundle."""
    partner = "https://partner.example/contexts/v1"
    signing_loader = DocumentLoader(extra={partner: {"@context": {"@protected": True}}})

    def add_context(doc: dict[str, Any]) -> None:
        doc["@context"].append(partner)

    document = _resigned(add_context, loader=signing_loader)
    _assert_only(_verify(document), "contexts_allowed", "CONTEXT_NOT_ALLOWED")


# --- proof: resolving the verification method ---------------------------------------------


@pytest.mark.parametrize(
    ("vm", "code"),
    [
        ("urn:example:issuer#key-1", "VM_UNKNOWN_SCHEME"),
        ("did:example:issuer#key-1", "UNSUPPORTED_DID_METHOD"),
        (f"{ISSUER}#key-9", "KEY_NOT_FOUND"),
    ],
)
def test_verification_method_that_does_not_resolve(vm: str, code: str) -> None:
    _assert_only(_verify(_sign(_unsigned(), vm=vm)), "proof", code)


def test_verification_method_without_scheme() -> None:
    """Not signable (safe mode refuses a relative IRI), and refused before the signature."""

    def relative(doc: dict[str, Any]) -> None:
        doc["proof"]["verificationMethod"] = "issuer-key-1"

    _assert_only(_verify(_changed(relative)), "proof", "VM_NO_SCHEME")


def test_issuer_not_trusted() -> None:
    """The verifier holds no document for the issuer's did:web, and fetches none."""
    resolver = key_resolver({OTHER: DOCUMENTS[OTHER]})
    _assert_only(_verify(CORRECT, resolve_key=resolver), "proof", "ISSUER_NOT_TRUSTED")


def test_invalid_public_key_from_a_resolver() -> None:
    """A resolver of the caller's that returns a key of the wrong size."""
    found = key_resolver(DOCUMENTS)(_method(ISSUER, ISSUER_SEED))

    def short_key(vm: str) -> ResolvedVerificationMethod:
        return ResolvedVerificationMethod(
            vm, found.controller, found.type, found.public_key[:31], found.relationships
        )

    _assert_only(_verify(CORRECT, resolve_key=short_key), "proof", "INVALID_PUBLIC_KEY")


# --- proof: Data Integrity ------------------------------------------------------------------


def test_proof_verification_failed() -> None:
    def rename(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["name"] = "Jeanne DURAND"

    _assert_only(_verify(_changed(rename)), "proof", "PROOF_VERIFICATION_FAILED")


def test_proof_purpose_mismatch() -> None:
    document = _sign(_unsigned(), purpose="authentication")
    _assert_only(_verify(document), "proof", "PROOF_PURPOSE_MISMATCH")


def test_proof_missing() -> None:
    def empty_proof_set(doc: dict[str, Any]) -> None:
        doc["proof"] = []

    _assert_only(_verify(_changed(empty_proof_set)), "proof", "PROOF_MISSING")


def test_malformed_proof_value_of_the_wrong_size() -> None:
    def truncated(doc: dict[str, Any]) -> None:
        doc["proof"]["proofValue"] = doc["proof"]["proofValue"][:-8]

    _assert_only(_verify(_changed(truncated)), "proof", "MALFORMED_PROOF")


def test_unsupported_cryptosuite() -> None:
    def other_suite(doc: dict[str, Any]) -> None:
        doc["proof"]["cryptosuite"] = "ecdsa-rdfc-2019"

    _assert_only(_verify(_changed(other_suite)), "proof", "UNSUPPORTED_CRYPTOSUITE")


def test_proof_context_mismatch() -> None:
    def proof_context(doc: dict[str, Any]) -> None:
        doc["proof"]["@context"] = [EXAMPLES_V2]

    _assert_only(_verify(_changed(proof_context)), "proof", "PROOF_CONTEXT_MISMATCH")


def test_scoped_context_not_allowed() -> None:
    """A context URL inside the document (not at the top, where contexts_allowed looks)."""
    partner = "https://partner.example/contexts/v1"
    signing_loader = DocumentLoader(extra={partner: {"@context": {"@protected": True}}})

    def nested_context(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["source"]["@context"] = partner

    document = _resigned(nested_context, loader=signing_loader)
    _assert_only(_verify(document), "proof", "CONTEXT_NOT_ALLOWED")


def test_unsafe_jsonld_undefined_term() -> None:
    def undefined_term(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["favouriteColour"] = "blue"

    _assert_only(_verify(_changed(undefined_term)), "proof", "UNSAFE_JSONLD")


def test_invalid_jsonld() -> None:
    def bad_local_context(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["source"]["@context"] = 5

    _assert_only(_verify(_changed(bad_local_context)), "proof", "INVALID_JSONLD")


def test_document_too_large() -> None:
    """More values than the expansion limits allow (the issuer's signer allowed them)."""
    count = DEFAULT_LIMITS.max_values + 1

    def many_tags(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["achievement"]["tag"] = ["t"] * count

    document = _resigned(many_tags, limits=Limits(max_values=count * 2))
    _assert_only(_verify(document), "proof", "DOCUMENT_TOO_LARGE")


def test_canonicalization_budget_exceeded() -> None:
    """Two identical cycles of blank nodes: every node shares its first-degree hash."""
    length = 200

    def cycles(doc: dict[str, Any]) -> None:
        doc["@context"].append(EXAMPLES_V2)
        doc["credentialSubject"]["poison"] = [
            {"@id": f"_:{name}{i}", "next": {"@id": f"_:{name}{(i + 1) % length}"}}
            for name in ("a", "b")
            for i in range(length)
        ]

    _assert_only(_verify(_changed(cycles)), "proof", "CANONICALIZATION_BUDGET_EXCEEDED")


def test_canonicalization_error() -> None:
    """A literal that canonical N-Quads cannot hold (a lone surrogate)."""

    def lone_surrogate(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["name"] = "Jeanne \ud800"

    _assert_only(_verify(_changed(lone_surrogate)), "proof", "CANONICALIZATION_ERROR")


# --- assertion_method, issuer_controls_key, validity_period -------------------------------


def test_not_assertion_method() -> None:
    """The issuer lists the credential's key for authentication only; its status list is
    signed with a second key, listed under assertionMethod."""
    document = _did_document(ISSUER, ISSUER_SEED, ("authentication",))
    list_key = _did_document(ISSUER, OTHER_SEED)
    document["verificationMethod"] += list_key["verificationMethod"]
    document["assertionMethod"] = list_key["assertionMethod"]
    the_list = _sign(
        {k: v for k, v in _status_list().items() if k != "proof"}, seed=OTHER_SEED, did=ISSUER
    )
    result = _verify(CORRECT, status_list=the_list, resolve_key=key_resolver({ISSUER: document}))
    _assert_only(result, "assertion_method", "NOT_ASSERTION_METHOD")


def test_issuer_not_controller() -> None:
    """Signed with another DID's key, which that DID lists under assertionMethod."""
    document = _sign(_unsigned(), seed=OTHER_SEED, did=OTHER)
    _assert_only(_verify(document), "issuer_controls_key", "ISSUER_NOT_CONTROLLER")


def test_not_yet_valid() -> None:
    def future(doc: dict[str, Any]) -> None:
        doc["validFrom"] = format_datetime_stamp(NOW + timedelta(days=1))

    _assert_only(_verify(_resigned(future)), "validity_period", "NOT_YET_VALID")


def test_expired() -> None:
    def past(doc: dict[str, Any]) -> None:
        doc["validUntil"] = format_datetime_stamp(NOW - timedelta(days=1))

    _assert_only(_verify(_resigned(past)), "validity_period", "EXPIRED")


# --- status ---------------------------------------------------------------------------------


def test_revoked() -> None:
    result = _verify(CORRECT, status_list=_status_list(encoded=_encoded(revoked=(INDEX,))))
    _assert_only(result, "status", "REVOKED")
    assert result.revoked


def test_status_unknown() -> None:
    """The verifier cannot retrieve the list the entry names."""
    result = _verify(CORRECT, lists=lambda url: None)
    _assert_only(result, "status", "STATUS_UNKNOWN")


def test_status_malformed() -> None:
    def no_list_url(doc: dict[str, Any]) -> None:
        del doc["credentialStatus"]["statusListCredential"]

    _assert_only(_verify(_resigned(no_list_url)), "status", "STATUS_MALFORMED")


def test_status_list_invalid_another_issuer() -> None:
    """A correctly signed list, but from another issuer than the credential's."""
    other_list = _status_list(issuer=OTHER, seed=OTHER_SEED)
    _assert_only(_verify(CORRECT, status_list=other_list), "status", "STATUS_LIST_INVALID")


def test_status_list_invalid_signature() -> None:
    tampered = _status_list()
    tampered["credentialSubject"]["encodedList"] = _encoded(revoked=(1,))
    _assert_only(_verify(CORRECT, status_list=tampered), "status", "STATUS_LIST_INVALID")


def test_status_verification_error_purpose() -> None:
    """The list is for suspension; the entry asks about revocation."""
    result = _verify(CORRECT, status_list=_status_list(purpose="suspension"))
    _assert_only(result, "status", "STATUS_VERIFICATION_ERROR")


def test_status_list_length_error() -> None:
    short = _status_list(encoded=_encoded(entries=MIN_ENTRIES // 2))
    _assert_only(_verify(CORRECT, status_list=short), "status", "STATUS_LIST_LENGTH_ERROR")


def test_status_malformed_value_error() -> None:
    not_multibase = _status_list(encoded="not-multibase")
    result = _verify(CORRECT, status_list=not_multibase)
    _assert_only(result, "status", "MALFORMED_VALUE_ERROR")


def test_status_range_error() -> None:
    def past_the_end(doc: dict[str, Any]) -> None:
        doc["credentialStatus"]["statusListIndex"] = str(MIN_ENTRIES)

    _assert_only(_verify(_resigned(past_the_end)), "status", "RANGE_ERROR")


# --- every code is covered ------------------------------------------------------------------


def test_every_code_has_a_test_here() -> None:
    """Each code verify_credential can report (verifier/verify.py, verifier/resolution.py, the
    Data Integrity proof result, the Bitstring Status List errors) is asserted by a test
    above, or listed in UNREACHABLE with the reason."""
    root = Path(__file__).resolve().parent.parent
    codes = {c.value for c in StatusErrorCode} - {"STATUS_RETRIEVAL_ERROR"}  # STATUS_UNKNOWN
    for source in ("verifier/verify.py", "verifier/resolution.py", "vc/dataintegrity/_proof.py"):
        text = (root / source).read_text(encoding="utf-8")
        codes |= set(re.findall(r'"([A-Z][A-Z_]{4,})"', text))
    codes.discard("PROOF_GENERATION_ERROR")  # create_proof's, not a verification result
    codes -= set(resolution.__all__)
    asserted = set(re.findall(r'"([A-Z][A-Z_]{4,})"\)', Path(__file__).read_text("utf-8")))
    assert sorted(codes - asserted - set(UNREACHABLE)) == []
