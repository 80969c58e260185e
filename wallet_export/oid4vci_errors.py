"""The error responses of OpenID for Verifiable Credential Issuance 1.0 (final).

Every refusal names one of the spec's error codes: the token endpoint's come from OAuth 2.0
(RFC 6749 §5.2, with OpenID4VCI §6.3's clarifications: a missing or unexpected transaction
code is ``invalid_request``, a wrong one, or a wrong, used or expired pre-authorized code,
``invalid_grant``); the credential endpoint's from RFC 6750 §3.1 (``invalid_token``, HTTP 401)
and OpenID4VCI §8.3.1.2 (``invalid_credential_request``, ``unknown_credential_configuration``,
``unknown_credential_identifier``, ``invalid_proof``, ``invalid_nonce``,
``credential_request_denied``). ``error_description`` must stay within the ASCII characters
``%x20-21 / %x23-5B / %x5D-7E`` (§8.3.1.2): :func:`ascii_description` makes it so.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = [
    "CREDENTIAL_ERRORS",
    "TOKEN_ERRORS",
    "OAuthError",
    "ascii_description",
]

TOKEN_ERRORS: Final = frozenset(
    {
        "invalid_request",
        "invalid_client",
        "invalid_grant",
        "unauthorized_client",
        "unsupported_grant_type",
        "invalid_scope",
    }
)
CREDENTIAL_ERRORS: Final = frozenset(
    {
        "invalid_token",
        "invalid_credential_request",
        "unknown_credential_configuration",
        "unknown_credential_identifier",
        "invalid_proof",
        "invalid_nonce",
        "invalid_encryption_parameters",
        "credential_request_denied",
    }
)
_NOT_ALLOWED = re.compile(r"[^\x20\x21\x23-\x5b\x5d-\x7e]")
MAX_DESCRIPTION: Final = 300


def ascii_description(text: str) -> str:
    """``text`` with every character the spec forbids (``"``, ``\\``, non-ASCII, controls)
    replaced by ``?``, cut at :data:`MAX_DESCRIPTION` characters."""
    return _NOT_ALLOWED.sub("?", text)[:MAX_DESCRIPTION]


class OAuthError(Exception):
    """A refusal with its spec error code, description and HTTP status (400 unless told)."""

    def __init__(self, error: str, description: str, status: int = 400) -> None:
        if error not in TOKEN_ERRORS | CREDENTIAL_ERRORS:
            raise ValueError(f"not an OAuth or OpenID4VCI error code: {error!r}")
        super().__init__(f"{error}: {description}")
        self.error = error
        self.description = ascii_description(description)
        self.status = status

    def to_json(self) -> dict[str, str]:
        """The ``{"error", "error_description"}`` body."""
        return {"error": self.error, "error_description": self.description}
