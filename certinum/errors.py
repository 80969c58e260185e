"""The service's domain errors: one small tree, turned into HTTP problems in one place.

Each error carries a ``code`` (the problem-details slug, a CLI message's subject)::

    CertinumError (Exception)         .code
    ├── IssuanceRefused               a credential the service will not sign (422)
    ├── StatusChangeRefused           a status change that is not allowed (422)
    ├── UnknownCredential             no issued credential with that id (404)
    ├── UnknownIssuer                 no issuer instance with that name (404)
    ├── KeyOperationRefused           a key operation that cannot be done (422; CLI exit 2)
    ├── StartupRefused                a configuration the service will not start with
    ├── PositioningRefused            a positioning action that is not allowed (422)
    │   └── UnknownAttempt            no such attempt of this candidate (404)
    ├── SchoolRefused                 a schools action that is not allowed (422)
    │   └── UnknownSchoolRecord       no such organisation, campaign or campaign code (404)
    ├── CertificationRefused          a certification action that is not allowed (422)
    │   ├── UnknownCertificationRecord no such centre, session or enrolment here (404)
    │   └── CertificationConflict     not in the state it needs (a closed session…) (409)
    └── IssuerUnavailable             the issuer key cannot be used now (503)

:mod:`certinum.problems` maps these (and database errors) to RFC 9457 problem details.
"""

from __future__ import annotations

from typing import Any


class CertinumError(Exception):
    """Base of the service's errors; ``code`` names the reason.

    Raised as ``SomeError(message)`` (the class's ``default_code``) or
    ``SomeError(code, message)``. ``extra`` holds members the problem details carry besides
    the standard ones (e.g. every data-model violation of a refused credential).
    """

    default_code = "error"

    def __init__(self, *args: str) -> None:
        if len(args) == 2:
            code, message = args
        else:
            code, message = self.default_code, (args[0] if args else "")
        super().__init__(message)
        self.code = code
        self.extra: dict[str, Any] = {}


class IssuanceRefused(CertinumError):
    """A credential the service will not sign: ``IssuanceRefused(code, message)``."""

    default_code = "issuance-refused"


class StatusChangeRefused(CertinumError):
    """A status change the service refuses (un-revoking, no suspension entry…)."""

    default_code = "status-change-refused"


class UnknownCredential(CertinumError):
    """No issued credential has this id."""

    default_code = "unknown-credential"


class UnknownIssuer(CertinumError):
    """No did:key issuer instance has this name."""

    default_code = "unknown-issuer"


class KeyOperationRefused(CertinumError):
    """A key operation that cannot be done (unknown key, wrong passphrase…)."""

    default_code = "key-operation-refused"


class StartupRefused(CertinumError):
    """A configuration the service refuses to start with (the development key in production)."""

    default_code = "startup-refused"


class IssuerUnavailable(CertinumError):
    """The issuer key cannot be used (wrong passphrase or key file, damaged keyring)."""

    default_code = "issuer-unavailable"


class PositioningRefused(CertinumError):
    """A positioning action the service refuses: ``PositioningRefused(code, message)``
    (a double submission, an answer to a question not being asked, a finished attempt…)."""

    default_code = "positioning-refused"


class UnknownAttempt(PositioningRefused):
    """No positioning attempt with this id belongs to this candidate (another candidate's
    attempt gets the same answer as one that does not exist)."""

    default_code = "unknown-attempt"


class SchoolRefused(CertinumError):
    """A schools action the service refuses: ``SchoolRefused(code, message)`` (a pupil file
    with rejected rows, a campaign for an unknown class, a pupil joining another school's
    campaign…); ``extra`` may carry the import report."""

    default_code = "school-refused"


class UnknownSchoolRecord(SchoolRefused):
    """No organisation, campaign or campaign code of that id here (another organisation's
    campaign gets the same answer as one that does not exist)."""

    default_code = "unknown-school-record"


class CertificationRefused(CertinumError):
    """A certification action the service refuses: ``CertificationRefused(code, message)``
    (a bad session date, a candidate who is not certifiable, an enrolment file with rejected
    rows…); ``extra`` may carry the enrolment report."""

    default_code = "certification-refused"


class UnknownCertificationRecord(CertificationRefused):
    """No centre, session or enrolment of that id here (another centre's session gets the
    same answer as one that does not exist)."""

    default_code = "unknown-certification-record"


class CertificationConflict(CertificationRefused):
    """A certification action the record's state does not allow (409): a change to a
    finalised session (``session-closed``), a test action after its end…"""

    default_code = "certification-conflict"
