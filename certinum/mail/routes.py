"""The outbox, listed for the issuing authority's admins (when no SMTP server is set): JSON
here, pages in :mod:`certinum.mail.pages`."""

from __future__ import annotations

from typing import Any

import anyio
from litestar import Request, Router, get

from certinum.accounts.guard import area_of, requires
from certinum.mail.outbox import list_outbox
from certinum.mail.pages import router as pages_router


@get("/admin/outbox", guards=[requires("authority_admin")])
async def outbox(request: Request[Any, Any, Any]) -> dict[str, Any]:
    """The messages kept in the outbox folder, newest first (empty when mail goes by SMTP)."""
    folder = area_of(request).runtime.settings.data_dir / "outbox"
    return {"messages": await anyio.to_thread.run_sync(list_outbox, folder)}


api_router = Router(path="/api", route_handlers=[outbox], tags=["mail"])
#: The JSON route and the pages (registered in the app as one router).
router = Router(path="/", route_handlers=[api_router, pages_router])
