"""certification: centres, sessions, enrolments, tests, answers, incidents

Revision ID: 0009_certification
Revises: 0007
Create Date: 2026-12-02 11:15:00

Tables of :mod:`certinum.certification.tables`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0009_certification"
down_revision = "0008_accounts_retention"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "cert_centres",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_centres")),
        sa.UniqueConstraint("code", name=op.f("uq_cert_centres_code")),
    )
    op.create_table(
        "cert_sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=False),
        sa.Column("room", sa.String(length=100), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("examiner", sa.String(length=200), nullable=False),
        sa.Column("access_code", sa.String(length=8), nullable=True),
        sa.Column("invigilator_password_hash", sa.String(length=200), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("finalisation_comment", sa.Text(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["cert_centres.id"], name=op.f("fk_cert_sessions_centre_id_cert_centres")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_sessions")),
        sa.UniqueConstraint("access_code", name=op.f("uq_cert_sessions_access_code")),
    )
    op.create_index(
        op.f("ix_cert_sessions_centre_id"), "cert_sessions", ["centre_id"], unique=False
    )
    op.create_table(
        "cert_enrolments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("birth_place", sa.String(length=100), nullable=False),
        sa.Column("extra_time_percent", sa.Integer(), nullable=False),
        sa.Column("school_uai", sa.String(length=8), nullable=False),
        sa.Column("ine", sa.String(length=11), nullable=False),
        sa.Column("attendance", sa.String(length=8), nullable=False),
        sa.Column("checked_in_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("authorised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["account_id"], ["accounts.id"], name=op.f("fk_cert_enrolments_account_id_accounts")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["cert_sessions.id"],
            name=op.f("fk_cert_enrolments_session_id_cert_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_enrolments")),
        sa.UniqueConstraint("session_id", "account_id", name=op.f("uq_cert_enrolments_session_id")),
    )
    op.create_index(
        op.f("ix_cert_enrolments_account_id"), "cert_enrolments", ["account_id"], unique=False
    )
    op.create_index(
        op.f("ix_cert_enrolments_session_id"), "cert_enrolments", ["session_id"], unique=False
    )
    op.create_table(
        "cert_tests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=24), nullable=False),
        sa.Column("abort_reason", sa.String(length=16), nullable=True),
        sa.Column("end_reason", sa.Text(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("deadline_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("engine_state", sa.JSON(), nullable=False),
        sa.Column("browser_token_hash", sa.String(length=64), nullable=True),
        sa.Column("theta", sa.Float(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("levels", sa.JSON(), nullable=True),
        sa.Column("cancelled_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["cert_enrolments.id"],
            name=op.f("fk_cert_tests_enrolment_id_cert_enrolments"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_tests")),
        sa.UniqueConstraint("enrolment_id", name=op.f("uq_cert_tests_enrolment_id")),
    )
    op.create_table(
        "cert_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("test_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("item_version", sa.Integer(), nullable=False),
        sa.Column("parameters", sa.JSON(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("proposal_order", sa.JSON(), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("neutralised", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["test_id"], ["cert_tests.id"], name=op.f("fk_cert_answers_test_id_cert_tests")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_answers")),
        sa.UniqueConstraint("reference", name=op.f("uq_cert_answers_reference")),
        sa.UniqueConstraint("test_id", "position", name=op.f("uq_cert_answers_test_id")),
    )
    op.create_index(op.f("ix_cert_answers_test_id"), "cert_answers", ["test_id"], unique=False)
    op.create_table(
        "cert_incidents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("enrolment_id", sa.Integer(), nullable=True),
        sa.Column("answer_id", sa.Integer(), nullable=True),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("reported_by", sa.String(length=100), nullable=False),
        sa.Column("reported_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["answer_id"],
            ["cert_answers.id"],
            name=op.f("fk_cert_incidents_answer_id_cert_answers"),
        ),
        sa.ForeignKeyConstraint(
            ["enrolment_id"],
            ["cert_enrolments.id"],
            name=op.f("fk_cert_incidents_enrolment_id_cert_enrolments"),
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["cert_sessions.id"],
            name=op.f("fk_cert_incidents_session_id_cert_sessions"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cert_incidents")),
    )
    op.create_index(
        op.f("ix_cert_incidents_session_id"), "cert_incidents", ["session_id"], unique=False
    )


def downgrade() -> None:
    op.drop_table("cert_incidents")
    op.drop_table("cert_answers")
    op.drop_table("cert_tests")
    op.drop_table("cert_enrolments")
    op.drop_table("cert_sessions")
    op.drop_table("cert_centres")
