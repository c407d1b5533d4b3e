"""Where a claim's quote begins and ends: photo captions, a caption printed twice, stray blank lines and a
sentence of two quotations."""

from __future__ import annotations

from claimline.extract import extract
from claimline.model import Published, Report


def quotes(text: str, published: str = "2019-10-04") -> list[tuple[str, str]]:
    report = Report("test.txt", "A headline", text, published=Published.parse(published))
    return [(c.quote, c.when.text) for c in extract(report).claims]


def test_a_caption_of_two_sentences_is_one_quote_without_its_mark_and_credit() -> None:
    text = ("Prices rose again.\n\n"
            "(Photo) Women sell herbs at a roadside stall. Photographed in Kanggye in May 2017 (ASIAPRESS).\n\n"
            "More text follows here.")
    assert quotes(text) == [("Women sell herbs at a roadside stall. Photographed in Kanggye in May 2017",
                             "in May 2017")]


def test_a_caption_credited_by_a_person_is_one_quote() -> None:
    text = "Boats moored on the Yalu near Sinuiju. Taken in March 2018 by a reporting partner\n\nMore text."
    assert quotes(text) == [("Boats moored on the Yalu near Sinuiju. Taken in March 2018 by a reporting partner",
                             "in March 2018")]


def test_a_caption_printed_twice_is_one_claim() -> None:
    text = ("A guard post near Hyesan (taken in April 2018).\n"
            "A guard post near Hyesan (taken in April 2018). Image: Daily NK\n\n"
            "The story goes on.")
    assert quotes(text) == [("A guard post near Hyesan (taken in April 2018).", "in April 2018")]


def test_the_same_statement_made_twice_apart_is_two_claims() -> None:
    text = "Rice rose in May.\n\nSomething else happened.\n\nRice rose in May."
    assert len(quotes(text)) == 2


def test_a_stray_blank_line_does_not_end_a_sentence() -> None:
    text = "A source in Hyesan said the market was closed\n\nin early May by the police."
    assert quotes(text) == [(text, "in early May")]


def test_a_blank_line_after_a_full_stop_still_ends_a_paragraph() -> None:
    text = "A source in Hyesan said the market was closed.\n\nin early May, the police came."
    assert quotes(text)[0][0] == "in early May, the police came."


def test_of_two_quotations_the_claim_is_the_one_holding_the_time() -> None:
    text = ("“Prices rose sharply in June,” a source in Hyesan said, “and now nobody can afford rice, "
            "not even the officials who run the market.”")
    assert quotes(text) == [("Prices rose sharply in June", "in June")]


def test_a_hard_wrapped_line_that_mentions_a_photo_is_no_caption() -> None:
    text = "A photo taken on May 3 by a source shows the damaged\nbridge in Musan, North Hamgyong Province.\n\nMore."
    assert quotes(text)[0][0] == text.split("\n\n")[0]
