"""Certification sessions of a centre: planning, editing, the access code, the invigilator's
password.

A session is always looked up with its centre (:func:`find_session`), so another centre's
session is answered as one that does not exist (404). A session is planned, then started,
finalised, published (:data:`~certinum.certification.tables.SESSION_STATUSES`); it can be
edited while planned or started (a change names only the fields it changes; once finalised,
409 ``session-closed``).

The access code candidates type to check in is drawn with a CSPRNG from the verification-code
alphabet (6 characters, 24^6 ≈ 1.9e8) and is unique (a unique column; a draw that collides is
drawn again). The invigilator's password (12 characters of the same alphabet, about 55 bits)
is returned once by :func:`reset_invigilator_password`; only its Argon2id hash is stored.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from certinum.accounts.passwords import hash_password
from certinum.audit import record
from certinum.certification.centres import clean_text, find_centre
from certinum.certification.tables import PLANNED, STARTED, CertificationSession, Enrolment
from certinum.db import transaction
from certinum.errors import (
    CertificationConflict,
    CertificationRefused,
    UnknownCertificationRecord,
)
from certinum.runtime import Runtime
from issuer.codes import ALPHABET

ACCESS_CODE_LENGTH = 6
PASSWORD_LENGTH = 12
EDITABLE = (PLANNED, STARTED)
MAX_ROOM, MAX_ADDRESS, MAX_EXAMINER = 100, 300, 200
TEXTS = (
    ("room", MAX_ROOM, "bad-room", "a room"),
    ("address", MAX_ADDRESS, "bad-address", "an address"),
    ("examiner", MAX_EXAMINER, "bad-examiner", "the examiner's name"),
)


@dataclass(frozen=True, slots=True)
class SessionFields:
    """What a centre types for a session (as strings: the form's or the JSON's); ``None`` is
    a field not sent, which a change leaves as it is (and a creation refuses as empty)."""

    day: str | None
    start_time: str | None
    room: str | None
    address: str | None
    examiner: str | None


@dataclass(frozen=True, slots=True)
class SessionInfo:
    id: int
    centre_id: int
    day: date
    start_time: time
    room: str
    address: str
    examiner: str
    access_code: str
    status: str
    has_invigilator_password: bool
    enrolled: int = 0

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "centre": self.centre_id,
            "date": self.day.isoformat(),
            "time": self.start_time.strftime("%H:%M"),
            "room": self.room,
            "address": self.address,
            "examiner": self.examiner,
            "accessCode": self.access_code,
            "status": self.status,
            "invigilatorPasswordSet": self.has_invigilator_password,
            "enrolled": self.enrolled,
        }


@dataclass(frozen=True, slots=True)
class InvigilatorPassword:
    session_id: int
    password: str = field(repr=False)


def _info(row: CertificationSession, enrolled: int = 0) -> SessionInfo:
    return SessionInfo(
        row.id, row.centre_id, row.day, row.start_time, row.room, row.address, row.examiner,
        row.access_code or "", row.status, row.invigilator_password_hash is not None, enrolled,
    )  # fmt: skip


def parse_date(text: str) -> date:
    """``YYYY-MM-DD`` (a date field's value) or ``DD/MM/YYYY``; 422 ``bad-date`` otherwise."""
    text = text.strip()
    try:
        if "/" in text:
            d, m, y = text.split("/")
            return date(int(y), int(m), int(d))
        return date.fromisoformat(text)
    except ValueError:
        raise CertificationRefused(
            "bad-date", f"{text[:20]!r} is not a date: write it as 2027-03-15 or 15/03/2027"
        ) from None


def parse_time(text: str) -> time:
    """``HH:MM`` (a time field's value); 422 ``bad-time`` otherwise."""
    try:
        hours, minutes = text.strip().split(":")
        return time(int(hours), int(minutes))
    except ValueError:
        raise CertificationRefused(
            "bad-time", f"{text[:10]!r} is not a time: write it as 09:30"
        ) from None


def _changes(fields: SessionFields, today: date) -> dict[str, Any]:
    """The columns of the fields sent, checked in the form's order."""
    found: dict[str, Any] = {}
    if fields.day is not None:
        found["day"] = parse_date(fields.day)
        if found["day"] < today:
            raise CertificationRefused("date-past", "a session is planned for today or later")
    if fields.start_time is not None:
        found["start_time"] = parse_time(fields.start_time)
    for name, limit, code, what in TEXTS:
        value = getattr(fields, name)
        if value is not None:
            found[name] = clean_text(value, limit, code, what)
    return found


def _checked(fields: SessionFields, today: date) -> tuple[date, time, str, str, str]:
    every = SessionFields(*(getattr(fields, n) or "" for n in SessionFields.__slots__))
    found = _changes(every, today)
    return (found["day"], found["start_time"], found["room"], found["address"], found["examiner"])


def draw_code(length: int, randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    return "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(length))


def _free_access_code(db: Session) -> str:
    while True:
        code = draw_code(ACCESS_CODE_LENGTH)
        taken = db.scalar(
            select(CertificationSession.id).where(CertificationSession.access_code == code)
        )
        if taken is None:
            return code


def find_session(db: Session, centre_id: int | str, session_id: int) -> CertificationSession:
    """The session ``session_id`` of the centre; 404 (``unknown-session``) otherwise."""
    found = find_centre(db, centre_id)
    row = db.get(CertificationSession, session_id)
    if row is None or row.centre_id != found.id:
        raise UnknownCertificationRecord("unknown-session", f"no session {session_id} here")
    return row


def create_session(
    runtime: Runtime, centre_id: int | str, fields: SessionFields, *, actor: str
) -> SessionInfo:
    """A planned session with a fresh access code (audited). 422 ``bad-date``, ``bad-time``,
    ``date-past``, ``bad-room``, ``bad-address``, ``bad-examiner``; 404 for no centre."""
    now = runtime.clock()
    day, start, room, address, examiner = _checked(fields, now.date())
    with transaction(runtime.sessions) as db:
        found = find_centre(db, centre_id)
        row = CertificationSession(
            centre_id=found.id, day=day, start_time=start, room=room, address=address,
            examiner=examiner, access_code=_free_access_code(db), status=PLANNED,
            finalisation_comment="", created_by=actor, created_at=now,
        )  # fmt: skip
        db.add(row)
        db.flush()
        record(db, now=now, actor=actor, action="session.create", target=f"session:{row.id}",
               details={"centre": found.id})  # fmt: skip
        return _info(row)


def edit_session(
    runtime: Runtime, centre_id: int | str, session_id: int, fields: SessionFields, *, actor: str
) -> SessionInfo:
    """Change the fields sent of a planned or started session, the others stay (audited);
    the creation's 422 codes, 409 ``session-closed`` once finalised."""
    now = runtime.clock()
    changes = _changes(fields, now.date())
    with transaction(runtime.sessions) as db:
        row = find_session(db, centre_id, session_id)
        if row.status not in EDITABLE:
            raise CertificationConflict("session-closed", f"the session is {row.status}")
        for name, value in changes.items():
            setattr(row, name, value)
        record(db, now=now, actor=actor, action="session.edit", target=f"session:{row.id}",
               details={"fields": sorted(changes)})  # fmt: skip
        return _info(row, _count(db, row.id))


def _count(db: Session, session_id: int) -> int:
    return int(
        db.scalar(select(func.count(Enrolment.id)).where(Enrolment.session_id == session_id)) or 0
    )


def session_info(runtime: Runtime, centre_id: int | str, session_id: int) -> SessionInfo:
    with runtime.sessions() as db:
        row = find_session(db, centre_id, session_id)
        return _info(row, _count(db, row.id))


def sessions_of(runtime: Runtime, centre_id: int | str) -> list[SessionInfo]:
    """The centre's sessions, latest date first, with their number of candidates."""
    with runtime.sessions() as db:
        found = find_centre(db, centre_id)
        counted = db.execute(
            select(Enrolment.session_id, func.count(Enrolment.id))
            .join(CertificationSession, Enrolment.session_id == CertificationSession.id)
            .where(CertificationSession.centre_id == found.id)
            .group_by(Enrolment.session_id)
        )
        counts = {int(sid): int(n) for sid, n in counted}
        rows = db.scalars(
            select(CertificationSession)
            .where(CertificationSession.centre_id == found.id)
            .order_by(CertificationSession.day.desc(), CertificationSession.start_time.desc())
        )
        return [_info(r, counts.get(r.id, 0)) for r in rows]


def reset_invigilator_password(
    runtime: Runtime, centre_id: int | str, session_id: int, *, actor: str
) -> InvigilatorPassword:
    """A new invigilator password for the session (the old one stops working), returned this
    once (audited); 409 ``session-closed`` once finalised."""
    password = draw_code(PASSWORD_LENGTH).lower()
    digest = hash_password(password, runtime.settings.accounts)
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        row = find_session(db, centre_id, session_id)
        if row.status not in EDITABLE:
            raise CertificationConflict("session-closed", f"the session is {row.status}")
        row.invigilator_password_hash = digest
        record(db, now=now, actor=actor, action="session.invigilator-password",
               target=f"session:{row.id}")  # fmt: skip
        return InvigilatorPassword(row.id, password)
