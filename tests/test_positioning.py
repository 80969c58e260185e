"""Positioning tests through the service functions, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest
from sqlalchemy import func, select

from assessment.bank import SingleChoiceSolution
from certinum.errors import PositioningRefused, UnknownAttempt
from certinum.positioning.catalogue import default_catalogue
from certinum.positioning.material import pick_ids, pick_labels
from certinum.positioning.profile import profile
from certinum.positioning.reading import attempt_summary, current_question
from certinum.positioning.service import answer, start_attempt
from certinum.positioning.simulate import simulated_answer, take_test
from certinum.positioning.tables import (
    ItemExposure,
    PositioningAttempt,
    PositioningQuestion,
    PositioningStarts,
)
from certinum.runtime import Runtime

CAT = default_catalogue()


def _rows(service: Runtime, attempt_id: int) -> list[PositioningQuestion]:
    with service.sessions() as session:
        return list(
            session.scalars(
                select(PositioningQuestion)
                .where(PositioningQuestion.attempt_id == attempt_id)
                .order_by(PositioningQuestion.position)
            )
        )


def _row(service: Runtime, reference: str) -> PositioningQuestion:
    with service.sessions() as session:
        row = session.scalar(
            select(PositioningQuestion).where(PositioningQuestion.reference == reference)
        )
    assert row is not None
    return row


def _right(service: Runtime, reference: str) -> Any:
    row = _row(service, reference)
    return simulated_answer(CAT.bank.get(row.item_id), row.proposal_order, True)


def _exposure_total(service: Runtime) -> int:
    with service.sessions() as session:
        return int(session.scalar(select(func.coalesce(func.sum(ItemExposure.count), 0))) or 0)


def test_a_simulated_candidate_takes_a_whole_test(service: Runtime) -> None:
    run = take_test(service, "cand-a", "1.1", 0.8, np.random.default_rng(7))
    assert run.attempt.state == "finished"
    assert run.attempt.level is not None and run.attempt.pix is not None
    rows = _rows(service, run.attempt.id)
    assert [r.position for r in rows] == list(range(1, run.questions + 1))
    assert all(r.answered_at is not None and r.correct is not None for r in rows)
    assert run.attempt.answers == run.questions == len(rows)
    assert _exposure_total(service) == len(rows)
    with service.sessions() as session:
        attempt = session.get(PositioningAttempt, run.attempt.id)
        assert attempt is not None
        asked = attempt.engine_state["asked"]
    # the state records each item version and its parameters, with the stored outcome
    assert [(a["id"], a["version"]) for a in asked] == [(r.item_id, r.item_version) for r in rows]
    assert [a["outcome"] == "correct" for a in asked] == [r.correct for r in rows]
    assert current_question(service, "cand-a", run.attempt.id) is None


def test_reload_resumes_on_the_same_question_and_proposal_order(service: Runtime) -> None:
    attempt = start_attempt(service, "cand-b", "2.1")
    first = current_question(service, "cand-b", attempt.id)
    again = current_question(service, "cand-b", attempt.id)
    assert first is not None and first == again
    resumed = start_attempt(service, "cand-b", "2.1")
    assert resumed.id == attempt.id and resumed.resumed
    answer(service, "cand-b", attempt.id, first.reference, _right(service, first.reference))
    second = current_question(service, "cand-b", attempt.id)
    assert second is not None and second.reference != first.reference and second.number == 2
    assert current_question(service, "cand-b", attempt.id) == second
    assert current_question(service, "cand-b", attempt.id, locale="en") is not None


def test_proposals_are_shuffled_per_candidate_and_answers_map_back(service: Runtime) -> None:
    orders = set()
    for k in range(12):
        attempt = start_attempt(service, f"cand-s{k}", "1.1")
        question = current_question(service, f"cand-s{k}", attempt.id)
        assert question is not None
        row = _row(service, question.reference)
        challenge = CAT.bank.get(row.item_id)
        bank_proposals = list(challenge.fr.proposals)
        if bank_proposals:
            assert question.view["proposals"] == [bank_proposals[i] for i in row.proposal_order]
        shuffled = pick_labels(challenge, list(range(len(pick_ids(challenge)))), "fr")
        if "pick" in question.view:  # the elements of a pick are shuffled as proposals are
            assert question.view["pick"]["choices"] in (
                [],
                [shuffled[i] for i in row.proposal_order],
            )
        shuffled_count = len(bank_proposals) or len(pick_ids(challenge))
        assert sorted(row.proposal_order) == list(range(shuffled_count))
        orders.add(tuple(row.proposal_order))
        if isinstance(challenge.solution, SingleChoiceSolution):
            shown = question.view["proposals"].index(bank_proposals[challenge.solution.index])
            answer(service, f"cand-s{k}", attempt.id, question.reference, shown)
            assert _row(service, question.reference).correct is True
    assert len(orders) > 1


def test_a_double_submission_is_refused_and_stored_once(service: Runtime) -> None:
    attempt = start_attempt(service, "cand-c", "3.1")
    question = current_question(service, "cand-c", attempt.id)
    assert question is not None
    given = _right(service, question.reference)
    answer(service, "cand-c", attempt.id, question.reference, given)
    with pytest.raises(PositioningRefused) as refused:
        answer(service, "cand-c", attempt.id, question.reference, given)
    assert refused.value.code == "already-answered"
    rows = _rows(service, attempt.id)
    assert [r.answered_at is not None for r in rows] == [True, False]
    assert rows[0].answer == given


def test_another_candidates_attempt_is_refused(service: Runtime) -> None:
    attempt = start_attempt(service, "cand-d", "4.1")
    question = current_question(service, "cand-d", attempt.id)
    assert question is not None
    with pytest.raises(UnknownAttempt) as seen:
        current_question(service, "intruder", attempt.id)
    assert seen.value.code == "unknown-attempt"
    with pytest.raises(UnknownAttempt) as answered:
        answer(service, "intruder", attempt.id, question.reference, 0)
    assert answered.value.code == "unknown-attempt"
    assert all(r.answered_at is None for r in _rows(service, attempt.id))
    assert attempt_summary(service, "cand-d", attempt.id).answers == 0


def test_an_answer_to_a_question_not_asked_is_refused(service: Runtime) -> None:
    attempt = start_attempt(service, "cand-e", "5.1")
    other = start_attempt(service, "cand-e", "5.2")
    foreign = current_question(service, "cand-e", other.id)
    assert foreign is not None
    for reference in ("not-a-reference", foreign.reference):
        with pytest.raises(PositioningRefused) as refused:
            answer(service, "cand-e", attempt.id, reference, 0)
        assert refused.value.code == "not-current-question"
    assert all(r.answered_at is None for r in _rows(service, attempt.id))
    assert all(r.answered_at is None for r in _rows(service, other.id))


def test_a_malformed_answer_is_refused_and_not_stored(service: Runtime) -> None:
    attempt = start_attempt(service, "cand-f", "1.2")
    question = current_question(service, "cand-f", attempt.id)
    assert question is not None
    bad = 99 if question.view["proposals"] else ["a list", "for text"]
    with pytest.raises(PositioningRefused) as refused:
        answer(service, "cand-f", attempt.id, question.reference, bad)
    assert refused.value.code == "bad-answer"
    assert _row(service, question.reference).answered_at is None


def test_the_item_id_never_reaches_the_candidate(service: Runtime) -> None:
    rng = np.random.default_rng(3)
    attempt = start_attempt(service, "cand-g", "3.4")
    while (question := current_question(service, "cand-g", attempt.id)) is not None:
        row = _row(service, question.reference)
        shown = json.dumps([question.reference, question.view], ensure_ascii=False)
        assert row.item_id not in shown
        assert set(question.view) <= {
            "reference",
            "type",
            "locale",
            "statement",
            "proposals",
            "illustration",
            "fields",  # field ids and labels of a ``fields`` item
            "material",  # opaque refs m1, m2…, media type and alternative text
            "pick",  # a ``pick`` item's choices, shuffled, labelled by their visible text
            "unit",  # the unit a ``number`` answer is read in (not the number)
            "pick_in",  # the ref of the material a ``pick`` answer is chosen in
        }
        right = bool(rng.random() < 0.5)
        given = simulated_answer(CAT.bank.get(row.item_id), row.proposal_order, right)
        answer(service, "cand-g", attempt.id, question.reference, given)
    with pytest.raises(PositioningRefused) as refused:
        answer(service, "cand-g", attempt.id, "whatever", 0)
    assert refused.value.code == "attempt-finished"


def test_selection_reads_the_stored_exposure_counts(service: Runtime) -> None:
    # A fresh database: the first candidate takes the best item; its stored count (1 of 2
    # tests) closes it under the 25 % cap, so the second candidate gets another item.
    first = start_attempt(service, "cand-h1", "2.2")
    second = start_attempt(service, "cand-h2", "2.2")
    q1 = current_question(service, "cand-h1", first.id)
    q2 = current_question(service, "cand-h2", second.id)
    assert q1 is not None and q2 is not None
    assert _row(service, q1.reference).item_id != _row(service, q2.reference).item_id
    assert _exposure_total(service) == 2
    with service.sessions() as session:  # the denominator of the rates: attempts started
        assert session.get(PositioningStarts, "2.2") is not None
        assert session.scalar(select(PositioningStarts.count)) == 2
    assert start_attempt(service, "cand-h1", "2.2").resumed  # a resume is not a new start
    with service.sessions() as session:
        assert session.scalar(select(PositioningStarts.count)) == 2


def test_an_unknown_competence_or_locale_is_refused(service: Runtime) -> None:
    with pytest.raises(PositioningRefused) as refused:
        start_attempt(service, "cand-i", "9.9")
    assert refused.value.code == "unknown-competence"
    attempt = start_attempt(service, "cand-i", "1.3")
    with pytest.raises(PositioningRefused) as locale:
        current_question(service, "cand-i", attempt.id, locale="de")
    assert locale.value.code == "unsupported-locale"


def test_the_profile_lists_16_competences_and_certifiability(service: Runtime) -> None:
    empty = profile(service, "cand-j")
    assert [a.code for a in empty.areas] == ["1", "2", "3", "4", "5"]
    assert sum(len(a.competences) for a in empty.areas) == 16
    assert empty.total_pix == 0 and not empty.certifiable
    rng = np.random.default_rng(11)
    runs = [take_test(service, "cand-j", c, 2.5, rng) for c in ("1.1", "2.1", "3.1", "4.1")]
    assert not profile(service, "cand-j").certifiable
    runs.append(take_test(service, "cand-j", "5.1", 2.5, rng))
    full = profile(service, "cand-j")
    assert all((r.attempt.level or 0) >= 1 for r in runs)
    assert full.certifiable
    assert full.total_pix == sum(r.attempt.pix or 0 for r in runs)
    assert {c: lvl for c, lvl in full.levels.items() if lvl} == {
        r.attempt.competence: r.attempt.level for r in runs
    }
    assert profile(service, "someone-else").total_pix == 0


def test_a_new_attempt_never_repeats_an_item_and_is_refused_when_none_is_left(
    service: Runtime,
) -> None:
    rng = np.random.default_rng(5)
    seen: list[str] = []
    codes = []
    for _ in range(len(CAT.bank.by_competence("4.3")) + 1):
        try:
            run = take_test(service, "cand-k", "4.3", 0.0, rng)
        except PositioningRefused as exc:
            codes.append(exc.code)
            break
        seen += [r.item_id for r in _rows(service, run.attempt.id)]
    assert codes == ["no-item-left"]
    assert len(seen) == len(set(seen))
    with service.sessions() as session:  # the refused start left nothing behind
        attempts = session.scalars(select(PositioningAttempt.state)).all()
    assert attempts and set(attempts) == {"finished"}
