"""message status entries

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02 08:00:00

``status_lists.status_size`` is the bits per entry (Bitstring Status List v1.0 ``statusSize``;
1 for revocation and suspension lists, more for ``message`` lists); ``issued_credentials``
gains where an optional message entry lives.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("status_lists", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("status_size", sa.Integer(), nullable=False, server_default="1")
        )
    with op.batch_alter_table("issued_credentials", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_list_id", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("message_index", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_credentials_message_list_id_status_lists"),
            "status_lists",
            ["message_list_id"],
            ["id"],
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_issued_credentials_message_list_id"),
            ["message_list_id", "message_index"],
        )


def downgrade() -> None:
    with op.batch_alter_table("issued_credentials", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_issued_credentials_message_list_id"), type_="unique")
        batch_op.drop_constraint(
            batch_op.f("fk_issued_credentials_message_list_id_status_lists"), type_="foreignkey"
        )
        batch_op.drop_column("message_index")
        batch_op.drop_column("message_list_id")
    with op.batch_alter_table("status_lists", schema=None) as batch_op:
        batch_op.drop_column("status_size")
