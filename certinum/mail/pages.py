"""The outbox pages of the issuing authority's admins: the messages newest first, and one
message (its text shown as text, escaped by the templates)."""

from __future__ import annotations

from email.utils import parsedate_to_datetime
from typing import Any

import anyio
from litestar import Request, Router, get
from litestar.params import FromPath
from litestar.response import Template

from certinum.accounts.forms import message_page, page_principal
from certinum.accounts.guard import area_of
from certinum.mail.outbox import list_outbox, read_outbox
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
ROLE = "authority_admin"
ADMINS_ONLY = N_("This page is for the issuing authority's administrators.")
NO_MESSAGE = N_("This message is not in the outbox.")


def _when(date: str) -> str:
    """``2026-12-02 11:20 UTC`` from a message's Date header (as written when it is odd)."""
    try:
        return parsedate_to_datetime(date).strftime("%Y-%m-%d %H:%M %Z").strip()
    except (TypeError, ValueError):
        return date


async def _admin(request: _Req) -> Template | None:
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    return None if who.has(ROLE) else message_page(request, 403, ADMINS_ONLY)


@get("/admin/outbox", include_in_schema=False)
async def outbox_page(request: _Req) -> Template:
    refused = await _admin(request)
    if refused is not None:
        return refused
    folder = area_of(request).runtime.settings.data_dir / "outbox"
    messages = await anyio.to_thread.run_sync(list_outbox, folder)
    for m in messages:
        m["when"] = _when(m["date"])
    return page(request, "mail/outbox.html", messages=messages)


@get("/admin/outbox/{name:str}", include_in_schema=False)
async def outbox_message_page(request: _Req, name: FromPath[str]) -> Template:
    refused = await _admin(request)
    if refused is not None:
        return refused
    folder = area_of(request).runtime.settings.data_dir / "outbox"
    message = await anyio.to_thread.run_sync(read_outbox, folder, name)
    if message is None:
        return page(request, "mail/message.html", status_code=404, message=None, notice=NO_MESSAGE)
    message["when"] = _when(message["date"])
    return page(request, "mail/message.html", message=message, notice="")


router = Router(path="/", route_handlers=[outbox_page, outbox_message_page], tags=["mail"])
