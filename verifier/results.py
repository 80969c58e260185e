"""What a verification returns and takes: the named checks, the result, the options.

A :class:`VerificationResult` lists every check of :data:`CHECK_NAMES` in that order, each
``passed``, ``failed`` or ``skipped`` with a message a person can read and a code a program can
match; :class:`VerifyOptions` holds everything a verification depends on besides the credential
(document loader, key resolver, clock, trust list, status list sources). The verification itself
is :func:`verifier.verify.verify_credential`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Literal

from vc.jsonld import DocumentLoader
from verifier.resolution import KeyResolver

CheckStatus = Literal["passed", "failed", "skipped"]

CHECK_NAMES = (
    "well_formed",
    "schema",
    "contexts_allowed",
    "proof",
    "assertion_method",
    "issuer_controls_key",
    "validity_period",
    "status",
)

DEFAULT_CLOCK_SKEW = timedelta(minutes=5)


StatusListSource = Callable[[str], Mapping[str, Any] | None]
#: Verifies a status list credential under the given options (see ``VerifyOptions``).
StatusListVerifier = Callable[[Mapping[str, Any], "VerifyOptions"], "VerificationResult"]
#: Fetches a status list of a trusted issuer: (list URL, the credential's issuer) -> the list
#: credential; raises :class:`verifier.fetch.FetchError` when it cannot.
StatusListFetch = Callable[[str, str], Mapping[str, Any]]


@dataclass(frozen=True, slots=True)
class Check:
    name: str
    status: CheckStatus
    message: str = ""
    code: str = ""

    @property
    def passed(self) -> bool:
        return self.status == "passed"

    def to_json(self) -> dict[str, str]:
        out = {"check": self.name, "status": self.status, "message": self.message}
        if self.code:
            out["code"] = self.code
        return out


class NamedChecks:
    """A result's checks looked up by name; the failed ones in order."""

    __slots__ = ()
    checks: tuple[Check, ...]

    def check(self, name: str) -> Check:
        for c in self.checks:
            if c.name == name:
                return c
        raise KeyError(name)

    @property
    def failed_checks(self) -> tuple[Check, ...]:
        return tuple(c for c in self.checks if c.status == "failed")


@dataclass(frozen=True, slots=True)
class VerificationResult(NamedChecks):
    verified: bool
    trusted: bool
    checks: tuple[Check, ...]
    issuer: str | None = None
    credential_id: str | None = None
    verification_method: str | None = None
    revoked: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)

    @property
    def issuer_standing(self) -> Literal["trusted", "unknown-issuer", "not-verified"]:
        """What a page says of the issuer: ``trusted`` (verified, issuer on the trust list:
        "issued by Certinum (trusted)"), ``unknown-issuer`` (verified, not on it: "valid
        signature, unknown issuer"), or ``not-verified``."""
        if not self.verified:
            return "not-verified"
        return "trusted" if self.trusted else "unknown-issuer"

    def to_json(self) -> dict[str, Any]:
        return {
            "verified": self.verified,
            "trusted": self.trusted,
            "revoked": self.revoked,
            "issuer": self.issuer,
            "credentialId": self.credential_id,
            "verificationMethod": self.verification_method,
            "checks": [c.to_json() for c in self.checks],
            "errors": [c.to_json() for c in self.failed_checks],
        }


@dataclass(frozen=True, slots=True)
class VerifyOptions:
    """The inputs of a verification besides the credential itself."""

    loader: DocumentLoader
    resolve_key: KeyResolver
    now: datetime
    trusted_issuers: frozenset[str] = frozenset()
    status_list_for: StatusListSource | None = None
    #: Asked for a list ``status_list_for`` does not hold, and only when the issuer is
    #: trusted: the list of an issuer not on the trust list is never fetched.
    fetch_status_list: StatusListFetch | None = None
    clock_skew: timedelta = DEFAULT_CLOCK_SKEW
    check_schema: bool = True
    #: How a status list credential is verified; None: :func:`verify_credential` without a
    #: status check of its own. Its result depends only on the list and these options, so a
    #: caller that reads the same list for many credentials may keep it (by the list's
    #: content, and the key set, trust list and validity dates it was computed under).
    verify_status_list: StatusListVerifier | None = None


class Checks:
    """Collects the named checks; ``fail`` short-circuits nothing by itself."""

    def __init__(self) -> None:
        self.items: dict[str, Check] = {}

    def ok(self, name: str, message: str = "") -> None:
        self.items[name] = Check(name, "passed", message)

    def fail(self, name: str, code: str, message: str) -> None:
        self.items[name] = Check(name, "failed", message, code)

    def skip(self, name: str, message: str) -> None:
        self.items.setdefault(name, Check(name, "skipped", message))

    def ordered(self) -> tuple[Check, ...]:
        for name in CHECK_NAMES:
            self.skip(name, "not reached")
        return tuple(self.items[n] for n in CHECK_NAMES)
