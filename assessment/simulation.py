"""Simulated candidates through the engine the service uses (DESIGN, "Interfaces that stay stable").

The simulation runs "the same engine functions the service uses": every item is chosen by
:func:`assessment.selection.select_next`, whose batch call serves its rows in turn, each with
the exposure counts left by the rows before it — exactly the sequence of one-candidate calls the
service makes for interleaved concurrent candidates, not a joint assignment. See
:func:`sit_tests` for the scenario and for ``cohort``, a computation batch size that cannot
change the results.

The default scenario is the service's (:func:`arrival_sessions`): candidates arrive over days
in sessions of about 20 who sit at the same time, one session after the other, and the
exposure counts carry over from session to session. The older "all at once" scenario (fixed
sessions, by default a single one) stays available.
"""

from __future__ import annotations

import csv
import io
import itertools
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from assessment.framework import COMPETENCE_CODES
from assessment.irt import (
    BoolArray,
    FloatArray,
    eap,
    initial_log_posterior,
    log_likelihood_on_grid,
    probability,
)
from assessment.pool import ExposureCounts, IntArray, ItemPool
from assessment.selection import Progress, SelectionRules, info_bound_items, select_next
from assessment.types import ItemParams

SESSION = 20  # candidates who sit the test at the same time, on average (the scenario)
SESSIONS_PER_DAY = 4  # a centre's day: 4 sessions (a label; the counts carry over anyway)
COHORT = 250  # candidates whose selections are computed together (no effect on results)


def arrival_sessions(n: int, rng: np.random.Generator, mean: int = SESSION) -> list[int]:
    """Sizes of the consecutive sessions that ``n`` arriving candidates sit in: uniform in
    [0.75 × mean, 1.25 × mean] (15–25 for 20), the last one takes who is left."""
    lo, hi = max(1, round(0.75 * mean)), max(1, round(1.25 * mean))
    sizes: list[int] = []
    left = n
    while left > 0:
        k = min(int(rng.integers(lo, hi + 1)), left)
        sizes.append(k)
        left -= k
    return sizes


class BankCsvError(ValueError):
    """A simulation bank CSV that cannot be used; ``problems`` lists ``(line, message)``."""

    def __init__(self, problems: Sequence[tuple[int, str]]) -> None:
        self.problems = list(problems)
        super().__init__(
            "invalid bank CSV:\n" + "\n".join(f"  line {ln}: {msg}" for ln, msg in self.problems)
        )


def read_bank_csv(text: str) -> list[ItemParams]:
    """Parse ``id,competence,discrimination,difficulty[,tube]`` rows, reporting every bad line.

    Without a ``tube`` column each item is its own tube.
    """
    reader = csv.reader(io.StringIO(text))
    problems: list[tuple[int, str]] = []
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise BankCsvError(
            [(1, "empty file: expected header id,competence,discrimination,difficulty")]
        ) from None
    required = ("id", "competence", "discrimination", "difficulty")
    missing = [h for h in required if h not in header]
    if missing:
        raise BankCsvError([(1, f"header lacks column(s) {', '.join(missing)}")])
    col = {h: header.index(h) for h in header}
    items: list[ItemParams] = []
    seen: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            problems.append((line, f"expected {len(header)} fields, got {len(row)}"))
            continue
        item_id = row[col["id"]].strip()
        comp = row[col["competence"]].strip()
        errs: list[str] = []
        if not item_id:
            errs.append("empty id")
        elif item_id in seen:
            errs.append(f"duplicate id {item_id!r} (first on line {seen[item_id]})")
        if comp not in COMPETENCE_CODES:
            errs.append(f"unknown competence {comp!r}")
        a = _number(row[col["discrimination"]], "discrimination", errs)
        b = _number(row[col["difficulty"]], "difficulty", errs)
        if a is not None and a <= 0:
            errs.append(f"discrimination must be > 0, got {a}")
        if errs:
            problems.append((line, "; ".join(errs)))
            continue
        seen[item_id] = line
        tube = row[col["tube"]].strip() if "tube" in col and row[col["tube"]].strip() else item_id
        items.append(ItemParams(item_id, comp, tube, float(a or 0.0), float(b or 0.0)))
    if problems:
        raise BankCsvError(problems)
    if not items:
        raise BankCsvError([(1, "no items")])
    return items


def _number(text: str, name: str, errs: list[str]) -> float | None:
    try:
        v = float(text)
    except ValueError:
        errs.append(f"{name} is not a number: {text.strip()!r}")
        return None
    if not math.isfinite(v):
        errs.append(f"{name} is not finite: {text.strip()!r}")
        return None
    return v


@dataclass(frozen=True, slots=True)
class SimulationResult:
    """Figures of a simulation run (the JSON of ``certinum assessment simulate``)."""

    examinees: int
    length: int
    rmse: float
    bias: float
    mean_se: float
    max_exposure: float
    rmse_by_length: dict[str, float]
    competences_covered_min: int
    seconds: float
    mean_exposure: float = 0.0
    unused_items: int = 0
    extra: dict[str, float] = field(default_factory=dict)

    def as_json(self) -> dict[str, object]:
        return {
            "examinees": self.examinees,
            "length": self.length,
            "rmse": self.rmse,
            "bias": self.bias,
            "mean_se": self.mean_se,
            "max_exposure": self.max_exposure,
            "mean_exposure": self.mean_exposure,
            "unused_items": self.unused_items,
            "rmse_by_length": self.rmse_by_length,
            "competences_covered_min": self.competences_covered_min,
            "seconds": self.seconds,
            **self.extra,
        }


def checkpoints(length: int) -> list[int]:
    """Lengths reported in ``rmse_by_length``: every 8 items, and the full length."""
    pts = list(range(8, length + 1, 8))
    if not pts or pts[-1] != length:
        pts.append(length)
    return pts


@dataclass(frozen=True, slots=True, eq=False)
class Sittings:
    """What every simulated candidate was given and scored, row ``i`` for ``thetas[i]``.

    ``estimates[p]`` and ``standard_errors[p]`` are the EAP and posterior SD after the first
    ``p`` answers, for each ``p`` of :func:`checkpoints`; the last one is the test's score, bit
    for bit what :func:`assessment.certification.result` computes from the same record.
    """

    items: IntArray  # (n, L) pool indices, in the order given
    correct: BoolArray  # (n, L)
    estimates: dict[int, FloatArray]
    standard_errors: dict[int, FloatArray]
    competences_covered: IntArray  # (n,)
    exposure: ExposureCounts


def sit_tests(
    pool: ItemPool,
    thetas: FloatArray,
    rules: SelectionRules,
    rng: np.random.Generator,
    *,
    session: int | None = SESSION,
    cohort: int = COHORT,
    sessions: Sequence[int] | None = None,
) -> Sittings:
    """Run one adaptive test per true ability in ``thetas``, as the service would.

    Scenario: candidates sit in consecutive sessions of ``session`` candidates (``None``: all
    of them in one) who take the test at the same time. A session's candidates all start
    (``tests`` goes up by the session size, as :func:`assessment.certification.start` does for
    each), then at every step each candidate *in turn, in index order*, is given the item that
    :func:`assessment.selection.select_next` would choose for them alone, with the exposure
    counts left by everyone served before them, and answers it. This is exactly the service
    called for one candidate at a time with interleaved concurrent candidates (checked item for
    item against the one-candidate API in ``tests/test_simulation.py``). ``session`` belongs
    to the scenario: it changes the exposure history, so the figures, a little (1 would be one
    candidate after the other). ``sessions`` gives the session sizes instead (they must add up
    to the number of candidates), as :func:`arrival_sessions` draws them.

    ``cohort`` is only a computation batch: the session's candidates are handled ``cohort``
    at a time, batch after batch within each step, one ``select_next`` call per batch. Since a
    batch call serves its rows in turn, splitting the turn into batches cannot change any
    choice; the results are identical for every ``cohort`` (tested).

    Randomness: ``rng`` is split into two streams. The answers come from the first: candidate
    ``i``'s ``j``-th answer is correct iff ``U[i, j] < P(θ_i)`` with ``U`` drawn up front, so
    they do not depend on how much randomness selection used; selection (randomesque draws
    only) uses the second, one draw per candidate and step, in turn.
    """
    n = thetas.shape[0]
    length = rules.length
    if cohort < 1 or (session is not None and session < 1):
        raise ValueError("session and cohort must be at least 1")
    size = n if session is None else session
    if sessions is None:
        sessions = [min(size, n - lo) for lo in range(0, n, max(size, 1))]
    if sum(sessions) != n or min(sessions, default=1) < 1:
        raise ValueError("session sizes must be at least 1 and add up to the candidates")
    answer_rng, select_rng = rng.spawn(2)
    uniforms = answer_rng.random((n, length))
    points = checkpoints(length)
    items = np.full((n, length), -1, dtype=np.int64)
    correct = np.zeros((n, length), dtype=np.bool_)
    est = {p: np.empty(n) for p in points}
    sds = {p: np.empty(n) for p in points}
    covered = np.empty(n, dtype=np.int64)
    exposure = ExposureCounts.empty(pool)
    bounds = np.concatenate([[0], np.cumsum(sessions)]).tolist()
    for first, last in itertools.pairwise(bounds):
        exposure.record_tests_started(last - first)
        batches = [(lo, min(lo + cohort, last)) for lo in range(first, last, cohort)]
        progress = [Progress.start(pool, hi - lo) for lo, hi in batches]
        for step in range(length):
            for (lo, hi), prog in zip(batches, progress, strict=True):
                given = select_next(pool, prog, rules, exposure, select_rng)
                exposure.record_given(given)
                a, b = pool.a[given], pool.b[given]
                right = uniforms[lo:hi, step] < probability(thetas[lo:hi], a, b)
                prog.record(pool, given, log_likelihood_on_grid(a, b, right))
                items[lo:hi, step] = given
                correct[lo:hi, step] = right
                if step + 1 in est:
                    mean, sd = eap(prog.log_posterior)
                    est[step + 1][lo:hi] = mean
                    sds[step + 1][lo:hi] = sd
        for (lo, hi), prog in zip(batches, progress, strict=True):
            covered[lo:hi] = (prog.competence_count > 0).sum(axis=1)
    return Sittings(items, correct, est, sds, covered, exposure)


def simulate(
    pool: ItemPool,
    thetas: FloatArray,
    rules: SelectionRules,
    rng: np.random.Generator,
    *,
    session: int | None = SESSION,
    cohort: int = COHORT,
    sessions: Sequence[int] | None = None,
) -> SimulationResult:
    """The figures of :func:`sit_tests` (``seconds``: wall time, reported, never an input)."""
    started = time.perf_counter()
    run = sit_tests(pool, thetas, rules, rng, session=session, cohort=cohort, sessions=sessions)
    seconds = time.perf_counter() - started
    length = rules.length
    err = run.estimates[length] - thetas
    exposure = run.exposure
    rates = exposure.counts / max(exposure.tests, 1)
    return SimulationResult(
        examinees=thetas.shape[0],
        length=length,
        rmse=float(np.sqrt(np.mean(err**2))),
        bias=float(np.mean(err)),
        mean_se=float(np.mean(run.standard_errors[length])),
        max_exposure=float(rates.max()),
        rmse_by_length={
            str(p): float(np.sqrt(np.mean((e - thetas) ** 2))) for p, e in run.estimates.items()
        },
        competences_covered_min=int(run.competences_covered.min()),
        seconds=seconds,
        mean_exposure=float(rates.mean()),
        unused_items=int((exposure.counts == 0).sum()),
        extra={"unused_share": float((exposure.counts == 0).mean())},
    )


def information_bound(
    pool: ItemPool, thetas: FloatArray, length: int, rng: np.random.Generator
) -> tuple[float, float]:
    """Mean posterior SD and RMSE when each candidate gets the ``length`` items most
    informative at the *true* θ (no content rules, no exposure control): the bound."""
    items: IntArray = info_bound_items(pool, thetas, length)
    a, b = pool.a[items], pool.b[items]
    correct = rng.random(a.shape) < probability(thetas[:, None], a, b)
    lp = initial_log_posterior(thetas.shape[0])
    for j in range(items.shape[1]):
        lp += log_likelihood_on_grid(a[:, j], b[:, j], correct[:, j])
    mean, sd = eap(lp)
    return float(np.mean(sd)), float(np.sqrt(np.mean((mean - thetas) ** 2)))


def random_selection_rules(length: int, pool_size: int) -> SelectionRules:
    """The floor: a uniform draw among all eligible items (content rules still on)."""
    return SelectionRules(length=length, exposure_max=None, top_k=pool_size)
