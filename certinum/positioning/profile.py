"""A candidate's positioning profile: the 16 competences by area, levels, pix, certifiable.

Each competence shows the result of its latest finished attempt (level 0 and 0 pix when none
was taken). Certifiable: at least 5 competences at level 1 or more
(:func:`assessment.certification.is_certifiable`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from assessment.certification import is_certifiable
from assessment.framework import AREAS, COMPETENCES
from certinum.db import transaction
from certinum.positioning.tables import FINISHED, PositioningAttempt
from certinum.runtime import Runtime


@dataclass(frozen=True, slots=True)
class CompetenceProfile:
    code: str
    title_fr: str
    title_en: str
    level: int
    pix: int
    tested: bool  # a finished attempt exists


@dataclass(frozen=True, slots=True)
class AreaProfile:
    code: str
    title_fr: str
    title_en: str
    competences: tuple[CompetenceProfile, ...]


@dataclass(frozen=True, slots=True)
class Profile:
    areas: tuple[AreaProfile, ...]
    total_pix: int
    certifiable: bool

    @property
    def levels(self) -> dict[str, int]:
        return {c.code: c.level for a in self.areas for c in a.competences}


def profile(runtime: Runtime, candidate_id: str) -> Profile:
    """The candidate's profile from their latest finished attempt of each competence."""
    with transaction(runtime.sessions) as session:
        rows = session.execute(
            select(PositioningAttempt.competence, PositioningAttempt.level, PositioningAttempt.pix)
            .where(
                PositioningAttempt.candidate_id == candidate_id,
                PositioningAttempt.state == FINISHED,
            )
            .order_by(PositioningAttempt.finished_at, PositioningAttempt.id)
        ).all()
    latest: dict[str, tuple[int, int]] = {}
    for code, level, pix in rows:  # in finishing order: the last one wins
        latest[code] = (int(level or 0), int(pix or 0))
    areas = []
    for area in AREAS:
        competences = tuple(
            CompetenceProfile(
                code=c.code,
                title_fr=c.title_fr,
                title_en=c.title_en,
                level=latest.get(c.code, (0, 0))[0],
                pix=latest.get(c.code, (0, 0))[1],
                tested=c.code in latest,
            )
            for c in COMPETENCES
            if c.area == area.code
        )
        areas.append(AreaProfile(area.code, area.title_fr, area.title_en, competences))
    levels = {code: level for code, (level, _) in latest.items()}
    return Profile(
        areas=tuple(areas),
        total_pix=sum(pix for _, pix in latest.values()),
        certifiable=is_certifiable(levels),
    )
