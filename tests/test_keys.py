"""Issuer key custody: vectors, sealing, file modes, rotation, revocation, secrecy."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import nacl.signing
import pytest
from nacl.pwhash import argon2id

from keys import (
    MODERATE,
    Argon2Limits,
    InsecureKeyFile,
    InvalidSecretKey,
    InvalidUnlockSecret,
    KeyFileSecret,
    KeyFileTampered,
    KeyNotFound,
    KeyRecord,
    Keyring,
    KeyringCorrupt,
    KeyringNotEmpty,
    KeyStateError,
    KeyStatus,
    NoActiveKey,
    Passphrase,
    SignerClosed,
    WrongPassphrase,
    did_document,
    multikey_from_public_key,
    parse_key_file,
    signer_from_secret_multikey,
    verify_signature,
    write_new_key_file,
)
from keys.multibase import ED25519_PRIV_HEADER, multibase_b58_encode

CONFORMANCE = Path(__file__).resolve().parent / "conformance"
W3C_KEY = CONFORMANCE / "vc-di-eddsa" / "TestVectors" / "keyPair.json"
W3C_RDFC = CONFORMANCE / "vc-di-eddsa" / "TestVectors" / "eddsa-rdfc-2022"
OB3_KEY = CONFORMANCE / "ob3-1edtech" / "keyPair.json"
OB3_HASHES = CONFORMANCE / "ob3-1edtech" / "hashes.txt"

CHEAP = Argon2Limits(argon2id.OPSLIMIT_MIN, argon2id.MEMLIMIT_MIN)
DID = "did:web:localhost%3A8000"
T0 = datetime(2025, 1, 6, 9, 0, tzinfo=UTC)
PASSWORD = "correct horse battery staple"


class CountingRandom:
    """Deterministic randomness: SHA-256 of a counter, so each test's keys are reproducible."""

    def __init__(self, label: str = "test") -> None:
        self.label, self.counter, self.outputs = label, 0, []

    def __call__(self, n: int) -> bytes:
        out = b""
        while len(out) < n:
            self.counter += 1
            out += hashlib.sha256(f"{self.label}:{self.counter}".encode()).digest()
        self.outputs.append(out[:n])
        return out[:n]


def passphrase(text: str = PASSWORD) -> Passphrase:
    return Passphrase(text, limits=CHEAP)


@pytest.fixture
def keyring(tmp_path: Path) -> Keyring:
    return Keyring(tmp_path / "keys", controller_did=DID, seed_source=CountingRandom())


def sealed_file(ring: Keyring, record: KeyRecord) -> Path:
    return ring.folder / f"{record.key_id}.sealed.json"


# -- official key pairs ---------------------------------------------------------------------


def test_w3c_vector_seed_gives_its_public_multikey_and_signature() -> None:
    pair = json.loads(W3C_KEY.read_text())
    combined = bytes.fromhex((W3C_RDFC / "combinedHashDataInt.txt").read_text().strip())
    expected = (W3C_RDFC / "sigHexDataInt.txt").read_text().strip()
    method = "did:key:" + pair["publicKeyMultibase"] + "#" + pair["publicKeyMultibase"]
    with signer_from_secret_multikey(pair["privateKeyMultibase"], method) as signer:
        assert signer.public_key_multibase == pair["publicKeyMultibase"]
        signature = signer.sign(combined)
    assert signature.hex() == expected
    assert verify_signature(signer.public_key, combined, signature)


def test_1edtech_vector_64_byte_secret_gives_its_public_multikey_and_signature() -> None:
    pair = json.loads(OB3_KEY.read_text())
    hashes = dict(line.split(" ", 1) for line in OB3_HASHES.read_text().splitlines() if line)
    data = bytes.fromhex(hashes["dataToSign_proofHash_then_docHash"].strip())
    with signer_from_secret_multikey(pair["secretKeyMultibase"], pair["verificationMethod"]) as s:
        assert s.public_key_multibase == pair["publicKeyMultibase"]
        assert s.public_key.hex() == pair["publicKeyHex"]
        assert s.controller == pair["controller"]
        assert s.sign(data).hex() == hashes["signatureHex"].strip()


def test_64_byte_secret_with_a_foreign_public_half_is_refused() -> None:
    pair = json.loads(OB3_KEY.read_text())
    raw = bytes.fromhex(pair["privateKeyHex_seed_then_pub"])
    other = bytes(nacl.signing.SigningKey(b"\x07" * 32).verify_key)
    forged = multibase_b58_encode(ED25519_PRIV_HEADER + raw[:32] + other)
    with pytest.raises(InvalidSecretKey), signer_from_secret_multikey(forged, "did:x:y#z"):
        pass


# -- creation, sealing, file modes ----------------------------------------------------------


def test_initial_key_is_active_and_files_are_private(keyring: Keyring) -> None:
    record = keyring.create_initial_key(passphrase(), T0)
    assert record.status is KeyStatus.ACTIVE
    assert record.key_id.startswith("z6Mk")
    assert record.created == T0
    assert keyring.list() == (record,)
    assert keyring.active() == record
    assert stat.S_IMODE(os.stat(keyring.folder).st_mode) == 0o700
    for path in [keyring.folder / "keyring.json", sealed_file(keyring, record)]:
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600, path
    leftovers = [p.name for p in keyring.folder.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def test_initial_key_twice_is_refused_and_ensure_is_idempotent(keyring: Keyring) -> None:
    record, created = keyring.ensure_initial_key(passphrase(), T0)
    assert created
    with pytest.raises(KeyringNotEmpty):
        keyring.create_initial_key(passphrase(), T0)
    again, created_again = keyring.ensure_initial_key(passphrase(), T0)
    assert (again, created_again) == (record, False)


def test_injected_randomness_makes_keys_reproducible(tmp_path: Path) -> None:
    first = Keyring(tmp_path / "a", controller_did=DID, seed_source=CountingRandom("x"))
    second = Keyring(tmp_path / "b", controller_did=DID, seed_source=CountingRandom("x"))
    third = Keyring(tmp_path / "c", controller_did=DID, seed_source=CountingRandom("y"))
    keys = [k.create_initial_key(passphrase(), T0).key_id for k in (first, second, third)]
    assert keys[0] == keys[1] != keys[2]


def test_round_trip_signature_verifies_under_the_published_key(keyring: Keyring) -> None:
    record = keyring.create_initial_key(passphrase(), T0)
    with keyring.signer(passphrase()) as signer:
        signature = signer.sign(b"hash data")
        assert signer.verification_method == f"{DID}#{record.key_id}"
        assert signer.public_key_multibase == record.public_key_multibase
    assert verify_signature(record.public_key, b"hash data", signature)
    assert not verify_signature(record.public_key, b"other data", signature)
    assert keyring.did_document()["assertionMethod"] == [signer.verification_method]


def test_signer_is_unusable_after_its_block(keyring: Keyring) -> None:
    keyring.create_initial_key(passphrase(), T0)
    with keyring.signer(passphrase()) as signer:
        signer.sign(b"x")
    assert signer.closed
    with pytest.raises(SignerClosed):
        signer.sign(b"x")


def test_signer_block_closes_on_error(keyring: Keyring) -> None:
    keyring.create_initial_key(passphrase(), T0)
    with pytest.raises(RuntimeError), keyring.signer(passphrase()) as signer:
        raise RuntimeError("issuance failed")
    assert signer.closed


def test_wrong_passphrase(keyring: Keyring) -> None:
    keyring.create_initial_key(passphrase(), T0)
    with pytest.raises(WrongPassphrase), keyring.signer(passphrase("wrong horse")):
        pass


def test_key_file_does_not_open_a_passphrase_key(keyring: Keyring) -> None:
    keyring.create_initial_key(passphrase(), T0)
    with pytest.raises(WrongPassphrase), keyring.signer(KeyFileSecret(b"\x01" * 32)):
        pass


def test_no_active_key_on_an_empty_keyring(keyring: Keyring) -> None:
    with pytest.raises(NoActiveKey), keyring.signer(passphrase()):
        pass
    assert keyring.list() == ()
    assert keyring.did_document()["verificationMethod"] == []


def _edit_sealed(path: Path, field: str, edit: object) -> None:
    header = json.loads(path.read_text())
    if callable(edit):
        header[field] = edit(header[field])
    else:
        header[field] = edit
    path.write_text(json.dumps(header))


def _flip_b64(value: str) -> str:
    raw = bytearray(base64.b64decode(value))
    raw[0] ^= 1
    return base64.b64encode(bytes(raw)).decode()


@pytest.mark.parametrize("field", ["ciphertext", "nonce"])
def test_tampered_ciphertext_or_nonce_is_detected(keyring: Keyring, field: str) -> None:
    record = keyring.create_initial_key(passphrase(), T0)
    _edit_sealed(sealed_file(keyring, record), field, _flip_b64)
    with pytest.raises(KeyFileTampered), keyring.signer(passphrase()):
        pass


def test_swapped_sealed_file_is_detected(keyring: Keyring) -> None:
    old = keyring.create_initial_key(passphrase(), T0)
    new = keyring.rotate(passphrase(), T0 + timedelta(days=1)).active
    sealed_file(keyring, new).write_bytes(sealed_file(keyring, old).read_bytes())
    with pytest.raises(KeyFileTampered, match="another key"), keyring.signer(passphrase()):
        pass


def test_rebound_public_key_fails_authentication(keyring: Keyring) -> None:
    """Changing the public key bound as associated data (and the file name) breaks the tag."""
    old = keyring.create_initial_key(passphrase(), T0)
    new = keyring.rotate(passphrase(), T0 + timedelta(days=1)).active
    content = json.loads(sealed_file(keyring, old).read_text())
    content["public_key_multibase"] = new.public_key_multibase
    sealed_file(keyring, new).write_text(json.dumps(content))
    with pytest.raises(KeyFileTampered, match="authentication"), keyring.signer(passphrase()):
        pass


def test_unbounded_kdf_limits_are_refused_before_running(keyring: Keyring) -> None:
    record = keyring.create_initial_key(passphrase(), T0)
    _edit_sealed(sealed_file(keyring, record), "kdf", lambda kdf: {**kdf, "memlimit": 2**40})
    with pytest.raises(KeyFileTampered, match="out of bounds"), keyring.signer(passphrase()):
        pass


def test_missing_or_garbage_sealed_file(keyring: Keyring) -> None:
    record = keyring.create_initial_key(passphrase(), T0)
    sealed_file(keyring, record).write_text("not json")
    with pytest.raises(KeyFileTampered), keyring.signer(passphrase()):
        pass
    sealed_file(keyring, record).unlink()
    with pytest.raises(KeyFileTampered, match="missing"), keyring.signer(passphrase()):
        pass


# -- secrecy --------------------------------------------------------------------------------


def test_secret_never_in_repr_str_or_files(keyring: Keyring) -> None:
    random = CountingRandom("secret")
    ring = Keyring(keyring.folder, controller_did=DID, seed_source=random)
    secret = Passphrase(PASSWORD, limits=CHEAP)
    record = ring.create_initial_key(secret, T0)
    seed = random.outputs[0]
    assert multikey_from_public_key(bytes(nacl.signing.SigningKey(seed).verify_key)) == (
        record.key_id
    )
    forms = [
        seed.hex(),
        base64.b64encode(seed).decode(),
        base64.urlsafe_b64encode(seed).decode().rstrip("="),
        multibase_b58_encode(ED25519_PRIV_HEADER + seed),
    ]
    with ring.signer(secret) as signer:
        shown = [repr(signer), str(signer), repr(ring), repr(record), str(record)]
    shown += [repr(secret), str(secret), repr(KeyFileSecret(seed)), str(KeyFileSecret(seed))]
    for path in ring.folder.iterdir():
        shown.append(path.read_text(errors="replace"))
    for text in shown:
        assert PASSWORD not in text
        for form in forms:
            assert form not in text


# -- key files ------------------------------------------------------------------------------


def test_key_file_unlock_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "issuer.key"
    write_new_key_file(path, CountingRandom("kf"))
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    unlock = KeyFileSecret.from_file(path)
    ring = Keyring(tmp_path / "keys", controller_did=DID, seed_source=CountingRandom())
    record = ring.create_initial_key(unlock, T0)
    with ring.signer(KeyFileSecret.from_file(path)) as signer:
        assert verify_signature(record.public_key, b"m", signer.sign(b"m"))
    with pytest.raises(WrongPassphrase), ring.signer(KeyFileSecret(b"\x02" * 32)):
        pass
    with pytest.raises(InvalidUnlockSecret):
        write_new_key_file(path)


def test_key_file_readable_by_others_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "issuer.key"
    write_new_key_file(path)
    os.chmod(path, 0o644)
    with pytest.raises(InsecureKeyFile, match="chmod 600"):
        KeyFileSecret.from_file(path)
    assert isinstance(KeyFileSecret.from_file(path, check_permissions=False), KeyFileSecret)


def test_key_file_encodings() -> None:
    key = bytes(range(32))
    assert parse_key_file(key) == key
    assert parse_key_file(key.hex().encode() + b"\n") == key
    assert parse_key_file(key.hex().upper().encode()) == key
    assert parse_key_file(base64.b64encode(key) + b"\n") == key
    assert parse_key_file(base64.urlsafe_b64encode(key).rstrip(b"=")) == key
    for bad in [b"", b"short", key + b"\x00", (key * 2).hex().encode(), b"\xff" * 40]:
        with pytest.raises(InvalidUnlockSecret):
            parse_key_file(bad)


def test_passphrase_validation_and_default_limits() -> None:
    with pytest.raises(InvalidUnlockSecret):
        Passphrase("")
    with pytest.raises(InvalidUnlockSecret):
        Passphrase("x" * 5000)
    with pytest.raises(InvalidUnlockSecret):
        Passphrase("x", limits=Argon2Limits(1, 2**41))
    assert Passphrase("x").limits == MODERATE


def test_change_unlock_reseals_the_same_key(keyring: Keyring, tmp_path: Path) -> None:
    record = keyring.create_initial_key(passphrase(), T0)
    new_secret = KeyFileSecret(b"\x05" * 32)
    keyring.change_unlock(record.key_id, passphrase(), new_secret)
    with pytest.raises(WrongPassphrase), keyring.signer(passphrase()):
        pass
    with keyring.signer(new_secret) as signer:
        assert signer.public_key_multibase == record.key_id
    assert stat.S_IMODE(os.stat(sealed_file(keyring, record)).st_mode) == 0o600


# -- rotation and revocation ----------------------------------------------------------------


def test_rotation_keeps_the_old_key_for_verification(keyring: Keyring) -> None:
    old = keyring.create_initial_key(passphrase(), T0)
    with keyring.signer(passphrase()) as signer:
        old_signature = signer.sign(b"credential 1")
    rotated = keyring.rotate(passphrase(), T0 + timedelta(days=30))
    assert rotated.retired.key_id == old.key_id
    assert rotated.retired.status is KeyStatus.RETIRED
    assert rotated.retired.retired_at == T0 + timedelta(days=30)
    assert rotated.active.status is KeyStatus.ACTIVE
    assert rotated.active.key_id != old.key_id
    assert [r.status for r in keyring.list()] == [KeyStatus.RETIRED, KeyStatus.ACTIVE]

    document = keyring.did_document()
    old_vm, new_vm = f"{DID}#{old.key_id}", f"{DID}#{rotated.active.key_id}"
    assert [m["id"] for m in document["verificationMethod"]] == [new_vm, old_vm]
    assert document["assertionMethod"] == [new_vm, old_vm]
    assert document["authentication"] == [new_vm]
    published = {m["publicKeyMultibase"] for m in document["verificationMethod"]}
    assert old.public_key_multibase in published
    assert verify_signature(old.public_key, b"credential 1", old_signature)

    with keyring.signer(passphrase()) as signer:
        assert signer.verification_method == new_vm
    with (
        pytest.raises(KeyStateError, match="retired"),
        keyring.signer(passphrase(), key_id=old.key_id),
    ):
        pass


def test_rotation_with_a_mistyped_passphrase_changes_nothing(keyring: Keyring) -> None:
    keyring.create_initial_key(passphrase(), T0)
    before = keyring.list()
    with pytest.raises(WrongPassphrase):
        keyring.rotate(passphrase("typo"), T0 + timedelta(days=1))
    assert keyring.list() == before


def test_rotation_needs_an_initial_key(keyring: Keyring) -> None:
    with pytest.raises(NoActiveKey):
        keyring.rotate(passphrase(), T0)


def test_revoking_a_retired_key_removes_it_from_the_did_document(keyring: Keyring) -> None:
    old = keyring.create_initial_key(passphrase(), T0)
    active = keyring.rotate(passphrase(), T0 + timedelta(days=30)).active
    since = T0 + timedelta(days=10)
    result = keyring.revoke(old.key_id, compromised_since=since, now=T0 + timedelta(days=40))
    assert result.new_active is None
    assert result.revoked.status is KeyStatus.REVOKED
    assert result.revoked.compromised_since == since
    assert result.revoked.revoked_at == T0 + timedelta(days=40)
    assert result.revoked.retired_at == T0 + timedelta(days=30)
    assert keyring.get(old.key_id) == result.revoked
    document = keyring.did_document()
    assert old.key_id not in json.dumps(document)
    assert document["assertionMethod"] == [f"{DID}#{active.key_id}"]
    with pytest.raises(KeyStateError, match="already revoked"):
        keyring.revoke(old.key_id, compromised_since=since, now=T0 + timedelta(days=41))


def test_revoking_the_active_key_installs_a_replacement(keyring: Keyring) -> None:
    first = keyring.create_initial_key(passphrase(), T0)
    now = T0 + timedelta(days=3)
    with pytest.raises(KeyStateError, match="replacement"):
        keyring.revoke(first.key_id, compromised_since=T0, now=now)
    assert keyring.active() == first
    result = keyring.revoke(first.key_id, compromised_since=T0, now=now, unlock=passphrase())
    assert result.new_active is not None
    assert keyring.active() == result.new_active
    assert keyring.did_document()["authentication"] == [f"{DID}#{result.new_active.key_id}"]
    with (
        pytest.raises(KeyStateError, match="revoked"),
        keyring.signer(passphrase(), key_id=first.key_id),
    ):
        pass


def test_revocation_argument_errors(keyring: Keyring) -> None:
    record = keyring.create_initial_key(passphrase(), T0)
    with pytest.raises(KeyNotFound):
        keyring.revoke("z6MkNotThere", compromised_since=T0, now=T0)
    with pytest.raises(KeyStateError, match="after now"):
        keyring.revoke(record.key_id, compromised_since=T0 + timedelta(1), now=T0)
    with pytest.raises(KeyStateError, match="timezone"):
        keyring.revoke(record.key_id, compromised_since=datetime(2025, 1, 1), now=T0)
    with pytest.raises(KeyStateError, match="timezone"):
        keyring.rotate(passphrase(), datetime(2025, 1, 1))
    with pytest.raises(KeyNotFound):
        keyring.get("z6MkNotThere")


def test_index_with_two_active_keys_is_corrupt(keyring: Keyring) -> None:
    keyring.create_initial_key(passphrase(), T0)
    keyring.rotate(passphrase(), T0 + timedelta(days=1))
    index_path = keyring.folder / "keyring.json"
    index = json.loads(index_path.read_text())
    for entry in index["keys"]:
        entry["status"] = "active"
    index_path.write_text(json.dumps(index))
    with pytest.raises(KeyringCorrupt, match="2 active"):
        keyring.list()


def test_index_round_trips_times_in_utc(keyring: Keyring) -> None:
    paris = datetime(2025, 3, 1, 10, 0, tzinfo=UTC).astimezone(ZoneInfo("Europe/Paris"))
    record = keyring.create_initial_key(passphrase(), paris)
    assert record.created == paris
    assert record.created.tzinfo is UTC
    assert keyring.list()[0].created == paris
    assert '"2025-03-01T10:00:00Z"' in (keyring.folder / "keyring.json").read_text()


def test_did_document_function_lists_active_then_retired_newest_first() -> None:
    def rec(n: int, status: KeyStatus, day: int) -> KeyRecord:
        key = bytes(nacl.signing.SigningKey(bytes([n]) * 32).verify_key)
        return KeyRecord(multikey_from_public_key(key), T0 + timedelta(days=day), status)

    retired_old = rec(1, KeyStatus.RETIRED, 0)
    revoked = rec(2, KeyStatus.REVOKED, 1)
    retired_new = rec(3, KeyStatus.RETIRED, 2)
    active = rec(4, KeyStatus.ACTIVE, 3)
    document = did_document(DID, [retired_old, revoked, retired_new, active])
    assert document["@context"] == [
        "https://www.w3.org/ns/did/v1",
        "https://w3id.org/security/multikey/v1",
    ]
    assert document["id"] == DID
    expected = [active, retired_new, retired_old]
    assert document["verificationMethod"] == [
        {
            "id": f"{DID}#{r.key_id}",
            "type": "Multikey",
            "controller": DID,
            "publicKeyMultibase": r.public_key_multibase,
        }
        for r in expected
    ]
    assert document["authentication"] == [f"{DID}#{active.key_id}"]
