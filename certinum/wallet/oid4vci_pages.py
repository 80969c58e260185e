"""The candidate's wallet offer page: ``GET /candidate/certificates/{code}/wallet-offer``.

A signed-in candidate asks to put one of their certificates (published, certified, not
revoked) in a wallet: a new credential offer is made
(:func:`certinum.wallet.oid4vci_service.create_offer`) and the certificate's card is shown
with the offer as a QR code (an inline SVG drawn from the
``qrcode`` package's module matrix), the ``openid-credential-offer://`` link for a wallet on the
same device, and the transaction code the wallet will ask for (template
``issuance/wallet_offer.html``, included in each certificate card). Any other code, or one of
another candidate, gets the same 404 page.
"""

from __future__ import annotations

from typing import Any

import anyio
import qrcode
from litestar import Request, Router, get
from litestar.params import FromPath
from litestar.response import Template
from markupsafe import Markup
from qrcode.constants import ERROR_CORRECT_M

from certinum.accounts.forms import message_page, page_principal
from certinum.errors import UnknownCredential
from certinum.http import runtime_of
from certinum.issuance import certificates
from certinum.wallet.oid4vci_offers import create_offer
from certinum.web.i18n import N_
from certinum.web.templating import page

_Req = Request[Any, Any, Any]
UNKNOWN_CERTIFICATE = N_("No certificate of yours can be offered with this code.")


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


@get("/candidate/certificates/{code:str}/wallet-offer", include_in_schema=False)
async def wallet_offer(request: _Req, code: FromPath[str]) -> Template:
    """A new wallet offer of one of the signed-in candidate's certificates."""
    who = await page_principal(request, "candidate")
    if isinstance(who, Template):
        return who
    rt = runtime_of(request.app.state)
    mine = await anyio.to_thread.run_sync(certificates.of_candidate, rt, who.account_id or 0)
    found = [c for c in mine if c.code == code and not c.revoked]
    if not found:
        return message_page(request, 404, UNKNOWN_CERTIFICATE)
    try:
        offer = await anyio.to_thread.run_sync(create_offer, rt, code)
    except UnknownCredential:
        return message_page(request, 404, UNKNOWN_CERTIFICATE)
    return page(
        request,
        "issuance/mine.html",
        certificates=found,
        base=rt.settings.base_url,
        wallet_offer=offer,
        wallet_qr=qr_svg(offer.uri, code),
    )


router = Router(path="/", route_handlers=[wallet_offer])
