"""What the review tests share: a session with enrolled candidates (through the API), and
certification tests written straight into ``cert_tests``/``cert_answers``, their questions
chosen and answered by the engine (:mod:`assessment.certification`) from the item bank at a
seeded ability, each answer stored with its item version and the parameters used, and the
engine's state as the service stores it."""

from __future__ import annotations

import functools
import secrets
from datetime import timedelta
from typing import Any

import numpy as np
from accounts_helpers import add_account
from certification_helpers import SESSION, as_account, candidate, centre
from litestar.testing import TestClient

from assessment import certification as cert
from assessment.adaptive import Outcome
from assessment.framework import COMPETENCE_CODES
from assessment.irt import probability
from assessment.pool import ExposureCounts, ItemPool
from certinum.accounts.area import AccountsArea
from certinum.certification.exam_state import to_json
from certinum.certification.tables import CertificationAnswer, CertificationTestRow
from certinum.db import transaction
from certinum.positioning.catalogue import default_catalogue

PROFILE = dict.fromkeys(COMPETENCE_CODES, 2)


@functools.cache
def bank_pool() -> ItemPool:
    """Every current item version of the bank, in one pool."""
    return ItemPool.from_items(i for p in default_catalogue().pools.values() for i in p.items)


def sit(
    area: AccountsArea, enrolment_id: int, *, theta: float, seed: int, answers: int = 32,
    status: str = "completed", abort_reason: str | None = None, pending: bool = False,
) -> int:  # fmt: skip
    """A test of ``answers`` questions the engine chose and a candidate of ability ``theta``
    answered (``pending``: one more question shown, not answered); its id."""
    pool, rng = bank_pool(), np.random.default_rng(seed)
    exposure = ExposureCounts.empty(pool)
    test = cert.start(PROFILE, exposure)
    now = area.runtime.clock()
    rows = []
    for k in range(answers + int(pending)):
        test, item = cert.next_item(test, pool, exposure, rng)
        asked = now + timedelta(seconds=30 * k)
        params = {  # as the test pages store them
            "competence": item.competence,
            "tube": item.tube,
            "discrimination": item.discrimination,
            "difficulty": item.difficulty,
        }
        row: dict[str, Any] = {"item_id": item.id, "item_version": item.version,
                               "parameters": params, "asked_at": asked}  # fmt: skip
        if k < answers:
            ok = bool(rng.random() < probability(theta, item.discrimination, item.difficulty))
            test = cert.answer(test, item.id, Outcome.CORRECT if ok else Outcome.WRONG)
            row |= {"answer": {"choice": 1}, "correct": ok, "answered_at": asked}
        rows.append(row)
    if status == "ended_by_invigilator":
        test = cert.end_by_invigilator(test, cert.AbortReason(abort_reason or "candidate"))
    with transaction(area.runtime.sessions) as db:
        made = CertificationTestRow(
            enrolment_id=enrolment_id, status=status, abort_reason=abort_reason, end_reason="",
            started_at=now, deadline_at=now + timedelta(minutes=60),
            ended_at=None if status == "started" else now, engine_state=to_json(test),
            cancelled_reason="",
        )  # fmt: skip
        db.add(made)
        db.flush()
        for position, row in enumerate(rows, start=1):
            db.add(
                CertificationAnswer(
                    test_id=made.id, position=position, reference=secrets.token_hex(8),
                    proposal_order=[0, 1, 2], neutralised=False, **row,
                )
            )  # fmt: skip
        return made.id


def session_with(
    client: TestClient[Any], area: AccountsArea, n: int, code: str = "CC-01"
) -> tuple[str, int, dict[str, str], list[int], list[int]]:
    """A centre's session with ``n`` enrolled candidates: centre id, session id, the centre
    admin's headers, the enrolment ids (in the order enrolled), the candidates' accounts."""
    centre_id, admin = centre(client, area, code)
    headers = as_account(client, area, admin)
    made = client.post(f"/api/centres/{centre_id}/sessions", json=SESSION, headers=headers)
    assert made.status_code == 201, made.text
    session_id = made.json()["id"]
    enrolled, accounts = [], []
    for k in range(n):
        email = f"cand{k}-{code.lower()}@example.org"
        accounts.append(candidate(area, email))
        person = {"lastName": f"Nom{k}", "firstName": "Léa", "birthDate": "14/02/2010",
                  "email": email}  # fmt: skip
        got = client.post(
            f"/api/centres/{centre_id}/sessions/{session_id}/enrolments", json=person,
            headers=headers,
        )  # fmt: skip
        assert got.status_code == 201, got.text
        enrolled.append(got.json()["id"])
    return centre_id, session_id, headers, enrolled, accounts


def jury_headers(
    client: TestClient[Any], area: AccountsArea, login: str = "jury"
) -> dict[str, str]:
    return as_account(client, area, add_account(area, login, ("jury", "")))


def problem(response: Any) -> str:
    return str(response.json()["type"]).rsplit("/", 1)[-1]
