"""Issuer-key routes: the did:web document."""

from __future__ import annotations

from typing import Any

from litestar import Router, get
from litestar.datastructures import State

from certinum.http import runtime_of


@get("/.well-known/did.json", media_type="application/did+json", sync_to_thread=False)
def did_document(state: State) -> dict[str, Any]:
    """The service's did:web document: the active key and every retired key still valid."""
    return runtime_of(state).did_document()


router = Router(path="/", route_handlers=[did_document])
