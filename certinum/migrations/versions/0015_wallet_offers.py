"""wallet offers: OpenID4VCI pre-authorized codes, nonces and the copies issued for them

Revision ID: 0015_wallet_offers
Revises: 0014_trusted_issuers
Create Date: 2026-12-02 18:30:00

``wallet_offers`` (one row per credential offer: hashes of its pre-authorized code,
transaction code and access token, its lifetimes), ``wallet_nonces`` (hashes of the
``c_nonce`` values given out) and ``wallet_issuances`` (the wallet-bound copy issued for an
offer, at most one: the offer is its primary key); :mod:`certinum.wallet.oid4vci_tables`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_wallet_offers"
down_revision = "0014_trusted_issuers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "wallet_offers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("credential_id", sa.String(length=100), nullable=False),
        sa.Column("code_hash", sa.String(length=64), nullable=False),
        sa.Column("tx_code_hash", sa.String(length=64), nullable=True),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("redeemed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("token_hash", sa.String(length=64), nullable=True),
        sa.Column("token_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["issued_credentials.id"],
            name=op.f("fk_wallet_offers_credential_id_issued_credentials"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_wallet_offers")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_wallet_offers_code_hash")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_wallet_offers_token_hash")),
    )
    with op.batch_alter_table("wallet_offers", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_wallet_offers_credential_id"), ["credential_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_wallet_offers_expires_at"), ["expires_at"], unique=False
        )
    op.create_table(
        "wallet_nonces",
        sa.Column("nonce_hash", sa.String(length=64), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("nonce_hash", name=op.f("pk_wallet_nonces")),
    )
    with op.batch_alter_table("wallet_nonces", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_wallet_nonces_expires_at"), ["expires_at"], unique=False
        )
    op.create_table(
        "wallet_issuances",
        sa.Column("offer_id", sa.Integer(), nullable=False),
        sa.Column("credential_id", sa.String(length=100), nullable=True),
        sa.Column("holder", sa.String(length=2000), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["offer_id"],
            ["wallet_offers.id"],
            name=op.f("fk_wallet_issuances_offer_id_wallet_offers"),
        ),
        sa.PrimaryKeyConstraint("offer_id", name=op.f("pk_wallet_issuances")),
    )


def downgrade() -> None:
    op.drop_table("wallet_issuances")
    with op.batch_alter_table("wallet_nonces", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wallet_nonces_expires_at"))
    op.drop_table("wallet_nonces")
    with op.batch_alter_table("wallet_offers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_wallet_offers_expires_at"))
        batch_op.drop_index(batch_op.f("ix_wallet_offers_credential_id"))
    op.drop_table("wallet_offers")
