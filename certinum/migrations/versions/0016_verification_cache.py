"""verification cache: the code page's kept verification results

Revision ID: 0016_verification_cache
Revises: 0015_wallet_offers
Create Date: 2026-12-02 18:30:00

``verification_cache`` holds, per issued credential, its last verification result and the
fingerprint of what it was computed under (DID document, trust list, signed status lists),
so that every service process answers ``GET /verify/{code}`` without verifying again until
a status or a key changes (:mod:`certinum.verification.cache`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_verification_cache"
down_revision = "0015_wallet_offers"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "verification_cache",
        sa.Column("credential_id", sa.String(length=100), nullable=False),
        sa.Column("fingerprint", sa.String(length=64), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("fresh_until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("result", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["issued_credentials.id"],
            name=op.f("fk_verification_cache_credential_id_issued_credentials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("credential_id", name=op.f("pk_verification_cache")),
    )


def downgrade() -> None:
    op.drop_table("verification_cache")
