"""The table of background jobs: one row per job, claimed by one worker at a time.

``jobs`` holds what a worker needs to run a job and what anyone needs to follow it: the
``kind`` (today only :data:`ISSUE_SESSION`, the issuance of one published session's
certificates), its ``session_id``, its ``status`` (:data:`STATUSES`), its progress
(``issued`` of ``total``, and ``failed`` results), and the claim: ``claim_token`` (a random
token the claiming worker holds), ``claimed_by`` (``host:pid``) and ``lease_until`` (the claim
lapses then unless the worker renews it, so a job whose worker died is taken over).
A session's issuance is split into ``parts`` jobs (``part`` 0 to ``parts - 1``; part ``k``
issues the results whose id is ``k`` modulo ``parts``), so that several workers share one
session. One job per kind, session and part (unique): enqueueing twice finds the same rows.
The table changes only through Alembic revisions (``0012_issuance_jobs``,
``0013_certificate_documents``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base

ISSUE_SESSION = "issue-session"
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
STATUSES = (QUEUED, RUNNING, DONE, FAILED)


class Job(Base):
    __tablename__ = "jobs"
    __table_args__ = (UniqueConstraint("kind", "session_id", "part"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(32))
    session_id: Mapped[int] = mapped_column(ForeignKey("cert_sessions.id"), index=True)
    part: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    parts: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    status: Mapped[str] = mapped_column(String(16), index=True)
    total: Mapped[int] = mapped_column(Integer, default=0)
    issued: Mapped[int] = mapped_column(Integer, default=0)
    failed: Mapped[int] = mapped_column(Integer, default=0)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    claim_token: Mapped[str | None] = mapped_column(String(32), nullable=True)
    claimed_by: Mapped[str] = mapped_column(String(200), default="")
    lease_until: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
