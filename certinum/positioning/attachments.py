"""Serving an attachment of the question being asked, to its candidate only.

An attachment is reached by the attempt and its reference (``m1``, ``m2``…) in the item being
asked: another candidate's attempt, a finished attempt, a question already answered or a
reference the item lacks are all :class:`UnknownAttempt` (404, the same answer for each, so
nothing tells them apart). The response never names the bank's file nor the item.

HTML and SVG are served with a sandboxing ``Content-Security-Policy`` (no script runs, nothing
is loaded but inline styles and ``data:`` images), every file with ``nosniff``, and what the
page does not show inline (ODS, ODT, ZIP, EML, CSV, TXT) as a download under the reference's
name.
"""

from __future__ import annotations

from litestar import Response

from assessment.bank import Material, UnknownChallengeError
from certinum.db import transaction
from certinum.errors import UnknownAttempt
from certinum.positioning import statements as sql
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.material import (
    FRAMED,
    IMAGES,
    SANDBOX_POLICY,
    SANDBOXED,
    download_name,
    file_bytes,
)
from certinum.positioning.tables import OPEN
from certinum.positioning.views import check_locale
from certinum.runtime import Runtime

NOT_ASKED = "no such attachment in the question being asked"


def current_material(
    runtime: Runtime,
    candidate_id: str,
    attempt_id: int,
    ref: str,
    *,
    locale: str = "fr",
    catalogue: Catalogue | None = None,
) -> tuple[Material, bytes]:
    """The attachment ``ref`` of the question being asked in the candidate's attempt, and its
    content in ``locale`` (one query, the file cached)."""
    check_locale(locale)
    cat = catalogue or default_catalogue()
    with transaction(runtime.sessions) as session:
        found = session.execute(
            sql.QUESTION_PAGE, {"p_attempt": attempt_id, "p_candidate": candidate_id}
        ).first()
    if found is None or found.state != OPEN or found.q_item_id is None:
        raise UnknownAttempt(NOT_ASKED)
    try:
        attachment = cat.bank.material(found.q_item_id, ref, locale)
    except UnknownChallengeError:
        raise UnknownAttempt(NOT_ASKED) from None
    return attachment, file_bytes(attachment.path(locale))


def material_response(ref: str, attachment: Material, data: bytes) -> Response[bytes]:
    """The file with its media type and the headers that keep it inert."""
    media_type = attachment.media_type
    if media_type.startswith("text/") or media_type in ("image/svg+xml", "message/rfc822"):
        media_type += "; charset=utf-8"
    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store"}
    if attachment.media_type in SANDBOXED:
        headers["Content-Security-Policy"] = SANDBOX_POLICY
    if attachment.media_type not in FRAMED | IMAGES:
        name = download_name(ref, attachment.media_type)
        headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return Response(data, media_type=media_type, headers=headers)
