"""What the pages asking a question share (a positioning test's, the certification test's):
the page's language, the answer read from the form, and the size of each attachment for its
download link. The question itself is rendered by the templates ``_material.html`` (its
attachments) and ``_answer_fields.html`` (the answer's fields).
"""

from __future__ import annotations

from typing import Any

from babel.numbers import format_decimal
from litestar import Request

from assessment.bank import ChallengeType
from certinum.accounts.forms import field
from certinum.positioning.material import CELL, LINE, valid_cell
from certinum.positioning.views import Question
from certinum.web.i18n import LANG_COOKIE, N_, choose_language

MAX_FREE_ANSWER = 500
CHOOSE = N_("Choose an answer before submitting.")
WRITE = N_("Write your answer before submitting.")
FILL_EVERY_FIELD = N_("Fill in every field before submitting.")
WRITE_CELL = N_("Write a cell reference: the column letter, then the row number, such as B7.")
WRITE_LINE = N_("Write a line number, such as 12.")


def page_lang(request: Request[Any, Any, Any]) -> str:
    """The page's language: ``?lang=``, else the language cookie, else French."""
    lang, _ = choose_language(request.query_params.get("lang"), request.cookies.get(LANG_COOKIE))
    return lang


def material_sizes(asked: Question | None, lang: str) -> dict[str, str]:
    """The size of each attachment in kilobytes, for its download link (``12,5`` / ``12.5``)."""
    found = {}
    for m in asked.view.get("material", []) if asked else []:
        found[m["ref"]] = str(format_decimal(round(m["size"] / 1000, 1), locale=lang))
    return found


def given_answer(kind: str, form: dict[str, list[str]]) -> tuple[object | None, str]:
    """The answer as the services take it (indices as shown for choices, a mapping for named
    fields, a cell or line for a pick in a table or a text, text otherwise), or None and what
    to say when it is incomplete."""
    values = form.get("answer") or []
    text = values[0][:MAX_FREE_ANSWER].strip() if values else ""
    if kind in (ChallengeType.FREE_ANSWER, ChallengeType.NUMBER):
        return (text, "") if text else (None, WRITE)
    if kind == ChallengeType.FIELDS:
        given = {k[6:]: v[0][:MAX_FREE_ANSWER] for k, v in form.items() if k.startswith("field-")}
        if not given or not all(v.strip() for v in given.values()):
            return None, FILL_EVERY_FIELD
        return given, ""
    mode = field(form, "mode", 10)
    if kind == ChallengeType.PICK and mode == CELL:
        return (text, "") if valid_cell(text) else (None, WRITE_CELL)
    if kind == ChallengeType.PICK and mode == LINE:
        return (int(text), "") if text.isdigit() and len(text) < 7 else (None, WRITE_LINE)
    try:
        indices = sorted({int(v) for v in values if len(v) <= 3})
    except ValueError:
        return None, CHOOSE
    if not indices:
        return None, CHOOSE
    return (indices if kind == ChallengeType.MULTIPLE_CHOICE else indices[0]), ""
