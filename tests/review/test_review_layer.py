"""The review layer on its own: edits and their inverses, re-attachment, the queue and the grade filter."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from claimline.corpus import Corpus
from claimline.extract import extract
from claimline.filtering import Filter, Workspace
from claimline.model import ClaimPlace, Doubt, Published, Report, TimeSpan
from claimline.review import GradeFilter, Review, edits, reviewed_claims, source_key

TEXT = (
    "Guards in Hyesan seized smuggled phones on March 3, 2019, a source in Ryanggang Province said.\n\n"
    "Rice prices in Sinuiju rose in early April, according to a trader.\n\n"
    "The market in Chongjin was closed last month."
)
AT = "2019-06-01T10:00:00+00:00"


def corpus(text: str = TEXT, published: str = "2019-06-20") -> Corpus:
    report = Report("r.txt", "Headline", text, outlet="Daily NK", published=Published.parse(published))
    return Corpus([extract(report)], [])


def applied(c: Corpus, *made: edits.Edit | None) -> Corpus:
    review = c.review
    for edit in made:
        assert edit is not None
        review = edit.applied(review)
    return c.with_review(review)


def test_accept_and_reject_change_the_status_and_their_inverse_restores_it():
    c = corpus()
    first, second, _ = c.claims
    accept = edits.set_status(c.review, first, "accepted", at=AT)
    reject = edits.set_status(c.review, second, "rejected", at=AT)
    done = applied(c, accept, reject)
    assert [x.status for x in done.claims] == ["accepted", "rejected", "extracted"]
    assert done.claims[0].edited_at == AT
    undone = done.with_review(reject.inverse().applied(accept.inverse().applied(done.review)))
    assert [x.status for x in undone.claims] == ["extracted"] * 3
    assert undone.review.decisions == {}


def test_editing_the_date_places_source_and_quote_marks_the_claim_edited():
    c = corpus()
    claim = c.claims[1]
    when = TimeSpan("2019-04-01..2019-04-15", date(2019, 4, 1), date(2019, 4, 15), "range", claim.when.offset)
    quote_end = TEXT.index(" according")
    edit = edits.change(c.review, claim, at=AT, when=when, places=(ClaimPlace("KP-10", "Ryanggang"),),
                        source="a trader in Sinuiju", quote=(claim.start, quote_end, TEXT[claim.start:quote_end]))
    shown = applied(c, edit).claims[1]
    assert shown.status == "edited" and set(shown.edited) == {"when", "places", "source", "quote"}
    assert (shown.when.start, shown.when.end) == (date(2019, 4, 1), date(2019, 4, 15))
    assert shown.quote.endswith("early April,") and shown.province_codes == {"KP-10"}
    assert shown.id == claim.id  # the claim keeps its identity through every edit
    assert edits.change(applied(c, edit).review, shown, when=shown.when) is None  # nothing changed: no edit


def test_a_rejected_claim_accepted_again_keeps_its_edits_and_an_edited_one_is_already_accepted():
    c = corpus()
    claim = c.claims[0]
    edited = applied(c, edits.change(c.review, claim, source="a Hyesan source", at=AT))
    assert edits.set_status(edited.review, edited.claims[0], "accepted") is None
    rejected = applied(edited, edits.set_status(edited.review, edited.claims[0], "rejected"))
    back = applied(rejected, edits.set_status(rejected.review, rejected.claims[0], "accepted"))
    assert back.claims[0].status == "edited" and back.claims[0].source == "a Hyesan source"


def test_tags_notes_and_credibility_leave_the_status_as_it_is():
    c = corpus()
    edit = edits.annotate(c.review, c.claims[2], tags=("markets", " closure ", "markets"), note="Check date",
                          credibility=3, at=AT)
    shown = applied(c, edit).claims[2]
    assert (shown.status, shown.tags, shown.note, shown.credibility) == ("extracted", ("markets", "closure"),
                                                                        "Check date", 3)
    with pytest.raises(ValueError):
        edits.annotate(c.review, c.claims[2], credibility=7)


def test_a_claim_added_from_a_selection_can_be_deleted_but_an_extracted_one_cannot():
    c = corpus()
    start = TEXT.index("The market")
    when = TimeSpan("last month", date(2019, 5, 1), date(2019, 5, 31), "month", TEXT.index("last month"))
    new = replace(c.claims[2], id="added-1", start=start, end=len(TEXT), quote=TEXT[start:], when=when)
    with_added = applied(c, edits.add(new, at=AT))
    assert [x.status for x in with_added.claims].count("added") == 1
    added = next(x for x in with_added.claims if x.status == "added")
    gone = applied(with_added, edits.delete(with_added.review, added))
    assert [x.id for x in gone.claims] == [x.id for x in c.claims]
    with pytest.raises(ValueError, match="only a claim you added"):
        edits.delete(with_added.review, c.claims[0])


def test_a_source_grade_applies_to_every_claim_of_that_outlet_and_source():
    c = corpus()
    claim = c.claims[0]
    key = source_key("Daily NK", claim.source)
    graded = applied(c, edits.grade_source(c.review, key, "B"), edits.annotate(c.review, claim, credibility=2))
    assert graded.claims[0].grade == "B2"
    assert graded.claims[1].grade is None
    assert GradeFilter.parse("b2").passes(graded.claims[0])
    assert not GradeFilter.parse("A1").passes(graded.claims[0])
    workspace = Workspace(graded)
    workspace.set_filter(Filter(grade="B2"))
    assert [x.id for x in workspace.visible_claims()] == [claim.id]


def test_decisions_reattach_when_the_extractor_widens_a_quote_and_only_untouched_claims_change():
    c = corpus()
    first, second, third = c.claims
    review = applied(c, edits.set_status(c.review, first, "rejected"), edits.annotate(c.review, second, note="n")).review
    # a newer extractor: every quote one character shorter at its end, so every id changes
    newer = [replace(x, id=x.id + "-v2", end=x.end - 1, quote=x.quote[:-1], source=x.source.upper())
             for x in c.extractions[0].claims]
    shown = reviewed_claims([replace(c.extractions[0], claims=tuple(newer))], review)
    assert [(x.id, x.status) for x in shown.claims] == [(first.id, "rejected"), (second.id, "extracted"),
                                                         (third.id + "-v2", "extracted")]
    assert shown.claims[2].source == third.source.upper()  # untouched: the newer extractor's claim
    assert shown.claims[1].source == second.source  # decided on: as the analyst left it
    assert shown.orphans == []


def test_a_decision_whose_claim_the_extractor_no_longer_finds_is_kept_and_flagged():
    c = corpus()
    review = applied(c, edits.set_status(c.review, c.claims[1], "accepted")).review
    fewer = replace(c.extractions[0], claims=(c.extractions[0].claims[0], c.extractions[0].claims[2]))
    shown = reviewed_claims([fewer], review)
    assert [x.status for x in shown.claims] == ["extracted", "accepted", "extracted"]
    assert shown.claims[1].orphaned and [d.id for d in shown.orphans] == [c.claims[1].id]


def test_a_new_version_of_the_report_text_moves_decided_quotes_to_where_they_now_are():
    c = corpus()
    review = applied(c, edits.set_status(c.review, c.claims[2], "accepted")).review
    longer = "Editor's note: updated.\n\n" + TEXT
    report = replace(c.extractions[0].report, text=longer)
    shown = reviewed_claims([extract(report)], review)
    accepted = next(x for x in shown.claims if x.status == "accepted")
    assert longer[accepted.start:accepted.end] == accepted.quote and not accepted.orphaned
    assert len(shown.claims) == 3


def test_the_queue_puts_the_least_certain_undecided_claims_first():
    text = ("Guards in Musan seized phones on May 3, 2019, a source in Musan said.\n\n"
            "He said rice ran short last month.\n\n"
            "Prices fell in April.")
    c = corpus(text)
    workspace = Workspace(c)
    queue = workspace.review_queue()
    weights = [Doubt.weight(x.uncertain) for x in queue]
    assert weights == sorted(weights, reverse=True) and weights[0] > weights[-1]
    assert queue[-1].when.text == "on May 3, 2019"
    decided = applied(c, edits.set_status(c.review, queue[0], "accepted"))
    assert queue[0].id not in [x.id for x in Workspace(decided).review_queue()]


def test_rejected_claims_are_hidden_unless_asked_for_and_the_status_says_so():
    c = corpus()
    done = applied(c, edits.set_status(c.review, c.claims[0], "rejected"))
    workspace = Workspace(done)
    assert len(workspace.visible_claims()) == 2
    assert workspace.status() == "2 claims (1 rejected hidden)"
    workspace.set_filter(Filter(show_rejected=True))
    assert len(workspace.visible_claims()) == 3
    workspace.set_filter(Filter(statuses=frozenset({"rejected"})))
    assert [x.status for x in workspace.visible_claims()] == ["rejected"]


def test_tags_filter_claims():
    c = corpus()
    tagged = applied(c, edits.annotate(c.review, c.claims[1], tags=("prices",)))
    workspace = Workspace(tagged)
    workspace.set_filter(Filter(tags=frozenset({"prices"})))
    assert [x.id for x in workspace.visible_claims()] == [c.claims[1].id]
    assert Review().tags == [] and tagged.review.tags == ["prices"]


def test_a_decided_claim_follows_a_new_published_date_unless_its_date_was_edited():
    c = corpus(published="2019-06-20")
    last_month = next(x for x in c.claims if x.when.text == "last month")
    april = next(x for x in c.claims if x.when.text == "in early April")
    review = applied(c, edits.set_status(c.review, last_month, "accepted"),
                     edits.change(c.review, april, when=replace(april.when, start=date(2019, 4, 2),
                                                               end=date(2019, 4, 2), precision="day"))).review
    redated = c.with_review(review).with_published(["r.txt"], Published.parse("2019-09-10"))
    shown = {x.id: x for x in redated.claims}
    assert (shown[last_month.id].status, shown[last_month.id].when.start) == ("accepted", date(2019, 8, 1))
    assert shown[april.id].when.start == date(2019, 4, 2)  # the analyst's own date stays


@pytest.mark.parametrize("kind", ["accept", "reject", "date", "places", "source", "quote", "tags", "note",
                                  "credibility", "grade", "add", "delete", "revert", "batch"])
def test_every_edit_kind_undoes_and_redoes_to_the_same_claims(kind):
    c = corpus()
    first, second = c.claims[0], c.claims[1]
    start = TEXT.index("The market")
    added = replace(c.claims[2], id="added-1", start=start, end=len(TEXT), quote=TEXT[start:])
    with_added = applied(c, edits.add(added, at=AT))
    accepted = applied(c, edits.set_status(c.review, first, "accepted", at=AT))
    made = {
        "accept": (c, lambda r: edits.set_status(r, first, "accepted", at=AT)),
        "reject": (c, lambda r: edits.set_status(r, first, "rejected", at=AT)),
        "date": (c, lambda r: edits.change(r, first, at=AT, when=replace(first.when, start=date(2019, 3, 1)))),
        "places": (c, lambda r: edits.change(r, first, at=AT, places=(ClaimPlace("KP-04", "Chagang"),))),
        "source": (c, lambda r: edits.change(r, first, at=AT, source="a border guard")),
        "quote": (c, lambda r: edits.change(r, first, at=AT, quote=(first.start, first.start + 10,
                                                                     TEXT[first.start:first.start + 10]))),
        "tags": (c, lambda r: edits.annotate(r, first, at=AT, tags=("border",))),
        "note": (c, lambda r: edits.annotate(r, first, at=AT, note="ask again")),
        "credibility": (c, lambda r: edits.annotate(r, first, at=AT, credibility=4)),
        "grade": (c, lambda r: edits.grade_source(r, source_key("Daily NK", first.source), "D")),
        "add": (c, lambda r: edits.add(added, at=AT)),
        "delete": (with_added, lambda r: edits.delete(r, next(x for x in with_added.claims if x.id == "added-1"))),
        "revert": (accepted, lambda r: edits.revert(r, accepted.claims[0])),
        "batch": (c, lambda r: edits.EditBatch((edits.set_status(r, first, "rejected", at=AT),
                                                edits.set_status(r, second, "accepted", at=AT)), "Decide two")),
    }
    start_corpus, build = made[kind]
    edit = build(start_corpus.review)
    done = start_corpus.with_review(edit.applied(start_corpus.review))
    assert done.claims != start_corpus.claims
    undone = done.with_review(edit.inverse().applied(done.review))
    assert undone.claims == start_corpus.claims and undone.review.decisions == start_corpus.review.decisions
    redone = undone.with_review(edit.applied(undone.review))
    assert redone.claims == done.claims
