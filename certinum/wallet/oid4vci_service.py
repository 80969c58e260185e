"""OpenID4VCI issuance of a certificate to a wallet: offers, tokens, nonces, bound copies.

The protocol's rules are pure code in :mod:`wallet_export` (offer objects, request parsing,
proof checks); here is what needs the database and the keys:

- :func:`create_offer`: a credential offer of a published, certified, unrevoked certificate
  (by its verification code): a fresh pre-authorized code (256 bits) valid :data:`OFFER_TTL`,
  and a six-digit transaction code, both shown once and stored only as hashes. A certificate
  has at most :data:`MAX_LIVE_OFFERS` live offers: a new one ends the oldest.
- :func:`offer_object`: the Credential Offer that ``credential_offer_uri`` points at, while
  its code is live.
- :func:`exchange`: the Token Request. A code is exchanged once (a conditional update: two
  requests at once cannot both win); a wrong transaction code counts, and after
  :data:`MAX_TX_ATTEMPTS` the code is dead. The access token lives :data:`TOKEN_TTL`.
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
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError

from certinum.certification.review_tables import PublishedResult
from certinum.certification.tables import Centre, CertificationSession, Enrolment
from certinum.db import transaction
from certinum.errors import CertinumError, IssuanceRefused, UnknownCredential
from certinum.issuance.certificates import downloadable
from certinum.issuance.results import ISSUER_NAME, statement
from certinum.issuance.service import issue
from certinum.models import IssuedCredential
from certinum.runtime import Runtime, utc
from certinum.wallet.oid4vci_tables import WalletIssuance, WalletNonce, WalletOffer
from issuer.openbadge import IssuerProfile, build_certificate_credential
from wallet_export.oid4vci_errors import OAuthError
from wallet_export.oid4vci_metadata import CONFIGURATION_ID, OFFER_PATH
from wallet_export.oid4vci_offer import (
    TX_CODE_LENGTH,
    TokenRequest,
    credential_offer,
    new_secret,
    new_tx_code,
    offer_uri,
    parse_credential_request,
    same_hash,
    secret_hash,
    tx_code_hash,
)
from wallet_export.oid4vci_proof import check_proof

OFFER_TTL: Final = timedelta(minutes=10)
TOKEN_TTL: Final = timedelta(minutes=5)
NONCE_TTL: Final = timedelta(minutes=5)
MAX_TX_ATTEMPTS: Final = 5
MAX_LIVE_OFFERS: Final = 5
MAX_LIVE_NONCES: Final = 10_000
TX_CODE_DESCRIPTION: Final = (
    "Code a 6 chiffres affiche sous le QR code / 6-digit code shown under the QR code"
)
ACTOR: Final = "wallet:oid4vci"

Random = Callable[[int], bytes]


class NoncesExhausted(CertinumError):
    """Too many live nonces: the nonce endpoint is being flooded."""

    default_code = "too-many-nonces"


@dataclass(frozen=True, slots=True)
class NewOffer:
    """An offer as shown once to the candidate: the link (for a QR code) and its tx code."""

    code: str
    uri: str
    offer_url: str
    tx_code: str
    expires_at: datetime


def issuer_identifier(runtime: Runtime) -> str:
    """The Credential Issuer Identifier: the service's base URL."""
    return runtime.settings.base_url.rstrip("/")


def create_offer(runtime: Runtime, code: str, random: Random = secrets.token_bytes) -> NewOffer:
    """A new offer of the certificate with this verification code (404 ``unknown-code`` for
    one that is not a published, certified, unrevoked certificate)."""
    original = downloadable(runtime, code)
    if original is None:
        raise UnknownCredential("unknown-code", "no certificate can be offered with this code")
    now = runtime.clock()
    pre, tx = new_secret(random), new_tx_code(random)
    with transaction(runtime.sessions) as db:
        live = db.scalars(
            select(WalletOffer.id)
            .where(WalletOffer.credential_id == original.id, WalletOffer.expires_at > now)
            .where(WalletOffer.redeemed_at.is_(None))
            .order_by(WalletOffer.id.desc())
        ).all()
        if len(live) >= MAX_LIVE_OFFERS:
            ended = list(live[MAX_LIVE_OFFERS - 1 :])
            db.execute(update(WalletOffer).where(WalletOffer.id.in_(ended)).values(expires_at=now))
        db.add(
            WalletOffer(
                credential_id=original.id,
                code_hash=secret_hash(pre),
                tx_code_hash=tx_code_hash(pre, tx),
                failed_attempts=0,
                created_at=now,
                expires_at=now + OFFER_TTL,
            )
        )
    url = f"{issuer_identifier(runtime)}{OFFER_PATH}/{pre}"
    return NewOffer(code, offer_uri(url), url, tx, now + OFFER_TTL)


def offer_object(runtime: Runtime, pre_authorized_code: str) -> dict[str, Any] | None:
    """The Credential Offer of a live, unused pre-authorized code, else None."""
    now = runtime.clock()
    with runtime.sessions() as db:
        row = db.scalar(
            select(WalletOffer.id).where(
                WalletOffer.code_hash == secret_hash(pre_authorized_code),
                WalletOffer.expires_at > now,
                WalletOffer.redeemed_at.is_(None),
                WalletOffer.failed_attempts < MAX_TX_ATTEMPTS,
            )
        )
    if row is None:
        return None
    return credential_offer(
        issuer_identifier(runtime),
        CONFIGURATION_ID,
        pre_authorized_code,
        tx_code_length=TX_CODE_LENGTH,
        tx_code_description=TX_CODE_DESCRIPTION,
    )


def exchange(
    runtime: Runtime, request: TokenRequest, random: Random = secrets.token_bytes
) -> dict[str, Any]:
    """The Token Response for a pre-authorized code, or :class:`OAuthError` (module doc)."""
    now = runtime.clock()
    code_hash = secret_hash(request.pre_authorized_code)
    token = new_secret(random)
    refusal: OAuthError | None = None
    with transaction(runtime.sessions) as db:
        offer = db.scalar(select(WalletOffer).where(WalletOffer.code_hash == code_hash))
        if (
            offer is None
            or offer.redeemed_at is not None
            or offer.failed_attempts >= MAX_TX_ATTEMPTS
        ):
            raise OAuthError("invalid_grant", "the pre-authorized code is unknown, used or dead")
        if utc(offer.expires_at) <= utc(now):
            raise OAuthError("invalid_grant", "the pre-authorized code has expired")
        expected = offer.tx_code_hash
        if expected is None and request.tx_code is not None:
            raise OAuthError("invalid_request", "this offer takes no tx_code")
        if expected is not None and request.tx_code is None:
            raise OAuthError("invalid_request", "this offer needs its tx_code")
        given = request.tx_code
        if expected is not None and given is not None:  # noqa: SIM102 - the hash needs both
            if not same_hash(expected, tx_code_hash(request.pre_authorized_code, given)):
                db.execute(
                    update(WalletOffer)
                    .where(WalletOffer.id == offer.id)
                    .values(failed_attempts=WalletOffer.failed_attempts + 1)
                )
                refusal = OAuthError("invalid_grant", "wrong tx_code")
        if refusal is None:
            won = db.execute(
                update(WalletOffer)
                .where(WalletOffer.id == offer.id, WalletOffer.redeemed_at.is_(None))
                .values(
                    redeemed_at=now, token_hash=secret_hash(token), token_expires_at=now + TOKEN_TTL
                )
                .execution_options(synchronize_session=False)
            )
            if getattr(won, "rowcount", 0) != 1:
                raise OAuthError("invalid_grant", "the pre-authorized code was used already")
    if refusal is not None:
        raise refusal
    return {
        "access_token": token,
        "token_type": "Bearer",
        "expires_in": int(TOKEN_TTL.total_seconds()),
    }


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
