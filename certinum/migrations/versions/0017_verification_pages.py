"""verification pages: the code page kept once rendered, per credential and language

Revision ID: 0017_verification_pages
Revises: 0016_verification_cache
Create Date: 2026-12-02 21:30:00

``verification_pages`` holds, per issued credential and page language, the public code page
rendered from its kept verification result (UTF-8 HTML) with the key of what it was
rendered from, so that every service process answers ``GET /verify/{code}`` from one query
while the result stands (:mod:`certinum.verification.keptpages`).
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_verification_pages"
down_revision = "0016_verification_cache"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "verification_pages",
        sa.Column("credential_id", sa.String(length=100), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("html", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["issued_credentials.id"],
            name=op.f("fk_verification_pages_credential_id_issued_credentials"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("credential_id", "lang", name=op.f("pk_verification_pages")),
    )


def downgrade() -> None:
    op.drop_table("verification_pages")
