"""A long report (a scraped page, a merged bundle) gives the claims its parts give alone.

Extraction looks up sentences, quotations and places by bisection, so its cost grows with the
report's length (``bench/long_report.py`` prints the growth); these tests check that the lookups
give the same answers as a whole scan would, and that a long text loses no claim.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimline.extract import extract
from claimline.extract.spans import SpanSet, span_at, spans_meeting
from claimline.model import Published, Report

PARAGRAPH = (
    "A trader in Hoeryong said rice rose to 6,000 won on March {day}, 2021.\n\n"
    "“Guards searched every house in early April,” a source in Ryanggang Province told the outlet. "
    "The source added that the market stayed shut last month.\n\n"
    "(Photo) Workers repair a road near Sinuiju. Taken in May 2020 (Photo agency)\n\n"
)


def long_report(parts: int, *, newlines: bool = True) -> Report:
    text = "".join(PARAGRAPH.format(day=i % 28 + 1) for i in range(parts))
    if not newlines:
        text = text.replace("\n\n", " ")
    return Report("long.txt", "A long report", text, published=Published.parse("2021-06-15"))


def summary(report: Report) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(c.when.text, c.source, tuple(sorted(c.province_codes))) for c in extract(report).claims]


def test_every_part_of_a_long_report_keeps_its_claims_and_places():
    one = summary(long_report(1))
    assert len(one) >= 4
    many = long_report(500)
    found = summary(many)
    assert len(found) == 500 * len(one)
    # the last part reads like the first: no source or place leaks across thousands of sentences
    assert [(w, s, p) for w, s, p in found[-len(one):] if "March" not in w] == [
        (w, s, p) for w, s, p in one if "March" not in w]
    for claim in extract(many).claims[-len(one):]:
        assert many.text[claim.start:claim.end] == claim.quote


def test_a_long_report_on_one_line_keeps_its_claims():
    one = len(summary(long_report(1, newlines=False)))
    assert len(summary(long_report(400, newlines=False))) == 400 * one


disjoint = st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=12).map(
    lambda pairs: _disjoint(pairs))


def _disjoint(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for gap, length in pairs:
        spans.append((pos + gap, pos + gap + length))
        pos += gap + length
    return spans


@given(disjoint, st.integers(-2, 400))
def test_span_at_is_the_last_span_starting_at_or_before(spans, offset):
    expected = [s for s in spans if s[0] <= offset]
    assert span_at(spans, offset) == (expected[-1] if expected else None)


@given(disjoint, st.integers(-2, 400), st.integers(0, 40))
def test_spans_meeting_is_every_span_that_overlaps(spans, start, length):
    end = start + length
    assert list(spans_meeting(spans, start, end)) == [s for s in spans if s[1] > start and s[0] < end]


@given(st.lists(st.tuples(st.integers(0, 80), st.integers(0, 12)), max_size=12), st.integers(-2, 100),
       st.integers(1, 20))
def test_span_set_meets_like_a_scan_even_when_spans_overlap(pairs, start, length):
    spans = sorted((a, a + n) for a, n in pairs)
    end = start + length
    assert SpanSet(spans).meets(start, end) == any(a < end and start < b for a, b in spans)
