"""Write the format-2 item families of CRCN 3.3 and their material (assessment/items/3.3/).

Run from the repository root: `python scripts/material/3.3_purpose.py`. Keys that depend on the
material (years, ratios, pixel sizes, the element to pick) are computed here from the same values
the material shows, written into the variants and printed. People and works are fictional.

The families live in the package gen_3_3/ (kit.py: shared helpers; one module per theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_3_3 import main

if __name__ == "__main__":
    main()
