"""Bitstring Status List v1.0: encoding, bit order, allocation, the list credential, and the
verifier's bounded decoding and §3.2 validation (1EdTech validator sample included)."""

from __future__ import annotations

import base64
import copy
import gzip
import json
import random
import zlib
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from issuer.status_list import (
    MIN_ENTRIES,
    StatusEntry,
    StatusIndexError,
    StatusListError,
    StatusListFullError,
    allocate_index,
    build_status_list_credential,
    encode_list,
    get_bit,
    load_bitstring,
    new_bitstring,
    set_bit,
)
from vc.bitstring import (
    MalformedStatusError,
    StatusErrorCode,
    StatusListLengthError,
    StatusListTooLargeError,
    StatusRangeError,
    decode_list,
    read_status,
)
from verifier.status import check_status, parse_entry

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = (
    ROOT
    / "tests/conformance/ob3-1edtech-validator-samples/inspector-vc/src/test/resources/ob30"
    / "bit-string-list"
)
LIST_URL = "https://certinum.example/status/3"
ISSUER = "did:web:certinum.example"
T0 = datetime(2025, 6, 20, 10, 0, tzinfo=UTC)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _list_credential(bits: bytes | bytearray, **kwargs: Any) -> dict[str, Any]:
    return build_status_list_credential(
        list_url=LIST_URL, issuer=ISSUER, encoded_list=encode_list(bits), valid_from=T0, **kwargs
    )


def _entry(index: int, purpose: str = "revocation") -> dict[str, Any]:
    return StatusEntry(LIST_URL, index, purpose).to_json()


# --- bits and encoding ---------------------------------------------------------------------


def test_new_list_is_16_kb_of_zeros() -> None:
    bits = new_bitstring()
    assert len(bits) == 16 * 1024 == MIN_ENTRIES // 8
    assert not any(bits)


@pytest.mark.parametrize("size", [MIN_ENTRIES - 8, MIN_ENTRIES + 1, 1024])
def test_new_list_refuses_bad_sizes(size: int) -> None:
    with pytest.raises(StatusListError):
        new_bitstring(size)


def test_bit_order_index_0_is_the_leftmost_bit_of_the_first_byte() -> None:
    bits = new_bitstring()
    set_bit(bits, 0)
    assert bits[0] == 0x80
    set_bit(bits, 7)
    assert bits[0] == 0x81
    set_bit(bits, 8)
    assert bits[1] == 0x80
    set_bit(bits, MIN_ENTRIES - 1)
    assert bits[-1] == 0x01
    set_bit(bits, 0, False)
    assert bits[0] == 0x01
    assert [get_bit(bits, i) for i in (0, 7, 8, MIN_ENTRIES - 1)] == [False, True, True, True]


def test_set_bit_refuses_out_of_range() -> None:
    bits = new_bitstring()
    for bad in (-1, MIN_ENTRIES):
        with pytest.raises(StatusIndexError):
            set_bit(bits, bad)


def test_encoding_is_multibase_base64url_of_gzip() -> None:
    bits = new_bitstring()
    set_bit(bits, 23)
    encoded = encode_list(bits)
    assert encoded.startswith("uH4sI")  # 'u' + base64url of the GZIP magic 1f 8b 08
    assert "=" not in encoded
    assert "+" not in encoded
    assert "/" not in encoded
    raw = base64.urlsafe_b64decode(encoded[1:] + "=" * (-len(encoded[1:]) % 4))
    assert gzip.decompress(raw) == bytes(bits)
    assert len(encoded) < 200  # a sparse 16 KB list compresses to a few dozen bytes


def test_encoding_is_deterministic() -> None:
    bits = new_bitstring()
    set_bit(bits, 4242)
    assert encode_list(bits) == encode_list(bytes(bits))


def test_round_trip_random_bits() -> None:
    rng = random.Random(3)
    bits = new_bitstring(MIN_ENTRIES * 2)
    chosen = set(rng.sample(range(MIN_ENTRIES * 2), 500))
    for i in chosen:
        set_bit(bits, i)
    decoded = decode_list(encode_list(bits))
    assert decoded == bytes(bits)
    assert {i for i in range(MIN_ENTRIES * 2) if read_status(decoded, i)} == chosen
    assert load_bitstring(encode_list(bits)) == bits


def test_spec_example_encoded_list_is_an_empty_list() -> None:
    # §2.2 Example "BitstringStatusListCredential"
    encoded = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"
    bits = decode_list(encoded)
    assert len(bits) * 8 == MIN_ENTRIES
    assert not any(bits)


def test_encode_refuses_a_short_list() -> None:
    with pytest.raises(StatusListError):
        encode_list(bytes(1024))


# --- the 1EdTech validator sample ----------------------------------------------------------


def _sample(name: str) -> dict[str, Any]:
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"))


def test_validator_sample_list_has_exactly_index_23_set() -> None:
    status_list = _sample("testlist")
    bits = decode_list(status_list["credentialSubject"]["encodedList"])
    assert len(bits) * 8 == MIN_ENTRIES
    assert [i for i in range(MIN_ENTRIES) if read_status(bits, i)] == [23]


@pytest.mark.parametrize(
    "credential", ["credential-status-revoked.json", "credential-status-revoked-blank-nodes.json"]
)
def test_validator_sample_credentials(credential: str) -> None:
    status_list = _sample("testlist")
    entry = _sample(credential)["credentialStatus"]
    # The sample writes statusListIndex as a JSON number; §2.1 says a base-10 string.
    result = check_status(entry, status_list)
    assert not result.determined
    assert result.error is not None
    assert result.error.code is StatusErrorCode.MALFORMED_VALUE_ERROR
    # Written as the spec requires, the same entry is revoked.
    fixed = dict(entry, statusListIndex=str(entry["statusListIndex"]))
    # The sample list has no id matching the entry's URL (it is served from GitHub).
    listed = dict(status_list)
    del listed["id"]
    result = check_status(fixed, listed)
    assert result.determined, result.error
    assert result.revoked is True
    assert result.status == 1
    assert result.valid is False
    neighbour = dict(fixed, statusListIndex="22")
    assert check_status(neighbour, listed).revoked is False


# --- decoding bounds -----------------------------------------------------------------------


def test_gzip_bomb_is_refused_without_expanding_it() -> None:
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    payload = bomb.compress(bytes(64 * 1024 * 1024)) + bomb.flush()  # 64 MiB of zeros
    encoded = "u" + _b64url(payload)
    assert len(encoded) < 100_000
    with pytest.raises(StatusListTooLargeError):
        decode_list(encoded)
    with pytest.raises(StatusListTooLargeError):
        decode_list("u" + _b64url(gzip.compress(bytes(40_000))), max_decompressed=32_768)


def test_result_for_a_bomb_is_an_error_not_an_exception() -> None:
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    payload = bomb.compress(bytes(16 * 1024 * 1024)) + bomb.flush()
    status_list = _list_credential(new_bitstring())
    status_list["credentialSubject"]["encodedList"] = "u" + _b64url(payload)
    result = check_status(_entry(5), status_list, max_decompressed=1024 * 1024)
    assert result.error is not None
    assert result.error.code is StatusErrorCode.MALFORMED_VALUE_ERROR
    assert not result.determined
    assert not result.revoked


def test_short_list_is_refused() -> None:
    short = "u" + _b64url(gzip.compress(bytes(1024)))
    with pytest.raises(StatusListLengthError):
        decode_list(short)
    status_list = _list_credential(new_bitstring())
    status_list["credentialSubject"]["encodedList"] = short
    result = check_status(_entry(5), status_list)
    assert result.error is not None
    assert result.error.code is StatusErrorCode.STATUS_LIST_LENGTH_ERROR
    assert result.error.number == -130


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "H4sIAAAAAAAA",  # no multibase prefix
        "z3yMApqCu",  # base58btc, not base64url
        "u****",
        "uH4sI=",  # padding is not allowed
        "u" + _b64url(b"not gzip at all"),
        "u" + _b64url(gzip.compress(bytes(16384), mtime=0)[:-12]),  # truncated
        "u" + _b64url(gzip.compress(bytes(16384), mtime=0) + b"trailing"),
    ],
)
def test_malformed_encoded_lists(encoded: str) -> None:
    with pytest.raises(MalformedStatusError):
        decode_list(encoded)


def test_read_status_range() -> None:
    bits = bytes(16)
    with pytest.raises(StatusRangeError):
        read_status(bits, 128)
    assert read_status(bits, 127) == 0


# --- allocation ----------------------------------------------------------------------------


def test_allocation_is_random_and_avoids_used_indexes() -> None:
    rng = random.Random(11)
    used: set[int] = set()
    for _ in range(2000):
        index = allocate_index(used, randbelow=rng.randrange)
        assert 0 <= index < MIN_ENTRIES
        assert index not in used
        used.add(index)
    # Random, not sequential: spread over the whole list.
    assert min(used) < MIN_ENTRIES // 10
    assert max(used) > MIN_ENTRIES * 9 // 10
    assert sorted(used) != list(range(2000))


def test_allocation_is_reproducible_with_a_seed() -> None:
    a = allocate_index(set(), randbelow=random.Random(5).randrange)
    b = allocate_index(set(), randbelow=random.Random(5).randrange)
    assert a == b


def test_allocation_in_a_nearly_full_list_stays_bounded() -> None:
    size = 4096
    used = set(range(size)) - {1234}
    calls: list[int] = []

    def unlucky(n: int) -> int:
        calls.append(n)
        return 0 if n == size else n - 1  # always hits a used index while drawing at random

    assert allocate_index(used, size=size, randbelow=unlucky) == 1234
    assert len(calls) <= 65


def test_allocation_in_a_full_list_raises() -> None:
    with pytest.raises(StatusListFullError):
        allocate_index(set(range(64)), size=64)


# --- entries and the list credential -------------------------------------------------------


def test_status_entry_json() -> None:
    entry = StatusEntry(LIST_URL, 94567)
    assert entry.to_json() == {
        "id": f"{LIST_URL}#94567",
        "type": "BitstringStatusListEntry",
        "statusPurpose": "revocation",
        "statusListIndex": "94567",
        "statusListCredential": LIST_URL,
    }
    assert parse_entry(entry.to_json()).index == 94567


@pytest.mark.parametrize(
    ("url", "index"), [("ftp://x.example/l", 1), (LIST_URL + "#x", 1), (LIST_URL, -1)]
)
def test_status_entry_refuses_bad_values(url: str, index: int) -> None:
    with pytest.raises(StatusListError):
        StatusEntry(url, index)


def test_list_credential_shape() -> None:
    bits = new_bitstring()
    set_bit(bits, 7)
    vc = _list_credential(bits, valid_until=T0 + timedelta(days=1))
    assert vc == {
        "@context": ["https://www.w3.org/ns/credentials/v2"],
        "id": LIST_URL,
        "type": ["VerifiableCredential", "BitstringStatusListCredential"],
        "issuer": ISSUER,
        "validFrom": "2025-06-20T10:00:00Z",
        "validUntil": "2025-06-21T10:00:00Z",
        "credentialSubject": {
            "id": f"{LIST_URL}#list",
            "type": "BitstringStatusList",
            "statusPurpose": "revocation",
            "encodedList": encode_list(bits),
        },
    }


def test_list_credential_refuses_a_short_encoded_list() -> None:
    with pytest.raises(StatusListError):
        build_status_list_credential(
            list_url=LIST_URL,
            issuer=ISSUER,
            encoded_list="u" + _b64url(gzip.compress(bytes(100))),
            valid_from=T0,
        )


# --- §3.2 validation -----------------------------------------------------------------------


def _revoked_list(*indexes: int) -> dict[str, Any]:
    bits = new_bitstring()
    for i in indexes:
        set_bit(bits, i)
    return _list_credential(bits)


def test_check_status_revoked_and_not_revoked() -> None:
    status_list = _revoked_list(94567)
    revoked = check_status(_entry(94567), status_list)
    assert revoked.determined
    assert revoked.revoked
    assert revoked.valid is False
    assert revoked.purpose == "revocation"
    fine = check_status(_entry(94566), status_list)
    assert fine.determined
    assert not fine.revoked
    assert fine.valid is True
    assert fine.status == 0


def test_index_out_of_range_is_a_range_error() -> None:
    result = check_status(_entry(MIN_ENTRIES), _revoked_list())
    assert result.error is not None
    assert result.error.code is StatusErrorCode.RANGE_ERROR
    assert not result.determined
    assert not result.revoked


def test_purpose_mismatch_is_a_verification_error() -> None:
    result = check_status(_entry(5, "suspension"), _revoked_list(5))
    assert result.error is not None
    assert result.error.code is StatusErrorCode.STATUS_VERIFICATION_ERROR
    assert result.error.number == -129
    assert result.error.type.endswith("#STATUS_VERIFICATION_ERROR")


def test_list_with_several_purposes() -> None:
    status_list = _revoked_list(5)
    status_list["credentialSubject"]["statusPurpose"] = ["suspension", "revocation"]
    assert check_status(_entry(5), status_list).revoked


def test_list_id_must_match_the_entry() -> None:
    status_list = _revoked_list(5)
    status_list["id"] = "https://elsewhere.example/status/3"
    result = check_status(_entry(5), status_list)
    assert result.error is not None
    assert result.error.code is StatusErrorCode.STATUS_VERIFICATION_ERROR


def test_list_validity_period_when_a_time_is_given() -> None:
    status_list = _list_credential(new_bitstring(), valid_until=T0 + timedelta(days=1))
    assert check_status(_entry(5), status_list, now=T0 + timedelta(hours=1)).determined
    for when in (T0 - timedelta(seconds=1), T0 + timedelta(days=2)):
        result = check_status(_entry(5), status_list, now=when)
        assert result.error is not None
        assert result.error.code is StatusErrorCode.STATUS_VERIFICATION_ERROR


def test_multi_bit_entries_with_messages() -> None:
    bits = new_bitstring(MIN_ENTRIES * 2)
    set_bit(bits, 2 * 10 + 1)  # entry 10 = 0b01
    set_bit(bits, 2 * 11)  # entry 11 = 0b10
    status_list = _list_credential(bits)
    status_list["credentialSubject"]["statusPurpose"] = "message"
    messages = [{"status": f"0x{v}", "message": m} for v, m in enumerate("abcd")]
    entry = dict(_entry(10, "message"), statusSize=2, statusMessage=messages)
    result = check_status(entry, status_list)
    assert (result.status, result.message) == (1, "b")
    result = check_status(dict(entry, statusListIndex="11"), status_list)
    assert (result.status, result.message) == (2, "c")
    # 2 bits per entry: a 131,072-bit list holds only 65,536 entries, below the minimum.
    short = _list_credential(new_bitstring())
    short["credentialSubject"]["statusPurpose"] = "message"
    result = check_status(entry, short)
    assert result.error is not None
    assert result.error.code is StatusErrorCode.STATUS_LIST_LENGTH_ERROR


BAD_ENTRIES: list[Any] = [
    None,
    "revoked",
    [],
    {},
    dict(_entry(1), type="StatusList2021Entry"),
    dict(_entry(1), statusListIndex=1),
    dict(_entry(1), statusListIndex="-1"),
    dict(_entry(1), statusListIndex="1e3"),
    dict(_entry(1), statusListIndex="9" * 400),
    dict(_entry(1), statusPurpose=""),
    dict(_entry(1), statusListCredential=None),
    dict(_entry(1), statusSize=0),
    dict(_entry(1), statusSize=True),
    dict(_entry(1), statusSize=2),  # statusMessage missing
    dict(_entry(1), statusSize=1, statusMessage=[{"status": "0x0"}]),
]


@pytest.mark.parametrize("entry", BAD_ENTRIES)
def test_malformed_entries_give_an_error_result(entry: Any) -> None:
    result = check_status(entry, _revoked_list(1))
    assert result.error is not None
    assert result.error.code is StatusErrorCode.MALFORMED_VALUE_ERROR
    assert not result.determined
    assert not result.revoked


BAD_LISTS: list[Any] = [None, "list", [], {}, {"type": ["VerifiableCredential"]}]


@pytest.mark.parametrize("status_list", BAD_LISTS)
def test_malformed_lists_give_an_error_result(status_list: Any) -> None:
    result = check_status(_entry(1), status_list)
    assert result.error is not None
    assert not result.determined


@pytest.mark.parametrize(
    "mutate",
    [
        lambda s: s["credentialSubject"].update(type="StatusList2021"),
        lambda s: s["credentialSubject"].update(statusPurpose=7),
        lambda s: s["credentialSubject"].update(encodedList=None),
        lambda s: s.update(credentialSubject=[s["credentialSubject"]]),
        lambda s: s.update(validFrom="yesterday"),
    ],
)
def test_odd_list_contents_never_raise(mutate: Any) -> None:
    status_list = copy.deepcopy(_revoked_list(1))
    mutate(status_list)
    result = check_status(_entry(1), status_list, now=T0 + timedelta(hours=1))
    assert result.error is not None
    assert not result.determined
