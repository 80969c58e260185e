"""A pupil's school records, for their account's data export and erasure.

:mod:`certinum.accounts.personal` calls these inside its own transaction. Erasure deletes the
pupil rows of the account (name, INE, birth date, sex, class) and their campaign
participations, so the school's pupil list, campaign results and CSV exports no longer show
them; the audit keeps only ids and counts. No certificate is issued to a pupil record, so
nothing is kept back.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from certinum.audit import record
from certinum.schools.tables import Campaign, CampaignParticipant, Organisation, Pupil, SchoolClass


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def pupil_records(db: Session, account_id: int) -> list[dict[str, Any]]:
    """Every pupil row of the account, with its school, class and the campaigns it joined."""
    found = []
    rows = db.execute(
        select(Pupil, Organisation.name, Organisation.uai, SchoolClass.code)
        .join(Organisation, Pupil.organisation_id == Organisation.id)
        .join(SchoolClass, Pupil.class_id == SchoolClass.id)
        .where(Pupil.account_id == account_id)
        .order_by(Pupil.id)
    ).all()
    for pupil, name, uai, class_code in rows:
        joined = db.execute(
            select(Campaign.name, Campaign.code, CampaignParticipant.joined_at)
            .join(Campaign, CampaignParticipant.campaign_id == Campaign.id)
            .where(CampaignParticipant.pupil_id == pupil.id)
            .order_by(CampaignParticipant.joined_at, CampaignParticipant.id)
        ).all()
        found.append(
            {
                "school": {"name": name, "uai": uai},
                "ine": pupil.ine,
                "lastName": pupil.last_name,
                "firstName": pupil.first_name,
                "birthDate": pupil.birth_date.isoformat(),
                "sex": pupil.sex,
                "class": class_code,
                "imported": _iso(pupil.imported_at),
                "left": _iso(pupil.left_at),
                "campaigns": [
                    {"name": c_name, "code": c_code, "joined": _iso(at)}
                    for c_name, c_code, at in joined
                ],
            }
        )
    return found


def erase_pupil_records(db: Session, account_id: int, *, now: datetime, actor: str) -> int:
    """Delete the account's pupil rows and campaign participations (audited per pupil row,
    by id); how many pupil rows were deleted."""
    pupils = db.execute(
        select(Pupil.id, Pupil.organisation_id).where(Pupil.account_id == account_id)
    ).all()
    db.execute(delete(CampaignParticipant).where(CampaignParticipant.account_id == account_id))
    for pupil_id, organisation_id in pupils:
        db.execute(delete(CampaignParticipant).where(CampaignParticipant.pupil_id == pupil_id))
        db.execute(delete(Pupil).where(Pupil.id == pupil_id))
        record(
            db,
            now=now,
            actor=actor,
            action="pupil.erasure",
            target=f"pupil:{pupil_id}",
            details={"organisation": organisation_id, "account": account_id},
        )
    return len(pupils)
