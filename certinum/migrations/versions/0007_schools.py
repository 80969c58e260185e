"""schools: organisations, classes, pupils, campaigns, campaign participants

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 08:30:00

Tables of :mod:`certinum.schools.tables`.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _fk(table: str, column: str, referred: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], [f"{referred}.id"], name=op.f(f"fk_{table}_{column}_{referred}")
    )


def upgrade() -> None:
    op.create_table(
        "organisations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("uai", sa.String(length=8), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisations")),
        sa.UniqueConstraint("uai", name=op.f("uq_organisations_uai")),
    )
    op.create_table(
        "school_classes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        _fk("school_classes", "organisation_id", "organisations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_classes")),
        sa.UniqueConstraint(
            "organisation_id", "code", name=op.f("uq_school_classes_organisation_id")
        ),
    )
    op.create_index(
        op.f("ix_school_classes_organisation_id"), "school_classes", ["organisation_id"]
    )
    op.create_table(
        "pupils",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("ine", sa.String(length=11), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("class_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("left_at", sa.DateTime(timezone=True), nullable=True),
        _fk("pupils", "organisation_id", "organisations"),
        _fk("pupils", "class_id", "school_classes"),
        _fk("pupils", "account_id", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pupils")),
        sa.UniqueConstraint("organisation_id", "ine", name=op.f("uq_pupils_organisation_id")),
        sa.UniqueConstraint("account_id", name=op.f("uq_pupils_account_id")),
    )
    op.create_index(op.f("ix_pupils_organisation_id"), "pupils", ["organisation_id"])
    op.create_index(op.f("ix_pupils_class_id"), "pupils", ["class_id"])
    op.create_table(
        "campaigns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("code", sa.String(length=8), nullable=False),
        sa.Column("class_codes", sa.JSON(), nullable=False),
        sa.Column("competences", sa.JSON(), nullable=False),
        sa.Column("created_by", sa.String(length=100), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        _fk("campaigns", "organisation_id", "organisations"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaigns")),
        sa.UniqueConstraint("code", name=op.f("uq_campaigns_code")),
    )
    op.create_index(op.f("ix_campaigns_organisation_id"), "campaigns", ["organisation_id"])
    op.create_table(
        "campaign_participants",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("campaign_id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("joined_at", sa.DateTime(timezone=True), nullable=False),
        _fk("campaign_participants", "campaign_id", "campaigns"),
        _fk("campaign_participants", "pupil_id", "pupils"),
        _fk("campaign_participants", "account_id", "accounts"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_campaign_participants")),
        sa.UniqueConstraint(
            "campaign_id", "pupil_id", name=op.f("uq_campaign_participants_campaign_id")
        ),
    )
    op.create_index(
        op.f("ix_campaign_participants_campaign_id"), "campaign_participants", ["campaign_id"]
    )
    op.create_index(
        op.f("ix_campaign_participants_pupil_id"), "campaign_participants", ["pupil_id"]
    )


def downgrade() -> None:
    op.drop_table("campaign_participants")
    op.drop_table("campaigns")
    op.drop_table("pupils")
    op.drop_table("school_classes")
    op.drop_table("organisations")
