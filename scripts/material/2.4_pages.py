"""Build the HTML material of CRCN 2.4 items (assessment/items/2.4/material/*.html).

Every page is self-contained (inline style, no script, no external resource), written once in French
and once in English. Pickable elements carry opaque ``data-pick`` ids. Run:
python scripts/material/2.4_pages.py

The builders live in the package gen_2_4/ (kit.py: shared helpers; the builders by theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_2_4 import main

if __name__ == "__main__":
    main()
