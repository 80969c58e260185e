"""Build the CRCN 3.4 families that rest on programs and computed answers.

main() writes programs.yaml, encoding.yaml, markup.yaml and more.yaml in the original order.
"""

from __future__ import annotations

from .link_line import encoding
from .missing_alt import markup
from .more import dump, more
from .tracebacks import programs


def main() -> None:
    dump("programs.yaml", programs())
    dump("encoding.yaml", encoding())
    dump("markup.yaml", markup())
    dump("more.yaml", more())
