"""The tables of OpenID4VCI issuance: offers (pre-authorized codes), nonces, issued copies.

- ``wallet_offers``: one row per credential offer of a certificate (``credential_id``, the
  original issued credential). Only hashes are kept: ``code_hash`` (SHA-256 of the
  pre-authorized code), ``tx_code_hash`` (HMAC of the transaction code keyed with the code),
  ``token_hash`` (SHA-256 of the access token the code was exchanged for). A code is short-lived
  (``expires_at``), single use (``redeemed_at`` set when exchanged) and dies after too many
  wrong transaction codes (``failed_attempts``).
- ``wallet_nonces``: the ``c_nonce`` values given out (SHA-256), each usable once until
  ``expires_at``.
- ``wallet_issuances``: the wallet-bound copy issued for an offer; its primary key is the
  offer, so a second credential for one pre-authorized code cannot be recorded: the row is
  written (claimed) before the copy is signed.
The tables change only through Alembic revisions (``0015_wallet_offers``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base


class WalletOffer(Base):
    __tablename__ = "wallet_offers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    credential_id: Mapped[str] = mapped_column(ForeignKey("issued_credentials.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    tx_code_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    redeemed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    token_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    token_expires_at: Mapped[datetime | None] = mapped_column(
        DateTime(timezone=True), nullable=True
    )


class WalletNonce(Base):
    __tablename__ = "wallet_nonces"
    nonce_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)


class WalletIssuance(Base):
    __tablename__ = "wallet_issuances"
    offer_id: Mapped[int] = mapped_column(ForeignKey("wallet_offers.id"), primary_key=True)
    credential_id: Mapped[str | None] = mapped_column(String(100), nullable=True)
    holder: Mapped[str] = mapped_column(String(2000))
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
