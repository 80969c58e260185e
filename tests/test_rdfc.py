"""RDFC-1.0 canonicalizer: the W3C test suite (manifest-driven) and unit tests.

The vectors are read from tests/conformance/rdf-canon/tests (a verbatim copy of
w3c/rdf-canon/tests, see tests/conformance/README.md).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from vc.rdfc import (
    CanonicalizationBudget,
    CanonicalizationBudgetExceeded,
    CanonicalizationDeadlineExceeded,
    InvalidTermError,
    NQuadsSyntaxError,
    RDFCError,
    UnsupportedHashAlgorithm,
    blank,
    canonicalize,
    escape_string,
    iri,
    literal,
    parse_nquads,
    serialize_nquads,
)

SUITE = Path(__file__).parent / "conformance" / "rdf-canon" / "tests"
MANIFEST = json.loads((SUITE / "manifest.jsonld").read_text(encoding="utf-8"))
ENTRIES: list[dict[str, Any]] = MANIFEST["entries"]


def _entries(kind: str) -> list[dict[str, Any]]:
    return [entry for entry in ENTRIES if entry["type"] == f"rdfc:{kind}"]


EVAL_TESTS = _entries("RDFC10EvalTest")
MAP_TESTS = _entries("RDFC10MapTest")
NEGATIVE_TESTS = _entries("RDFC10NegativeEvalTest")


def _ids(entries: list[dict[str, Any]]) -> list[str]:
    return [entry["id"].lstrip("#") for entry in entries]


def _read(relative: str) -> str:
    # newline="" keeps the bytes as they are: the comparison is byte for byte.
    with (SUITE / relative).open(encoding="utf-8", newline="") as handle:
        return handle.read()


def test_manifest_counts() -> None:
    """A broken manifest read must not make the suite pass with fewer tests."""
    assert len(EVAL_TESTS) == 64
    assert len(MAP_TESTS) == 21
    assert len(NEGATIVE_TESTS) == 1
    assert len(ENTRIES) == 86
    assert {entry.get("hashAlgorithm", "SHA256") for entry in ENTRIES} == {"SHA256", "SHA384"}


@pytest.mark.parametrize("entry", EVAL_TESTS, ids=_ids(EVAL_TESTS))
def test_eval(entry: dict[str, Any]) -> None:
    quads = parse_nquads(_read(entry["action"]))
    result = canonicalize(quads, hash_algorithm=entry.get("hashAlgorithm", "SHA256"))
    assert result.nquads == _read(entry["result"])
    assert serialize_nquads(result.quads) == result.nquads


@pytest.mark.parametrize("entry", MAP_TESTS, ids=_ids(MAP_TESTS))
def test_issued_map(entry: dict[str, Any]) -> None:
    text = _read(entry["action"])
    result = canonicalize(parse_nquads(text), hash_algorithm=entry.get("hashAlgorithm", "SHA256"))
    expected = json.loads(_read(entry["result"]))
    # Keys are exactly the input's blank node labels (README of the suite).
    input_labels = set(re.findall(r"_:([^\s]+?)(?=[\s.])", text))
    assert set(result.issued) == input_labels
    assert result.issued == expected


@pytest.mark.parametrize("entry", NEGATIVE_TESTS, ids=_ids(NEGATIVE_TESTS))
def test_poison_graph_exceeds_budget(entry: dict[str, Any]) -> None:
    quads = parse_nquads(_read(entry["action"]))
    with pytest.raises(CanonicalizationBudgetExceeded, match="Hash N-Degree Quads"):
        canonicalize(quads, hash_algorithm=entry.get("hashAlgorithm", "SHA256"))


# --- budget and deadline ------------------------------------------------------------------

P = iri("http://example.org/p")


def _two_cycles(length: int) -> list[tuple[str, str, str, str]]:
    """Two identical cycles: every node shares its first-degree hash."""
    return [
        (blank(f"{name}{i}"), P, blank(f"{name}{(i + 1) % length}"), "")
        for name in ("a", "b")
        for i in range(length)
    ]


def test_budget_zero_work_factor_refuses_any_deep_call() -> None:
    with pytest.raises(CanonicalizationBudgetExceeded, match="budget of 0 calls"):
        canonicalize(_two_cycles(3), budget=CanonicalizationBudget(max_work_factor=0))


def test_unique_hashes_need_no_budget() -> None:
    quads = [(blank("x"), P, literal("1"), ""), (blank("y"), P, literal("2"), "")]
    result = canonicalize(quads, budget=CanonicalizationBudget(max_work_factor=0))
    assert sorted(result.issued) == ["x", "y"]


def test_permutation_budget() -> None:
    budget = CanonicalizationBudget(max_work_factor=None, max_permutations=5)
    with pytest.raises(CanonicalizationBudgetExceeded, match="permutations"):
        canonicalize(_two_cycles(6), budget=budget)


def test_recursion_depth_budget() -> None:
    budget = CanonicalizationBudget(max_work_factor=None, max_recursion_depth=3)
    with pytest.raises(CanonicalizationBudgetExceeded, match="recursion deeper than 3"):
        canonicalize(_two_cycles(10), budget=budget)


def test_long_symmetric_chain_fails_with_typed_error_not_recursion_error() -> None:
    with pytest.raises(CanonicalizationBudgetExceeded):
        canonicalize(_two_cycles(600))


def test_deadline_with_injected_clock() -> None:
    ticks = iter(range(100))
    with pytest.raises(CanonicalizationDeadlineExceeded, match="deadline"):
        canonicalize(_two_cycles(4), deadline=1.5, clock=lambda: float(next(ticks)))


def test_deadline_not_reached() -> None:
    result = canonicalize(_two_cycles(4), deadline=10.0, clock=lambda: 0.0)
    assert len(result.issued) == 8


def test_duplicate_related_entries_are_not_permuted_factorially() -> None:
    """12 quads naming the same related node in 12 graphs: one distinct ordering."""
    graphs = [iri(f"http://example.org/g{i}") for i in range(12)]
    quads = [(blank(node), P, blank("c"), graph) for node in ("a", "b") for graph in graphs]
    quads.append((blank("c"), iri("http://example.org/q"), literal("x"), ""))
    result = canonicalize(quads, budget=CanonicalizationBudget(max_permutations=10))
    assert set(result.issued) == {"a", "b", "c"}


# --- canonicalize: API behaviour ----------------------------------------------------------


def test_result_shape_and_issued_map() -> None:
    quads = [
        (blank("e1"), P, literal("b"), ""),
        (blank("e0"), P, literal("a"), blank("g")),
        (blank("e0"), P, literal("a"), blank("g")),  # duplicate: a dataset is a set
    ]
    result = canonicalize(quads)
    assert result.nquads.count("\n") == 2
    assert result.nquads == serialize_nquads(result.quads)
    assert result.nquads.splitlines() == sorted(result.nquads.splitlines())
    assert set(result.issued) == {"e0", "e1", "g"}
    assert sorted(result.issued.values()) == ["c14n0", "c14n1", "c14n2"]
    assert all(not label.startswith("_:") for label in result.issued)


def test_input_order_does_not_change_output() -> None:
    quads = [*_two_cycles(5), (blank("a0"), P, literal("tag"), "")]
    assert canonicalize(quads).nquads == canonicalize(list(reversed(quads))).nquads


@pytest.mark.parametrize("name", ["SHA256", "sha256", "Sha-256", "SHA384", "sha-384"])
def test_hash_algorithm_names(name: str) -> None:
    canonicalize(_two_cycles(2), hash_algorithm=name)


@pytest.mark.parametrize("name", ["MD5", "SHA512", "sha3-256", "", "RDFC-1.0"])
def test_bad_hash_algorithm(name: str) -> None:
    with pytest.raises(UnsupportedHashAlgorithm, match="SHA256"):
        canonicalize([], hash_algorithm=name)


def test_sha384_changes_labels_assignment_hashes() -> None:
    quads = parse_nquads(_read("rdfc10/test075-in.nq"))
    sha384 = canonicalize(quads, hash_algorithm="SHA384").nquads
    assert sha384 == _read("rdfc10/test075-rdfc10.nq")
    assert canonicalize(quads).nquads == _read("rdfc10/test020-rdfc10.nq")


@pytest.mark.parametrize(
    "quad",
    [
        ("<http://a/s>", "<http://a/p>", '"x"', None),
        ("<http://a/s>", "<http://a/p>", '"x"'),
        ('"lit"', "<http://a/p>", '"x"', ""),
        ("<http://a/s>", "_:p", '"x"', ""),
        ("<http://a/s>", "<http://a/p>", '"\\u000a"', ""),  # ECHAR required
        ("<http://a/s>", "<http://a/p>", '"a\nb"', ""),  # raw newline
        ("<http://a/s>", "<http://a/p>", '"x"^^<http://www.w3.org/2001/XMLSchema#string>', ""),
        ("<relative>", "<http://a/p>", '"x"', ""),
        ("<http://a/s b>", "<http://a/p>", '"x"', ""),
        ("<http://a/s>", "<http://a/p>", '"x"', '"graph"'),
        ("", "<http://a/p>", '"x"', ""),
    ],
)
def test_invalid_terms_are_refused(quad: tuple[object, ...]) -> None:
    with pytest.raises(InvalidTermError):
        canonicalize([quad])  # type: ignore[list-item]


def test_unhashable_quad_is_refused() -> None:
    with pytest.raises(InvalidTermError):
        canonicalize([["<http://a/s>", "<http://a/p>", '"x"', ""]])  # type: ignore[list-item]


def test_exception_tree() -> None:
    for error in (
        InvalidTermError,
        NQuadsSyntaxError,
        UnsupportedHashAlgorithm,
        CanonicalizationBudgetExceeded,
    ):
        assert issubclass(error, RDFCError)
    assert issubclass(CanonicalizationDeadlineExceeded, CanonicalizationBudgetExceeded)
    assert issubclass(RDFCError, ValueError)


# --- term encoders: canonical escaping (test060's rules) ----------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("simple", "simple"),
        ('"', '\\"'),
        ("\\", "\\\\"),
        ("\b\t\n\f\r", "\\b\\t\\n\\f\\r"),
        ("'", "'"),  # ECHAR \' exists but the canonical form writes it raw
        ("\x00\x07\x0b\x0e\x1f", "\\u0000\\u0007\\u000B\\u000E\\u001F"),
        ("\x7f", "\\u007F"),
        ("\x80\x9f\xa0é∞", "\x80\x9f\xa0é∞"),  # raw UTF-8 beyond ASCII, C1 controls too
        ("\U0001f303", "\U0001f303"),
        ("\\u0039", "\\\\u0039"),
    ],
)
def test_escape_string(value: str, expected: str) -> None:
    assert escape_string(value) == expected


def test_escape_string_refuses_lone_surrogate() -> None:
    with pytest.raises(InvalidTermError, match="surrogate"):
        escape_string("a\ud800b")


def test_literal_forms() -> None:
    xsd = "http://www.w3.org/2001/XMLSchema#"
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    assert literal("x") == '"x"'
    assert literal("x", xsd + "string") == '"x"'
    assert literal("1", xsd + "integer") == f'"1"^^<{xsd}integer>'
    assert literal("chat", language="fr") == '"chat"@fr'
    assert literal("chat", rdf + "langString", "en-GB") == '"chat"@en-GB'  # case kept
    with pytest.raises(InvalidTermError):
        literal("x", rdf + "langString")
    with pytest.raises(InvalidTermError):
        literal("x", xsd + "integer", "en")
    with pytest.raises(InvalidTermError):
        literal("x", language="en_US")
    with pytest.raises(InvalidTermError):
        literal("x", "not an iri")


def test_iri_and_blank() -> None:
    assert iri("urn:ex:∞") == "<urn:ex:∞>"
    assert iri("https://example.org/a#b") == "<https://example.org/a#b>"
    for bad in (
        "relative/path",
        "http://a/b c",
        "http://a/<",
        "http://a/\\",
        "",
        "http://a/\ud800",
    ):
        with pytest.raises(InvalidTermError):
            iri(bad)
    assert blank("b0") == blank("_:b0") == "_:b0"
    assert blank("a.b") == "_:a.b"
    for bad in ("", "a.", "-a", "a b", "_:"):
        with pytest.raises(InvalidTermError):
            blank(bad)


# --- parser -------------------------------------------------------------------------------


def test_parse_reencodes_terms_canonically() -> None:
    text = (
        "# a comment\n"
        "\n"
        '<urn:ex:\\u0065x>\t<urn:ex:p>  "\\u0022\\u005c\\u000b\\\'"^^<urn:ex:\\u221e> .\r\n'
        '_:b.1 <urn:ex:p> "a"^^<http://www.w3.org/2001/XMLSchema#string> _:g . # trailing\n'
        '<urn:ex:s><urn:ex:p>"x"@en-US.\n'
        "_:b <urn:ex:p> _:c."
    )
    assert parse_nquads(text) == [
        ("<urn:ex:ex>", "<urn:ex:p>", '"\\"\\\\\\u000B\'"^^<urn:ex:∞>', ""),
        ("_:b.1", "<urn:ex:p>", '"a"', "_:g"),
        ("<urn:ex:s>", "<urn:ex:p>", '"x"@en-US', ""),
        ("_:b", "<urn:ex:p>", "_:c", ""),
    ]


def test_parse_keeps_duplicates_and_roundtrips() -> None:
    line = '<urn:ex:s> <urn:ex:p> "x" <urn:ex:g> .\n'
    quads = parse_nquads(line * 2)
    assert len(quads) == 2
    assert serialize_nquads(quads[:1]) == line


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ('<urn:ex:s> <urn:ex:p> "x"', 1, 26, "'.' to end the statement"),
        ('<urn:ex:s> <urn:ex:p> "x" .\n"s" <urn:ex:p> "x" .', 2, 1, "as subject"),
        ('<urn:ex:s> _:p "x" .', 1, 12, "predicate"),
        ('<urn:ex:s> <urn:ex:p> "unterminated .', 1, 23, "string literal"),
        ("<urn:ex:s> <urn:ex:p> <relative> .", 1, 23, "relative"),
        ("<urn:ex:s> <urn:ex:p> <urn:ex:a b> .", 1, 23, "malformed IRI"),
        ('<urn:ex:s> <urn:ex:p> "x"@ .', 1, 26, "language tag"),
        ('<urn:ex:s> <urn:ex:p> "\\q" .', 1, 23, "string literal"),
        ('<urn:ex:s> <urn:ex:p> "\\uD800" .', 1, 23, "scalar value"),
        (
            '<urn:ex:s> <urn:ex:p> "x"^^<http://www.w3.org/1999/02/22-rdf-syntax-ns#langString> .',
            1,
            23,
            "language tag",
        ),
        ('<urn:ex:s> <urn:ex:p> "x" . <urn:ex:s>', 1, 29, "after '.'"),
        ('<urn:ex:s> <urn:ex:p> "x" "g" .', 1, 27, "graph label"),
        ("_:a. <urn:ex:p> _:b .", 1, 4, "predicate"),
        ("<< <urn:ex:s> <urn:ex:p> <urn:ex:o> >> <urn:ex:p> <urn:ex:o> .", 1, 1, "IRI"),
    ],
)
def test_parse_errors(text: str, line: int, column: int, message: str) -> None:
    with pytest.raises(NQuadsSyntaxError, match=re.escape(message)) as caught:
        parse_nquads(text)
    assert (caught.value.line, caught.value.column) == (line, column)
    assert f"line {line}, column {column}" in str(caught.value)


# --- real credentials: the published canonical documents are fixed points ----------------

CANONICAL_DOCUMENTS = [
    "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/canonDocDataInt.txt",
    "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/proofCanonDataInt.txt",
    "ob3-1edtech/document-canon.txt",
    "ob3-1edtech/proof-canon.txt",
]


@pytest.mark.parametrize("relative", CANONICAL_DOCUMENTS)
def test_published_canonical_documents_are_reproduced(relative: str) -> None:
    """Relabel and shuffle a signed credential's canonical N-Quads; RDFC-1.0 restores it."""
    path = Path(__file__).parent / "conformance" / relative
    expected = path.read_text(encoding="utf-8")
    quads = parse_nquads(expected)
    assert quads
    relabelled = [
        tuple(term.replace("_:c14n", "_:input") for term in quad) for quad in reversed(quads)
    ]
    result = canonicalize(relabelled)  # type: ignore[arg-type]
    assert result.nquads == expected
    assert all(key.startswith("input") for key in result.issued)
