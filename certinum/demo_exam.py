"""The demo's candidates at work, through the service functions people's pages call.

* :func:`make_certifiable`: positioning tests (:func:`certinum.positioning.simulate.take_test`,
  answers right with the 2PL probability at the candidate's ability) of one competence after
  another, until the profile holds the 5 competences at level 1 or more that enrolment needs.
* :func:`sit_certification`: the whole certification test (:mod:`certinum.certification.exam`),
  question by question in a login session of the candidate, each answer right with the 2PL
  probability at the candidate's ability of the parameters the question was asked with (the
  ones stored with it), written as :func:`certinum.positioning.simulate.simulated_answer` does.

The right/wrong draws come from the seeded generator given; which items the engine picks and
the order of their proposals come from the service (a CSPRNG shuffle and the engine's own
draws), as for any candidate.
"""

from __future__ import annotations

import numpy as np
from sqlalchemy import select

from assessment.framework import CERTIFIABLE_MIN_COMPETENCES, COMPETENCE_CODES
from assessment.irt import probability
from certinum.accounts.area import AccountsArea
from certinum.certification import exam
from certinum.certification.tables import CertificationAnswer
from certinum.positioning.catalogue import Catalogue
from certinum.positioning.profile import profile
from certinum.positioning.service import candidate_id
from certinum.positioning.simulate import simulated_answer, take_test
from certinum.runtime import Runtime


def make_certifiable(
    runtime: Runtime, account_id: int, theta: float, rng: np.random.Generator, *, start: int,
    catalogue: Catalogue,
) -> int:  # fmt: skip
    """Positioning tests from the ``start``-th competence on (skipping those tested) until 5
    competences are at level 1 or more; how many tests were taken (0 when already so)."""
    cid = candidate_id(account_id)
    found = profile(runtime, cid)
    tested = {c.code for a in found.areas for c in a.competences if c.tested}
    at_level_1 = sum(1 for level in found.levels.values() if level >= 1)
    order = COMPETENCE_CODES[start:] + COMPETENCE_CODES[:start]
    taken = 0
    for code in order:
        if at_level_1 >= CERTIFIABLE_MIN_COMPETENCES:
            break
        if code in tested:
            continue
        run = take_test(runtime, cid, code, theta, rng, catalogue=catalogue)
        taken += 1
        at_level_1 += int((run.attempt.level or 0) >= 1)
    return taken


def _asked(runtime: Runtime, test_id: int, reference: str) -> CertificationAnswer:
    with runtime.sessions() as db:
        row = db.scalar(
            select(CertificationAnswer).where(
                CertificationAnswer.test_id == test_id, CertificationAnswer.reference == reference
            )
        )
    if row is None:  # the service has just shown it
        raise LookupError(f"no question {reference!r} in test {test_id}")
    return row


def sit_certification(
    area: AccountsArea, account_id: int, enrolment_id: int, theta: float,
    rng: np.random.Generator, *, catalogue: Catalogue,
) -> int:  # fmt: skip
    """Start the authorised test in a new login session and answer to its end; its id."""
    runtime = area.runtime
    login = area.sessions.create(account_id, runtime.clock())
    test_id = exam.start_test(runtime, account_id, enrolment_id, login, catalogue=catalogue)
    _, question = exam.question_page(runtime, account_id, test_id, login, catalogue=catalogue)
    while question is not None:
        asked = _asked(runtime, test_id, question.reference)
        p = asked.parameters
        right = bool(rng.random() < float(probability(theta, p["discrimination"], p["difficulty"])))
        given = simulated_answer(
            catalogue.bank.get(asked.item_id), list(asked.proposal_order), right, "fr"
        )
        _, question = exam.answer(
            runtime, account_id, test_id, login, question.reference, given, catalogue=catalogue
        )
    area.sessions.delete(login)  # the candidate leaves: their login session ends
    return test_id
