"""Lookups in sorted spans by bisection, so that a long report costs time in proportion to its length.

Sentences, quotations and place mentions are each found once per report, sorted by start and
(for sentences and quotations) never overlapping; every rule that asks "which quotation holds this
offset" or "which places lie in this clause" asks it here instead of scanning the whole list.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from itertools import accumulate

from claimline.model import PlaceMention

Span = tuple[int, int]


def span_at(spans: Sequence[Span], offset: int) -> Span | None:
    """The span of sorted, non-overlapping ``spans`` that starts last at or before ``offset``, if any.

    Callers test whether it holds ``offset`` by their own rule (ends inclusive or not)."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return spans[i] if i >= 0 else None


def spans_meeting(spans: Sequence[Span], start: int, end: int) -> Sequence[Span]:
    """The sorted, non-overlapping ``spans`` that end after ``start`` and begin before ``end``."""
    lo = bisect.bisect_right(spans, start, key=lambda s: s[1])
    hi = bisect.bisect_left(spans, end, lo, key=lambda s: s[0])
    return spans[lo:hi]


def places_from(places: Sequence[PlaceMention], start: int, end: int) -> Sequence[PlaceMention]:
    """The mentions (sorted by start) that start in ``[start, end)``."""
    lo = bisect.bisect_left(places, start, key=lambda p: p.start)
    hi = bisect.bisect_left(places, end, lo, key=lambda p: p.start)
    return places[lo:hi]


class SpanSet:
    """Spans sorted by start, overlapping or not, that answer "does ``[start, end)`` meet one of them"."""

    def __init__(self, spans: Sequence[tuple[int, int, *tuple[object, ...]]]) -> None:
        self._starts = [s[0] for s in spans]
        self._reach = list(accumulate((s[1] for s in spans), max))  # the furthest end among the first i

    def meets(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self._starts, end)  # the spans that start before ``end``
        return i > 0 and self._reach[i - 1] > start
