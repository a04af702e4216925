"""Publication dates: KCNA datelines, Juche years, feed and meta dates.

Everything is returned as an aware UTC datetime. Dates without a zone are read
as Pyongyang time, which was UTC+9 except from 2015-08-15 to 2018-05-04, when
"Pyongyang Time" was UTC+8:30.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from typing import overload

_PYT_START = datetime(2015, 8, 15)
_PYT_END = datetime(2018, 5, 5)
_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
_MONTH_RE = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|" \
            r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DATELINE = re.compile(r"^\s*[A-Z][\w .'-]{1,40},\s+" + _MONTH_RE + r"\s+(\d{1,2})\s*\(",
                       re.IGNORECASE)
_JUCHE = re.compile(r"Juche\s+(\d{1,3})\s*\((\d{4})\)(?:\s*\.?\s*(\d{1,2})\.(\d{1,2})\.?)?",
                    re.IGNORECASE)
_DOTTED = re.compile(r"\b(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})\b")
_WRITTEN = re.compile(_MONTH_RE + r"\s+(\d{1,2}),?\s+(\d{4})", re.IGNORECASE)
# Date-only values are placed at noon Pyongyang time so that their UTC date is
# the local date (midnight would fall on the previous day in UTC).
_NOON = time(12, 0)


def pyongyang_offset(local: datetime) -> timedelta:
    """UTC offset of Pyongyang at a naive local time."""
    if _PYT_START <= local.replace(tzinfo=None) < _PYT_END:
        return timedelta(hours=8, minutes=30)
    return timedelta(hours=9)


def from_pyongyang(local: datetime) -> datetime:
    """A naive Pyongyang wall-clock time as an aware UTC datetime."""
    naive = local.replace(tzinfo=None)
    return naive.replace(tzinfo=timezone(pyongyang_offset(naive))).astimezone(UTC)


def _local_day(day: date) -> datetime:
    return from_pyongyang(datetime.combine(day, _NOON))


def _month(name: str) -> int:
    key = name.lower().rstrip(".")
    return next(v for k, v in _MONTHS.items() if k.startswith(key[:3]))


def parse_dateline(text: str, reference: datetime) -> datetime | None:
    """The date of a KCNA dateline ("Pyongyang, May 22 (KCNA) --").

    A dateline has no year: take the latest one that does not put the date
    more than a day after ``reference`` (the fetch time).
    """
    match = _DATELINE.match(text)
    if match is None:
        return None
    month, day = _month(match.group(1)), int(match.group(2))
    for year in (reference.year, reference.year - 1):
        try:
            candidate = _local_day(date(year, month, day))
        except ValueError:
            continue
        if candidate <= reference + timedelta(days=1):
            return candidate
    return None


def parse_juche(text: str) -> datetime | None:
    """"Juche 103 (2014).11.17." and the like; None without a full date."""
    match = _JUCHE.search(text)
    if match is None or match.group(3) is None:
        return None
    year, month, day = int(match.group(2)), int(match.group(3)), int(match.group(4))
    if int(match.group(1)) != year - 1911:
        return None  # the two years disagree: trust neither
    try:
        return _local_day(date(year, month, day))
    except ValueError:
        return None


def parse_date(value: str) -> datetime | None:
    """ISO 8601, RFC 2822, "2014.11.17", "November 17, 2014" or a Juche date."""
    value = value.strip()
    if not value:
        return None
    for parser in (_iso, _rfc2822, parse_juche, _dotted, _written):
        result = parser(value)
        if result is not None:
            return result
    return None


def _iso(value: str) -> datetime | None:
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        if len(value) <= 10:
            return _local_day(parsed.date())
        return from_pyongyang(parsed)
    return parsed.astimezone(UTC)


def _rfc2822(value: str) -> datetime | None:
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed.astimezone(UTC) if parsed.tzinfo else from_pyongyang(parsed)


def _dotted(value: str) -> datetime | None:
    match = _DOTTED.search(value)
    if match is None:
        return None
    try:
        return _local_day(date(*(int(g) for g in match.groups())))
    except ValueError:
        return None


def _written(value: str) -> datetime | None:
    match = _WRITTEN.search(value)
    if match is None:
        return None
    try:
        return _local_day(date(int(match.group(3)), _month(match.group(1)), int(match.group(2))))
    except ValueError:
        return None


@overload
def isoformat_z(moment: datetime) -> str: ...
@overload
def isoformat_z(moment: None) -> None: ...
def isoformat_z(moment: datetime | None) -> str | None:
    """ISO 8601 in UTC with a Z suffix, as every output of the monitor writes it."""
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
