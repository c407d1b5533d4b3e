"""Sentences, quotations and attributions."""

from __future__ import annotations

import pytest

from claimline.extract.quotes import clauses_around, find_attribution, find_quotations, split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


def test_splits_at_full_stops_and_blank_lines() -> None:
    text = "Prices rose. Rice is dear!\n\nA new paragraph starts here"
    assert sentences(text) == ["Prices rose.", "Rice is dear!", "A new paragraph starts here"]


@pytest.mark.parametrize(
    "text",
    [
        "The order came on Mar. 3 from Pyongyang.",
        "N. Korea closed the border.",
        "Talks with the U.S. stalled in Sept. last year.",
        "They gathered by 9 a.m. on the square.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert sentences(text) == [text]


def test_quotation_ending_a_sentence_splits_after_the_mark() -> None:
    text = "“It improved,” said a source on October 1. “People are glad.”"
    assert sentences(text) == ["“It improved,” said a source on October 1.", "“People are glad.”"]


def test_hard_wrapped_lines_stay_one_sentence() -> None:
    text = "A source from North Hamgyong\nProvince told Daily NK in a\ntelephone call."
    assert sentences(text) == [text]


def test_bullet_heading_is_its_own_sentence() -> None:
    text = "◆ Lockdown ordered\n◆ Deaths rising\nMore people died."
    assert sentences(text)[0] == "◆ Lockdown ordered"


def test_quotations_curly_and_straight() -> None:
    text = 'He said, “It rose.” She said, "It fell." Then "it" stopped.'
    spans = find_quotations(text)
    assert [text[a:b] for a, b in spans] == ["“It rose.”", '"It fell."', '"it"']


def test_quotation_across_sentences() -> None:
    text = "“The economy is down. Factories stopped,” the source said."
    (a, b), = find_quotations(text)
    assert text[a:b] == "“The economy is down. Factories stopped,”"


def test_open_quotation_closes_at_paragraph_end_unless_reopened() -> None:
    text = "“First paragraph.\n\n“Second one,” she said.\n\nNo quote here."
    spans = find_quotations(text)
    assert [text[a:b] for a, b in spans] == ["“First paragraph.\n\n“Second one,”"]


@pytest.mark.parametrize(
    ("text", "source", "back"),
    [
        ("“It rose,” said a North Pyongan Province-based source on October 1.",
         "a North Pyongan Province-based source", False),
        ("A source in Ryanggang Province told Daily NK on December 13 that orders came.",
         "A source in Ryanggang Province", False),
        ("On August 29, a reporting partner in Hoeryong, North Hamgyong Province, said:",
         "a reporting partner in Hoeryong, North Hamgyong Province", False),
        ("The source pointed out that the order came in July.", "The source", True),
        ("“I saw it in early September,” he said.", "he", True),
        ("“It was cold,” she explained.", "she", True),
        ("Rodong Sinmun reported on Aug. 1 that aid arrived.", "Rodong Sinmun", False),
        ("A Hyesan resident told RFA on Monday that prices rose.", "A Hyesan resident", False),
        ("Prices rose, said a source close to the border in Ryanggang Province.",
         "a source close to the border in Ryanggang Province", False),
        ("Prices rose in July.", None, None),
    ],
)
def test_attribution(text: str, source: str | None, back: bool | None) -> None:
    found = find_attribution(text, 0, len(text), find_quotations(text))
    if source is None:
        assert found is None
    else:
        assert found is not None
        assert (found.text, found.back_reference) == (source, back)
        assert text[found.start:found.end] == found.text


def test_attribution_is_not_read_inside_the_quotation() -> None:
    text = "“A source in Hyesan told me he said so,” the official added."
    found = find_attribution(text, 0, len(text), find_quotations(text))
    assert found is None or found.start > text.index("”")


def test_short_sentence_is_kept_whole() -> None:
    text = "Prices rose in July, and traders were worried, a source said."
    assert clauses_around(text, (0, len(text)), (text.index("in July"), text.index(","))) == (0, len(text))


def test_long_sentence_is_cut_to_the_clauses_around_the_time() -> None:
    filler = ", ".join(f"clause number {i} goes on" for i in range(12))
    text = f"{filler}, and the market closed in July, {filler}."
    focus = (text.index("in July"), text.index("in July") + 7)
    start, end = clauses_around(text, (0, len(text)), focus)
    quote = text[start:end]
    assert "in July" in quote and len(quote) < len(text)
    assert start <= focus[0] and focus[1] <= end and not quote.endswith(",")


def test_single_curly_quotations_are_found_and_apostrophes_are_not_their_ends() -> None:
    text = "‘The workers’ wages were cut,’ he said. The party’s ‘non-socialist practices’. It’s over."
    assert [text[a:b] for a, b in find_quotations(text)] == [
        "‘The workers’ wages were cut,’", "‘non-socialist practices’"]
