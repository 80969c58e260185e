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
from assessment.irt import GRID, LOG_PRIOR, log_likelihood_on_grid, probability
from assessment.types import ItemParams

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
BoolArray = npt.NDArray[np.bool_]


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
    # ll_table[2 i + correct]: log-likelihood of an answer to item i over the grid, and last
    # (ll_table[2 N]) the log-prior (cached per bank: a posterior is the sum of a gather of
    # these rows, prior first, see assessment.record)
    competence_onehot: FloatArray  # (N, C)
    competence_order: IntArray  # item indices sorted by competence (stable)
    competence_starts: IntArray  # (C,) where each competence starts in competence_order
    # enemies[i]: pool indices of the items that must not share a test with item i
    ll_table: FloatArray = field(default_factory=lambda: np.empty((0, GRID.size)))  # (2N + 1, G)
    enemies: tuple[tuple[int, ...], ...] = ()
    enemy_ids: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Python-side copies for the one-candidate path (assessment.single), built once per bank:
    # the competence and tube of each item, and the items of each tube.
    competence_of: tuple[int, ...] = ()
    tube_of: tuple[int, ...] = ()
    tube_members: tuple[tuple[int, ...], ...] = ()
    blocks: tuple[tuple[int, ...], ...] = ()  # blocks[i]: what giving i rules out (tube, enemies)
    ab: tuple[tuple[float, float], ...] = ()  # (a, b) of each item
    # (id, a, b) -> index: an item asked with the parameters the pool has for it
    param_index: Mapping[tuple[str, float, float], int] = field(default_factory=dict)
    # The distinct (a, b) pairs and the pair of each item: a bank of provisional parameters
    # has a handful, so the one-candidate path evaluates the criterion once per pair.
    pair_a: FloatArray = field(default_factory=lambda: np.empty(0))
    pair_b: FloatArray = field(default_factory=lambda: np.empty(0))
    pair_of: IntArray = field(default_factory=lambda: np.empty(0, dtype=np.int64))
    # The one-candidate path's sets of items as Python ints (bit i: item i): what giving each
    # item rules out (``blocks``), the items of each competence and pair, and all items.
    block_bits: tuple[int, ...] = ()
    competence_bits: tuple[int, ...] = ()
    pair_bits: tuple[int, ...] = ()
    all_bits: int = 0

    @classmethod
    def from_items(
        cls, items: Iterable[ItemParams], *, enemies: Mapping[str, Iterable[str]] | None = None
    ) -> ItemPool:
        """Build the arrays once (per bank, not per call).

        ``enemies`` maps an item id to the ids that must never appear in the same test (items
        that answer each other, variants of one family); the relation is made symmetric and
        ids outside the pool are kept in :attr:`enemy_ids` (they matter for items given
        outside the pool, such as pretest items) but have no index.
        """
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
        sym = symmetric_enemies(enemies or {})
        enemy_idx = tuple(
            tuple(sorted(index_of[e] for e in sym.get(it.id, ()) if e in index_of)) for it in its
        )
        pairs, pair_of = np.unique(np.stack([a, b], axis=1), axis=0, return_inverse=True)
        members: list[list[int]] = [[] for _ in tube_pos]
        for i, t in enumerate(tube_idx):
            members[t].append(i)
        blocks = tuple(tuple(sorted({*members[t], *enemy_idx[i]})) for i, t in enumerate(tube_idx))
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
            ll_table=np.vstack(
                [
                    log_likelihood_on_grid(
                        np.repeat(a, 2), np.repeat(b, 2), np.tile([False, True], len(its))
                    ),
                    LOG_PRIOR[None, :],
                ]
            ),
            enemies=enemy_idx,
            enemy_ids=sym,
            competence_of=tuple(comp_idx.tolist()),
            tube_of=tuple(tube_idx),
            tube_members=tuple(tuple(m) for m in members),
            ab=tuple(zip(a.tolist(), b.tolist(), strict=True)),
            param_index={
                (it.id, ai, bi): i
                for i, (it, ai, bi) in enumerate(zip(its, a.tolist(), b.tolist(), strict=True))
            },
            blocks=blocks,
            pair_a=np.ascontiguousarray(pairs[:, 0]),
            pair_b=np.ascontiguousarray(pairs[:, 1]),
            pair_of=pair_of.reshape(-1).astype(np.int64),
            block_bits=tuple(map(bits_of, blocks)),
            competence_bits=tuple(
                bits_of(np.flatnonzero(comp_idx == k).tolist()) for k in range(len(competences))
            ),
            pair_bits=tuple(
                bits_of(np.flatnonzero(pair_of.reshape(-1) == p).tolist())
                for p in range(len(pairs))
            ),
            all_bits=(1 << len(its)) - 1,
        )

    def subset(self, keep: Iterable[ItemParams]) -> ItemPool:
        """A pool of some of these items, with the same enemy relation."""
        return ItemPool.from_items(keep, enemies=self.enemy_ids)

    def __len__(self) -> int:
        return len(self.items)

    def indices(self, item_ids: Iterable[str]) -> list[int]:
        """Pool indices of known item ids; unknown ids (retired items) are ignored."""
        return [self.index_of[i] for i in item_ids if i in self.index_of]


def bits_of(indices: Iterable[int]) -> int:
    """The set of item indices as an int (bit i: item i)."""
    out = 0
    for i in indices:
        out |= 1 << i
    return out


def mask_of(bits: int, n: int) -> BoolArray:
    """The set of item indices ``bits`` (bit i: item i) as a mask over ``n`` items."""
    raw = np.frombuffer(bits.to_bytes((n + 7) // 8, "little"), dtype=np.uint8)
    return np.unpackbits(raw, count=n, bitorder="little").view(np.bool_)


def bits_of_mask(mask: BoolArray) -> int:
    """The items of a mask as a set of indices (bit i: item i)."""
    return int.from_bytes(np.packbits(mask, bitorder="little").tobytes(), "little")


def symmetric_enemies(enemies: Mapping[str, Iterable[str]]) -> dict[str, frozenset[str]]:
    """The enemy relation made symmetric (an item is never its own enemy)."""
    out: dict[str, set[str]] = {}
    for item_id, others in enemies.items():
        for other in others:
            if other != item_id:
                out.setdefault(item_id, set()).add(other)
                out.setdefault(other, set()).add(item_id)
    return {k: frozenset(v) for k, v in out.items()}


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

    def record_one(self, index: int) -> None:
        """One item given (the service's path)."""
        self.counts[index] += 1

    def record_given(self, indices: Sequence[int] | IntArray) -> None:
        idx = np.asarray(indices, dtype=np.int64)
        if idx.size == 1:  # the service's path: one item, no pass over the whole pool
            if idx.reshape(-1)[0] >= 0:
                self.counts[int(idx.reshape(-1)[0])] += 1
            return
        self.counts += np.bincount(idx[idx >= 0], minlength=self.counts.shape[0])

    def rates(self) -> FloatArray:
        return np.asarray(self.counts / max(self.tests, 1), dtype=np.float64)
