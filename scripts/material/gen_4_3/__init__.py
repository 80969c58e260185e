"""Build the CRCN 4.3 families that rest on material and computed answers.

main() writes wellbeing.yaml, environment.yaml, waves.yaml and habits.yaml in the original order.
"""

from __future__ import annotations

from .notification_log import wellbeing
from .notifications import waves
from .wellbeing_panel import environment
from .workday import dump, habits


def main() -> None:
    dump("waves.yaml", waves())
    dump("wellbeing.yaml", wellbeing())
    dump("environment.yaml", environment())
    dump("habits.yaml", habits())
