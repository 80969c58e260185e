"""Login slips: a class's pupils' identifiers and new initial passwords, printed on A4.

A password is stored only as its Argon2id hash, so a slip can be printed only when its
password is made: :func:`issue_slips` gives every pupil of the class (those who have not left)
a new initial password, stores its hash (audited: the class, the account ids, no names) and
returns the slips; a slip printed before stops working. :func:`render_slips` lays them out,
ten per page (two columns of five) with dashed cut lines, in DejaVu Sans embedded in the PDF
(Debian's ``fonts-dejavu-core``; ReportLab's own Bitstream Vera without it), with the
document's title and language set.
"""

from __future__ import annotations

import functools
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import anyio
import reportlab
from litestar import Request
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from certinum.accounts.guard import area_of
from certinum.accounts.tables import Account
from certinum.audit import record
from certinum.db import transaction
from certinum.errors import SchoolRefused
from certinum.http import runtime_of
from certinum.runtime import Runtime
from certinum.schools.imports import credentials
from certinum.schools.service import find_organisation, organisation
from certinum.schools.tables import Pupil, SchoolClass
from certinum.web.i18n import N_, translations

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {
    "Slip": "DejaVuSans.ttf",
    "Slip-Bold": "DejaVuSans-Bold.ttf",
    "Slip-Mono": "DejaVuSansMono.ttf",
}
# Without Debian's fonts: Bitstream Vera (DejaVu's origin), which ReportLab ships with its
# licence (reportlab/fonts/bitstream-vera-license.txt); it has no monospaced face.
VERA = {"Slip": "Vera.ttf", "Slip-Bold": "VeraBd.ttf", "Slip-Mono": "Vera.ttf"}
COLUMNS, ROWS = 2, 5
MARGIN = 10 * mm
PDF_HEADERS = {
    "Content-Disposition": 'attachment; filename="login-slips.pdf"',
    "Cache-Control": "no-store",
}
LABELS = {
    "class": N_("Class: %(code)s"),
    "login": N_("Login identifier"),
    "password": N_("Initial password"),
    "where": N_("Log in at"),
    "advice": N_("Keep this slip to yourself. Change your password after logging in."),
}


@dataclass(frozen=True, slots=True)
class Slip:
    last_name: str
    first_name: str
    class_code: str
    login: str
    password: str = field(repr=False)


def issue_slips(
    runtime: Runtime, organisation_id: int | str, class_code: str, *, actor: str
) -> tuple[list[Slip], list[int]]:
    """New initial passwords for the pupils of ``class_code`` still at school: their slips and
    their account ids. 422 ``unknown-class`` for a class with no such pupil; 404 for no
    organisation."""
    with runtime.sessions() as db:
        org = find_organisation(db, organisation_id)
        org_id = org.id
        rows = db.execute(
            select(Pupil.last_name, Pupil.first_name, Pupil.account_id, Account.login)
            .join(SchoolClass, Pupil.class_id == SchoolClass.id)
            .join(Account, Pupil.account_id == Account.id)
            .where(
                Pupil.organisation_id == org_id,
                SchoolClass.code == class_code,
                Pupil.left_at.is_(None),
                Account.erased_at.is_(None),
            )
            .order_by(Pupil.last_name, Pupil.first_name, Pupil.id)
        ).all()
    if not rows:
        raise SchoolRefused("unknown-class", f"no pupil in class {class_code[:40]!r} here")
    ready = credentials(runtime, [str(r.account_id) for r in rows])
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        for r in rows:
            account = db.get(Account, r.account_id)
            if account is not None:
                account.password_hash = ready[str(r.account_id)][1]
        ids = [int(r.account_id) for r in rows]
        record(
            db,
            now=now,
            actor=actor,
            action="pupils.slips",
            target=f"organisation:{org_id}",
            details={"class": class_code, "accounts": ids},
        )
    slips = [
        Slip(r.last_name, r.first_name, class_code, r.login, ready[str(r.account_id)][0])
        for r in rows
    ]
    return slips, ids


async def slips_pdf(
    request: Request[Any, Any, Any], org_id: str, class_code: str, *, actor: str, lang: str
) -> bytes:
    """What the page and the API share: issue the class's slips, close its pupils' sessions,
    and render the PDF (log in at ``/login?next=/campaigns``, the pupil's campaign page)."""
    rt = runtime_of(request.app.state)
    org = await anyio.to_thread.run_sync(organisation, rt, org_id)
    issued, ids = await anyio.to_thread.run_sync(
        functools.partial(issue_slips, rt, org_id, class_code, actor=actor)
    )
    store = area_of(request).sessions
    for account_id in ids:
        await anyio.to_thread.run_sync(store.delete_for_account, account_id)
    base = str(rt.settings.base_url).rstrip("/")
    return await anyio.to_thread.run_sync(
        functools.partial(
            render_slips,
            issued,
            school=org.name,
            login_url=f"{base}/login?next=/campaigns",
            lang=lang,
            gettext=translations(lang).gettext,
        )
    )


def _register_fonts() -> None:
    if "Slip" in pdfmetrics.getRegisteredFontNames():
        return
    if all((FONT_DIR / f).is_file() for f in FONTS.values()):
        found = {name: FONT_DIR / f for name, f in FONTS.items()}
    else:
        vera = Path(reportlab.__file__).resolve().parent / "fonts"
        found = {name: vera / f for name, f in VERA.items()}
    for name, path in found.items():
        pdfmetrics.registerFont(TTFont(name, str(path)))


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> float:
    """The largest size up to ``size`` at which ``text`` fits ``width``."""
    while size > 6 and canvas.stringWidth(text, font, size) > width:
        size -= 0.5
    return size


def render_slips(
    slips: Sequence[Slip],
    *,
    school: str,
    login_url: str,
    lang: str,
    gettext: Callable[[str], str],
) -> bytes:
    """The PDF of ``slips``: A4, ten slips a page, cut lines between them."""
    _register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, pageCompression=1, lang=lang, initialFontName="Slip")
    page_w, page_h = A4
    title = gettext(N_("Login slips")) + f" — {school}"
    canvas.setTitle(title)
    canvas.setAuthor("Certinum")
    canvas.setSubject(title)
    cell_w = (page_w - 2 * MARGIN) / COLUMNS
    cell_h = (page_h - 2 * MARGIN) / ROWS
    labels = {k: gettext(v) for k, v in LABELS.items()}
    per_page = COLUMNS * ROWS
    for start in range(0, max(len(slips), 1), per_page):
        _cut_lines(canvas, cell_w, cell_h)
        for i, slip in enumerate(slips[start : start + per_page]):
            x = MARGIN + (i % COLUMNS) * cell_w + 6 * mm
            top = page_h - MARGIN - (i // COLUMNS) * cell_h - 9 * mm
            _slip(canvas, slip, x, top, cell_w - 12 * mm, school, login_url, labels)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def _cut_lines(canvas: Canvas, cell_w: float, cell_h: float) -> None:
    page_w, page_h = A4
    canvas.saveState()
    canvas.setDash(4, 3)
    canvas.setLineWidth(0.5)
    canvas.setStrokeGray(0.45)
    for c in range(COLUMNS + 1):
        x = MARGIN + c * cell_w
        canvas.line(x, MARGIN, x, page_h - MARGIN)
    for r in range(ROWS + 1):
        y = MARGIN + r * cell_h
        canvas.line(MARGIN, y, page_w - MARGIN, y)
    canvas.restoreState()


def _slip(
    canvas: Canvas, slip: Slip, x: float, top: float, width: float, school: str,
    login_url: str, labels: dict[str, str],
) -> None:  # fmt: skip
    name = f"{slip.first_name} {slip.last_name.upper()}"
    canvas.setFillGray(0)
    canvas.setFont("Slip-Bold", size := _fit(canvas, name, "Slip-Bold", 12, width))
    canvas.drawString(x, top, name)
    canvas.setFont("Slip", 8.5)
    canvas.drawString(x, top - 13, (labels["class"] % {"code": slip.class_code})[:80])
    canvas.setFillGray(0.3)
    canvas.setFont("Slip", _fit(canvas, school, "Slip", 8, width))
    canvas.drawString(x, top - 24, school)
    canvas.setFillGray(0)
    rows = (
        (labels["login"], slip.login, top - 42),
        (labels["password"], slip.password, top - 66),
    )
    for label, value, y in rows:
        canvas.setFont("Slip", 8)
        canvas.drawString(x, y, label)
        canvas.setFont("Slip-Mono", size := _fit(canvas, value, "Slip-Mono", 12, width))
        canvas.drawString(x, y - size - 1, value)
    canvas.setFont("Slip", 8)
    canvas.drawString(x, top - 90, labels["where"])
    canvas.setFont("Slip-Mono", _fit(canvas, login_url, "Slip-Mono", 9, width))
    canvas.drawString(x, top - 101, login_url)
    canvas.setFillGray(0.3)
    canvas.setFont("Slip", 7.5)
    for n, line in enumerate(simpleSplit(labels["advice"], "Slip", 7.5, width)[:2]):
        canvas.drawString(x, top - 118 - 9 * n, line)
    canvas.setFillGray(0)
