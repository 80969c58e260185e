"""Build the HTML and text material of CRCN 3.1 items (assessment/items/3.1/material/).

Pages are self-contained (inline style, no script, no external resource), in French and English;
pickable elements carry opaque ``data-pick`` ids. Text files are pickable by line (``L12``). Run:
python scripts/material/3.1_pages.py

The builders live in the package gen_3_1/ (kit.py: shared helpers; the builders by theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_3_1 import main

if __name__ == "__main__":
    main()
