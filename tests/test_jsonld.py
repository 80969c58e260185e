"""vc.jsonld: bundled loader, safe-mode expansion, RDF output, cache correctness.

The reference for "correct" is pyld 3.3.0 (expansion output, compared as JSON) and, for the
RDF, pyld's ``to_rdf`` canonicalized by ``vc.rdfc`` (so blank node labels do not
matter). Safe-mode refusals are those jsonld.js 9 makes with ``safe: true`` (checked by hand
against it for the 1EdTech validator samples: same event codes on the same terms).
"""

from __future__ import annotations

import contextlib
import copy
import json
import random
import uuid
from pathlib import Path
from typing import Any

import pytest
from pyld import jsonld as pyld

from vc.jsonld import (
    BUNDLED_CONTEXTS,
    ContextNotAllowed,
    DocumentLoader,
    DocumentTooLarge,
    InvalidJsonLd,
    JsonLdError,
    Limits,
    UnsafeJsonLd,
    escape_literal,
    expand,
    jcs,
    to_rdf,
)
from vc.rdfc import canonicalize, parse_nquads

ROOT = Path(__file__).resolve().parent
CONF = ROOT / "conformance"
OB = CONF / "ob3-1edtech"
SAMPLES = CONF / "ob3-1edtech-validator-samples/inspector-vc/src/test/resources/ob30"
VC2 = "https://www.w3.org/ns/credentials/v2"
OB303 = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
EXAMPLES = "https://www.w3.org/ns/credentials/examples/v2"


def _load(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _ob_extra() -> dict[str, Any]:
    ctx = OB / "contexts"
    return {
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.1.json": _load(
            ctx / "context-3.0.1.json"
        ),
        "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json": _load(
            ctx / "context-3.0.2.json"
        ),
        "https://purl.imsglobal.org/spec/ob/v3p0/context.json": _load(ctx / "context.json"),
    }


LOADER = DocumentLoader(extra=_ob_extra(), examples=True)


def _vector_documents() -> list[Path]:
    files = [
        OB / "unsigned.json",
        OB / "signed.json",
        CONF / "vc-di-eddsa/TestVectors/unsigned.json",
        CONF / "vc-di-eddsa/TestVectors/eddsa-rdfc-2022/signedDataInt.json",
        *sorted((CONF / "vc-di-eddsa/TestVectors/proof-set-chain").glob("signed*.json")),
    ]
    return files


def _loadable_samples() -> list[Path]:
    """Validator samples whose contexts are all available (bundled or OB 3.0.x extras)."""
    out = []
    for path in sorted(SAMPLES.rglob("*.json")):
        doc = _load(path)
        ctx = doc.get("@context", []) if isinstance(doc, dict) else []
        urls = [c for c in (ctx if isinstance(ctx, list) else [ctx]) if isinstance(c, str)]
        if all(u in LOADER.urls for u in urls):
            out.append(path)
    return out


def make_credential(rng: random.Random, competences: int = 16) -> dict[str, Any]:
    """A fresh OB 3.0 credential shaped like Certinum's (new ids, names, scores, dates)."""
    doc = _load(OB / "unsigned.json")
    doc["id"] = f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}"
    doc["validFrom"] = (
        f"20{rng.randint(10, 39)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:00:00Z"
    )
    subject = doc["credentialSubject"]
    subject["name"] = rng.choice(["Jeanne", "Éloïse", 'O\'Brien "Jr"', "李"]) + f" {rng.random()}"
    subject["identifier"] = [
        {
            "type": "IdentityObject",
            "identityType": "ext:dateOfBirth",
            "hashed": False,
            "identityHash": f"2009-0{rng.randint(1, 9)}-17",
        }
    ]
    descriptions = []
    results = []
    for k in range(competences):
        rid = f"urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}"
        descriptions.append(
            {
                "id": rid,
                "type": ["ResultDescription"],
                "name": f"Compétence {k // 4 + 1}.{k % 4 + 1}",
                "resultType": "ScaledScore",
                "valueMin": "0",
                "valueMax": "8",
            }
        )
        results.append(
            {"type": ["Result"], "resultDescription": rid, "value": str(rng.randint(0, 8))}
        )
    subject["achievement"]["resultDescription"] = descriptions
    subject["result"] = results
    return doc


def _pyld_expand(doc: Any) -> Any:
    return pyld.expand(copy.deepcopy(doc), {"documentLoader": LOADER})


def _canon(quads: Any) -> str:
    return canonicalize(quads).nquads


def _pyld_canon(doc: Any) -> str:
    nq = pyld.to_rdf(
        copy.deepcopy(doc), {"documentLoader": LOADER, "format": "application/n-quads"}
    )
    return _canon(parse_nquads(nq))


def _outcome(run: Any) -> Any:
    """The result of ``run()``, or the UnsafeJsonLd it raised (to assert outside ``except``)."""
    try:
        return run()
    except UnsafeJsonLd as exc:
        return exc


def _same(a: Any, b: Any) -> bool:
    return json.dumps(a, sort_keys=True) == json.dumps(b, sort_keys=True)


# --- loader ---------------------------------------------------------------------------------


def test_loader_serves_every_bundled_context_and_refuses_others() -> None:
    loader = DocumentLoader()
    for url in BUNDLED_CONTEXTS:
        assert "@context" in loader.load(url)
    with pytest.raises(ContextNotAllowed) as info:
        loader.load("https://evil.example/context.jsonld")
    assert "https://evil.example/context.jsonld" in str(info.value)
    assert info.value.url == "https://evil.example/context.jsonld"


def test_loader_extra_documents() -> None:
    url = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.2.json"
    assert url not in DocumentLoader().urls
    assert url in LOADER.urls
    with pytest.raises(InvalidJsonLd):
        DocumentLoader(extra={"https://x.example/": {"no": "context"}})


def test_unknown_context_url_is_refused_not_fetched() -> None:
    doc = {"@context": [VC2, "https://example.org/unknown/v1"], "type": "VerifiableCredential"}
    with pytest.raises(ContextNotAllowed, match=r"https://example\.org/unknown/v1"):
        to_rdf(doc, loader=LOADER)


# --- equivalence with pyld ------------------------------------------------------------------


@pytest.mark.parametrize("path", _vector_documents() + _loadable_samples(), ids=lambda p: p.name)
def test_expansion_and_rdf_match_pyld_or_refuse_like_jsonld_js(path: Path) -> None:
    doc = _load(path)
    before = copy.deepcopy(doc)
    outcome = _outcome(lambda: (expand(doc, loader=LOADER), to_rdf(doc, loader=LOADER)))
    if isinstance(outcome, UnsafeJsonLd):
        # Refused: pyld must have silently dropped or relativised something.
        ref = _pyld_expand(doc)
        assert outcome.code in {
            "invalid property",
            "relative @type reference",
            "relative object reference",
        }
        assert not _same(ref, [])  # pyld accepted it: the point of safe mode
        assert path.name.startswith("simple-err") or path.name == "simple-multiple-proofs.json"
        return
    mine, quads = outcome
    assert _same(mine, _pyld_expand(doc))
    assert _canon(quads) == _pyld_canon(doc)
    assert doc == before  # input not mutated


def test_randomised_credentials_match_pyld() -> None:
    rng = random.Random(20260101)
    for _ in range(8):
        doc = make_credential(rng, competences=rng.randint(0, 16))
        assert _same(expand(doc, loader=LOADER), _pyld_expand(doc))
        assert _canon(to_rdf(doc, loader=LOADER)) == _pyld_canon(doc)


# JSON-LD 1.1 features beyond our credentials' shape, with inline contexts.
FEATURE_DOCS: list[dict[str, Any]] = [
    {  # @list, @set, @language container, default language, typed values, numbers
        "@context": {
            "@vocab": "https://ex.org/v#",
            "@language": "fr",
            "list": {"@container": "@list"},
            "set": {"@container": "@set"},
            "label": {"@container": "@language"},
            "when": {
                "@id": "https://ex.org/v#when",
                "@type": "http://www.w3.org/2001/XMLSchema#date",
            },
            "ref": {"@type": "@id"},
            "kind": {"@type": "@vocab"},
            "en": {"@id": "https://ex.org/v#en", "@language": "en"},
            "nolang": {"@id": "https://ex.org/v#nolang", "@language": None},
        },
        "@id": "https://ex.org/a",
        "list": [1, 2.5, True, "x", {"@id": "https://ex.org/b"}, []],
        "set": ["a", "a", "b"],
        "label": {"fr": "bonjour", "EN": ["hello", "hi"], "@none": "x"},
        "when": "2024-01-01",
        "ref": "https://ex.org/c",
        "kind": "Thing",
        "en": "text",
        "nolang": "plain",
        "name": "défaut",
        "big": 1e22,
        "neg": -0.000001,
    },
    {  # @graph container, @json literal, @included, @reverse, @nest, compact IRIs, blank nodes
        "@context": {
            "ex": "https://ex.org/v#",
            "@vocab": "https://ex.org/v#",
            "claims": {"@id": "ex:claims", "@container": "@graph"},
            "data": {"@id": "ex:data", "@type": "@json"},
            "parent": {"@reverse": "ex:child"},
            "meta": "@nest",
            "x": {"@id": "ex:x", "@nest": "meta"},
        },
        "@id": "_:root",
        "@type": ["ex:Doc", "Other"],
        "claims": {"@id": "_:c", "ex:p": "v"},
        "data": {"b": [1, 2.0, {"z": None, "a": "é\n"}], "a": True},
        "@included": [{"@id": "https://ex.org/inc", "ex:q": 1}],
        "parent": {"@id": "https://ex.org/mother"},
        "meta": {"x": "nested"},
        "ex:direct": {"@value": "typed", "@type": "ex:dt"},
    },
    {  # @index, @id, @type maps; type-scoped and property-scoped contexts; @protected
        "@context": {
            "@vocab": "https://ex.org/v#",
            "@protected": True,
            "byIndex": {"@container": "@index"},
            "byId": {"@container": "@id"},
            "byType": {"@container": "@type"},
            "Person": {
                "@id": "https://ex.org/v#Person",
                "@context": {"name": "https://schema.org/name"},
            },
            "org": {
                "@id": "https://ex.org/v#org",
                "@context": {"name": "https://ex.org/v#orgName"},
            },
            "propIndex": {"@container": "@index", "@index": "https://ex.org/v#idx"},
        },
        "@id": "https://ex.org/root",
        "byIndex": {"one": {"@id": "https://ex.org/1"}, "two": "literal"},
        "byId": {"https://ex.org/i1": {"v": 1}},
        "byType": {"Person": {"@id": "https://ex.org/p1", "name": "Ann"}},
        "org": {"name": "ACME", "sub": {"name": "Sub"}},
        "propIndex": {"k": {"@id": "https://ex.org/pi"}},
        "people": [{"@type": "Person", "name": "Bob", "knows": {"name": "Carl"}}],
    },
]


@pytest.mark.parametrize("index", range(len(FEATURE_DOCS)))
def test_jsonld_features_match_pyld(index: int) -> None:
    doc = FEATURE_DOCS[index]
    assert _same(expand(doc, loader=LOADER), _pyld_expand(doc))
    assert _canon(to_rdf(doc, loader=LOADER)) == _pyld_canon(doc)


def test_protected_term_cannot_be_redefined() -> None:
    doc = {"@context": [VC2, {"name": "https://evil.example/name"}], "name": "x"}
    with pytest.raises(InvalidJsonLd) as info:
        to_rdf(doc, loader=LOADER)
    assert info.value.code == "protected term redefinition"


# --- safe mode ------------------------------------------------------------------------------


def _ob_doc() -> dict[str, Any]:
    return _load(OB / "unsigned.json")


def test_undefined_property_is_refused() -> None:
    doc = _ob_doc()
    doc["credentialSubject"]["favouriteColour"] = "blue"
    with pytest.raises(UnsafeJsonLd, match="favouriteColour") as info:
        to_rdf(doc, loader=LOADER)
    assert info.value.code == "invalid property"


def test_undefined_type_is_refused() -> None:
    doc = _ob_doc()
    doc["issuer"]["type"] = ["Profile", "MadeUpType"]
    with pytest.raises(UnsafeJsonLd, match="MadeUpType") as info:
        to_rdf(doc, loader=LOADER)
    assert info.value.code == "relative @type reference"


def test_relative_id_is_refused() -> None:
    doc = _ob_doc()
    doc["credentialSubject"]["achievement"]["id"] = "achievements/teamwork"
    with pytest.raises(UnsafeJsonLd, match="achievements/teamwork") as info:
        to_rdf(doc, loader=LOADER)
    assert info.value.code == "relative @id reference"


def test_relative_iri_value_is_refused() -> None:
    doc = _ob_doc()
    doc["issuer"]["url"] = {"id": "not-absolute"}
    with pytest.raises(UnsafeJsonLd, match="not-absolute"):
        to_rdf(doc, loader=LOADER)


def test_invalid_language_tag_is_refused() -> None:
    doc = {"@context": {"@vocab": "https://ex.org/"}, "@id": "https://ex.org/a",
           "p": {"@value": "x", "@language": "not a tag"}}  # fmt: skip
    with pytest.raises(UnsafeJsonLd, match="not a tag"):
        to_rdf(doc, loader=LOADER)


@pytest.mark.parametrize(
    ("doc", "code"),
    [
        ({"@context": VC2, "@id": "urn:x:1"}, "object with only @id"),
        ({"@context": VC2}, "empty object"),
        ({"@context": {"@vocab": "https://e/"}, "@graph": ["scalar"]}, "free-floating scalar"),
        (
            {"@context": {"@vocab": "https://e/"}, "@id": "urn:a", "p": {"@value": None}},
            "null @value value",
        ),
        (
            {"@context": {"@vocab": "https://e/", "@foo": "https://e/foo"}, "@id": "urn:a", "p": 1},
            "reserved term",
        ),
        (
            {"@context": {"p": "_:b", "q": "https://e/q"}, "@id": "urn:a", "p": 1, "q": 2},
            "blank node predicate",
        ),
        (
            {
                "@context": {"@vocab": "https://e/"},
                "@id": "urn:a",
                "p": {"@value": "x", "@direction": "rtl"},
            },
            "rdfDirection not set",
        ),
    ],
)
def test_dropped_values_are_refused(doc: dict[str, Any], code: str) -> None:
    with pytest.raises(UnsafeJsonLd) as info:
        to_rdf(doc, loader=LOADER)
    assert info.value.code == code


def test_examples_vocab_context_defines_everything() -> None:
    doc = {"@context": [VC2, EXAMPLES], "type": ["VerifiableCredential", "AnyType"],
           "issuer": "https://ex.org/i", "credentialSubject": {"anyProperty": "ok"}}  # fmt: skip
    quads = to_rdf(doc, loader=LOADER)
    assert any(
        p == "<https://www.w3.org/ns/credentials/examples#anyProperty>" for _, p, _, _ in quads
    )
    assert any(o == "<https://www.w3.org/ns/credentials/examples#AnyType>" for _, _, o, _ in quads)


def test_non_json_ld_input_raises_typed_errors() -> None:
    bad_inputs: list[Any] = [
        {"@context": 5},
        {"@context": VC2, "type": [1]},
        {"@context": VC2, "id": 5},
        {"@context": {"@vocab": "https://e/"}, "@id": "urn:a", "p": {"@value": {"x": 1}}},
        {"@context": {"@version": 2}},
        {"@context": {"t": {"@id": "https://e/t", "@container": "@bogus"}}},
    ]
    for doc in bad_inputs:
        with pytest.raises(JsonLdError):
            to_rdf(doc, loader=LOADER)


def test_random_mutations_raise_only_typed_errors() -> None:
    """Whatever the public sends, only JsonLdError comes out (or a valid dataset)."""
    rng = random.Random(7)
    junk: list[Any] = [None, 0, -1.5, True, "", "x", "@id", "_:b", [], {}, [None], {"@id": 1}]
    junk += [{"@value": []}, {"@list": {}}, {"@context": None}, {"@context": "bad"}]
    base = make_credential(rng, 3)
    for _ in range(300):
        doc = copy.deepcopy(base)
        node: Any = doc
        for _ in range(rng.randint(1, 4)):
            if isinstance(node, dict) and node:
                key = rng.choice(sorted(node))
                if rng.random() < 0.5 or not isinstance(node[key], dict | list):
                    node[key] = rng.choice(junk)
                    break
                node = node[key]
            elif isinstance(node, list) and node:
                node = rng.choice(node)
        with contextlib.suppress(JsonLdError):
            to_rdf(doc, loader=LOADER)


# --- bounds -----------------------------------------------------------------------------------


def test_depth_and_size_bounds() -> None:
    deep: dict[str, Any] = {"@id": "urn:leaf", "https://e/p": "v"}
    for _ in range(100):
        deep = {"@id": "urn:n", "https://e/p": deep}
    with pytest.raises(DocumentTooLarge):
        to_rdf(deep, loader=LOADER)
    wide = {"@id": "urn:a", "https://e/p": list(range(50))}
    with pytest.raises(DocumentTooLarge):
        to_rdf(wide, loader=LOADER, limits=Limits(max_values=20))
    assert len(to_rdf(wide, loader=LOADER)) == 50


# --- RDF terms ----------------------------------------------------------------------------------


def test_literal_escaping_is_canonical() -> None:
    assert (
        escape_literal('a"b\\c\nd\re\tf\b\x0c\x01\x7f')
        == 'a\\"b\\\\c\\nd\\re\\tf\\b\\f\\u0001\\u007F'
    )
    doc = {"@id": "urn:a", "https://e/p": 'line1\nline2 "q"'}
    (quad,) = to_rdf(doc, loader=LOADER)
    assert quad == ("<urn:a>", "<https://e/p>", '"line1\\nline2 \\"q\\""', "")


def test_jcs() -> None:
    assert (
        jcs({"b": [1, 2.0, 1e21, 0.1], "a": None, "é": "\u2028\n"})
        == '{"a":null,"b":[1,2,1e+21,0.1],"é":"\u2028\\n"}'
    )


def test_numbers_to_rdf_like_jsonld_js() -> None:
    doc = {"@id": "urn:a", "https://e/i": 5, "https://e/f": 5.5, "https://e/b": False}
    objects = sorted(o for _, _, o, _ in to_rdf(doc, loader=LOADER))
    assert objects == [
        '"5"^^<http://www.w3.org/2001/XMLSchema#integer>',
        '"5.5E0"^^<http://www.w3.org/2001/XMLSchema#double>',
        '"false"^^<http://www.w3.org/2001/XMLSchema#boolean>',
    ]


# --- cache correctness --------------------------------------------------------------------------


def test_cache_gives_identical_output_over_all_documents() -> None:
    uncached = DocumentLoader(extra=_ob_extra(), examples=True, cache_contexts=False)
    cached = DocumentLoader(extra=_ob_extra(), examples=True)
    rng = random.Random(3)
    docs = [_load(p) for p in _vector_documents() + _loadable_samples()]
    docs += [make_credential(rng) for _ in range(4)] + FEATURE_DOCS
    snapshot = {url: copy.deepcopy(cached.load(url)) for url in cached.urls}
    for _ in range(2):  # second round: everything from the warm cache
        for doc in docs:
            ref = _outcome(lambda d=doc: (expand(d, loader=uncached), to_rdf(d, loader=uncached)))
            got = _outcome(lambda d=doc: (expand(d, loader=cached), to_rdf(d, loader=cached)))
            if isinstance(ref, UnsafeJsonLd):
                assert isinstance(got, UnsafeJsonLd)
                assert str(got) == str(ref)
                continue
            assert not isinstance(got, UnsafeJsonLd)
            assert _same(got[0], ref[0])
            assert got[1] == ref[1]
    # Context documents are shared, never mutated.
    assert all(cached.load(url) == snapshot[url] for url in cached.urls)
