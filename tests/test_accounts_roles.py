"""Roles with scope through the API: an organisation's admin manages only its members, the
authority grants any role, every grant and removal is audited."""

from __future__ import annotations

from typing import Any

import pytest
from accounts_helpers import add_account, session_headers
from litestar.testing import TestClient
from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import RoleRefused
from certinum.accounts.roles import Principal, Role, check_role
from certinum.accounts.tables import Membership
from certinum.models import AuditEvent


def _as(client: TestClient[Any], area: AccountsArea, account: int) -> dict[str, str]:
    cookies, headers = session_headers(area, account)
    client.cookies.clear()
    client.cookies.update(cookies)
    return headers


def test_an_organisation_admin_manages_only_their_organisation(
    client: TestClient[Any], area: AccountsArea
) -> None:
    admin = add_account(area, "admin-a", ("organisation_admin", "A"))
    add_account(area, "teacher")
    headers = _as(client, area, admin)
    granted = client.post(
        "/api/organisations/A/memberships",
        json={"login": "teacher", "role": "organisation_member"},
        headers=headers,
    )
    assert granted.status_code == 201, granted.text
    assert granted.json()["scope"] == {"type": "organisation", "id": "A"}
    other = client.post(
        "/api/organisations/B/memberships",
        json={"login": "teacher", "role": "organisation_member"},
        headers=headers,
    )
    assert other.status_code == 403
    wrong_role = client.post(
        "/api/organisations/A/memberships",
        json={"login": "teacher", "role": "authority_admin"},
        headers=headers,
    )
    assert wrong_role.status_code == 422
    assert wrong_role.json()["type"].endswith("/role-not-here")
    members = client.get("/api/organisations/A/members")
    assert [(m["login"], m["role"]) for m in members.json()] == [
        ("admin-a", "organisation_admin"),
        ("teacher", "organisation_member"),
    ]
    assert client.get("/api/organisations/B/members").status_code == 403
    membership = granted.json()["id"]
    assert (
        client.delete(f"/api/organisations/B/memberships/{membership}", headers=headers).status_code
        == 403
    )
    removed = client.delete(f"/api/organisations/A/memberships/{membership}", headers=headers)
    assert removed.status_code == 204
    with area.runtime.sessions() as db:
        actions = db.scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions.count("role.grant") == 2 and actions.count("role.remove") == 1


def test_an_admin_cannot_remove_another_organisations_membership_through_theirs(
    client: TestClient[Any], area: AccountsArea
) -> None:
    admin_b = add_account(area, "admin-b", ("organisation_admin", "B"))
    admin_a = add_account(area, "admin-a", ("organisation_admin", "A"))
    headers = _as(client, area, admin_a)
    with area.runtime.sessions() as db:
        members_b = db.scalar(select(Membership.id).where(Membership.account_id == admin_b))
    response = client.delete(f"/api/organisations/A/memberships/{members_b}", headers=headers)
    assert response.status_code == 404


def test_the_authority_grants_any_role(client: TestClient[Any], area: AccountsArea) -> None:
    admin = add_account(area, "root", ("authority_admin", ""))
    add_account(area, "someone")
    headers = _as(client, area, admin)
    invigilator = client.post(
        "/api/admin/memberships",
        json={"login": "someone", "role": "invigilator", "scope": "session-12"},
        headers=headers,
    )
    assert invigilator.status_code == 201
    assert invigilator.json()["scope"] == {"type": "session", "id": "session-12"}
    unscoped = client.post(
        "/api/admin/memberships", json={"login": "someone", "role": "invigilator"}, headers=headers
    )
    assert unscoped.status_code == 422
    assert unscoped.json()["type"].endswith("/scope-needed")
    unknown = client.post(
        "/api/admin/memberships", json={"login": "nobody", "role": "jury"}, headers=headers
    )
    assert unknown.status_code == 422
    assert unknown.json()["type"].endswith("/unknown-account")
    gone = client.delete(f"/api/admin/memberships/{invigilator.json()['id']}", headers=headers)
    assert gone.status_code == 204


@pytest.mark.parametrize(
    ("role", "scope", "code"),
    [("pope", "", "unknown-role"), ("centre_admin", "", "scope-needed"), ("jury", "x", "no-scope")],
)
def test_check_role(role: str, scope: str, code: str) -> None:
    with pytest.raises(RoleRefused) as refused:
        check_role(role, scope)
    assert refused.value.code == code


def test_principal_scopes() -> None:
    who = Principal(7, (Role("organisation_admin", "A"), Role("jury")))
    assert who.has("organisation_admin", "A") and who.has("organisation_admin")
    assert not who.has("organisation_admin", "B")
    assert who.has("jury") and not who.has("authority_admin")
    assert who.actor == "account:7" and Principal().anonymous


def test_a_login_lands_on_the_home_of_its_roles() -> None:
    from certinum.accounts.pages import home_for
    from certinum.accounts.roles import Role

    assert home_for([Role("candidate")]) == "/candidate"
    assert home_for([Role("organisation_admin", "3")]) == "/schools/3"
    assert home_for([Role("organisation_admin", "3"), Role("candidate")]) == "/schools/3"
    two = [Role("organisation_admin", "3"), Role("organisation_admin", "4")]
    assert home_for(two) == "/schools"
    assert home_for([Role("centre_member", "7"), Role("candidate")]) == "/centres/7"
    assert home_for([Role("centre_member", "7"), Role("centre_admin", "8")]) == "/centres"
    assert home_for([Role("jury"), Role("candidate")]) == "/jury"
    assert home_for([Role("authority_admin")]) == "/jury"
    assert home_for([Role("organisation_member", "3")]) == "/"
    assert home_for([]) == "/"
