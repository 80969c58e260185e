"""Build the HTML and text material of CRCN 3.1 items (assessment/items/3.1/material/).

main() runs the builders in the original order.
"""

from __future__ import annotations

from . import panels  # noqa: F401 (importing it adds its entries to the tables)
from .kit import OUT
from .panels import build_panels
from .setups import build_editors, build_links, build_outlines, build_passages, build_setups
from .sources import build_changes, build_sources


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for build in (
        build_setups,
        build_passages,
        build_outlines,
        build_editors,
        build_links,
        build_sources,
        build_changes,
        build_panels,
    ):
        build()
