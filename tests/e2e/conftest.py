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
from contextlib import contextmanager
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
    with sync_playwright() as p, _clicks_wait_for_the_page_they_open():
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@contextmanager
def _clicks_wait_for_the_page_they_open() -> Iterator[None]:
    """Playwright's ``click`` returns once the navigation it started has committed, before
    the new document is parsed: a test that reads the next page right after (``is_visible``,
    ``count``, axe's script tag on a null ``document.head``) races it, and lost that race in
    CI. Every click of these tests waits for the ``load`` event of the page it leaves on;
    a click that opens no page (a ``details``, a download, a script) finds it already fired."""
    from playwright.sync_api import Locator, Page

    originals = {cls: cls.click for cls in (Page, Locator)}

    def waiting(cls: type) -> Any:
        def click(self: Any, *args: Any, **kwargs: Any) -> None:
            originals[cls](self, *args, **kwargs)
            (self if isinstance(self, Page) else self.page).wait_for_load_state("load")

        return click

    for cls in originals:
        cls.click = waiting(cls)  # type: ignore[method-assign]
    try:
        yield
    finally:
        for cls, original in originals.items():
            cls.click = original  # type: ignore[method-assign]


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
