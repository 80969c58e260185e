"""The engine on the shipped bank (assessment/items, its provisional parameters and enemies):
the properties of code that the certification targets rest on."""

import itertools
import math
from pathlib import Path

import numpy as np
import pytest

from assessment.bank import load_bank
from assessment.certification import CERTIFICATION_RULES
from assessment.pool import ItemPool
from assessment.simulation import arrival_sessions, sit_tests
from certinum.commands.assessment import _load_pool

BANK = Path(__file__).resolve().parent.parent / "assessment" / "items"


@pytest.fixture(scope="module")
def shipped() -> ItemPool:
    return _load_pool(BANK, None, False)


def test_bank_directory_loads_with_its_enemies(shipped: ItemPool) -> None:
    bank = load_bank(BANK)
    assert len(shipped) == len(bank.challenges)
    assert len(shipped.competences) == 16
    some = next(i for i, e in bank.enemies.items() if e)
    assert shipped.enemy_ids[some] >= bank.enemies[some] & set(shipped.index_of)


def test_certification_on_the_shipped_bank_keeps_its_rules(shipped: ItemPool) -> None:
    n = 120
    thetas = np.random.default_rng(0).normal(0.0, 1.0, n)
    sizes = arrival_sessions(n, np.random.default_rng(1))
    run = sit_tests(shipped, thetas, CERTIFICATION_RULES, np.random.default_rng(2), sessions=sizes)
    assert (run.competences_covered == 16).all()
    rates = run.exposure.counts / run.exposure.tests
    assert rates.max() <= CERTIFICATION_RULES.exposure_max
    per_comp = math.ceil(CERTIFICATION_RULES.length / 16) + 1
    for row in run.items.tolist():
        assert len(set(row)) == len(row) == CERTIFICATION_RULES.length
        ids = [shipped.items[i].id for i in row]
        for i in ids:  # no two items of one test answer each other
            assert not shipped.enemy_ids.get(i, frozenset()) & set(ids)
        comps = [shipped.items[i].competence for i in row]
        assert all(x != y for x, y in itertools.pairwise(comps))
        assert max(comps.count(c) for c in set(comps)) <= per_comp
