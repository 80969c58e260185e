"""Tables of the service. Changes go through an Alembic revision, never ``create_all``."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Stable constraint names, so Alembic revisions are the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class ApiToken(Base):
    """A machine API token. Only its SHA-256 is stored; the token is shown once."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    role: Mapped[str] = mapped_column(String(32))
    label: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)


class AuditEvent(Base):
    """Append-only log of who did what, when and why."""

    __tablename__ = "audit_events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64), index=True)
    target: Mapped[str] = mapped_column(String(500), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class StatusList(Base):
    """One Bitstring Status List of one purpose (revocation, suspension or message), its bits
    kept raw: ``size`` entries of ``status_size`` bits (1 but for message lists).

    ``instance`` names the did:key issuer instance that signs it (``""``: the service's
    did:web): a list is signed by its credentials' issuer.

    ``signed_document`` is the signed ``BitstringStatusListCredential`` of the current bits:
    it is re-signed in the transaction that changes a bit (and when the list is created), so
    serving or checking a list never needs the issuer's private key.
    """

    __tablename__ = "status_lists"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    purpose: Mapped[str] = mapped_column(String(32), default="revocation")
    size: Mapped[int] = mapped_column(Integer)
    bits: Mapped[bytes] = mapped_column(LargeBinary)
    allocated: Mapped[int] = mapped_column(Integer, default=0)
    version: Mapped[int] = mapped_column(Integer, default=1)  # +1 at every change of a bit
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    signed_document: Mapped[str | None] = mapped_column(Text, nullable=True)
    instance: Mapped[str] = mapped_column(String(64), default="", server_default="")
    status_size: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class IssuedCredential(Base):
    """A signed credential as issued, with where its revocation (suspension, message) bits live."""

    __tablename__ = "issued_credentials"
    __table_args__ = (
        UniqueConstraint("status_list_id", "status_index"),
        UniqueConstraint("suspension_list_id", "suspension_index"),
        UniqueConstraint("message_list_id", "message_index"),
    )
    id: Mapped[str] = mapped_column(String(100), primary_key=True)  # urn:uuid:…
    verification_code: Mapped[str | None] = mapped_column(String(16), unique=True, nullable=True)
    subject_name: Mapped[str] = mapped_column(String(300), default="")
    status_list_id: Mapped[str | None] = mapped_column(ForeignKey("status_lists.id"), nullable=True)
    status_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    verification_method: Mapped[str] = mapped_column(String(300), index=True)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    document: Mapped[str] = mapped_column(Text)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    revocation_reason: Mapped[str] = mapped_column(Text, default="")
    suspension_list_id: Mapped[str | None] = mapped_column(
        ForeignKey("status_lists.id"), nullable=True
    )
    suspension_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    message_list_id: Mapped[str | None] = mapped_column(
        ForeignKey("status_lists.id"), nullable=True
    )
    message_index: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # The published certification result this certificate states (None: sent to the VC API).
    result_id: Mapped[int | None] = mapped_column(
        ForeignKey("cert_results.id"), unique=True, nullable=True
    )


class CertificateDocument(Base):
    """The PDF certificate of an issued credential in one language, made at issuance.

    The issuance job stores the French page (the certificate's default language) in the
    transaction that stores the credential, so an issued certificate always has its PDF;
    other languages are rendered on demand (:mod:`certinum.issuance.documents`).
    """

    __tablename__ = "certificate_documents"
    credential_id: Mapped[str] = mapped_column(
        ForeignKey("issued_credentials.id"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


# The business areas' tables, registered on the same metadata (after Base, which they use).
from certinum.accounts import tables as _account_tables  # noqa: E402, F401
from certinum.certification import review_tables as _review_tables  # noqa: E402, F401
from certinum.certification import tables as _certification_tables  # noqa: E402, F401
from certinum.issuance import job_tables as _job_tables  # noqa: E402, F401
from certinum.positioning import tables as _positioning_tables  # noqa: E402, F401
from certinum.schools import tables as _school_tables  # noqa: E402, F401
from certinum.trust import tables as _trust_tables  # noqa: E402, F401
from certinum.verification import tables as _verification_tables  # noqa: E402, F401
from certinum.wallet import oid4vci_tables as _wallet_tables  # noqa: E402, F401
