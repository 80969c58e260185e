"""The encrypted ("sealed") file of one issuer key.

A small JSON object, so an administrator can see what it is without opening it::

    {"format": "certinum-sealed-ed25519/1", "public_key_multibase": "z6Mk…",
     "kdf": {...}, "kek_check": "…", "cipher": "xchacha20poly1305-ietf",
     "nonce": "…", "ciphertext": "…"}

The plaintext is the 32-byte Ed25519 seed. The cipher is XChaCha20-Poly1305 (libsodium
``crypto_aead_xchacha20poly1305_ietf``, PyNaCl ``nacl.secret.Aead``) with a random 24-byte
nonce. The associated data is the canonical JSON of ``format``, ``public_key_multibase``,
``kdf`` and ``cipher``: a file renamed or swapped for another key's, or whose KDF header was
edited, fails authentication. After decryption the seed must also re-derive the recorded
public key.
"""

from __future__ import annotations

import base64
import binascii
import hmac
import json
from collections.abc import Callable, Mapping
from typing import Any

import nacl.exceptions
import nacl.secret
import nacl.signing

from keys.ed25519 import multikey_from_public_key
from keys.ed25519_sizes import SEED_BYTES
from keys.errors import KeyFileTampered, WrongPassphrase
from keys.unlock import Unlock, key_check_value

FORMAT = "certinum-sealed-ed25519/1"
CIPHER = "xchacha20poly1305-ietf"
MAX_SEALED_BYTES = 64 * 1024


def _associated_data(header: Mapping[str, Any]) -> bytes:
    bound = {name: header[name] for name in ("format", "public_key_multibase", "kdf", "cipher")}
    return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("utf-8")


def seal_seed(
    seed: bytes, public_key_multibase: str, unlock: Unlock, random: Callable[[int], bytes]
) -> bytes:
    """Encrypt a seed under a KEK derived from ``unlock``; returns the file content."""
    kdf = unlock.new_kdf(random)
    kek = unlock.derive(kdf)
    header: dict[str, Any] = {
        "format": FORMAT,
        "public_key_multibase": public_key_multibase,
        "kdf": kdf,
        "cipher": CIPHER,
    }
    nonce = random(nacl.secret.Aead.NONCE_SIZE)
    box = nacl.secret.Aead(kek)
    sealed = box.encrypt(seed, _associated_data(header), nonce)
    header["kek_check"] = base64.b64encode(key_check_value(kek)).decode("ascii")
    header["nonce"] = base64.b64encode(sealed.nonce).decode("ascii")
    header["ciphertext"] = base64.b64encode(sealed.ciphertext).decode("ascii")
    return (json.dumps(header, indent=2) + "\n").encode("utf-8")


def _field(header: Mapping[str, Any], name: str) -> bytes:
    value = header.get(name)
    if not isinstance(value, str):
        raise KeyFileTampered(f"the key file has no {name!r}")
    try:
        return base64.b64decode(value, validate=True)
    except binascii.Error:
        raise KeyFileTampered(f"{name!r} in the key file is not base64") from None


def open_seed(content: bytes, expected_multikey: str, unlock: Unlock) -> bytes:
    """Decrypt a sealed file's seed; checks it belongs to ``expected_multikey``.

    WrongPassphrase when ``unlock`` is not the secret it was sealed with; KeyFileTampered when
    the file was altered, swapped or does not parse.
    """
    if len(content) > MAX_SEALED_BYTES:
        raise KeyFileTampered("the key file is too large")
    try:
        header = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyFileTampered("the key file is not JSON") from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise KeyFileTampered(f"the key file is not in the {FORMAT} format")
    if header.get("cipher") != CIPHER or not isinstance(header.get("kdf"), dict):
        raise KeyFileTampered("the key file names an unknown cipher or has no KDF header")
    if header.get("public_key_multibase") != expected_multikey:
        raise KeyFileTampered("the key file belongs to another key (swapped or renamed file)")
    kek = unlock.derive(header["kdf"])
    if not hmac.compare_digest(key_check_value(kek), _field(header, "kek_check")):
        raise WrongPassphrase("wrong passphrase or key file for this issuer key")
    nonce, ciphertext = _field(header, "nonce"), _field(header, "ciphertext")
    if len(nonce) != nacl.secret.Aead.NONCE_SIZE:
        raise KeyFileTampered("the key file's nonce has the wrong length")
    try:
        seed = nacl.secret.Aead(kek).decrypt(ciphertext, _associated_data(header), nonce)
    except nacl.exceptions.CryptoError:
        raise KeyFileTampered("the key file fails authentication: it was altered") from None
    if len(seed) != SEED_BYTES:
        raise KeyFileTampered("the key file does not hold a 32-byte Ed25519 seed")
    derived = bytes(nacl.signing.SigningKey(seed).verify_key)
    if multikey_from_public_key(derived) != expected_multikey:
        raise KeyFileTampered("the decrypted key does not match its public key")
    return seed
