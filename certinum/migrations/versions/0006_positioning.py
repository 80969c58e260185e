"""positioning: item exposure counts, attempts started, attempts, questions asked

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02 08:00:00

Tables of :mod:`certinum.positioning.tables`. The partial unique index keeps at most one open
attempt per candidate and competence.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "item_exposures",
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("count", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("item_id", "version", name=op.f("pk_item_exposures")),
    )
    op.create_table(
        "positioning_starts",
        sa.Column("competence", sa.String(length=8), nullable=False),
        sa.Column("count", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("competence", name=op.f("pk_positioning_starts")),
    )
    op.create_table(
        "positioning_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("candidate_id", sa.String(length=100), nullable=False),
        sa.Column("competence", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("engine_state", sa.JSON(), nullable=False),
        sa.Column("theta", sa.Float(), nullable=True),
        sa.Column("standard_error", sa.Float(), nullable=True),
        sa.Column("level", sa.Integer(), nullable=True),
        sa.Column("pix", sa.Integer(), nullable=True),
        sa.Column("answers", sa.Integer(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positioning_attempts")),
    )
    op.create_index(
        "ix_positioning_attempts_candidate",
        "positioning_attempts",
        ["candidate_id", "competence"],
    )
    op.create_index(
        op.f("ix_positioning_attempts_competence"), "positioning_attempts", ["competence"]
    )
    op.create_index(
        "ux_positioning_attempts_open",
        "positioning_attempts",
        ["candidate_id", "competence"],
        unique=True,
        sqlite_where=sa.text("state = 'open'"),
        postgresql_where=sa.text("state = 'open'"),
    )
    op.create_table(
        "positioning_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("attempt_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("item_id", sa.String(length=100), nullable=False),
        sa.Column("item_version", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(length=32), nullable=False),
        sa.Column("proposal_order", sa.JSON(), nullable=False),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.JSON(), nullable=True),
        sa.Column("answer_locale", sa.String(length=8), nullable=True),
        sa.Column("correct", sa.Boolean(), nullable=True),
        sa.Column("answered_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["attempt_id"],
            ["positioning_attempts.id"],
            name=op.f("fk_positioning_questions_attempt_id_positioning_attempts"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positioning_questions")),
        sa.UniqueConstraint(
            "attempt_id", "position", name=op.f("uq_positioning_questions_attempt_id")
        ),
        sa.UniqueConstraint("reference", name=op.f("uq_positioning_questions_reference")),
    )


def downgrade() -> None:
    op.drop_table("positioning_questions")
    op.drop_index("ux_positioning_attempts_open", table_name="positioning_attempts")
    op.drop_index(op.f("ix_positioning_attempts_competence"), table_name="positioning_attempts")
    op.drop_index("ix_positioning_attempts_candidate", table_name="positioning_attempts")
    op.drop_table("positioning_attempts")
    op.drop_table("positioning_starts")
    op.drop_table("item_exposures")
