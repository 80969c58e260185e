"""Tables of the positioning area: item exposure counts, attempts, and the questions asked.

* ``item_exposures``: how many times each version of an item was shown. A use adds one with
  a single ``INSERT … ON CONFLICT DO UPDATE SET count = count + 1`` (:mod:`.exposure`), so
  concurrent candidates never lose a count and a missing row is created by the same statement.
* ``positioning_attempts``: one positioning test of one competence by one candidate, with the
  engine's state (:mod:`.state`: the item versions and parameters used, and the outcomes) and,
  once finished, its result. At most one attempt per candidate and competence is open: a
  partial unique index enforces it, so two concurrent starts cannot both open one.
* ``positioning_questions``: every question asked, in order: the item id and version, the
  opaque reference shown to the candidate (random, unrelated to the item id), the order in
  which its proposals were shown, and the answer as given (proposal indices in the order shown)
  with whether it was right. ``(attempt_id, position)`` is unique.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base

OPEN = "open"
FINISHED = "finished"


class ItemExposure(Base):
    """How many times one version of an item was shown to a candidate."""

    __tablename__ = "item_exposures"
    item_id: Mapped[str] = mapped_column(String(100), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PositioningStarts(Base):
    """How many positioning attempts of a competence were started: the number of tests that
    the exposure rates of its items are relative to (one upsert per start)."""

    __tablename__ = "positioning_starts"
    competence: Mapped[str] = mapped_column(String(8), primary_key=True)
    count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PositioningAttempt(Base):
    """One positioning test of one competence (``state``: ``open`` or ``finished``)."""

    __tablename__ = "positioning_attempts"
    __table_args__ = (
        Index("ix_positioning_attempts_candidate", "candidate_id", "competence"),
        Index(
            "ux_positioning_attempts_open",
            "candidate_id",
            "competence",
            unique=True,
            sqlite_where=text("state = 'open'"),
            postgresql_where=text("state = 'open'"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[str] = mapped_column(String(100))
    competence: Mapped[str] = mapped_column(String(8), index=True)
    state: Mapped[str] = mapped_column(String(16))
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    engine_state: Mapped[dict[str, Any]] = mapped_column(JSON)
    theta: Mapped[float | None] = mapped_column(Float, nullable=True)
    standard_error: Mapped[float | None] = mapped_column(Float, nullable=True)
    level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pix: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answers: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class PositioningQuestion(Base):
    """One question asked in an attempt, and its answer once given."""

    __tablename__ = "positioning_questions"
    __table_args__ = (UniqueConstraint("attempt_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    attempt_id: Mapped[int] = mapped_column(ForeignKey("positioning_attempts.id"))
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, … in the order asked
    item_id: Mapped[str] = mapped_column(String(100))
    item_version: Mapped[int] = mapped_column(Integer)
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    proposal_order: Mapped[list[int]] = mapped_column(JSON)  # shown[k] = proposals[order[k]]
    asked_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    answer: Mapped[Any] = mapped_column(JSON, nullable=True)
    answer_locale: Mapped[str | None] = mapped_column(String(8), nullable=True)
    correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    answered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
