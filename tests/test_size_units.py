"""File sizes in French pages are written in "Mo" and "ko" (never MB, MiB, Kio, KB)."""

from __future__ import annotations

import re
from typing import Any

from litestar.testing import TestClient

from certinum.web.i18n import translations

SIZED = (
    "At most %(mib)s MiB.",
    "Download: %(alt)s (%(size)s kB)",
    "This file cannot be checked: a CSV of at most 1,000 codes and 256 KiB.",
)
WRONG_UNITS = re.compile(r"\b(MB|MiB|Mio|KB|kB|KiB|Kio|Ko)\b")


def test_the_french_catalogue_writes_mo_and_ko() -> None:
    french = [translations("fr").gettext(m) for m in SIZED]
    assert [bool(re.search(r"\b(Mo|ko)\b", t)) for t in french] == [True, True, True]
    assert [t for t in french if WRONG_UNITS.search(t)] == []


def test_the_verify_page_in_french(client: TestClient[Any]) -> None:
    shown = client.get("/verify?lang=fr").text
    assert re.search(r"\d ko\b", shown)
    assert not WRONG_UNITS.search(shown)
