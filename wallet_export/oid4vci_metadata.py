"""The metadata of Certinum as an OpenID4VCI 1.0 Credential Issuer and its Authorization Server.

- :func:`issuer_metadata` is served at ``/.well-known/openid-credential-issuer`` (§12.2): the
  Credential Issuer Identifier is the service's base URL (when it has a path, the metadata is
  also served at the path-suffixed location, §12.2.2, by
  :mod:`certinum.wallet.oid4vci_metadata_routes`), the credential, nonce endpoints, and one
  configuration,
  :data:`CONFIGURATION_ID`: the certificate credential (``ldp_vc``, VC 2.0 + OB 3.0 contexts,
  signed with ``eddsa-rdfc-2022``), bound to a ``did:key`` or ``did:jwk`` proven with a ``jwt``
  proof (``EdDSA`` or ``Ed25519``). Its ``credential_metadata`` (display names in French and
  English, the claims shown) is the member by which clients recognise version 1.0 (the drafts
  put ``display`` and ``claims`` at the configuration's top level).
- :func:`authorization_server_metadata` is served at ``/.well-known/oauth-authorization-server``
  (RFC 8414): the pre-authorized code grant only, anonymous (no client authentication:
  ``pre-authorized_grant_anonymous_access_supported`` true, §12.3).
"""

from __future__ import annotations

from typing import Any, Final

from vc.constants import OB_V3P0_CONTEXT, VC_V2
from wallet_export.oid4vci_offer import PRE_AUTHORIZED_GRANT
from wallet_export.oid4vci_proof import PROOF_ALGS

__all__ = [
    "CONFIGURATION_ID",
    "CREDENTIAL_PATH",
    "NONCE_PATH",
    "OFFER_PATH",
    "TOKEN_PATH",
    "authorization_server_metadata",
    "issuer_metadata",
]

CONFIGURATION_ID: Final = "CertinumCertificate_ldp_vc"
TOKEN_PATH: Final = "/oid4vci/token"  # noqa: S105 - a path, not a secret
NONCE_PATH: Final = "/oid4vci/nonce"
CREDENTIAL_PATH: Final = "/oid4vci/credential"
OFFER_PATH: Final = "/oid4vci/offers"
BINDING_METHODS: Final = ("did:key", "did:jwk")
CRYPTOSUITE: Final = "eddsa-rdfc-2022"

_DISPLAY: Final = (
    ("fr", "Certificat de compétences numériques", "Certificat Certinum, signé et vérifiable"),
    ("en", "Certificate of digital competences", "Certinum certificate, signed and verifiable"),
)
_CLAIMS: Final = (
    ("name", "Titulaire", "Holder"),
    ("licenseNumber", "Code de vérification", "Verification code"),
    ("activityEndDate", "Date de la session", "Session date"),
)


def _base(base_url: str) -> str:
    return base_url.rstrip("/")


def issuer_metadata(base_url: str, issuer_name: str) -> dict[str, Any]:
    """The Credential Issuer Metadata (§12.2.4) of the service at ``base_url``."""
    base = _base(base_url)
    claims = [
        {
            "path": ["credentialSubject", member],
            "display": [{"name": fr, "locale": "fr"}, {"name": en, "locale": "en"}],
        }
        for member, fr, en in _CLAIMS
    ]
    configuration = {
        "format": "ldp_vc",
        "credential_definition": {
            "@context": [VC_V2, OB_V3P0_CONTEXT],
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
        },
        "credential_signing_alg_values_supported": [CRYPTOSUITE],
        "cryptographic_binding_methods_supported": list(BINDING_METHODS),
        "proof_types_supported": {"jwt": {"proof_signing_alg_values_supported": list(PROOF_ALGS)}},
        "credential_metadata": {
            "display": [
                {"name": name, "locale": locale, "description": description}
                for locale, name, description in _DISPLAY
            ],
            "claims": claims,
        },
    }
    return {
        "credential_issuer": base,
        "credential_endpoint": base + CREDENTIAL_PATH,
        "nonce_endpoint": base + NONCE_PATH,
        "display": [{"name": issuer_name, "locale": locale} for locale, _, _ in _DISPLAY],
        "credential_configurations_supported": {CONFIGURATION_ID: configuration},
    }


def authorization_server_metadata(base_url: str) -> dict[str, Any]:
    """The OAuth 2.0 Authorization Server Metadata (RFC 8414 §2) of the service."""
    base = _base(base_url)
    return {
        "issuer": base,
        "token_endpoint": base + TOKEN_PATH,
        "grant_types_supported": [PRE_AUTHORIZED_GRANT],
        "token_endpoint_auth_methods_supported": ["none"],
        "pre-authorized_grant_anonymous_access_supported": True,
    }
