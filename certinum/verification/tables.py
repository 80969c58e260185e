"""What the code page keeps between look-ups (``verification_cache``, ``verification_pages``).

``verification_cache``: one row per issued credential, the result of its last verification,
the fingerprint of what that verification read (the issuer's DID document, the trust list,
the signed status lists) and until when it may be shown without verifying again.
``verification_pages``: per credential and language, the code page rendered from that result
(UTF-8 HTML) and the key of what it was rendered from
(:mod:`certinum.verification.keptpages`). Imported by :mod:`certinum.models`; changes only
through Alembic (``0016_verification_cache``, ``0017_verification_pages``).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, LargeBinary, String, Text
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


class VerificationPage(Base):
    """The code page of a credential in ``lang``, rendered from the kept result whose
    :func:`certinum.verification.keptpages.page_key` is ``key``."""

    __tablename__ = "verification_pages"
    credential_id: Mapped[str] = mapped_column(
        ForeignKey("issued_credentials.id", ondelete="CASCADE"), primary_key=True
    )
    lang: Mapped[str] = mapped_column(String(8), primary_key=True)
    key: Mapped[str] = mapped_column(String(64))
    html: Mapped[bytes] = mapped_column(LargeBinary)
