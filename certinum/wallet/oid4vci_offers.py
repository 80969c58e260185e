"""OpenID4VCI credential offers and the token endpoint's work (pre-authorized code grant).

- :func:`create_offer`: a credential offer of a published, certified, unrevoked certificate
  (by its verification code): a fresh pre-authorized code (256 bits) valid :data:`OFFER_TTL`,
  and a six-digit transaction code, both shown once and stored only as hashes. A certificate
  has at most :data:`MAX_LIVE_OFFERS` live offers: a new one ends the oldest. Offers dead for
  :data:`KEEP_DEAD_OFFERS` with no copy issued are deleted then.
- :func:`shown_offer`: an offer shown again to the candidate who made it (whose browser kept
  its code and transaction code), while it is live and unused.
- :func:`offer_object`: the Credential Offer that ``credential_offer_uri`` points at, while
  its code is live.
- :func:`exchange`: the Token Request. A code is exchanged once (a conditional update: two
  requests at once cannot both win); a wrong transaction code counts, and after
  :data:`MAX_TX_ATTEMPTS` the code is dead. The access token lives :data:`TOKEN_TTL`.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Final

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from certinum.db import transaction
from certinum.errors import UnknownCredential
from certinum.issuance.certificates import downloadable
from certinum.models import IssuedCredential
from certinum.runtime import Runtime, utc
from certinum.wallet.oid4vci_tables import WalletOffer
from certinum.wallet.retention import dead_offers
from wallet_export.oid4vci_errors import OAuthError
from wallet_export.oid4vci_metadata import CONFIGURATION_ID, OFFER_PATH
from wallet_export.oid4vci_offer import (
    TX_CODE_LENGTH,
    TokenRequest,
    credential_offer,
    new_secret,
    new_tx_code,
    offer_uri,
    same_hash,
    secret_hash,
    tx_code_hash,
)

OFFER_TTL: Final = timedelta(minutes=10)
TOKEN_TTL: Final = timedelta(minutes=5)
MAX_TX_ATTEMPTS: Final = 5
MAX_LIVE_OFFERS: Final = 5
KEEP_DEAD_OFFERS: Final = timedelta(days=1)
TX_CODE_DESCRIPTION: Final = (
    "Code à 6 chiffres affiché sous le QR code / 6-digit code shown under the QR code"
)

Random = Callable[[int], bytes]


@dataclass(frozen=True, slots=True)
class NewOffer:
    """An offer as shown once to the candidate: the link (for a QR code) and its tx code."""

    code: str
    uri: str
    offer_url: str
    tx_code: str
    expires_at: datetime
    offer_id: int = 0


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
        _purge_offers(db, now)
        live = db.scalars(
            select(WalletOffer.id)
            .where(WalletOffer.credential_id == original.id, WalletOffer.expires_at > now)
            .where(WalletOffer.redeemed_at.is_(None))
            .order_by(WalletOffer.id.desc())
        ).all()
        if len(live) >= MAX_LIVE_OFFERS:
            ended = list(live[MAX_LIVE_OFFERS - 1 :])
            db.execute(update(WalletOffer).where(WalletOffer.id.in_(ended)).values(expires_at=now))
        row = WalletOffer(
            credential_id=original.id,
            code_hash=secret_hash(pre),
            tx_code_hash=tx_code_hash(pre, tx),
            failed_attempts=0,
            created_at=now,
            expires_at=now + OFFER_TTL,
        )
        db.add(row)
        db.flush()
        offer_id = row.id
    url = f"{issuer_identifier(runtime)}{OFFER_PATH}/{pre}"
    return NewOffer(code, offer_uri(url), url, tx, now + OFFER_TTL, offer_id)


def _purge_offers(db: Session, now: datetime) -> None:
    """Delete the offers dead for :data:`KEEP_DEAD_OFFERS` (code and token expired) that no
    copy was issued for; an offer with an issued copy stays, as its record."""
    db.execute(
        delete(WalletOffer)
        .where(dead_offers(now - KEEP_DEAD_OFFERS))
        .execution_options(synchronize_session=False)
    )


def shown_offer(runtime: Runtime, offer_id: int, code: str, tx_code: str) -> NewOffer | None:
    """Offer ``offer_id`` as :func:`create_offer` returned it, given its pre-authorized
    ``code`` and ``tx_code`` (checked against the stored hashes), while it is live and
    unused; else None."""
    now = runtime.clock()
    with runtime.sessions() as db:
        found = db.execute(
            select(WalletOffer, IssuedCredential.verification_code)
            .join(IssuedCredential, IssuedCredential.id == WalletOffer.credential_id)
            .where(WalletOffer.id == offer_id, WalletOffer.expires_at > now)
            .where(WalletOffer.redeemed_at.is_(None))
            .where(WalletOffer.failed_attempts < MAX_TX_ATTEMPTS)
        ).first()
    if found is None or not found[1] or len(code) > 100 or len(tx_code) > 20:
        return None
    offer, verification_code = found
    expected = offer.tx_code_hash or ""
    if not same_hash(offer.code_hash, secret_hash(code)) or not same_hash(
        expected, tx_code_hash(code, tx_code)
    ):
        return None
    url = f"{issuer_identifier(runtime)}{OFFER_PATH}/{code}"
    return NewOffer(
        str(verification_code), offer_uri(url), url, tx_code, utc(offer.expires_at), offer.id
    )


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
