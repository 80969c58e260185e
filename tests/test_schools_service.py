"""The schools service: organisations, pupil imports (both modes, re-imports), campaigns and
their results, on SQLite and PostgreSQL."""

from __future__ import annotations

import numpy as np
import pytest
from accounts_helpers import add_account
from fixtures.schools.siecle_builder import Pupil, pupils, siecle_xml
from sqlalchemy import func, select

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import LoginRefused
from certinum.accounts.people import log_in
from certinum.accounts.roles import roles_of
from certinum.accounts.tables import Account
from certinum.errors import SchoolRefused, UnknownSchoolRecord
from certinum.models import AuditEvent
from certinum.positioning.service import candidate_id
from certinum.positioning.simulate import take_test
from certinum.runtime import Runtime
from certinum.schools import service
from certinum.schools.campaigns import (
    campaign_csv,
    campaign_results,
    create_campaign,
    join_campaign,
)
from certinum.schools.imports import import_pupils
from certinum.schools.slips import issue_slips
from certinum.schools.tables import Pupil as PupilRow

UAI = "0750001U"
HEADER = "INE;Nom;Prénom;Date de naissance;Sexe;Classe"
GOOD = ["123456789AB;Aubépine;Léa;14/02/2012;F;4A", "1234567890C;Cœurdoux;Noël;30/11/2011;M;4B"]
BAD = ["1234567891D;Dufrêne;Inès;31/02/2012;F;4A", "BAD;Écorce;Éloi;01/01/2012;M;4A"]


def _csv(*rows: str) -> bytes:
    return "\r\n".join([HEADER, *rows]).encode()


@pytest.fixture
def org(area: AccountsArea) -> int:
    return service.create_organisation(
        area.runtime, name="Collège Jean Moulin", uai=UAI, actor="test"
    ).id


def _count(runtime: Runtime, model: type) -> int:
    with runtime.sessions() as db:
        return int(db.scalar(select(func.count()).select_from(model)) or 0)


def _classes(runtime: Runtime, org: int) -> dict[str, tuple[str, bool]]:
    return {p.ine: (p.class_code, p.left_at is not None) for p in service.pupils(runtime, org)}


def test_an_organisation_and_its_admin(area: AccountsArea) -> None:
    admin = add_account(area, "admin@school.example")
    info = service.create_organisation(
        area.runtime, name=" Collège  Moulin ", uai="0750001u", actor="test",
        admin_login="ADMIN@school.example",
    )  # fmt: skip
    assert (info.name, info.uai) == ("Collège Moulin", UAI)
    with area.runtime.sessions() as db:
        assert [(r.role, r.scope_id) for r in roles_of(db, admin)] == [
            ("organisation_admin", str(info.id))
        ]
    with pytest.raises(SchoolRefused) as taken:
        service.create_organisation(area.runtime, name="Autre", uai=UAI, actor="test")
    assert taken.value.code == "uai-taken"
    with pytest.raises(SchoolRefused) as bad:
        service.create_organisation(area.runtime, name="Autre", uai="75001", actor="test")
    assert bad.value.code == "bad-uai"
    with pytest.raises(UnknownSchoolRecord) as unknown:
        service.pupils(area.runtime, "A")
    assert unknown.value.code == "unknown-organisation"


def test_all_or_nothing_writes_nothing_when_a_row_is_rejected(area: AccountsArea, org: int) -> None:
    result = import_pupils(area.runtime, org, _csv(*GOOD, *BAD), "eleves.csv", actor="test")
    assert not result.written and result.created == ()
    assert len(result.report.accepted) == 2
    assert [(str(r.location), r.field, r.code) for r in result.report.rejected] == [
        ("line 4", "birth_date", "bad-date"),
        ("line 5", "ine", "bad-ine"),
    ]
    assert _count(area.runtime, PupilRow) == 0 and _count(area.runtime, Account) == 0


def test_valid_only_writes_the_valid_rows_with_accounts(area: AccountsArea, org: int) -> None:
    result = import_pupils(
        area.runtime, org, _csv(*GOOD, *BAD), "eleves.csv", mode="valid-only", actor="account:9"
    )
    assert result.written and len(result.report.rejected) == 2
    assert [(c.login, c.class_code) for c in result.created] == [
        ("lea.aubepine1", "4A"),
        ("noel.coeurdoux1", "4B"),
    ]
    assert _classes(area.runtime, org) == {"123456789AB": ("4A", False),
                                           "1234567890C": ("4B", False)}  # fmt: skip
    # no password until the slips: then the slip's identifier and password log the pupil in
    with pytest.raises(LoginRefused):
        log_in(area, login="lea.aubepine1", password="", address="192.0.2.1")
    slip = issue_slips(area.runtime, org, "4A", actor="account:9")[0][0]
    _, account_id = log_in(area, login=slip.login, password=slip.password, address="192.0.2.1")
    with area.runtime.sessions() as db:
        assert [r.role for r in roles_of(db, account_id)] == ["candidate"]
        actions = list(db.scalars(select(AuditEvent.action).where(AuditEvent.actor == "account:9")))
    assert actions.count("account.create") == 2 and "pupils.import" in actions


def test_a_bad_mode_and_a_refused_file_write_nothing(area: AccountsArea, org: int) -> None:
    with pytest.raises(SchoolRefused) as mode:
        import_pupils(area.runtime, org, _csv(*GOOD), "eleves.csv", mode="some", actor="test")
    assert mode.value.code == "bad-mode"
    other = siecle_xml(pupils(2), uai="0999999F")
    with pytest.raises(SchoolRefused) as refused:
        import_pupils(area.runtime, org, other, "ElevesSansAdresses.xml", actor="test")
    assert refused.value.code == "uai-mismatch"
    assert _count(area.runtime, PupilRow) == 0


def test_a_siecle_reimport_moves_a_pupil_and_marks_one_left(area: AccountsArea, org: int) -> None:
    first = pupils(3)
    done = import_pupils(area.runtime, org, siecle_xml(first), "ElevesSansAdresses.xml",
                         actor="test")  # fmt: skip
    assert done.written and len(done.created) == 3 and done.departures_applied
    moved = Pupil(**{**first[0].__dict__, "division": "3D"})
    again = import_pupils(
        area.runtime, org, siecle_xml([moved, first[1]]), "ElevesSansAdresses.xml", actor="test"
    )
    assert (len(again.created), again.updated, again.left) == (0, 2, 1)
    assert _classes(area.runtime, org) == {
        first[0].ine: ("3D", False),
        first[1].ine: (first[1].division, False),
        first[2].ine: (first[2].division, True),
    }
    assert _count(area.runtime, PupilRow) == 3 and _count(area.runtime, Account) == 3


def test_a_spreadsheet_reimport_marks_nobody_left(area: AccountsArea, org: int) -> None:
    import_pupils(area.runtime, org, _csv(*GOOD), "eleves.csv", actor="test")
    again = import_pupils(area.runtime, org, _csv(GOOD[0].replace(";4A", ";3A")), "e.csv",
                          actor="test")  # fmt: skip
    assert (again.updated, again.left, again.departures_applied) == (1, 0, False)
    assert _classes(area.runtime, org) == {"123456789AB": ("3A", False),
                                           "1234567890C": ("4B", False)}  # fmt: skip


def test_a_duplicate_ine_in_the_file_is_rejected_and_never_duplicated(
    area: AccountsArea, org: int
) -> None:
    twice = _csv(GOOD[0], GOOD[0].replace("Léa", "Lou"), GOOD[1])
    result = import_pupils(area.runtime, org, twice, "eleves.csv", mode="valid-only",
                           actor="test")  # fmt: skip
    assert [r.code for r in result.report.rejected] == ["duplicate-ine", "duplicate-ine"]
    assert list(_classes(area.runtime, org)) == ["1234567890C"]


def test_homonyms_get_distinct_logins(area: AccountsArea, org: int) -> None:
    rows = [GOOD[0], GOOD[0].replace("123456789AB", "223456789AB")]
    result = import_pupils(area.runtime, org, _csv(*rows), "eleves.csv", actor="test")
    assert [c.login for c in result.created] == ["lea.aubepine1", "lea.aubepine2"]


def test_a_campaign_joined_by_its_pupils_gives_their_results(area: AccountsArea, org: int) -> None:
    created = import_pupils(area.runtime, org, _csv(*GOOD), "eleves.csv", actor="test").created
    accounts = {c.class_code: _account(area.runtime, c.login) for c in created}
    with pytest.raises(SchoolRefused) as unknown_class:
        create_campaign(area.runtime, org, name="x", classes=["9Z"], competences=["1.1"],
                        actor="test")  # fmt: skip
    assert unknown_class.value.code == "unknown-class"
    with pytest.raises(SchoolRefused) as unknown_competence:
        create_campaign(area.runtime, org, name="x", classes=[], competences=["9.9"],
                        actor="test")  # fmt: skip
    assert unknown_competence.value.code == "unknown-competence"
    campaign = create_campaign(
        area.runtime, org, name="Positionnement 4A", classes=["4A"], competences=["1.1", "2.1"],
        actor="test",
    )  # fmt: skip
    assert len(campaign.code) == 8
    assert join_campaign(area.runtime, campaign.code.lower(), accounts["4A"]).id == campaign.id
    join_campaign(area.runtime, campaign.code, accounts["4A"])  # twice is once
    with pytest.raises(SchoolRefused) as other_class:
        join_campaign(area.runtime, campaign.code, accounts["4B"])
    assert other_class.value.code == "not-in-these-classes"
    with pytest.raises(UnknownSchoolRecord) as wrong:
        join_campaign(area.runtime, "BBBBBBBB", accounts["4A"])
    assert wrong.value.code == "unknown-code"
    stranger = add_account(area, "stranger@example.org", ("candidate", ""))
    with pytest.raises(SchoolRefused) as not_here:
        join_campaign(area.runtime, campaign.code, stranger)
    assert not_here.value.code == "not-a-pupil-here"

    run = take_test(area.runtime, candidate_id(accounts["4A"]), "1.1", 1.0,
                    np.random.default_rng(3))  # fmt: skip
    take_test(area.runtime, candidate_id(accounts["4A"]), "3.1", 1.0,
              np.random.default_rng(4))  # fmt: skip
    _, results = campaign_results(area.runtime, org, campaign.id)
    assert [(r.pupil.ine, dict(r.pupil.levels), r.tested) for r in results] == [
        ("123456789AB", {"1.1": run.attempt.level}, 1)
    ]
    lines = campaign_csv(area.runtime, org, campaign.id, delimiter=",").decode("utf-8-sig")
    assert lines.splitlines()[1].startswith(f"123456789AB,Aubépine,Léa,4A,{run.attempt.level},,")
    with pytest.raises(UnknownSchoolRecord):
        campaign_results(area.runtime, org + 1, campaign.id)


def test_the_results_csv_escapes_formulas(area: AccountsArea, org: int) -> None:
    row = "123456789AB;=HYPERLINK(1);@Léa;14/02/2012;F;+4A"
    created = import_pupils(area.runtime, org, _csv(row), "eleves.csv", actor="test").created
    campaign = create_campaign(area.runtime, org, name="C", classes=[], competences=["1.1"],
                               actor="test")  # fmt: skip
    join_campaign(area.runtime, campaign.code, _account(area.runtime, created[0].login))
    data = campaign_csv(area.runtime, org, campaign.id).decode("utf-8-sig")
    assert data.splitlines()[1].startswith("123456789AB;'=HYPERLINK(1);'@Léa;'+4A;")


def _account(runtime: Runtime, login: str) -> int:
    with runtime.sessions() as db:
        found = db.scalar(select(Account.id).where(Account.login == login))
    assert found is not None
    return int(found)


def test_login_slip_password_is_never_stored(area: AccountsArea, org: int) -> None:
    import_pupils(area.runtime, org, _csv(GOOD[0]), "eleves.csv", actor="test")
    with area.runtime.sessions() as db:
        assert db.scalar(select(Account.password_hash)) == ""  # imported: no password yet
    slip = issue_slips(area.runtime, org, "4A", actor="test")[0][0]
    with area.runtime.sessions() as db:
        stored = db.scalar(select(Account.password_hash))
        audit = [str(e.details) for e in db.scalars(select(AuditEvent))]
    assert stored is not None and stored.startswith("$argon2id$")
    assert slip.password not in stored and not any(slip.password in a for a in audit)
    assert len(slip.password) == 12
