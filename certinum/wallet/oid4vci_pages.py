"""The candidate's wallet offers (OpenID4VCI), from their certificates page.

- ``GET /candidate/certificates/{code}/wallet-offer``: the certificate's card with the button
  that makes an offer (a form carrying the session's CSRF token); it makes nothing itself.
- ``POST /candidate/certificates/{code}/wallet-offer``: makes a new credential offer of one of
  the signed-in candidate's certificates (published, certified, not revoked;
  :func:`certinum.wallet.oid4vci_offers.create_offer`) and answers 303 to the offer's page,
  so a reload shows the same offer instead of making another.
- ``GET /wallet-offer/{offer_id}``: the offer as a QR code (an inline SVG drawn from the
  ``qrcode`` package's module matrix), the ``openid-credential-offer://`` link for a wallet
  on the same device, the transaction code the wallet asks for, and when it expires (Europe/
  Paris time). The service keeps only hashes of the pre-authorized and transaction codes: the
  browser that made the offer keeps both in a cookie of that page's path alone
  (:data:`OFFER_COOKIE`, ``HttpOnly``, ``SameSite=Strict``, living as long as the offer), checked
  against the hashes (:func:`certinum.wallet.oid4vci_offers.shown_offer`). Once the offer is
  used or expired, or on another browser, the page says so (404).

When the base URL cannot be reached by a phone (:mod:`certinum.wallet.reachability`), the
offer page says so. Any certificate that is not the candidate's gets the same 404 page.
"""

from __future__ import annotations

from typing import Any, Final
from zoneinfo import ZoneInfo

import anyio
import qrcode
from litestar import Request, Router, get, post
from litestar.datastructures import Cookie
from litestar.params import FromPath
from litestar.response import Redirect, Template
from markupsafe import Markup
from qrcode.constants import ERROR_CORRECT_M

from certinum.accounts.forms import message_page, page_principal, see_other
from certinum.accounts.roles import Principal
from certinum.accounts.sessions import csrf_token
from certinum.errors import UnknownCredential
from certinum.http import runtime_of
from certinum.issuance import certificates
from certinum.wallet.oid4vci_offers import OFFER_TTL, NewOffer, create_offer, shown_offer
from certinum.wallet.reachability import UNREACHABLE, unreachable_by_phone
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
UNKNOWN_CERTIFICATE = N_("No certificate of yours can be offered with this code.")
OFFER_GONE = N_(
    "This offer can no longer be shown: it was used, it expired, or it was made in another "
    "browser. Make a new one from your certificates."
)
OFFER_COOKIE: Final = "certinum_wallet_offer"
PARIS: Final = ZoneInfo("Europe/Paris")


def qr_svg(text: str, label: str) -> Markup:
    """An SVG QR code of ``text`` (error correction M, 4-module quiet zone), titled ``label``."""
    qr = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=4)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    size = len(matrix)
    path = "".join(
        f"M{x},{y}h1v1h-1z" for y, row in enumerate(matrix) for x, dark in enumerate(row) if dark
    )
    template = Markup(
        '<svg xmlns="http://www.w3.org/2000/svg" role="img" class="wallet-qr" width="240" '
        'height="240" viewBox="0 0 {0} {0}" shape-rendering="crispEdges"><title>{1}</title>'
        '<rect width="{0}" height="{0}" fill="#fff"/><path d="{2}" fill="#000"/></svg>'
    )
    return template.format(size, label, path)


async def _own(request: _Req, who: Principal, code: str) -> list[Any]:
    """The candidate's unrevoked certificate with this code (a list of one), or []."""
    rt = runtime_of(request.app.state)
    mine = await anyio.to_thread.run_sync(certificates.of_candidate, rt, who.account_id or 0)
    return [c for c in mine if c.code == code and not c.revoked]


def _card(request: _Req, who: Principal, found: list[Any], **offer: Any) -> Template:
    rt = runtime_of(request.app.state)
    return page(
        request,
        "issuance/mine.html",
        certificates=found,
        base=rt.settings.base_url,
        csrf=csrf_token(who.session_id or ""),
        **offer,
    )


@get("/candidate/certificates/{code:str}/wallet-offer", include_in_schema=False)
async def wallet_offer_form(request: _Req, code: FromPath[str]) -> Template:
    """The certificate's card with the button that makes a wallet offer."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    found = await _own(request, who, code)
    if not found:
        return message_page(request, 404, UNKNOWN_CERTIFICATE)
    return _card(request, who, found)


@post("/candidate/certificates/{code:str}/wallet-offer", include_in_schema=False)
async def make_wallet_offer(request: _Req, code: FromPath[str]) -> Template | Redirect:
    """A new wallet offer of one of the candidate's certificates; 303 to its page."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    if not await _own(request, who, code):
        return message_page(request, 404, UNKNOWN_CERTIFICATE)
    rt = runtime_of(request.app.state)
    try:
        offer = await anyio.to_thread.run_sync(create_offer, rt, code)
    except UnknownCredential:
        return message_page(request, 404, UNKNOWN_CERTIFICATE)
    secret = offer.offer_url.rsplit("/", 1)[-1]
    answer = see_other(f"/wallet-offer/{offer.offer_id}")
    answer.cookies.append(
        Cookie(
            key=OFFER_COOKIE,
            value=f"{secret}.{offer.tx_code}",
            path=f"/wallet-offer/{offer.offer_id}",
            max_age=int(OFFER_TTL.total_seconds()),
            httponly=True,
            samesite="strict",
            secure=rt.settings.base_url.startswith("https://"),
        )
    )
    return answer


@get("/wallet-offer/{offer_id:int}", include_in_schema=False)
async def wallet_offer_page(request: _Req, offer_id: FromPath[int]) -> Template:
    """The offer this browser made: QR code, link, transaction code, expiry."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    code, _, tx = request.cookies.get(OFFER_COOKIE, "").partition(".")
    rt = runtime_of(request.app.state)
    offer: NewOffer | None = None
    if code and tx and 0 < offer_id < 2**31:  # an id the database's integer can hold
        offer = await anyio.to_thread.run_sync(shown_offer, rt, offer_id, code, tx)
    found = await _own(request, who, offer.code) if offer is not None else []
    if offer is None or not found:
        return message_page(request, 404, OFFER_GONE)
    base = rt.settings.base_url
    return _card(
        request,
        who,
        found,
        wallet_offer=offer,
        wallet_qr=qr_svg(offer.uri, offer.code),
        wallet_expiry=offer.expires_at.astimezone(PARIS).strftime("%H:%M"),
        wallet_notice=UNREACHABLE if unreachable_by_phone(base) else "",
        wallet_base=base,
    )


router = Router(path="/", route_handlers=[wallet_offer_form, make_wallet_offer, wallet_offer_page])
