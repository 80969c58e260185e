"""The typed errors of the ``keys`` package.

One small tree, so the composition layer translates each to a message or an HTTP problem
(RFC 9457) in one place::

    KeysError
    ├── KeyCustodyError            the keyring on disk and the secrets in it
    │   ├── WrongPassphrase        the passphrase or key file does not open this key
    │   ├── KeyFileTampered        the encrypted key file was altered, swapped or is unreadable
    │   ├── InsecureKeyFile        a key-encryption key file is readable by group or others
    │   ├── InvalidUnlockSecret    a passphrase is empty, a key file does not hold 32 bytes
    │   ├── InvalidSecretKey       a Multikey secret key that is malformed or inconsistent
    │   ├── KeyNotFound            no key with this id in the keyring
    │   ├── NoActiveKey            the keyring holds no active key (not initialised)
    │   ├── KeyringNotEmpty        create_initial_key on a keyring that already has keys
    │   ├── KeyStateError          the operation is not allowed in the key's state
    │   ├── KeyringCorrupt         the public index (keyring.json) is malformed
    │   └── SignerClosed           a signer used after its ``with`` block ended
    └── DidError                   DIDs, DID URLs, DID documents, JWKs
        ├── InvalidDid             malformed DID / DID URL / base URL, or too long
        ├── UnsupportedDidMethod   a DID method this package does not resolve
        ├── UnsupportedKeyType     not an Ed25519 key (other multicodec, kty, crv, VM type)
        ├── InvalidPublicKey       Ed25519 key bytes that are not a valid curve point
        ├── InvalidJwk             a JWK that is malformed, or carries private material
        ├── UntrustedController    a did:web (or https) controller absent from the trusted map
        ├── InvalidDidDocument     a supplied document whose ``id`` or methods do not match
        └── VerificationMethodNotFound

No class derives from the built-in ``KeyError`` (whose ``str`` quotes its argument and which
``dict`` look-ups raise by accident).
"""

from __future__ import annotations


class KeysError(Exception):
    """Base of every error raised by the ``keys`` package."""


class KeyCustodyError(KeysError):
    """Base of the key custody errors (keyring on disk, secrets)."""


class WrongPassphrase(KeyCustodyError):
    """The passphrase or key-encryption key file does not open this key."""


class KeyFileTampered(KeyCustodyError):
    """The encrypted key file was modified, swapped with another key's, or cannot be parsed."""


class InsecureKeyFile(KeyCustodyError):
    """A key-encryption key file is readable or writable by group or others."""


class InvalidUnlockSecret(KeyCustodyError):
    """A passphrase is empty, or a key file does not hold a 32-byte key."""


class InvalidSecretKey(KeyCustodyError):
    """A Multikey secret key that is malformed, or whose public half does not match its seed."""


class KeyNotFound(KeyCustodyError):
    """No key with this id in the keyring."""


class NoActiveKey(KeyCustodyError):
    """The keyring holds no active key: run the initial key creation first."""


class KeyringNotEmpty(KeyCustodyError):
    """The initial key cannot be created: the keyring already holds keys."""


class KeyStateError(KeyCustodyError):
    """The operation is not allowed in the key's current state (or with these arguments)."""


class KeyringCorrupt(KeyCustodyError):
    """The public index of the keyring is malformed or breaks an invariant."""


class SignerClosed(KeyCustodyError):
    """The signer was used after its ``with`` block ended; the secret is gone."""


class DidError(KeysError):
    """Base of the DID, DID document and JWK errors."""


class InvalidDid(DidError):
    """A DID, DID URL or base URL is malformed or too long."""


class UnsupportedDidMethod(DidError):
    """A DID method this package does not resolve."""


class UnsupportedKeyType(DidError):
    """A key that is not Ed25519 (other multicodec, JWK kty/crv, or verification method type)."""


class InvalidPublicKey(DidError):
    """Thirty-two bytes that are not a valid Ed25519 public key (not a main-subgroup point)."""


class InvalidJwk(DidError):
    """A JWK that is malformed or carries private key material."""


class UntrustedController(DidError):
    """A did:web (or https) controller that is not in the caller's trusted documents.

    did:web documents are never fetched here: the caller passes the ones it trusts.
    """


class InvalidDidDocument(DidError):
    """A supplied DID / controller document that does not match the identifier it is for."""


class VerificationMethodNotFound(DidError):
    """The DID URL's fragment names no verification method of the document."""
