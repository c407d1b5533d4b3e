"""Each claim says why the extractor is unsure of it, for the review queue; and each has a stable id."""

from __future__ import annotations

from claimline.extract import extract
from claimline.model import Doubt, Published, Report


def only_claim(text: str, published: str | None = "2019-06-20"):
    report = Report("t.txt", "Headline", text, published=Published.parse(published) if published else None)
    (claim,) = extract(report).claims
    return claim


def test_a_written_year_and_a_located_source_leave_little_doubt():
    claim = only_claim("Guards in Musan seized phones on May 3, 2019, a source in Musan said.")
    assert claim.uncertain == ()


def test_a_day_without_a_year_takes_the_publication_year_and_says_so():
    claim = only_claim("Guards in Musan seized phones on May 3, a source in Musan said.")
    assert claim.uncertain == (Doubt.YEAR_GUESSED,)


def test_a_relative_date_is_counted_from_the_publication_date():
    claim = only_claim("Guards in Musan seized phones last month, a source in Musan said.")
    assert Doubt.RELATIVE in claim.uncertain


def test_a_report_dated_only_to_the_month_makes_an_inferred_year_vaguer():
    claim = only_claim("Guards in Musan seized phones on May 3, a source in Musan said.", "2019-06")
    assert claim.uncertain == (Doubt.YEAR_GUESSED, Doubt.PUBLISHED_VAGUE)


def test_without_a_publication_date_the_date_is_unresolved_and_that_comes_first():
    claim = only_claim("Guards seized phones on May 3.", None)
    assert claim.uncertain[0] == Doubt.UNRESOLVED
    assert {Doubt.NO_PLACE, Doubt.NO_SOURCE} <= set(claim.uncertain)


def test_a_place_carried_from_an_earlier_source_and_a_pronoun_source_are_doubts():
    report = Report("t.txt", "Headline", "A source in Hyesan spoke to us this week. He said rice ran short in "
                    "April 2019.", published=Published.parse("2019-06-20"))
    claim = extract(report).claims[-1]
    assert claim.source == "He"
    assert {Doubt.PLACE_INFERRED, Doubt.PRONOUN_SOURCE} <= set(claim.uncertain)
    assert Doubt.WEIGHTS[claim.uncertain[0]] >= Doubt.WEIGHTS[claim.uncertain[-1]]


def test_ids_are_stable_across_runs_and_differ_between_claims():
    text = "Guards in Musan seized phones on May 3, 2019. Prices in Hyesan fell in April 2019."
    report = Report("t.txt", "Headline", text, published=Published.parse("2019-06-20"))
    first = [c.id for c in extract(report).claims]
    again = [c.id for c in extract(Report("other-name.txt", "Another title", text,
                                          published=Published.parse("2019-06-20"))).claims]
    assert first == again and len(set(first)) == 2
    changed = Report("t.txt", "Headline", text + " More text.", published=Published.parse("2019-06-20"))
    assert set(first).isdisjoint(c.id for c in extract(changed).claims)  # a changed text is another report
