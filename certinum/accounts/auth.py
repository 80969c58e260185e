"""Bearer-token authentication for the areas' routes."""

from __future__ import annotations

from typing import Any

import anyio
from litestar import Request
from litestar.plugins.problem_details import ProblemDetailsException

from certinum.accounts.service import token_info
from certinum.accounts.tokens import TokenInfo
from certinum.http import PROBLEM_BASE, _problem
from certinum.runtime import Runtime


def bearer(request: Request[Any, Any, Any]) -> str:
    """The token of ``Authorization: Bearer <token>``; 401 without one."""
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise ProblemDetailsException(
            status_code=401,
            type_=PROBLEM_BASE + "unauthenticated",
            title="Authentication required",
            detail="send an API token as 'Authorization: Bearer <token>'",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return token.strip()


async def require_role(token: str, runtime: Runtime, role: str) -> TokenInfo:
    """The token's record when it is valid and of ``role``; 403 otherwise."""
    info = await anyio.to_thread.run_sync(token_info, runtime, token)
    if info is None or info.role != role:
        raise _problem(
            403, "forbidden", "Forbidden", f"this endpoint needs a token of role {role!r}"
        )
    return info
