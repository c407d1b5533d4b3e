"""A claim's source as written: reporters named with their lead words, state media, 'according to', and
nouns that merely contain 'source'."""

from __future__ import annotations

from claimline.extract import extract
from claimline.model import Published, Report


def sources(text: str, published: str = "2019-10-04") -> list[str]:
    report = Report("test.txt", "A headline", text, published=Published.parse(published))
    return [c.source for c in extract(report).claims]


def test_a_reporter_keeps_its_lead_words() -> None:
    assert sources("Storms flooded roads on May 3, the official Korean Central News Agency said.") == [
        "the official Korean Central News Agency"]


def test_according_to_names_whoever_it_names() -> None:
    assert sources("Rain fell on 2,000 hectares in late August, according to the UN.") == ["the UN"]
    assert sources("Rice cost 5,000 won on May 3, according to the official Korean Central News Agency (KCNA).") == [
        "the official Korean Central News Agency (KCNA)"]


def test_state_media_is_a_reporter() -> None:
    assert sources("North Korea's state media reported three new cases on Thursday.") == ["North Korea's state media"]


def test_a_pronoun_for_a_thing_is_no_source() -> None:
    assert sources("It has reported no new cases since July 29.") == [""]


def test_a_place_that_continues_is_no_reporter() -> None:
    assert sources("The price in Hyesan has continued to fall since May.") == [""]


def test_a_source_of_cash_is_no_source() -> None:
    assert sources("Coal, a major source of cash for Pyongyang, sold well in May.") == [""]


def test_bare_plural_sources_with_one_word_before_them() -> None:
    assert sources("Inside sources have revealed that lectures were held on May 3.") == ["Inside sources"]


def test_a_person_pronoun_stays_as_written() -> None:
    text = "A source in Hyesan spoke to us.\n\n“Rice rose in May,” he said."
    assert sources(text)[-1] == "he"
