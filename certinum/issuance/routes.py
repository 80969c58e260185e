"""Issuance routes: VC API issue (as the service or an instance), update status, status lists."""

from __future__ import annotations

import functools
import hashlib
import json
import re
from typing import Any

import anyio
from litestar import Request, Response, Router, get, head, post
from litestar.datastructures import State
from litestar.params import FromPath
from litestar.status_codes import HTTP_201_CREATED

from certinum.accounts.auth import bearer, require_role
from certinum.errors import StatusChangeRefused
from certinum.http import JSON_LD, _json_body, _problem, runtime_of, unreadable
from certinum.issuance.revocation import notify_revocation, revocation_reason
from certinum.issuance.service import issue
from certinum.issuance.status import update_status
from certinum.issuance.statuslists import signed_list
from certinum.issuance.statusrequests import PURPOSES

STATUS_UPDATE_REASON = "status update through the VC API"


async def _issue(request: Request[Any, Any, State], state: State, instance: str) -> Response[Any]:
    token = bearer(request)
    runtime = runtime_of(state)
    body = await _json_body(request)
    holder = await require_role(token, runtime, "issuer")
    credential = body.get("credential")
    if not isinstance(credential, dict):
        raise unreadable('the body must be {"credential": {...}, "options": {...}}')
    options = body.get("options", {})
    if not isinstance(options, dict):
        raise unreadable("options must be an object")
    signed = await anyio.to_thread.run_sync(
        functools.partial(
            issue,
            runtime,
            credential,
            options=options,
            actor=holder.actor,
            audit_details={"tokenLabel": holder.label},
            instance=instance,
        )
    )
    return Response({"verifiableCredential": signed}, status_code=HTTP_201_CREATED)


@post("/credentials/issue", status_code=HTTP_201_CREATED)
async def issue_credential(request: Request[Any, Any, State], state: State) -> Response[Any]:
    """VC API §3.2.1 issue: sign a credential with the active issuer key (role ``issuer``)."""
    return await _issue(request, state, "")


@post("/issuers/{name:str}/credentials/issue", status_code=HTTP_201_CREATED)
async def issue_as_instance(
    name: FromPath[str], request: Request[Any, Any, State], state: State
) -> Response[Any]:
    """VC API issue as the did:key issuer instance ``name`` (role ``issuer``; 404 unknown)."""
    return await _issue(request, state, name)


_HEX = re.compile(r"0x[0-9a-fA-F]{1,8}")


def _status_value(entry: dict[str, Any]) -> bool | int | None:
    """An entry's ``status``: a bool (revocation, suspension) or, for a ``message`` entry, the
    hex string of a ``statusMessage`` value (``"0x2"``) or a non-negative integer; None: bad."""
    status = entry.get("status")
    if entry.get("statusPurpose") != "message":
        return status if isinstance(status, bool) else None
    if isinstance(status, str) and _HEX.fullmatch(status):
        return int(status, 16)
    if isinstance(status, int) and not isinstance(status, bool) and status >= 0:
        return status
    return None


def _status_changes(body: dict[str, Any]) -> tuple[str, list[tuple[str, bool | int]], str]:
    credential_id = body.get("credentialId")
    entries = body.get("credentialStatus")
    reason = body.get("reason", STATUS_UPDATE_REASON)
    shape = (
        'the body must be {"credentialId": "...", "credentialStatus": [{"type":'
        ' "BitstringStatusListEntry", "status": true|false, "statusPurpose": "revocation"|'
        '"suspension"} or {..., "status": "0x…", "statusPurpose": "message"}]}'
    )
    if not isinstance(credential_id, str) or not credential_id or not isinstance(entries, list):
        raise unreadable(shape)
    if not entries or not isinstance(reason, str) or len(reason) > 2000:
        raise unreadable(shape + "; reason, when given, a string of at most 2000 characters")
    changes: list[tuple[str, bool | int]] = []
    for entry in entries:
        if (
            not isinstance(entry, dict)
            or entry.get("type", "BitstringStatusListEntry") != "BitstringStatusListEntry"
            or not isinstance(entry.get("statusPurpose"), str)
        ):
            raise unreadable(shape)
        value = _status_value(entry)
        if value is None:
            raise unreadable(shape)
        changes.append((entry["statusPurpose"], value))
    for purpose, value in changes:  # refuse before changing anything
        if purpose not in PURPOSES:
            raise StatusChangeRefused(
                "unknown-purpose", f"statusPurpose must be one of {', '.join(PURPOSES)}"
            )
        if purpose == "revocation" and not value:
            raise StatusChangeRefused("revocation-final", "a revoked credential stays revoked")
        if purpose == "revocation":
            reason = revocation_reason(reason)
    return credential_id, changes, reason


@post("/credentials/status", status_code=200)
async def update_credential_status(
    request: Request[Any, Any, State], state: State
) -> dict[str, Any]:
    """VC API "Update Status" (role ``admin``): revoke, suspend, un-suspend, set a message.

    Each entry of ``credentialStatus`` sets (``status: true``) or clears one purpose's bit,
    or sets a message entry's value (``status: "0x2"``); revocation is final. An optional
    ``reason`` goes to the audit log with the token; a revocation's, when given, is not
    blank (422 ``reason-required``), and the certificate's holder is told
    (:func:`certinum.issuance.revocation.notify_revocation`: ``holderNotice``).
    """
    token = bearer(request)
    runtime = runtime_of(state)
    body = await _json_body(request)
    holder = await require_role(token, runtime, "admin")
    credential_id, changes, reason = _status_changes(body)
    results = []
    for purpose, value in changes:
        changed = await anyio.to_thread.run_sync(
            functools.partial(
                update_status,
                runtime,
                credential_id,
                purpose=purpose,
                value=value,
                actor=holder.actor,
                reason=reason,
            )
        )
        shown = hex(value) if purpose == "message" else value
        results.append({"statusPurpose": purpose, "status": shown, "changed": changed})
        if changed and purpose == "revocation":
            mailer, at = request.app.state.accounts.mailer, runtime.clock()
            tell = functools.partial(
                notify_revocation, runtime, mailer, credential_id, reason=reason, at=at
            )
            results[-1]["holderNotice"] = await anyio.to_thread.run_sync(tell)
    return {"credentialId": credential_id, "credentialStatus": results}


#: How long a verifier may reuse a status list without asking again: a revocation shows
#: everywhere within this many seconds (the page and the API of this service read it live).
STATUS_LIST_MAX_AGE = 300


def _status_response(list_id: str, state: State, request: Request[Any, Any, Any]) -> Response[Any]:
    doc = signed_list(runtime_of(state), list_id)
    if doc is None:
        raise _problem(404, "unknown-status-list", "Not found", "no status list has this id")
    tag = '"' + hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest()[:32] + '"'
    headers = {"Cache-Control": f"public, max-age={STATUS_LIST_MAX_AGE}", "ETag": tag}
    if tag in {t.strip() for t in request.headers.get("if-none-match", "").split(",")}:
        return Response(content=b"", status_code=304, headers=headers)
    return Response(content=doc, media_type=JSON_LD, headers=headers)


@get("/status/{list_id:str}", media_type=JSON_LD, sync_to_thread=True)
def status_list(
    list_id: FromPath[str], state: State, request: Request[Any, Any, Any]
) -> Response[Any]:
    """A signed BitstringStatusListCredential, as stored when its bits last changed, with
    caching headers: ``Cache-Control`` (public, :data:`STATUS_LIST_MAX_AGE`) and an ``ETag``
    (the SHA-256 of the signed document), so a client that has it gets 304; an unknown list
    is the problem 404 ``unknown-status-list``."""
    return _status_response(list_id, state, request)


@head("/status/{list_id:str}", media_type=JSON_LD, sync_to_thread=True)
def status_list_head(
    list_id: FromPath[str], state: State, request: Request[Any, Any, Any]
) -> Response[None]:
    """The headers of ``GET /status/{id}`` (its ``ETag`` and caching), without the body."""
    answer = _status_response(list_id, state, request)
    return Response(None, status_code=answer.status_code, headers=dict(answer.headers),
                    media_type=JSON_LD)  # fmt: skip


router = Router(
    path="/",
    route_handlers=[
        issue_credential,
        issue_as_instance,
        update_credential_status,
        status_list,
        status_list_head,
    ],
)
