"""Tables of the review of a finalised session and of its published results.

* ``cert_jury_notes``: the jury's comments on one candidate's certification, one for the
  candidate and one for their school, until publication copies them into the result.
* ``cert_results``: one candidate's final result, written once when the session is published:
  ``outcome`` is one of :data:`OUTCOMES`; the global score, its band (level 0–8) and the
  competence levels are set only for a ``certified`` result (any other is published with its
  outcome alone).

The neutralised questions (``cert_answers.neutralised``) and a cancellation
(``cert_tests.cancelled_reason``) live on the test-side tables. They change only through Alembic
revisions (``0011_certification_review``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base

# certified: a valid result; not-valid: fewer than 20 answers (a candidate's abort); no-result:
# no test, or a technical abort under 20 answers; cancelled: cancelled by the jury.
CERTIFIED, NOT_VALID, NO_RESULT, CANCELLED = "certified", "not-valid", "no-result", "cancelled"
OUTCOMES = (CERTIFIED, NOT_VALID, NO_RESULT, CANCELLED)


class JuryNote(Base):
    __tablename__ = "cert_jury_notes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("cert_enrolments.id"), unique=True)
    candidate_comment: Mapped[str] = mapped_column(Text, default="")
    school_comment: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(100))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class PublishedResult(Base):
    __tablename__ = "cert_results"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    enrolment_id: Mapped[int] = mapped_column(ForeignKey("cert_enrolments.id"), unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("cert_sessions.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), index=True)
    outcome: Mapped[str] = mapped_column(String(16))
    answers: Mapped[int] = mapped_column(Integer, default=0)
    theta: Mapped[float | None] = mapped_column(Float, nullable=True)
    score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    band_level: Mapped[int | None] = mapped_column(Integer, nullable=True)
    levels: Mapped[dict[str, int] | None] = mapped_column(JSON, nullable=True)
    cancelled_reason: Mapped[str] = mapped_column(Text, default="")
    candidate_comment: Mapped[str] = mapped_column(Text, default="")
    school_comment: Mapped[str] = mapped_column(Text, default="")
    published_by: Mapped[str] = mapped_column(String(100))
    published_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
