"""A school's published certification results, for its report book: its pupils' (those
enrolled with its UAI), each with the class the school's file puts them in.

The school's page, its JSON API and its CSV read them from here. The CSV has one row per
pupil: INE, names, class, the outcome in words, the global score and level, the jury's comment
for the school, then one column per CRCN competence (``1.1`` … ``5.2``) with its level; in
French by default (``language="en"``: English headers and words), written by
:func:`certinum.schools.export.csv_bytes` as every results export (UTF-8 with BOM, ``;`` or
``,``, cells escaped against formula injection). A result that is not certified has its
outcome alone: no score, level nor competence level.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy import and_

from assessment.framework import COMPETENCES
from certinum.certification.publication import FinalResult, final_result, published_query
from certinum.certification.results_views import LEVELS, SCHOOL_OUTCOMES
from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import PUBLISHED, CertificationSession, Enrolment
from certinum.errors import UnknownCertificationRecord
from certinum.runtime import Runtime
from certinum.schools.export import csv_bytes
from certinum.schools.service import find_organisation
from certinum.schools.tables import Pupil, SchoolClass
from certinum.web.i18n import N_, translations

Language = Literal["fr", "en"]
HEADERS = (
    N_("INE"), N_("Last name"), N_("First name"), N_("Class"), N_("Result"),
    N_("Global score"), N_("Global level"), N_("Comment of the jury"),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class SchoolResult:
    """A pupil's published result and their class (empty when no longer in the school's
    file)."""

    result: FinalResult
    class_code: str

    def to_json(self) -> dict[str, object]:
        return {
            **self.result.to_json(),
            "class": self.class_code or None,
            "comment": self.result.school_comment,
        }


def school_results(
    runtime: Runtime, organisation_id: int | str, session_id: int | None = None
) -> list[SchoolResult]:
    """The published results of the school's pupils (of one published session, else 404
    ``unknown-session``): latest session first, then by class and name."""
    with runtime.sessions() as db:
        org = find_organisation(db, organisation_id)
        if session_id is not None:
            found = db.get(CertificationSession, session_id)
            if found is None or found.status != PUBLISHED:
                raise UnknownCertificationRecord(
                    "unknown-session", f"no published session {session_id}"
                )
        query = (
            published_query()
            .add_columns(SchoolClass.code)
            .outerjoin(
                Pupil,
                and_(
                    Pupil.account_id == PublishedResult.account_id,
                    Pupil.organisation_id == org.id,
                ),
            )
            .outerjoin(SchoolClass, SchoolClass.id == Pupil.class_id)
            .where(Enrolment.school_uai == org.uai)
        )
        if session_id is not None:
            query = query.where(PublishedResult.session_id == session_id)
        rows = [
            SchoolResult(final_result(r, e, s, centre), code or "")
            for r, e, s, centre, code in db.execute(query)
        ]
    return sorted(
        rows,
        key=lambda x: (
            -x.result.day.toordinal(), x.result.session_id, x.class_code,
            x.result.last_name.casefold(), x.result.first_name.casefold(),
        ),
    )  # fmt: skip


def outcome_words(outcome: str, language: Language = "fr") -> str:
    """The outcome as the school reads it: "Certifié", "Non certifié", "Annulé"…"""
    return translations(language).gettext(SCHOOL_OUTCOMES.get(outcome, outcome))


def results_csv(
    results: list[SchoolResult], *, delimiter: Literal[";", ","] = ";",
    language: Language = "fr",
) -> bytes:  # fmt: skip
    """The CSV of the school's report book (see the module)."""
    _ = translations(language).gettext
    titles = [f"{c.code} {c.title_fr if language == 'fr' else c.title_en}" for c in COMPETENCES]
    rows: list[list[str]] = [[_(h) for h in HEADERS] + titles]
    for x in results:
        r = x.result
        band = LEVELS.get(r.band_level) if r.band_level is not None else None
        level = "" if band is None else band.name_fr if language == "fr" else band.name_en
        levels = [str(r.levels[c.code]) if c.code in r.levels else "" for c in COMPETENCES]
        rows.append([
            r.ine, r.last_name, r.first_name, x.class_code, outcome_words(r.outcome, language),
            "" if r.score is None else str(r.score), level, r.school_comment, *levels,
        ])  # fmt: skip
    return csv_bytes(rows, delimiter=delimiter)
