"""What the public verification pages show: the verdict, the certificate, each check.

An employer types a code (or follows the QR code of a certificate, or uploads a file) and sees
at once whether the certificate is authentic, then what it states, then every check by name.
This module turns a credential, its :class:`VerificationResult` and, for a PDF, the findings
on the PDF's content into the context of ``verify/certificate.html``; every sentence is a
catalogue message, marked with :func:`N_` and translated when the page is rendered; a check
that did not pass is explained by the sentence of its code
(:mod:`certinum.verification.check_messages`), never by the verifier's English message.

The verdicts are the design's ("What verified means"), plus two that must never read as
valid: a suspended certificate, and one whose status could not be determined (every other
check passed, the status list could not be read or checked). A PDF whose page does not
show what its embedded credential says is not authentic, whatever the credential.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from certinum.verification.check_messages import check_detail
from certinum.verification.facts import certificate_facts
from certinum.web.i18n import N_
from issuer.certificate_pdf_check import PdfFinding as Finding
from issuer.openbadge import MAX_SCORE
from verifier.verify import Check, VerificationResult

CHECK_LABELS = {
    "well_formed": N_("Well-formed document"),
    "schema": N_("Conforms to Open Badges 3.0"),
    "contexts_allowed": N_("Known vocabularies"),
    "proof": N_("Valid electronic signature"),
    "assertion_method": N_("Key authorized by the issuer"),
    "issuer_controls_key": N_("Key controlled by the issuer"),
    "validity_period": N_("Validity period"),
    "status": N_("Neither revoked nor suspended"),
    "issuer_trusted": N_("Issuer known to this service"),
    "pdf_content": N_("PDF content matches its embedded credential"),
}
#: An unknown check name (a newer verifier) is shown as itself, untranslated.
STATUS_LABELS = {
    "passed": (N_("Passed:"), "✓"),
    "failed": (N_("Failed:"), "✗"),
    "skipped": (N_("Not applicable:"), "–"),
}
BAD_CODE = N_("A verification code is written P- followed by 8 characters, for example P-7KQ2MXRB.")
UNKNOWN_CODE = N_("No certificate has this code.")

AUTHENTIC, REVOKED, SUSPENDED = "authentic", "revoked", "suspended"
NOT_AUTHENTIC, UNKNOWN_ISSUER, STATUS_UNKNOWN = "not-authentic", "unknown-issuer", "status-unknown"
#: verdict → (css class, sentence of the page).
VERDICTS = {
    AUTHENTIC: ("ok", N_("Authentic certificate")),
    REVOKED: ("bad", N_("Certificate revoked by its issuer")),
    SUSPENDED: ("bad", N_("Certificate suspended by its issuer")),
    NOT_AUTHENTIC: ("bad", N_("Certificate not authentic")),
    UNKNOWN_ISSUER: ("warn", N_("Valid signature, but from an issuer we do not know")),
    STATUS_UNKNOWN: ("warn", N_("Status could not be determined: not confirmed as valid")),
}
#: Status check codes that state the status (revoked, suspended) rather than fail to read it.
_STATED = ("REVOKED", "SUSPENDED")


def verdict_of(result: VerificationResult, pdf: list[Finding] | None = None) -> str:
    """The public verdict of ``result`` (and, for a PDF, of the findings on its content)."""
    status = next((c for c in result.checks if c.name == "status"), None)
    if result.revoked or (status is not None and status.code == "REVOKED"):
        return REVOKED
    if status is not None and status.code == "SUSPENDED":
        return SUSPENDED
    if pdf:
        return NOT_AUTHENTIC
    others_failed = any(c.status == "failed" for c in result.checks if c.name != "status")
    if status is not None and status.status == "failed" and status.code not in _STATED:
        return NOT_AUTHENTIC if others_failed else STATUS_UNKNOWN
    if result.verified:
        return AUTHENTIC if result.trusted else UNKNOWN_ISSUER
    return NOT_AUTHENTIC


def all_checks(result: VerificationResult, pdf: list[Finding] | None = None) -> list[Check]:
    """The verifier's checks, then whether the issuer is trusted, then (for a PDF) whether
    its page shows what its credential says; the last two named as in :data:`CHECK_LABELS`."""
    checks = list(result.checks)
    if result.trusted:
        checks.append(Check("issuer_trusted", "passed", "on this service's trust list"))
    else:
        issuer = result.issuer or "unknown"
        message = f"{issuer} is not on this service's trust list"
        checks.append(Check("issuer_trusted", "failed", message, "ISSUER_NOT_TRUSTED"))
    if pdf is not None:
        if pdf:
            text = "; ".join(f"{f.code}: {f.message}" for f in pdf)
            checks.append(Check("pdf_content", "failed", text, pdf[0].code))
        else:
            checks.append(Check("pdf_content", "passed", "the page is the credential's"))
    return checks


def form_context(value: str = "", error: str = "", **extra: Any) -> dict[str, Any]:
    """The verification form, with what was typed and the catalogue message of its error."""
    return {
        "value": value,
        "error": error,
        "upload_error": "",
        "upload_detail": "",
        "paste": "",
        **extra,
    }


@dataclass(frozen=True)
class CheckRow:
    status: str
    icon: str
    status_label: str
    label: str
    detail: str
    code: str = ""


def _check_row(check: Check) -> CheckRow:
    status_label, icon = STATUS_LABELS.get(check.status, (check.status, "?"))
    detail, code = check_detail(check)
    return CheckRow(
        status=check.status,
        icon=icon,
        status_label=status_label,
        label=CHECK_LABELS.get(check.name, check.name),
        detail=detail,
        code=code,
    )


def certificate_context(
    code: str,
    doc: dict[str, Any],
    result: VerificationResult,
    *,
    downloads: bool = False,
    pdf: list[Finding] | None = None,
    source: str = "",
) -> dict[str, Any]:
    """Everything ``verify/certificate.html`` shows of one credential and its verification;
    ``downloads``: links to its PDF and credential (a published, unrevoked certificate);
    ``source``: what was uploaded (empty for a code)."""
    key = verdict_of(result, pdf)
    css, sentence = VERDICTS[key]
    facts = certificate_facts(doc)
    return {
        "code": code,
        "verdict_key": key,
        "verdict_css": css,
        "verdict": sentence,
        "facts": facts,
        "holder": facts.name,
        "issuer_name": facts.issuer_name,
        "issuer_id": str(result.issuer or ""),
        "max_score": MAX_SCORE,
        "checks": [_check_row(c) for c in all_checks(result, pdf)],
        "downloads": downloads,
        "source": source,
    }


def api_answer(
    code: str,
    doc: dict[str, Any],
    result: VerificationResult,
    base_url: str,
    *,
    pdf: list[Finding] | None = None,
) -> dict[str, Any]:
    """``GET /api/certificates/{code}``: the verdict, each check, what the certificate states;
    ``pdf``: the findings on an uploaded PDF's page, as on the page."""
    return {
        "code": code,
        "verdict": verdict_of(result, pdf),
        "verified": result.verified,
        "trusted": result.trusted,
        "revoked": result.revoked,
        "issuer": result.issuer,
        "checks": [c.to_json() for c in all_checks(result, pdf)],
        "certificate": certificate_facts(doc).to_json(),
        "links": {"verify": f"{base_url}/verify/{code}"},
        "credential": doc,
    }
