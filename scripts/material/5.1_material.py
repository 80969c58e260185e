"""Write the material of the new 5.1 item families (assessment/items/5.1/material/).

Run from the repository root: `python scripts/material/5.1_material.py`. Prints the keys it computes
(pick ids, line numbers, totals) so the YAML solutions can be checked against the files.

The tables and main() live in the package gen_5_1/ (kit.py: shared helpers).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_5_1 import main

if __name__ == "__main__":
    main()
