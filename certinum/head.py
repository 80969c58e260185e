"""HEAD on a download: the GET handler's answer, headers only.

Litestar answers HEAD only for handlers declared for it, and sends what the handler returns;
a download route declared for GET and HEAD (:data:`GET_AND_HEAD`) with the middleware
:func:`head_without_body` runs its GET work for a HEAD request and sends its status and
headers (``Content-Length``, ``Content-Type``, ``Content-Disposition``, ``Location``…) with an
empty body (RFC 9110 §9.3.2).
"""

from __future__ import annotations

from typing import Final

from litestar.enums import HttpMethod
from litestar.types import ASGIApp, Message, Receive, Scope, Send

GET_AND_HEAD: Final = [HttpMethod.GET, HttpMethod.HEAD]


def head_without_body(app: ASGIApp) -> ASGIApp:
    """The middleware: for a HEAD request, every body message of ``app`` is sent empty."""

    async def middleware(scope: Scope, receive: Receive, send: Send) -> None:
        if scope.get("method") != "HEAD":
            await app(scope, receive, send)
            return

        async def headers_only(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await app(scope, receive, headers_only)

    return middleware
