"""Demo data for certification: a centre, its staff, and a published session of 20 pupils.

Everything goes through the service functions the pages call. A centre admin and a jury member
sign up (with :data:`~certinum.demo_school.DEMO_PASSWORD`: people log in as them); the
authority creates the centre with its admin and makes the jury member ``jury``. The demo
school imports a second file, class 3e D, whose pupils get no password (no slips are printed:
nobody logs in as them, so no Argon2 hash is computed). The school's 8 pupils and these 12
take positioning tests until they are certifiable (:func:`certinum.demo_exam.make_certifiable`);
the centre plans a session for today and enrols the 20 from a CSV file (by INE and UAI, so the
school sees their results); each checks in, the invigilator lets them all start, each takes
the 32-question test answering at their seeded ability (:func:`certinum.demo_exam.
sit_certification`); the centre finalises the session with the examiner's comment and an
incident, the jury reviews it (a comment for one candidate) and publishes it. Run twice, it
changes nothing and reads back what it made the first time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.membership_routes import grant_by_login
from certinum.accounts.people import sign_up
from certinum.certification import checkin
from certinum.certification.centres import create_centre
from certinum.certification.enrolment import enrol_file, enrolments
from certinum.certification.finalise import IncidentInput, finalise
from certinum.certification.invigilation import authorise
from certinum.certification.jury import comment, session_review
from certinum.certification.publication import ResultsPublished, publish
from certinum.certification.sessions import (
    SessionFields,
    create_session,
    reset_invigilator_password,
)
from certinum.demo_exam import make_certifiable, sit_certification
from certinum.demo_school import (
    DEMO_PASSWORD,
    INES,
    UAI,
    SchoolDemo,
    account_id,
    demo_candidates,
)
from certinum.models import AuditEvent
from certinum.positioning.catalogue import default_catalogue
from certinum.runtime import Runtime
from certinum.schools.imports import import_pupils
from certinum.schools.service import pupils as school_pupils

CENTRE_NAME = "Centre de certification — Collège Jean Moulin"
CENTRE_CODE = UAI  # the school hosts the centre
CENTRE_ADDRESS = "2 rue Jean Moulin, 69001 Lyon"
CENTRE_ADMIN = "certification@college-jean-moulin.example"
JURY_LOGIN = "jury@certinum.example"
ROOM, EXAMINER, START = "Salle informatique B12", "M. Karim Roussel", "09:00"
EXAMINER_COMMENT = "Session sans difficulté ; un retard de dix minutes, sans effet sur les tests."
CLASS_D = "3e D"
NEW_PUPILS = (
    ("Nathan", "Bernard", date(2011, 2, 11)),
    ("Emma", "Petit", date(2011, 5, 3)),
    ("Yanis", "Haddad", date(2010, 10, 28)),
    ("Camille", "Roux", date(2011, 7, 21)),
    ("Noah", "Fournier", date(2011, 1, 9)),
    ("Manon", "Lambert", date(2011, 9, 15)),
    ("Sacha", "Kowalski", date(2011, 4, 2)),
    ("Zoé", "Fontaine", date(2011, 12, 1)),
    ("Rayan", "Mercier", date(2011, 3, 27)),
    ("Louise", "Ndiaye", date(2011, 6, 6)),
    ("Théo", "Garnier", date(2010, 11, 17)),
    ("Alice", "Tran", date(2011, 8, 24)),
)
# Invented INEs of class 3e D, after those of the school's first file.
INES_D = tuple(f"07{n:08d}{letter}" for n, letter in zip(range(9, 21), "IJKLMNPQRSTU", strict=True))


@dataclass(frozen=True, slots=True)
class CertificationDemo:
    centre_id: int
    session_id: int
    day: date
    published: ResultsPublished | None  # the publication's event, None when read back


@dataclass(frozen=True, slots=True)
class _Candidate:
    ine: str
    last_name: str
    first_name: str
    birth_date: date
    theta: float


def _class_d_csv() -> bytes:
    rows = ["INE;Nom;Prénom;Date de naissance;Sexe;Classe"]
    for ine, (first, last, birth) in zip(INES_D, NEW_PUPILS, strict=True):
        sex = "F" if first in ("Emma", "Camille", "Manon", "Zoé", "Louise", "Alice") else "M"
        rows.append(f"{ine};{last};{first};{birth:%d/%m/%Y};{sex};{CLASS_D}")
    return ("\n".join(rows) + "\n").encode("utf-8")


def _candidates(seed: int) -> list[_Candidate]:
    first = [
        _Candidate(ine, c.family_name, c.given_name, c.birth_date, c.ability)
        for ine, c in zip(INES, demo_candidates(seed), strict=True)
    ]
    rng = random.Random(seed + 1)  # noqa: S311 — demo data, not security
    more = [
        _Candidate(ine, last, first_name, birth, round(rng.gauss(0.3, 0.9), 3))
        for ine, (first_name, last, birth) in zip(INES_D, NEW_PUPILS, strict=True)
    ]
    return first + more


def _enrolment_csv(candidates: list[_Candidate]) -> bytes:
    rows = ["Nom;Prénom;Date de naissance;INE;UAI"]
    rows += [
        f"{c.last_name};{c.first_name};{c.birth_date:%d/%m/%Y};{c.ine};{UAI}" for c in candidates
    ]
    return ("\n".join(rows) + "\n").encode("utf-8")


def _staff(area: AccountsArea) -> tuple[str, str]:
    """The centre admin's and the jury member's accounts, as audit actors."""
    admin = sign_up(area, email=CENTRE_ADMIN, password=DEMO_PASSWORD, display_name="Centre")
    jury = sign_up(area, email=JURY_LOGIN, password=DEMO_PASSWORD, display_name="Jury")
    grant_by_login(area, JURY_LOGIN, "jury", "", ("jury",), "demo")
    return f"account:{admin.id}", f"account:{jury.id}"


def load_certification_demo(
    runtime: Runtime, school: SchoolDemo, *, seed: int = 2026
) -> CertificationDemo:
    """Make the centre and its published session once; later runs read them back."""
    with runtime.sessions() as db:
        done = db.scalar(select(AuditEvent).where(AuditEvent.action == "demo.certification"))
        if done is not None:
            return CertificationDemo(
                int(done.details["centre"]), int(done.target.removeprefix("session:")),
                date.fromisoformat(done.details["date"]), None,
            )  # fmt: skip
    area = AccountsArea.open(runtime)
    admin, jury = _staff(area)
    centre = create_centre(
        runtime, name=CENTRE_NAME, code=CENTRE_CODE, address=CENTRE_ADDRESS, actor="demo",
        admin_login=CENTRE_ADMIN,
    )  # fmt: skip
    import_pupils(runtime, school.id, _class_d_csv(), "eleves-3e-D.csv", actor="demo")
    logins = {p.ine: p.login for p in school_pupils(runtime, school.id)}
    candidates = _candidates(seed)
    accounts = {c.ine: account_id(runtime, logins[c.ine]) for c in candidates}
    rng, catalogue = np.random.default_rng(seed), default_catalogue()
    for k, c in enumerate(candidates):
        make_certifiable(runtime, accounts[c.ine], c.theta, rng, start=k, catalogue=catalogue)

    today = runtime.clock().date()
    fields = SessionFields(today.isoformat(), START, ROOM, CENTRE_ADDRESS, EXAMINER)
    session = create_session(runtime, centre.id, fields, actor=admin)
    reset_invigilator_password(runtime, centre.id, session.id, actor=admin)
    enrolled = enrol_file(
        runtime, centre.id, session.id, _enrolment_csv(candidates), "candidats.csv", actor=admin
    )
    if not enrolled.written:
        raise RuntimeError(f"demo enrolment refused: {[r.reason for r in enrolled.rejected]}")
    enrolment_of = {e.account_id: e.id for e in enrolments(runtime, centre.id, session.id)}
    for c in candidates:
        checkin.check_in(
            area, accounts[c.ine], access_code=session.access_code, last_name=c.last_name,
            first_name=c.first_name, birth_date=c.birth_date, address="demo",
        )  # fmt: skip
    authorise(runtime, session.id, None)
    for c in candidates:
        account = accounts[c.ine]
        sit_certification(area, account, enrolment_of[account], c.theta, rng, catalogue=catalogue)

    late = enrolment_of[accounts[candidates[-1].ine]]
    incident = IncidentInput(
        "late_or_leaving", "Arrivé à 9 h 10 ; a commencé avec les autres.", late
    )
    finalise(
        runtime, centre.id, session.id, comment=EXAMINER_COMMENT, aborts={},
        incidents=[incident], actor=admin,
    )  # fmt: skip
    session_review(runtime, session.id)  # what the jury reads before deciding
    comment(
        runtime, session.id, late, for_candidate="Retard sans conséquence sur votre test.",
        for_school="", reason="incident de retard examiné", actor=jury,
    )  # fmt: skip
    event = publish(runtime, session.id, actor=jury)
    runtime.audit(
        "demo.certification", actor="demo", target=f"session:{session.id}",
        details={"centre": centre.id, "date": today.isoformat(), "candidates": len(candidates)},
    )  # fmt: skip
    return CertificationDemo(centre.id, session.id, today, event)
