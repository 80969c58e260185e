"""Write the material of the 1.1 item families (assessment/items/1.1/material/), one module
per theme.

main() runs the builders in the original order; they print the keys they compute.
"""

from __future__ import annotations

from .citations import build_sourced, build_studies
from .dates import build_articles, build_dated
from .generated import build_facilities, build_summaries
from .monitoring import build_alerts, build_feeds, build_news, build_sources
from .queries import build_queries
from .results import build_ads, build_official
from .sites import build_bars, build_posts, build_sites, build_uploads


def main() -> None:
    for build in (
        build_ads,
        build_dated,
        build_official,
        build_sites,
        build_articles,
        build_news,
        build_alerts,
        build_bars,
        build_feeds,
        build_sourced,
        build_posts,
        build_facilities,
        build_sources,
        build_summaries,
        build_queries,
        build_studies,
        build_uploads,
    ):
        build()
