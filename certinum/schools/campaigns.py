"""Positioning campaigns: a school creates one for some classes, pupils join it with its code,
the school reads the results per pupil and per competence.

A campaign code is 8 characters of the verification-code alphabet (:data:`issuer.codes.ALPHABET`:
no 0/O, 1/I, 5/S look-alikes), drawn at random and unique across organisations. A pupil joins
only a campaign of their own organisation, while they have not left it, and (when the campaign
names classes) only from one of its classes; joining twice is the same as joining once.
Results come from each participant's positioning profile
(:func:`certinum.positioning.profile.profile`): the level of each campaign competence with a
finished attempt; a competence not yet tested has no level.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from assessment.framework import COMPETENCES
from certinum.audit import record
from certinum.db import transaction
from certinum.errors import SchoolRefused, UnknownSchoolRecord
from certinum.positioning.profile import profile
from certinum.positioning.service import candidate_id
from certinum.runtime import Runtime, utc
from certinum.schools.export import PupilResult, results_csv
from certinum.schools.service import find_organisation
from certinum.schools.tables import Campaign, CampaignParticipant, Pupil, SchoolClass
from issuer.codes import ALPHABET

CODE_LENGTH = 8
MAX_CAMPAIGN_NAME = 200
COMPETENCE_CODES = tuple(c.code for c in COMPETENCES)


@dataclass(frozen=True, slots=True)
class CampaignInfo:
    id: int
    organisation_id: int
    name: str
    code: str
    classes: tuple[str, ...]
    competences: tuple[str, ...]
    created_at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "organisation": self.organisation_id,
            "name": self.name,
            "code": self.code,
            "classes": list(self.classes),
            "competences": list(self.competences),
            "created": self.created_at.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class ParticipantResult:
    """A participant's levels (competence code → level) and how many they have tested."""

    pupil: PupilResult
    joined_at: datetime
    tested: int

    def to_json(self) -> dict[str, object]:
        return {
            "ine": self.pupil.ine,
            "lastName": self.pupil.last_name,
            "firstName": self.pupil.first_name,
            "class": self.pupil.class_code,
            "joined": self.joined_at.isoformat(),
            "tested": self.tested,
            "levels": dict(self.pupil.levels),
        }


def _info(row: Campaign) -> CampaignInfo:
    return CampaignInfo(
        row.id,
        row.organisation_id,
        row.name,
        row.code,
        tuple(row.class_codes),
        tuple(row.competences),
        utc(row.created_at),
    )


def new_code(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    return "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(CODE_LENGTH))


def normalize_code(text: str) -> str:
    """What a pupil typed, upper-cased, without spaces or dashes."""
    return "".join(c for c in text.upper() if c not in " -\t")[:32]


def create_campaign(
    runtime: Runtime,
    organisation_id: int | str,
    *,
    name: str,
    classes: Sequence[str],
    competences: Sequence[str],
    actor: str,
) -> CampaignInfo:
    """A campaign of the organisation (audited): 422 ``bad-name``, ``unknown-class`` (a class
    the organisation has no pupil in), ``unknown-competence``, ``no-competence``."""
    name = " ".join(name.split())
    if not 0 < len(name) <= MAX_CAMPAIGN_NAME:
        raise SchoolRefused("bad-name", f"a name has 1 to {MAX_CAMPAIGN_NAME} characters")
    wanted = list(dict.fromkeys(c.strip() for c in competences))
    if not wanted:
        raise SchoolRefused("no-competence", "a campaign assesses at least one competence")
    unknown = [c for c in wanted if c not in COMPETENCE_CODES]
    if unknown:
        raise SchoolRefused(
            "unknown-competence", f"{unknown[0][:10]!r} is not a competence (1.1 to 5.2)"
        )
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        org = find_organisation(db, organisation_id)
        known = set(
            db.scalars(select(SchoolClass.code).where(SchoolClass.organisation_id == org.id))
        )
        targeted = list(dict.fromkeys(c.strip() for c in classes))
        missing = [c for c in targeted if c not in known]
        if missing:
            raise SchoolRefused("unknown-class", f"no class {missing[0][:40]!r} in this school")
        code = new_code()
        while db.scalar(select(Campaign.id).where(Campaign.code == code)) is not None:
            code = new_code()
        row = Campaign(
            organisation_id=org.id,
            name=name,
            code=code,
            class_codes=targeted,
            competences=[c for c in COMPETENCE_CODES if c in wanted],
            created_by=actor[:100],
            created_at=now,
        )
        db.add(row)
        db.flush()
        record(
            db,
            now=now,
            actor=actor,
            action="campaign.create",
            target=f"campaign:{row.id}",
            details={"organisation": org.id},
        )
        return _info(row)


def campaigns(runtime: Runtime, organisation_id: int | str) -> list[CampaignInfo]:
    with runtime.sessions() as db:
        org = find_organisation(db, organisation_id)
        rows = db.scalars(
            select(Campaign).where(Campaign.organisation_id == org.id).order_by(Campaign.id)
        )
        return [_info(r) for r in rows]


def _campaign(db: Session, organisation_id: int | str, campaign_id: int) -> Campaign:
    org = find_organisation(db, organisation_id)
    row = db.get(Campaign, campaign_id)
    if row is None or row.organisation_id != org.id:
        raise UnknownSchoolRecord("unknown-campaign", f"no campaign {campaign_id} here")
    return row


def join_campaign(runtime: Runtime, code: str, account_id: int) -> CampaignInfo:
    """The pupil of ``account_id`` joins the campaign of ``code`` (audited the first time).

    404 ``unknown-code``; 422 ``not-a-pupil-here`` (no pupil of the campaign's organisation,
    or one who left), ``not-in-these-classes``.
    """
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        row = db.scalar(select(Campaign).where(Campaign.code == normalize_code(code)))
        if row is None:
            raise UnknownSchoolRecord("unknown-code", "no campaign has this code")
        pupil = db.scalar(
            select(Pupil).where(
                Pupil.organisation_id == row.organisation_id,
                Pupil.account_id == account_id,
                Pupil.left_at.is_(None),
            )
        )
        if pupil is None:
            raise SchoolRefused("not-a-pupil-here", "this campaign is for another school's pupils")
        class_code = db.scalar(select(SchoolClass.code).where(SchoolClass.id == pupil.class_id))
        if row.class_codes and class_code not in row.class_codes:
            raise SchoolRefused("not-in-these-classes", "this campaign is for other classes")
        joined = db.scalar(
            select(CampaignParticipant.id).where(
                CampaignParticipant.campaign_id == row.id,
                CampaignParticipant.pupil_id == pupil.id,
            )
        )
        if joined is None:
            db.add(
                CampaignParticipant(
                    campaign_id=row.id, pupil_id=pupil.id, account_id=account_id, joined_at=now
                )
            )
            record(
                db,
                now=now,
                actor=f"account:{account_id}",
                action="campaign.join",
                target=f"campaign:{row.id}",
            )
        return _info(row)


def campaign_results(
    runtime: Runtime, organisation_id: int | str, campaign_id: int
) -> tuple[CampaignInfo, list[ParticipantResult]]:
    """The campaign and its participants' results, by class, last name, first name."""
    with runtime.sessions() as db:
        row = _campaign(db, organisation_id, campaign_id)
        info = _info(row)
        participants = db.execute(
            select(Pupil, SchoolClass.code, CampaignParticipant.joined_at)
            .join(CampaignParticipant, CampaignParticipant.pupil_id == Pupil.id)
            .join(SchoolClass, Pupil.class_id == SchoolClass.id)
            .where(CampaignParticipant.campaign_id == row.id)
            .order_by(SchoolClass.code, Pupil.last_name, Pupil.first_name, Pupil.id)
        ).all()
    results = []
    for pupil, class_code, joined_at in participants:
        found = profile(runtime, candidate_id(pupil.account_id))
        levels = {
            c.code: c.level
            for a in found.areas
            for c in a.competences
            if c.tested and c.code in info.competences
        }
        results.append(
            ParticipantResult(
                PupilResult(pupil.ine, pupil.last_name, pupil.first_name, class_code, levels),
                utc(joined_at),
                len(levels),
            )
        )
    return info, results


def campaign_csv(
    runtime: Runtime,
    organisation_id: int | str,
    campaign_id: int,
    *,
    delimiter: Literal[";", ","] = ";",
    language: Literal["fr", "en"] = "fr",
) -> bytes:
    """The results as :func:`certinum.schools.export.results_csv` writes them."""
    _, results = campaign_results(runtime, organisation_id, campaign_id)
    return results_csv([r.pupil for r in results], delimiter=delimiter, language=language)
