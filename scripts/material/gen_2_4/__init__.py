"""Build the HTML material of CRCN 2.4 items (assessment/items/2.4/material/*.html).

main() runs the builders in the original order.
"""

from __future__ import annotations

from . import fifth_variants  # noqa: F401 (importing it adds its entries to the tables)
from .apps import build_apps, build_chats
from .credits import build_credits, build_lookalike, build_menus, build_scale, build_terms
from .kit import OUT
from .results import build_account, build_market, build_plans, build_profiles, build_results
from .store import build_charters, build_fees, build_sources, build_store
from .threads import build_panels, build_receipts, build_speeds, build_threads


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (
        build_results,
        build_account,
        build_profiles,
        build_plans,
        build_market,
        build_apps,
        build_chats,
        build_threads,
        build_receipts,
        build_speeds,
        build_credits,
        build_terms,
        build_lookalike,
        build_scale,
        build_menus,
        build_store,
        build_charters,
        build_fees,
        build_sources,
        build_panels,
    ):
        build()
