"""The time grammar as resources: every rule's own examples, the frames it builds, the calendar, the loader."""

from __future__ import annotations

from datetime import date

import pytest

from claimline.extract.grammar import build, load
from claimline.extract.grammar.calendar import NO_DAY, Unresolved, Vague, resolve
from claimline.extract.grammar.frame import Frame, Part
from claimline.extract.grammar.words import parse_list, parse_value, render
from claimline.model import Published

ENGLISH = load("en")
EXAMPLES = [(rule.name, example) for rule in ENGLISH.rules for example in rule.examples]


def _anchor(published: str) -> tuple[date | None, str]:
    """An example's publication date as the anchor and its precision ("" is no date)."""
    if not published:
        return None, "day"
    value = Published.parse(published)
    return value.anchor, value.precision


@pytest.mark.parametrize(("rule", "example"), EXAMPLES, ids=[f"{r}: {e['text']}" for r, e in EXAMPLES])
def test_rule_examples(rule: str, example: dict) -> None:
    check_example(ENGLISH, rule, example)


def check_example(grammar, rule: str, example: dict) -> None:
    """Run one of a rule's examples through the engine: the one time it finds, its rule and its interval."""
    anchor, precision = _anchor(example["published"])
    found = grammar.found(example["text"], anchor, precision)
    if "match" in example:
        found = [f for f in found if f.span.text == example["match"]]
    if example.get("found") is False:
        assert [f for f in found if f.rule == rule] == []
        return
    assert len(found) == 1, found
    time = found[0]
    assert time.rule == rule
    assert time.span.text == example.get("match", example["text"])
    if "unresolved" in example:
        assert time.span.start is None and time.span.unresolved_reason == example["unresolved"]
    else:
        assert (str(time.span.start), str(time.span.end)) == (example["start"], example["end"])


@pytest.mark.parametrize("rule", ENGLISH.rules, ids=lambda r: r.name)
def test_every_rule_has_examples_of_what_it_finds(rule) -> None:
    assert any(e.get("found") is not False for e in rule.examples)


@pytest.mark.parametrize(
    ("text", "frame"),
    [
        ("in early March 2018", Frame("month", year=2018, month=3, part=Part("early", days=(1, 10), months=(1, 4)))),
        ("last month", Frame("month", shift=-1)),
        ("three days ago", Frame("day", shift=-3)),
        ("the day before yesterday", Frame("day", shift=-2)),
        ("next Friday", Frame("weekday", weekday=4, shift=1)),
        ("in November of last year", Frame("month", month=11, year_shift=-1)),
        ("the winter of 2018-2019", Frame("season", season=(12, 2), year=2018)),
    ],
)
def test_frames(text: str, frame: Frame) -> None:
    found = ENGLISH.found(text, date(2019, 6, 1))
    assert [f.frame for f in found] == [frame]


def test_frame_says_when_the_year_was_inferred_or_counted() -> None:
    written, inferred, counted = (ENGLISH.found(t, date(2019, 6, 1))[0].frame
                                  for t in ("in May 2018", "in May", "last month"))
    assert written.year_given and not written.relative
    assert not inferred.year_given and not inferred.relative
    assert counted.relative


class TestCalendar:
    """Frames resolved with no words at all."""

    def test_a_named_month_is_the_latest_that_has_begun(self) -> None:
        assert resolve(Frame("month", month=11), date(2018, 10, 4))[:2] == (date(2017, 11, 1), date(2017, 11, 30))

    def test_a_part_of_a_month_counts_back_from_its_end(self) -> None:
        last_week = Part("last week", days=(-6, None))
        assert resolve(Frame("month", month=2, year=2020, part=last_week), None)[:2] == (date(2020, 2, 23),
                                                                                      date(2020, 2, 29))

    def test_a_part_a_month_does_not_have(self) -> None:
        with pytest.raises(Unresolved, match="no first half of a month"):
            resolve(Frame("month", shift=-1, part=Part("first half of", months=(1, 6))), date(2018, 10, 4))

    def test_relative_days_need_the_publication_day(self) -> None:
        with pytest.raises(Unresolved, match=NO_DAY):
            resolve(Frame("day", shift=-1), date(2018, 10, 31), "month")

    def test_this_week_is_vague(self) -> None:
        with pytest.raises(Vague):
            resolve(Frame("week", shift=0), date(2018, 10, 4))

    def test_two_digit_end_year(self) -> None:
        assert resolve(Frame("year", year=2017, year_end=18), None)[:2] == (date(2017, 1, 1), date(2018, 12, 31))

    def test_winter_runs_into_the_next_year(self) -> None:
        assert resolve(Frame("season", season=(12, 2)), date(2019, 1, 15))[:2] == (date(2018, 12, 1),
                                                                                 date(2019, 2, 28))


class TestWords:
    def test_values(self) -> None:
        assert parse_value("3") == 3
        assert parse_value("21..end") == (21, None)
        assert parse_value("days 1..10, months 1..4") == {"days": (1, 10), "months": (1, 4)}
        assert parse_value("month") == "month"

    def test_a_list_file(self) -> None:
        words = parse_list("demo", "# a comment\nfirst ten = 1..10  # trailing\n\nmid = 11..20\nlate\n")
        assert words.phrases == ("first ten", "mid", "late")
        assert words.values == {"first ten": (1, 10), "mid": (11, 20), "late": None}

    def test_rendering_is_longest_first_and_spaces_are_any_whitespace(self) -> None:
        assert render(["in", "in the", "on"], "i") == r"(?i:in\s+the|in|on)"
        assert render(["may", "march"], "title,upper>3") == "(?:March|MARCH|May)"


# A grammar whose modifiers follow the core, or stick to it, is data too: Korean puts "early" after
# the month ("3월 초") and writes "last month" as one word ("지난달").
KOREAN = load("ko")
KOREAN_EXAMPLES = [(rule.name, example) for rule in KOREAN.rules for example in rule.examples]


@pytest.mark.parametrize(("rule", "example"), KOREAN_EXAMPLES, ids=[f"{r}: {e['text']}" for r, e in KOREAN_EXAMPLES])
def test_korean_rule_examples(rule: str, example: dict) -> None:
    check_example(KOREAN, rule, example)


def test_korean_modifier_after_the_core_in_a_sentence() -> None:
    [time] = KOREAN.find("식량 배급은 3월 초에 끊겼다", date(2021, 6, 1))
    assert (time.text, time.start, time.end) == ("3월 초", date(2021, 3, 1), date(2021, 3, 10))


def test_a_grammar_can_be_built_from_tables() -> None:
    words = {"unit": parse_list("unit", "day = day\n"), "relation": parse_list("relation", "yester = -1\n")}
    rule = {"name": "r", "core": "(?P<unit>@{unit:exact})", "before": "(?P<shift>@{relation})", "require": ["shift"]}
    spec = {"grammar": {"bounded": False}, "rules": [rule]}
    [time] = build(spec, words).find("it rained yesterday", date(2020, 1, 2))
    assert time.start == date(2020, 1, 1)
