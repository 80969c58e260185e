"""The trust list and the shared cache of fetched documents (migration ``0014_trusted_issuers``).

``trusted_issuers``: one row per issuer an admin added (its identifier, a name shown to people,
who added it and when). ``fetched_documents``: the last answer for a URL of a trusted issuer
(a status list credential or a DID document), kept until ``expires_at``; a failure is kept
too (``error_code``, ``error``), for a shorter time, so that an unreachable server is not
asked again on every verification.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base


class TrustedIssuer(Base):
    __tablename__ = "trusted_issuers"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    issuer: Mapped[str] = mapped_column(String(500), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    added_by: Mapped[str] = mapped_column(String(200))
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FetchedDocument(Base):
    __tablename__ = "fetched_documents"
    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    body: Mapped[str] = mapped_column(Text, default="")
    error_code: Mapped[str] = mapped_column(String(40), default="")
    error: Mapped[str] = mapped_column(String(500), default="")
    fetched_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
