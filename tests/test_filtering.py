"""The shared filter and selection, without a display."""

from datetime import date

import pytest

from claimline.corpus import Corpus
from claimline.filtering import NO_PLACE, Filter, Workspace, provinces_of
from claimline.model import Claim, ClaimPlace, Extraction, Published, Report, TimeSpan

TEXT = "Prices rose in July in Sinuiju. Arrests followed on October 1 in Hyesan. Rain fell last week."


def claim(quote: str, start: date, end: date, codes: tuple[str, ...], path: str = "a.txt") -> Claim:
    offset = TEXT.index(quote)
    return Claim(path, quote, offset, offset + len(quote), TimeSpan("t", start, end, "day"),
                 tuple(ClaimPlace(c, c) for c in codes))


@pytest.fixture
def workspace() -> Workspace:
    report = Report("a.txt", "A", TEXT, published=Published.parse("2018-10-04"))
    claims = (
        claim("Prices rose in July in Sinuiju.", date(2018, 7, 1), date(2018, 7, 31), ("KP-03",)),
        claim("Arrests followed on October 1 in Hyesan.", date(2018, 10, 1), date(2018, 10, 1), ("KP-10",)),
        claim("Rain fell last week.", date(2018, 9, 26), date(2018, 10, 3), ()),
    )
    return Workspace(Corpus([Extraction(report, claims, ())], []))


def test_a_province_click_selects_it_and_a_second_click_clears():
    flt = Filter().toggled("KP-03", additive=False)
    assert flt.provinces == {"KP-03"}
    assert flt.toggled("KP-03", additive=False).is_empty


def test_ctrl_click_adds_and_removes_provinces():
    flt = Filter().toggled("KP-03", additive=False).toggled("KP-10", additive=True)
    assert flt.provinces == {"KP-03", "KP-10"}
    assert flt.toggled("KP-03", additive=True).provinces == {"KP-10"}


def test_filter_by_province_date_and_text(workspace):
    workspace.set_filter(Filter(provinces=frozenset({"KP-10"})))
    assert [c.quote for c in workspace.visible_claims()] == ["Arrests followed on October 1 in Hyesan."]
    workspace.set_filter(Filter(date_range=(date(2018, 9, 30), date(2018, 12, 31))))
    assert len(workspace.visible_claims()) == 2, "a period that overlaps the range counts"
    workspace.set_filter(Filter(query="PRICES"))
    assert [c.quote for c in workspace.visible_claims()] == ["Prices rose in July in Sinuiju."]


def test_status_says_how_many_claims_and_which_filter(workspace):
    assert workspace.status() == "3 claims"
    workspace.set_filter(Filter(provinces=frozenset({"KP-03"})))
    assert workspace.status() == "1 of 3 claims, North Pyongan"


def test_views_are_told_once_per_change(workspace):
    events = []
    workspace.filter_changed.connect(lambda flt: events.append(flt))
    workspace.set_filter(Filter(provinces=frozenset({"KP-03"})))
    workspace.set_filter(Filter(provinces=frozenset({"KP-03"})))
    assert len(events) == 1


def test_filtering_out_the_selected_claim_clears_the_selection(workspace):
    hyesan = workspace.all_claims[1]
    workspace.select(hyesan.key)
    cleared = []
    workspace.selection_changed.connect(cleared.append)
    workspace.set_filter(Filter(provinces=frozenset({"KP-03"})))
    assert workspace.selected_key is None and cleared == [None]


def test_claims_without_a_place_get_their_own_lane(workspace):
    assert provinces_of(workspace.all_claims) == ["KP-03", "KP-10", NO_PLACE]
    assert workspace.counts_by_province() == {"KP-03": 1, "KP-10": 1, NO_PLACE: 1}


def test_setting_a_published_date_reextracts_only_those_reports():
    undated = Report("u.txt", "U", "Rice prices rose last month, a source in Hyesan said.")
    corpus = Corpus([Extraction(undated, (), ())], [])
    dated = corpus.with_published(["u.txt"], Published.parse("2019-03-20"))
    assert dated.extractions[0].report.published == Published.parse("2019-03-20")
    assert corpus.extractions[0].report.published is None, "the old corpus is left as it was"


def test_importing_the_same_text_again_adds_nothing():
    first = Report("a.txt", "A", TEXT, url="https://example.org/a")
    corpus = Corpus([Extraction(first, (), ())], [])
    copy = Report("copy-of-a.txt", "A", TEXT)
    merged = corpus.merged(Corpus([Extraction(copy, (), ())], []))
    assert [e.report.path for e in merged.extractions] == ["a.txt"]
    assert any("copy-of-a.txt" in note and "same text" in note for note in merged.notes)


def test_a_new_version_of_the_same_url_replaces_the_old():
    old = Report("old.txt", "A", TEXT, url="https://example.org/a", published=Published.parse("2018-10-01"))
    new = Report("new.txt", "A", TEXT + " Update.", url="https://example.org/a",
                 published=Published.parse("2018-10-05"))
    merged = Corpus([Extraction(old, (), ())], []).merged(Corpus([Extraction(new, (), ())], []))
    assert [e.report.path for e in merged.extractions] == ["new.txt"]
    assert any("replaced" in note for note in merged.notes)
