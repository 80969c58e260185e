"""Verification routes: VC API verify, and the public verification pages of a code."""

from __future__ import annotations

import functools
from typing import Any

import anyio
from litestar import MediaType, Request, Response, Router, get, post
from litestar.datastructures import State
from litestar.params import FromPath, FromQuery
from litestar.response import Redirect, Template

from certinum.accounts.forms import form_cookie
from certinum.http import _json_body, runtime_of, unreadable
from certinum.verification import keptpages, pages
from certinum.verification.codepage import Lookup, complete, look_up
from certinum.verification.lookup_limits import charge_request_off_loop
from certinum.verification.service import verify, verify_vp
from certinum.verification.uploads import MAX_UPLOAD_BYTES, accepted
from certinum.web.i18n import LANGUAGES
from certinum.web.templating import language_of, page, page_headers, render_html
from issuer.codes import try_normalize_code


@post("/credentials/verify", status_code=200)
async def verify_credential(request: Request[Any, Any, State], state: State) -> Response[Any]:
    """VC API verify: 200 when verified, 422 with the failing checks when not, 400 unreadable."""
    body = await _json_body(request)
    credential = body.get("verifiableCredential")
    if not isinstance(credential, dict):
        raise unreadable('the body must be {"verifiableCredential": {...}}')
    result = await anyio.to_thread.run_sync(verify, runtime_of(state), credential)
    payload = result.to_json()
    results = payload["checks"]
    payload["checks"] = [c["check"] for c in payload["checks"] if c["status"] == "passed"]
    payload["warnings"] = (
        []
        if result.trusted
        else [
            {
                "code": "ISSUER_NOT_TRUSTED",
                "message": "the issuer is not on this service's trust list",
            }
        ]
    )
    payload["results"] = results
    return Response(payload, status_code=200 if result.verified else 422)


@post("/presentations/verify", status_code=200)
async def verify_presentation(request: Request[Any, Any, State], state: State) -> Response[Any]:
    """VC API verify presentation: 200 when verified, 422 with the failing checks, 400 unreadable.

    ``options.challenge`` and ``options.domain``, when given, must be in the holder's
    authentication proof; without them an unsigned presentation may be verified.
    """
    body = await _json_body(request)
    presentation = body.get("verifiablePresentation")
    if not isinstance(presentation, dict):
        raise unreadable('the body must be {"verifiablePresentation": {...}, "options": {...}}')
    options = body.get("options", {})
    if not isinstance(options, dict):
        raise unreadable("options must be an object")
    bound = {name: options.get(name) for name in ("challenge", "domain")}
    for name, value in bound.items():
        if value is not None and not (isinstance(value, str) and 0 < len(value) <= 512):
            raise unreadable(f"options.{name} must be a string of at most 512 characters")
    result = await anyio.to_thread.run_sync(
        functools.partial(verify_vp, runtime_of(state), presentation, **bound)
    )
    payload = result.to_json()
    payload["checks"] = [c.name for c in result.checks if c.status == "passed"]
    payload["results"] = [c.to_json() for c in result.checks]
    return Response(payload, status_code=200 if result.verified else 422)


def form_page(
    request: Request[Any, Any, State], *, status_code: int = 200, **values: Any
) -> Template:
    """``verify/form.html``: the code form, the upload form (with the anonymous form's CSRF
    token and, when the browser has none yet, its cookie) and the paste form."""
    token, cookies = form_cookie(request)
    context = pages.form_context(**values)
    shown = page(
        request, "verify/form.html", status_code=status_code, csrf=token, accept=accepted(),
        max_kib=MAX_UPLOAD_BYTES // 1024, **context,
    )  # fmt: skip
    shown.cookies.extend(cookies)
    return shown


@get("/verify", sync_to_thread=False, include_in_schema=False)
def verify_page(
    request: Request[Any, Any, State], code: FromQuery[str | None] = None
) -> Template | Redirect:
    """The public verification page; ``?code=`` redirects to the certificate's page.

    A ``?lang=`` asked with the code goes along, so the certificate's page is in that language.
    """
    if code is None or not code.strip():
        return form_page(request)
    normalized = try_normalize_code(code[:40])
    if normalized is None:
        return form_page(request, status_code=400, value=code[:40], error=pages.BAD_CODE)
    lang = request.query_params.get("lang")
    return Redirect(f"/verify/{normalized}" + (f"?lang={lang}" if lang in LANGUAGES else ""))


@get("/verify/{code:str}", include_in_schema=False)
async def certificate_page(
    request: Request[Any, Any, State], code: FromPath[str], state: State
) -> Template | Response[bytes]:
    """One certificate's verdict, what it states and its checks, as an employer sees it; the
    same 404 page for every code that is not a published, certified certificate (a look-up
    counted against the client's limit, 429 over it).

    The look-up is one read, made on the event loop; a page kept from an earlier look-up is
    sent as it is (:mod:`certinum.verification.keptpages`). Otherwise the verification and
    the rendering run in a worker thread, and the page is kept for the next look-up.
    """
    await charge_request_off_loop(request)
    runtime = runtime_of(state)
    normalized = try_normalize_code(code[:40])
    lang, cookies = language_of(request)
    reusable = normalized is not None and request.url.path == f"/verify/{normalized}"
    reusable = reusable and all(name == "lang" for name in request.query_params)
    found = look_up(runtime, normalized, lang if reusable else "") if normalized else None
    if found is None:
        return form_page(request, status_code=404, value=code[:40], error=pages.UNKNOWN_CODE)
    html = found.page
    if html is None:
        rendered = await anyio.to_thread.run_sync(_render, request, found, lang, reusable)
        html = rendered.encode()
    return Response(html, media_type=MediaType.HTML, headers=page_headers(lang), cookies=cookies)


def _render(request: Request[Any, Any, State], found: Lookup, lang: str, keep: bool) -> str:
    """The code page of ``found`` in ``lang``, kept when ``keep`` and its result is kept."""
    runtime = runtime_of(request.app.state)
    verification = complete(runtime, found)
    context = pages.certificate_context(
        found.code, verification.document, verification.result, downloads=verification.downloads
    )
    html = render_html(request, "verify/certificate.html", lang, **context)
    if keep and verification.kept is not None:
        key = keptpages.page_key(verification.kept, verification.downloads, lang)
        keptpages.keep(runtime, verification.credential_id, lang, key, html)
    return html


#: The pages ``GET /verify`` and ``GET /verify/{code}`` are in the router of
#: :mod:`certinum.verification.upload_routes`, beside ``POST /verify`` (one path, one router).
router = Router(path="/", route_handlers=[verify_credential, verify_presentation])
