"""The web area: page layout, Jinja templates, static files and translations.

:func:`certinum.web.templating.page` renders a template in the request's language;
:mod:`certinum.web.i18n` chooses that language and holds the catalogues;
:mod:`certinum.web.home` is the home page.
"""
