"""Enrolling candidates in a session: one by one, or from a file with a report of its rows.

Every row is checked first (:func:`certinum.certification.candidates.check_row`): identity,
the account it names, certifiability; a second row naming the same account is rejected
(``duplicate-row``), and so is a candidate already enrolled (``already-enrolled``). Mode
``all-or-nothing`` (the default) writes nothing when a row is rejected; ``valid-only`` writes
the accepted rows. What is written is written in one transaction (audited, with counts and
no names); a session finalised or published takes no enrolment (409 ``session-closed``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from certinum.audit import record
from certinum.certification.candidates import CandidateInput, CandidateRow, Invalid, check_row
from certinum.certification.enrolfile import read_enrolment_file
from certinum.certification.sessions import EDITABLE, find_session
from certinum.certification.tables import Enrolment
from certinum.db import transaction
from certinum.errors import CertificationConflict, CertificationRefused
from certinum.runtime import Runtime
from certinum.schools.pupils import ImportRefused, Location, Rejection

Mode = Literal["all-or-nothing", "valid-only"]
MODES: tuple[Mode, ...] = ("all-or-nothing", "valid-only")


@dataclass(frozen=True, slots=True)
class EnrolmentInfo:
    id: int
    account_id: int
    last_name: str
    first_name: str
    birth_date: date
    birth_place: str
    extra_time: int
    ine: str
    attendance: str

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "account": self.account_id,
            "lastName": self.last_name,
            "firstName": self.first_name,
            "birthDate": self.birth_date.isoformat(),
            "birthPlace": self.birth_place,
            "extraTimePercent": self.extra_time,
            "ine": self.ine,
            "attendance": self.attendance,
        }


@dataclass(frozen=True, slots=True)
class EnrolResult:
    mode: Mode
    written: bool
    accepted: tuple[tuple[Location, CandidateRow], ...]
    rejected: tuple[Rejection, ...]
    ignored_columns: tuple[str, ...] = ()

    def to_json(self) -> dict[str, object]:
        return {
            "mode": self.mode,
            "written": self.written,
            "accepted": [
                {"line": where.line, "lastName": r.last_name, "firstName": r.first_name}
                for where, r in self.accepted
            ],
            "rejected": [
                {"line": r.location.line, "field": r.field, "code": r.code, "reason": r.reason}
                for r in self.rejected
            ],
            "ignoredColumns": list(self.ignored_columns),
        }


def _info(row: Enrolment) -> EnrolmentInfo:
    return EnrolmentInfo(
        row.id, row.account_id, row.last_name, row.first_name, row.birth_date, row.birth_place,
        row.extra_time_percent, row.ine, row.attendance,
    )  # fmt: skip


def _open_session(db: Session, centre_id: int | str, session_id: int) -> int:
    row = find_session(db, centre_id, session_id)
    if row.status not in EDITABLE:
        raise CertificationConflict("session-closed", f"the session is {row.status}")
    return row.id


def _enrolled(db: Session, session_id: int) -> set[int]:
    return set(db.scalars(select(Enrolment.account_id).where(Enrolment.session_id == session_id)))


def _check_all(
    runtime: Runtime, db: Session, session_id: int, rows: list[tuple[Location, CandidateInput]]
) -> tuple[list[tuple[Location, CandidateRow]], list[Rejection]]:
    today = runtime.clock().date()
    enrolled = _enrolled(db, session_id)
    seen: dict[int, Location] = {}
    accepted: list[tuple[Location, CandidateRow]] = []
    rejected: list[Rejection] = []
    for where, given in rows:
        try:
            row = check_row(runtime, db, given, today)
            if row.account_id in enrolled:
                raise Invalid("candidate", "already-enrolled", "already enrolled in this session")
            if row.account_id in seen:
                raise Invalid(
                    "candidate", "duplicate-row", f"the same candidate as {seen[row.account_id]}"
                )
        except Invalid as bad:
            rejected.append(Rejection(where, bad.field, bad.code, bad.reason))
            continue
        seen[row.account_id] = where
        accepted.append((where, row))
    return accepted, rejected


def _write(
    runtime: Runtime, centre_id: int | str, session_id: int, rows: list[CandidateRow], actor: str,
    action: str, details: dict[str, object],
) -> list[EnrolmentInfo]:  # fmt: skip
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        _open_session(db, centre_id, session_id)
        written = []
        for r in rows:
            enrolment = Enrolment(
                session_id=session_id, account_id=r.account_id, last_name=r.last_name,
                first_name=r.first_name, birth_date=r.birth_date, birth_place=r.birth_place,
                extra_time_percent=r.extra_time, school_uai=r.uai, ine=r.ine,
                attendance="unknown", created_by=actor, created_at=now,
            )  # fmt: skip
            db.add(enrolment)
            written.append(enrolment)
        db.flush()
        record(db, now=now, actor=actor, action=action, target=f"session:{session_id}",
               details={**details, "enrolled": len(rows)})  # fmt: skip
        return [_info(e) for e in written]


def enrol_one(
    runtime: Runtime, centre_id: int | str, session_id: int, given: CandidateInput, *, actor: str
) -> EnrolmentInfo:
    """Enrol one candidate (audited). 422 with the row's code (``not-certifiable``,
    ``no-account``, ``bad-date``, ``already-enrolled``…) and ``field`` in the problem."""
    with runtime.sessions() as db:
        sid = _open_session(db, centre_id, session_id)
        accepted, rejected = _check_all(runtime, db, sid, [(Location(), given)])
    if rejected:
        refused = CertificationRefused(rejected[0].code, rejected[0].reason)
        refused.extra["field"] = rejected[0].field
        raise refused
    return _write(runtime, centre_id, sid, [accepted[0][1]], actor, "enrolment.add", {})[0]


def enrol_file(
    runtime: Runtime, centre_id: int | str, session_id: int, data: bytes, filename: str, *,
    mode: str = "all-or-nothing", actor: str,
) -> EnrolResult:  # fmt: skip
    """Read the file and enrol its rows as the module says; ``written`` False when rows were
    rejected in mode ``all-or-nothing``. 422 ``bad-mode`` or the reader's code for a file
    refused whole (``missing-columns``, ``unknown-format``…)."""
    if mode not in MODES:
        raise CertificationRefused("bad-mode", f"mode is one of {', '.join(MODES)}")
    checked: Mode = "valid-only" if mode == "valid-only" else "all-or-nothing"
    with runtime.sessions() as db:
        sid = _open_session(db, centre_id, session_id)
    try:
        read = read_enrolment_file(data, filename)
    except ImportRefused as refused:
        raise CertificationRefused(refused.code, refused.message) from None
    if not read.rows:
        raise CertificationRefused("empty-file", "the file lists no candidate")
    rows = [(raw.location, CandidateInput.from_cells(raw.cells)) for raw in read.rows]
    with runtime.sessions() as db:
        accepted, rejected = _check_all(runtime, db, sid, rows)
    result = EnrolResult(checked, False, tuple(accepted), tuple(rejected), read.ignored_columns)
    if (rejected and checked == "all-or-nothing") or not accepted:
        return result
    details: dict[str, object] = {
        "mode": checked,
        "rejected": len(rejected),
        "format": filename.rsplit(".", 1)[-1][:8],
    }
    _write(runtime, centre_id, sid, [r for _, r in accepted], actor, "enrolment.import", details)
    return EnrolResult(checked, True, tuple(accepted), tuple(rejected), read.ignored_columns)


def enrolments(runtime: Runtime, centre_id: int | str, session_id: int) -> list[EnrolmentInfo]:
    """The session's candidates by last name, first name."""
    with runtime.sessions() as db:
        row = find_session(db, centre_id, session_id)
        found = db.scalars(
            select(Enrolment)
            .where(Enrolment.session_id == row.id)
            .order_by(Enrolment.last_name, Enrolment.first_name, Enrolment.id)
        )
        return [_info(e) for e in found]
