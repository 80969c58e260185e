"""Ed25519 sizes in bytes (RFC 8032 §5.1), defined once for keys, proofs and key files.

A module of its own, importing nothing, so the lowest layers (:mod:`keys.multibase`) and
Data Integrity (:mod:`vc.dataintegrity`) can use it without an import cycle.
"""

from __future__ import annotations

from typing import Final

__all__ = ["PUBLIC_KEY_BYTES", "SECRET_KEY_BYTES", "SEED_BYTES", "SIGNATURE_BYTES"]

SEED_BYTES: Final = 32
"""The private key as RFC 8032 defines it: a 32-byte seed."""
PUBLIC_KEY_BYTES: Final = 32
"""A public key: the encoded curve point A (§5.1.5)."""
SIGNATURE_BYTES: Final = 64
"""A signature R ‖ S (§5.1.6)."""
SECRET_KEY_BYTES: Final = SEED_BYTES + PUBLIC_KEY_BYTES
"""libsodium's secret key form: seed ‖ public key."""
