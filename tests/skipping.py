"""Optional test families: skip with a message, or fail where CI makes the family mandatory.

Test modules import from here rather than from ``conftest`` (several conftest modules exist in
the tree, and which one ``import conftest`` finds depends on collection order).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def required(var: str) -> bool:
    """Whether the environment makes the family named by ``var`` mandatory."""
    return os.environ.get(var, "") not in ("", "0", "false", "no")


def skip_or_fail(reason: str, require_var: str) -> None:
    """Skip with ``reason``, or fail when ``require_var`` says this family is mandatory."""
    if required(require_var):
        pytest.fail(f"{reason} ({require_var}=1 makes this mandatory)", pytrace=False)
    pytest.skip(reason)
