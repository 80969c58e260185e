"""certificate documents: the PDF made at issuance; issuance jobs in parts

Revision ID: 0013_certificate_documents
Revises: 0012_issuance_jobs
Create Date: 2026-12-02 16:00:00

``certificate_documents`` holds the PDF certificate of an issued credential in one language
(:class:`certinum.models.CertificateDocument`); ``jobs`` gains ``part`` and ``parts`` (a
session's issuance split into several jobs that several workers run at once), and its unique
constraint becomes (kind, session_id, part). Existing jobs become part 0 of 1. On PostgreSQL
the PDF column is stored ``EXTERNAL`` (out of line, not compressed again: a PDF's streams are
compressed already, so TOAST compression would spend CPU for nothing).
"""

import sqlalchemy as sa
from alembic import op

revision = "0013_certificate_documents"
down_revision = "0012_issuance_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificate_documents",
        sa.Column("credential_id", sa.String(length=100), nullable=False),
        sa.Column("lang", sa.String(length=8), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["credential_id"],
            ["issued_credentials.id"],
            name=op.f("fk_certificate_documents_credential_id_issued_credentials"),
        ),
        sa.PrimaryKeyConstraint("credential_id", "lang", name=op.f("pk_certificate_documents")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE certificate_documents ALTER COLUMN pdf SET STORAGE EXTERNAL")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("part", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("parts", sa.Integer(), server_default="1", nullable=False))
        batch_op.drop_constraint(batch_op.f("uq_jobs_kind"), type_="unique")
        batch_op.create_unique_constraint(
            batch_op.f("uq_jobs_kind"), ["kind", "session_id", "part"]
        )


def downgrade() -> None:
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_jobs_kind"), type_="unique")
    op.execute("DELETE FROM jobs WHERE part <> 0")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_jobs_kind"), ["kind", "session_id"])
        batch_op.drop_column("parts")
        batch_op.drop_column("part")
    op.drop_table("certificate_documents")
