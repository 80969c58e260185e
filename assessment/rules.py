"""The parameters of the next-item selection, and its error (DESIGN, "The competence framework").

:mod:`assessment.selection` applies the content rules, :mod:`assessment.exposure` the exposure
control; both read these parameters.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

BoolArray = npt.NDArray[np.bool_]


class SelectionError(RuntimeError):
    """No item can be given (the pool is exhausted for this candidate)."""


@dataclass(frozen=True, slots=True)
class SelectionRules:
    """Parameters of the selection rule.

    ``length`` items; the content rules of :mod:`assessment.selection`
    (``require_all_competences``, ``no_consecutive_competence``, ``max_per_competence``);
    ``criterion`` (``info`` or ``epv``, :func:`assessment.selection.criterion`) with its
    ``discrimination_ceiling``; and the exposure control of :mod:`assessment.exposure`:
    ``exposure_max`` (running cap), ``top_k`` (randomesque draw), ``spread`` and ``fresh``.
    """

    length: int
    require_all_competences: bool = True
    no_consecutive_competence: bool = True
    max_per_competence: int | None = None
    exposure_max: float | None = 0.25
    top_k: int = 1
    criterion: str = "info"
    discrimination_ceiling: float | None = None
    spread: float | None = None
    fresh: float | None = None
