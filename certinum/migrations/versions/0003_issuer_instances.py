"""status lists of did:key issuer instances

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02 07:30:00

``status_lists.instance`` names the issuer instance whose key signs the list (``""``: the
service's did:web); a verifier requires a list's issuer to be its credential's.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_lists", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("instance", sa.String(length=64), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("status_lists", schema=None) as batch_op:
        batch_op.drop_column("instance")
