"""Publication of a reviewed session: each candidate's result becomes final.

Publishing a finalised session writes one ``cert_results`` row per candidate (outcome, score,
band, competence levels, the jury's comments) and sets the session ``published``; 409
``not-finalised`` before finalisation, ``already-published`` after. Once the transaction is
committed, the published results go to issuance as one domain event,
:class:`ResultsPublished`, delivered to the functions registered with
:func:`on_results_published` (nothing else is handed over), and to the functions registered
with :func:`on_publication` together with the runtime (issuance enqueues its job in the
runtime's database). Candidates then see their results;
a school sees its pupils' (those enrolled with its UAI), also as CSV.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from assessment.framework import COMPETENCES
from certinum.audit import record
from certinum.certification.review_rules import ReviewConflict, answers_of, result_of
from certinum.certification.review_tables import (
    CANCELLED,
    CERTIFIED,
    NO_RESULT,
    NOT_VALID,
    JuryNote,
    PublishedResult,
)
from certinum.certification.tables import (
    FINALISED,
    PUBLISHED,
    Centre,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
)
from certinum.db import transaction
from certinum.errors import UnknownCertificationRecord
from certinum.runtime import Runtime
from certinum.schools.export import BOM, escape_cell
from certinum.schools.service import find_organisation


@dataclass(frozen=True, slots=True)
class FinalResult:
    enrolment_id: int
    account_id: int
    session_id: int
    centre: str
    day: date
    last_name: str
    first_name: str
    ine: str
    outcome: str
    answers: int
    score: int | None
    band_level: int | None
    levels: dict[str, int]
    candidate_comment: str
    school_comment: str

    def to_json(self) -> dict[str, object]:
        return {
            "enrolment": self.enrolment_id, "session": self.session_id, "centre": self.centre,
            "date": self.day.isoformat(), "lastName": self.last_name,
            "firstName": self.first_name, "ine": self.ine or None, "outcome": self.outcome,
            "answers": self.answers, "score": self.score, "level": self.band_level,
            "competences": self.levels, "comment": self.candidate_comment,
        }  # fmt: skip


@dataclass(frozen=True, slots=True)
class ResultsPublished:
    """The domain event issuance receives: a session's final results, as published."""

    session_id: int
    results: tuple[FinalResult, ...]


_LISTENERS: list[Callable[[ResultsPublished], None]] = []


def on_results_published(listener: Callable[[ResultsPublished], None]) -> None:
    """Register ``listener`` (issuance) to receive every :class:`ResultsPublished`."""
    _LISTENERS.append(listener)


_RUNTIME_LISTENERS: list[Callable[[Runtime, ResultsPublished], None]] = []


def on_publication(listener: Callable[[Runtime, ResultsPublished], None]) -> None:
    """Register ``listener`` to receive the runtime and every :class:`ResultsPublished`."""
    if listener not in _RUNTIME_LISTENERS:
        _RUNTIME_LISTENERS.append(listener)


def _outcome(test: CertificationTestRow | None, found: object, valid: bool) -> str:
    if test is not None and test.cancelled_reason:
        return CANCELLED
    if found is None:
        return NO_RESULT
    return CERTIFIED if valid else NOT_VALID


def publish(runtime: Runtime, session_id: int, *, actor: str) -> ResultsPublished:
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        session = db.get(CertificationSession, session_id)
        if session is None:
            raise UnknownCertificationRecord("unknown-session", f"no session {session_id}")
        if session.status == PUBLISHED:
            raise ReviewConflict("already-published", "the session is already published")
        if session.status != FINALISED:
            raise ReviewConflict("not-finalised", "the centre has not finalised this session")
        for e in db.scalars(select(Enrolment).where(Enrolment.session_id == session.id)):
            test = db.scalar(
                select(CertificationTestRow).where(CertificationTestRow.enrolment_id == e.id)
            )
            found = result_of(test, answers_of(db, test.id)) if test is not None else None
            outcome = _outcome(test, found, bool(found and found.valid))
            keep = found is not None and outcome in (CERTIFIED, NOT_VALID)
            note = db.scalar(select(JuryNote).where(JuryNote.enrolment_id == e.id))
            db.add(
                PublishedResult(
                    enrolment_id=e.id, session_id=session.id, account_id=e.account_id,
                    outcome=outcome, answers=found.answers if found else 0,
                    theta=found.theta if keep and found else None,
                    score=found.score if keep and found else None,
                    band_level=found.band_level if keep and found else None,
                    levels=dict(found.competence_levels) if keep and found else None,
                    cancelled_reason=test.cancelled_reason if test else "",
                    candidate_comment=note.candidate_comment if note else "",
                    school_comment=note.school_comment if note else "",
                    published_by=actor, published_at=now,
                )
            )  # fmt: skip
        session.status, session.published_at = PUBLISHED, now
        record(db, now=now, actor=actor, action="session.publish", target=f"session:{session.id}")
    event = ResultsPublished(session_id, tuple(_published(runtime, session_id=session_id)))
    for listener in _LISTENERS:
        listener(event)
    for hook in _RUNTIME_LISTENERS:
        hook(runtime, event)
    return event


def _published(
    runtime: Runtime, *, session_id: int | None = None, account_id: int | None = None,
    uai: str | None = None,
) -> list[FinalResult]:  # fmt: skip
    query = (
        select(PublishedResult, Enrolment, CertificationSession, Centre.name)
        .join(Enrolment, Enrolment.id == PublishedResult.enrolment_id)
        .join(CertificationSession, CertificationSession.id == PublishedResult.session_id)
        .join(Centre, Centre.id == CertificationSession.centre_id)
        .order_by(CertificationSession.day.desc(), Enrolment.last_name, Enrolment.first_name)
    )
    if session_id is not None:
        query = query.where(PublishedResult.session_id == session_id)
    if account_id is not None:
        query = query.where(PublishedResult.account_id == account_id)
    if uai is not None:
        query = query.where(Enrolment.school_uai == uai)
    with runtime.sessions() as db:
        return [
            FinalResult(
                r.enrolment_id,
                r.account_id,
                r.session_id,
                centre,
                s.day,
                e.last_name,
                e.first_name,
                e.ine,
                r.outcome,
                r.answers,
                r.score,
                r.band_level,
                dict(r.levels or {}),
                r.candidate_comment,
                r.school_comment,
            )
            for r, e, s, centre in db.execute(query)
        ]


def candidate_results(runtime: Runtime, account_id: int) -> list[FinalResult]:
    """The published results of one candidate, latest first."""
    return _published(runtime, account_id=account_id)


def school_results(
    runtime: Runtime, organisation_id: int | str, session_id: int | None = None
) -> list[FinalResult]:
    """The published results of the school's pupils (enrolled with its UAI)."""
    with runtime.sessions() as db:
        uai = find_organisation(db, organisation_id).uai
        found = db.get(CertificationSession, session_id) if session_id is not None else None
        if session_id is not None and (found is None or found.status != PUBLISHED):
            raise UnknownCertificationRecord(
                "unknown-session", f"no published session {session_id}"
            )
    return _published(runtime, session_id=session_id, uai=uai)


CSV_HEADERS = ("INE", "Nom", "Prénom", "Résultat", "Score", "Niveau global")


def results_csv(results: list[FinalResult]) -> bytes:
    """One row per pupil, one column per competence; UTF-8 with BOM, ``;``, every cell escaped
    against formula injection as :mod:`certinum.schools.export` does."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    titles = [f"{c.code} {c.title_fr}" for c in COMPETENCES]
    writer.writerow([escape_cell(h) for h in (*CSV_HEADERS, *titles)])
    for r in results:
        levels = [str(r.levels[c.code]) if c.code in r.levels else "" for c in COMPETENCES]
        score = "" if r.score is None else str(r.score)
        level = "" if r.band_level is None else str(r.band_level)
        row = (r.ine, r.last_name, r.first_name, r.outcome, score, level, *levels)
        writer.writerow([escape_cell(v) for v in row])
    return (BOM + out.getvalue()).encode("utf-8")
