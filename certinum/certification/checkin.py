"""Checking in, and the invigilator's login: both rate-limited in the login failure window.

* Check-in (:func:`check_in`): the signed-in candidate types the session's access code and
  their identity; the code must be of a session not yet finalised, the account must be
  enrolled in it, and last name, first name and birth date must be those of the enrolment
  (compared without case, accents or extra spaces). Any failure is one answer
  (``check-in-refused``) and counts in the login failure window (``login_window_minutes``):
  per account (``login_failures_per_account``, then 429 ``too-many-attempts``); for a code of
  an open session, per session and client address (:data:`CHECK_INS_PER_SESSION_ADDRESS`, a
  class behind one address checks in together; then 429 ``too-many-check-ins``); for an
  unknown code, per address (:data:`UNKNOWN_CODES_PER_ADDRESS`, then 429
  ``too-many-unknown-codes`` for any code from that address).
* The invigilator (:func:`invigilator_login`) gives the session id and its password (the
  Argon2id hash of :mod:`certinum.certification.sessions`), limited per session and address
  (:data:`INVIGILATOR_PER_SESSION_ADDRESS`, 429 ``too-many-attempts``: failures elsewhere do
  not lock the room's invigilator out) and per address (:data:`INVIGILATOR_PER_ADDRESS`, 429
  ``too-many-from-address``). Success returns a cookie value ``<session>.<expiry>.<mac>`` whose
  MAC is an HMAC-SHA256 keyed by the stored password hash: it names one session, expires after
  the login session's absolute lifetime, and stops working when the password is made again.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select

from certinum.accounts.area import AccountsArea
from certinum.accounts.errors import TooManyAttempts
from certinum.accounts.passwords import verify_password
from certinum.accounts.ratelimit import first_over
from certinum.certification.tables import (
    FINALISED,
    PLANNED,
    PUBLISHED,
    STARTED,
    CertificationSession,
    CertificationTestRow,
    Enrolment,
)
from certinum.db import transaction
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.runtime import Runtime


def normalised(text: str) -> str:
    """Case, accents and spacing left out: ``"  Œuvray-Dupont "`` ≈ ``"oeuvray dupont"``."""
    decomposed = unicodedata.normalize("NFKD", text.replace("œ", "oe").replace("Œ", "Oe"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().replace("-", " ").replace("'", " ").split())


CHECK_INS_PER_SESSION_ADDRESS = 100
UNKNOWN_CODES_PER_ADDRESS = 20
INVIGILATOR_PER_SESSION_ADDRESS = 5
INVIGILATOR_PER_ADDRESS = 20
Limit = tuple[str, int, str]  # the counter's key, the failures allowed, the 429's code


def _limited(area: AccountsArea, limits: tuple[Limit, ...], now: datetime) -> None:
    span = timedelta(minutes=area.policy.login_window_minutes)
    over = first_over(area.failures, ((key, allowed) for key, allowed, _ in limits), now, span)
    if over is not None:
        refused = TooManyAttempts("too many failed attempts: try again later", over[1])
        refused.code = next(code for key, _, code in limits if key == over[0])
        raise refused


def _failed(area: AccountsArea, limits: tuple[Limit, ...], now: datetime) -> None:
    span = timedelta(minutes=area.policy.login_window_minutes)
    for key, _, _ in limits:
        area.failures.add(key, now, span)


def check_in(
    area: AccountsArea, account_id: int, *, access_code: str, last_name: str, first_name: str,
    birth_date: date | None, address: str,
) -> int:  # fmt: skip
    """The enrolment the candidate checked in to (checking in again is the same enrolment)."""
    now, where = area.runtime.clock(), address[:100]
    account = (f"checkin:account:{account_id}", area.policy.login_failures_per_account,
               "too-many-attempts")  # fmt: skip
    unknown = (f"checkin:unknown:{where}", UNKNOWN_CODES_PER_ADDRESS, "too-many-unknown-codes")
    _limited(area, (account, unknown), now)
    code = access_code.strip().upper()
    with area.runtime.sessions() as db:
        session_id = db.scalar(
            select(CertificationSession.id).where(
                CertificationSession.access_code == code,
                CertificationSession.status.in_((PLANNED, STARTED)),
            )
        )
    if session_id is None or not code:
        _failed(area, (account, unknown), now)
        raise _refused()
    per_session = (f"checkin:session:{session_id}:{where}", CHECK_INS_PER_SESSION_ADDRESS,
                   "too-many-check-ins")  # fmt: skip
    _limited(area, (per_session,), now)
    with transaction(area.runtime.sessions) as db:
        enrolment = db.scalar(
            select(Enrolment).where(
                Enrolment.session_id == session_id, Enrolment.account_id == account_id
            )
        )
        if (
            enrolment is None
            or normalised(enrolment.last_name) != normalised(last_name)
            or normalised(enrolment.first_name) != normalised(first_name)
            or enrolment.birth_date != birth_date
        ):
            enrolment = None
        else:
            if enrolment.checked_in_at is None:
                enrolment.checked_in_at = now
            enrolment.attendance = "present"
            return enrolment.id
    _failed(area, (account, per_session), now)
    raise _refused()


def _refused() -> CertificationRefused:
    return CertificationRefused(
        "check-in-refused", "the access code, or the identity, does not match an enrolment"
    )


@dataclass(frozen=True, slots=True)
class Waiting:
    """Where a checked-in candidate stands: waiting, or allowed to start, or their test."""

    enrolment_id: int
    checked_in: bool
    authorised: bool
    test_id: int | None

    def to_json(self) -> dict[str, object]:
        return {
            "enrolment": self.enrolment_id,
            "checkedIn": self.checked_in,
            "authorised": self.authorised,
            "test": self.test_id,
        }


def waiting(runtime: Runtime, account_id: int, enrolment_id: int) -> Waiting:
    with runtime.sessions() as db:
        row = db.get(Enrolment, enrolment_id)
        if row is None or row.account_id != account_id:
            raise UnknownCertificationRecord(f"no enrolment {enrolment_id} of this candidate")
        test = db.scalar(
            select(CertificationTestRow.id).where(CertificationTestRow.enrolment_id == row.id)
        )
        return Waiting(row.id, row.checked_in_at is not None, row.authorised_at is not None, test)


def _mac(key: str, message: str) -> str:
    return hmac.new(key.encode(), message.encode(), hashlib.sha256).hexdigest()


def invigilator_login(area: AccountsArea, session_id: int, password: str, address: str) -> str:
    """The invigilator cookie's value; :class:`TooManyAttempts`, or ``invalid-credentials``."""
    policy, now, where = area.policy, area.runtime.clock(), address[:100]
    keys = (
        (f"invigilator:session:{session_id}:{where}", INVIGILATOR_PER_SESSION_ADDRESS,
         "too-many-attempts"),
        (f"invigilator:addr:{where}", INVIGILATOR_PER_ADDRESS, "too-many-from-address"),
    )  # fmt: skip
    _limited(area, keys, now)
    with area.runtime.sessions() as db:
        row = db.get(CertificationSession, session_id)
        stored = row.invigilator_password_hash if row is not None else None
        usable = row is not None and row.status not in (FINALISED, PUBLISHED)
    if not verify_password(stored, password, policy) or not usable or stored is None:
        _failed(area, keys, now)
        raise CertificationRefused("invalid-credentials", "wrong session or password")
    area.failures.clear(keys[0][0])
    expiry = int((now + timedelta(minutes=policy.session_absolute_minutes)).timestamp())
    message = f"{session_id}.{expiry}"
    return f"{message}.{_mac(stored, message)}"


def invigilated_session(runtime: Runtime, cookie: str) -> int | None:
    """The session the invigilator cookie ``cookie`` opens, or None (bad, expired, stale)."""
    parts = cookie.split(".")
    if len(parts) != 3 or not parts[0].isdigit() or not parts[1].isdigit():
        return None
    session_id, expiry = int(parts[0]), int(parts[1])
    if expiry < runtime.clock().timestamp():
        return None
    with runtime.sessions() as db:
        row = db.get(CertificationSession, session_id)
        stored = row.invigilator_password_hash if row is not None else None
        if row is None or stored is None or row.status in (FINALISED, PUBLISHED):
            return None
    good = _mac(stored, f"{parts[0]}.{parts[1]}")
    return session_id if hmac.compare_digest(good, parts[2]) else None
