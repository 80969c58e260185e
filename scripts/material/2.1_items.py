"""Writes the new 2.1 families (assessment/items/2.1/*.yaml) and their material.

Material: chats, mailboxes, settings panels, calendars (HTML), .eml messages, an SVG toolbar, a CSV.

Run: .venv/bin/python scripts/material/2.1_items.py (deterministic).

The families live in the package gen_2_1/ (kit.py: shared helpers; one module per theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_2_1 import main

if __name__ == "__main__":
    main()
