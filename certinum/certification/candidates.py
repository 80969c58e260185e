"""Checking one candidate to enrol: the identity typed, the account it names, certifiability.

A row (typed in the form or read from a file) names its candidate's account by ``email`` (an
adult's login) or by ``ine`` (a pupil of a school: the pupil record of that INE that has not
left, in the school of UAI ``uai`` when given), whose enrolment then carries that school's UAI
(given or not). A pupil's birth date must be the one their school imported. The account must
be certifiable: at least 5 competences at level 1 or more in its positioning profile
(:func:`certinum.positioning.profile.profile`).

:func:`check_row` raises :class:`Invalid` with the field, a stable code (the pages translate
it) and the reason in plain words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.framework import CERTIFIABLE_MIN_COMPETENCES
from certinum.accounts.tables import Account
from certinum.positioning.profile import profile
from certinum.positioning.service import candidate_id
from certinum.runtime import Runtime
from certinum.schools.tables import Organisation, Pupil
from certinum.schools.uai import uai_problem

MAX_NAME = 100
MAX_EXTRA_TIME = 100
MAX_AGE = 120
_INE = re.compile(r"[0-9]{10}[A-Z]|[0-9]{9}[A-Z]{2}|[0-9]{4}A[0-9]{5}[A-Z]")
_DMY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})")
_ISO = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


class Invalid(Exception):
    """A row that cannot be enrolled: ``field``, ``code`` and ``reason``."""

    def __init__(self, field: str, code: str, reason: str) -> None:
        super().__init__(reason)
        self.field, self.code, self.reason = field, code, reason


@dataclass(frozen=True, slots=True)
class CandidateInput:
    """A candidate as typed: strings, or a spreadsheet's date cell for the birth date."""

    last_name: str
    first_name: str
    birth_date: str | date
    birth_place: str = ""
    extra_time: str = ""
    email: str = ""
    ine: str = ""
    uai: str = ""

    @classmethod
    def from_cells(cls, cells: dict[str, Any]) -> CandidateInput:
        def text(name: str) -> str:
            value = cells.get(name)
            if value is None:
                return ""
            if isinstance(value, float) and value.is_integer():
                return str(int(value))
            return str(value).strip()

        birth = cells.get("birth_date")
        if isinstance(birth, datetime):
            birth = birth.date()
        return cls(
            text("last_name"), text("first_name"),
            birth if isinstance(birth, date) else text("birth_date"),
            text("birth_place"), text("extra_time"), text("email"), text("ine"), text("uai"),
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class CandidateRow:
    """A candidate ready to enrol: checked identity and the account it names."""

    account_id: int
    last_name: str
    first_name: str
    birth_date: date
    birth_place: str
    extra_time: int
    ine: str
    uai: str


def _name(field: str, value: str, *, required: bool = True) -> str:
    text = " ".join(unicodedata.normalize("NFC", value).split())
    if required and not text:
        raise Invalid(field, "empty", f"{field.replace('_', ' ')} is empty")
    if len(text) > MAX_NAME:
        raise Invalid(field, "too-long", f"{field.replace('_', ' ')} is over {MAX_NAME} characters")
    if any(unicodedata.category(c) == "Cc" for c in text):
        raise Invalid(field, "control-character", f"{field.replace('_', ' ')} has a control code")
    return text


def parse_birth_date(value: str | date, today: date) -> date:
    """dd/mm/yyyy, yyyy-mm-dd or a date cell, in the past and under :data:`MAX_AGE` years."""
    found: date | None = value if isinstance(value, date) else None
    if found is None:
        text = str(value).strip()
        try:
            if m := _DMY.fullmatch(text):
                found = date(int(m[3]), int(m[2]), int(m[1]))
            elif m := _ISO.fullmatch(text):
                found = date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            found = None
        if found is None:
            raise Invalid(
                "birth_date", "bad-date", f"{text[:20]!r} is not a date (dd/mm/yyyy or yyyy-mm-dd)"
            )
    if not today.replace(year=today.year - MAX_AGE) < found < today:
        raise Invalid("birth_date", "bad-date", f"{found.isoformat()} is not a birth date")
    return found


def _extra_time(text: str) -> int:
    """A whole percentage written in digits (``20``, ``20 %``); empty is 0."""
    cleaned = text.strip().removesuffix("%").strip()
    if not cleaned:
        return 0
    number = int(cleaned) if cleaned.isascii() and cleaned.isdigit() and len(cleaned) < 4 else -1
    if not 0 <= number <= MAX_EXTRA_TIME:
        raise Invalid(
            "extra_time",
            "bad-extra-time",
            f"extra time is a whole percentage from 0 to {MAX_EXTRA_TIME}",
        )
    return int(number)


def _account_by_email(db: Session, email: str) -> int:
    account = db.scalar(select(Account).where(Account.login == email.strip().lower()))
    if account is None or account.erased_at is not None or account.disabled_at is not None:
        raise Invalid("email", "no-account", "no candidate account has this email")
    return account.id


def _account_by_ine(db: Session, ine: str, uai: str, birth: date) -> tuple[int, str]:
    """The pupil's account and their school's UAI (what the school results are filed by)."""
    query = (
        select(Pupil, Organisation.uai)
        .join(Organisation, Pupil.organisation_id == Organisation.id)
        .where(Pupil.ine == ine, Pupil.left_at.is_(None))
    )
    if uai:
        query = query.where(Organisation.uai == uai)
    found = [(p, school) for p, school in db.execute(query.limit(2))]
    if not found:
        raise Invalid("ine", "no-account", "no pupil of a school on Certinum has this INE")
    if len(found) > 1:
        raise Invalid(
            "ine", "ambiguous-ine", "two schools have a pupil with this INE: give the UAI"
        )
    pupil, school = found[0]
    if pupil.birth_date != birth:
        raise Invalid(
            "birth_date", "birth-date-mismatch", "the birth date is not the one the school gave"
        )
    return pupil.account_id, school or ""


def check_row(runtime: Runtime, db: Session, given: CandidateInput, today: date) -> CandidateRow:
    """The row checked, its account found and certifiable; :class:`Invalid` otherwise."""
    last_name = _name("last_name", given.last_name)
    first_name = _name("first_name", given.first_name)
    birth = parse_birth_date(given.birth_date, today)
    birth_place = _name("birth_place", given.birth_place, required=False)
    extra = _extra_time(given.extra_time)
    ine, uai, email = given.ine.strip().upper(), given.uai.strip().upper(), given.email.strip()
    if ine and not _INE.fullmatch(ine):
        raise Invalid("ine", "bad-ine", f"{ine[:20]!r} is not an INE (11 characters)")
    if uai and (uai_code := uai_problem(uai)) is not None:
        raise Invalid("uai", uai_code, f"{uai[:20]!r} is not a UAI (7 digits, a check letter)")
    if email and ("@" not in email or len(email) > 254):
        raise Invalid("email", "bad-email", f"{email[:40]!r} is not an email address")
    if email:
        account_id = _account_by_email(db, email)
    elif ine:
        account_id, uai = _account_by_ine(db, ine, uai, birth)
    else:
        raise Invalid("email", "no-identifier", "give the candidate's email or INE")
    levels = profile(runtime, candidate_id(account_id)).levels
    at_level_1 = sum(1 for level in levels.values() if level >= 1)
    if at_level_1 < CERTIFIABLE_MIN_COMPETENCES:
        raise Invalid(
            "candidate",
            "not-certifiable",
            f"not certifiable: {at_level_1} competences at level 1 or more in the positioning"
            f" profile, {CERTIFIABLE_MIN_COMPETENCES} are needed",
        )
    return CandidateRow(account_id, last_name, first_name, birth, birth_place, extra, ine, uai)
