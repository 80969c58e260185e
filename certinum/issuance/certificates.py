"""Which certificates someone may see or download: a candidate's, a class's, a session's.

A certificate here is an issued credential stating a ``certified`` result of a *published*
session (``issued_credentials.result_id`` → ``cert_results``); credentials sent to the VC API
have no result and are not certificates of this area. Each look-up checks its scope:
:func:`of_session` only a session of that centre, :func:`of_class` only a class of that
organisation whose pupils were enrolled with the organisation's UAI, so a school sees only its
pupils and a centre only its sessions. :func:`downloadable` is the public door of the
downloads: a certificate that is published, certified and not revoked, else ``None`` whatever
the reason, so that a refusal does not tell whether the code ever existed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select

from certinum.certification.review_tables import CERTIFIED, PublishedResult
from certinum.certification.sessions import find_session
from certinum.certification.tables import PUBLISHED, Centre, CertificationSession, Enrolment
from certinum.errors import UnknownSchoolRecord
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from certinum.schools.service import find_organisation
from certinum.schools.tables import Pupil, SchoolClass


@dataclass(frozen=True, slots=True)
class Certificate:
    """One issued certificate with what the pages show of it (never the document itself)."""

    credential_id: str
    code: str
    result_id: int
    session_id: int
    enrolment_id: int
    account_id: int
    last_name: str
    first_name: str
    day: date
    centre: str
    issued_at: datetime
    revoked_at: datetime | None
    revocation_reason: str

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None

    def links(self, base_url: str) -> dict[str, str]:
        """The public page and the downloads of this certificate (none once revoked)."""
        page = f"{base_url}/verify/{self.code}"
        if self.revoked:
            return {"verify": page}
        return {
            "verify": page,
            "pdfFr": f"{page}/certificate.pdf",
            "pdfEn": f"{page}/certificate.pdf?lang=en",
            "credential": f"{page}/credential.json",
        }

    def to_json(self, base_url: str) -> dict[str, Any]:
        return {
            "code": self.code,
            "credentialId": self.credential_id,
            "session": self.session_id,
            "enrolment": self.enrolment_id,
            "lastName": self.last_name,
            "firstName": self.first_name,
            "date": self.day.isoformat(),
            "centre": self.centre,
            "issuedAt": self.issued_at.isoformat(),
            "revoked": self.revoked,
            "revokedAt": self.revoked_at.isoformat() if self.revoked_at else None,
            "revocationReason": self.revocation_reason or None,
            "links": self.links(base_url),
        }


_Rows = Select[IssuedCredential, PublishedResult, Enrolment, CertificationSession, str]


def _query() -> _Rows:
    return (
        select(IssuedCredential, PublishedResult, Enrolment, CertificationSession, Centre.name)
        .join(PublishedResult, PublishedResult.id == IssuedCredential.result_id)
        .join(Enrolment, Enrolment.id == PublishedResult.enrolment_id)
        .join(CertificationSession, CertificationSession.id == PublishedResult.session_id)
        .join(Centre, Centre.id == CertificationSession.centre_id)
        .where(CertificationSession.status == PUBLISHED, PublishedResult.outcome == CERTIFIED)
        .order_by(
            CertificationSession.day.desc(), Enrolment.last_name, Enrolment.first_name,
            IssuedCredential.verification_code,
        )
    )  # fmt: skip


def _certificate(row: Any) -> Certificate:
    cred, result, enrolment, session, centre = row
    return Certificate(
        cred.id, cred.verification_code or "", result.id, session.id, enrolment.id,
        result.account_id, enrolment.last_name, enrolment.first_name, session.day, centre,
        cred.issued_at, cred.revoked_at, cred.revocation_reason or "",
    )  # fmt: skip


def _run(runtime: Runtime, query: _Rows) -> list[Certificate]:
    with runtime.sessions() as db:
        return [_certificate(row) for row in db.execute(query)]


def of_candidate(runtime: Runtime, account_id: int) -> list[Certificate]:
    """The signed-in candidate's certificates, latest session first."""
    return _run(runtime, _query().where(PublishedResult.account_id == account_id))


def of_session(runtime: Runtime, centre_id: str, session_id: int) -> list[Certificate]:
    """The certificates of a session of this centre (404 ``unknown-session`` otherwise)."""
    with runtime.sessions() as db:
        find_session(db, centre_id, session_id)
    return _run(runtime, _query().where(PublishedResult.session_id == session_id))


def in_session(runtime: Runtime, session_id: int) -> list[Certificate]:
    """The certificates of a session, for the jury (who reviews every centre's sessions)."""
    return _run(runtime, _query().where(PublishedResult.session_id == session_id))


@dataclass(frozen=True, slots=True)
class ClassCertificates:
    class_id: int
    code: str
    certificates: tuple[Certificate, ...]


def of_school(runtime: Runtime, organisation_id: str) -> list[ClassCertificates]:
    """The certificates of the school's pupils (enrolled with its UAI), by class; every class
    of the school is listed, with none when its pupils have none yet."""
    with runtime.sessions() as db:
        org = find_organisation(db, organisation_id)
        classes = list(
            db.execute(
                select(SchoolClass.id, SchoolClass.code)
                .where(SchoolClass.organisation_id == org.id)
                .order_by(SchoolClass.code)
            )
        )
        rows = db.execute(
            _query()
            .add_columns(Pupil.class_id)
            .join(Pupil, Pupil.account_id == PublishedResult.account_id)
            .where(Pupil.organisation_id == org.id, Enrolment.school_uai == org.uai)
        )
        by_class: dict[int, list[Certificate]] = {}
        for row in rows:
            by_class.setdefault(row[-1], []).append(_certificate(row[:-1]))
    return [ClassCertificates(cid, code, tuple(by_class.get(cid, ()))) for cid, code in classes]


def of_class(runtime: Runtime, organisation_id: str, class_id: int) -> ClassCertificates:
    """The certificates of one class of the school; 404 ``unknown-class`` for a class of
    another school or none."""
    with runtime.sessions() as db:
        org = find_organisation(db, organisation_id)
        klass = db.get(SchoolClass, class_id)
        if klass is None or klass.organisation_id != org.id:
            raise UnknownSchoolRecord("unknown-class", f"no class {class_id} in this school")
    for found in of_school(runtime, organisation_id):
        if found.class_id == class_id:
            return found
    raise UnknownSchoolRecord("unknown-class", f"no class {class_id} in this school")


def by_code(runtime: Runtime, code: str) -> Certificate | None:
    """The certificate with this verification code (revoked or not), or None."""
    found = _run(runtime, _query().where(IssuedCredential.verification_code == code))
    return found[0] if found else None


def by_credential(runtime: Runtime, credential_id: str) -> Certificate | None:
    """The certificate of this issued credential, or None (a VC API credential is none)."""
    found = _run(runtime, _query().where(IssuedCredential.id == credential_id[:200]))
    return found[0] if found else None


def downloadable(runtime: Runtime, code: str) -> IssuedCredential | None:
    """The stored credential of a published, certified, unrevoked certificate, else None."""
    with runtime.sessions() as db:
        row = db.execute(
            _query().where(IssuedCredential.verification_code == code)
        ).first()  # fmt: skip
        if row is None or row[0].revoked_at is not None:
            return None
        credential: IssuedCredential = row[0]
        db.expunge(credential)
        return credential


def credential_row(runtime: Runtime, credential_id: str) -> IssuedCredential:
    """The stored credential of this id (for a download already scope-checked)."""
    with runtime.sessions() as db:
        row = db.get(IssuedCredential, credential_id)
        if row is None:  # pragma: no cover - ids come from a query of the same request
            raise LookupError(credential_id)
        db.expunge(row)
        return row
