"""The JSON API of roles: an organisation's or a centre's admins manage its members; the
issuing authority's admins grant and remove any role. Every route checks role and scope."""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import Request, Router, delete, get, post
from litestar.exceptions import NotFoundException
from litestar.params import FromPath
from litestar.status_codes import HTTP_201_CREATED

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import RoleRefused
from certinum.accounts.guard import area_of, path_param, principal, requires
from certinum.accounts.roles import SCOPES, grant, members_of, membership, remove
from certinum.accounts.routes import text_field
from certinum.accounts.tables import Account
from certinum.db import transaction
from certinum.http import _json_body

_Req = Request[Any, Any, Any]
ORG_ROLES = ("organisation_member", "organisation_admin")
CENTRE_ROLES = ("centre_member", "centre_admin")


def grant_by_login(
    area: AccountsArea, login: str, role: str, scope_id: str, allowed: tuple[str, ...], actor: str
) -> dict[str, object]:
    """Give the account ``login`` a role among ``allowed`` (audited); 422 ``role-not-here``,
    ``unknown-account``, or what :func:`certinum.accounts.roles.check_role` refuses."""
    if role not in allowed:
        raise RoleRefused("role-not-here", f"here the role is one of {', '.join(allowed)}")
    with transaction(area.runtime.sessions) as db:
        account = db.query(Account).filter(Account.login == login.strip().lower()).one_or_none()
        if account is None or account.erased_at is not None:
            raise RoleRefused("unknown-account", "no account has this login")
        return grant(
            db, account.id, role, scope_id, now=area.runtime.clock(), actor=actor
        ).to_json()


def _remove(
    area: AccountsArea, membership_id: int, scope_type: str, scope_id: str, actor: str
) -> None:
    with transaction(area.runtime.sessions) as db:
        found = membership(db, membership_id)
        if found is None or (
            scope_type and (found[1].scope_type, found[1].scope_id) != (scope_type, scope_id)
        ):
            raise NotFoundException(f"no membership {membership_id} here")
        remove(db, membership_id, now=area.runtime.clock(), actor=actor)


def _members(area: AccountsArea, scope_type: str, scope_id: str) -> list[dict[str, object]]:
    with area.runtime.sessions() as db:
        found = members_of(db, scope_type, scope_id)
        logins = {
            a.id: (a.login, a.display_name)
            for a in db.query(Account).filter(
                Account.id.in_([account_id for account_id, _ in found])
            )
        }
    return [
        {"login": logins[a][0], "displayName": logins[a][1], **role.to_json()} for a, role in found
    ]


async def _grant_route(request: _Req, scope_id: str, allowed: tuple[str, ...]) -> dict[str, object]:
    who = await principal(request)
    body = await _json_body(request)
    return await anyio.to_thread.run_sync(
        grant_by_login,
        area_of(request),
        text_field(body, "login", limit=254),
        text_field(body, "role", limit=32),
        scope_id,
        allowed,
        who.actor,
    )


_org_admin = requires("organisation_admin", "authority_admin", scope_from=path_param("org_id"))
_org_member = requires(
    "organisation_member", "organisation_admin", "authority_admin", scope_from=path_param("org_id")
)
_centre_admin = requires("centre_admin", "authority_admin", scope_from=path_param("centre_id"))
_centre_member = requires(
    "centre_member", "centre_admin", "authority_admin", scope_from=path_param("centre_id")
)


@get("/organisations/{org_id:str}/members", guards=[_org_member])
async def organisation_members(request: _Req, org_id: FromPath[str]) -> list[dict[str, object]]:
    """The members and admins of an organisation (its own members, or the authority)."""
    return await anyio.to_thread.run_sync(_members, area_of(request), "organisation", org_id)


@post("/organisations/{org_id:str}/memberships", guards=[_org_admin], status_code=HTTP_201_CREATED)
async def organisation_grant(request: _Req, org_id: FromPath[str]) -> dict[str, object]:
    """``{"login", "role"}``: make an account a member or admin of the organisation."""
    return await _grant_route(request, org_id, ORG_ROLES)


@delete(
    "/organisations/{org_id:str}/memberships/{membership_id:int}",
    guards=[_org_admin],
    status_code=204,
)
async def organisation_remove(
    request: _Req, org_id: FromPath[str], membership_id: FromPath[int]
) -> None:
    who = await principal(request)
    await anyio.to_thread.run_sync(
        _remove, area_of(request), membership_id, "organisation", org_id, who.actor
    )


@get("/centres/{centre_id:str}/members", guards=[_centre_member])
async def centre_members(request: _Req, centre_id: FromPath[str]) -> list[dict[str, object]]:
    """The members and admins of a certification centre."""
    return await anyio.to_thread.run_sync(_members, area_of(request), "centre", centre_id)


@post("/centres/{centre_id:str}/memberships", guards=[_centre_admin], status_code=HTTP_201_CREATED)
async def centre_grant(request: _Req, centre_id: FromPath[str]) -> dict[str, object]:
    """``{"login", "role"}``: make an account a member or admin of the centre."""
    return await _grant_route(request, centre_id, CENTRE_ROLES)


@delete(
    "/centres/{centre_id:str}/memberships/{membership_id:int}",
    guards=[_centre_admin],
    status_code=204,
)
async def centre_remove(
    request: _Req, centre_id: FromPath[str], membership_id: FromPath[int]
) -> None:
    who = await principal(request)
    await anyio.to_thread.run_sync(
        _remove, area_of(request), membership_id, "centre", centre_id, who.actor
    )


_authority = requires("authority_admin")


@post("/admin/memberships", guards=[_authority], status_code=HTTP_201_CREATED)
async def admin_grant(request: _Req) -> dict[str, object]:
    """``{"login", "role", "scope"?}``: any role, with its scope id when it has one."""
    who = await principal(request)
    body = await _json_body(request)
    role = text_field(body, "role", limit=32)
    scope = text_field(body, "scope", limit=64, required=False)
    return await anyio.to_thread.run_sync(
        functools.partial(
            grant_by_login,
            area_of(request),
            text_field(body, "login", limit=254),
            role,
            scope,
            tuple(SCOPES),
            who.actor,
        )
    )


@delete("/admin/memberships/{membership_id:int}", guards=[_authority], status_code=204)
async def admin_remove(request: _Req, membership_id: FromPath[int]) -> None:
    who = await principal(request)
    await anyio.to_thread.run_sync(_remove, area_of(request), membership_id, "", "", who.actor)


router = Router(
    path="/api",
    route_handlers=[
        organisation_members,
        organisation_grant,
        organisation_remove,
        centre_members,
        centre_grant,
        centre_remove,
        admin_grant,
        admin_remove,
    ],
    tags=["roles"],
)
