"""End-to-end fixtures: the real server over HTTPS (``certinum demo`` then ``serve``), Chromium.

Needs ``/usr/bin/chromium`` (Debian package ``chromium``) and the ``playwright`` Python
package (its driver only: Playwright's own browser downloads are not used). Without them the
tests skip with a message, unless ``CERTINUM_REQUIRE_E2E=1`` (set by ``.ci/run``). One server
and one browser serve every test module of this folder.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

E2E_DIR = Path(__file__).resolve().parent


def skip_or_fail(reason: str) -> None:
    """Skip with ``reason``, or fail when ``CERTINUM_REQUIRE_E2E`` makes these tests mandatory.

    The same reading as ``tests/conftest.py`` (not imported: two ``conftest`` modules would
    shadow each other): any value but "", 0, false, no means required.
    """
    if os.environ.get("CERTINUM_REQUIRE_E2E", "").lower() not in ("", "0", "false", "no"):
        pytest.fail(f"{reason} (CERTINUM_REQUIRE_E2E=1 makes this mandatory)", pytrace=False)
    pytest.skip(reason)


CHROMIUM = os.environ.get("CERTINUM_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        skip_or_fail(f"{CHROMIUM} not found (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        skip_or_fail("the playwright package is not installed")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """``certinum demo`` then ``certinum serve`` over HTTPS, as a user would run them."""
    tmp = tmp_path_factory.mktemp("e2e")
    from servers import certificate, free_port, serving  # tests/e2e, tests/: on the path

    port = free_port()
    cert, key = certificate(tmp)
    from accounts_helpers import CHEAP_HASHING  # tests/: on the path (tests/conftest.py)

    env = {
        **os.environ,
        **CHEAP_HASHING,  # the demo hashes its people's passwords; logins verify them
        "CERTINUM_DATA_DIR": str(tmp / "data"),
        "CERTINUM_BASE_URL": f"https://localhost:{port}",
    }
    env.pop("CERTINUM_DATABASE_URL", None)
    exe = [sys.executable, "-m", "certinum"]
    demo = subprocess.run(
        [*exe, "demo"], env=env, capture_output=True, text=True, timeout=600, check=True
    )
    printed = re.findall(
        r"^  (P-[2346789BCDFGHJKMPQRTVWXY]{8})  (.+?) +https?://", demo.stdout, re.MULTILINE
    )
    codes, names = [code for code, _ in printed], [name for _, name in printed]
    assert len(codes) >= 20, demo.stdout  # the published session's certified candidates
    with serving(env, port, (cert, key)) as url:
        yield {"url": url, "codes": codes, "names": names, "env": env}


AXE = E2E_DIR / "node_modules" / "axe-core" / "axe.min.js"


@pytest.fixture(scope="session")
def axe_source() -> str:
    """axe-core, pinned by ``tests/e2e/package-lock.json`` and installed by ``make e2e-deps``."""
    if not AXE.exists():
        skip_or_fail(f"{AXE} not found (make e2e-deps: npm ci in tests/e2e)")
    return AXE.read_text(encoding="utf-8")
