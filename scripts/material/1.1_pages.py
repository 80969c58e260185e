"""Write the material of the 1.1 item families (assessment/items/1.1/material/).

Run from the repository root: `python scripts/material/1.1_pages.py`. Prints the keys it computes.

The builders live in the package gen_1_1/ (kit.py: shared helpers; one module per theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_1_1 import main

if __name__ == "__main__":
    main()
