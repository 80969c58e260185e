"""Credential offers, token requests and credential requests of OpenID4VCI 1.0 (final).

- :func:`credential_offer` is the Credential Offer object (§4.1.1) of one pre-authorized code,
  with a ``tx_code`` object (numeric, its length) when a transaction code is required;
  :func:`offer_uri` the ``openid-credential-offer://?credential_offer_uri=…`` link (§4.1.3).
- :func:`parse_token_request` reads a Token Request (§6.1, RFC 6749 §4.1.3) of the
  pre-authorized code grant from its form fields: another grant is
  ``unsupported_grant_type``; a missing or repeated parameter ``invalid_request``.
- :func:`parse_credential_request` reads a Credential Request (§8.2):
  ``credential_configuration_id`` of a known configuration and ``proofs`` with exactly one
  ``jwt`` proof (no batch issuance is advertised, so one proof, one credential).
- :func:`new_secret`, :func:`new_tx_code` draw codes from the randomness they are given;
  :func:`secret_hash` and :func:`tx_code_hash` are what is stored instead (a transaction code,
  six digits, is hashed with its pre-authorized code, which is never stored, so a copy of the
  database does not give it away).

Unknown parameters are ignored everywhere, as §4.1.1, §6.1 and §8.2 require.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final
from urllib.parse import quote

from wallet_export.oid4vci_errors import OAuthError

__all__ = [
    "OFFER_SCHEME",
    "PRE_AUTHORIZED_GRANT",
    "TX_CODE_LENGTH",
    "CredentialRequest",
    "TokenRequest",
    "bearer_token",
    "credential_offer",
    "new_secret",
    "new_tx_code",
    "offer_uri",
    "parse_credential_request",
    "parse_token_request",
    "same_hash",
    "secret_hash",
    "tx_code_hash",
]

PRE_AUTHORIZED_GRANT: Final = "urn:ietf:params:oauth:grant-type:pre-authorized_code"
OFFER_SCHEME: Final = "openid-credential-offer://"
TX_CODE_LENGTH: Final = 6
SECRET_BYTES: Final = 32
MAX_FIELD_CHARS: Final = 512
MAX_PROOFS: Final = 1

Random = Callable[[int], bytes]


def new_secret(random: Random) -> str:
    """A pre-authorized code, access token or nonce: 256 random bits, base64url."""
    return base64.urlsafe_b64encode(random(SECRET_BYTES)).rstrip(b"=").decode("ascii")


def new_tx_code(random: Random, length: int = TX_CODE_LENGTH) -> str:
    """``length`` decimal digits, uniform (bytes of 250 and over are drawn again)."""
    digits: list[str] = []
    while len(digits) < length:
        for byte in random(length):
            if byte < 250 and len(digits) < length:
                digits.append(str(byte % 10))
    return "".join(digits)


def secret_hash(secret: str) -> str:
    """SHA-256 (hex) of a high-entropy secret: what the database keeps."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def tx_code_hash(pre_authorized_code: str, tx_code: str) -> str:
    """HMAC-SHA-256 of the transaction code keyed with its pre-authorized code."""
    key = pre_authorized_code.encode("utf-8")
    return hmac.new(key, tx_code.encode("utf-8"), hashlib.sha256).hexdigest()


def same_hash(a: str, b: str) -> bool:
    return hmac.compare_digest(a.encode("ascii"), b.encode("ascii"))


def credential_offer(
    issuer: str,
    configuration_id: str,
    pre_authorized_code: str,
    *,
    tx_code_length: int | None,
    tx_code_description: str = "",
) -> dict[str, Any]:
    """The Credential Offer object (§4.1.1) of a pre-authorized code; ``tx_code_length``
    None: no transaction code is required."""
    grant: dict[str, Any] = {"pre-authorized_code": pre_authorized_code}
    if tx_code_length is not None:
        tx: dict[str, Any] = {"input_mode": "numeric", "length": tx_code_length}
        if tx_code_description:
            tx["description"] = tx_code_description[:300]
        grant["tx_code"] = tx
    return {
        "credential_issuer": issuer,
        "credential_configuration_ids": [configuration_id],
        "grants": {PRE_AUTHORIZED_GRANT: grant},
    }


def offer_uri(offer_url: str) -> str:
    """``openid-credential-offer://?credential_offer_uri=`` + the percent-encoded URL."""
    return f"{OFFER_SCHEME}?credential_offer_uri={quote(offer_url, safe='')}"


@dataclass(frozen=True, slots=True)
class TokenRequest:
    pre_authorized_code: str
    tx_code: str | None


def _single(form: Mapping[str, Sequence[str]], name: str) -> str | None:
    values = form.get(name)
    if not values:
        return None
    if len(values) > 1:
        raise OAuthError("invalid_request", f"the parameter {name} is repeated")
    if len(values[0]) > MAX_FIELD_CHARS:
        raise OAuthError("invalid_request", f"the parameter {name} is too long")
    return values[0]


def parse_token_request(form: Mapping[str, Sequence[str]]) -> TokenRequest:
    """The pre-authorized code and transaction code of a Token Request's form fields."""
    grant = _single(form, "grant_type")
    if grant is None:
        raise OAuthError("invalid_request", "grant_type is missing")
    if grant != PRE_AUTHORIZED_GRANT:
        raise OAuthError(
            "unsupported_grant_type", f"only the grant type {PRE_AUTHORIZED_GRANT} is supported"
        )
    code = _single(form, "pre-authorized_code")
    if not code:
        raise OAuthError("invalid_request", "pre-authorized_code is missing")
    return TokenRequest(pre_authorized_code=code, tx_code=_single(form, "tx_code"))


def bearer_token(authorization: str) -> str | None:
    """The token of an ``Authorization: Bearer …`` header (RFC 6750 §2.1), else None."""
    scheme, _, token = authorization.strip().partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > MAX_FIELD_CHARS:
        return None
    return token


@dataclass(frozen=True, slots=True)
class CredentialRequest:
    configuration_id: str
    proofs: tuple[str, ...]


def _request_error(description: str) -> OAuthError:
    return OAuthError("invalid_credential_request", description)


def parse_credential_request(body: object, known: Collection[str]) -> CredentialRequest:
    """The configuration and ``jwt`` proofs of a Credential Request body (parsed JSON)."""
    if not isinstance(body, dict):
        raise _request_error("the credential request is a JSON object")
    if "credential_identifier" in body:
        if "credential_configuration_id" in body:
            raise _request_error(
                "credential_identifier and credential_configuration_id exclude each other"
            )
        raise OAuthError(
            "unknown_credential_identifier",
            "this issuer returns no credential_identifiers: use credential_configuration_id",
        )
    configuration = body.get("credential_configuration_id")
    if not isinstance(configuration, str):
        raise _request_error("credential_configuration_id (a string) is missing")
    if configuration not in known:
        raise OAuthError(
            "unknown_credential_configuration",
            f"unknown credential configuration {configuration[:80]!r}",
        )
    if "credential_response_encryption" in body:
        raise OAuthError(
            "invalid_encryption_parameters", "this issuer does not encrypt credential responses"
        )
    proofs = body.get("proofs")
    if proofs is None:
        raise OAuthError("invalid_proof", "proofs is missing: a holder key proof is required")
    if not isinstance(proofs, dict) or len(proofs) != 1:
        raise _request_error("proofs is an object with exactly one proof type")
    if "jwt" not in proofs:
        raise OAuthError("invalid_proof", "only the jwt proof type is supported")
    jwts = proofs["jwt"]
    if not isinstance(jwts, list) or not jwts:
        raise _request_error("proofs.jwt is a non-empty array")
    if len(jwts) > MAX_PROOFS:
        raise _request_error(f"at most {MAX_PROOFS} proof per request (no batch issuance)")
    if not all(isinstance(j, str) for j in jwts):
        raise OAuthError("invalid_proof", "each jwt proof is a string")
    return CredentialRequest(configuration_id=configuration, proofs=tuple(jwts))
