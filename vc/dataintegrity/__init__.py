"""W3C Data Integrity 1.0 proofs with cryptosuite ``eddsa-rdfc-2022`` (vc-di-eddsa 1.0 §3.3).

- :func:`create_proof` (§3.3.1 + DI §4.2): sign a document; returns a new secured document.
- :func:`verify_proof` (§3.3.2 + DI §4.4/§4.5): never raises for bad input; returns a
  :class:`ProofResult` with ``verified`` and a named ``error_code``.
- The spec's steps, for byte-for-byte tests: :func:`transformation`,
  :func:`proof_configuration`, :func:`hashing`, :func:`proof_serialization`,
  :func:`proof_verification`; and :func:`canonical_nquads`.

Errors raised by the signing side: :class:`ProofError` (``code`` = the spec's error name),
plus :class:`vc.jsonld.JsonLdError` and :class:`vc.rdfc.RDFCError`.
"""

from ._proof import MAX_PROOFS, KeyNotFound, ProofResult, create_proof, verify_proof
from ._suite import (
    CRYPTOSUITE,
    PROOF_TYPE,
    ProofError,
    canonical_nquads,
    format_created,
    hashing,
    parse_datetime_stamp,
    proof_configuration,
    proof_serialization,
    proof_verification,
    transformation,
)

__all__ = [
    "CRYPTOSUITE",
    "MAX_PROOFS",
    "PROOF_TYPE",
    "KeyNotFound",
    "ProofError",
    "ProofResult",
    "canonical_nquads",
    "create_proof",
    "format_created",
    "hashing",
    "parse_datetime_stamp",
    "proof_configuration",
    "proof_serialization",
    "proof_verification",
    "transformation",
    "verify_proof",
]
