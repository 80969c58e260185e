"""``certinum assessment …``: simulation and calibration of the adaptive engine."""

from __future__ import annotations

import click


@click.group()
def assessment() -> None:
    """Adaptive engine tools: simulate, calibrate, check the item bank."""
