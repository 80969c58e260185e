"""Tamper corpus: mutants of credentials signed by the project (eddsa-rdfc-2022), each judged
by its canonical form (vc.rdfc), never by a list written by hand.

The bases are the project's certificate credential and its status list credential
(``failure_setup``: built by :mod:`issuer.openbadge` / :mod:`issuer.status_list`, signed by
:func:`vc.dataintegrity.create_proof`). Mutants: every leaf value changed; every property
removed; at every object a defined and an undefined property added, and its keys reordered;
every array reversed; the contexts swapped, reordered, replaced; and the credential signed
again by other keys. A mutant's canonical form is (RDFC-1.0 N-Quads of the document without
its proof, those of its proof configuration, the proofValue), or none when the canonicalizer
refuses it. Then:

- a mutant whose canonical form differs from the original's fails verification, and the
  proof check is what stops it (verified without the Open Badges schema check, so that no
  other check can mask a weak signature check);
- a mutant with the same canonical form (reordered keys, reversed arrays of unordered values)
  passes verification with every check, the schema included: the signature covers meaning,
  not JSON layout, and the corpus asserts that those are the mutants that pass. The one
  exception is named (:data:`LAYOUT_RULES`): the reversed ``@context`` means the same but
  breaks the data model's rule that credentials/v2 comes first, and fails ``well_formed``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from failure_setup import (
    CORRECT,
    DOCUMENTS,
    ISSUER,
    LIST_URL,
    LOADER,
    NOW,
    OTHER,
    OTHER_SEED,
    list_credential,
    method_of,
    public_key,
    signed,
)

from keys import multikey_from_public_key
from vc.dataintegrity._suite import canonical_nquads, proof_configuration
from verifier.resolution import key_resolver
from verifier.verify import VerificationResult, VerifyOptions, verify_credential

Path = tuple[str | int, ...]
LIST = list_credential()
FULL = VerifyOptions(
    loader=LOADER,
    resolve_key=key_resolver(DOCUMENTS),
    now=NOW,
    trusted_issuers=frozenset({ISSUER}),
    status_list_for={LIST_URL: LIST}.get,
)
SIGNATURE_ONLY = VerifyOptions(
    loader=FULL.loader,
    resolve_key=FULL.resolve_key,
    now=FULL.now,
    trusted_issuers=FULL.trusted_issuers,
    status_list_for=FULL.status_list_for,
    check_schema=False,
)
BASES = {"certificate": CORRECT, "status list": LIST}
VC_V1 = "https://www.w3.org/2018/credentials/v1"
#: Same canonical form, refused all the same by a rule on the JSON itself: VC 2.0 §4.3 wants
#: credentials/v2 as the first @context, and the reversed list keeps its meaning but not that.
LAYOUT_RULES = {"reverse ('@context',)": ("well_formed", "MALFORMED")}


def _leaves(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _leaves(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _leaves(item, (*path, i))
    else:
        yield path, value


def _containers(value: Any, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    if isinstance(value, dict | list):
        yield path, value
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            yield from _containers(item, (*path, key))


def _at(doc: Any, path: Path) -> Any:
    for step in path:
        doc = doc[step]
    return doc


def _with(doc: dict[str, Any], path: Path, change: Any) -> dict[str, Any]:
    """A deep copy of ``doc`` with ``change(parent, last_step)`` applied at ``path``."""
    mutant = copy.deepcopy(doc)
    change(_at(mutant, path[:-1]), path[-1])
    return mutant


def _changed(leaf: Any) -> Any:
    if isinstance(leaf, bool):
        return not leaf
    if isinstance(leaf, int | float):
        return leaf + 1
    if isinstance(leaf, str):
        return leaf + "x" if leaf else "x"
    return "x"


def _replace(value: Any) -> Any:
    def change(parent: Any, step: Any) -> None:
        parent[step] = value

    return change


def _remove(parent: Any, step: Any) -> None:
    del parent[step]


def mutants(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(label, mutant) for every mutation of ``doc`` described in the module docstring."""
    for path, leaf in _leaves(doc):
        yield f"change {path}", _with(doc, path, _replace(_changed(leaf)))
    for path, container in _containers(doc):
        steps = list(container) if isinstance(container, dict) else range(len(container))
        for step in steps:
            yield f"remove {(*path, step)}", _with(doc, (*path, step), _remove)
        if isinstance(container, dict):
            for key, value in (("name", "ajouté"), ("tamperedWith", "x")):
                if key not in container:
                    added = copy.deepcopy(container) | {key: value}
                    yield f"add {key} at {path}", _at_path(doc, path, added)
            if len(container) > 1:
                reordered = dict(reversed(list(container.items())))
                yield f"reorder keys at {path}", _at_path(doc, path, reordered)
        elif len(container) > 1:
            yield f"reverse {path}", _at_path(doc, path, list(reversed(container)))
    contexts = doc["@context"]
    for url in sorted(LOADER.urls):
        for i, current in enumerate(contexts):
            if url != current:
                swapped = [*contexts[:i], url, *contexts[i + 1 :]]
                yield f"context {i} -> {url}", doc | {"@context": swapped}
    yield "context v1 added", doc | {"@context": [VC_V1, *contexts]}
    yield "inline context added", doc | {"@context": [*contexts, {"name": "urn:x:name"}]}


def _at_path(doc: dict[str, Any], path: Path, value: Any) -> dict[str, Any]:
    if not path:
        return dict(value)
    return _with(doc, path, _replace(value))


def _resigned(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The same document signed by keys that are not the issuer's."""
    unsigned = {k: v for k, v in doc.items() if k != "proof"}
    yield "signed by another did:web's key", signed(unsigned, seed=OTHER_SEED, did=OTHER)
    yield (
        "signed by another key under the issuer's key id",
        signed(unsigned, seed=OTHER_SEED, did=OTHER, vm=method_of(ISSUER, bytes(range(32)))),
    )
    stranger = f"did:key:{multikey_from_public_key(public_key(OTHER_SEED))}"
    yield "signed by a did:key", signed(unsigned, seed=OTHER_SEED, did=stranger)


_PROOF_CONFIGS: dict[str, str | None] = {}


def canonical_form(doc: dict[str, Any]) -> tuple[str, str, object] | None:
    """(N-Quads of the document, of its proof configuration, the proofValue); None when the
    canonicalizer refuses the document or its proof."""
    proof = doc.get("proof")
    if not isinstance(proof, dict):
        return None
    unsecured = {k: v for k, v in doc.items() if k != "proof"}
    try:
        document = canonical_nquads(unsecured, loader=LOADER)
    except Exception:  # any refusal: the mutant has no canonical form
        return None
    key = json.dumps([proof, unsecured.get("@context")], ensure_ascii=False)
    if key not in _PROOF_CONFIGS:
        try:
            _PROOF_CONFIGS[key] = proof_configuration(proof, unsecured, loader=LOADER)
        except Exception:
            _PROOF_CONFIGS[key] = None
    config = _PROOF_CONFIGS[key]
    return None if config is None else (document, config, proof.get("proofValue"))


def _stopped_by_signature(result: VerificationResult) -> bool:
    """Not verified, and the proof check did not pass (failed, or not reached because the
    document was refused before it)."""
    return not result.verified and not result.check("proof").passed


@pytest.mark.parametrize("base", sorted(BASES))
def test_every_mutant_is_judged_by_its_canonical_form(base: str) -> None:
    original = BASES[base]
    assert verify_credential(original, FULL).verified
    expected = canonical_form(original)
    assert expected is not None
    same: list[str] = []
    differing = 0
    seen: set[str] = set()
    for label, mutant in mutants(original):
        text = json.dumps(mutant, ensure_ascii=False)
        if text in seen:  # e.g. the same change reached twice: judged once
            continue
        seen.add(text)
        if canonical_form(mutant) == expected:
            same.append(label)
            result = verify_credential(mutant, FULL)
            if label in LAYOUT_RULES:
                assert [(c.name, c.code) for c in result.failed_checks] == [LAYOUT_RULES[label]]
            else:
                assert result.verified, (label, result.failed_checks)
        else:
            differing += 1
            result = verify_credential(mutant, SIGNATURE_ONLY)
            assert _stopped_by_signature(result), (label, result.checks)
    leaves = sum(1 for _ in _leaves(original))
    assert differing >= leaves  # every leaf change at least, all of them refused
    # What canonicalizes the same is layout, never content: reordered keys and reversed
    # arrays of unordered values (types, results), and nothing else.
    assert same, "the corpus holds mutants of the same canonical form"
    assert all(label.startswith(("reorder keys", "reverse")) for label in same), same
    assert any(label.startswith("reorder keys") for label in same)
    assert all(label in same for label, _ in mutants(original) if label.startswith("reorder keys"))


@pytest.mark.parametrize("base", sorted(BASES))
def test_a_signature_by_another_key_fails(base: str) -> None:
    original = BASES[base]
    for label, mutant in _resigned(original):
        assert canonical_form(mutant) != canonical_form(original)
        result = verify_credential(mutant, SIGNATURE_ONLY)
        assert not result.verified, label
        failed = {c.name for c in result.failed_checks}
        assert failed & {"proof", "issuer_controls_key"}, (label, result.failed_checks)
