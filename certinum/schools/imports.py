"""Importing a school's pupil file: the report first, then the pupils and their accounts.

:func:`import_pupils` reads the file with :func:`certinum.schools.upload.read_pupil_file`.
With rejected rows and mode ``all-or-nothing`` nothing is written and the report comes back
(``written`` False); mode ``valid-only`` writes the accepted rows. What is written is written
in one transaction: every pupil, class and account of the file, or none.

A pupil is found again by INE within the organisation: a re-import updates their names, birth
date and class and never adds a second row. A SIECLE file (``.xml``, ``.zip``) lists the whole
school, so a pupil it no longer lists is marked left; that is done only when no row of the file
was rejected (a rejected row names no INE for sure, and its pupil has not left). A spreadsheet
may hold one class only: it marks nobody left.

A new pupil gets an account with the role candidate and the login ``firstname.lastname``
(ASCII, lower case) followed by the first number that makes it unique, but no password yet: it
cannot log in until the school prints its class's login slips
(:func:`certinum.schools.slips.issue_slips`), which give it a random initial password (only its
Argon2id hash is stored). So an import hashes nothing and 3,000 pupils import in seconds; a
class's 30 slips cost 30 hashes. The import and every account created are audited; the audit
holds counts and account ids, no names.
"""

from __future__ import annotations

import os
import secrets
import unicodedata
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from certinum.accounts.passwords import hash_password
from certinum.accounts.roles import grant
from certinum.accounts.tables import Account
from certinum.audit import record
from certinum.db import transaction
from certinum.errors import SchoolRefused
from certinum.runtime import Runtime
from certinum.schools.pupils import ImportRefused, ImportReport, PupilRow
from certinum.schools.service import find_organisation
from certinum.schools.tables import Pupil, SchoolClass
from certinum.schools.upload import read_pupil_file
from issuer.codes import ALPHABET

Mode = Literal["all-or-nothing", "valid-only"]
MODES: tuple[Mode, ...] = ("all-or-nothing", "valid-only")
SIECLE_EXTENSIONS = (".xml", ".zip")
PASSWORD_LENGTH = 12
MAX_LOGIN_BASE = 40
# Letters NFKD does not decompose into an ASCII letter and accents.
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d"})


@dataclass(frozen=True, slots=True)
class CreatedAccount:
    """A pupil account made by the import (its password comes with the class's login slips)."""

    ine: str
    last_name: str
    first_name: str
    class_code: str
    login: str

    def to_json(self) -> dict[str, object]:
        return {
            "ine": self.ine,
            "lastName": self.last_name,
            "firstName": self.first_name,
            "class": self.class_code,
            "login": self.login,
        }


@dataclass(frozen=True, slots=True)
class ImportResult:
    report: ImportReport
    mode: Mode
    written: bool
    created: tuple[CreatedAccount, ...] = ()
    updated: int = 0
    left: int = 0
    departures_applied: bool = False

    def to_json(self) -> dict[str, object]:
        return {
            "mode": self.mode,
            "written": self.written,
            "accepted": [_row_json(r) for r in self.report.accepted],
            "rejected": [
                {"where": str(r.location), "field": r.field, "code": r.code, "reason": r.reason}
                for r in self.report.rejected
            ],
            "skipped": [
                {"where": str(s.location), "reason": s.reason} for s in self.report.skipped
            ],
            "ignoredColumns": list(self.report.ignored_columns),
            "created": [c.to_json() for c in self.created],
            "updated": self.updated,
            "left": self.left,
            "departuresApplied": self.departures_applied,
        }


def _row_json(row: PupilRow) -> dict[str, object]:
    return {
        "where": str(row.location),
        "ine": row.ine,
        "lastName": row.last_name,
        "firstName": row.first_name,
        "birthDate": row.birth_date.isoformat(),
        "class": row.class_code,
    }


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    kept = "".join(c if c.isascii() and c.isalnum() else "-" for c in letters)
    return "-".join(part for part in kept.split("-") if part)


def login_base(first_name: str, last_name: str) -> str:
    """``Élodie``, ``Le Goff`` → ``elodie.le-goff`` (``eleve`` when nothing ASCII is left)."""
    parts = [p for p in (_ascii(first_name), _ascii(last_name)) if p]
    return (".".join(parts) or "eleve")[:MAX_LOGIN_BASE].strip(".-") or "eleve"


def _free_login(db: Session, base: str) -> str:
    taken = set(db.scalars(select(Account.login).where(Account.login.startswith(base))))
    n = 1
    while f"{base}{n}" in taken:
        n += 1
    return f"{base}{n}"


def initial_password(randbelow: Callable[[int], int] = secrets.randbelow) -> str:
    """12 characters of the verification-code alphabet, lower-cased (about 55 bits)."""
    return "".join(ALPHABET[randbelow(len(ALPHABET))] for _ in range(PASSWORD_LENGTH)).lower()


def _class_id(db: Session, organisation_id: int, code: str, cache: dict[str, int]) -> int:
    if code not in cache:
        found = db.scalar(
            select(SchoolClass.id).where(
                SchoolClass.organisation_id == organisation_id, SchoolClass.code == code
            )
        )
        if found is None:
            row = SchoolClass(organisation_id=organisation_id, code=code)
            db.add(row)
            db.flush()
            found = row.id
        cache[code] = found
    return cache[code]


Credentials = dict[str, tuple[str, str]]  # key -> (initial password, its Argon2id hash)


def credentials(runtime: Runtime, keys: Iterable[str]) -> Credentials:
    """A new initial password and its hash for each key (the login slips), hashed on every
    core before the transaction opens (Argon2id takes about 0.1 s at the default cost;
    libsodium releases the GIL)."""
    passwords = {key: initial_password() for key in keys}
    policy = runtime.settings.accounts
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        hashes = pool.map(lambda p: hash_password(p, policy), passwords.values())
        return {ine: (p, h) for (ine, p), h in zip(passwords.items(), hashes, strict=True)}


def _new_pupil(
    runtime: Runtime,
    db: Session,
    org_id: int,
    row: PupilRow,
    class_id: int,
    actor: str,
) -> CreatedAccount:
    now = runtime.clock()
    login = _free_login(db, login_base(row.first_name, row.last_name))
    account = Account(
        login=login,
        email=None,
        display_name=f"{row.first_name} {row.last_name}"[:200],
        password_hash="",  # no password until the class's slips are printed
        created_at=now,
    )
    db.add(account)
    db.flush()
    record(db, now=now, actor=actor, action="account.create", target=f"account:{account.id}")
    grant(db, account.id, "candidate", "", now=now, actor=actor)
    db.add(
        Pupil(
            organisation_id=org_id,
            ine=row.ine,
            last_name=row.last_name,
            first_name=row.first_name,
            birth_date=row.birth_date,
            sex=row.sex,
            class_id=class_id,
            account_id=account.id,
            imported_at=now,
        )
    )
    db.flush()
    return CreatedAccount(row.ine, row.last_name, row.first_name, row.class_code, login)


def import_pupils(
    runtime: Runtime,
    organisation_id: int | str,
    data: bytes,
    filename: str,
    *,
    mode: str = "all-or-nothing",
    actor: str,
) -> ImportResult:
    """Read the file and write its pupils as the docstring of this module says.

    422 ``bad-mode``; a file refused whole raises :class:`SchoolRefused` with the reader's code
    (``uai-mismatch``, ``malformed-xml``, ``unknown-format``…); 404 for no organisation.
    """
    if mode not in MODES:
        raise SchoolRefused("bad-mode", f"mode is one of {', '.join(MODES)}")
    checked: Mode = "valid-only" if mode == "valid-only" else "all-or-nothing"
    now = runtime.clock()
    with runtime.sessions() as db:
        org = find_organisation(db, organisation_id)
        org_id, uai = org.id, org.uai
    try:
        report = read_pupil_file(data, filename, uai=uai, today=now.date())
    except ImportRefused as refused:
        raise SchoolRefused(refused.code, refused.message) from None
    if report.rejected and checked == "all-or-nothing":
        return ImportResult(report, checked, written=False)
    siecle = filename.casefold().endswith(SIECLE_EXTENSIONS)
    departures = siecle and not report.rejected
    created: list[CreatedAccount] = []
    updated = left = 0
    with transaction(runtime.sessions) as db:
        classes: dict[str, int] = {}
        existing = {
            p.ine: p for p in db.scalars(select(Pupil).where(Pupil.organisation_id == org_id))
        }
        for row in report.accepted:
            class_id = _class_id(db, org_id, row.class_code, classes)
            pupil = existing.get(row.ine)
            if pupil is None:
                created.append(_new_pupil(runtime, db, org_id, row, class_id, actor))
                continue
            pupil.last_name, pupil.first_name = row.last_name, row.first_name
            pupil.birth_date, pupil.sex, pupil.class_id = row.birth_date, row.sex, class_id
            pupil.left_at, pupil.imported_at = None, now
            updated += 1
        if departures:
            listed = {r.ine for r in report.accepted}
            for ine, pupil in existing.items():
                if ine not in listed and pupil.left_at is None:
                    pupil.left_at = now
                    left += 1
        record(
            db,
            now=now,
            actor=actor,
            action="pupils.import",
            target=f"organisation:{org_id}",
            details={
                "mode": checked,
                "format": filename.rsplit(".", 1)[-1].casefold()[:8],
                "accepted": len(report.accepted),
                "rejected": len(report.rejected),
                "created": len(created),
                "updated": updated,
                "left": left,
            },
        )
    return ImportResult(report, checked, True, tuple(created), updated, left, departures)
