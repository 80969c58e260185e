"""Interop tests need Node.js and the pinned npm packages.

Every test under tests/interop is marked ``interop``. When Node.js, npm or
node_modules cannot be had, those tests are skipped with the reason, except
when ``CERTINUM_REQUIRE_INTEROP=1`` (set by CI): then they fail with it, so a
machine without Node can never turn the cross-checks green by skipping them.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from nodejs import InteropUnavailableError, ensure_node_modules, node_available

INTEROP_DIR = Path(__file__).resolve().parent


def _require_interop() -> bool:
    # same reading as tests/conftest.py: any value but "", 0, false, no means required
    return os.environ.get("CERTINUM_REQUIRE_INTEROP", "").lower() not in ("", "0", "false", "no")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Mark the tests that live in this directory as ``interop``."""
    for item in items:
        if INTEROP_DIR in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.interop)


@pytest.fixture(scope="session")
def interop_unavailable_reason() -> str | None:
    """Why the interop harness cannot run here (None when it can); installs once."""
    if not node_available():
        return "Node.js >= 20 is not on PATH"
    try:
        ensure_node_modules()
    except InteropUnavailableError as exc:
        return str(exc)
    return None


@pytest.fixture(autouse=True)
def _require_node(interop_unavailable_reason: str | None) -> None:
    if interop_unavailable_reason is None:
        return
    message = f"interop harness unavailable: {interop_unavailable_reason}"
    if _require_interop():
        pytest.fail(f"{message} (CERTINUM_REQUIRE_INTEROP=1 makes this mandatory)", pytrace=False)
    pytest.skip(message)
