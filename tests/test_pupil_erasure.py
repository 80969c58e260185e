"""Erasing a pupil's account erases their school records too (pupil row, campaign
participation), audited; the school's list, results and CSV no longer show them; the data
export of a pupil holds their pupil record and campaigns. On SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.personal import erase, export
from certinum.accounts.tables import Account
from certinum.models import AuditEvent
from certinum.schools import service
from certinum.schools.campaigns import (
    campaign_csv,
    campaign_results,
    create_campaign,
    join_campaign,
)
from certinum.schools.imports import import_pupils
from certinum.schools.tables import CampaignParticipant, Pupil

UAI = "0750001U"
HEADER = "INE;Nom;Prénom;Date de naissance;Sexe;Classe"
ROWS = ["123456789AB;Aubépine;Léa;14/02/2012;F;4A", "1234567890C;Cœurdoux;Noël;30/11/2011;M;4A"]


def _school(area: AccountsArea) -> tuple[int, int, dict[str, int]]:
    """An organisation, a campaign both pupils joined, and the pupils' account ids by INE."""
    org = service.create_organisation(area.runtime, name="Collège", uai=UAI, actor="test").id
    data = "\r\n".join([HEADER, *ROWS]).encode()
    created = import_pupils(area.runtime, org, data, "eleves.csv", actor="test").created
    with area.runtime.sessions() as db:
        ids = {
            c.ine: int(db.scalar(select(Account.id).where(Account.login == c.login)) or 0)
            for c in created
        }
    campaign = create_campaign(area.runtime, org, name="Positionnement", classes=[],
                               competences=["1.1"], actor="test")  # fmt: skip
    for account_id in ids.values():
        join_campaign(area.runtime, campaign.code, account_id)
    return org, campaign.id, ids


def test_the_export_of_a_pupil_holds_their_record_and_campaigns(area: AccountsArea) -> None:
    _, _, ids = _school(area)
    data = export(area, ids["123456789AB"])
    [record] = data["pupilRecords"]
    assert record["ine"] == "123456789AB"
    assert (record["lastName"], record["firstName"]) == ("Aubépine", "Léa")
    assert (record["birthDate"], record["sex"], record["class"]) == ("2012-02-14", "F", "4A")
    assert record["school"] == {"name": "Collège", "uai": UAI}
    assert [c["name"] for c in record["campaigns"]] == ["Positionnement"]
    other = export(area, ids["1234567890C"])["pupilRecords"]
    assert [r["ine"] for r in other] == ["1234567890C"]


def test_erasing_a_pupil_account_erases_the_pupil_record(area: AccountsArea) -> None:
    org, campaign_id, ids = _school(area)
    gone, kept = ids["123456789AB"], ids["1234567890C"]
    assert erase(area, gone, actor=f"account:{gone}") is True

    with area.runtime.sessions() as db:
        assert db.scalars(select(Pupil.ine)).all() == ["1234567890C"]
        participants = db.scalars(select(CampaignParticipant.account_id)).all()
        assert participants == [kept]
        events = db.scalars(select(AuditEvent).where(AuditEvent.action == "pupil.erasure")).all()
    assert len(events) == 1
    assert events[0].details["account"] == gone
    assert "Aubépine" not in str(events[0].details) and "123456789AB" not in events[0].target

    listed = service.pupils(area.runtime, org)
    assert [p.ine for p in listed] == ["1234567890C"]
    _, results = campaign_results(area.runtime, org, campaign_id)
    assert [r.pupil.ine for r in results] == ["1234567890C"]
    text = campaign_csv(area.runtime, org, campaign_id).decode("utf-8-sig")
    assert "Aubépine" not in text and "123456789AB" not in text
    assert export(area, gone)["pupilRecords"] == []
    assert erase(area, gone, actor="test") is False  # erased once
