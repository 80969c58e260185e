"""What the certification tests share: a centre made through the API, candidates whose
positioning profile makes them certifiable (or not), pupils with an INE."""

from __future__ import annotations

from datetime import date
from typing import Any

from accounts_helpers import add_account, session_headers
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.db import transaction
from certinum.positioning.tables import FINISHED, PositioningAttempt
from certinum.schools.tables import Organisation, Pupil, SchoolClass

COMPETENCES = ("1.1", "1.2", "1.3", "2.1", "2.2", "2.3")
SESSION = {
    "date": "2026-07-01",
    "time": "09:30",
    "room": "Salle 12",
    "address": "3 rue de l'Épée, Lyon",
    "examiner": "Mme Œuvray",
}


def as_account(client: TestClient[Any], area: AccountsArea, account: int) -> dict[str, str]:
    cookies, headers = session_headers(area, account)
    client.cookies.clear()
    client.cookies.update(cookies)
    return headers


def give_levels(area: AccountsArea, account: int, competences: int) -> None:
    """Finished positioning attempts at level 2 in the first ``competences`` competences."""
    now = area.runtime.clock()
    with transaction(area.runtime.sessions) as db:
        for code in COMPETENCES[:competences]:
            db.add(
                PositioningAttempt(
                    candidate_id=str(account), competence=code, state=FINISHED, started_at=now,
                    updated_at=now, finished_at=now, engine_state={}, level=2, pix=16, answers=8,
                )
            )  # fmt: skip


def candidate(area: AccountsArea, email: str, competences: int = 5) -> int:
    account = add_account(area, email, ("candidate", ""))
    give_levels(area, account, competences)
    return account


def pupil(area: AccountsArea, login: str, ine: str, uai: str, birth: date) -> int:
    """A pupil of the school ``uai`` (made if new) with an account and a certifiable profile."""
    account = candidate(area, login)
    now = area.runtime.clock()
    with transaction(area.runtime.sessions) as db:
        org = db.query(Organisation).filter_by(uai=uai).one_or_none()
        if org is None:
            org = Organisation(name=f"Collège {uai}", uai=uai, created_at=now)
            db.add(org)
            db.flush()
            db.add(SchoolClass(organisation_id=org.id, code="3A"))
            db.flush()
        klass = db.query(SchoolClass).filter_by(organisation_id=org.id).first()
        assert klass is not None
        db.add(
            Pupil(
                organisation_id=org.id, ine=ine, last_name="Martin", first_name="Léa",
                birth_date=birth, sex="F", class_id=klass.id, account_id=account, imported_at=now,
            )
        )  # fmt: skip
    return account


def centre(client: TestClient[Any], area: AccountsArea, code: str = "CC-01") -> tuple[str, int]:
    """A centre made by the authority, and its admin's account."""
    authority = add_account(area, f"authority-{code.lower()}", ("authority_admin", ""))
    admin = add_account(area, f"admin-{code.lower()}")
    made = client.post(
        "/api/centres",
        json={"name": f"Centre {code}", "code": code, "adminLogin": f"admin-{code.lower()}"},
        headers=as_account(client, area, authority),
    )
    assert made.status_code == 201, made.text
    return str(made.json()["id"]), admin
