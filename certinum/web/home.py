"""The home page, ``GET /``, and the static files of the pages, under ``/static``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from litestar import Request, Router, get
from litestar.response import Template
from litestar.static_files import create_static_files_router

from certinum.web.templating import page

STATIC_DIR = Path(__file__).resolve().parent / "static"


@get("/", sync_to_thread=False, include_in_schema=False)
def home(request: Request[Any, Any, Any]) -> Template:
    """What Certinum is, and the way in for candidates, schools, centres and employers."""
    return page(request, "home.html")


router = Router(path="/", route_handlers=[home])
static_router = create_static_files_router(
    path="/static", directories=[STATIC_DIR], include_in_schema=False
)
