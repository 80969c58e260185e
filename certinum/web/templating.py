"""Jinja templates through Litestar's template engine, and the helper that renders a page.

One :class:`jinja2.Environment` serves every language: ``_()`` (Jinja's ``i18n`` extension,
new style, so its arguments are escaped) looks the message up in the catalogue of the ``lang``
variable of the page being rendered, which :func:`page` sets from the request. Templates live in
``certinum/web/templates``; every page extends ``base.html``.
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from babel.dates import format_date
from jinja2 import Environment, PackageLoader, StrictUndefined, pass_context, select_autoescape
from jinja2.runtime import Context
from litestar import Request
from litestar.datastructures import Cookie
from litestar.plugins.jinja import JinjaTemplateEngine
from litestar.response import Template
from litestar.template.config import TemplateConfig

from certinum.web.i18n import LANG_COOKIE, LANGUAGES, choose_language, translations

COOKIE_MAX_AGE = 365 * 24 * 3600


@pass_context
def _gettext(ctx: Context, message: str) -> str:
    return translations(ctx.get("lang", "")).gettext(message)


@pass_context
def _ngettext(ctx: Context, singular: str, plural: str, n: int) -> str:
    return translations(ctx.get("lang", "")).ngettext(singular, plural, n)


@pass_context
def _local_date(ctx: Context, value: str) -> str:
    """An ISO date (``YYYY-MM-DD…``) written in full in the page's language; else as given."""
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return format_date(day, format="long", locale=ctx.get("lang", "fr"))


def environment() -> Environment:
    """The Jinja environment of the pages: autoescaped, strict about undefined names, i18n."""
    env = Environment(
        loader=PackageLoader("certinum.web", "templates"),
        autoescape=select_autoescape(default=True),
        undefined=StrictUndefined,
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_callables(_gettext, _ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["local_date"] = _local_date
    return env


def template_config() -> TemplateConfig[JinjaTemplateEngine]:
    """What :func:`certinum.app.create_app` gives Litestar to render templates."""
    return TemplateConfig(instance=JinjaTemplateEngine.from_environment(environment()))


def switch_links(request: Request[Any, Any, Any], current: str) -> list[dict[str, Any]]:
    """One link per language to the current path, its other query parameters kept."""
    kept = [(k, v) for k, v in request.query_params.multi_items() if k != "lang"]
    return [
        {
            "lang": lang,
            "label": label,
            "href": f"{request.url.path}?{urlencode([*kept, ('lang', lang)])}",
            "current": lang == current,
        }
        for lang, label in LANGUAGES.items()
    ]


def language_of(request: Request[Any, Any, Any]) -> tuple[str, list[Cookie]]:
    """The request's page language, and the ``lang`` cookie that remembers a language asked
    with ``?lang=`` (none otherwise)."""
    lang, asked = choose_language(
        request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)
    )
    cookies = (
        [
            Cookie(
                key=LANG_COOKIE,
                value=lang,
                max_age=COOKIE_MAX_AGE,
                path="/",
                samesite="lax",
                httponly=True,
                secure=request.url.scheme == "https",
            )
        ]
        if asked
        else []
    )
    return lang, cookies


def page_headers(lang: str) -> dict[str, str]:
    """The headers of every page: its language, and that the ``lang`` cookie may change it."""
    return {"Content-Language": lang, "Vary": "Cookie"}


def page(
    request: Request[Any, Any, Any], template_name: str, *, status_code: int = 200, **context: Any
) -> Template:
    """Render ``template_name`` in the request's language (see :mod:`certinum.web.i18n`).

    A language asked with ``?lang=`` is remembered in the ``lang`` cookie.
    """
    lang, cookies = language_of(request)
    return Template(
        template_name=template_name,
        context={**context, "lang": lang, "languages": switch_links(request, lang)},
        status_code=status_code,
        cookies=cookies,
        headers=page_headers(lang),
    )


def render_html(
    request: Request[Any, Any, Any], template_name: str, lang: str, **context: Any
) -> str:
    """The HTML :func:`page` would send for ``template_name`` in ``lang``, as a string (for a
    page kept once rendered; its templates read no ``request``)."""
    engine = request.app.template_engine
    if engine is None:
        raise RuntimeError("the app has no template engine")
    template = engine.get_template(template_name)
    return str(template.render(**context, lang=lang, languages=switch_links(request, lang)))
