"""The calendar: a frame resolved against the anchor (publication) date into an inclusive interval of days.

Language-free: it knows units, shifts and parts, never words. The resolution rules are ANNOTATION.md's:
a day-month without a year is the latest such day not after the anchor, a month the latest such month
that starts on or before it, "last week" the seven days before it, and so on.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from claimline.extract.grammar.frame import Frame, Part

NO_ANCHOR = "no publication date and no year in the text"
NO_DAY = "the publication day is not known"
NO_MONTH = "the publication month is not known"
BAD_DATE = "not a calendar date"
FUTURE = "a time still to come"
LEAP_REACH = 8  # years looked back for the latest 29 February
YEAR_RANGE_MAX = 30  # "2017-2048" is not a range of years a report means

Interval = tuple[date, date, str]


class Unresolved(Exception):
    """A time expression that cannot be pinned to days; the message says why."""


class Vague(Exception):
    """Words that only sound like a time ("this week": ANNOTATION.md counts it as vague): no time at all."""


def resolve(frame: Frame, anchor: date | None, precision: str = "day") -> Interval:
    """The days ``frame`` means, read against ``anchor`` known to ``precision`` ("day", "month", "year")."""
    if frame.base == "event":
        return _after_event(frame, _need(anchor))
    if frame.day is not None:
        return _days(frame, anchor, precision)
    unit = frame.unit
    if unit == "day":
        day = _need_day(anchor, precision) + timedelta(days=frame.shift or 0)
        return day, day, "day"
    if unit == "weekday":
        return _weekday(frame, _need_day(anchor, precision))
    if unit == "week":
        return _week(frame, anchor, precision)
    if unit == "season":
        return _season(frame, anchor)
    if unit == "month" and frame.month is not None:
        return _month_part(_month_year(frame, anchor), frame.month, frame.part)
    if unit == "year" and frame.year is not None:
        return _year(frame)
    return _relative_unit(frame, _need(anchor))


def _after_event(frame: Frame, event: date) -> Interval:
    """"five days later", "a week later", "the next day": counted from the day of the event before it."""
    days = (frame.shift or 0) * (7 if frame.unit == "week" else 1)
    day = event + timedelta(days=days)
    return day, day, "day"


def a_year_later(day: date) -> date | None:
    """The same day a year later; None for February 29."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return None


def _need(anchor: date | None) -> date:
    """The anchor, or Unresolved when there is none."""
    if anchor is None:
        raise Unresolved(NO_ANCHOR)
    return anchor


def _need_day(anchor: date | None, precision: str) -> date:
    """The anchor when the publication day is known: today, yesterday and weekdays need it."""
    anchor = _need(anchor)
    if precision != "day":
        raise Unresolved(NO_DAY)
    return anchor


def _date(year: int, month: int, day: int) -> date:
    """A calendar date, or Unresolved when there is no such day (February 30)."""
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise Unresolved(BAD_DATE) from exc


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _add_months(year: int, month: int, shift: int) -> tuple[int, int]:
    """The (year, month) ``shift`` months from the given one."""
    y, m = divmod(year * 12 + month - 1 + shift, 12)
    return y, m + 1


def _days(frame: Frame, anchor: date | None, precision: str) -> Interval:
    """A day or a run of days of one month: a full date, a day-month, or "the 12th"."""
    if frame.day_end is not None:
        first = _one_day(frame, anchor, precision)
        try:
            last = first.replace(day=frame.day_end)
        except ValueError as exc:
            raise Unresolved(BAD_DATE) from exc
        if last < first:
            raise Unresolved(BAD_DATE)
        return first, last, "range"
    day = _one_day(frame, anchor, precision)
    return day, day, "day"


def _one_day(frame: Frame, anchor: date | None, precision: str) -> date:
    """The first (or only) day a day frame names."""
    assert frame.day is not None
    if frame.month is None:
        return _day_of_month(frame.day, frame.month_shift, _need(anchor), precision)
    if frame.year is not None or frame.year_shift is not None or frame.shift is not None:
        return _date(_month_year(frame, anchor), frame.month, frame.day)
    return _latest_day(frame.month, frame.day, _need(anchor))


def _latest_day(month: int, day: int, anchor: date) -> date:
    """The latest such day not after the anchor (looks back up to eight years for 29 February)."""
    for year in range(anchor.year, anchor.year - LEAP_REACH, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor:
            return candidate
    raise Unresolved(BAD_DATE)


def _day_of_month(day: int, month_shift: int | None, anchor: date, precision: str) -> date:
    """"the 12th": of the anchor's month, or of the month before when that is still to come (or asked for)."""
    if precision == "year":
        raise Unresolved(NO_MONTH)
    year, month = anchor.year, anchor.month
    if month_shift == -1 or day > anchor.day:
        year, month = _add_months(year, month, -1)
    return _date(year, month, day)


def _month_year(frame: Frame, anchor: date | None) -> int:
    """The year a named month is in: written, relative ("of last year", "last December") or the latest."""
    if frame.year is not None:
        return frame.year
    anchor = _need(anchor)
    month = frame.month or anchor.month
    if frame.year_shift is not None:
        return anchor.year + frame.year_shift
    if frame.shift is None:
        return anchor.year if month <= anchor.month else anchor.year - 1
    if frame.shift < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if frame.shift > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def _month_part(year: int, month: int, part: Part | None) -> Interval:
    """A month, or its early/mid/late part."""
    last = _last_day(year, month)
    if part is None:
        return date(year, month, 1), date(year, month, last), "month"
    if part.days is None:
        raise Unresolved(f"no {part.name} a month")
    lo, hi = part.days
    lo = last + lo if lo < 0 else lo
    return date(year, month, lo), date(year, month, hi or last), "part-of-month"


def _year_part(year: int, part: Part | None) -> Interval:
    """A year, or its early/late part or half."""
    if part is None:
        return date(year, 1, 1), date(year, 12, 31), "year"
    if part.months is None:
        raise Unresolved(f"no {part.name} a year")
    lo, hi = part.months
    return date(year, lo, 1), date(year, hi, _last_day(year, hi)), part.precision


def _year(frame: Frame) -> Interval:
    """A written year, a part of one, or a range of years ("2017-18")."""
    assert frame.year is not None
    if frame.year_end is None:
        return _year_part(frame.year, frame.part)
    first, last = frame.year, frame.year_end
    if last < 100:
        last += first // 100 * 100
    if not first < last <= first + YEAR_RANGE_MAX:
        raise Unresolved(BAD_DATE)
    return date(first, 1, 1), date(last, 12, 31), "range"


def _relative_unit(frame: Frame, anchor: date) -> Interval:
    """"last month", "the end of this year", "earlier this month": a unit counted from the anchor's."""
    part = frame.part
    if part is not None and part.edge == "ahead":
        raise Unresolved(FUTURE)
    shift = frame.shift or 0
    if frame.unit == "year":
        year = anchor.year + shift
        if part is not None and part.edge == "to-date":
            return date(year, 1, 1), anchor, "range"
        return _year_part(year, part)
    year, month = _add_months(anchor.year, anchor.month, shift)
    if part is not None and part.edge == "to-date":
        return date(year, month, 1), anchor, "range"
    return _month_part(year, month, part)


def _week(frame: Frame, anchor: date | None, precision: str) -> Interval:
    """"last week": the seven days before the anchor; "next week" the seven after; "this week" is vague."""
    if not frame.shift or frame.part is not None:
        raise Vague
    anchor = _need_day(anchor, precision)
    if frame.shift < 0:
        return anchor - timedelta(days=7), anchor - timedelta(days=1), "week"
    return anchor + timedelta(days=1), anchor + timedelta(days=7), "week"


def _weekday(frame: Frame, anchor: date) -> Interval:
    """The latest such weekday not after the anchor; with a forward shift ("next Friday") the coming one."""
    assert frame.weekday is not None
    if (frame.shift or 0) > 0:
        day = anchor + timedelta(days=(frame.weekday - anchor.weekday() - 1) % 7 + 1)
    else:
        day = anchor - timedelta(days=(anchor.weekday() - frame.weekday) % 7)
    return day, day, "day"


def _season(frame: Frame, anchor: date | None) -> Interval:
    """A season of a written year, or the latest one that has begun by the anchor (shifted by last/next)."""
    assert frame.season is not None
    first, last = frame.season
    length = (last - first) % 12 + 1
    if frame.year is not None:
        year = frame.year
    else:
        anchor = _need(anchor)
        year = anchor.year if date(anchor.year, first, 1) <= anchor else anchor.year - 1
        shift = frame.shift or 0
        if shift < 0:
            year = year - 1 if _season_end(year, first, length) >= anchor else year
        elif shift > 0:
            year += 1
    return date(year, first, 1), _season_end(year, first, length), "season"


def _season_end(year: int, first: int, length: int) -> date:
    end_year, end_month = _add_months(year, first, length - 1)
    return date(end_year, end_month, _last_day(end_year, end_month))
