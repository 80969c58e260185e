"""Organisations and their pupils: creating a school, granting its admin, listing its pupils.

An organisation's roles are scoped by its id written as a string (:func:`scope_of`). A pupil
takes positioning tests under the candidate id :func:`candidate_id` of their account.
Imports are in :mod:`certinum.schools.imports`, campaigns in :mod:`certinum.schools.campaigns`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from certinum.accounts.roles import grant
from certinum.accounts.tables import Account
from certinum.audit import record
from certinum.db import transaction
from certinum.errors import SchoolRefused, UnknownSchoolRecord
from certinum.runtime import Runtime, utc
from certinum.schools.tables import Organisation, Pupil, SchoolClass
from certinum.schools.uai import uai_problem

MAX_ORGANISATION_NAME = 200


def scope_of(organisation_id: int) -> str:
    """The scope id of an organisation's roles."""
    return str(organisation_id)


@dataclass(frozen=True, slots=True)
class OrganisationInfo:
    id: int
    name: str
    uai: str
    created_at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "uai": self.uai,
            "created": self.created_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class PupilInfo:
    id: int
    ine: str
    last_name: str
    first_name: str
    birth_date: date
    class_code: str
    login: str
    left_at: datetime | None

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "ine": self.ine,
            "lastName": self.last_name,
            "firstName": self.first_name,
            "birthDate": self.birth_date.isoformat(),
            "class": self.class_code,
            "login": self.login,
            "left": None if self.left_at is None else self.left_at.isoformat(),
        }


def _info(row: Organisation) -> OrganisationInfo:
    return OrganisationInfo(row.id, row.name, row.uai, utc(row.created_at))


def find_organisation(session: Session, organisation_id: int | str) -> Organisation:
    """The organisation of this id (an int, or its scope string); 404 otherwise."""
    text = str(organisation_id)
    row = session.get(Organisation, int(text)) if text.isdigit() and len(text) < 12 else None
    if row is None:
        raise UnknownSchoolRecord("unknown-organisation", f"no organisation {text[:20]!r}")
    return row


def organisation(runtime: Runtime, organisation_id: int | str) -> OrganisationInfo:
    with runtime.sessions() as db:
        return _info(find_organisation(db, organisation_id))


def create_organisation(
    runtime: Runtime, *, name: str, uai: str, actor: str, admin_login: str = ""
) -> OrganisationInfo:
    """A new organisation (audited), and its first admin when ``admin_login`` names an account.

    422 ``bad-uai``, ``bad-uai-letter`` (a wrong check letter), ``bad-name``,
    ``unknown-account``, ``uai-taken`` (a UAI in use).
    """
    uai, name = uai.strip().upper(), " ".join(name.split())
    problem = uai_problem(uai)
    if problem == "bad-uai":
        raise SchoolRefused("bad-uai", "a UAI is 7 digits and a letter, e.g. 0751234J")
    if problem is not None:
        raise SchoolRefused(problem, f"the check letter of UAI {uai} is not right")
    if not 0 < len(name) <= MAX_ORGANISATION_NAME:
        raise SchoolRefused("bad-name", f"a name has 1 to {MAX_ORGANISATION_NAME} characters")
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        if db.scalar(select(Organisation.id).where(Organisation.uai == uai)) is not None:
            raise SchoolRefused("uai-taken", f"an organisation with UAI {uai} exists")
        row = Organisation(name=name, uai=uai, created_at=now)
        db.add(row)
        db.flush()
        record(
            db,
            now=now,
            actor=actor,
            action="organisation.create",
            target=f"organisation:{row.id}",
            details={"uai": uai},
        )
        if admin_login:
            _grant_admin(db, row.id, admin_login, now=now, actor=actor)
        return _info(row)


def _grant_admin(
    db: Session, organisation_id: int, login: str, *, now: datetime, actor: str
) -> None:
    account = db.scalar(select(Account).where(Account.login == login.strip().lower()[:254]))
    if account is None or account.erased_at is not None:
        raise SchoolRefused("unknown-account", "no account has this login")
    grant(db, account.id, "organisation_admin", scope_of(organisation_id), now=now, actor=actor)


def grant_admin(runtime: Runtime, organisation_id: int, login: str, *, actor: str) -> None:
    """Make the account ``login`` an admin of the organisation (audited)."""
    with transaction(runtime.sessions) as db:
        find_organisation(db, organisation_id)
        _grant_admin(db, organisation_id, login, now=runtime.clock(), actor=actor)


def pupils(
    runtime: Runtime, organisation_id: int | str, *, include_left: bool = True
) -> list[PupilInfo]:
    """The organisation's pupils by class, last name, first name (404 for no organisation)."""
    with runtime.sessions() as db:
        org = find_organisation(db, organisation_id)
        query = (
            select(Pupil, SchoolClass.code, Account.login)
            .join(SchoolClass, Pupil.class_id == SchoolClass.id)
            .join(Account, Pupil.account_id == Account.id)
            .where(Pupil.organisation_id == org.id)
            .order_by(SchoolClass.code, Pupil.last_name, Pupil.first_name, Pupil.id)
        )
        if not include_left:
            query = query.where(Pupil.left_at.is_(None))
        return [
            PupilInfo(
                p.id,
                p.ine,
                p.last_name,
                p.first_name,
                p.birth_date,
                code,
                login,
                None if p.left_at is None else utc(p.left_at),
            )
            for p, code, login in db.execute(query)
        ]
