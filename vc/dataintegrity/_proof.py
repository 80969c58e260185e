"""Add Proof and Verify Proof for ``eddsa-rdfc-2022`` (vc-di-eddsa §3.3.1, §3.3.2;
Data Integrity 1.0 §4.2 Add Proof, §4.3 Add Proof Set/Chain, §4.4 Verify Proof,
§4.5 Verify Proof Sets and Chains).

``create_proof`` raises typed errors (issuance is trusted input gone wrong).
``verify_proof`` never raises for a bad document: it returns a :class:`ProofResult` naming
the failed check, the way digitalbazaar's ``verify`` returns ``{verified: false, error}``.
Resolving the verification method to a key (and checking who controls it) is the caller's
job, through ``public_key_for``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from keys.ed25519_sizes import PUBLIC_KEY_BYTES, SIGNATURE_BYTES
from keys.multibase import MultibaseError, multibase_b58_decode, multibase_b58_encode
from vc.jsonld import (
    ContextNotAllowed,
    DocumentLoader,
    DocumentTooLarge,
    JsonLdError,
    Limits,
    UnsafeJsonLd,
)
from vc.jsonld._expand import DEFAULT_LIMITS
from vc.rdfc import (
    DEFAULT_BUDGET,
    CanonicalizationBudget,
    CanonicalizationBudgetExceeded,
    RDFCError,
)

from ._suite import (
    CRYPTOSUITE,
    PROOF_TYPE,
    ProofError,
    format_created,
    hashing,
    parse_datetime_stamp,
    proof_configuration,
    proof_serialization,
    proof_verification,
    transformation,
)


class KeyNotFound(LookupError):
    """``public_key_for`` could not give a key for the verification method."""


@dataclass(frozen=True, slots=True)
class ProofResult:
    """Outcome of Verify Proof (Data Integrity §4.4 "verification result").

    ``error_code`` (None when verified): PROOF_MISSING, MALFORMED_PROOF,
    UNSUPPORTED_CRYPTOSUITE, PROOF_CONTEXT_MISMATCH, PROOF_PURPOSE_MISMATCH,
    CONTEXT_NOT_ALLOWED, UNSAFE_JSONLD, INVALID_JSONLD, DOCUMENT_TOO_LARGE,
    CANONICALIZATION_BUDGET_EXCEEDED, CANONICALIZATION_ERROR, KEY_NOT_FOUND,
    INVALID_PUBLIC_KEY, PROOF_VERIFICATION_FAILED, TOO_MANY_PROOFS (more than
    :data:`MAX_PROOFS`), PREVIOUS_PROOF_MISSING (a ``previousProof`` not in the set).
    For a proof set, the top-level fields are those of the first failing proof (or of the
    first proof when all verify) and ``proofs`` holds one result per proof.
    """

    verified: bool
    error_code: str | None = None
    message: str = ""
    verification_method: str | None = None
    proof_purpose: str | None = None
    created: datetime | None = None
    cryptosuite: str | None = None
    proofs: tuple[ProofResult, ...] = field(default=())


class _Failure(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def create_proof(
    unsecured_document: Mapping[str, Any],
    *,
    sign: Callable[[bytes], bytes],
    verification_method: str,
    created: datetime | str,
    proof_purpose: str = "assertionMethod",
    loader: DocumentLoader,
    extra_options: Mapping[str, Any] | None = None,
    limits: Limits = DEFAULT_LIMITS,
    budget: CanonicalizationBudget = DEFAULT_BUDGET,
) -> dict[str, Any]:
    """vc-di-eddsa §3.3.1 Create Proof + Data Integrity §4.2 Add Proof.

    Returns a new secured document (the input is not mutated). If the document already has
    a ``proof``, the new proof is added to a proof set (§4.3): the existing proofs are not
    signed over, unless ``extra_options`` names some of them in ``previousProof`` (a proof
    chain, §4.3 step 5): those are signed over. ``extra_options`` may add proof options
    such as ``id``, ``domain``, ``challenge``, ``expires``, ``previousProof``.
    Raises :class:`ProofError`, :class:`JsonLdError`, :class:`RDFCError`.
    """
    if not isinstance(unsecured_document, Mapping):
        raise ProofError("the document must be a JSON object", "PROOF_GENERATION_ERROR")
    existing = unsecured_document.get("proof")
    document = {k: v for k, v in unsecured_document.items() if k != "proof"}
    proof: dict[str, Any] = {
        "type": PROOF_TYPE,
        "cryptosuite": CRYPTOSUITE,
        "created": format_created(created),
        "verificationMethod": verification_method,
        "proofPurpose": proof_purpose,
    }
    for key, value in (extra_options or {}).items():
        if key in ("proofValue", "@context"):
            raise ProofError(f"option {key} cannot be given", "PROOF_GENERATION_ERROR")
        proof[key] = value
    previous = [] if existing is None else existing if isinstance(existing, list) else [existing]
    signed_over = document
    if "previousProof" in proof:
        # §4.3 Add Proof Set/Chain step 5: a chained proof signs the proofs it names.
        try:
            chained = _previous_proofs(proof, previous)
        except _Failure as failure:
            raise ProofError(failure.message, "PROOF_GENERATION_ERROR") from None
        signed_over = {**document, "proof": chained[0] if len(chained) == 1 else chained}
    transformed = transformation(signed_over, proof, loader=loader, limits=limits, budget=budget)
    canonical_config = proof_configuration(
        proof, document, loader=loader, limits=limits, budget=budget
    )
    hash_data = hashing(transformed, canonical_config)
    proof["proofValue"] = multibase_b58_encode(proof_serialization(hash_data, sign))
    secured: dict[str, Any] = _json_copy(document)
    secured["proof"] = [*_json_copy(previous), proof] if previous else proof
    return secured


def _json_copy(value: Any) -> Any:
    """Deep copy of JSON data (several times faster than ``copy.deepcopy``)."""
    if isinstance(value, dict):
        return {k: _json_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_copy(v) for v in value]
    return value


#: At most this many proofs per document: each costs a proof configuration and a signature
#: check, and a chained proof one more canonicalization (the public may send any number).
MAX_PROOFS = 8


def verify_proof(
    secured_document: Any,
    *,
    public_key_for: Callable[[str], bytes],
    loader: DocumentLoader,
    expected_purpose: str | None = "assertionMethod",
    limits: Limits = DEFAULT_LIMITS,
    budget: CanonicalizationBudget = DEFAULT_BUDGET,
) -> ProofResult:
    """vc-di-eddsa §3.3.2 Verify Proof for every proof (Data Integrity §4.5 sets and chains).

    Every proof must verify. A proof with ``previousProof`` is verified over the document
    with the proofs it names (which must all be in the set). The document is transformed
    (canonicalized) once per distinct input: once for all the proofs of a plain proof set.
    Never raises for a bad document. ``public_key_for(verification_method)`` returns the
    32-byte Ed25519 public key, or raises :class:`KeyNotFound` / ``LookupError`` /
    ``ValueError``. ``expected_purpose`` None skips the proof purpose check.
    """
    if not isinstance(secured_document, dict) or "proof" not in secured_document:
        return ProofResult(False, "PROOF_MISSING", "the document has no proof")
    proof_value = secured_document["proof"]
    proofs = proof_value if isinstance(proof_value, list) else [proof_value]
    if not proofs:
        return ProofResult(False, "PROOF_MISSING", "the document has an empty proof set")
    if len(proofs) > MAX_PROOFS:
        return ProofResult(
            False, "TOO_MANY_PROOFS", f"{len(proofs)} proofs; at most {MAX_PROOFS} are verified"
        )
    unsecured = {k: v for k, v in secured_document.items() if k != "proof"}
    transformed: dict[str, str | _Failure] = {}

    def transform(document: dict[str, Any], options: dict[str, Any], key: str) -> str:
        """§3.3.3 Transformation of ``document``, memoised by ``key`` for this document."""
        if key not in transformed:
            try:
                transformed[key] = _mapped(
                    transformation, document, options, loader=loader, limits=limits, budget=budget
                )
            except _Failure as failure:
                transformed[key] = failure
        result = transformed[key]
        if isinstance(result, _Failure):
            raise result
        return result

    results = tuple(
        _verify_one(
            unsecured,
            proof,
            proofs,
            public_key_for=public_key_for,
            transform=transform,
            loader=loader,
            expected_purpose=expected_purpose,
            limits=limits,
            budget=budget,
        )
        for proof in proofs
    )
    chosen = next((r for r in results if not r.verified), results[0])
    return ProofResult(
        verified=all(r.verified for r in results),
        error_code=chosen.error_code,
        message=chosen.message,
        verification_method=chosen.verification_method,
        proof_purpose=chosen.proof_purpose,
        created=chosen.created,
        cryptosuite=chosen.cryptosuite,
        proofs=results,
    )


def _str_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _verify_one(
    unsecured: dict[str, Any],
    proof: Any,
    all_proofs: list[Any],
    *,
    public_key_for: Callable[[str], bytes],
    transform: Callable[[dict[str, Any], dict[str, Any], str], str],
    loader: DocumentLoader,
    expected_purpose: str | None,
    limits: Limits,
    budget: CanonicalizationBudget,
) -> ProofResult:
    if not isinstance(proof, dict):
        return ProofResult(False, "MALFORMED_PROOF", "a proof must be a JSON object")
    vm = _str_or_none(proof.get("verificationMethod"))
    purpose = _str_or_none(proof.get("proofPurpose"))
    suite = _str_or_none(proof.get("cryptosuite"))
    created: datetime | None = None
    try:
        if "created" in proof:
            try:
                created = parse_datetime_stamp(proof["created"])
            except ProofError as exc:
                raise _Failure("MALFORMED_PROOF", str(exc)) from None
        vm, proof_bytes, document, key = _check_proof(
            unsecured, proof, all_proofs, expected_purpose
        )
        try:
            public_key = public_key_for(vm)
        except (LookupError, ValueError) as exc:
            raise _Failure("KEY_NOT_FOUND", f"no key for {vm}: {exc}") from None
        if not isinstance(public_key, bytes) or len(public_key) != PUBLIC_KEY_BYTES:
            raise _Failure("INVALID_PUBLIC_KEY", f"the key of {vm} is not a 32-byte Ed25519 key")
        options = {k: v for k, v in proof.items() if k != "proofValue"}
        transformed = transform(document, options, key)
        canonical_config = _mapped(
            proof_configuration, options, document, loader=loader, limits=limits, budget=budget
        )
        if not proof_verification(hashing(transformed, canonical_config), proof_bytes, public_key):
            raise _Failure("PROOF_VERIFICATION_FAILED", "the signature does not verify")
    except _Failure as failure:
        return ProofResult(False, failure.code, failure.message, vm, purpose, created, suite)
    return ProofResult(True, None, "proof verified", vm, purpose, created, suite)


def _check_proof(
    unsecured: dict[str, Any],
    proof: dict[str, Any],
    all_proofs: list[Any],
    expected_purpose: str | None,
) -> tuple[str, bytes, dict[str, Any], str]:
    """Data Integrity §4.4 steps 1-6, §4.5 step 3 and vc-di-eddsa §3.3.2 steps 1-4.

    Returns the verification method, the signature, the document to transform and a key
    naming that document (equal keys, equal documents).
    """
    if proof.get("type") != PROOF_TYPE or proof.get("cryptosuite") != CRYPTOSUITE:
        raise _Failure(
            "UNSUPPORTED_CRYPTOSUITE",
            f"proof type {proof.get('type')!r} with cryptosuite {proof.get('cryptosuite')!r}"
            f" is not {PROOF_TYPE} with {CRYPTOSUITE}",
        )
    for key in ("verificationMethod", "proofPurpose", "proofValue"):
        if not isinstance(proof.get(key), str):
            raise _Failure("MALFORMED_PROOF", f"proof {key} is missing or not a string")
    vm: str = proof["verificationMethod"]
    try:
        proof_bytes = multibase_b58_decode(proof["proofValue"], max_length=200)
    except MultibaseError as exc:
        raise _Failure("MALFORMED_PROOF", f"proofValue: {exc}") from None
    if len(proof_bytes) != SIGNATURE_BYTES:
        raise _Failure("MALFORMED_PROOF", f"proofValue has {len(proof_bytes)} bytes, not 64")
    if expected_purpose is not None and proof["proofPurpose"] != expected_purpose:
        raise _Failure(
            "PROOF_PURPOSE_MISMATCH",
            f"proof purpose {proof['proofPurpose']!r} is not {expected_purpose!r}",
        )
    document = dict(unsecured)
    context_key = ""
    if "@context" in proof:
        # §3.3.2 step 4: the document's @context must start with the proof's, in order.
        proof_ctx = proof["@context"]
        proof_ctx = proof_ctx if isinstance(proof_ctx, list) else [proof_ctx]
        doc_ctx = unsecured.get("@context")
        doc_ctx = doc_ctx if isinstance(doc_ctx, list) else [doc_ctx]
        if doc_ctx[: len(proof_ctx)] != proof_ctx:
            raise _Failure(
                "PROOF_CONTEXT_MISMATCH", "the proof @context is not the start of the document's"
            )
        document["@context"] = proof["@context"]
        context_key = json.dumps(proof["@context"], sort_keys=True)
    chain: list[int] = []
    if "previousProof" in proof:
        chained = _previous_proofs(proof, all_proofs)
        document["proof"] = chained[0] if len(chained) == 1 else chained
        chain = sorted(id(p) for p in chained)
    return vm, proof_bytes, document, json.dumps([context_key, chain])


def _previous_proofs(proof: dict[str, Any], all_proofs: list[Any]) -> list[dict[str, Any]]:
    """Data Integrity §4.5 step 3.3: the proofs that ``previousProof`` names, all in the set.

    They are part of what the chained proof signed (§4.3 Add Proof Set/Chain, step 5).
    """
    previous = proof["previousProof"]
    wanted = previous if isinstance(previous, list) else [previous]
    if not wanted or not all(isinstance(w, str) for w in wanted):
        raise _Failure("MALFORMED_PROOF", "previousProof must be a proof id or a list of them")
    if proof.get("id") in wanted:
        raise _Failure("MALFORMED_PROOF", "a proof cannot be its own previousProof")
    chained: list[dict[str, Any]] = []
    for proof_id in dict.fromkeys(wanted):
        matches = [p for p in all_proofs if isinstance(p, dict) and p.get("id") == proof_id]
        if not matches:
            raise _Failure(
                "PREVIOUS_PROOF_MISSING", f"previousProof {proof_id!r} is not in the proof set"
            )
        if len(matches) > 1:
            raise _Failure("MALFORMED_PROOF", f"two proofs have the id {proof_id!r}")
        chained.append(matches[0])
    return chained


def _mapped(step: Callable[..., str], *args: Any, **kwargs: Any) -> str:
    """Run Transformation or Proof Configuration, with errors mapped to named failures."""
    try:
        return step(*args, **kwargs)
    except ContextNotAllowed as exc:
        raise _Failure("CONTEXT_NOT_ALLOWED", str(exc)) from None
    except UnsafeJsonLd as exc:
        raise _Failure("UNSAFE_JSONLD", str(exc)) from None
    except DocumentTooLarge as exc:
        raise _Failure("DOCUMENT_TOO_LARGE", str(exc)) from None
    except JsonLdError as exc:
        raise _Failure("INVALID_JSONLD", str(exc)) from None
    except CanonicalizationBudgetExceeded as exc:
        raise _Failure("CANONICALIZATION_BUDGET_EXCEEDED", str(exc)) from None
    except RDFCError as exc:
        raise _Failure("CANONICALIZATION_ERROR", str(exc)) from None
    except ProofError as exc:
        raise _Failure("MALFORMED_PROOF", str(exc)) from None
