"""The keyring's public index file (``keyring.json``): its format, reading within bounds and
writing.

The index lists every key's Multikey, status and dates; it is public data and is not
authenticated (see :mod:`keys.keyring`). Reading refuses a file over
:data:`MAX_INDEX_BYTES`, another format, a key listed twice or an entry that is not a valid
record, with :class:`~keys.errors.KeyringCorrupt`.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from keys import _fs
from keys.ed25519 import public_key_from_multikey
from keys.errors import DidError, KeyringCorrupt, KeyStateError
from keys.records import KeyRecord, KeyStatus, utc

INDEX_NAME = "keyring.json"
INDEX_FORMAT = "certinum-keyring/1"
MAX_INDEX_BYTES = 4 * 1024 * 1024


def read_index(path: Path) -> list[KeyRecord]:
    """The records of a keyring index file (none when it does not exist yet)."""
    try:
        content = _fs.read_bounded(path, MAX_INDEX_BYTES)
    except FileNotFoundError:
        return []
    if len(content) > MAX_INDEX_BYTES:
        raise KeyringCorrupt("the keyring index is too large")
    try:
        index = json.loads(content)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise KeyringCorrupt("the keyring index is not JSON") from None
    if not isinstance(index, dict) or index.get("format") != INDEX_FORMAT:
        raise KeyringCorrupt(f"the keyring index is not in the {INDEX_FORMAT} format")
    entries = index.get("keys")
    if not isinstance(entries, list):
        raise KeyringCorrupt("the keyring index has no key list")
    records = [record_from_json(entry) for entry in entries]
    ids = [r.key_id for r in records]
    if len(set(ids)) != len(ids):
        raise KeyringCorrupt("the keyring index lists a key twice")
    return records


def _time(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat().replace("+00:00", "Z")


def _parse_time(value: object, what: str) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise KeyringCorrupt(f"{what} is not a timestamp string")
    try:
        return utc(datetime.fromisoformat(value), what)
    except (ValueError, KeyStateError):
        raise KeyringCorrupt(f"{what} is not an ISO 8601 UTC timestamp: {value!r}") from None


def record_to_json(record: KeyRecord) -> dict[str, Any]:
    return {
        "public_key_multibase": record.public_key_multibase,
        "status": record.status.value,
        "created": _time(record.created),
        "retired_at": _time(record.retired_at),
        "revoked_at": _time(record.revoked_at),
        "compromised_since": _time(record.compromised_since),
    }


def record_from_json(entry: object) -> KeyRecord:
    if not isinstance(entry, dict):
        raise KeyringCorrupt("an index entry is not an object")
    multikey, status = entry.get("public_key_multibase"), entry.get("status")
    if not isinstance(multikey, str) or not isinstance(status, str):
        raise KeyringCorrupt("an index entry has no key or status string")
    try:
        public_key_from_multikey(multikey)
        status = KeyStatus(status)
    except (DidError, ValueError):
        raise KeyringCorrupt(f"invalid key or status in the index: {multikey[:60]!r}") from None
    created = _parse_time(entry.get("created"), "created")
    if created is None:
        raise KeyringCorrupt(f"key {multikey[:60]} has no creation time")
    return KeyRecord(
        public_key_multibase=multikey,
        created=created,
        status=KeyStatus(status),
        retired_at=_parse_time(entry.get("retired_at"), "retired_at"),
        revoked_at=_parse_time(entry.get("revoked_at"), "revoked_at"),
        compromised_since=_parse_time(entry.get("compromised_since"), "compromised_since"),
    )


def index_bytes(records: Sequence[KeyRecord]) -> bytes:
    """The index file's content listing ``records`` in order."""
    index = {"format": INDEX_FORMAT, "keys": [record_to_json(r) for r in records]}
    return (json.dumps(index, indent=2) + "\n").encode("utf-8")
