"""A date axis over days counted from 2000-01-01.

pyqtgraph's DateAxisItem wants Unix seconds (about 1.5e9), and vector exports write coordinates with six
significant digits: at that size bars and markers land days away from their place in an SVG or PDF.
Days since 2000 stay in the thousands, and the axis below places calendar ticks on them.
"""

from __future__ import annotations

import math
from datetime import date, timedelta

import pyqtgraph as pg

EPOCH = date(2000, 1, 1)
MIN_LABEL_PX = 48  # the least room a tick label gets
MIN_MINOR_PX = 10
MAX_TICKS = 400
# (name, approximate length in days), finest first: the first whose labels fit is the major unit
UNITS = (("day", 1.0), ("week", 7.0), ("month", 30.44), ("quarter", 91.3), ("year", 365.25),
         ("5 years", 1826.0), ("decade", 3652.0))


def to_x(day: date) -> float:
    """The x coordinate of the start of ``day``."""
    return float((day - EPOCH).days)


def from_x(x: float) -> date:
    """The day an x coordinate falls on, clamped to the calendar's range."""
    return EPOCH + timedelta(days=max(min(math.floor(x), 2_900_000), -730_000))


def _starts(unit: str, first: date, last: date) -> list[date]:
    """The first day of every ``unit`` from ``first`` to ``last``."""
    if unit in ("day", "week"):
        step = 1 if unit == "day" else 7
        day = first + timedelta(days=(-first.weekday()) % 7) if unit == "week" else first
        return [day + timedelta(days=i) for i in range(0, (last - day).days + 1, step)][:MAX_TICKS]
    months = {"month": 1, "quarter": 3, "year": 12, "5 years": 60, "decade": 120}[unit]
    index = first.year * 12 + first.month - 1
    index += -index % months
    starts = []
    while len(starts) < MAX_TICKS:
        day = date(index // 12, index % 12 + 1, 1)
        if day > last:
            break
        starts.append(day)
        index += months
    return starts


class DayAxisItem(pg.AxisItem):
    """Calendar ticks (years, quarters, months, weeks, days) for x in days since 2000-01-01."""

    def __init__(self, **kwargs) -> None:
        super().__init__(orientation="bottom", **kwargs)
        self.enableAutoSIPrefix(False)

    def _units(self, minVal: float, maxVal: float, size: float) -> tuple[int, int | None]:
        px_per_day = size / max(maxVal - minVal, 1e-9)
        major = next((i for i, (_, days) in enumerate(UNITS) if days * px_per_day >= MIN_LABEL_PX), len(UNITS) - 1)
        minor = major - 1 if major > 0 and UNITS[major - 1][1] * px_per_day >= MIN_MINOR_PX else None
        return major, minor

    def tickValues(self, minVal: float, maxVal: float, size: float):
        if not (math.isfinite(minVal) and math.isfinite(maxVal)) or maxVal <= minVal:
            return []
        first, last = from_x(minVal), from_x(maxVal) + timedelta(days=1)
        major, minor = self._units(minVal, maxVal, size)
        ticks = [(UNITS[major][1], [to_x(d) for d in _starts(UNITS[major][0], first, last)])]
        if minor is not None:
            ticks.append((UNITS[minor][1], [to_x(d) for d in _starts(UNITS[minor][0], first, last)]))
        return ticks

    def tickStrings(self, values, scale, spacing):
        return [self._label(from_x(v), spacing) for v in values]

    @staticmethod
    def _label(day: date, spacing: float) -> str:
        if spacing >= UNITS[4][1]:  # years and more
            return str(day.year)
        if spacing >= UNITS[2][1]:  # months and quarters: the year at January
            return str(day.year) if day.month == 1 else day.strftime("%b")
        return day.strftime("%d %b") if day.day != 1 or day.month != 1 else str(day.year)
