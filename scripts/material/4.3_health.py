"""Build the CRCN 4.3 families that rest on material and computed answers.

Writes the settings panels, shop and report pages (self-contained HTML, no script) and the
CSV tables of assessment/items/4.3/material/, and the families that use them
(assessment/items/4.3/wellbeing.yaml, environment.yaml, waves.yaml). Every key number is
computed here from the same data as the material, and printed.
Run: python scripts/material/4.3_health.py

The families live in the package gen_4_3/ (kit.py: shared helpers; the families by theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_4_3 import main

if __name__ == "__main__":
    main()
