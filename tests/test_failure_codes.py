"""Each failure code of ``verify_credential``, caused by exactly the fault it names.

Every test starts from one correct certificate credential (OB 3.0, a status entry, signed
with a test key by a did:web issuer whose document the verifier is given) and its correct
status list, changes the one thing a code names, signs again where a signer can sign the
result, and asserts that code on its check and that every other check passed, or was not
reached because it needs the one that failed (``failure_setup.NOT_REACHED``). So no test
passes because of some other fault, such as a signature broken by the change.

Some faults are decided before the signature is checked (a malformed or unsupported proof,
JSON-LD that does not expand safely, a document over the work bounds): those documents are
changed after signing, because no correct signer signs them, and the code shows the
signature was never the reason.

Codes that ``verify_credential`` cannot return are listed in :data:`UNREACHABLE`, each with
the reason.
"""

from __future__ import annotations

import copy
import re
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from failure_setup import (
    CORRECT,
    DOCUMENTS,
    EXAMPLES_V2,
    INDEX,
    ISSUED,
    ISSUER,
    ISSUER_SEED,
    LOADER,
    NOW,
    OTHER,
    OTHER_SEED,
    assert_only,
    changed,
    did_document_of,
    encoded_list,
    list_credential,
    method_of,
    resigned,
    signed,
    unsigned_certificate,
    verify,
)

from keys import ResolvedVerificationMethod, signer_from_seed
from vc.bitstring import MIN_ENTRIES, StatusErrorCode
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader, Limits
from vc.jsonld._expand import DEFAULT_LIMITS
from vc.timestamps import format_datetime_stamp
from verifier import resolution
from verifier import verify as verify_module
from verifier.fetch import FetchError
from verifier.resolution import fetching_resolver, key_resolver
from verifier.verify import CHECK_NAMES

#: Codes in verifier/verify.py that no document can produce, and why.
UNREACHABLE = {
    "PROOF_INVALID": "the fallback when a failed proof has no code; every failure has one",
    "UNRESOLVED": "a verified proof always names a method that was resolved",
}


# --- the starting point ---------------------------------------------------------------------


def test_the_correct_credential_passes_every_check() -> None:
    result = verify(CORRECT)
    assert [c.status for c in result.checks] == ["passed"] * len(CHECK_NAMES)
    assert result.verified and result.trusted and not result.revoked


# --- well_formed, schema, contexts_allowed ------------------------------------------------


def test_malformed_valid_from_without_time_zone() -> None:
    def no_time_zone(doc: dict[str, Any]) -> None:
        doc["validFrom"] = doc["validFrom"].removesuffix("Z")

    assert_only(verify(resigned(no_time_zone)), "well_formed", "MALFORMED")


def test_malformed_not_an_object() -> None:
    assert_only(verify([CORRECT]), "well_formed", "MALFORMED")


def test_schema_subject_without_achievement() -> None:
    def drop_achievement(doc: dict[str, Any]) -> None:
        del doc["credentialSubject"]["achievement"]

    assert_only(verify(resigned(drop_achievement)), "schema", "SCHEMA")


def test_schema_ob_context_without_ob_type() -> None:
    def plain_type(doc: dict[str, Any]) -> None:
        doc["type"] = ["VerifiableCredential"]

    assert_only(verify(resigned(plain_type)), "schema", "SCHEMA")


def test_context_not_allowed() -> None:
    """A context the issuer had, which the verifier does not bundle."""
    partner = "https://partner.example/contexts/v1"
    signing_loader = DocumentLoader(extra={partner: {"@context": {"@protected": True}}})

    def add_context(doc: dict[str, Any]) -> None:
        doc["@context"].append(partner)

    document = resigned(add_context, loader=signing_loader)
    assert_only(verify(document), "contexts_allowed", "CONTEXT_NOT_ALLOWED")


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
    assert_only(verify(signed(unsigned_certificate(), vm=vm)), "proof", code)


def test_verification_method_without_scheme() -> None:
    """Not signable (safe mode refuses a relative IRI), and refused before the signature."""

    def relative(doc: dict[str, Any]) -> None:
        doc["proof"]["verificationMethod"] = "issuer-key-1"

    assert_only(verify(changed(relative)), "proof", "VM_NO_SCHEME")


def test_issuer_not_trusted() -> None:
    """The verifier holds no document for the issuer's did:web, and fetches none."""
    resolver = key_resolver({OTHER: DOCUMENTS[OTHER]})
    assert_only(verify(CORRECT, resolve_key=resolver), "proof", "ISSUER_NOT_TRUSTED")


def test_did_not_retrieved() -> None:
    """The issuer's did:web is trusted, but its document cannot be fetched."""

    def unreachable(did: str) -> dict[str, object]:
        raise FetchError("FETCH_TIMEOUT", "no complete answer in time")

    resolver = fetching_resolver(
        {OTHER: DOCUMENTS[OTHER]}, trusted=frozenset({ISSUER}), fetch_document=unreachable
    )
    assert_only(verify(CORRECT, resolve_key=resolver), "proof", "DID_NOT_RETRIEVED")


def test_invalid_public_key_from_a_resolver() -> None:
    """A resolver of the caller's that returns a key of the wrong size."""
    found = key_resolver(DOCUMENTS)(method_of(ISSUER, ISSUER_SEED))

    def short_key(vm: str) -> ResolvedVerificationMethod:
        return ResolvedVerificationMethod(
            vm, found.controller, found.type, found.public_key[:31], found.relationships
        )

    assert_only(verify(CORRECT, resolve_key=short_key), "proof", "INVALID_PUBLIC_KEY")


# --- proof: Data Integrity ------------------------------------------------------------------


def test_proof_verification_failed() -> None:
    def rename(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["name"] = "Jeanne DURAND"

    assert_only(verify(changed(rename)), "proof", "PROOF_VERIFICATION_FAILED")


def test_proof_purpose_mismatch() -> None:
    document = signed(unsigned_certificate(), purpose="authentication")
    assert_only(verify(document), "proof", "PROOF_PURPOSE_MISMATCH")


def test_proof_missing() -> None:
    def empty_proof_set(doc: dict[str, Any]) -> None:
        doc["proof"] = []

    assert_only(verify(changed(empty_proof_set)), "proof", "PROOF_MISSING")


def test_malformed_proof_value_of_the_wrong_size() -> None:
    def truncated(doc: dict[str, Any]) -> None:
        doc["proof"]["proofValue"] = doc["proof"]["proofValue"][:-8]

    assert_only(verify(changed(truncated)), "proof", "MALFORMED_PROOF")


def test_unsupported_cryptosuite() -> None:
    def other_suite(doc: dict[str, Any]) -> None:
        doc["proof"]["cryptosuite"] = "ecdsa-rdfc-2019"

    assert_only(verify(changed(other_suite)), "proof", "UNSUPPORTED_CRYPTOSUITE")


def test_proof_context_mismatch() -> None:
    def proof_context(doc: dict[str, Any]) -> None:
        doc["proof"]["@context"] = [EXAMPLES_V2]

    assert_only(verify(changed(proof_context)), "proof", "PROOF_CONTEXT_MISMATCH")


def test_embedded_context_is_not_allowed() -> None:
    """An @context inside the body could alias a signed term: refused before the proof."""

    def nested_context(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["source"]["@context"] = {"nom": "https://schema.org/name"}

    document = resigned(nested_context)
    assert_only(verify(document), "contexts_allowed", "JSONLD_KEYWORD_NOT_ALLOWED")


def test_too_many_proofs() -> None:
    def nine_proofs(doc: dict[str, Any]) -> None:
        doc["proof"] = [copy.deepcopy(doc["proof"]) for _ in range(9)]

    assert_only(verify(changed(nine_proofs)), "proof", "TOO_MANY_PROOFS")


def _chain(first_seed: bytes, first_did: str) -> dict[str, Any]:
    """A proof by ``first_did``'s key, then the issuer's proof chained to it."""
    first = resigned(lambda doc: None, seed=first_seed, did=first_did, id="urn:uuid:proof-1")
    key_id = method_of(ISSUER, ISSUER_SEED)
    with signer_from_seed(ISSUER_SEED, key_id) as signer:
        return create_proof(
            first,
            sign=signer.sign,
            verification_method=key_id,
            created=ISSUED,
            loader=LOADER,
            extra_options={"id": "urn:uuid:proof-2", "previousProof": "urn:uuid:proof-1"},
        )


def test_a_chain_with_another_partys_proof_verifies_when_the_issuer_signed_too() -> None:
    """A witness's proof, then the issuer's chained to it (the W3C Data Integrity vectors)."""
    result = verify(_chain(OTHER_SEED, OTHER))
    assert result.verified, result.failed_checks
    assert result.verification_method == method_of(ISSUER, ISSUER_SEED)


def test_a_proof_set_without_the_issuers_key_is_issuer_not_controller() -> None:
    both_other = resigned(lambda doc: None, seed=OTHER_SEED, did=OTHER, id="urn:uuid:proof-1")
    key_id = method_of(OTHER, OTHER_SEED)
    with signer_from_seed(OTHER_SEED, key_id) as signer:
        doc = create_proof(
            both_other, sign=signer.sign, verification_method=key_id, created=ISSUED,
            loader=LOADER, extra_options={"id": "urn:uuid:proof-2"},
        )  # fmt: skip
    assert_only(verify(doc), "issuer_controls_key", "ISSUER_NOT_CONTROLLER")


def test_previous_proof_missing() -> None:
    """A chain whose second proof is kept without the first one it names."""
    chain = _chain(ISSUER_SEED, ISSUER)
    alone = {**chain, "proof": [chain["proof"][1]]}
    assert_only(verify(alone), "proof", "PREVIOUS_PROOF_MISSING")


def test_unsafe_jsonld_undefined_term() -> None:
    def undefined_term(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["favouriteColour"] = "blue"

    assert_only(verify(changed(undefined_term)), "proof", "UNSAFE_JSONLD")


def test_invalid_jsonld() -> None:
    def bad_local_context(doc: dict[str, Any]) -> None:
        doc["@context"].append({"badTerm": 5})  # a term definition must be a string or object

    assert_only(verify(changed(bad_local_context)), "proof", "INVALID_JSONLD")


def test_document_too_large() -> None:
    """More values than the expansion limits allow (the issuer's signer allowed them)."""
    count = DEFAULT_LIMITS.max_values + 1

    def many_tags(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["achievement"]["tag"] = ["t"] * count

    document = resigned(many_tags, limits=Limits(max_values=count * 2))
    assert_only(verify(document), "proof", "DOCUMENT_TOO_LARGE")


def test_canonicalization_budget_exceeded() -> None:
    """Two identical cycles of blank nodes: every node shares its first-degree hash."""
    length = 200

    def cycles(doc: dict[str, Any]) -> None:
        doc["@context"].append(
            {
                "poison": "https://example.org/poison",
                "next": {"@id": "https://example.org/next", "@type": "@id"},
            }
        )
        doc["credentialSubject"]["poison"] = [
            {"id": f"_:{name}{i}", "next": f"_:{name}{(i + 1) % length}"}
            for name in ("a", "b")
            for i in range(length)
        ]

    assert_only(verify(changed(cycles)), "proof", "CANONICALIZATION_BUDGET_EXCEEDED")


def test_canonicalization_error() -> None:
    """A literal that canonical N-Quads cannot hold (a lone surrogate)."""

    def lone_surrogate(doc: dict[str, Any]) -> None:
        doc["credentialSubject"]["name"] = "Jeanne \ud800"

    assert_only(verify(changed(lone_surrogate)), "proof", "CANONICALIZATION_ERROR")


# --- assertion_method, issuer_controls_key, validity_period -------------------------------


def test_not_assertion_method() -> None:
    """The issuer lists the credential's key for authentication only; its status list is
    signed with a second key, listed under assertionMethod."""
    document = did_document_of(ISSUER, ISSUER_SEED, ("authentication",))
    list_key = did_document_of(ISSUER, OTHER_SEED)
    document["verificationMethod"] += list_key["verificationMethod"]
    document["assertionMethod"] = list_key["assertionMethod"]
    the_list = signed(
        {k: v for k, v in list_credential().items() if k != "proof"}, seed=OTHER_SEED, did=ISSUER
    )
    result = verify(CORRECT, status_list=the_list, resolve_key=key_resolver({ISSUER: document}))
    assert_only(result, "assertion_method", "NOT_ASSERTION_METHOD")


def test_issuer_not_controller() -> None:
    """Signed with another DID's key, which that DID lists under assertionMethod."""
    document = signed(unsigned_certificate(), seed=OTHER_SEED, did=OTHER)
    assert_only(verify(document), "issuer_controls_key", "ISSUER_NOT_CONTROLLER")


def test_not_yet_valid() -> None:
    def future(doc: dict[str, Any]) -> None:
        doc["validFrom"] = format_datetime_stamp(NOW + timedelta(days=1))

    assert_only(verify(resigned(future)), "validity_period", "NOT_YET_VALID")


def test_expired() -> None:
    def past(doc: dict[str, Any]) -> None:
        doc["validUntil"] = format_datetime_stamp(NOW - timedelta(days=1))

    assert_only(verify(resigned(past)), "validity_period", "EXPIRED")


# --- status ---------------------------------------------------------------------------------


def test_revoked() -> None:
    result = verify(CORRECT, status_list=list_credential(encoded=encoded_list(revoked=(INDEX,))))
    assert_only(result, "status", "REVOKED")
    assert result.revoked


def test_suspended() -> None:
    """A suspension entry whose bit is set; the credential is otherwise correct."""

    def suspension_entry(doc: dict[str, Any]) -> None:
        doc["credentialStatus"]["statusPurpose"] = "suspension"

    suspended_list = list_credential(encoded=encoded_list(revoked=(INDEX,)), purpose="suspension")
    result = verify(resigned(suspension_entry), status_list=suspended_list)
    assert_only(result, "status", "SUSPENDED")
    assert not result.revoked


def test_status_unknown() -> None:
    """The verifier cannot retrieve the list the entry names."""
    result = verify(CORRECT, lists=lambda url: None)
    assert_only(result, "status", "STATUS_UNKNOWN")


def test_status_malformed() -> None:
    def no_list_url(doc: dict[str, Any]) -> None:
        del doc["credentialStatus"]["statusListCredential"]

    assert_only(verify(resigned(no_list_url)), "status", "STATUS_MALFORMED")


def test_status_list_invalid_another_issuer() -> None:
    """A correctly signed list, but from another issuer than the credential's."""
    other_list = list_credential(issuer=OTHER, seed=OTHER_SEED)
    assert_only(verify(CORRECT, status_list=other_list), "status", "STATUS_LIST_INVALID")


def test_status_list_invalid_signature() -> None:
    tampered = list_credential()
    tampered["credentialSubject"]["encodedList"] = encoded_list(revoked=(1,))
    assert_only(verify(CORRECT, status_list=tampered), "status", "STATUS_LIST_INVALID")


def test_status_verification_error_purpose() -> None:
    """The list is for suspension; the entry asks about revocation."""
    result = verify(CORRECT, status_list=list_credential(purpose="suspension"))
    assert_only(result, "status", "STATUS_VERIFICATION_ERROR")


def test_status_list_length_error() -> None:
    short = list_credential(encoded=encoded_list(entries=MIN_ENTRIES // 2))
    assert_only(verify(CORRECT, status_list=short), "status", "STATUS_LIST_LENGTH_ERROR")


def test_status_malformed_value_error() -> None:
    not_multibase = list_credential(encoded="not-multibase")
    result = verify(CORRECT, status_list=not_multibase)
    assert_only(result, "status", "MALFORMED_VALUE_ERROR")


def test_status_range_error() -> None:
    def past_the_end(doc: dict[str, Any]) -> None:
        doc["credentialStatus"]["statusListIndex"] = str(MIN_ENTRIES)

    assert_only(verify(resigned(past_the_end)), "status", "RANGE_ERROR")


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
    codes -= set(resolution.__all__) | set(verify_module.__all__)  # exported names, not codes
    asserted = set(re.findall(r'"([A-Z][A-Z_]{4,})"\)', Path(__file__).read_text("utf-8")))
    assert sorted(codes - asserted - set(UNREACHABLE)) == []
