"""`certinum demo`'s school record: made through the service functions, readable back, usable."""

from __future__ import annotations

from typing import Any

from accounts_helpers import Clock, accounts_runtime

from certinum.accounts.area import AccountsArea
from certinum.accounts.people import log_in
from certinum.demo_school import (
    CAMPAIGN_CLASSES,
    CAMPAIGN_COMPETENCES,
    DEMO_PASSWORD,
    load_school_demo,
)
from certinum.schools.campaigns import campaign_results, campaigns


def test_the_demo_school_has_pupils_who_took_their_campaign(service_env: dict[str, Any]) -> None:
    with accounts_runtime(service_env, Clock()) as runtime:
        demo = load_school_demo(runtime)
        assert {division for _, _, division in demo.pupils} == {"3e A", "3e B", "3e C"}
        (campaign,) = campaigns(runtime, _organisation_of(runtime))
        assert campaign.code == demo.campaign_code
        _, rows = campaign_results(runtime, campaign.organisation_id, campaign.id)
        in_campaign = [p for p in demo.pupils if p[2] in CAMPAIGN_CLASSES]
        assert len(rows) == len(in_campaign) == 6
        for row in rows:  # each took a positioning test of every competence of the campaign
            assert set(row.pupil.levels) == set(CAMPAIGN_COMPETENCES)
        area = AccountsArea.open(runtime)
        for login, _, _ in demo.pupils:  # every printed login works with the printed password
            log_in(area, login=login, password=DEMO_PASSWORD, address="127.0.0.1")
        log_in(area, login=demo.admin_login, password=DEMO_PASSWORD, address="127.0.0.1")
        assert load_school_demo(runtime) == demo  # a second run changes nothing


def _organisation_of(runtime: Any) -> int:
    from sqlalchemy import select

    from certinum.schools.tables import Organisation

    with runtime.sessions() as db:
        return int(db.scalar(select(Organisation.id)))
