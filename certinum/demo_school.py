"""Demo data for the school record: a school, its admin, pupils and a positioning campaign.

Everything goes through the service functions people use: an admin account signs up, the
school is created with it as admin, its pupils are imported from a CSV (the format a school
exports), the login slips of each class are issued (which gives the pupils their initial
passwords), a campaign is opened for two classes, and each pupil of those classes joins it and
takes its positioning tests, answering as a candidate of a seeded ability would (the
simulated candidate of :mod:`certinum.positioning.simulate`). Demo accounts get one known
password, :data:`DEMO_PASSWORD`, so that the logins printed work on every run. Run twice, it
changes nothing and reads back what it made the first time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.people import change_password, sign_up
from certinum.accounts.tables import Account
from certinum.models import AuditEvent
from certinum.positioning.service import candidate_id
from certinum.positioning.simulate import take_test
from certinum.runtime import Runtime
from certinum.schools.campaigns import campaigns, create_campaign, join_campaign
from certinum.schools.imports import import_pupils
from certinum.schools.service import create_organisation
from certinum.schools.service import pupils as school_pupils
from certinum.schools.slips import issue_slips

SCHOOL = "Collège Jean Moulin, Lyon"
PUPILS = (
    ("Jeanne", "Dupont", date(2011, 4, 17), "3e A"),
    ("Lucas", "Martin", date(2011, 9, 2), "3e A"),
    ("Inès", "Benali", date(2011, 1, 23), "3e A"),
    ("Hugo", "Lefèvre", date(2010, 12, 5), "3e B"),
    ("Chloé", "Nguyen", date(2011, 6, 30), "3e B"),
    ("Mathis", "Moreau", date(2011, 3, 14), "3e B"),
    ("Léa", "Girard", date(2011, 8, 8), "3e C"),
    ("Adam", "Diallo", date(2011, 11, 19), "3e C"),
)
DEMO_PASSWORD = "demo-certinum-2026"  # noqa: S105 — printed for the demo's accounts
ADMIN_EMAIL = "direction@college-jean-moulin.example"
UAI = "0692457W"
CAMPAIGN_CLASSES = ("3e A", "3e B")
CAMPAIGN_COMPETENCES = ("1.1", "2.1", "4.1")
# Invented national identifiers (INE: 10 digits and a letter), one per demo pupil.
INES = tuple(f"07{n:08d}{letter}" for n, letter in zip(range(1, 9), "ABCDEFGH", strict=True))


@dataclass(frozen=True, slots=True)
class DemoCandidate:
    given_name: str
    family_name: str
    birth_date: date
    division: str
    ability: float


def demo_candidates(seed: int = 2026) -> list[DemoCandidate]:
    """The demo's pupils with their seeded abilities (θ)."""
    rng = random.Random(seed)  # noqa: S311 — demo data, not security
    return [DemoCandidate(g, f, b, d, round(rng.gauss(0.3, 0.9), 3)) for g, f, b, d in PUPILS]


@dataclass(frozen=True, slots=True)
class SchoolDemo:
    id: int
    school: str
    admin_login: str
    campaign_code: str
    pupils: tuple[tuple[str, str, str], ...]  # (login, name, class)


def _pupils_csv() -> bytes:
    rows = ["INE;Nom;Prénom;Date de naissance;Sexe;Classe"]
    for ine, (first, last, birth, division) in zip(INES, PUPILS, strict=True):
        sex = "F" if first in ("Jeanne", "Inès", "Chloé", "Léa") else "M"
        rows.append(f"{ine};{last};{first};{birth:%d/%m/%Y};{sex};{division}")
    return ("\n".join(rows) + "\n").encode("utf-8")


def account_id(runtime: Runtime, login: str) -> int:
    """The id of the account ``login`` (made by the demo's import)."""
    with runtime.sessions() as db:
        found = db.scalar(select(Account.id).where(Account.login == login))
    if found is None:  # the import has just created it
        raise LookupError(f"no account {login!r}")
    return int(found)


def _read_back(runtime: Runtime, organisation_id: int) -> SchoolDemo:
    """The school; its pupils are those of this demo's file, who have the demo password."""
    pupils = tuple(
        (p.login, f"{p.first_name} {p.last_name}", p.class_code)
        for p in school_pupils(runtime, organisation_id)
        if p.ine in INES
    )
    code = campaigns(runtime, organisation_id)[0].code
    return SchoolDemo(organisation_id, SCHOOL, ADMIN_EMAIL, code, pupils)


def load_school_demo(runtime: Runtime, *, seed: int = 2026) -> SchoolDemo:
    """Create the demo school once; later runs read it back and change nothing."""
    with runtime.sessions() as db:
        done = db.scalar(select(AuditEvent.target).where(AuditEvent.action == "demo.school"))
    if done is not None:
        return _read_back(runtime, int(done.removeprefix("organisation:")))
    area = AccountsArea.open(runtime)
    sign_up(area, email=ADMIN_EMAIL, password=DEMO_PASSWORD, display_name="Direction")
    org = create_organisation(runtime, name=SCHOOL, uai=UAI, actor="demo", admin_login=ADMIN_EMAIL)
    result = import_pupils(runtime, org.id, _pupils_csv(), "eleves.csv", actor="demo")
    campaign = create_campaign(
        runtime,
        org.id,
        name="Positionnement de 3e",
        classes=CAMPAIGN_CLASSES,
        competences=CAMPAIGN_COMPETENCES,
        actor="demo",
    )
    slip_passwords = {
        slip.login: slip.password
        for class_code in sorted({c.class_code for c in result.created})
        for slip in issue_slips(runtime, org.id, class_code, actor="demo")[0]
    }
    abilities = {(c.given_name, c.family_name): c.ability for c in demo_candidates(seed)}
    rng = np.random.default_rng(seed)
    for created in result.created:
        account = account_id(runtime, created.login)
        current = slip_passwords[created.login]
        change_password(area, account, current=current, new=DEMO_PASSWORD)
        if created.class_code not in CAMPAIGN_CLASSES:
            continue
        join_campaign(runtime, campaign.code, account)
        theta = abilities[(created.first_name, created.last_name)]
        for competence in CAMPAIGN_COMPETENCES:
            take_test(runtime, candidate_id(account), competence, theta, rng)
    runtime.audit("demo.school", actor="demo", target=f"organisation:{org.id}")
    return _read_back(runtime, org.id)
