"""Certification centres: created by the issuing authority, which names their first admin.

A centre's roles (``centre_member``, ``centre_admin``) are scoped by its id written as a string
(:func:`scope_of`); the centre's admins then manage its members through the roles API
(``/api/centres/{centre_id}/memberships``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from certinum.accounts.roles import grant
from certinum.accounts.tables import Account
from certinum.audit import record
from certinum.certification.tables import Centre
from certinum.db import transaction
from certinum.errors import CertificationRefused, UnknownCertificationRecord
from certinum.runtime import Runtime, iso_utc, utc

CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{1,19}")
MAX_NAME = 200
MAX_ADDRESS = 300


def scope_of(centre_id: int) -> str:
    """The scope id of a centre's roles."""
    return str(centre_id)


@dataclass(frozen=True, slots=True)
class CentreInfo:
    id: int
    name: str
    code: str
    address: str
    created_at: datetime

    def to_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "code": self.code,
            "address": self.address,
            "created": iso_utc(self.created_at),
        }


def _info(row: Centre) -> CentreInfo:
    return CentreInfo(row.id, row.name, row.code, row.address, utc(row.created_at))


def clean_text(value: str, limit: int, code: str, what: str, *, required: bool = True) -> str:
    """``value`` with its spaces collapsed; 422 ``code`` when empty (if required) or too long."""
    text = " ".join(value.split())
    if (required and not text) or len(text) > limit:
        raise CertificationRefused(code, f"{what} has {int(required)} to {limit} characters")
    return text


def find_centre(session: Session, centre_id: int | str) -> Centre:
    """The centre of this id (an int, or its scope string); 404 otherwise."""
    text = str(centre_id)
    row = session.get(Centre, int(text)) if text.isdigit() and len(text) < 12 else None
    if row is None:
        raise UnknownCertificationRecord("unknown-centre", f"no centre {text[:20]!r}")
    return row


def centre(runtime: Runtime, centre_id: int | str) -> CentreInfo:
    with runtime.sessions() as db:
        return _info(find_centre(db, centre_id))


def create_centre(
    runtime: Runtime, *, name: str, code: str, address: str, actor: str, admin_login: str = ""
) -> CentreInfo:
    """A new centre (audited), and its first admin when ``admin_login`` names an account.

    422 ``bad-name``, ``bad-code``, ``bad-address``, ``code-taken``, ``unknown-account``.
    """
    name = clean_text(name, MAX_NAME, "bad-name", "a name")
    address = clean_text(address, MAX_ADDRESS, "bad-address", "an address", required=False)
    code = code.strip().upper()
    if not CODE.fullmatch(code):
        raise CertificationRefused(
            "bad-code", "a centre code has 2 to 20 letters, digits or dashes, e.g. CC-0751"
        )
    now = runtime.clock()
    with transaction(runtime.sessions) as db:
        if db.scalar(select(Centre.id).where(Centre.code == code)) is not None:
            raise CertificationRefused("code-taken", f"a centre with code {code} exists")
        row = Centre(name=name, code=code, address=address, created_at=now)
        db.add(row)
        db.flush()
        record(db, now=now, actor=actor, action="centre.create", target=f"centre:{row.id}",
               details={"code": code})  # fmt: skip
        if admin_login:
            account = db.scalar(
                select(Account).where(Account.login == admin_login.strip().lower()[:254])
            )
            if account is None or account.erased_at is not None:
                raise CertificationRefused("unknown-account", "no account has this login")
            grant(db, account.id, "centre_admin", scope_of(row.id), now=now, actor=actor)
        return _info(row)
