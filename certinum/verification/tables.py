"""The verification results kept for the code page (``verification_cache``).

One row per issued credential: the result of its last verification, the fingerprint of what
that verification read (the issuer's DID document, the trust list, the signed status lists)
and until when it may be shown without verifying again. Imported by :mod:`certinum.models`;
changes only through Alembic (``0016_verification_cache``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from certinum.models import Base


class VerificationCacheEntry(Base):
    """A credential's verification result, valid while ``fingerprint`` is unchanged and the
    clock is in ``[computed_at, fresh_until)``."""

    __tablename__ = "verification_cache"
    credential_id: Mapped[str] = mapped_column(
        ForeignKey("issued_credentials.id", ondelete="CASCADE"), primary_key=True
    )
    fingerprint: Mapped[str] = mapped_column(String(64))
    computed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    fresh_until: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    result: Mapped[str] = mapped_column(Text)
