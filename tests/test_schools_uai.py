"""The UAI's check letter: the letter of "ABCDEFGHJKLMNPRSTUVWXYZ" at the 7-digit number
modulo 23, checked when an organisation is created (422 ``bad-uai-letter``)."""

from __future__ import annotations

from typing import Any

import pytest
from accounts_helpers import add_account, session_headers
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.errors import SchoolRefused
from certinum.schools import service
from certinum.schools.uai import check_letter, uai_problem, with_check_letter


@pytest.mark.parametrize(
    "uai",
    ["0750654D", "0750655E", "0692457W", "0750001U", "0130040Y"],  # Henri-IV is 0750654D
)
def test_known_uais_have_their_letter(uai: str) -> None:
    assert check_letter(uai[:7]) == uai[7]
    assert uai_problem(uai) is None
    assert with_check_letter(uai[:7]) == uai


@pytest.mark.parametrize(
    ("uai", "code"),
    [("0750654E", "bad-uai-letter"), ("0750654I", "bad-uai-letter"), ("075065D", "bad-uai"),
     ("0750654", "bad-uai"), ("A750654D", "bad-uai"), ("", "bad-uai")],
)  # fmt: skip
def test_wrong_uais_are_named(uai: str, code: str) -> None:
    assert uai_problem(uai) == code


def test_an_organisation_with_a_wrong_letter_is_refused(area: AccountsArea) -> None:
    with pytest.raises(SchoolRefused) as wrong:
        service.create_organisation(area.runtime, name="Lycée", uai="0750654e", actor="test")
    assert wrong.value.code == "bad-uai-letter"
    made = service.create_organisation(area.runtime, name="Lycée", uai="0750654d", actor="test")
    assert made.uai == "0750654D"


def test_the_api_answers_422_bad_uai_letter(client: TestClient[Any], area: AccountsArea) -> None:
    authority = add_account(area, "authority-uai", ("authority_admin", ""))
    cookies, headers = session_headers(area, authority)
    client.cookies.update(cookies)
    refused = client.post(
        "/api/organisations", json={"name": "Lycée", "uai": "0750654A"}, headers=headers
    )
    assert refused.status_code == 422
    assert refused.json()["type"].rsplit("/", 1)[-1] == "bad-uai-letter"
