"""Wallet exports of a certificate, public like the other downloads (the code is the key).

* ``GET /verify/{code}/presentation.json``: the signed credential wrapped in an unsigned
  Verifiable Presentation (``application/vp``; the credential alone is
  ``/verify/{code}/credential.json`` of :mod:`certinum.issuance.downloads`);
* ``GET /verify/{code}/badge.png`` and ``GET /verify/{code}/badge.svg``: the Open Badges 3.0
  baked badge, the image drawn by :mod:`wallet_export.badge_image` in French (``?lang=en``:
  English) carrying the signed credential as stored (:mod:`wallet_export.baking`);
* ``GET /verify/{code}/linkedin``: a 303 redirect to LinkedIn's "add certification" form
  filled from the credential (:func:`wallet_export.linkedin.linkedin_url_for`).

Only a published, certified, unrevoked certificate has them
(:func:`certinum.issuance.certificates.downloadable`); any other code, well-formed or not,
gets the same 404 problem ``unknown-code`` as the PDF and credential downloads. Each is a
look-up of a code, charged against the client's look-up limit as the public page is
(:func:`certinum.verification.lookup_limits.charge_request`: 429 ``too-many-lookups`` over
it). A stored credential lacking what the badge or the LinkedIn link states
(:class:`wallet_export.facts.FactsError`) answers 409 ``incomplete-credential``, not a 500.
Each answers HEAD too (:mod:`certinum.head`).
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from babel.dates import format_date
from litestar import Request, Response, Router, route
from litestar.params import FromPath
from litestar.response import Redirect

from certinum.head import GET_AND_HEAD, head_without_body
from certinum.http import _problem, runtime_of
from certinum.issuance.certificates import downloadable
from certinum.models import IssuedCredential
from certinum.verification.lookup_limits import charge_request
from certinum.web.i18n import N_, translations
from issuer.codes import try_normalize_code
from wallet_export.badge_image import BadgeLabels, badge_png, badge_svg
from wallet_export.baking import bake_png, bake_svg
from wallet_export.facts import FactsError, facts_of
from wallet_export.linkedin import linkedin_url_for
from wallet_export.presentation import VP_MEDIA_TYPE, presentation_of

_Req = Request[Any, Any, Any]
TITLE = N_("Digital competences")
LEVEL_LABEL = N_("Global level")
SCORE = N_("%(score)s pix")


def _found(request: _Req, code: str) -> tuple[IssuedCredential, dict[str, Any]]:
    """The certificate with this code and its credential; the look-up is charged first."""
    charge_request(request)
    normalized = try_normalize_code(code[:40])
    row = downloadable(runtime_of(request.app.state), normalized) if normalized else None
    if row is None:
        raise _problem(404, "unknown-code", "Not found", "no certificate has this code")
    return row, json.loads(row.document)


def _attachment(content: bytes, media_type: str, name: str) -> Response[bytes]:
    return Response(
        content,
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


def incomplete(exc: FactsError) -> Exception:
    """The 409 problem of a stored credential that lacks what an export states."""
    return _problem(
        409, "incomplete-credential", "Incomplete credential",
        f"the certificate's stored credential cannot be exported this way: {exc}",
    )  # fmt: skip


def labels(credential: dict[str, Any], lang: str) -> BadgeLabels:
    """The badge's words in ``lang`` (``en``, else French); 409 when the credential lacks
    one (:func:`incomplete`)."""
    try:
        facts = facts_of(credential)
    except FactsError as exc:
        raise incomplete(exc) from None
    english = lang == "en"
    gettext = translations("en" if english else "fr").gettext
    month = datetime(facts.issued.year, facts.issued.month, 1)
    return BadgeLabels(
        issuer=facts.issuer_name,
        title=gettext(TITLE),
        level_label=gettext(LEVEL_LABEL),
        level=facts.level_en if english else facts.level_fr,
        score=gettext(SCORE) % {"score": facts.score},
        date=format_date(month, "MMMM y", locale="en" if english else "fr"),
        code=facts.code,
    )


@route("/verify/{code:str}/presentation.json", http_method=GET_AND_HEAD, sync_to_thread=True,
       middleware=[head_without_body])  # fmt: skip
def presentation_download(request: _Req, code: FromPath[str]) -> Response[bytes]:
    """The signed credential in an unsigned Verifiable Presentation (``application/vp``)."""
    row, credential = _found(request, code)
    body = json.dumps(presentation_of(credential), ensure_ascii=False).encode("utf-8")
    return _attachment(body, VP_MEDIA_TYPE, f"presentation-{row.verification_code}.json")


@route("/verify/{code:str}/badge.png", http_method=GET_AND_HEAD, sync_to_thread=True,
       middleware=[head_without_body])  # fmt: skip
def badge_png_download(request: _Req, code: FromPath[str]) -> Response[bytes]:
    """The Open Badge as a PNG carrying the credential (``?lang=en``: drawn in English)."""
    row, credential = _found(request, code)
    image = badge_png(labels(credential, request.query_params.get("lang", "fr")))
    return _attachment(bake_png(image, credential), "image/png",
                       f"badge-{row.verification_code}.png")  # fmt: skip


@route("/verify/{code:str}/badge.svg", http_method=GET_AND_HEAD, sync_to_thread=True,
       middleware=[head_without_body])  # fmt: skip
def badge_svg_download(request: _Req, code: FromPath[str]) -> Response[bytes]:
    """The Open Badge as an SVG carrying the credential (``?lang=en``: drawn in English)."""
    row, credential = _found(request, code)
    image = badge_svg(labels(credential, request.query_params.get("lang", "fr")))
    return _attachment(bake_svg(image, credential), "image/svg+xml",
                       f"badge-{row.verification_code}.svg")  # fmt: skip


@route("/verify/{code:str}/linkedin", http_method=GET_AND_HEAD, sync_to_thread=True,
       middleware=[head_without_body])  # fmt: skip
def linkedin_redirect(request: _Req, code: FromPath[str]) -> Redirect:
    """303 to LinkedIn's form adding this certification to the candidate's profile."""
    row, credential = _found(request, code)
    page = f"{runtime_of(request.app.state).settings.base_url}/verify/{row.verification_code}"
    try:
        target = linkedin_url_for(credential, page)
    except FactsError as exc:
        raise incomplete(exc) from None
    return Redirect(target, status_code=303)


router = Router(
    path="/",
    route_handlers=[
        presentation_download, badge_png_download, badge_svg_download, linkedin_redirect,
    ],
)  # fmt: skip
