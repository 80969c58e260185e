"""Changing one enrolment: only the fields sent, checked as at enrolment.

The account an enrolment names (its email or INE) does not change: enrol the right candidate
and leave the other out instead. Names, birth date, birth place and extra time may change
while the session is planned or started; a finalised session refuses (409
``session-closed``), and so does the extra time of a candidate whose test has started (409
``test-started``: its deadline was set at the start). A pupil's birth date stays the one their
school imported (422 ``birth-date-mismatch``). Audited with the names of the fields changed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlalchemy import select

from certinum.audit import record
from certinum.certification.candidates import Invalid, _extra_time, _name, parse_birth_date
from certinum.certification.enrolment import EnrolmentInfo, _info
from certinum.certification.sessions import EDITABLE, find_session
from certinum.certification.tables import CertificationTestRow, Enrolment
from certinum.db import transaction
from certinum.errors import (
    CertificationConflict,
    CertificationRefused,
    UnknownCertificationRecord,
)
from certinum.runtime import Runtime
from certinum.schools.tables import Pupil


@dataclass(frozen=True, slots=True)
class EnrolmentChanges:
    """The fields sent, as typed (``None``: not sent, unchanged); extra time as digits."""

    last_name: str | None = None
    first_name: str | None = None
    birth_date: str | None = None
    birth_place: str | None = None
    extra_time: str | None = None


def _checked(changes: EnrolmentChanges, runtime: Runtime) -> dict[str, Any]:
    today = runtime.clock().date()
    checks = {
        "last_name": lambda v: _name("last_name", v),
        "first_name": lambda v: _name("first_name", v),
        "birth_date": lambda v: parse_birth_date(v, today),
        "birth_place": lambda v: _name("birth_place", v, required=False),
        "extra_time": _extra_time,
    }
    found: dict[str, Any] = {}
    try:
        for item in fields(changes):
            value = getattr(changes, item.name)
            if value is not None:
                found[item.name] = checks[item.name](value)
    except Invalid as bad:
        refused = CertificationRefused(bad.code, bad.reason)
        refused.extra["field"] = bad.field
        raise refused from None
    return found


def edit_enrolment(
    runtime: Runtime, centre_id: int | str, session_id: int, enrolment_id: int,
    changes: EnrolmentChanges, *, actor: str,
) -> EnrolmentInfo:  # fmt: skip
    """The enrolment with the fields sent changed, as the module says."""
    values = _checked(changes, runtime)
    with transaction(runtime.sessions) as db:
        session = find_session(db, centre_id, session_id)
        row = db.get(Enrolment, enrolment_id)
        if row is None or row.session_id != session.id:
            raise UnknownCertificationRecord(
                "unknown-enrolment", f"no enrolment {enrolment_id} in this session"
            )
        if session.status not in EDITABLE:
            raise CertificationConflict("session-closed", f"the session is {session.status}")
        started = db.scalar(
            select(CertificationTestRow.id).where(CertificationTestRow.enrolment_id == row.id)
        )
        if "extra_time" in values and started is not None:
            raise CertificationConflict(
                "test-started", "the test has started: its time was set at the start"
            )
        if "birth_date" in values and row.ine:
            school = db.scalar(
                select(Pupil.birth_date).where(
                    Pupil.ine == row.ine, Pupil.account_id == row.account_id
                )
            )
            if school is not None and school != values["birth_date"]:
                refused = CertificationRefused(
                    "birth-date-mismatch", "the birth date is not the one the school gave"
                )
                refused.extra["field"] = "birth_date"
                raise refused
        for name, value in values.items():
            setattr(row, "extra_time_percent" if name == "extra_time" else name, value)
        record(db, now=runtime.clock(), actor=actor, action="enrolment.edit",
               target=f"enrolment:{row.id}", details={"fields": sorted(values)})  # fmt: skip
        return _info(row)
