"""An attachment of the certification question being asked, to its candidate only.

The same rule as positioning's (:mod:`certinum.positioning.attachments`, which also gives
the response its headers): the attachment is found by the test and its reference (``m1``,
``m2``…) in the item being asked, and only while it is asked: the test must be the
candidate's, still started and before its deadline, opened in this browser (the login
session it is bound to), and the reference one of the unanswered question's item. Anything
else is :class:`UnknownCertificationRecord` (404), the same answer for each.
"""

from __future__ import annotations

import secrets

from sqlalchemy import select

from assessment.bank import Material, UnknownChallengeError
from certinum.accounts.sessions import session_digest
from certinum.certification.exam_state import utc
from certinum.certification.tables import CertificationAnswer, CertificationTestRow, Enrolment
from certinum.errors import UnknownCertificationRecord
from certinum.positioning.catalogue import Catalogue, default_catalogue
from certinum.positioning.material import file_bytes
from certinum.positioning.views import check_locale
from certinum.runtime import Runtime

NOT_ASKED = "no such attachment in the question being asked"


def current_material(
    runtime: Runtime, account_id: int, test_id: int, login_session: str, ref: str,
    *, locale: str = "fr", catalogue: Catalogue | None = None,
) -> tuple[Material, bytes]:  # fmt: skip
    """The attachment ``ref`` of the question being asked in the candidate's test, and its
    content in ``locale``."""
    check_locale(locale)
    cat = catalogue or default_catalogue()
    with runtime.sessions() as db:
        found = db.execute(
            select(CertificationTestRow, CertificationAnswer.item_id)
            .join(Enrolment, Enrolment.id == CertificationTestRow.enrolment_id)
            .join(CertificationAnswer, CertificationAnswer.test_id == CertificationTestRow.id)
            .where(
                CertificationTestRow.id == test_id,
                Enrolment.account_id == account_id,
                CertificationAnswer.answered_at.is_(None),
            )
        ).first()
    if found is None:
        raise UnknownCertificationRecord(NOT_ASKED)
    test, item_id = found
    token = test.browser_token_hash
    if (
        test.status != "started"
        or runtime.clock() >= utc(test.deadline_at)
        or token is None
        or not secrets.compare_digest(token, session_digest(login_session))
    ):
        raise UnknownCertificationRecord(NOT_ASKED)
    try:
        attachment = cat.bank.material(item_id, ref, locale)
    except UnknownChallengeError:
        raise UnknownCertificationRecord(NOT_ASKED) from None
    return attachment, file_bytes(attachment.path(locale))
