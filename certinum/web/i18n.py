"""Languages of the pages: French by default, English on request, from gettext catalogues.

The source language of every message is English (the ``msgid``); ``locales/fr.po`` holds the
French of each one. The ``.po`` file is read with Babel when the module is imported and compiled
in memory, so no build step turns it into a ``.mo`` by hand. A request chooses its language with
``?lang=en`` or ``?lang=fr`` (the switch on every page), which the page helper also stores in
the ``lang`` cookie; a later request without ``?lang`` reads the cookie; otherwise French. An
unknown value is ignored (the display falls back, nothing else depends on it).
"""

from __future__ import annotations

import io
from importlib import resources
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

DEFAULT_LANGUAGE = "fr"
#: Each language with the name of its switch link (a code, the same in every language).
LANGUAGES = {"fr": "FR", "en": "EN"}
#: The language every ``msgid`` is written in.
SOURCE_LANGUAGE = "en"
LANG_COOKIE = "lang"


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it (it is translated when shown)."""
    return message


def catalogue_path(lang: str) -> Any:
    """The ``.po`` file of ``lang`` inside the package (a :mod:`importlib.resources` path)."""
    return resources.files("certinum.web").joinpath("locales", f"{lang}.po")


def _load(lang: str) -> NullTranslations:
    if lang == SOURCE_LANGUAGE:
        return NullTranslations()
    with catalogue_path(lang).open("rb") as po:
        catalog = read_po(po, locale=lang)
    mo = io.BytesIO()
    write_mo(mo, catalog)
    mo.seek(0)
    return Translations(fp=mo)


TRANSLATIONS: dict[str, NullTranslations] = {lang: _load(lang) for lang in LANGUAGES}


def translations(lang: str) -> NullTranslations:
    """The translations of ``lang`` (French for an unknown language)."""
    return TRANSLATIONS.get(lang, TRANSLATIONS[DEFAULT_LANGUAGE])


def choose_language(query_lang: str | None, cookie_lang: str | None) -> tuple[str, bool]:
    """The page's language and whether the request asked for it explicitly (``?lang=``)."""
    if query_lang in LANGUAGES:
        return str(query_lang), True
    if cookie_lang in LANGUAGES:
        return str(cookie_lang), False
    return DEFAULT_LANGUAGE, False
