"""certification review: jury notes and published results

Revision ID: 0011_certification_review
Revises: 0009_certification
Create Date: 2026-12-02 12:40:00

Tables of :mod:`certinum.certification.review_tables`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_certification_review"
down_revision = "0009_certification"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cert_jury_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("candidate_comment", sa.Text(), nullable=False),
        sa.Column("school_comment", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.String(length=100), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["cert_enrolments.id"],
            name=op.f("fk_cert_jury_notes_enrolment_id_cert_enrolments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_jury_notes")),
        sa.UniqueConstraint("enrolment_id", name=op.f("uq_cert_jury_notes_enrolment_id")),
    )
    op.create_table(
        "cert_results",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("theta", sa.Float(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("band_level", sa.Integer(), nullable=True),
        sa.Column("levels", sa.JSON(), nullable=True),
        sa.Column("cancelled_reason", sa.Text(), nullable=False),
        sa.Column("candidate_comment", sa.Text(), nullable=False),
        sa.Column("school_comment", sa.Text(), nullable=False),
        sa.Column("published_by", sa.String(length=100), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_cert_results_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["cert_enrolments.id"],
            name=op.f("fk_cert_results_enrolment_id_cert_enrolments"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["cert_sessions.id"],
            name=op.f("fk_cert_results_session_id_cert_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_results")),
        sa.UniqueConstraint("enrolment_id", name=op.f("uq_cert_results_enrolment_id")),
    )
    op.create_index(op.f("ix_cert_results_account_id"), "cert_results", ["account_id"])
    op.create_index(op.f("ix_cert_results_session_id"), "cert_results", ["session_id"])


def downgrade() -> None:
    op.drop_table("cert_results")
    op.drop_table("cert_jury_notes")
