"""OpenID4VCI nonces and the credential endpoint's work: wallet-bound copies.

The protocol's rules are pure code in :mod:`wallet_export` (request parsing, proof checks);
offers and tokens are :mod:`certinum.wallet.oid4vci_offers`. Here:

- :func:`new_nonce`: a ``c_nonce``, single use, valid :data:`NONCE_TTL`; at most
  :data:`MAX_LIVE_NONCES` live at once (:class:`NoncesExhausted` beyond).
- :func:`issue_credential`: the Credential Request. The proof is checked
  (:func:`wallet_export.oid4vci_proof.check_proof`), its nonce consumed, the offer claimed in
  ``wallet_issuances`` (one copy per code, whatever happens at once), then the wallet-bound
  copy is built by the certificate builder with the holder's DID as ``credentialSubject.id``
  and signed by :func:`certinum.issuance.service.issue` with the original's status entry
  (``status_of``): same code, same status index, revoked with it.
"""

from __future__ import annotations

import json
import secrets
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import Centre, CertificationSession, Enrolment
from certinum.db import transaction
from certinum.errors import CertinumError, IssuanceRefused
from certinum.issuance.results import ISSUER_NAME, statement
from certinum.issuance.service import issue
from certinum.models import IssuedCredential
from certinum.runtime import Runtime
from certinum.wallet.oid4vci_offers import Random, issuer_identifier
from certinum.wallet.oid4vci_tables import WalletIssuance, WalletNonce, WalletOffer
from issuer.openbadge import IssuerProfile, build_certificate_credential
from wallet_export.oid4vci_errors import OAuthError
from wallet_export.oid4vci_metadata import CONFIGURATION_ID
from wallet_export.oid4vci_offer import new_secret, parse_credential_request, secret_hash
from wallet_export.oid4vci_proof import check_proof

NONCE_TTL: Final = timedelta(minutes=5)
MAX_LIVE_NONCES: Final = 10_000
ACTOR: Final = "wallet:oid4vci"


class NoncesExhausted(CertinumError):
    """Too many live nonces: the nonce endpoint is being flooded."""

    default_code = "too-many-nonces"


def new_nonce(runtime: Runtime, random: Random = secrets.token_bytes) -> str:
    """A fresh ``c_nonce`` (expired ones are cleared first)."""
    now = runtime.clock()
    nonce = new_secret(random)
    with transaction(runtime.sessions) as db:
        db.execute(delete(WalletNonce).where(WalletNonce.expires_at <= now))
        live = db.scalar(select(func.count()).select_from(WalletNonce)) or 0
        if live >= MAX_LIVE_NONCES:
            raise NoncesExhausted(f"{live} nonces are live: try again in a few minutes")
        db.add(WalletNonce(nonce_hash=secret_hash(nonce), expires_at=now + NONCE_TTL))
    return nonce


def _consume_nonce(runtime: Runtime, nonce: str, now: datetime) -> bool:
    with transaction(runtime.sessions) as db:
        gone = db.execute(
            delete(WalletNonce)
            .where(WalletNonce.nonce_hash == secret_hash(nonce), WalletNonce.expires_at > now)
            .execution_options(synchronize_session=False)
        )
        return getattr(gone, "rowcount", 0) == 1


def issue_credential(runtime: Runtime, access_token: str | None, body: object) -> dict[str, Any]:
    """The Credential Response (``credentials: [{credential}]``) or :class:`OAuthError`."""
    now = runtime.clock()
    if access_token is None:
        raise OAuthError("invalid_token", "a Bearer access token is required", 401)
    with runtime.sessions() as db:
        offer = db.scalar(
            select(WalletOffer).where(
                WalletOffer.token_hash == secret_hash(access_token),
                WalletOffer.token_expires_at > now,
            )
        )
        if offer is None:
            raise OAuthError("invalid_token", "the access token is unknown or expired", 401)
        offer_id, original_id = offer.id, offer.credential_id
        issued_before = db.get(WalletIssuance, offer_id) is not None
        original = db.get(IssuedCredential, original_id)
    request = parse_credential_request(body, {CONFIGURATION_ID})
    if issued_before:
        raise OAuthError(
            "credential_request_denied", "a credential was issued for this offer already"
        )
    if original is None or original.revoked_at is not None:
        raise OAuthError("credential_request_denied", "this certificate was revoked")
    proof = check_proof(request.proofs[0], audience=issuer_identifier(runtime), now=now)
    if not _consume_nonce(runtime, proof.nonce, now):
        raise OAuthError("invalid_nonce", "the c_nonce is unknown, used or expired: get a new one")
    try:
        with transaction(runtime.sessions) as db:
            db.add(WalletIssuance(offer_id=offer_id, holder=proof.holder, issued_at=now))
    except IntegrityError:
        raise OAuthError(
            "credential_request_denied", "a credential was issued for this offer already"
        ) from None
    try:
        signed = _bound_copy(runtime, original, proof.holder)
    except BaseException:
        with transaction(runtime.sessions) as db:
            db.execute(delete(WalletIssuance).where(WalletIssuance.offer_id == offer_id))
        raise
    with transaction(runtime.sessions) as db:
        db.execute(
            update(WalletIssuance)
            .where(WalletIssuance.offer_id == offer_id)
            .values(credential_id=str(signed["id"]))
        )
    return {"credentials": [{"credential": signed}]}


def _bound_copy(runtime: Runtime, original: IssuedCredential, holder: str) -> dict[str, Any]:
    """The original certificate rebuilt with ``credentialSubject.id`` = ``holder``, signed."""
    with runtime.sessions() as db:
        found = db.execute(
            select(PublishedResult, Enrolment, CertificationSession, Centre)
            .join(Enrolment, Enrolment.id == PublishedResult.enrolment_id)
            .join(CertificationSession, CertificationSession.id == PublishedResult.session_id)
            .join(Centre, Centre.id == CertificationSession.centre_id)
            .where(PublishedResult.id == original.result_id)
        ).first()
    if found is None or not original.verification_code:
        raise IssuanceRefused("not-a-certificate", "the offered credential states no result")
    stated = statement(*found, code=original.verification_code)
    document: Mapping[str, Any] = json.loads(original.document)
    base = runtime.settings.base_url
    unsigned = build_certificate_credential(
        stated,
        issuer=IssuerProfile(runtime.settings.did, ISSUER_NAME, base),
        base_url=base,
        credential_id=f"urn:uuid:{uuid.uuid4()}",
        valid_from=datetime.fromisoformat(str(document["validFrom"])),
        status=None,
        holder_id=holder,
    )
    return issue(
        runtime,
        unsigned,
        actor=ACTOR,
        subject_name=stated.display_name,
        status_of=original.id,
        audit_details={"holder": holder[:200], "original": original.id},
    )
