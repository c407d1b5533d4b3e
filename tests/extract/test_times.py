"""The date grammar: each rule of ANNOTATION.md as a case, plus the words that must not become dates."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.extract.times import NO_ANCHOR, NO_DAY, find_times

PUBLISHED = date(2018, 10, 4)  # a Thursday
MONTH_END = date(2018, 10, 31)  # the anchor of a report published "2018-10"


def only(text: str, anchor: date | None = PUBLISHED, precision: str = "day"):
    spans = find_times(text, anchor, anchor_precision=precision)
    assert len(spans) == 1, spans
    return spans[0]


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        # absolute days; a day-month without year is the latest one not after publication
        ("It happened on October 1.", "2018-10-01", "2018-10-01", "day"),
        ("It happened on Oct. 11 last", "2017-10-11", "2017-10-11", "day"),
        ("on Sept. 3rd they met", "2018-09-03", "2018-09-03", "day"),
        ("born 1 October 2018 here", "2018-10-01", "2018-10-01", "day"),
        ("on October 1, 2018, a", "2018-10-01", "2018-10-01", "day"),
        ("dated 2018-10-01 in", "2018-10-01", "2018-10-01", "day"),
        ("dated 2015.01.05 in", "2015-01-05", "2015-01-05", "day"),
        ("dated 2023/03/14 in", "2023-03-14", "2023-03-14", "day"),
        ("until June 30th ended", "2018-06-30", "2018-06-30", "day"),
        ("on the 7th of March", "2018-03-07", "2018-03-07", "day"),
        ("closed on December 5", "2017-12-05", "2017-12-05", "day"),
        # "on the 12th": this month, or the month before when that is still to come
        ("It opened on the 2nd, and", "2018-10-02", "2018-10-02", "day"),
        ("It opened on the 12th, and", "2018-09-12", "2018-09-12", "day"),
        # weekdays: the latest such weekday not after publication
        ("It opened on Monday.", "2018-10-01", "2018-10-01", "day"),
        ("It opened last Friday.", "2018-09-28", "2018-09-28", "day"),
        ("media reported Thursday that", "2018-10-04", "2018-10-04", "day"),
        # months and their parts
        ("ordered in July that", "2018-07-01", "2018-07-31", "month"),
        ("ordered in December that", "2017-12-01", "2017-12-31", "month"),
        ("In early September, I saw", "2018-09-01", "2018-09-10", "part-of-month"),
        ("by mid-September prices", "2018-09-11", "2018-09-20", "part-of-month"),
        ("in late August it", "2018-08-21", "2018-08-31", "part-of-month"),
        ("at the end of July it", "2018-07-21", "2018-07-31", "part-of-month"),
        ("in this August 2018 photo", "2018-08-01", "2018-08-31", "month"),
        ("in the first week of March", "2018-03-01", "2018-03-07", "part-of-month"),
        ("in the last week of February", "2018-02-22", "2018-02-28", "part-of-month"),
        ("the first week of last month", "2018-09-01", "2018-09-07", "part-of-month"),
        ("in November of last year", "2017-11-01", "2017-11-30", "month"),
        ("Last December, a resident", "2017-12-01", "2017-12-31", "month"),
        # ranges and "since"
        ("from July to September it", "2018-07-01", "2018-09-30", "range"),
        ("between May and June it", "2018-05-01", "2018-06-30", "range"),
        ("from July 3 to July 5 it", "2018-07-03", "2018-07-05", "range"),
        ("since July prices", "2018-07-01", "2018-10-04", "range"),
        ("since July 29, until now", "2018-07-29", "2018-10-04", "range"),
        ("since the start of January", "2018-01-01", "2018-10-04", "range"),
        ("shuttered since February 2016.", "2016-02-01", "2018-10-04", "range"),
        ("Since last month, the", "2018-09-01", "2018-10-04", "range"),
        ("with the arrival of 2012 calls", "2012-01-01", "2018-10-04", "range"),
        # seasons (Northern hemisphere; winter ends in the later year)
        ("this spring the", "2018-03-01", "2018-05-31", "season"),
        ("last winter the", "2017-12-01", "2018-02-28", "season"),
        ("in the summer of 2016 the", "2016-06-01", "2016-08-31", "season"),
        ("last autumn the", "2017-09-01", "2017-11-30", "season"),
        # years and halves
        ("in 2016 the", "2016-01-01", "2016-12-31", "year"),
        ("in the first half of 2020 the", "2020-01-01", "2020-06-30", "half-year"),
        ("in the second half of the year", "2018-07-01", "2018-12-31", "half-year"),
        ("at the beginning of the year", "2018-01-01", "2018-04-30", "range"),
        ("in early 2018 the", "2018-01-01", "2018-04-30", "range"),
        # relative to publication
        ("last month the", "2018-09-01", "2018-09-30", "month"),
        ("this month the", "2018-10-01", "2018-10-31", "month"),
        ("earlier this month the", "2018-10-01", "2018-10-04", "range"),
        ("Early this month, a", "2018-10-01", "2018-10-10", "part-of-month"),
        ("last week the", "2018-09-27", "2018-10-03", "week"),
        ("last year the", "2017-01-01", "2017-12-31", "year"),
        ("this year the", "2018-01-01", "2018-12-31", "year"),
        ("yesterday the", "2018-10-03", "2018-10-03", "day"),
        ("today the", "2018-10-04", "2018-10-04", "day"),
        ("earlier today the", "2018-10-04", "2018-10-04", "day"),
        ("three days ago the", "2018-10-01", "2018-10-01", "day"),
        ("2 days ago the", "2018-10-02", "2018-10-02", "day"),
        # written ranges and years relative to publication
        ("on October 1-2 the", "2018-10-01", "2018-10-02", "range"),
        ("on September 1st and 2nd the", "2018-09-01", "2018-09-02", "range"),
        ("in 2016-2017 the", "2016-01-01", "2017-12-31", "range"),
        ("in October last year the", "2017-10-01", "2017-10-31", "month"),
        ("late last month the", "2018-09-21", "2018-09-30", "part-of-month"),
        ("it opened this past Sunday", "2018-09-30", "2018-09-30", "day"),
        ("the plant was idle for most of the winter", "2017-12-01", "2018-02-28", "season"),
        ("in the third quarter of 2017 the", "2017-07-01", "2017-09-30", "range"),
        ("exports rose in the second quarter compared with", "2018-04-01", "2018-06-30", "range"),
        ("on the 1st of May the", "2018-05-01", "2018-05-01", "day"),
        ("rain fell from the 2nd to the 3rd", "2018-10-02", "2018-10-03", "range"),
        ("in mid-to-late September the", "2018-09-11", "2018-09-30", "part-of-month"),
        ("in the latter half of last year the", "2017-07-01", "2017-12-31", "half-year"),
        ("on the night of the 2nd the", "2018-10-02", "2018-10-02", "day"),
        ("in the winter of 2016-2017 the", "2016-12-01", "2017-02-28", "season"),
        ("it swept the coast this morning", "2018-10-04", "2018-10-04", "day"),
        ("it rained last night", "2018-10-03", "2018-10-03", "day"),
        ("around August 14 or 15 the", "2018-08-14", "2018-08-15", "range"),
        ("in the first 11 months of last year the", "2017-01-01", "2017-11-30", "range"),
        ("the lean season between October and December", "2018-10-01", "2018-12-31", "range"),  # forward
        # weekday ranges, with parts of the day; the first day is the latest one before the second
        ("rain fell between Friday night and Sunday morning", "2018-09-28", "2018-09-30", "range"),
        ("from Monday to Wednesday the", "2018-10-01", "2018-10-03", "range"),
        ("from Thursday evening to Tuesday the", "2018-09-27", "2018-10-02", "range"),
    ],
)
def test_resolves(text: str, start: str, end: str, precision: str) -> None:
    span = only(text)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (start, end, precision)
    assert text[span.offset:span.offset_end] == span.text


@pytest.mark.parametrize(
    "text",
    [
        "The underlying reason may have been the summits.",
        "May I ask what happened?",
        "Soldiers march to the border every day.",
        "They will march on.",
        "Villagers draw water from a spring near the river.",
        "Prices fall when supply rises.",
        "the fall of the regime",
        "Rice costs 15,000 won per 2 kg.",
        "Over 1,000 people gathered.",
        "Apartment prices have risen to 2300-2500 yuan/m².",
        "a special broadcast on the 7th Party Congress",
        "during the Arduous March, [famine] in the mid 1990s",
        "The market opened recently and these days it is busy.",
        "She lost her husband two years ago.",
        "the Arduous March was hard",
        "It takes 3 days to walk there.",
        "Prices ranged from 2000-3000 won.",
        "Rice sold for 5,000 won this week.",  # "this week" cannot be pinned (ANNOTATION.md: vague)
        "He arrived earlier this week.",
        "They began blocking the roads from about a week ago.",
        "factories of the February 8 Vinalon Complex were idle",  # a date that names a place
        "a concert at the April 25 House of Culture",
        "office workers must spend every Sunday on the farms",
        "the second half of the match",
    ],
)
def test_no_false_dates(text: str) -> None:
    assert find_times(text, PUBLISHED) == []


def test_month_precision_anchor_is_the_last_day() -> None:
    """A report dated "2018-10" resolves against 31 October."""
    span = only("since July the", MONTH_END, "month")
    assert (span.start, span.end) == (date(2018, 7, 1), MONTH_END)
    assert only("on October 30 they", MONTH_END, "month").start == date(2018, 10, 30)


@pytest.mark.parametrize("text", ["yesterday the", "on Friday the", "three days ago the", "last week the"])
def test_day_words_need_the_publication_day(text: str) -> None:
    span = only(text, MONTH_END, "month")
    assert not span.resolved and span.unresolved_reason == NO_DAY


@pytest.mark.parametrize("text", ["on October 1 the", "in July the", "last month the", "this spring", "on the 2nd"])
def test_no_publication_date_stays_unresolved(text: str) -> None:
    span = only(text, None)
    assert span.start is None and span.end is None and span.unresolved_reason == NO_ANCHOR


@pytest.mark.parametrize(("text", "day"), [("in November 2020", "2020-11-01"), ("on March 4, 2021", "2021-03-04"),
                                           ("in 2016", "2016-01-01")])
def test_written_year_needs_no_publication_date(text: str, day: str) -> None:
    assert only(text, None).start.isoformat() == day


def test_bracketed_date_pins_a_relative_word() -> None:
    span = only("“Yesterday [May 5], people were told", date(2016, 5, 31), "month")
    assert span.text == "Yesterday [May 5]" and span.start == date(2016, 5, 5)


def test_two_times_in_one_sentence_stay_apart() -> None:
    spans = find_times("Hyesan was put under lock down in November 2020 and January 2021.", date(2021, 3, 31))
    assert [(s.start.isoformat(), s.end.isoformat()) for s in spans] == [
        ("2020-11-01", "2020-11-30"), ("2021-01-01", "2021-01-31")]


def test_offsets_point_into_the_text_with_mojibake() -> None:
    text = "¡°Prices rose,¡± said a source on October 1. ¡°In early September, I saw it.¡±"
    spans = find_times(text, PUBLISHED)
    assert [text[s.offset:s.offset_end] for s in spans] == ["on October 1", "In early September"]


def test_later_this_year_is_still_to_come() -> None:
    assert not only("later this year the").resolved
