"""The outbox, listed for the issuing authority's admins (when no SMTP server is set)."""

from __future__ import annotations

from typing import Any

import anyio
from litestar import Request, Router, get

from certinum.accounts.guard import area_of, requires
from certinum.mail.outbox import list_outbox


@get("/admin/outbox", guards=[requires("authority_admin")])
async def outbox(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """The messages kept in the outbox folder, newest first (empty when mail goes by SMTP)."""
    folder = area_of(request).runtime.settings.data_dir / "outbox"
    return {"messages": await anyio.to_thread.run_sync(list_outbox, folder)}


router = Router(path="/api", route_handlers=[outbox], tags=["mail"])
