"""What a time expression says, in no language: a typed frame the calendar turns into days.

"in early March 2018" is ``Frame(unit="month", month=3, year=2018, part=Part("early", days=(1, 10), ...))``,
"last month" ``Frame(unit="month", shift=-1)``, "three days ago" ``Frame(unit="day", shift=-3)``.
A field left ``None`` is one the text did not give; the calendar fills it from the anchor date.
"""

from __future__ import annotations

from typing import NamedTuple

UNITS = ("day", "weekday", "week", "month", "season", "year")


class Part(NamedTuple):
    """A part of a month or year ("early", "the first half of"), as the grammar's part list defines it.

    ``days`` is the part of a month (a negative first day counts back from the last; ``None`` as the last
    day is the month's end), ``months`` the part of a year; ``edge`` "to-date" runs from the start of
    the unit to the anchor ("earlier this month"), "ahead" is still to come ("later this year")."""

    name: str
    days: tuple[int, int | None] | None = None
    months: tuple[int, int] | None = None
    precision: str = "range"  # of a part of a year
    edge: str = ""


class Frame(NamedTuple):
    """The calendar meaning of one time expression; see the module docstring. (A named tuple: one is
    built for every match, and a frozen dataclass costs several times as much to build.)"""

    unit: str
    year: int | None = None
    year_end: int | None = None  # "2017-18": the last year of a range (two digits: in the first's century)
    month: int | None = None
    day: int | None = None
    day_end: int | None = None  # "March 3-5"
    season: tuple[int, int] | None = None  # first and last month
    weekday: int | None = None  # 0 is Monday
    part: Part | None = None
    shift: int | None = None  # units from the anchor's ("last month": -1); for a named month, which one
    year_shift: int | None = None  # "November of last year"
    month_shift: int | None = None  # "the 12th of last month"
    base: str = "anchor"  # what a shift counts from: the anchor date, or "event": the time before it in the sentence

    @property
    def relative(self) -> bool:
        """Whether the frame counts from the anchor (a shift, or a weekday) rather than naming a date."""
        return self.base == "anchor" and self.year is None and (self.shift is not None or self.weekday is not None
                                      or self.year_shift is not None or self.month_shift is not None)

    @property
    def year_given(self) -> bool:
        """Whether the text gave the year itself (else the calendar infers it from the anchor)."""
        return self.year is not None
