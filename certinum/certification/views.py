"""What the centre pages show: the message of each refusal code, the form field it concerns,
and the staff check of a centre page.

A refusal from the service carries a stable code; the page shows the catalogue's message for
it (in the page's language), next to the field concerned when there is one.
"""

from __future__ import annotations

from typing import Any

from litestar import Request
from litestar.response import Template

from certinum.accounts.forms import message_page, page_principal
from certinum.accounts.roles import Principal
from certinum.web.i18n import N_

_Req = Request[Any, Any, Any]
STAFF = ("centre_member", "centre_admin")
NOT_STAFF = N_("This page is for the staff of this certification centre.")
UNKNOWN = N_("This certification centre or session does not exist here.")
STATUSES = {
    "planned": N_("Planned"),
    "started": N_("Started"),
    "finalised": N_("Finalised"),
    "published": N_("Published"),
}

MESSAGES = {
    "bad-date": N_("This is not a date: write it as 15/03/2027."),
    "date-past": N_("A session is planned for today or later."),
    "bad-time": N_("This is not a time: write it as 09:30."),
    "bad-room": N_("Give the room (at most 100 characters)."),
    "bad-address": N_("Give the address (at most 300 characters)."),
    "bad-examiner": N_("Give the examiner's name (at most 200 characters)."),
    "session-closed": N_("This session is finalised: it can no longer change."),
    "empty": N_("This field is required."),
    "too-long": N_("This is too long (at most 100 characters)."),
    "control-character": N_("This holds a character that cannot be printed."),
    "bad-extra-time": N_("Extra time is a whole percentage from 0 to 100."),
    "bad-email": N_("This is not an email address."),
    "bad-ine": N_("An INE has 11 characters, e.g. 123456789AB."),
    "bad-uai": N_("A UAI is 7 digits and a letter, e.g. 0751234J."),
    "bad-uai-letter": N_("The check letter of this UAI is not right: check the code."),
    "no-identifier": N_("Give the candidate's email or INE."),
    "no-account": N_("No candidate account has this email or INE."),
    "ambiguous-ine": N_("Two schools have a pupil with this INE: give the school's UAI."),
    "birth-date-mismatch": N_("The birth date is not the one the school gave."),
    "not-certifiable": N_(
        "This candidate is not certifiable yet: their positioning profile needs at least"
        " 5 competences at level 1 or more."
    ),
    "already-enrolled": N_("This candidate is already enrolled in this session."),
    "duplicate-row": N_("The same candidate as an earlier row."),
    "missing-columns": N_(
        "A required column is missing: the first row must name at least Nom, Prénom,"
        " Date de naissance, and Email or INE (download the template)."
    ),
    "duplicate-column": N_("Two columns have the same name: keep one."),
    "too-many-columns": N_("The first row has too many columns."),
    "too-many-rows": N_("The file has too many rows (at most 2000 candidates)."),
    "empty-file": N_("The file lists no candidate."),
    "unknown-format": N_("Send a .csv, .xlsx or .ods file."),
    "file-too-large": N_("The file is too large."),
    "not-csv": N_("The file is not CSV text: save it as CSV UTF-8."),
    "malformed-csv": N_("The CSV file cannot be read."),
    "bad-zip": N_("The spreadsheet cannot be read."),
    "zip-bomb": N_("The spreadsheet cannot be read."),
    "zip-encrypted": N_("The spreadsheet is password-protected."),
    "unreadable-spreadsheet": N_("The spreadsheet cannot be read."),
    "bad-mode": N_("Choose how to import the file."),
    "no-file": N_("Choose a file to send."),
}
GENERIC = N_("This could not be done: check the form.")
# The form field each refusal concerns (the input's id), when one does.
FIELDS = {
    "bad-date": "date",
    "date-past": "date",
    "bad-time": "time",
    "bad-room": "room",
    "bad-address": "address",
    "bad-examiner": "examiner",
}
CANDIDATE_FIELDS = {
    "last_name": "last_name",
    "first_name": "first_name",
    "birth_date": "birth_date",
    "birth_place": "birth_place",
    "extra_time": "extra_time",
    "email": "email",
    "ine": "ine",
    "uai": "uai",
}


def message(code: str) -> str:
    """The catalogue message (its English ``msgid``) of a refusal code."""
    return MESSAGES.get(code, GENERIC)


def can_open(who: Principal, centre_id: str) -> bool:
    return any(who.has(role, centre_id) for role in STAFF)


async def staff_of(request: _Req, centre_id: str) -> Principal | Template:
    """The signed-in staff member of the centre, or the page to show instead (login for
    anonymous, 403 for anyone else)."""
    who = await page_principal(request)
    if isinstance(who, Template):
        return who
    if not can_open(who, centre_id):
        return message_page(request, 403, NOT_STAFF)
    return who
