"""Publication dates in the formats pages and feeds use, read into ``Published`` with their precision."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateparser

from claimline.model import Published

# Forms dateutil reads wrongly (day-first dots, bare years) or not at all (Korean), tried first.
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?P<y>\d{4})$"), "year"),
    (re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})$"), "month"),
    (re.compile(r"^(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})$"), "day"),
    (re.compile(r"^(?P<y>\d{4})\s*년\s*(?P<m>\d{1,2})\s*월(?:\s*(?P<d>\d{1,2})\s*일)?"), "korean"),
)

# Two defaults that differ in day and month reveal which parts the text did not give.
DEFAULTS = (datetime(1, 1, 1), datetime(2, 2, 2))


def parse_published(value: object) -> Published | None:
    """Read a date from a string, a YAML date or a year number; None if it is not one."""
    if isinstance(value, datetime):
        return Published(value.date(), "day")
    if isinstance(value, date):
        return Published(value, "day")
    if isinstance(value, int) and not isinstance(value, bool):
        return _safe(value, 1, 1, "year")
    text = str(value or "").strip()
    return (_from_patterns(text) or _from_dateutil(text)) if text else None


def _from_patterns(text: str) -> Published | None:
    for pattern, precision in PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        parts = match.groupdict()
        year, month, day = int(parts["y"]), int(parts.get("m") or 1), int(parts.get("d") or 1)
        if precision == "korean":
            precision = "day" if parts.get("d") else "month"
        return _safe(year, month, day, precision)
    return None


def _from_dateutil(text: str) -> Published | None:
    try:
        first, second = (dateparser.parse(text, default=d) for d in DEFAULTS)
    except (ValueError, OverflowError):
        return None
    if first.year != second.year:
        return None
    precision = "year" if first.month != second.month else "month" if first.day != second.day else "day"
    return _safe(first.year, first.month, first.day, precision)


def _safe(year: int, month: int, day: int, precision: str) -> Published | None:
    try:
        return Published(date(year, month, day), precision)
    except ValueError:
        return None
