"""``@direction`` to RDF (JSON-LD 1.1 API §8.4 step 13, ``rdfDirection: i18n-datatype``)."""

from __future__ import annotations

from typing import Any

import pytest

from vc.jsonld import DocumentLoader, InvalidJsonLd, UnsafeJsonLd, expanded_to_rdf, to_rdf

LOADER = DocumentLoader()
I18N = "https://www.w3.org/ns/i18n#"


def _doc(value: Any) -> dict[str, Any]:
    return {"@context": {"@vocab": "https://e/"}, "@id": "urn:a", "p": value}


@pytest.mark.parametrize(
    ("value", "literal"),
    [
        ({"@value": "x", "@language": "en-US", "@direction": "rtl"}, f'"x"^^<{I18N}en-us_rtl>'),
        ({"@value": "x", "@direction": "ltr"}, f'"x"^^<{I18N}_ltr>'),
        (
            {"@value": 'a "b"', "@language": "fr", "@direction": "ltr"},
            f'"a \\"b\\""^^<{I18N}fr_ltr>',
        ),
        ({"@value": "x", "@language": "fr"}, '"x"@fr'),  # no direction: a language-tagged string
    ],
)
def test_direction_becomes_an_i18n_datatype(value: dict[str, Any], literal: str) -> None:
    quads = to_rdf(_doc(value), loader=LOADER, rdf_direction="i18n-datatype")
    assert quads == [("<urn:a>", "<https://e/p>", literal, "")]


def test_direction_without_a_mode_is_refused() -> None:
    with pytest.raises(UnsafeJsonLd) as info:
        to_rdf(_doc({"@value": "x", "@direction": "rtl"}), loader=LOADER)
    assert info.value.code == "rdfDirection not set"


def test_context_direction_applies_to_plain_strings() -> None:
    doc = {"@context": {"@vocab": "https://e/", "@direction": "rtl", "@language": "ar"},
           "@id": "urn:a", "p": "x"}  # fmt: skip
    quads = to_rdf(doc, loader=LOADER, rdf_direction="i18n-datatype")
    assert quads == [("<urn:a>", "<https://e/p>", f'"x"^^<{I18N}ar_rtl>', "")]


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(InvalidJsonLd) as info:
        expanded_to_rdf([], rdf_direction="compound-literal")  # type: ignore[arg-type]
    assert info.value.code == "invalid rdfDirection"
