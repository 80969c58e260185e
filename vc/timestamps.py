"""XML Schema 1.1 ``dateTimeStamp``: the one parser and the one writer of VC date-times.

VC Data Model 2.0 §4.9 types ``validFrom`` and ``validUntil`` as ``dateTimeStamp``, and Data
Integrity 1.0 §2.1 types a proof's ``created`` and ``expires`` the same way. The lexical rules
are those of XML Schema 1.1 Part 2 §3.3.8 (``dateTime``) and §3.4.28 (``dateTimeStamp``, the
same with the time zone required)::

    yearFrag '-' monthFrag '-' dayFrag 'T' (hh ':' mm ':' ss ('.' digit+)? | '24:00:00' ('.' '0'+)?)
    ('Z' | ('+' | '-') hh ':' mm)

- year: at least four digits, no leading zero beyond four, an optional ``-`` (years before
  year 1 are lexically valid but outside what :class:`datetime.datetime` holds: refused as out
  of range, like years after 9999);
- month 01–12; day 01–31 and a day that exists in that month of that year (29 February only
  in leap years); hour 00–23, minute 00–59, second 00–59 (no leap second);
- ``24:00:00`` is the first instant of the next day (§3.3.8, "end-of-day");
- fractional seconds of any length (kept to the microsecond, the rest truncated);
- time zone ``Z`` or ``±hh:mm`` from ``-14:00`` to ``+14:00``; upper-case ``T`` and ``Z`` only.

What Certinum writes is narrower: UTC, a ``Z``, whole seconds (:func:`format_datetime_stamp`),
so one instant has exactly one spelling and the signed bytes do not depend on the host.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from typing import Final

__all__ = [
    "MAX_DATETIME_STAMP_LENGTH",
    "DateTimeStampError",
    "NaiveDateTimeError",
    "format_datetime_stamp",
    "is_datetime",
    "is_datetime_stamp",
    "parse_datetime_stamp",
]

MAX_DATETIME_STAMP_LENGTH: Final = 64

_DATE_TIME: Final = (
    r"(?P<year>-?(?:[1-9][0-9]{3,}|0[0-9]{3}))"
    r"-(?P<month>0[1-9]|1[0-2])"
    r"-(?P<day>0[1-9]|[12][0-9]|3[01])"
    r"T(?:(?P<hour>[01][0-9]|2[0-3]):(?P<minute>[0-5][0-9]):(?P<second>[0-5][0-9])"
    r"(?:\.(?P<fraction>[0-9]+))?"
    r"|(?P<end_of_day>24:00:00(?:\.0+)?))"
)
_TZ: Final = r"(?P<tz>Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))"
_LEXICAL: Final = re.compile(_DATE_TIME + _TZ, re.ASCII)
_LEXICAL_TZ_OPTIONAL: Final = re.compile(_DATE_TIME + _TZ + "?", re.ASCII)


class DateTimeStampError(ValueError):
    """A value that is not an XML Schema ``dateTimeStamp``, or one outside years 1–9999."""


class NaiveDateTimeError(ValueError):
    """A datetime without a time zone: its instant is unknown, so it cannot be written."""


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def is_datetime_stamp(value: object) -> bool:
    """Whether ``value`` is lexically a ``dateTimeStamp`` naming a day that exists.

    Years outside 1–9999 pass here (the lexical space has them); :func:`parse_datetime_stamp`
    refuses them because no :class:`datetime.datetime` holds them.
    """
    return _is_lexical(value, _LEXICAL)


def is_datetime(value: object) -> bool:
    """Whether ``value`` is lexically an XML Schema ``dateTime`` (time zone optional) naming a
    day that exists: the type of VC 1.1 ``issuanceDate`` and ``expirationDate``."""
    return _is_lexical(value, _LEXICAL_TZ_OPTIONAL)


def _is_lexical(value: object, pattern: re.Pattern[str]) -> bool:
    if not isinstance(value, str) or len(value) > MAX_DATETIME_STAMP_LENGTH:
        return False
    match = pattern.fullmatch(value)
    if match is None:
        return False
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    return day <= _days_in_month(year, month)


def parse_datetime_stamp(value: object) -> datetime:
    """The aware datetime a ``dateTimeStamp`` denotes, in the offset it was written with.

    Raises :class:`DateTimeStampError` with a message naming what is wrong.
    """
    if not isinstance(value, str):
        raise DateTimeStampError("a dateTimeStamp is a string")
    if len(value) > MAX_DATETIME_STAMP_LENGTH:
        raise DateTimeStampError(
            f"a dateTimeStamp has at most {MAX_DATETIME_STAMP_LENGTH} characters"
        )
    match = _LEXICAL.fullmatch(value)
    if match is None:
        raise DateTimeStampError(
            f"{value!r} is not an XML Schema dateTimeStamp"
            " (YYYY-MM-DDThh:mm:ss[.s+] then Z or ±hh:mm)"
        )
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if day > _days_in_month(year, month):
        raise DateTimeStampError(f"{value!r} names a day that does not exist")
    if not 1 <= year <= 9999:
        raise DateTimeStampError(f"{value!r} is outside the years 0001-9999")
    tz_text = match["tz"]
    if tz_text == "Z":
        tz = UTC
    else:
        sign = -1 if tz_text[0] == "-" else 1
        tz = timezone(sign * timedelta(hours=int(tz_text[1:3]), minutes=int(tz_text[4:6])))
    try:
        if match["end_of_day"] is not None:
            moment = datetime(year, month, day, tzinfo=tz) + timedelta(days=1)
        else:
            micro = int((match["fraction"] or "0")[:6].ljust(6, "0"))
            moment = datetime(
                year,
                month,
                day,
                int(match["hour"]),
                int(match["minute"]),
                int(match["second"]),
                micro,
                tzinfo=tz,
            )
        moment.astimezone(UTC)
    except OverflowError:
        raise DateTimeStampError(f"{value!r} is outside the years 0001-9999") from None
    return moment


def format_datetime_stamp(moment: datetime) -> str:
    """``2025-06-12T08:30:00Z`` for an aware ``moment`` (converted to UTC, seconds truncated)."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise NaiveDateTimeError("a datetime with a time zone is required (got a naive one)")
    utc = moment.astimezone(UTC).replace(microsecond=0)
    return f"{utc.year:04d}-{utc:%m-%dT%H:%M:%S}Z"
