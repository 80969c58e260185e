"""What the public verification pages show: ``GET /verify`` and ``GET /verify/{code}``.

An employer types a code (or follows the QR code of a certificate) and sees at once whether the
certificate is authentic, who issued it, whether it was revoked, and every check by name. This
module turns a credential and its :class:`VerificationResult` into the context of the templates
``verify/form.html`` and ``verify/certificate.html`` (:mod:`certinum.web`); every sentence is a
catalogue message, marked with :func:`N_` and translated when the page is rendered. The
verifier's own messages are English technical details, shown beside the translated label.
Server-rendered HTML with no script: it works in any browser and prints cleanly.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from assessment.framework import COMPETENCES
from certinum.web.i18n import N_
from issuer.openbadge import MAX_SCORE, band_for_score
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
}
#: An unknown check name (a newer verifier) is shown as itself, untranslated.
STATUS_LABELS = {
    "passed": (N_("Passed:"), "✓"),
    "failed": (N_("Failed:"), "✗"),
    "skipped": (N_("Not applicable:"), "–"),
}
BAD_CODE = N_("A verification code is written P- followed by 8 characters, for example P-7KQ2MXRB.")
UNKNOWN_CODE = N_("No certificate has this code.")


def form_context(value: str = "", error: str = "") -> dict[str, Any]:
    """The verification form, with what was typed and the catalogue message of its error."""
    return {"value": value, "error": error}


def verdict(result: VerificationResult) -> tuple[str, str]:
    """(css class, message) of the public verdicts: the design's four, and suspended."""
    if result.revoked:
        return "bad", N_("Certificate revoked by its issuer")
    if any(c.name == "status" and c.code == "SUSPENDED" for c in result.checks):
        return "bad", N_("Certificate suspended by its issuer")
    if result.verified and result.trusted:
        return "ok", N_("Authentic certificate")
    if result.verified:
        return "warn", N_("Valid signature, but from an issuer we do not know")
    return "bad", N_("Certificate not authentic")


@dataclass(frozen=True)
class CompetenceRow:
    code: str
    title_fr: str
    title_en: str
    level: str


@dataclass(frozen=True)
class CheckRow:
    status: str
    icon: str
    status_label: str
    label: str
    detail: str


def _check_row(check: Check) -> CheckRow:
    status_label, icon = STATUS_LABELS.get(check.status, (check.status, "?"))
    return CheckRow(
        status=check.status,
        icon=icon,
        status_label=status_label,
        label=CHECK_LABELS.get(check.name, check.name),
        detail=check.message if check.status != "passed" else "",
    )


def _competence_rows(results: list[Any]) -> list[CompetenceRow]:
    by_id = {r.get("resultDescription", ""): r for r in results if isinstance(r, dict)}
    rows = []
    for comp in COMPETENCES:
        found = next((r for k, r in by_id.items() if k.endswith(f"#competence-{comp.code}")), None)
        if found is not None:
            level = str(found.get("value", ""))
            rows.append(CompetenceRow(comp.code, comp.title_fr, comp.title_en, level))
    return rows


def certificate_context(
    code: str, doc: dict[str, Any], result: VerificationResult, *, downloads: bool = False
) -> dict[str, Any]:
    """Everything ``verify/certificate.html`` shows of one credential and its verification;
    ``downloads``: links to its PDF and credential (a published, unrevoked certificate)."""
    css, sentence = verdict(result)
    subject = doc.get("credentialSubject") or {}
    issuer = doc.get("issuer")
    source = subject.get("source") or {}
    results = subject.get("result") or []
    by_id = {r.get("resultDescription", ""): r for r in results if isinstance(r, dict)}
    score = next((r.get("value") for k, r in by_id.items() if k.endswith("#score")), None)
    band = None
    if score is not None and str(score).isdigit() and int(score) <= MAX_SCORE:
        band = band_for_score(int(score))
    return {
        "code": code,
        "verdict_css": css,
        "verdict": sentence,
        "holder": str(subject.get("name", "")),
        "session_date": str(subject.get("activityEndDate", ""))[:10],
        "centre": str(source.get("name") or ""),
        "issuer_name": issuer.get("name", "") if isinstance(issuer, dict) else str(issuer),
        "issuer_id": str(result.issuer),
        "score": score,
        "max_score": MAX_SCORE,
        "band": band,
        "competences": _competence_rows(results),
        "checks": [_check_row(c) for c in result.checks],
        "downloads": downloads,
    }
