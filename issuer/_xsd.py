"""XML Schema ``dateTime`` stamps for the credentials Certinum issues.

VC 2.0 §4.9 (validity period) types ``validFrom``/``validUntil`` as ``xsd:dateTimeStamp``: a
time zone is mandatory. Certinum always writes UTC with a ``Z`` and whole seconds, so one
instant has exactly one spelling and the signed bytes never depend on the host's time zone or
on sub-second noise from the clock.
"""

from __future__ import annotations

from datetime import UTC, datetime


class NaiveDateTimeError(ValueError):
    """A datetime without a time zone: its instant is unknown, so it cannot be issued."""


def xsd_datetime(moment: datetime) -> str:
    """``2025-06-12T08:30:00Z`` for an aware ``moment`` (converted to UTC, seconds truncated)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise NaiveDateTimeError("a datetime with a time zone is required (got a naive one)")
    utc = moment.astimezone(UTC).replace(microsecond=0)
    return utc.replace(tzinfo=None).isoformat(timespec="seconds") + "Z"
