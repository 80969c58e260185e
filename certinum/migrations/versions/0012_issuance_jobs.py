"""issuance jobs: the jobs table, and the result each issued credential comes from

Revision ID: 0012_issuance_jobs
Revises: 0011_certification_review
Create Date: 2026-12-02 15:20:00

``issued_credentials.result_id`` (unique, nullable: credentials sent to the VC API come from
no result) links a certificate to the ``cert_results`` row it states; ``jobs`` is the table of
:mod:`certinum.issuance.job_tables`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_issuance_jobs"
down_revision = "0011_certification_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("issued_credentials", schema=None) as batch_op:
        batch_op.add_column(sa.Column("result_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            batch_op.f("fk_issued_credentials_result_id_cert_results"),
            "cert_results",
            ["result_id"],
            ["id"],
        )
        batch_op.create_unique_constraint(
            batch_op.f("uq_issued_credentials_result_id"), ["result_id"]
        )
    op.create_table(
        "jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("issued", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("claim_token", sa.String(length=32), nullable=True),
        sa.Column("claimed_by", sa.String(length=200), nullable=False),
        sa.Column("lease_until", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"], ["cert_sessions.id"], name=op.f("fk_jobs_session_id_cert_sessions")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
        sa.UniqueConstraint("kind", "session_id", name=op.f("uq_jobs_kind")),
    )
    op.create_index(op.f("ix_jobs_session_id"), "jobs", ["session_id"])
    op.create_index(op.f("ix_jobs_status"), "jobs", ["status"])


def downgrade() -> None:
    op.drop_index(op.f("ix_jobs_status"), table_name="jobs")
    op.drop_index(op.f("ix_jobs_session_id"), table_name="jobs")
    op.drop_table("jobs")
    with op.batch_alter_table("issued_credentials", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_issued_credentials_result_id"), type_="unique")
        batch_op.drop_constraint(
            batch_op.f("fk_issued_credentials_result_id_cert_results"), type_="foreignkey"
        )
        batch_op.drop_column("result_id")
