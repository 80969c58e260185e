"""One candidate's selection record: what the one-candidate path reads from a test's record.

A :class:`Record` is read from the asked items in one pass of list comprehensions (no array
over the pool per asked item) and then extended by one item or one answer at a time
(:meth:`Record.given_item`, :meth:`Record.answered`), its log-posterior with it (an answer's
row is added when the posterior is next asked for): a test that keeps it
(:attr:`assessment.certification.CertificationTest.memo`) never reads its record again; one
read back from storage reads it once per call. The posterior adds the pool's ``ll_table`` rows
in answer order, bit for bit :func:`assessment.irt.log_posterior_of`. The items blocked (given,
their tubes and enemies, seen before) are a Python int, bit i for item i.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, cast

import numpy as np

from assessment.irt import LOG_PRIOR, FloatArray, log_posterior_of
from assessment.pool import ItemPool

if TYPE_CHECKING:
    from assessment.adaptive import AskedItem


class Record:
    """What the choice needs from one candidate's record in one pool (a value: the methods
    return a new record). ``posterior`` is ``None`` until computed."""

    __slots__ = (
        "base",
        "blocked_bits",
        "count",
        "given",
        "in_table",
        "last",
        "n_given",
        "pending",
        "pool",
        "posterior",
        "rows",
    )

    def __init__(
        self,
        pool: ItemPool,
        asked: Sequence[AskedItem] = (),
        seen: Iterable[str] = (),
        enemies_of: Iterable[str] = (),
    ) -> None:
        params = list(map(_PARAMS, asked))
        outcomes = list(map(_OUTCOME, asked))
        key = pool.param_index.get  # (id, a, b) -> index: in the pool with these parameters
        given = [key((p.id, p.discrimination, p.difficulty), -1) for p in params]
        outside: list[str] = []  # ids given that the pool does not have
        in_table = -1 not in given
        if in_table:  # the answered items' rows of pool.ll_table, in order
            correct = _correct()
            rows = [
                2 * i + (o is correct)
                for i, o in zip(given, outcomes, strict=True)
                if o is not None
            ]
        else:
            outside, given, rows, in_table = _read_slowly(pool, asked)
        competence_of, block_bits = pool.competence_of, pool.block_bits
        count = [0] * len(pool.competences)
        blocked = 0  # given items, their tubes and enemies (and below, seen items), as bits
        for i in given:
            count[competence_of[i]] += 1
            blocked |= block_bits[i]
        last = competence_of[given[-1]] if given else -1
        pending = -1  # answered() extends only what the table holds
        if asked and outcomes[-1] is None:
            p = params[-1]
            pending = key((p.id, p.discrimination, p.difficulty), -1)
        outside.extend(enemies_of)
        index_of = pool.index_of
        if outside and pool.enemy_ids:
            for item_id in outside:
                others = pool.enemy_ids.get(item_id, ())
                for e in others:
                    if e in index_of:
                        blocked |= 1 << index_of[e]
        if seen:
            for s in seen:
                if s in index_of:
                    blocked |= 1 << index_of[s]
        self.pool = pool
        self.given = given
        self.rows = rows
        self.blocked_bits = blocked
        self.count = count
        self.last = last
        self.n_given = len(asked)
        self.pending = pending
        self.in_table = in_table
        self.posterior: FloatArray | None = None
        self.base: FloatArray | None = None  # known: posterior is base + the last row

    def _copy(self) -> Record:
        new = object.__new__(Record)
        new.pool, new.given, new.rows = self.pool, self.given, self.rows
        new.blocked_bits = self.blocked_bits
        new.count, new.last, new.n_given, new.pending = self.count, self.last, self.n_given, -1
        new.in_table, new.posterior, new.base = self.in_table, self.posterior, self.base
        return new

    def given_item(self, i: int) -> Record:
        """This record with pool item ``i`` given (pending)."""
        pool = self.pool
        new = self._copy()
        new.given = [*self.given, i]
        new.last = pool.competence_of[i]
        new.count = self.count.copy()
        new.count[new.last] += 1
        new.blocked_bits = self.blocked_bits | pool.block_bits[i]
        new.n_given = self.n_given + 1
        new.pending = i
        return new

    def answered(self, correct: bool) -> Record:
        """This record with its pending item answered (it must have one, from the pool)."""
        i = self.pending
        if i < 0:
            raise ValueError("no pending item of the pool to answer")
        new = self._copy()
        row = 2 * i + correct
        new.rows = [*self.rows, row]
        new.pending = -1
        new.posterior, new.base = None, self._known()  # the row is added when asked for
        return new

    def _known(self) -> FloatArray | None:
        """The log-posterior if this record knows it without reading the answers again."""
        if self.posterior is None and self.base is not None:
            self.posterior = self.base + self.pool.ll_table[self.rows[-1]]
        return self.posterior

    @property
    def blocked(self) -> list[int]:
        """The pool indices the candidate may no longer take (:attr:`blocked_bits`: bit i for
        item i): items given, their tubes and enemies, and items seen before, ascending."""
        bits = self.blocked_bits
        return [i for i in range(bits.bit_length()) if bits >> i & 1]

    def log_posterior(self, asked: Sequence[AskedItem]) -> FloatArray:
        """The log-posterior of the answers (``asked``: the record this was built from)."""
        posterior = self._known()
        if posterior is None:
            posterior = _posterior(self.pool, self.rows) if self.in_table else _recorded(asked)
            self.posterior = posterior
        return posterior


_CORRECT: list[object] = []
_PARAMS = attrgetter("params")
_OUTCOME = attrgetter("outcome")


def _correct() -> object:
    """``Outcome.CORRECT`` (imported on first use: :mod:`assessment.adaptive` imports this
    module)."""
    if not _CORRECT:
        from assessment.adaptive import Outcome

        _CORRECT.append(Outcome.CORRECT)
    return _CORRECT[0]


def _read_slowly(
    pool: ItemPool, asked: Sequence[AskedItem]
) -> tuple[list[str], list[int], list[int], bool]:
    """Ids outside the pool, pool indices given, ``ll_table`` rows of the answered items in
    the pool, and whether every answered item is in the pool with the parameters it was asked
    with (if not, the posterior comes from the recorded parameters)."""
    outside: list[str] = []
    given: list[int] = []
    rows: list[int] = []
    in_table = True
    for x in asked:
        p, o = x.params, x.outcome
        i = pool.index_of.get(p.id, -1)
        if i < 0:
            outside.append(p.id)
            in_table = in_table and o is None
            continue
        given.append(i)
        if o is not None:
            rows.append(2 * i + o.is_correct)
            in_table = in_table and pool.ab[i] == (p.discrimination, p.difficulty)
    return outside, given, rows, in_table


def _recorded(asked: Sequence[AskedItem]) -> FloatArray:
    """The posterior from the parameters recorded with the answers (items recalibrated or
    retired since they were asked)."""
    done = [x for x in asked if x.outcome is not None]
    return log_posterior_of(
        [x.params.discrimination for x in done],
        [x.params.difficulty for x in done],
        [x.outcome.is_correct for x in done if x.outcome is not None],
    )


def _posterior(pool: ItemPool, rows: list[int]) -> FloatArray:
    """Prior plus the rows of the answered items, in order, from the pool's table: one gather,
    and bit for bit :func:`assessment.irt.log_posterior_of` (the same rows, added in order)."""
    if not rows:
        return LOG_PRIOR.copy()
    table = pool.ll_table
    stack = table.take([table.shape[0] - 1, *rows], axis=0)  # the prior, then the answers
    return cast("FloatArray", np.add.reduce(stack, axis=0))
