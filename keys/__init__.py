"""Issuer key custody, Multikey, DID documents and DID resolution.

- custody: :class:`Keyring` (encrypted at rest, one active key, rotation, revocation) and
  :meth:`Keyring.signer`, the only place a secret key is usable;
- unlock: :class:`Passphrase` (Argon2id) or :class:`KeyFileSecret` (32-byte key file);
- identity: Multikey ``z6Mk…``, did:web from the base URL, the DID document;
- resolution: did:key and did:jwk locally, did:web and https controller documents from a
  trusted mapping (:class:`VerificationMethodResolver`);
- JWK ⇄ Multikey for Ed25519.

Errors: see :mod:`keys.errors` for the tree (``KeysError`` → ``KeyCustodyError`` /
``DidError``).
"""

from keys.did import MAX_DID_LENGTH, parse_did, split_did_url
from keys.did_jwk import did_jwk_from_jwk, did_jwk_jwk, resolve_did_jwk
from keys.did_key import (
    did_key_from_multikey,
    did_key_from_public_key,
    did_key_multikey,
    resolve_did_key,
)
from keys.did_web import did_web_document_path, did_web_document_url, did_web_from_base_url
from keys.document import DID_CONTEXTS, did_document
from keys.ed25519 import (
    multikey_from_public_key,
    public_key_from_multikey,
    verify_signature,
)
from keys.errors import (
    DidError,
    InsecureKeyFile,
    InvalidDid,
    InvalidDidDocument,
    InvalidJwk,
    InvalidPublicKey,
    InvalidSecretKey,
    InvalidUnlockSecret,
    KeyCustodyError,
    KeyFileTampered,
    KeyNotFound,
    KeyringCorrupt,
    KeyringNotEmpty,
    KeysError,
    KeyStateError,
    NoActiveKey,
    SignerClosed,
    UnsupportedDidMethod,
    UnsupportedKeyType,
    UntrustedController,
    VerificationMethodNotFound,
    WrongPassphrase,
)
from keys.jwk import jwk_from_public_key, jwk_to_multikey, multikey_to_jwk, public_key_from_jwk
from keys.keyring import KeyRevocation, Keyring, KeyRotation
from keys.records import KeyRecord, KeyStatus
from keys.resolver import (
    ResolvedVerificationMethod,
    VerificationMethodResolver,
    resolve_verification_method,
    verification_method_from_document,
)
from keys.signer import Signer, signer_from_secret_multikey, signer_from_seed
from keys.unlock import (
    INTERACTIVE,
    MODERATE,
    Argon2Limits,
    KeyFileSecret,
    Passphrase,
    Unlock,
    parse_key_file,
    write_new_key_file,
)

__all__ = [
    "DID_CONTEXTS",
    "INTERACTIVE",
    "MAX_DID_LENGTH",
    "MODERATE",
    "Argon2Limits",
    "DidError",
    "InsecureKeyFile",
    "InvalidDid",
    "InvalidDidDocument",
    "InvalidJwk",
    "InvalidPublicKey",
    "InvalidSecretKey",
    "InvalidUnlockSecret",
    "KeyCustodyError",
    "KeyFileSecret",
    "KeyFileTampered",
    "KeyNotFound",
    "KeyRecord",
    "KeyRevocation",
    "KeyRotation",
    "KeyStateError",
    "KeyStatus",
    "Keyring",
    "KeyringCorrupt",
    "KeyringNotEmpty",
    "KeysError",
    "NoActiveKey",
    "Passphrase",
    "ResolvedVerificationMethod",
    "Signer",
    "SignerClosed",
    "Unlock",
    "UnsupportedDidMethod",
    "UnsupportedKeyType",
    "UntrustedController",
    "VerificationMethodNotFound",
    "VerificationMethodResolver",
    "WrongPassphrase",
    "did_document",
    "did_jwk_from_jwk",
    "did_jwk_jwk",
    "did_key_from_multikey",
    "did_key_from_public_key",
    "did_key_multikey",
    "did_web_document_path",
    "did_web_document_url",
    "did_web_from_base_url",
    "jwk_from_public_key",
    "jwk_to_multikey",
    "multikey_from_public_key",
    "multikey_to_jwk",
    "parse_did",
    "parse_key_file",
    "public_key_from_jwk",
    "public_key_from_multikey",
    "resolve_did_jwk",
    "resolve_did_key",
    "resolve_verification_method",
    "signer_from_secret_multikey",
    "signer_from_seed",
    "split_did_url",
    "verification_method_from_document",
    "verify_signature",
    "write_new_key_file",
]
