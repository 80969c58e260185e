"""The algorithms of cryptosuite ``eddsa-rdfc-2022`` (W3C vc-di-eddsa 1.0 §3.3).

Each function is one step of the spec, named after it, so that tests can compare every
intermediate value byte for byte with the published vectors:

- :func:`transformation` (§3.3.3): RDFC-1.0 canonical N-Quads of the unsecured document;
- :func:`proof_configuration` (§3.3.5): canonical N-Quads of the proof options carrying the
  document's ``@context``;
- :func:`hashing` (§3.3.4): ``SHA-256(proof config) ‖ SHA-256(document)`` (64 bytes);
- :func:`proof_serialization` (§3.3.6): the Ed25519 signature of the hash data;
- :func:`proof_verification` (§3.3.7): the Ed25519 check.

JSON-LD → RDF goes through :mod:`vc.jsonld` in safe mode, so a document whose JSON
says something its RDF does not is refused before anything is signed or verified.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import Any

from nacl.exceptions import BadSignatureError
from nacl.signing import VerifyKey

from keys.ed25519_sizes import PUBLIC_KEY_BYTES, SIGNATURE_BYTES
from vc import timestamps
from vc.jsonld import DocumentLoader, Limits, to_rdf
from vc.jsonld._expand import DEFAULT_LIMITS
from vc.rdfc import DEFAULT_BUDGET, CanonicalizationBudget, canonicalize

PROOF_TYPE = "DataIntegrityProof"
CRYPTOSUITE = "eddsa-rdfc-2022"


class ProofError(ValueError):
    """A step of §3.3 refused its input; ``code`` is the spec's error name."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.code = code


def parse_datetime_stamp(value: object) -> datetime:
    """An XML Schema 1.1 ``dateTimeStamp`` (time zone required), as Data Integrity §2.1."""
    try:
        return timestamps.parse_datetime_stamp(value)
    except timestamps.DateTimeStampError as exc:
        raise ProofError(f"created: {exc}", "PROOF_GENERATION_ERROR") from None


def format_created(created: datetime | str) -> str:
    """``created`` as an XML date-time in UTC, without fractional seconds, ending in ``Z``."""
    if isinstance(created, str):
        parse_datetime_stamp(created)
        return created
    if created.tzinfo is None:
        raise ProofError("created must be timezone-aware", "PROOF_GENERATION_ERROR")
    return created.astimezone(UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")


def canonical_nquads(
    document: Mapping[str, Any],
    *,
    loader: DocumentLoader,
    limits: Limits = DEFAULT_LIMITS,
    budget: CanonicalizationBudget = DEFAULT_BUDGET,
) -> str:
    """RDFC-1.0 canonical N-Quads of a JSON-LD document (safe-mode expansion).

    Base direction becomes i18n-typed literals (``rdfDirection: i18n-datatype``), as
    Digital Bazaar's eddsa-rdfc-2022 cryptosuite canonizes.
    """
    quads = to_rdf(document, loader=loader, limits=limits, rdf_direction="i18n-datatype")
    return canonicalize(quads, budget=budget).nquads


def _check_suite(options: Mapping[str, Any], code: str) -> None:
    if options.get("type") != PROOF_TYPE or options.get("cryptosuite") != CRYPTOSUITE:
        raise ProofError(
            f"proof type {options.get('type')!r} / cryptosuite {options.get('cryptosuite')!r}"
            f" is not {PROOF_TYPE} / {CRYPTOSUITE}",
            code,
        )


def transformation(
    unsecured_document: Mapping[str, Any],
    options: Mapping[str, Any],
    *,
    loader: DocumentLoader,
    limits: Limits = DEFAULT_LIMITS,
    budget: CanonicalizationBudget = DEFAULT_BUDGET,
) -> str:
    """§3.3.3 Transformation: canonical N-Quads of the unsecured document."""
    _check_suite(options, "PROOF_TRANSFORMATION_ERROR")
    return canonical_nquads(unsecured_document, loader=loader, limits=limits, budget=budget)


def proof_configuration(
    options: Mapping[str, Any],
    unsecured_document: Mapping[str, Any],
    *,
    loader: DocumentLoader,
    limits: Limits = DEFAULT_LIMITS,
    budget: CanonicalizationBudget = DEFAULT_BUDGET,
) -> str:
    """§3.3.5 Proof Configuration: canonical N-Quads of the options with the doc's @context."""
    proof_config = dict(options)
    proof_config.pop("proofValue", None)
    _check_suite(proof_config, "PROOF_GENERATION_ERROR")
    if "created" in proof_config:
        parse_datetime_stamp(proof_config["created"])
    if "@context" in unsecured_document:
        proof_config["@context"] = unsecured_document["@context"]
    return canonical_nquads(proof_config, loader=loader, limits=limits, budget=budget)


def hashing(transformed_data: str, canonical_proof_config: str) -> bytes:
    """§3.3.4 Hashing: ``SHA-256(canonical proof config) ‖ SHA-256(transformed document)``."""
    proof_config_hash = hashlib.sha256(canonical_proof_config.encode("utf-8")).digest()
    transformed_document_hash = hashlib.sha256(transformed_data.encode("utf-8")).digest()
    return proof_config_hash + transformed_document_hash


def proof_serialization(hash_data: bytes, sign: Callable[[bytes], bytes]) -> bytes:
    """§3.3.6 Proof Serialization: the Ed25519 signature (64 bytes) of the hash data."""
    signature = sign(hash_data)
    if len(signature) != SIGNATURE_BYTES:
        raise ProofError("an Ed25519 signature has 64 bytes", "PROOF_GENERATION_ERROR")
    return signature


def proof_verification(hash_data: bytes, proof_bytes: bytes, public_key: bytes) -> bool:
    """§3.3.7 Proof Verification: Ed25519 verification of the hash data."""
    if len(public_key) != PUBLIC_KEY_BYTES or len(proof_bytes) != SIGNATURE_BYTES:
        return False
    try:
        VerifyKey(public_key).verify(hash_data, proof_bytes)
    except BadSignatureError:
        return False
    return True
