"""Every route of the app, tried by every role: the access table.

:data:`ACCESS` maps each route (method and path, as the app lists them) to the principals
allowed through. Each principal calls each route; a principal not in the entry must get 401
or 403 (anonymous: 401), one in it must get neither (a 400 for the empty body or a 404 for a
made-up id is fine: it got past the door). The table is checked against the app's route
list both ways, so a route added without an entry fails here: extend the table with it.
"""

from __future__ import annotations

import itertools
from typing import Any

from accounts_helpers import add_account, client_for, session_headers
from litestar.routes import HTTPRoute
from litestar.testing import TestClient

from certinum.accounts.area import AccountsArea
from certinum.accounts.service import create

ANONYMOUS = "anonymous"
CANDIDATE = "candidate"
ORG_MEMBER_A = "organisation_member of A"
ORG_ADMIN_A = "organisation_admin of A"
ORG_ADMIN_B = "organisation_admin of B"
CENTRE_MEMBER = "centre_member of C"
CENTRE_ADMIN = "centre_admin of C"
CENTRE_ADMIN_D = "centre_admin of D"
INVIGILATOR = "invigilator of S"
AUTHORITY_ADMIN = "authority_admin"
JURY = "jury"
TOKEN_ISSUER = "API token issuer"
TOKEN_ADMIN = "API token admin"

MEMBERSHIPS: dict[str, tuple[str, str]] = {
    CANDIDATE: ("candidate", ""),
    ORG_MEMBER_A: ("organisation_member", "A"),
    ORG_ADMIN_A: ("organisation_admin", "A"),
    ORG_ADMIN_B: ("organisation_admin", "B"),
    CENTRE_MEMBER: ("centre_member", "C"),
    CENTRE_ADMIN: ("centre_admin", "C"),
    CENTRE_ADMIN_D: ("centre_admin", "D"),
    INVIGILATOR: ("invigilator", "S"),
    AUTHORITY_ADMIN: ("authority_admin", ""),
    JURY: ("jury", ""),
}
TOKENS = {TOKEN_ISSUER: "issuer", TOKEN_ADMIN: "admin"}
PRINCIPALS = (ANONYMOUS, *MEMBERSHIPS, *TOKENS)
EVERYONE = frozenset(PRINCIPALS)
PEOPLE = frozenset(MEMBERSHIPS)  # any logged-in account

# The values path parameters take: the organisation is A, the centre C.
PATH_VALUES = {
    "org_id": "A",
    "centre_id": "C",
    "membership_id": "999999",
    "name": "no-such-instance",
    "list_id": "no-such-list",
    "code": "P-BBBBBBBB",
    "path": "no-such-file",
    "file_path": "site.css",
    "attempt_id": "999999",
    "campaign_id": "999999",
    "ref": "m1",
    "session_id": "999999",
    "kind": "csv",
    "enrolment_id": "999999",
    "test_id": "999999",
    "class_id": "999999",
    "entry_id": "999999",
    "token": "no-such-token",
    "tail": "no-such-path",
    "offer_id": "999999",
}

ACCESS: dict[tuple[str, str], frozenset[str]] = {
    # the credential core (VC API, status lists, public verification, DID document)
    ("GET", "/.well-known/did.json"): EVERYONE,
    ("POST", "/credentials/issue"): frozenset({TOKEN_ISSUER}),
    ("POST", "/issuers/{name}/credentials/issue"): frozenset({TOKEN_ISSUER}),
    ("POST", "/credentials/status"): frozenset({TOKEN_ADMIN}),
    ("GET", "/status/{list_id}"): EVERYONE,
    ("POST", "/credentials/verify"): EVERYONE,
    ("POST", "/presentations/verify"): EVERYONE,
    ("GET", "/verify"): EVERYONE,
    ("GET", "/verify/{code}"): EVERYONE,
    ("POST", "/verify"): EVERYONE,
    ("GET", "/verify/bulk"): EVERYONE,
    ("POST", "/verify/bulk"): EVERYONE,
    ("GET", "/api/certificates/{code}"): EVERYONE,
    ("POST", "/api/certificates/bulk"): EVERYONE,
    ("POST", "/api/certificates/verify-file"): EVERYONE,
    ("GET", "/verify/{code}/certificate.pdf"): EVERYONE,
    ("GET", "/verify/{code}/credential.json"): EVERYONE,
    ("GET", "/verify/{code}/presentation.json"): EVERYONE,
    ("GET", "/verify/{code}/badge.png"): EVERYONE,
    ("GET", "/verify/{code}/badge.svg"): EVERYONE,
    ("GET", "/verify/{code}/linkedin"): EVERYONE,
    ("GET", "/health"): EVERYONE,
    # the pages' layout: home page and static files
    ("GET", "/"): EVERYONE,
    ("GET", "/static/{file_path}"): EVERYONE,
    # one's own account
    ("POST", "/api/accounts"): EVERYONE,
    ("POST", "/api/session"): EVERYONE,
    ("DELETE", "/api/session"): PEOPLE,
    ("GET", "/api/me"): PEOPLE,
    ("POST", "/api/me/password"): PEOPLE,
    ("POST", "/api/password-reset"): EVERYONE,
    ("POST", "/api/password-reset/confirm"): EVERYONE,
    ("GET", "/api/me/data"): PEOPLE,
    ("POST", "/api/me/erasure"): PEOPLE,
    # roles: an organisation's or centre's own people, and the issuing authority
    ("GET", "/api/organisations/{org_id}/members"): frozenset(
        {ORG_MEMBER_A, ORG_ADMIN_A, AUTHORITY_ADMIN}
    ),
    ("POST", "/api/organisations/{org_id}/memberships"): frozenset({ORG_ADMIN_A, AUTHORITY_ADMIN}),
    ("DELETE", "/api/organisations/{org_id}/memberships/{membership_id}"): frozenset(
        {ORG_ADMIN_A, AUTHORITY_ADMIN}
    ),
    ("GET", "/api/centres/{centre_id}/members"): frozenset(
        {CENTRE_MEMBER, CENTRE_ADMIN, AUTHORITY_ADMIN}
    ),
    ("POST", "/api/centres/{centre_id}/memberships"): frozenset({CENTRE_ADMIN, AUTHORITY_ADMIN}),
    ("DELETE", "/api/centres/{centre_id}/memberships/{membership_id}"): frozenset(
        {CENTRE_ADMIN, AUTHORITY_ADMIN}
    ),
    ("POST", "/api/admin/memberships"): frozenset({AUTHORITY_ADMIN}),
    ("DELETE", "/api/admin/memberships/{membership_id}"): frozenset({AUTHORITY_ADMIN}),
    ("GET", "/api/admin/outbox"): frozenset({AUTHORITY_ADMIN}),
    ("GET", "/admin/outbox"): frozenset({AUTHORITY_ADMIN}),
    ("GET", "/admin/outbox/{name}"): frozenset({AUTHORITY_ADMIN}),
    ("GET", "/api/trust/issuers"): frozenset({AUTHORITY_ADMIN}),
    ("POST", "/api/trust/issuers"): frozenset({AUTHORITY_ADMIN}),
    ("DELETE", "/api/trust/issuers/{entry_id}"): frozenset({AUTHORITY_ADMIN}),
    ("GET", "/admin/trust"): frozenset({AUTHORITY_ADMIN}),
    ("POST", "/admin/trust"): frozenset({AUTHORITY_ADMIN}),
    ("POST", "/admin/trust/{entry_id}/remove"): frozenset({AUTHORITY_ADMIN}),
    # candidates: account pages, positioning API and pages (an unknown attempt is a 404)
    ("GET", "/login"): EVERYONE,
    ("POST", "/login"): EVERYONE,
    ("GET", "/signup"): EVERYONE,
    ("POST", "/signup"): EVERYONE,
    ("POST", "/logout"): PEOPLE,
    ("GET", "/account/password"): PEOPLE,
    ("POST", "/account/password"): PEOPLE,
    ("GET", "/account"): PEOPLE,
    ("GET", "/account/data"): PEOPLE,
    ("POST", "/account/erasure"): PEOPLE,
    ("GET", "/password-reset"): EVERYONE,
    ("POST", "/password-reset"): EVERYONE,
    ("GET", "/password-reset/{token}"): EVERYONE,
    ("POST", "/password-reset/{token}"): EVERYONE,
    ("POST", "/api/positioning/attempts"): frozenset({CANDIDATE}),
    ("GET", "/api/positioning/attempts/{attempt_id}/question"): frozenset({CANDIDATE}),
    ("POST", "/api/positioning/attempts/{attempt_id}/answers"): frozenset({CANDIDATE}),
    ("GET", "/api/positioning/attempts/{attempt_id}/material/{ref}"): frozenset({CANDIDATE}),
    ("GET", "/api/positioning/profile"): frozenset({CANDIDATE}),
    ("GET", "/candidate"): frozenset({CANDIDATE}),
    ("POST", "/candidate/attempts"): frozenset({CANDIDATE}),
    ("GET", "/candidate/attempts/{attempt_id}"): frozenset({CANDIDATE}),
    ("POST", "/candidate/attempts/{attempt_id}/answers"): frozenset({CANDIDATE}),
    ("GET", "/candidate/attempts/{attempt_id}/material/{ref}"): frozenset({CANDIDATE}),
    # schools: the authority creates organisations; an organisation's admins (of A only, not
    # B's) its imports, pupils, campaigns and results; a pupil (candidate) joins a campaign
    ("POST", "/api/organisations"): frozenset({AUTHORITY_ADMIN}),
    **{
        (method, "/api/organisations/{org_id}" + tail): frozenset({ORG_ADMIN_A})
        for method, tail in (
            ("POST", "/imports"),
            ("GET", "/pupils"),
            ("POST", "/campaigns"),
            ("GET", "/campaigns"),
            ("GET", "/campaigns/{campaign_id}/results"),
            ("GET", "/campaigns/{campaign_id}/results.csv"),
            ("POST", "/slips"),
        )
    },
    ("POST", "/api/campaigns/join"): frozenset({CANDIDATE}),
    # school pages: the same doors as the API (an admin of A only for A's pages; /schools
    # leads any organisation admin to their school), and the pupil's campaign page
    ("GET", "/schools"): frozenset({ORG_ADMIN_A, ORG_ADMIN_B}),
    **{
        (method, "/schools/{org_id}" + tail): frozenset({ORG_ADMIN_A})
        for method, tail in (
            ("GET", ""),
            ("GET", "/pupils"),
            ("GET", "/import"),
            ("POST", "/import"),
            ("GET", "/campaigns"),
            ("POST", "/campaigns"),
            ("GET", "/campaigns/{campaign_id}"),
            ("POST", "/slips"),
        )
    },
    ("GET", "/campaigns"): frozenset({CANDIDATE}),
    ("POST", "/campaigns"): frozenset({CANDIDATE}),
    # certification centres: the authority creates centres; a centre's staff (of C only, not
    # D's) its sessions, enrolments and attendance sheets (an unknown session is a 404)
    ("POST", "/api/centres"): frozenset({AUTHORITY_ADMIN}),
    ("GET", "/api/enrolment-templates/{kind}"): frozenset(
        {CENTRE_MEMBER, CENTRE_ADMIN, CENTRE_ADMIN_D}
    ),
    ("GET", "/centres"): PEOPLE,
    **{
        (method, prefix + "/centres/{centre_id}" + tail): frozenset({CENTRE_MEMBER, CENTRE_ADMIN})
        for prefix, routes in (
            (
                "/api",
                (
                    ("GET", "/sessions"),
                    ("POST", "/sessions"),
                    ("GET", "/sessions/{session_id}"),
                    ("PATCH", "/sessions/{session_id}"),
                    ("POST", "/sessions/{session_id}/invigilator-password"),
                    ("POST", "/sessions/{session_id}/enrolments"),
                    ("POST", "/sessions/{session_id}/enrolments/import"),
                    ("PATCH", "/sessions/{session_id}/enrolments/{enrolment_id}"),
                    ("GET", "/sessions/{session_id}/attendance.pdf"),
                ),
            ),
            (
                "",
                (
                    ("GET", ""),
                    ("POST", "/sessions"),
                    ("GET", "/sessions/{session_id}"),
                    ("POST", "/sessions/{session_id}"),
                    ("POST", "/sessions/{session_id}/invigilator-password"),
                    ("POST", "/sessions/{session_id}/enrolments"),
                    ("POST", "/sessions/{session_id}/enrolments/import"),
                ),
            ),
        )
        for method, tail in routes
    },
    # after the session: the centre's staff (of C) finalise; the jury (or the authority's
    # admins) review and publish; a candidate sees their results, a school's admins (of A)
    # their pupils' (an unknown session is a 404)
    **{
        (method, prefix + "/centres/{centre_id}/sessions/{session_id}/finalisation"): frozenset(
            {CENTRE_MEMBER, CENTRE_ADMIN}
        )
        for prefix, method in (("/api", "POST"), ("", "GET"), ("", "POST"))
    },
    **{
        (method, path): frozenset({JURY, AUTHORITY_ADMIN})
        for method, path in (
            ("GET", "/api/jury/sessions"),
            ("GET", "/api/jury/sessions/{session_id}"),
            ("POST", "/api/jury/sessions/{session_id}/candidates/{enrolment_id}/neutralisations"),
            ("POST", "/api/jury/sessions/{session_id}/candidates/{enrolment_id}/cancellation"),
            ("PUT", "/api/jury/sessions/{session_id}/candidates/{enrolment_id}/comments"),
            ("POST", "/api/jury/sessions/{session_id}/publication"),
            ("GET", "/jury"),
            ("GET", "/jury/sessions/{session_id}"),
            ("POST", "/jury/sessions/{session_id}/candidates/{enrolment_id}/neutralise"),
            ("POST", "/jury/sessions/{session_id}/candidates/{enrolment_id}/cancel"),
            ("POST", "/jury/sessions/{session_id}/candidates/{enrolment_id}/comments"),
            ("POST", "/jury/sessions/{session_id}/publish"),
        )
    },
    # the progress of a session's issuance job: the jury and the authority's admins
    ("GET", "/api/issuance/sessions/{session_id}"): frozenset({JURY, AUTHORITY_ADMIN}),
    ("GET", "/api/me/certifications"): frozenset({CANDIDATE}),
    ("GET", "/candidate/certifications"): frozenset({CANDIDATE}),
    ("GET", "/api/organisations/{org_id}/certifications"): frozenset({ORG_ADMIN_A}),
    ("GET", "/api/organisations/{org_id}/certifications/{session_id}/results.csv"): frozenset(
        {ORG_ADMIN_A}
    ),
    ("GET", "/schools/{org_id}/certifications"): frozenset({ORG_ADMIN_A}),
    # certificates: a candidate's own; a school's admins (of A) their pupils' by class; a
    # centre's staff (of C) a session's ZIP; the jury (or the authority's admins) revoke
    ("GET", "/api/me/certificates"): frozenset({CANDIDATE}),
    ("GET", "/candidate/certificates"): frozenset({CANDIDATE}),
    ("GET", "/api/organisations/{org_id}/certificates"): frozenset({ORG_ADMIN_A}),
    ("GET", "/api/organisations/{org_id}/classes/{class_id}/certificates.zip"): frozenset(
        {ORG_ADMIN_A}
    ),
    ("GET", "/schools/{org_id}/certificates"): frozenset({ORG_ADMIN_A}),
    ("GET", "/api/centres/{centre_id}/sessions/{session_id}/certificates.zip"): frozenset(
        {CENTRE_MEMBER, CENTRE_ADMIN}
    ),
    **{
        (method, path): frozenset({JURY, AUTHORITY_ADMIN})
        for method, path in (
            ("GET", "/api/jury/sessions/{session_id}/certificates"),
            ("POST", "/api/certificates/{code}/revocation"),
            ("GET", "/jury/sessions/{session_id}/certificates"),
            ("GET", "/jury/certificates/{code}"),
            ("POST", "/jury/certificates/{code}/revocation"),
            ("POST", "/jury/sessions/{session_id}/certificates/retry"),
        )
    },
    # during a session: a candidate checks in, waits and takes the test (their own only: 404
    # otherwise); the invigilator logs in with the session's password, and every other
    # invigilation route needs the invigilator cookie of that session (no role opens it: 401)
    **{
        (method, path): frozenset({CANDIDATE})
        for method, path in (
            ("POST", "/api/certification/check-in"),
            ("GET", "/api/certification/enrolments/{enrolment_id}"),
            ("POST", "/api/certification/enrolments/{enrolment_id}/test"),
            ("GET", "/api/certification/tests/{test_id}/question"),
            ("POST", "/api/certification/tests/{test_id}/answers"),
            ("POST", "/api/certification/tests/{test_id}/problems"),
            ("GET", "/certification"),
            ("POST", "/certification/check-in"),
            ("GET", "/certification/enrolments/{enrolment_id}"),
            ("POST", "/certification/enrolments/{enrolment_id}/test"),
            ("GET", "/certification/tests/{test_id}"),
            ("POST", "/certification/tests/{test_id}/answers"),
            ("POST", "/certification/tests/{test_id}/problems"),
            ("GET", "/certification/tests/{test_id}/material/{ref}"),
        )
    },
    ("GET", "/invigilation"): EVERYONE,
    ("POST", "/invigilation"): EVERYONE,
    **{
        (method, "/invigilation/{session_id}" + tail): frozenset()
        for method, tail in (
            ("GET", ""),
            ("GET", "/status"),
            ("POST", "/authorise"),
            ("POST", "/end"),
            ("POST", "/incidents"),
            ("POST", "/release"),
        )
    },
    # the invigilator's JSON API: the same doors (the login is open to anyone; the rest needs
    # the invigilator cookie of that session, which no role opens: 401)
    ("POST", "/api/invigilation/sessions/{session_id}/login"): EVERYONE,
    **{
        (method, "/api/invigilation/sessions/{session_id}" + tail): frozenset()
        for method, tail in (
            ("GET", "/status"),
            ("POST", "/authorise"),
            ("POST", "/end"),
            ("POST", "/incidents"),
            ("POST", "/release"),
        )
    },
    # OpenID4VCI: metadata, offers, token and nonce are public (the pre-authorized code is the
    # key); the credential endpoint opens only with an access token from the token endpoint;
    # a candidate makes an offer of their own certificate
    ("GET", "/.well-known/openid-credential-issuer"): EVERYONE,
    ("GET", "/.well-known/oauth-authorization-server"): EVERYONE,
    ("GET", "/.well-known/openid-credential-issuer/{tail}"): EVERYONE,
    ("GET", "/.well-known/oauth-authorization-server/{tail}"): EVERYONE,
    ("GET", "/oid4vci/offers/{code}"): EVERYONE,
    ("POST", "/oid4vci/token"): EVERYONE,
    ("POST", "/oid4vci/nonce"): EVERYONE,
    ("POST", "/oid4vci/credential"): frozenset(),
    ("GET", "/candidate/certificates/{code}/wallet-offer"): frozenset({CANDIDATE}),
    ("POST", "/candidate/certificates/{code}/wallet-offer"): frozenset({CANDIDATE}),
    ("GET", "/wallet-offer/{offer_id}"): frozenset({CANDIDATE}),
    # the OpenAPI description and its viewers
    **{
        ("GET", path): EVERYONE
        for path in (
            "/schema",
            "/schema/openapi.json",
            "/schema/openapi.yaml",
            "/schema/openapi.yml",
            "/schema/swagger",
            "/schema/elements",
            "/schema/redoc",
            "/schema/rapidoc",
            "/schema/oauth2-redirect.html",
            "/schema/{path}",
        )
    },
}


def app_routes(client: TestClient[Any]) -> set[tuple[str, str]]:
    """(method, path) of every route the app serves (OPTIONS and HEAD are Litestar's own)."""
    return {
        (method, route.path_format)
        for route in client.app.routes
        if isinstance(route, HTTPRoute)
        for method in route.methods
        if method not in ("OPTIONS", "HEAD")
    }


def test_every_route_has_an_entry(area: AccountsArea) -> None:
    with client_for(area) as client:
        routes = app_routes(client)
    assert sorted(routes - ACCESS.keys()) == [], "routes without an entry in ACCESS"
    assert sorted(ACCESS.keys() - routes) == [], "entries of ACCESS that are no route"


def _call(
    client: TestClient[Any], area: AccountsArea, tokens: dict[str, str], who: str, n: int,
    method: str, path: str,
) -> int:  # fmt: skip
    headers: dict[str, str] = {}
    client.cookies.clear()
    if who in TOKENS:
        headers["Authorization"] = f"Bearer {tokens[who]}"
    elif who in MEMBERSHIPS:
        # A fresh account each call: a route may log out, change the password or erase.
        account = add_account(area, f"user{n}", MEMBERSHIPS[who])
        cookies, csrf = session_headers(area, account)
        client.cookies.update(cookies)
        headers.update(csrf)
    url = path.format(**PATH_VALUES)
    body = {"json": {}} if method in ("POST", "PUT", "PATCH") else {}
    return client.request(method, url, headers=headers, **body).status_code  # type: ignore[arg-type]


def test_every_role_on_every_route(area: AccountsArea) -> None:
    tokens = {who: create(area.runtime, role=role, label=who, actor="test")
              for who, role in TOKENS.items()}  # fmt: skip
    counter = itertools.count()
    wrong: list[str] = []
    with client_for(area) as client:
        for (method, path), allowed in sorted(ACCESS.items()):
            for who in PRINCIPALS:
                status = _call(client, area, tokens, who, next(counter), method, path)
                if who in allowed:
                    ok = status not in (401, 403) and status < 500
                else:
                    ok = status == 401 if who == ANONYMOUS else status in (401, 403)
                if not ok:
                    wrong.append(f"{method} {path} as {who}: {status}")
    assert wrong == []
