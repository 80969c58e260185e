"""Build the CRCN 3.4 families that rest on programs and computed answers.

Writes the program and source listings shown as material (assessment/items/3.4/material/*.txt)
and the families that use them (assessment/items/3.4/programs.yaml, encoding.yaml,
markup.yaml). Every number the keys give is computed here, by running the programs shown to
the candidate (Python traces, tracebacks) or by Python arithmetic (binary, UTF-8, colours),
and printed. Run: python scripts/material/3.4_programs.py

The families live in the package gen_3_4/ (kit.py: shared helpers; the families by theme).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gen_3_4 import main

if __name__ == "__main__":
    main()
