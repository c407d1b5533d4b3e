"""The date grammar: time expressions in report text, resolved against the publication date.

Hand-written for the phrasings field reports use ("in early September", "on the 12th", "since last
month"); see ANNOTATION.md for the resolution rules. Month and weekday names must be capitalised and a
bare month or year needs a preposition before it, so "may" the verb, "march" the verb and counts such as
"2,000 people" never become dates. Every regex is compiled once, at import.
"""

from __future__ import annotations

import bisect
import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from claimline.extract.tables import (
    MONTH_PARTS,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_NOUNS,
    SEASONS,
    SINCE_CUES,
    TIME_PREPOSITIONS,
    WEEKDAYS,
    YEAR_PARTS,
)
from claimline.model import TimeSpan

NO_ANCHOR = "no publication date and no year in the text"
NO_DAY = "the publication day is not known"
BAD_DATE = "not a calendar date"
FUTURE = "a time still to come"

Interval = tuple[date, date, str]


@dataclass(frozen=True)
class Hit:
    """One matched time expression: its text, where it is, and its named parts ("month", "prep"...)."""

    text: str
    start: int
    end: int
    groups: dict[str, str | None]

    def __getitem__(self, name: str) -> str | None:
        return self.groups.get(name)


class Unresolved(Exception):
    """A time expression that cannot be pinned to days; the message says why."""


class Vague(Exception):
    """Words that only sound like a time ("this week": ANNOTATION.md counts it as vague): no time at all."""


def _words(words: Iterable[str], flags: str = "i") -> str:
    """An alternation of words or phrases, longest first, spaces matching any whitespace."""
    alts = sorted(words, key=len, reverse=True)
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in alts)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


FULL_MONTHS = frozenset(calendar.month_name[n].lower() for n in range(1, 13))
_MONTH_NAMES = sorted({m.capitalize() for m in MONTHS} | {m.upper() for m in MONTHS if len(m) > 4}, key=len,
                      reverse=True)
# Cores start with a literal or a character class so that the regex engine can skip ahead fast; the
# word boundary before them is checked in code (``_starts_word``).
MONTH = rf"(?P<month>(?:{'|'.join(_MONTH_NAMES)})\b\.?)(?!\s+(?:Day|Movement|Hotel|Street)\b)"
WEEKDAY = rf"(?P<weekday>(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})\b)"
DAY = r"(?P<day>\d\d?)(?:st|nd|rd|th)?\b(?![:/.]\d)"
YEAR = r"(?P<year>(?:19[5-9]|20[0-4])\d)(?![\d])(?!s\b)(?![-–/]\d)(?!,\d)"
PREP = rf"(?P<prep>{_words(tuple(TIME_PREPOSITIONS) + tuple(SINCE_CUES))})"
MPART = rf"(?P<part>(?i:(?:the\s+)?{_words(MONTH_PARTS, '')}))"
YPART = rf"(?P<part>(?i:(?:the\s+)?{_words(YEAR_PARTS, '')}))"
NUMBER = rf"(?P<number>\d{{1,2}}|{_words(NUMBER_WORDS)})"

# Each rule is a core (the month, the year, the season word...) found by a fast scan, and an optional
# prefix ("in early", "since", "last") read backwards from the core: scanning for optional prefixes at
# every word boundary is what made the first version slow.
ISO_DATE = re.compile(r"(?P<year>(?:19|20)\d\d)(?P<sep>[-./])(?P<month>[01]?\d)(?P=sep)(?P<day>[0-3]?\d)(?!\d)")
MONTH_EXPR = re.compile(
    rf"{MONTH}(?:\s+{DAY}(?:\s*(?:[-–]|to|and|or)\s*(?P<day2>\d\d?)(?:st|nd|rd|th)?\b(?![:/.]\d))?)?"
    r"(?:(?:,?\s+|\s+of\s+)" + YEAR + r"|,?\s+(?:of\s+)?(?P<yrel>(?i:this|last|next))\s+year)?"
)
# "in early", "last", and the day of "1 October 2018" and "7th of March", read backwards from the month.
MONTH_PREFIX = re.compile(
    rf"(?<!\w)(?:{PREP}\s+)?(?:(?P<rel>(?i:last|this|next))\s+)?(?:{MPART}[\s-]+)?"
    r"(?:(?:the\s+)?(?P<day>\d\d?)(?:st|nd|rd|th)?\s+(?:of\s+)?)?$"
)
# A year, or two ("2017-2018", "2017-18").
YEAR_EXPR = re.compile(
    r"(?P<year>(?:19[5-9]|20[0-4])\d)(?:\s*[-–/]\s*(?P<year2>(?:19|20)?\d\d)(?![\d,.%])"
    r"|(?![\d])(?!s\b)(?![-–/]\d)(?!,\d))"
)
YEAR_PREFIX = re.compile(rf"(?<!\w)(?:{PREP}\s+)?(?:{YPART}[\s-]+)?$")
RELATIVE_UNIT = re.compile(r"(?P<unit>[YyMmWw](?:ear|onth|eek))\b(?:['’]s)?")
RELATIVE_UNIT_PREFIX = re.compile(
    rf"(?<!\w)(?:{PREP}\s+)?(?:(?P<part>(?i:(?:the\s+)?{_words((*MONTH_PARTS, *YEAR_PARTS, 'earlier', 'later'), '')}))"
    r"[\s-]+)?(?P<rel>(?i:this|last|next|the))\s+$"
)
SEASON_EXPR = re.compile(
    r"(?P<season>[SsAaFfWw](?:pring|ummer|utumn|all|inter))\b"
    rf"(?:\s+(?:of\s+)?(?:{YEAR}|(?P<winter>(?:19|20)\d\d)[-–/](?:(?:19|20)?\d\d)\b))?"
    r"(?!\s+(?:of\s+(?!\d)|water|well|[a-z]+ing\b))"
)
SEASON_PREFIX = re.compile(
    r"(?<!\w)(?:(?P<prep>(?i:in|during|over|since|through|throughout|(?:for\s+)?(?:most|much|part|all)\s+of))\s+"
    r"(?:the\s+)?)?(?:(?P<rel>(?i:this|last|next))\s+)?"
    r"(?:(?P<part>(?i:early|mid|late))[\s-]+)?$"
)
# "in the second quarter", "in the first half" with no year: that part of the published year.
BARE_YEAR_PART = re.compile(r"(?P<part>(?:first|second|third|fourth|last|latter)\s+(?:half|quarter))\b(?!\s+of\b)")
BARE_YEAR_PART_PREFIX = re.compile(r"(?<!\w)(?P<prep>(?i:in|during|over|for))\s+the\s+$")
RELATIVE_DAY = re.compile(r"(?P<word>[YyTt](?:esterday|oday|onight))(?:['’]?s)?\b")
# "this morning", "last night": a rule of their own, scanned only when a part of the day is named
DAY_PART = re.compile(r"(?P<word>[Tt]his\s+(?:morning|afternoon|evening)|[Ll]ast\s+night)(?:['’]?s)?\b")
RELATIVE_DAY_PREFIX = re.compile(r"(?<!\w)(?P<before>(?i:earlier|the\s+day\s+before))\s+$")
RELATIVE_DAY_WORDS = frozenset({"yesterday", "today", "tonight", "this morning", "this afternoon", "this evening",
                                "last night"})
DAYS_AGO = re.compile(r"[Dd]ays?\s+ago\b")  # "about a week ago" is vague (ANNOTATION.md names only days)
DAYS_AGO_PREFIX = re.compile(rf"(?<!\w){NUMBER}\s+$")
WEEKDAY_EXPR = re.compile(WEEKDAY)
WEEKDAY_PREFIX = re.compile(r"(?<!\w)(?:(?P<rel>(?i:on|last|this|next|past))\s+)?$")
NTH_DAY = re.compile(
    r"the\s+(?P<day>[1-3]?\d)(?:st|nd|rd|th)\b(?:\s+of\s+(?P<rel>this|last)\s+month)?"
    rf"(?![-–]\d)(?!\s+(?:[A-Z]|{_words(ORDINAL_NOUNS)}\b))"
)
NTH_DAY_PREFIX = re.compile(
    r"(?<!\w)(?P<prep>(?i:on|since|from|by|until|till|to|through|and|between|as\s+of"
    r"|(?:night|morning|evening|afternoon|dawn)\s+of))\s+$"
)
PREFIX_REACH = 48
EDGE_MARKS = re.compile(r"^[\W_]+|[\W_]+$")
EDGE_CHARS = "-\"“”‘’'()[]{},.;:!?¡¿°«»–—…_/"
# Every word a prefix can end with; anything else before a core means there is no prefix to read.
PREFIX_WORDS = frozenset(
    w for phrase in (*TIME_PREPOSITIONS, *SINCE_CUES, *MONTH_PARTS, *YEAR_PARTS, *NUMBER_WORDS,
                     "this", "last", "next", "past", "the", "earlier", "later", "early", "mid", "late", "over",
                     "day", "before", "as", "for", "most", "much", "part", "all", "night", "morning", "evening",
                     "afternoon", "dawn", "between")
    for w in phrase.split()
)

SINCE_BEFORE = re.compile(rf"\b{_words(SINCE_CUES)}\s+(?:the\s+(?:start|beginning)\s+of\s+)?$")
SINCE_INSIDE = re.compile(rf"^{_words(SINCE_CUES)}\b")
RANGE_OPEN_BEFORE = re.compile(r"\b(?P<word>(?i:from|between))\s+$")
RANGE_OPEN_INSIDE = re.compile(r"^(?P<word>(?i:from|between))\b")
RANGE_LINK = {"from": re.compile(r"^\s*(?:(?i:to|until|till|through|thru)\b|[-–—])"),
              "between": re.compile(r"^\s*(?i:and)\b")}
# "between Friday night and Sunday morning": a part of the day after a day does not break the range.
DAY_PART_AFTER = re.compile(r"^\s+(?i:night|morning|afternoon|evening)\b")
# A day-month between "the" and a capitalised word is part of a name ("the February 8 Vinalon Complex").
NAME_BEFORE = re.compile(r"\b[Tt]he\s+$")
NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
YEAR_IN = re.compile(r"\d{4}|['’]\d\d\b")
EVERY_BEFORE = re.compile(r"\b(?i:every|each)\s+$")
CLARIFY_GAP = re.compile(r"^\s*[,\[(]\s*(?:(?i:today|yesterday),?\s*)?$")
CLARIFY_CLOSE = re.compile(r"\s*[\])]")


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, _last_day(year, month))


def _month_number(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _need(anchor: date | None) -> date:
    """The anchor, or Unresolved when there is none."""
    if anchor is None:
        raise Unresolved(NO_ANCHOR)
    return anchor


def _need_day(anchor: date | None, precision: str) -> date:
    """The anchor when the publication day is known: today/yesterday/weekdays need it."""
    anchor = _need(anchor)
    if precision != "day":
        raise Unresolved(NO_DAY)
    return anchor


def _latest_month_year(month: int, anchor: date) -> int:
    """The year of the latest such month that starts on or before the anchor."""
    return anchor.year if month <= anchor.month else anchor.year - 1


def _latest_day(month: int, day: int, anchor: date) -> date:
    """The latest such day not after the anchor (looks back up to eight years for 29 February)."""
    for year in range(anchor.year, anchor.year - 8, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= anchor:
            return candidate
    raise Unresolved(BAD_DATE)


def _part_key(part: str | None) -> str:
    """Normalise "The  end of" to "end of" for the part tables."""
    if not part:
        return ""
    return " ".join(part.lower().split()).removeprefix("the ")


def _month_part(year: int, month: int, part: str | None) -> Interval:
    """A month, or its early/mid/late part."""
    first, last = _month_span(year, month)
    key = _part_key(part)
    if not key:
        return first, last, "month"
    lo, hi = MONTH_PARTS[key]
    lo = last.day + lo if lo < 0 else lo
    return date(year, month, lo), date(year, month, hi or last.day), "part-of-month"


def _year_part(year: int, part: str | None) -> Interval:
    """A year, or its early/late part or half."""
    key = _part_key(part)
    if not key:
        return date(year, 1, 1), date(year, 12, 31), "year"
    lo, hi = YEAR_PARTS[key]
    precision = "half-year" if "half" in key else "range"
    return date(year, lo, 1), date(year, hi, _last_day(year, hi)), precision


def _resolve_iso(m: Hit, anchor: date | None, precision: str) -> Interval:
    try:
        day = date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError as exc:
        raise Unresolved(BAD_DATE) from exc
    return day, day, "day"


def _month_year(m: Hit, month: int, anchor: date | None) -> int:
    """The year a month expression means: written, relative ("of last year", "last December") or latest."""
    if m["year"]:
        return int(m["year"])
    anchor = _need(anchor)
    yrel = (m["yrel"] or "").lower()
    if yrel:
        return anchor.year + {"this": 0, "last": -1, "next": 1}[yrel]
    rel = (m["rel"] or "").lower()
    if rel == "last":
        return anchor.year if month < anchor.month else anchor.year - 1
    if rel == "this":
        return anchor.year
    if rel == "next":
        return anchor.year if month > anchor.month else anchor.year + 1
    return _latest_month_year(month, anchor)


def _resolve_month(m: Hit, anchor: date | None, precision: str) -> Interval:
    month = _month_number(m["month"])
    if m["day2"]:
        first = _resolve_month(Hit(m.text, m.start, m.end, {**m.groups, "day2": None}), anchor, precision)[0]
        try:
            last = first.replace(day=int(m["day2"]))
        except ValueError as exc:
            raise Unresolved(BAD_DATE) from exc
        if last < first:
            raise Unresolved(BAD_DATE)
        return first, last, "range"
    if m["day"]:
        day = int(m["day"])
        if m["year"] or m["yrel"] or m["rel"]:
            try:
                when = date(_month_year(m, month, anchor), month, day)
            except ValueError as exc:
                raise Unresolved(BAD_DATE) from exc
        else:
            when = _latest_day(month, day, _need(anchor))
        return when, when, "day"
    return _month_part(_month_year(m, month, anchor), month, m["part"])


def _resolve_year(m: Hit, anchor: date | None, precision: str) -> Interval:
    if m["year2"]:
        return _resolve_year_range(m, anchor, precision)
    return _year_part(int(m["year"]), m["part"])


def _resolve_year_range(m: Hit, anchor: date | None, precision: str) -> Interval:
    first, second = int(m["year"]), m["year2"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if not first < last <= first + 30:
        raise Unresolved(BAD_DATE)
    return date(first, 1, 1), date(last, 12, 31), "range"


def _resolve_relative_unit(m: Hit, anchor: date | None, precision: str) -> Interval:
    unit, rel, part = m["unit"].lower(), m["rel"].lower(), _part_key(m["part"])
    shift = {"this": 0, "the": 0, "last": -1, "next": 1}[rel]
    if unit == "week":
        if rel in ("this", "the") or part:
            raise Vague  # "this week", "earlier this week": no day a reader could pin
        return _week(rel, _need_day(anchor, precision))
    anchor = _need(anchor)
    if part == "later":
        raise Unresolved(FUTURE)
    if unit == "year":
        year = anchor.year + shift
        if part == "earlier":
            return date(year, 1, 1), anchor, "range"
        if part and part not in YEAR_PARTS:
            raise Unresolved(f"no {part} a year")
        return _year_part(year, part or None)
    year, month = divmod(anchor.year * 12 + anchor.month - 1 + shift, 12)
    month += 1
    if part == "earlier":
        return date(year, month, 1), anchor, "range"
    if part and part not in MONTH_PARTS:
        raise Unresolved(f"no {part} a month")
    return _month_part(year, month, part or None)


def _week(rel: str, anchor: date) -> Interval:
    """"last week": the seven days before publication; "next week": the seven after."""
    if rel == "last":
        return anchor - timedelta(days=7), anchor - timedelta(days=1), "week"
    return anchor + timedelta(days=1), anchor + timedelta(days=7), "week"


def _resolve_bare_year_part(m: Hit, anchor: date | None, precision: str) -> Interval:
    return _year_part(_need(anchor).year, " ".join(m["part"].split()) + " of")


def _resolve_season(m: Hit, anchor: date | None, precision: str) -> Interval:
    first, length = SEASONS[m["season"].lower()]
    if m["winter"]:  # "the winter of 2018-2019", "winter 2018/19": the winter starting in the first year
        year = int(m["winter"])
    elif m["year"]:
        year = int(m["year"])
    else:
        anchor = _need(anchor)
        year = anchor.year if date(anchor.year, first, 1) <= anchor else anchor.year - 1
        rel = (m["rel"] or "").lower()
        if rel == "last":
            year = year - 1 if _season_end(year, first, length) >= anchor else year
        elif rel == "next":
            year += 1
    return date(year, first, 1), _season_end(year, first, length), "season"


def _season_end(year: int, first: int, length: int) -> date:
    end_year, end_month = divmod(year * 12 + first - 1 + length - 1, 12)
    return date(end_year, end_month + 1, _last_day(end_year, end_month + 1))


def _resolve_relative_day(m: Hit, anchor: date | None, precision: str) -> Interval:
    anchor = _need_day(anchor, precision)
    word = " ".join(m["word"].lower().split())
    back = 1 if word in ("yesterday", "last night") else 0
    if (m["before"] or "").lower().startswith("the day"):
        back += 1
    day = anchor - timedelta(days=back)
    return day, day, "day"


def _resolve_days_ago(m: Hit, anchor: date | None, precision: str) -> Interval:
    anchor = _need_day(anchor, precision)
    raw = m["number"].lower()
    n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    day = anchor - timedelta(days=n)
    return day, day, "day"


def _resolve_weekday(m: Hit, anchor: date | None, precision: str) -> Interval:
    anchor = _need_day(anchor, precision)
    target = WEEKDAYS[m["weekday"].lower()]
    if (m["rel"] or "").lower() == "next":
        day = anchor + timedelta(days=(target - anchor.weekday() - 1) % 7 + 1)
    else:
        day = anchor - timedelta(days=(anchor.weekday() - target) % 7)
    return day, day, "day"


def _resolve_nth(m: Hit, anchor: date | None, precision: str) -> Interval:
    anchor = _need(anchor)
    if precision == "year":
        raise Unresolved("the publication month is not known")
    day = int(m["day"])
    year, month = anchor.year, anchor.month
    if (m["rel"] or "") == "last" or day > anchor.day:
        year, month = divmod(year * 12 + month - 2, 12)
        month += 1
    try:
        when = date(year, month, day)
    except ValueError as exc:
        raise Unresolved(BAD_DATE) from exc
    return when, when, "day"


def _month_valid(m: Hit) -> bool:
    """A bare month needs a preposition, a part, "last/this" or a day or year beside it."""
    return bool(m["prep"] or m["rel"] or m["part"] or m["day"] or m["year"] or m["yrel"])


def _year_valid(m: Hit) -> bool:
    return bool(m["prep"] or m["part"])


def _season_valid(m: Hit) -> bool:
    return bool(m["prep"] or m["rel"] or m["year"] or m["winter"])


def _relative_unit_valid(m: Hit) -> bool:
    """"this year", "last month"; "the year" alone is vague, "the end of the year" is not."""
    rel = (m["rel"] or "").lower()
    return bool(rel) and (rel != "the" or bool(m["part"]))


def _relative_day_valid(m: Hit) -> bool:
    return " ".join(m["word"].lower().split()) in RELATIVE_DAY_WORDS


def _season_word_valid(m: Hit) -> bool:
    return m["season"].lower() in SEASONS and _season_valid(m)


def _days_ago_valid(m: Hit) -> bool:
    return bool(m["number"])


def _has_prep(m: Hit) -> bool:
    return bool(m["prep"])


def _always(m: Hit) -> bool:
    return True


Resolver = Callable[[Hit, date | None, str], Interval]


@dataclass(frozen=True)
class Rule:
    """One family of time expressions: a core regex, the prefix read backwards, a check and a resolver.

    ``kind`` "relative-day" may take a clarifying date ("Yesterday [May 5]"); ``hints`` are lower-case
    words of which one must occur in the text for the rule to be worth a scan.
    """

    core: re.Pattern[str]
    prefix: re.Pattern[str] | None
    valid: Callable[[Hit], bool]
    resolve: Resolver
    kind: str = "absolute"
    hints: tuple[str, ...] = ()


RULES: tuple[Rule, ...] = (
    Rule(ISO_DATE, None, _always, _resolve_iso),
    Rule(MONTH_EXPR, MONTH_PREFIX, _month_valid, _resolve_month),
    Rule(YEAR_EXPR, YEAR_PREFIX, _year_valid, _resolve_year, hints=("19", "20")),
    Rule(RELATIVE_UNIT, RELATIVE_UNIT_PREFIX, _relative_unit_valid, _resolve_relative_unit, "relative",
         ("year", "month", "week")),
    Rule(SEASON_EXPR, SEASON_PREFIX, _season_word_valid, _resolve_season, "relative", tuple(SEASONS)),
    Rule(BARE_YEAR_PART, BARE_YEAR_PART_PREFIX, _has_prep, _resolve_bare_year_part, "relative", ("half", "quarter")),
    Rule(RELATIVE_DAY, RELATIVE_DAY_PREFIX, _relative_day_valid, _resolve_relative_day, "relative-day",
         ("yesterday", "today", "tonight")),
    Rule(DAY_PART, None, _relative_day_valid, _resolve_relative_day, "relative-day",
         ("morning", "afternoon", "evening", "night")),
    Rule(DAYS_AGO, DAYS_AGO_PREFIX, _days_ago_valid, _resolve_days_ago, "relative-day", ("ago",)),
    Rule(WEEKDAY_EXPR, WEEKDAY_PREFIX, _always, _resolve_weekday, "relative-day", tuple(WEEKDAYS)),
    Rule(NTH_DAY, NTH_DAY_PREFIX, _has_prep, _resolve_nth),
)


def _starts_word(text: str, start: int) -> bool:
    """A core must not continue a word or a number ("1,000", "2.5", "Bejanuary")."""
    if not start:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_" or (before in ",." and text[start - 2:start - 1].isdigit()))


def _may_have_prefix(text: str, start: int) -> bool:
    """A cheap look at the word before a core: a prefix can only end with one of the grammar's words."""
    words = text[max(0, start - 16):start].split()
    if not words or not text[start - 1].isspace() and text[start - 1] != "-":
        return False
    last = words[-1].strip("-\"“‘'([").lower()
    return last in PREFIX_WORDS or last[:1].isdigit()


def _prefix_start(text: str, start: int) -> int:
    """Where the run of grammar words before a core begins: a prefix can start nowhere earlier, so the
    regex need not try every position of its reach."""
    lo = max(0, start - PREFIX_REACH)
    window = text[lo:start]
    pos = len(window)
    for token in reversed(window.split()):
        word = token.strip(EDGE_CHARS).lower()  # "¡°In", "(the", "mid-"
        if word and not (word[0].isalnum() and word[-1].isalnum()):
            word = EDGE_MARKS.sub("", word)  # a mark the quick strip does not know
        if word and not (word in PREFIX_WORDS or word[:1].isdigit()):
            break
        pos = window.rfind(token, 0, pos)
    return lo + pos


def _hit(text: str, m: re.Match[str], prefix: re.Pattern[str] | None) -> Hit:
    """A core match widened by its prefix, with the groups of both."""
    groups = m.groupdict()
    start = m.start()
    if prefix is not None and _may_have_prefix(text, start):
        p = prefix.search(text, _prefix_start(text, start), start)
        if p and p.end() > p.start():
            groups.update((k, v) for k, v in p.groupdict().items() if v)
            start = p.start()
    end = m.end()
    month = groups.get("month")
    if month and month.endswith(".") and m.end("month") == end and month[:-1].lower() in FULL_MONTHS:
        end -= 1  # "in September." ends a sentence; only "Sept." is an abbreviation
    return Hit(text[start:end], start, end, groups)


def _candidates(text: str, anchor: date | None, precision: str) -> list[tuple[TimeSpan, str]]:
    """Every rule's matches, longest first among overlaps, in text order."""
    found: list[tuple[int, int, TimeSpan, str]] = []
    lower = text.lower()
    for rule in RULES:
        if rule.hints and not any(h in lower for h in rule.hints):
            continue
        for m in rule.core.finditer(text):
            if not _starts_word(text, m.start()):
                continue
            hit = _hit(text, m, rule.prefix)
            if not rule.valid(hit) or _in_a_name(text, hit) or _every(text, hit):
                continue
            try:
                span = _span(hit, anchor, precision, rule.resolve)
            except Vague:
                continue
            found.append((hit.start, hit.end, span, rule.kind))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[tuple[int, int]] = []  # sorted and disjoint, so two neighbours tell whether a match is free
    chosen = []
    for start, end, span, kind in found:
        i = bisect.bisect_right(taken, (start, end))
        if (i == 0 or taken[i - 1][1] <= start) and (i == len(taken) or taken[i][0] >= end):
            taken.insert(i, (start, end))
            chosen.append((span, kind))
    chosen.sort(key=lambda c: c[0].offset)
    return chosen


def _in_a_name(text: str, hit: Hit) -> bool:
    """"the February 8 Vinalon Complex", "the April 25 House of Culture": a date that names a place."""
    if not (hit["month"] and hit["day"]) or hit["prep"] or hit["year"]:
        return False
    return bool(NAME_BEFORE.search(text, max(0, hit.start - 4), hit.start) and NAME_AFTER.match(text, hit.end))


def _every(text: str, hit: Hit) -> bool:
    """"every Sunday", "each spring": a habit, not a time."""
    return EVERY_BEFORE.search(text, max(0, hit.start - 7), hit.start) is not None


def _span(hit: Hit, anchor: date | None, precision: str, resolve: Resolver) -> TimeSpan:
    """One match as a TimeSpan, resolved or with the reason it is not."""
    try:
        start, end, kind = resolve(hit, anchor, precision)
    except Unresolved as why:
        return TimeSpan(hit.text, None, None, "day", hit.start, str(why))
    return TimeSpan(hit.text, start, end, kind, hit.start)


def _join(text: str, first: TimeSpan, last: TimeSpan, start: date | None, end: date | None,
          precision: str, lead: int = 0, tail: int = 0) -> TimeSpan:
    """One span covering ``first`` to ``last`` in the text, with the given interval."""
    offset = first.offset - lead
    stop = last.offset_end + tail
    if start is None or end is None:
        reason = first.unresolved_reason or last.unresolved_reason or NO_ANCHOR
        return TimeSpan(text[offset:stop], None, None, precision, offset, reason)
    return TimeSpan(text[offset:stop], start, end, precision, offset)


def _clarified(text: str, spans: list[tuple[TimeSpan, str]]) -> list[tuple[TimeSpan, str]]:
    """"Yesterday [May 5]" and "Friday, March 4": the written date pins the relative word."""
    out: list[tuple[TimeSpan, str]] = []
    for span, kind in spans:
        if out and out[-1][1] == "relative-day" and span.precision == "day" and span.resolved:
            prev = out[-1][0]
            if CLARIFY_GAP.match(text[prev.offset_end:span.offset]):
                close = CLARIFY_CLOSE.match(text, span.offset_end)
                tail = close.end() - span.offset_end if close else 0
                out[-1] = (_join(text, prev, span, span.start, span.end, "day", tail=tail), "absolute")
                continue
        out.append((span, kind))
    return out


def _ranges(text: str, spans: list[TimeSpan]) -> list[TimeSpan]:
    """"from July to September", "between May and June": one range."""
    out: list[TimeSpan] = []
    for span in spans:
        joined = _range_of(text, out[-1], span) if out else None
        if joined:
            out[-1] = joined
        else:
            out.append(span)
    return out


def _range_of(text: str, first: TimeSpan, last: TimeSpan) -> TimeSpan | None:
    """The range two neighbouring times make ("from A to B"), or None when they make none."""
    if first.start is None or last.start is None or last.end is None:
        return None
    before = text[max(0, first.offset - 10):first.offset]
    opener = RANGE_OPEN_INSIDE.match(first.text) or RANGE_OPEN_BEFORE.search(before)
    if not opener:
        return None
    start, end = first.start, last.end
    if start > end and _weekday(first) and _weekday(last):
        start -= timedelta(days=7)  # "from Monday to Wednesday" in a report of Monday: last week's Monday
    if start > end and not YEAR_IN.search(last.text):
        end = a_year_later(end)  # "between May and September" in a report of May: this September
    if end is None or start > end:
        return None
    gap = text[first.offset_end:last.offset]
    part = DAY_PART_AFTER.match(gap) if first.precision == "day" else None
    if part:
        gap = gap[part.end():]
    link = RANGE_LINK[opener["word"].lower()].match(gap) if gap.strip(" -–—") else None
    if link:  # "between Friday and Sunday": the linking word sits between the times, not in the second
        if gap[link.end():].strip():
            return None
    elif gap.strip(" -–—") or not _linked(opener, gap + last.text):
        return None
    lead = 0 if opener.re is RANGE_OPEN_INSIDE else len(before) - opener.start()
    return _join(text, first, last, start, end, "range", lead=lead)


def a_year_later(day: date) -> date | None:
    """The same day a year later; None for February 29."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # February 29
        return None


def _weekday(span: TimeSpan) -> bool:
    """Whether a time is a bare weekday ("Friday", "on Friday"), resolved to the latest such day."""
    return span.precision == "day" and span.text.split()[-1].lower() in WEEKDAYS


def _linked(opener: re.Match[str], link: str) -> bool:
    """Whether the words between two times close the range the first one opened."""
    return bool(RANGE_LINK[opener["word"].lower()].match(link))


def _since(text: str, span: TimeSpan, anchor: date | None) -> TimeSpan:
    """"since July": from the start of July to publication."""
    before = text[max(0, span.offset - 40):span.offset]
    cue = SINCE_BEFORE.search(before)
    if not cue and not SINCE_INSIDE.match(span.text):
        return span
    lead = len(before) - cue.start() if cue else 0
    offset = span.offset - lead
    if span.start is None or anchor is None:
        return TimeSpan(text[offset:span.offset_end], None, None, "range", offset,
                        span.unresolved_reason or NO_ANCHOR)
    return TimeSpan(text[offset:span.offset_end], span.start, anchor, "range", offset)


def find_times(text: str, anchor: date | None, *, anchor_precision: str = "day") -> list[TimeSpan]:
    """Every time expression in ``text``, in order, resolved against ``anchor`` (the publication date).

    ``anchor_precision`` is the precision of the publication date ("day", "month" or "year"): words
    such as "yesterday" or "on Friday" stay unresolved unless the day is known.
    """
    spans = [s for s, _ in _clarified(text, _candidates(text, anchor, anchor_precision))]
    return [_since(text, s, anchor) for s in _ranges(text, spans)]
