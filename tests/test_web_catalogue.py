"""The translation catalogue is complete, and no template shows text outside it.

Every message is written in English in the code (the ``msgid``) and translated in
``certinum/web/locales/fr.po``: each message the templates (``_()``) or the Python modules
(``N_()`` / ``_()``) use must have a French translation with the same placeholders, and the
catalogue holds no message nobody uses. A template's text nodes and user-visible attributes must
hold no words of their own: only markup, punctuation, template expressions, and the product name.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from babel.messages.extract import extract_python
from babel.messages.pofile import read_po
from jinja2.ext import extract_from_ast

from certinum.web.i18n import LANGUAGES, SOURCE_LANGUAGE, catalogue_path
from certinum.web.templating import environment

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "certinum" / "web" / "templates"
#: Words shown as they are in every language.
UNTRANSLATED = {"Certinum"}
VISIBLE_ATTRIBUTES = {"title", "alt", "aria-label", "placeholder", "aria-description"}
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")


def _template_names() -> list[str]:
    return sorted(str(p.relative_to(TEMPLATES)) for p in TEMPLATES.rglob("*.html"))


def _template_messages() -> dict[str, str]:
    env = environment()
    found: dict[str, str] = {}
    for name in _template_names():
        source = (TEMPLATES / name).read_text(encoding="utf-8")
        for _line, _func, message in extract_from_ast(env.parse(source)):
            if isinstance(message, str):
                found[message] = name
            elif isinstance(message, tuple):
                found.update({m: name for m in message if isinstance(m, str)})
    return found


def _python_messages() -> dict[str, str]:
    found: dict[str, str] = {}
    for path in sorted((ROOT / "certinum").rglob("*.py")):
        if "migrations" in path.parts:
            continue
        with path.open("rb") as f:
            for _line, _func, message, _comments in extract_python(
                f, {"N_": None, "_": None, "gettext": None}, [], {}
            ):
                if isinstance(message, str):
                    found[message] = str(path.relative_to(ROOT))
    return found


def _catalogue(lang: str) -> dict[str, str]:
    with catalogue_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang)
    assert not any(m.fuzzy for m in catalog if m.id), "fuzzy entries are not shown: review them"
    return {str(m.id): str(m.string) for m in catalog if m.id}


def test_the_messages_are_found() -> None:
    """The extraction sees the messages it must check (else the tests below prove nothing)."""
    assert "Skip to main content" in _template_messages()
    assert "Authentic certificate" in _python_messages()


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang != SOURCE_LANGUAGE])
def test_every_message_is_translated_and_every_entry_used(lang: str) -> None:
    used = {**_template_messages(), **_python_messages()}
    catalogue = _catalogue(lang)
    missing = {m: where for m, where in used.items() if not catalogue.get(m)}
    assert not missing, f"messages without a {lang} translation: {missing}"
    unused = set(catalogue) - set(used)
    assert not unused, f"{lang}.po entries no template or module uses: {unused}"
    for msgid, msgstr in catalogue.items():
        assert set(PLACEHOLDER.findall(msgid)) == set(PLACEHOLDER.findall(msgstr)), msgid
        assert msgstr.strip(), msgid


def test_english_is_the_source_language() -> None:
    """English pages show the ``msgid`` itself: every message is already English text."""
    assert SOURCE_LANGUAGE == "en"
    assert set(LANGUAGES) == {"fr", "en"}


class _TextFinder(HTMLParser):
    """Collects text nodes and visible attribute values that hold a letter."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []

    def _check(self, text: str) -> None:
        for word in UNTRANSLATED:
            text = text.replace(word, "")
        if any(ch.isalpha() for ch in text.replace("\u2063", "")):
            self.words.append(text.replace("\u2063", "").strip())

    def handle_data(self, data: str) -> None:
        self._check(data)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in VISIBLE_ATTRIBUTES and value:
                self._check(value)


def hard_coded_text(source: str) -> list[str]:
    """The words of ``source``'s HTML that are not inside a template expression or tag.

    Each ``{{ expression }}`` becomes U+2063 (invisible, not a letter, and allowed inside a tag
    name, as in ``<h{{ level }}>``); ``{% tags %}`` and ``{% trans %}`` blocks vanish.
    """
    env = environment()
    html: list[str] = []
    in_trans = False
    tokens = [t for t in env.lex(source) if t[1] != "whitespace"]
    for i, (_line, kind, value) in enumerate(tokens):
        if kind == "block_begin" and i + 1 < len(tokens):
            word = tokens[i + 1][2]
            in_trans = word in {"trans", "pluralize"} or (in_trans and word != "endtrans")
        if kind == "data" and not in_trans:
            html.append(value)
        elif kind == "variable_begin":
            html.append("\u2063")
    finder = _TextFinder()
    finder.feed("".join(html))
    finder.close()
    return finder.words


def test_the_text_finder_sees_hard_coded_words() -> None:
    sample = (
        '<h1>{{ _("Fine") }}</h1><p>Bonjour {{ name }}</p><a aria-label="Fermer">x</a>'
        "<p>{% trans %}Also fine{% endtrans %} — Certinum · {{ code }}</p>"
    )
    assert hard_coded_text(sample) == ["Bonjour", "Fermer", "x"]


@pytest.mark.parametrize("name", _template_names())
def test_templates_show_no_text_outside_the_catalogue(name: str) -> None:
    source = (TEMPLATES / name).read_text(encoding="utf-8")
    assert hard_coded_text(source) == []
