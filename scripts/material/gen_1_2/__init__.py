"""Write the material of the 1.2 item families (assessment/items/1.2/material/), one module
per theme.

main() runs the builders in the original order; they print the keys they compute.
"""

from __future__ import annotations

from .cloud import build_found, build_history, build_shares, build_sizes, build_zips
from .details import (
    build_dups,
    build_listings,
    build_magic,
    build_naming,
    build_patterns,
    build_photos,
)
from .explorer import build_crumbs, build_sync, build_trees, build_types, build_versions
from .extras import (
    build_extra_variants,
    build_link,
    build_more_extra_variants,
    build_props,
    build_sorted,
)


def main() -> None:
    for build in (
        build_types,
        build_versions,
        build_sync,
        build_trees,
        build_crumbs,
        build_zips,
        build_found,
        build_shares,
        build_sizes,
        build_history,
        build_patterns,
        build_listings,
        build_photos,
        build_dups,
        build_magic,
        build_naming,
        build_extra_variants,
        build_sorted,
        build_link,
        build_more_extra_variants,
        build_props,
    ):
        build()
