"""Write the format-2 item families of CRCN 3.2 and their material (assessment/items/3.2/).

Run from the repository root: `python scripts/material/3.2_media.py`. Every number, time and
size an item asks for is computed here from the same values the material shows, then written
into the variants, and printed, so that keys and material cannot drift apart. Deterministic:
running it twice gives the same files.

The families live in the package gen_3_2/ (kit.py: shared helpers; one module per theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_3_2 import main

if __name__ == "__main__":
    main()
