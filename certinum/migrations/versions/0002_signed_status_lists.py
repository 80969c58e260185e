"""signed status lists stored; suspension entries

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 07:00:00

``status_lists.signed_document`` holds the signed list credential of the current bits (lists
of an older database are signed at the next start of the service); ``issued_credentials``
gains where an optional suspension bit lives.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_lists", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_document", sa.Text(), nullable=True))
    with op.batch_alter_table("issued_credentials", schema=None) as batch_op:
        batch_op.add_column(sa.Column("suspension_list_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("suspension_index", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_credentials_suspension_list_id_status_lists"),
            "status_lists",
            ["suspension_list_id"],
            ["id"],
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_issued_credentials_suspension_list_id"),
            ["suspension_list_id", "suspension_index"],
        )


def downgrade() -> None:
    with op.batch_alter_table("issued_credentials", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("uq_issued_credentials_suspension_list_id"), type_="unique"
        )
        batch_op.drop_constraint(
            batch_op.f("fk_issued_credentials_suspension_list_id_status_lists"),
            type_="foreignkey",
        )
        batch_op.drop_column("suspension_index")
        batch_op.drop_column("suspension_list_id")
    with op.batch_alter_table("status_lists", schema=None) as batch_op:
        batch_op.drop_column("signed_document")
