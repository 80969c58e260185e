"""Writes the new 1.3 families (assessment/items/1.3/*.yaml) and their material.

Every key is computed from the data written.

Run: .venv/bin/python scripts/material/1.3_items.py (deterministic: fixed seeds).

The families live in the package gen_1_3/ (kit.py: shared helpers; one module per theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_1_3 import main

if __name__ == "__main__":
    main()
