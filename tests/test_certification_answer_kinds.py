"""The certification test asks and checks pick items as the positioning test does: the elements
to pick are shown in an order drawn per question and stored, and the answer (a position as
shown) is mapped back to the element before it is checked (SQLite and PostgreSQL)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from accounts_helpers import Clock, accounts_runtime, client_for
from exam_helpers import browser, check_in_body, invigilate, invigilator_token, planned
from positioning_bank import write_test_bank
from sqlalchemy import select

from assessment.bank import ChallengeType, load_bank
from certinum.accounts.area import AccountsArea
from certinum.certification.tables import CertificationAnswer
from certinum.positioning.catalogue import Catalogue, use_item_bank
from certinum.positioning.simulate import simulated_answer

API = "/api/certification"


@pytest.fixture
def bank_dir(tmp_path: Path) -> Iterator[Path]:
    yield write_test_bank(tmp_path / "bank")
    use_item_bank(None)  # the next test serves the packaged bank again


@pytest.fixture
def area(service_env: dict[str, str], bank_dir: Path) -> Iterator[AccountsArea]:
    with accounts_runtime(service_env, Clock(), CERTINUM_ITEM_BANK=str(bank_dir)) as runtime:
        yield AccountsArea.open(runtime)


def _asked(area: AccountsArea, reference: str) -> CertificationAnswer:
    with area.runtime.sessions() as db:
        row = db.scalar(
            select(CertificationAnswer).where(CertificationAnswer.reference == reference)
        )
    assert row is not None
    return row


def test_pick_items_are_shown_in_a_drawn_order_and_checked_as_shown(
    area: AccountsArea, bank_dir: Path
) -> None:
    bank = Catalogue(load_bank(bank_dir)).bank
    email = "lea@example.org"
    with client_for(area) as client:
        plan = planned(client, area)
        headers = browser(client, area, plan.candidates[email])
        checked = client.post(f"{API}/check-in", json=check_in_body(plan, email), headers=headers)
        assert checked.status_code == 200, checked.text
        cookie = client.cookies["certinum_session"]
        assert invigilate(client, plan).status_code == 303
        allowed = client.post(
            f"/invigilation/{plan.session_id}/authorise",
            data={"csrf_token": invigilator_token(client), "enrolment": "all"},
            follow_redirects=False,
        )
        assert allowed.status_code == 303
        client.cookies.clear()
        client.cookies["certinum_session"] = cookie
        page = client.post(f"{API}/enrolments/{plan.enrolments[email]}/test", headers=headers)
        assert page.status_code == 201, page.text
        test, question = page.json()["test"]["id"], page.json()["question"]
        picks = 0
        # The candidate's competences 1.1, 1.2 and 1.3 hold one pick family each here: two
        # answers, as the third would leave the engine no item to ask next.
        for _ in range(2):
            assert question is not None
            row = _asked(area, question["reference"])
            challenge = bank.get(row.item_id)
            if challenge.type is ChallengeType.PICK:
                picks += 1
                assert sorted(row.proposal_order) == list(range(len(row.proposal_order)))
                if question["pick"]["mode"] == "choice":
                    assert len(question["pick"]["choices"]) == len(row.proposal_order) > 1
            given = simulated_answer(challenge, list(row.proposal_order), True)
            reply = client.post(
                f"{API}/tests/{test}/answers",
                json={"reference": question["reference"], "answer": given},
                headers=headers,
            )
            assert reply.status_code == 200, reply.text
            assert _asked(area, question["reference"]).correct is True, (row.item_id, given)
            question = reply.json()["question"]
    assert picks == 2
