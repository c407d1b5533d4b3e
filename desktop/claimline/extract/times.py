"""The date grammar: time expressions in report text, resolved against the publication date.

The words and rules live in ``extract/grammar/<lang>/`` (see ``claimline.extract.grammar``); this module
is the entry point the claim rules use. Month and weekday names must be capitalised and a bare month or
year needs a preposition before it, so "may" the verb, "march" the verb and counts such as "2,000 people"
never become dates (ANNOTATION.md gives the resolution rules).
"""

from __future__ import annotations

from datetime import date

from claimline.extract.grammar import load
from claimline.extract.grammar.calendar import BAD_DATE, FUTURE, NO_ANCHOR, NO_DAY, a_year_later
from claimline.model import TimeSpan


def find_times(text: str, anchor: date | None, *, anchor_precision: str = "day") -> list[TimeSpan]:
    """Every time expression in ``text``, in order, resolved against ``anchor`` (the publication date).

    ``anchor_precision`` is the precision of the publication date ("day", "month" or "year"): words
    such as "yesterday" or "on Friday" stay unresolved unless the day is known.
    """
    return load("en").find(text, anchor, anchor_precision)


__all__ = ["BAD_DATE", "FUTURE", "NO_ANCHOR", "NO_DAY", "a_year_later", "find_times"]
