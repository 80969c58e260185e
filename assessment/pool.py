"""An item pool as numpy arrays, and the exposure counts the service persists.

The engine only depends on :class:`assessment.types.ItemParams`; :class:`ItemPool` turns a list
of them into aligned arrays (a, b, competence index, tube index) once, so selection and
simulation are vectorised over items and candidates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from assessment.framework import COMPETENCE_CODES
from assessment.irt import GRID, probability
from assessment.types import ItemParams

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]


class PoolError(ValueError):
    """An item pool that the engine cannot use (empty, duplicate ids, a ≤ 0, unknown competence)."""


@dataclass(frozen=True, slots=True, eq=False)
class ItemPool:
    """Items and their 2PL parameters as aligned arrays.

    ``competences`` lists the CRCN codes in framework order restricted to those that have items;
    ``competence_index[i]`` indexes into it. Tubes are numbered in first-seen order.
    """

    items: tuple[ItemParams, ...]
    a: FloatArray
    b: FloatArray
    competences: tuple[str, ...]
    competence_index: IntArray
    tubes: tuple[str, ...]
    tube_index: IntArray
    index_of: Mapping[str, int]
    p_grid: FloatArray  # (G, N) P(correct) of every item at every grid point
    competence_onehot: FloatArray  # (N, C)
    competence_order: IntArray  # item indices sorted by competence (stable)
    competence_starts: IntArray  # (C,) where each competence starts in competence_order

    @classmethod
    def from_items(cls, items: Iterable[ItemParams]) -> ItemPool:
        its = tuple(items)
        if not its:
            raise PoolError("the item pool is empty")
        index_of: dict[str, int] = {}
        for i, it in enumerate(its):
            if it.id in index_of:
                raise PoolError(f"duplicate item id {it.id!r}")
            if it.competence not in COMPETENCE_CODES:
                raise PoolError(f"item {it.id!r}: unknown competence {it.competence!r}")
            if not (np.isfinite(it.discrimination) and it.discrimination > 0):
                raise PoolError(f"item {it.id!r}: discrimination must be > 0")
            if not np.isfinite(it.difficulty):
                raise PoolError(f"item {it.id!r}: difficulty must be a finite number")
            index_of[it.id] = i
        present = {it.competence for it in its}
        competences = tuple(c for c in COMPETENCE_CODES if c in present)
        comp_pos = {c: k for k, c in enumerate(competences)}
        tube_pos: dict[str, int] = {}
        tube_idx = []
        for it in its:
            key = f"{it.competence}\x00{it.tube}"
            tube_idx.append(tube_pos.setdefault(key, len(tube_pos)))
        comp_idx = np.array([comp_pos[it.competence] for it in its], dtype=np.int64)
        a = np.array([it.discrimination for it in its], dtype=np.float64)
        b = np.array([it.difficulty for it in its], dtype=np.float64)
        return cls(
            items=its,
            a=a,
            b=b,
            competences=competences,
            competence_index=comp_idx,
            tubes=tuple(tube_pos),
            tube_index=np.array(tube_idx, dtype=np.int64),
            index_of=index_of,
            p_grid=probability(GRID[:, None], a[None, :], b[None, :]),
            competence_onehot=np.eye(len(competences))[comp_idx],
            competence_order=np.argsort(comp_idx, kind="stable").astype(np.int64),
            competence_starts=np.searchsorted(
                np.sort(comp_idx), np.arange(len(competences))
            ).astype(np.int64),
        )

    def __len__(self) -> int:
        return len(self.items)

    def indices(self, item_ids: Iterable[str]) -> list[int]:
        """Pool indices of known item ids; unknown ids (retired items) are ignored."""
        return [self.index_of[i] for i in item_ids if i in self.index_of]


@dataclass(slots=True, eq=False)
class ExposureCounts:
    """How many tests have started and how many times each item was given.

    The exposure rate of an item is ``counts[i] / tests``. The service persists this object
    (:meth:`to_mapping` / :meth:`from_mapping`) and passes it to every selection; the
    simulation keeps one for the whole run. Counts are keyed by item id so they survive a
    change of pool order.
    """

    counts: IntArray
    tests: int = 0
    _extra: dict[str, int] = field(default_factory=dict)

    @classmethod
    def empty(cls, pool: ItemPool) -> ExposureCounts:
        return cls(np.zeros(len(pool), dtype=np.int64), 0)

    @classmethod
    def from_mapping(cls, pool: ItemPool, counts: Mapping[str, int], tests: int) -> ExposureCounts:
        arr = np.zeros(len(pool), dtype=np.int64)
        extra: dict[str, int] = {}
        for item_id, n in counts.items():
            if item_id in pool.index_of:
                arr[pool.index_of[item_id]] = int(n)
            else:
                extra[item_id] = int(n)
        return cls(arr, int(tests), extra)

    def to_mapping(self, pool: ItemPool) -> dict[str, int]:
        out = dict(self._extra)
        for it, n in zip(pool.items, self.counts.tolist(), strict=True):
            if n:
                out[it.id] = int(n)
        return out

    def record_tests_started(self, n: int = 1) -> None:
        self.tests += n

    def record_given(self, indices: Sequence[int] | IntArray) -> None:
        idx = np.asarray(indices, dtype=np.int64)
        self.counts += np.bincount(idx[idx >= 0], minlength=self.counts.shape[0])

    def rates(self) -> FloatArray:
        return np.asarray(self.counts / max(self.tests, 1), dtype=np.float64)
