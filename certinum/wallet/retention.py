"""The wallet's part of ``certinum retention purge``: expired OpenID4VCI offers and nonces.

* ``wallet_offers``: offers whose pre-authorized code expired and whose access token, if the
  code was exchanged, expired too, and for which no wallet copy was issued (an offer with an
  issued copy stays: it is the record of that copy, see ``wallet_issuances``); the code and
  token hashes of such an offer can serve nobody any more;
* ``wallet_nonces``: ``c_nonce`` values past their expiry.

:func:`sweep` is called by :func:`certinum.accounts.retention.purge` inside its run (counted,
audited with the other kinds); :func:`certinum.wallet.oid4vci_offers.create_offer` also
removes offers dead for a day as offers are made (:func:`dead_offers`).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ColumnElement, and_, delete, func, or_, select
from sqlalchemy.orm import Session

from certinum.wallet.oid4vci_tables import WalletIssuance, WalletNonce, WalletOffer

KINDS = ("wallet_offers", "wallet_nonces")


def dead_offers(cutoff: datetime) -> ColumnElement[bool]:
    """Offers whose code and token expired before ``cutoff`` and that no copy was issued for."""
    return and_(
        WalletOffer.expires_at <= cutoff,
        or_(WalletOffer.token_expires_at.is_(None), WalletOffer.token_expires_at <= cutoff),
        WalletOffer.id.not_in(select(WalletIssuance.offer_id)),
    )


def _remove(db: Session, table: type, where: ColumnElement[bool], *, dry_run: bool) -> int:
    count = int(db.scalar(select(func.count()).select_from(table).where(where)) or 0)
    if count and not dry_run:
        db.execute(delete(table).where(where).execution_options(synchronize_session=False))
    return count


def sweep(db: Session, now: datetime, *, dry_run: bool = False) -> dict[str, int]:
    """Remove (with ``dry_run``: count) the expired offers and nonces; the count per kind."""
    return {
        "wallet_offers": _remove(db, WalletOffer, dead_offers(now), dry_run=dry_run),
        "wallet_nonces": _remove(db, WalletNonce, WalletNonce.expires_at <= now, dry_run=dry_run),
    }
