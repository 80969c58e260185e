"""The verification library never raises for a bad credential, whatever the public sends."""

from __future__ import annotations

import copy
import json
import random
from datetime import UTC, datetime
from typing import Any

from certificates import certificate
from nacl.signing import SigningKey

from keys import multikey_from_public_key, signer_from_seed
from keys.did_key import did_key_from_public_key
from vc.dataintegrity import create_proof
from vc.jsonld import DocumentLoader
from verifier.resolution import key_resolver
from verifier.verify import CHECK_NAMES, VerifyOptions, verify_credential

SEED = bytes(range(32))
NOW = datetime(2026, 7, 1, tzinfo=UTC)
JUNK: list[Any] = [
    None,
    True,
    0,
    -1,
    1e308,
    "",
    "x" * 5000,
    [],
    {},
    [[[]]],
    {"@id": "_:b0"},
    {"@context": "https://evil.example/ctx"},
    "did:key:z6Mk",
    "P-7KQ2MXRB",
]


def _signed() -> dict[str, Any]:
    public = bytes(SigningKey(SEED).verify_key)
    did = did_key_from_public_key(public)
    vm = f"{did}#{multikey_from_public_key(public)}"
    doc = certificate(did, "https://certinum.example")
    with signer_from_seed(SEED, vm) as signer:
        return create_proof(
            doc, sign=signer.sign, verification_method=vm, created=NOW, loader=DocumentLoader()
        )


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, (*prefix, k))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, (*prefix, i))
    return out


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    return doc


def test_the_signed_base_verifies_as_did_key() -> None:
    opts = VerifyOptions(loader=DocumentLoader(), resolve_key=key_resolver(), now=NOW)
    result = verify_credential(_signed(), opts)
    assert result.verified, [c.to_json() for c in result.failed_checks]
    assert not result.trusted


def test_random_mutations_never_raise_and_never_verify() -> None:
    base = _signed()
    opts = VerifyOptions(loader=DocumentLoader(), resolve_key=key_resolver(), now=NOW)
    rng = random.Random(7)
    paths = _paths(base)[1:]
    checked = 0
    for _ in range(300):
        doc = copy.deepcopy(base)
        path = rng.choice(paths)
        doc = _set(doc, path, copy.deepcopy(rng.choice(JUNK)))
        if doc == base:
            continue
        result = verify_credential(doc, opts)
        assert [c.name for c in result.checks] == list(CHECK_NAMES)
        assert not result.verified, (path, json.dumps(doc)[:200])
        assert result.failed_checks, path
        checked += 1
    assert checked > 250


def test_non_objects_are_malformed() -> None:
    opts = VerifyOptions(loader=DocumentLoader(), resolve_key=key_resolver(), now=NOW)
    for junk in JUNK:
        if isinstance(junk, dict):
            continue
        result = verify_credential(junk, opts)
        assert not result.verified
        assert result.check("well_formed").status == "failed"
