"""What the public pages say of a check that did not pass: a catalogue sentence chosen by the
check's code (French or English as the page), never the verifier's English message.

The verifier names each failure with a stable code (``REVOKED``, ``EXPIRED``,
``PROOF_VERIFICATION_FAILED``…). :func:`check_detail` picks the sentence of that code, else
the sentence of the check's name (a code this table does not list yet, from a newer verifier),
else a general one; the code itself is shown beside it, for whoever needs the detail (the
JSON API keeps the verifier's message). A skipped check says it was not checked.
"""

from __future__ import annotations

from certinum.web.i18n import N_
from verifier.results import Check

_MALFORMED = N_("The document does not follow the Verifiable Credentials data model.")
_SIGNATURE = N_("The electronic signature does not match the document.")
_KEY = N_("The key that signed the document could not be found or is not usable.")
_VOCABULARY = N_("The document uses a vocabulary or construction this service does not accept.")
_STATUS_READ = N_("The issuer's status list could not be read: the status is not confirmed.")
_STATUS_LIST = N_("The status list is not a valid list signed by the issuer.")
_STATUS_ENTRY = N_("The status entry of the certificate is malformed.")

#: check code → sentence.
BY_CODE = {
    "MALFORMED": _MALFORMED,
    "SCHEMA": N_("The document does not follow the Open Badges 3.0 schema."),
    "CONTEXT_NOT_ALLOWED": _VOCABULARY,
    "JSONLD_KEYWORD_NOT_ALLOWED": _VOCABULARY,
    "UNSAFE_JSONLD": _VOCABULARY,
    "INVALID_JSONLD": _VOCABULARY,
    "PROOF_MISSING": N_("The document carries no electronic signature."),
    "MALFORMED_PROOF": _SIGNATURE,
    "PROOF_VERIFICATION_FAILED": _SIGNATURE,
    "PROOF_INVALID": _SIGNATURE,
    "PROOF_CONTEXT_MISMATCH": _SIGNATURE,
    "PROOF_PURPOSE_MISMATCH": _SIGNATURE,
    "UNSUPPORTED_CRYPTOSUITE": N_("The signature uses a method this service does not support."),
    "TOO_MANY_PROOFS": N_("The document carries too many signatures to be checked."),
    "DOCUMENT_TOO_LARGE": N_("The document is too large or too complex to be checked."),
    "CANONICALIZATION_BUDGET_EXCEEDED": N_(
        "The document is too large or too complex to be checked."
    ),
    "CANONICALIZATION_ERROR": _SIGNATURE,
    "KEY_NOT_FOUND": _KEY,
    "INVALID_PUBLIC_KEY": _KEY,
    "UNRESOLVED": _KEY,
    "VM_NO_SCHEME": _KEY,
    "VM_UNKNOWN_SCHEME": _KEY,
    "UNSUPPORTED_DID_METHOD": _KEY,
    "DID_NOT_RETRIEVED": _KEY,
    "NOT_ASSERTION_METHOD": N_("The signing key is not authorized to issue credentials."),
    "ISSUER_NOT_CONTROLLER": N_("The signing key does not belong to the issuer."),
    "NOT_YET_VALID": N_("The certificate is not valid yet."),
    "EXPIRED": N_("The certificate has expired."),
    "REVOKED": N_("The issuer revoked this certificate."),
    "SUSPENDED": N_("The issuer suspended this certificate."),
    "STATUS_UNKNOWN": _STATUS_READ,
    "STATUS_RETRIEVAL_ERROR": _STATUS_READ,
    "STATUS_LIST_INVALID": _STATUS_LIST,
    "STATUS_VERIFICATION_ERROR": _STATUS_LIST,
    "STATUS_MALFORMED": _STATUS_ENTRY,
    "MALFORMED_VALUE_ERROR": _STATUS_ENTRY,
    "RANGE_ERROR": _STATUS_ENTRY,
    "STATUS_LIST_LENGTH_ERROR": _STATUS_ENTRY,
    "ISSUER_NOT_TRUSTED": N_("The issuer is not on this service's trust list."),
}
#: check name → sentence, for a code :data:`BY_CODE` does not list.
BY_NAME = {
    "well_formed": _MALFORMED,
    "schema": N_("The document does not follow the Open Badges 3.0 schema."),
    "contexts_allowed": _VOCABULARY,
    "proof": _SIGNATURE,
    "assertion_method": _KEY,
    "issuer_controls_key": N_("The signing key does not belong to the issuer."),
    "validity_period": N_("The certificate is outside its validity period."),
    "status": _STATUS_READ,
    "issuer_trusted": N_("The issuer is not on this service's trust list."),
    "pdf_content": N_("The page of the PDF does not show what its embedded credential says."),
}
FAILED = N_("This check failed.")
SKIPPED = N_("Not checked for this document.")


def check_detail(check: Check) -> tuple[str, str]:
    """The catalogue sentence (to translate) and the code shown for ``check``; empty for a
    passed check."""
    if check.status == "passed":
        return "", ""
    if check.status != "failed":
        return SKIPPED, ""
    if check.name == "pdf_content":  # the message lists the findings as "code: message; …"
        codes = [part.split(":", 1)[0].strip() for part in check.message.split("; ")]
        return BY_NAME["pdf_content"], " ".join(c for c in codes if c) or check.code
    return BY_CODE.get(check.code) or BY_NAME.get(check.name) or FAILED, check.code
