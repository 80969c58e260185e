"""Certification sessions made for the benches through the service functions: centres, sessions,
adult candidates made certifiable by taking positioning tests, enrolled and checked in, and the
start authorised as the invigilator would (:mod:`certinum.certification.invigilation`).

Used by ``bench/session.py`` (over HTTP) and ``bench/answer_path.py`` (in process).
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from certinum.accounts.area import AccountsArea
from certinum.accounts.people import sign_up
from certinum.certification.candidates import CandidateInput
from certinum.certification.centres import create_centre
from certinum.certification.checkin import check_in
from certinum.certification.enrolment import enrol_one
from certinum.certification.invigilation import authorise
from certinum.certification.sessions import SessionFields, create_session
from certinum.positioning.profile import profile
from certinum.positioning.simulate import take_test

COMPETENCES = ("1.1", "1.2", "2.1", "3.1", "4.1", "5.1")  # a test of each until 5 at level ≥ 1


@dataclass(frozen=True, slots=True)
class Seat:
    """One enrolled candidate, checked in and allowed to start."""

    login: str
    account_id: int
    session_id: int
    enrolment_id: int
    theta: float


def certifiable(
    area: AccountsArea, account_id: int, theta: float, rng: np.random.Generator
) -> None:
    """Positioning tests (the service's own functions) until 5 competences are at level 1."""
    runtime, me = area.runtime, str(account_id)
    for competence in COMPETENCES:
        take_test(runtime, me, competence, theta, rng)
        found = profile(runtime, me)
        if found.certifiable:
            return
    raise SystemExit(f"candidate {account_id} at θ={theta:.2f} is not certifiable")


def seated_sessions(
    area: AccountsArea, tag: str, sessions: int, candidates: int, password: str, seed: int
) -> list[Seat]:
    """``sessions`` sessions (one centre each) of ``candidates`` candidates each, every one
    certifiable (their positioning tests taken 4 candidates at a time, in threads), enrolled,
    checked in with the access code, and authorised to start."""
    runtime = area.runtime
    today = runtime.clock().date().isoformat()
    rng = np.random.default_rng(seed)
    people = []
    for s in range(sessions):
        for k in range(candidates):
            login = f"c{s}-{k}-{tag}@bench.example"
            account = sign_up(area, email=login, password=password, display_name=login)
            theta = float(np.clip(rng.normal(0.8, 0.6), 0.0, 2.5))  # certifiable candidates
            people.append((s, k, login, account.id, theta))
    with ThreadPoolExecutor(max_workers=4) as pool:
        done = pool.map(
            lambda p: certifiable(area, p[3], p[4], np.random.default_rng([seed, p[3]])), people
        )
        list(done)
    seats: list[Seat] = []
    for s in range(sessions):
        centre = create_centre(
            runtime, name=f"Centre {tag} {s}", code=f"B{s}-{tag[-8:]}".upper(),
            address="1 rue du Banc, Lyon", actor="bench",
        )  # fmt: skip
        fields = SessionFields(today, "09:00", f"Salle {s}", "1 rue du Banc, Lyon", "Mme Banc")
        planned = create_session(runtime, centre.id, fields, actor="bench")
        for _, k, login, account_id, theta in (p for p in people if p[0] == s):
            person = CandidateInput(f"Banc{k}", f"Session{s}", "2000-01-01", email=login)
            enrolled = enrol_one(runtime, centre.id, planned.id, person, actor="bench")
            check_in(
                area, account_id, access_code=planned.access_code, last_name=person.last_name,
                first_name=person.first_name, birth_date=enrolled.birth_date,
                address="127.0.0.1",
            )  # fmt: skip
            seats.append(Seat(login, account_id, planned.id, enrolled.id, theta))
        authorise(runtime, planned.id, None)
    return seats
