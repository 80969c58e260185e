"""A did:key issuer instance: a keyring whose DID is its one key."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from test_keys import T0, CountingRandom, passphrase

from keys import (
    Keyring,
    KeyringNotEmpty,
    KeyStateError,
    NoActiveKey,
    public_key_from_multikey,
    resolve_did_key,
    verify_signature,
)


def test_did_key_instance_signs_under_the_did_its_key_makes(tmp_path: Path) -> None:
    ring = Keyring.create_did_key(tmp_path / "k", passphrase(), T0, seed_source=CountingRandom())
    key = ring.active()
    assert ring.controller_did == f"did:key:{key.public_key_multibase}"
    with ring.signer(passphrase()) as signer:
        signature = signer.sign(b"data")
        assert signer.verification_method == f"{ring.controller_did}#{key.public_key_multibase}"
    # what a peer that resolves only did:key finds is the key that signed
    document = resolve_did_key(ring.controller_did)
    method = document["verificationMethod"][0]
    assert method["publicKeyMultibase"] == key.public_key_multibase
    assert verify_signature(public_key_from_multikey(key.public_key_multibase), b"data", signature)


def test_did_key_instance_reopens_from_its_folder(tmp_path: Path) -> None:
    created = Keyring.create_did_key(tmp_path / "k", passphrase(), T0)
    reopened = Keyring.open_did_key(tmp_path / "k")
    assert reopened.controller_did == created.controller_did
    assert reopened.active() == created.active()


def test_did_key_instance_is_created_once(tmp_path: Path) -> None:
    Keyring.create_did_key(tmp_path / "k", passphrase(), T0)
    with pytest.raises(KeyringNotEmpty):
        Keyring.create_did_key(tmp_path / "k", passphrase(), T0)


def test_did_key_instance_cannot_rotate(tmp_path: Path) -> None:
    ring = Keyring.create_did_key(tmp_path / "k", passphrase(), T0)
    with pytest.raises(KeyStateError, match="cannot rotate"):
        ring.rotate(passphrase(), T0 + timedelta(days=1))


def test_revoking_a_did_key_instance_ends_it(tmp_path: Path) -> None:
    ring = Keyring.create_did_key(tmp_path / "k", passphrase(), T0)
    key = ring.active()
    revocation = ring.revoke(
        key.key_id, compromised_since=T0, now=T0 + timedelta(hours=1), unlock=passphrase()
    )
    assert revocation.new_active is None
    with pytest.raises(NoActiveKey), ring.signer(passphrase()):
        pass
