"""Reading a request body within a size bound, so that an oversized client still gets its 413.

Litestar refuses a body over ``request_max_body_size`` by raising as soon as it knows (from
``Content-Length`` or while streaming); the response is then sent while the client is still
uploading, and the server closes the connection with unread bytes in its socket: the client
sees a connection reset, never the 413. Here the rest of an oversized body is read and
discarded (up to :data:`DRAIN_LIMIT`, memory stays flat) before refusing, so an ordinary
client reads the problem details. A body larger still is left unread: the connection closes.
"""

from __future__ import annotations

from typing import Any

from litestar import Request

DRAIN_LIMIT = 64 * 1024 * 1024


class BodyTooLarge(Exception):
    """The body is larger than allowed."""


class ClientGone(Exception):
    """The client disconnected before sending the whole body."""


async def read_body(request: Request[Any, Any, Any], max_bytes: int) -> bytes:
    """The body, at most ``max_bytes``; :class:`BodyTooLarge` after draining the rest."""
    header = request.headers.get("content-length", "")
    announced = int(header) if header.isdigit() else 0
    if announced > DRAIN_LIMIT:  # not worth reading: the connection will close instead
        raise BodyTooLarge(f"the body is limited to {max_bytes // 1024} KiB")
    too_large = announced > max_bytes
    chunks: list[bytes] = []
    received = 0
    while True:
        event = await request.receive()
        if event["type"] == "http.disconnect":
            raise ClientGone("the client disconnected before sending the body")
        if event["type"] != "http.request":
            continue
        chunk = event.get("body", b"")
        received += len(chunk)
        if received > max_bytes:
            too_large = True
        if not too_large:
            chunks.append(chunk)
        if not event.get("more_body", False):
            break
        if too_large and received > DRAIN_LIMIT:
            break
    if too_large:
        raise BodyTooLarge(f"the body is limited to {max_bytes // 1024} KiB")
    return b"".join(chunks)
