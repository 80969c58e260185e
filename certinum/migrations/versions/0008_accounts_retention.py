"""accounts: last login time, for erasing accounts unused for the retention period

Revision ID: 0008_accounts_retention
Revises: 0007
Create Date: 2026-12-02 11:20:00

``accounts.last_login_at`` (set at each login; null until the first one, when the creation
time counts instead), read by ``certinum retention purge``.
"""

import sqlalchemy as sa
from alembic import op

revision = "0008_accounts_retention"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.add_column(sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("accounts") as batch:
        batch.drop_column("last_login_at")
