"""The router of the school pages (:mod:`certinum.schools.pages`,
:mod:`certinum.schools.pages_campaigns`): HTML, not part of the OpenAPI description."""

from __future__ import annotations

from litestar import Router

from certinum.schools import pages, pages_campaigns

router = Router(
    path="/",
    route_handlers=[*pages.handlers, *pages_campaigns.handlers],
    include_in_schema=False,
)
