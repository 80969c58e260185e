"""trust list of issuers; shared cache of documents fetched from trusted issuers

Revision ID: 0014_trusted_issuers
Revises: 0013_certificate_documents
Create Date: 2026-12-02 18:30:00

``trusted_issuers``: the issuers an authority admin added to the trust list
(:class:`certinum.trust.tables.TrustedIssuer`); ``fetched_documents``: status lists and DID
documents of trusted issuers, cached for every service process
(:class:`certinum.trust.tables.FetchedDocument`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0014_trusted_issuers"
down_revision = "0013_certificate_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "trusted_issuers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("issuer", sa.String(length=500), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("added_by", sa.String(length=200), nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_trusted_issuers")),
        sa.UniqueConstraint("issuer", name=op.f("uq_trusted_issuers_issuer")),
    )
    op.create_table(
        "fetched_documents",
        sa.Column("url", sa.String(length=2000), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("error_code", sa.String(length=40), nullable=False),
        sa.Column("error", sa.String(length=500), nullable=False),
        sa.Column("fetched_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_fetched_documents")),
    )


def downgrade() -> None:
    op.drop_table("fetched_documents")
    op.drop_table("trusted_issuers")
