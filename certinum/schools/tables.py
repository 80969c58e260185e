"""Tables of the schools area: organisations, their classes and pupils, campaigns.

* ``organisations``: a school, with its national code (UAI, unique). Roles are scoped to an
  organisation by its id written as a string (``organisation_admin`` of ``"12"``).
* ``school_classes``: a class of an organisation, by its code (unique in the organisation).
* ``pupils``: a pupil of an organisation, by INE (unique in the organisation), with the
  account their school created for them; ``left_at`` is set when a SIECLE re-import no longer
  lists them (a re-import that lists them again clears it).
* ``campaigns``: a positioning campaign of an organisation for some classes and competences,
  with a code pupils type to join (unique across organisations).
* ``campaign_participants``: a pupil who joined a campaign (once: ``(campaign_id, pupil_id)``
  is unique).

They change only through Alembic revisions (``0007_schools``).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base


class Organisation(Base):
    __tablename__ = "organisations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    uai: Mapped[str] = mapped_column(String(8), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class SchoolClass(Base):
    __tablename__ = "school_classes"
    __table_args__ = (UniqueConstraint("organisation_id", "code"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))


class Pupil(Base):
    __tablename__ = "pupils"
    __table_args__ = (UniqueConstraint("organisation_id", "ine"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    ine: Mapped[str] = mapped_column(String(11))
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    birth_date: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(1))
    class_id: Mapped[int] = mapped_column(ForeignKey("school_classes.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"), unique=True)
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    left_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class Campaign(Base):
    __tablename__ = "campaigns"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str] = mapped_column(String(8), unique=True)
    class_codes: Mapped[list[str]] = mapped_column(JSON)
    competences: Mapped[list[str]] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(100))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class CampaignParticipant(Base):
    __tablename__ = "campaign_participants"
    __table_args__ = (UniqueConstraint("campaign_id", "pupil_id"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaigns.id"), index=True)
    pupil_id: Mapped[int] = mapped_column(ForeignKey("pupils.id"), index=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("accounts.id"))
    joined_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
