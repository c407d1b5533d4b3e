"""What a clause does with its time (extract/context.py and the grammar's compositions), through ``extract``:
habits, comparisons, past states "until" then, events counted from, periods, pairs of months."""

from __future__ import annotations

import pytest

from claimline.extract import extract
from claimline.model import Doubt, Published, Report


def dated(text: str, published: str = "2021-06-15") -> list[tuple[str, str, str]]:
    """(time text, start, end) of every resolved claim of a one-report text."""
    found = extract(Report("t.txt", "A headline", text, published=Published.parse(published))).claims
    return [(c.when.text, str(c.when.start), str(c.when.end)) for c in found if c.when.resolved]


@pytest.mark.parametrize("text", [
    "The garrison usually stages its exercises in May and June, a resident said.",
    "Rallies are held annually on March 3 in the county seat.",
    "The county generally plants its barley in early spring.",
])
def test_what_happens_every_year_is_no_claim(text: str) -> None:
    assert dated(text) == []


def test_a_habit_does_not_hide_this_year() -> None:
    assert dated("Grain usually gets cheaper after the harvest, but this year it rose, a trader said.") == [
        ("this year", "2021-01-01", "2021-12-31")]


def test_a_yardstick_is_no_claim() -> None:
    assert dated("Just like last year, the speech gave farmers no reason for hope, a source said.") == []


def test_a_state_compared_with_a_past_time_is_a_claim_for_it() -> None:
    assert dated("Corn now costs about a third more compared to the end of April, a trader in Hyesan said.") == [
        ("to the end of April", "2021-04-21", "2021-04-30")]


def test_until_after_a_past_verb_is_how_long_it_lasted() -> None:
    assert dated("The market in Musan stayed shut until last Tuesday, a source said.", "2021-06-17") == [
        ("last Tuesday", "2021-06-15", "2021-06-15")]


@pytest.mark.parametrize("text", [
    "Traders were ordered to keep their stalls closed until June 30.",
    "Officials handed out orders for the brigades to keep digging until the 12th.",
    "The inns of the county town are booked until October, a source said.",
])
def test_until_in_an_order_or_a_plan_stays_a_deadline(text: str) -> None:
    assert dated(text) == []


def test_an_upcoming_meeting_is_no_claim() -> None:
    assert dated("Security is tight before the upcoming plenum in early December, sources said.",
                 "2021-11-02") == []


def test_two_months_in_a_row_are_one_period() -> None:
    assert dated("Floods cut the road to the mine in March and April, a resident said.") == [
        ("in March and April", "2021-03-01", "2021-04-30")]


def test_two_days_stay_two_claims() -> None:
    assert len(dated("The shops opened on February 16th and April 15th, a resident said.")) == 2


def test_a_time_counted_from_an_event_in_the_sentence() -> None:
    found = extract(Report("t.txt", "A headline", "The border post reopened on March 2 and shut again five days "
                           "later, a source said.", published=Published.parse("2021-06-15"))).claims
    assert [(c.when.text, str(c.when.start)) for c in found] == [("on March 2", "2021-03-02"),
                                                                ("five days later", "2021-03-07")]
    assert Doubt.FROM_EVENT in found[1].uncertain


def test_a_period_that_ends_on_a_day() -> None:
    assert dated("Kimchaek recorded 310 mm of rain in 24 hours to August 29, 2020, the weather bureau said.",
                 "2020-09-01") == [("in 24 hours to August 29, 2020", "2020-08-28", "2020-08-29")]


def test_the_date_of_an_occasion_does_not_swallow_an_earlier_time() -> None:
    assert dated("Earlier this month, cooking oil was handed out in Hoeryong to mark the holiday on the 10th.") == [
        ("Earlier this month", "2021-06-01", "2021-06-15"), ("on the 10th", "2021-06-10", "2021-06-10")]


def test_the_year_guess_comes_from_the_calendar() -> None:
    [claim] = extract(Report("t.txt", "A headline", "Yesterday [May 5] the market in Hyesan was closed.",
                             published=Published.parse("2021-05-06"))).claims
    assert claim.uncertain[0] == Doubt.YEAR_GUESSED
