"""The credential of a certificate the public may see, by its verification code, verified.

Only a published, certified result has a public certificate: the credential must state a
result (``issued_credentials.result_id``) that is ``certified`` in a ``published`` session, the
same rule as the downloads (:mod:`certinum.issuance.certificates`). A revoked certificate is
still shown (its verdict says revoked); a code never issued, a credential sent to the VC API
without a result, and a result that is no longer certified (cancelled) all give ``None``, so
that the page cannot tell them apart.
"""

from __future__ import annotations

from typing import Any

from certinum.runtime import Runtime
from certinum.verification.codepage import certificate_verdict
from verifier.verify import VerificationResult


def checked(runtime: Runtime, code: str) -> tuple[dict[str, Any], VerificationResult, bool] | None:
    """The public certificate ``code`` (normalised), its verification now, and whether it is
    revoked in the database; None for any other code (:func:`certificate_verdict`: one query,
    the verification result kept until a status, a key or the trust list changes)."""
    found = certificate_verdict(runtime, code)
    if found is None:
        return None
    return found.document, found.result, not found.downloads
