"""XML Schema 1.1 ``dateTimeStamp``: a table of lexical forms, valid and invalid."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from vc.timestamps import (
    MAX_DATETIME_STAMP_LENGTH,
    DateTimeStampError,
    NaiveDateTimeError,
    format_datetime_stamp,
    is_datetime_stamp,
    parse_datetime_stamp,
)


def _tz(hours: int, minutes: int = 0) -> timezone:
    sign = -1 if hours < 0 else 1
    return timezone(sign * timedelta(hours=abs(hours), minutes=minutes))


VALID = [
    ("2025-06-12T08:30:00Z", datetime(2025, 6, 12, 8, 30, tzinfo=UTC)),
    ("2025-06-12T08:30:00.5Z", datetime(2025, 6, 12, 8, 30, 0, 500000, tzinfo=UTC)),
    ("2025-06-12T08:30:00.000001Z", datetime(2025, 6, 12, 8, 30, 0, 1, tzinfo=UTC)),
    # Fractions beyond the microsecond are truncated, not refused.
    ("2025-06-12T08:30:00.123456789Z", datetime(2025, 6, 12, 8, 30, 0, 123456, tzinfo=UTC)),
    ("2025-06-12T08:30:00+02:00", datetime(2025, 6, 12, 8, 30, tzinfo=_tz(2))),
    ("2025-06-12T08:30:00-05:30", datetime(2025, 6, 12, 8, 30, tzinfo=_tz(-5, 30))),
    ("2025-06-12T08:30:00+14:00", datetime(2025, 6, 12, 8, 30, tzinfo=_tz(14))),
    ("2025-06-12T08:30:00-14:00", datetime(2025, 6, 12, 8, 30, tzinfo=_tz(-14))),
    ("2025-06-12T08:30:00-00:00", datetime(2025, 6, 12, 8, 30, tzinfo=UTC)),
    ("2025-06-12T23:59:59Z", datetime(2025, 6, 12, 23, 59, 59, tzinfo=UTC)),
    ("2024-02-29T00:00:00Z", datetime(2024, 2, 29, tzinfo=UTC)),
    ("2000-02-29T00:00:00Z", datetime(2000, 2, 29, tzinfo=UTC)),
    # End of day: 24:00:00 is the first instant of the next day.
    ("2025-12-31T24:00:00Z", datetime(2026, 1, 1, tzinfo=UTC)),
    ("2025-02-28T24:00:00.000+01:00", datetime(2025, 3, 1, tzinfo=_tz(1))),
    ("0001-01-01T00:00:00Z", datetime(1, 1, 1, tzinfo=UTC)),
    ("9999-12-31T23:59:59Z", datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)),
]

# Lexically valid (XSD 1.1 has these years), outside what a datetime holds.
OUT_OF_RANGE = [
    "0000-01-01T00:00:00Z",
    "-0001-01-01T00:00:00Z",
    "10000-01-01T00:00:00Z",
    "9999-12-31T24:00:00Z",
    "0001-01-01T00:00:00+01:00",
]

INVALID = [
    ("2025-06-12T08:30:00", "no time zone (a dateTime, not a dateTimeStamp)"),
    ("2025-06-12", "a date"),
    ("2025-06-12T08:30Z", "no seconds"),
    ("2025-06-12 08:30:00Z", "space instead of T"),
    ("2025-06-12t08:30:00Z", "lower-case t"),
    ("2025-06-12T08:30:00z", "lower-case z"),
    ("25-06-12T08:30:00Z", "two-digit year"),
    ("02025-06-12T08:30:00Z", "five-digit year with a leading zero"),
    ("+2025-06-12T08:30:00Z", "year with a plus sign"),
    ("2025-6-12T08:30:00Z", "one-digit month"),
    ("2025-00-12T08:30:00Z", "month 00"),
    ("2025-13-12T08:30:00Z", "month 13"),
    ("2025-06-00T08:30:00Z", "day 00"),
    ("2025-06-31T08:30:00Z", "31 June"),
    ("2025-02-29T08:30:00Z", "29 February of a common year"),
    ("1900-02-29T08:30:00Z", "29 February of a century that is not a leap year"),
    ("2025-06-12T25:00:00Z", "hour 25"),
    ("2025-06-12T24:00:01Z", "24 hours and a second"),
    ("2025-06-12T24:01:00Z", "24 hours and a minute"),
    ("2025-06-12T24:00:00.1Z", "24 hours and a tenth"),
    ("2025-06-12T08:60:00Z", "minute 60"),
    ("2025-06-12T08:30:60Z", "leap second"),
    ("2025-06-12T08:30:00.Z", "empty fraction"),
    ("2025-06-12T08:30:00,5Z", "comma as decimal separator"),
    ("2025-06-12T08:30:00+0200", "offset without colon"),
    ("2025-06-12T08:30:00+02", "offset without minutes"),
    ("2025-06-12T08:30:00+14:01", "offset beyond 14:00"),
    ("2025-06-12T08:30:00+15:00", "offset hour 15"),
    ("2025-06-12T08:30:00+02:60", "offset minute 60"),
    ("2025-06-12T08:30:00Z\n", "trailing newline"),
    (" 2025-06-12T08:30:00Z", "leading space"),
    ("2025-06-12T08:30:00ZZ", "two zones"),
    ("２０２５-06-12T08:30:00Z", "non-ASCII digits"),
    ("2025-06-12T08:30:00." + "0" * MAX_DATETIME_STAMP_LENGTH + "Z", "over the length bound"),
    ("", "empty"),
]


@pytest.mark.parametrize(("text", "expected"), VALID, ids=[v[0] for v in VALID])
def test_valid_forms(text: str, expected: datetime) -> None:
    assert is_datetime_stamp(text)
    parsed = parse_datetime_stamp(text)
    assert parsed == expected
    assert parsed.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("text", OUT_OF_RANGE)
def test_lexically_valid_years_outside_datetime_are_refused(text: str) -> None:
    assert is_datetime_stamp(text)
    with pytest.raises(DateTimeStampError, match="outside the years 0001-9999"):
        parse_datetime_stamp(text)


@pytest.mark.parametrize(("text", "why"), INVALID, ids=[i[1] for i in INVALID])
def test_invalid_forms(text: str, why: str) -> None:
    assert not is_datetime_stamp(text), why
    with pytest.raises(DateTimeStampError):
        parse_datetime_stamp(text)


@pytest.mark.parametrize("value", [None, 20250612, 1.5, b"2025-06-12T08:30:00Z", ["x"]])
def test_non_strings_are_refused(value: object) -> None:
    assert not is_datetime_stamp(value)
    with pytest.raises(DateTimeStampError, match="is a string"):
        parse_datetime_stamp(value)


def test_format_is_utc_with_z_and_whole_seconds() -> None:
    moment = datetime(2025, 6, 12, 10, 30, 15, 999999, tzinfo=_tz(2))
    assert format_datetime_stamp(moment) == "2025-06-12T08:30:15Z"
    assert format_datetime_stamp(datetime(5, 1, 2, 3, 4, 5, tzinfo=UTC)) == "0005-01-02T03:04:05Z"


def test_format_refuses_a_naive_datetime() -> None:
    with pytest.raises(NaiveDateTimeError):
        format_datetime_stamp(datetime(2025, 6, 12, 8, 30))


@pytest.mark.parametrize("text", [v[0] for v in VALID])
def test_format_then_parse_is_the_same_instant(text: str) -> None:
    parsed = parse_datetime_stamp(text)
    written = format_datetime_stamp(parsed)
    assert is_datetime_stamp(written) and written.endswith("Z")
    assert parse_datetime_stamp(written) == parsed.replace(microsecond=0)
