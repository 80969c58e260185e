"""Tables of the certification area: centres, sessions, enrolments, and the test side.

* ``cert_centres``: a centre, with its code (unique). Its staff are memberships
  (``centre_member``, ``centre_admin``) scoped to the centre's id written as a string.
* ``cert_sessions``: a session of a centre: date, time, room, address, examiner;
  ``access_code`` is what candidates type to check in (random, unique; nullable so that
  finalising a session can clear it, leaving codes unique among open sessions);
  ``invigilator_password_hash`` is the Argon2id hash of the invigilator's password (the
  password is shown once); ``status`` is one of :data:`SESSION_STATUSES`.
* ``cert_enrolments``: a candidate enrolled in a session: their account (whose
  positioning profile made them certifiable) and their identity as the centre typed it (names,
  birth date and place), extra time, the school's UAI and the INE when relevant, attendance.
* ``cert_tests``: one candidate's certification test (one per enrolment), with the
  engine's state, its deadline (extra time included) and, once scored, its result.
* ``cert_answers``: each question a test asked, in order, with the item version and
  the parameters used (so a score can be recomputed without a neutralised question), and the
  answer given.
* ``cert_incidents``: what happened during a session, in one of :data:`INCIDENT_CATEGORIES`.

The test-side tables are written by the test-taking and invigilation pages. They change only
through Alembic revisions (``0009_certification``).
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base

PLANNED, STARTED, FINALISED, PUBLISHED = "planned", "started", "finalised", "published"
SESSION_STATUSES = (PLANNED, STARTED, FINALISED, PUBLISHED)
ATTENDANCE = ("unknown", "present", "absent")
# Test states and abort reasons of the engine (assessment.certification.TestStatus, AbortReason).
TEST_STATUSES = ("started", "completed", "ended_by_invigilator", "ended_by_finalization")
ABORT_REASONS = ("candidate", "technical")
INCIDENT_CATEGORIES = (
    "candidate_information_change",
    "late_or_leaving",
    "connection_or_end_screen",
    "in_challenge_problem",
    "fraud",
    "technical_problem",
    "other",
)


class Centre(Base):
    __tablename__ = "cert_centres"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(20), unique=True)
    address: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CertificationSession(Base):
    __tablename__ = "cert_sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    centre_id: Mapped[int] = mapped_column(ForeignKey("cert_centres.id"), index=True)
    day: Mapped[date] = mapped_column(Date)
    start_time: Mapped[time] = mapped_column(Time)
    room: Mapped[str] = mapped_column(String(100))
    address: Mapped[str] = mapped_column(String(300))
    examiner: Mapped[str] = mapped_column(String(200))
    access_code: Mapped[str | None] = mapped_column(String(8), unique=True, nullable=True)
    invigilator_password_hash: Mapped[str | None] = mapped_column(String(200), nullable=True)
    status: Mapped[str] = mapped_column(String(16), default=PLANNED)
    finalisation_comment: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Enrolment(Base):
    __tablename__ = "cert_enrolments"
    __table_args__ = (UniqueConstraint("session_id", "account_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("cert_sessions.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    extra_time_percent: Mapped[int] = mapped_column(Integer, default=0)
    school_uai: Mapped[str] = mapped_column(String(8), default="")
    ine: Mapped[str] = mapped_column(String(11), default="")
    attendance: Mapped[str] = mapped_column(String(8), default="unknown")
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    authorised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CertificationTestRow(Base):
    __tablename__ = "cert_tests"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("cert_enrolments.id"), unique=True)
    status: Mapped[str] = mapped_column(String(24), default="started")
    abort_reason: Mapped[str | None] = mapped_column(String(16), nullable=True)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    deadline_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    ended_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    engine_state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    browser_token_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    theta: Mapped[float | None] = mapped_column(Float, nullable=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    levels: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")


class CertificationAnswer(Base):
    __tablename__ = "cert_answers"
    __table_args__ = (UniqueConstraint("test_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    test_id: Mapped[int] = mapped_column(ForeignKey("cert_tests.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, … in the order asked
    item_id: Mapped[str] = mapped_column(String(100))
    item_version: Mapped[int] = mapped_column(Integer)
    parameters: Mapped[dict[str, Any]] = mapped_column(JSON)  # a, b, competence, tube as used
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    proposal_order: Mapped[list[int]] = mapped_column(JSON)
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    answer: Mapped[Any] = mapped_column(JSON, nullable=True)
    correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    neutralised: Mapped[bool] = mapped_column(Boolean, default=False)


class Incident(Base):
    __tablename__ = "cert_incidents"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("cert_sessions.id"), index=True)
    enrolment_id: Mapped[int | None] = mapped_column(
        ForeignKey("cert_enrolments.id"), nullable=True
    )
    answer_id: Mapped[int | None] = mapped_column(ForeignKey("cert_answers.id"), nullable=True)
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    reported_by: Mapped[str] = mapped_column(String(100))
    reported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
