"""The one engine: a grammar's rules run over a text, each match turned into a frame and resolved by the calendar.

For each rule, a fast scan finds its cores; the modifiers before (or after) a core are read with the rule's
``before``/``after`` pattern; the groups become a ``Frame``; overlapping matches give way to the longest;
then neighbouring times combine ("Yesterday [May 5]", "from July to September", "since July").
Nothing here knows a word of any language: words and patterns come from the grammar's resources.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from claimline.extract.grammar.calendar import NO_ANCHOR, Unresolved, Vague, a_year_later, resolve
from claimline.extract.grammar.frame import Frame
from claimline.extract.grammar.rules import Reject, Rule
from claimline.extract.grammar.words import key
from claimline.model import TimeSpan

EDGE_MARKS = re.compile(r"^[\W_]+|[\W_]+$")
EDGE_CHARS = "-\"“”‘’'()[]{},.;:!?¡¿°«»–—…_/"
NO_EVENT = "no dated event before it in the sentence"
INT_FIELDS = frozenset({"year", "year_end", "month", "day", "day_end", "weekday", "shift", "year_shift",
                        "month_shift"})


@dataclass(frozen=True)
class Compose:
    """The patterns by which neighbouring times combine (see the grammar's ``[compose]`` table)."""

    clarify_gap: re.Pattern[str]
    clarify_close: re.Pattern[str]
    range_open_before: re.Pattern[str]
    range_open_inside: re.Pattern[str]
    range_link: dict[str, re.Pattern[str]]
    day_part_after: re.Pattern[str]
    year_written: re.Pattern[str]
    since_before: re.Pattern[str]
    since_inside: re.Pattern[str]
    since_reach: int
    sentence_break: re.Pattern[str]  # a time counted from an event looks for it no further back
    event_reach: int
    pair_inside: re.Pattern[str]  # "in March and April": what the second of two joined months starts with
    duration_before: re.Pattern[str]  # "in 24 hours to August 29": a period that ends at the time after it
    duration_reach: int
    period_end_inside: re.Pattern[str]
    numbers: dict[str, int]  # number words a duration may be written with


class Hit(NamedTuple):
    """One match of a rule: its text, where it is, and its named groups."""

    text: str
    start: int
    end: int
    groups: dict[str, str | None]


class Found(NamedTuple):
    """A time found in the text: its span, the frame it came from, and the rule that read it."""

    span: TimeSpan
    frame: Frame | None
    rule: str
    kind: str


@dataclass(frozen=True)
class Grammar:
    """A language's compiled rules, ready to find times in a text."""

    language: str
    rules: tuple[Rule, ...]
    compose: Compose
    bounded: bool  # cores start words, and modifiers are runs of the grammar's words
    prefix_words: frozenset[str]
    prefix_reach: int

    def find(self, text: str, anchor: date | None, precision: str = "day") -> list[TimeSpan]:
        """Every time expression in ``text``, in order, resolved against ``anchor`` (the publication date)."""
        return [f.span for f in self.found(text, anchor, precision)]

    def found(self, text: str, anchor: date | None, precision: str = "day") -> list[Found]:
        """Like ``find``, with the frame and rule of each time."""
        compose = self.compose
        chosen = _clarified(text, _candidates(self, text, anchor, precision), compose)
        joined = _pairs(text, _ranges(text, chosen, compose), compose)
        timed = _durations(text, _from_events(text, joined, compose), compose)
        return [_since(text, f, anchor, compose) for f in timed]


def _candidates(grammar: Grammar, text: str, anchor: date | None, precision: str) -> list[Found]:
    """Every rule's matches, longest first among overlaps, in text order.

    A match is turned into a frame and resolved only when no longer match has taken its place: one that
    turns out not to be a time (a word outside its list, a vague time) takes none, as if never found."""
    hits: list[tuple[int, int, Hit, Rule]] = []
    lower = text.lower()
    for rule in grammar.rules:
        if rule.hints and not _hinted(lower, rule.hints):
            continue
        for m in rule.core.finditer(text):
            if grammar.bounded and not _starts_word(text, m.start()):
                continue
            hit = _hit(grammar, rule, text, m)
            if rule.require and not _required(hit.groups, rule.require) or _rejected_any(text, hit, rule.rejects):
                continue
            hits.append((hit.start - hit.end, hit.start, hit, rule))
    hits.sort(key=lambda h: (h[0], h[1]))
    taken: list[tuple[int, int]] = []  # sorted and disjoint, so two neighbours tell whether a match is free
    chosen = []
    for _, start, hit, rule in hits:
        end = hit.end
        i = bisect.bisect_right(taken, (start, end))
        if (i == 0 or taken[i - 1][1] <= start) and (i == len(taken) or taken[i][0] >= end):
            frame = _frame(rule, hit)
            if frame is None:
                continue
            try:
                span = _span(hit, frame, anchor, precision)
            except Vague:
                continue
            taken.insert(i, (start, end))
            chosen.append(Found(span, frame, rule.name, rule.kind))
    chosen.sort(key=lambda f: f.span.offset)
    return chosen


def _hinted(lower: str, hints: tuple[str, ...]) -> bool:
    """Whether one of a rule's hint words is in the (lower-cased) text (a loop: no generator per rule)."""
    for hint in hints:  # noqa: SIM110
        if hint in lower:
            return True
    return False


def _starts_word(text: str, start: int) -> bool:
    """A core must not continue a word or a number ("1,000", "2.5", "Bejanuary")."""
    if not start:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before == "_" or (before in ",." and text[start - 2:start - 1].isdigit()))


def _may_have_prefix(grammar: Grammar, text: str, start: int) -> bool:
    """A cheap look at the word before a core: a modifier can only end with one of the grammar's words."""
    words = text[max(0, start - 16):start].split()
    if not words or not text[start - 1].isspace() and text[start - 1] != "-":
        return False
    last = words[-1].strip("-\"“‘'([").lower()
    return last in grammar.prefix_words or last[:1].isdigit()


def _prefix_start(grammar: Grammar, text: str, start: int) -> int:
    """Where the run of grammar words before a core begins: a modifier can start nowhere earlier, so the
    regex need not try every position of its reach."""
    lo = max(0, start - grammar.prefix_reach)
    window = text[lo:start]
    pos = len(window)
    for token in reversed(window.split()):
        word = token.strip(EDGE_CHARS).lower()  # "¡°In", "(the", "mid-"
        if word and not (word[0].isalnum() and word[-1].isalnum()):
            word = EDGE_MARKS.sub("", word)  # a mark the quick strip does not know
        if word and not (word in grammar.prefix_words or word[:1].isdigit()):
            break
        pos = window.rfind(token, 0, pos)
    return lo + pos


def _hit(grammar: Grammar, rule: Rule, text: str, m: re.Match[str]) -> Hit:
    """A core match widened by the modifiers before and after it, with the groups of all three."""
    groups = m.groupdict()
    start, end = m.start(), m.end()
    if rule.before is not None:
        p = _before(grammar, rule.before, text, start)
        if p and p.end() > p.start():
            groups.update((k, v) for k, v in p.groupdict().items() if v)
            start = p.start()
    if rule.after is not None and (a := rule.after.match(text, end)) and a.end() > end:
        groups.update((k, v) for k, v in a.groupdict().items() if v)
        end = a.end()
    elif rule.final_dot is not None:
        end = _final_dot(rule.final_dot, m, text, end)
    return Hit(text[start:end], start, end, groups)


def _before(grammar: Grammar, before: re.Pattern[str], text: str, start: int) -> re.Match[str] | None:
    """The modifiers right before a core, if any."""
    if not grammar.bounded:
        return before.search(text, max(0, start - grammar.prefix_reach), start)
    if not _may_have_prefix(grammar, text, start):
        return None
    return before.search(text, _prefix_start(grammar, text, start), start)


def _final_dot(final_dot: tuple[str, frozenset[str]], m: re.Match[str], text: str, end: int) -> int:
    """"in September." ends a sentence: the full stop after a word is the match's only when the word keeps it."""
    group, keepers = final_dot
    word = m[group]
    if word and m.end(group) + 1 == end and text[end - 1] == "." and key(word) not in keepers:
        return end - 1
    return end


def _frame(rule: Rule, hit: Hit) -> Frame | None:
    """The frame a hit means, or None when a group's word is not in its list."""
    groups = hit.groups
    values: dict[str, object] = {"unit": rule.unit}
    if rule.base != "anchor":
        values["base"] = rule.base
    for group, field, sign, words in rule.bindings:
        text = groups.get(group)
        if not text:
            continue
        if text.isdigit():
            value: object = sign * int(text)
        elif words is None:
            return None
        else:
            value = words.get(text, _MISSING)
            if value is _MISSING:
                value = words.get(key(text), _MISSING)
                if value is _MISSING:
                    return None
            if sign < 0:
                value = -value  # type: ignore[operator]
        if field in values and field in INT_FIELDS:
            value = value + values[field]  # type: ignore[operator]  # "the day before yesterday": shifts add up
        values[field] = value
    return Frame(**values)  # type: ignore[arg-type]


_MISSING = object()


def _required(groups: dict[str, str | None], require: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the alternatives of required groups is all there."""
    for alternative in require:
        for group in alternative:
            if not groups.get(group):
                break
        else:
            return True
    return False


def _rejected_any(text: str, hit: Hit, rejects: tuple[Reject, ...]) -> bool:
    """Whether any of the reject contexts holds around a hit (a loop: no generator per match)."""
    for reject in rejects:  # noqa: SIM110
        if _rejected(text, hit, reject):
            return True
    return False


def _rejected(text: str, hit: Hit, reject: Reject) -> bool:
    """Whether a reject context holds around a hit."""
    groups = hit.groups
    if (reject.with_groups or reject.without_groups) and (
            not all(groups.get(g) for g in reject.with_groups) or any(groups.get(g) for g in reject.without_groups)):
        return False
    if reject.before is not None and not reject.before.search(text, max(0, hit.start - reject.reach), hit.start):
        return False
    return reject.after is None or reject.after.match(text, hit.end) is not None


def _span(hit: Hit, frame: Frame, anchor: date | None, precision: str) -> TimeSpan:
    """One match as a TimeSpan, resolved or with the reason it is not (one counted from an event waits
    for ``_from_events``)."""
    basis = _basis(frame)
    if frame.base == "event":
        return TimeSpan(hit.text, None, None, "day", hit.start, NO_EVENT, basis)
    try:
        start, end, kind = resolve(frame, anchor, precision)
    except Unresolved as why:
        return TimeSpan(hit.text, None, None, "day", hit.start, str(why), basis)
    return TimeSpan(hit.text, start, end, kind, hit.start, "", basis)


def _basis(frame: Frame) -> str:
    """How the calendar gets a frame's days: from the text alone (""), with the year inferred from the
    anchor, counted from the anchor, or counted from another event in the text."""
    if frame.base == "event":
        return "event"
    if frame.relative:
        return "relative"
    return "" if frame.year_given else "year-inferred"


def _join(text: str, first: TimeSpan, last: TimeSpan, start: date | None, end: date | None,
          precision: str, lead: int = 0, tail: int = 0) -> TimeSpan:
    """One span covering ``first`` to ``last`` in the text, with the given interval."""
    offset = first.offset - lead
    stop = last.offset_end + tail
    basis = last.basis if precision == "day" else first.basis  # a written date pins a relative day
    if start is None or end is None:
        reason = first.unresolved_reason or last.unresolved_reason or NO_ANCHOR
        return TimeSpan(text[offset:stop], None, None, precision, offset, reason, basis)
    return TimeSpan(text[offset:stop], start, end, precision, offset, "", basis)


def _clarified(text: str, found: list[Found], compose: Compose) -> list[Found]:
    """"Yesterday [May 5]" and "Friday, March 4": the written date pins the relative word."""
    out: list[Found] = []
    for f in found:
        span = f.span
        if out and out[-1].kind == "relative-day" and span.precision == "day" and span.resolved:
            prev = out[-1].span
            if compose.clarify_gap.match(text[prev.offset_end:span.offset]):
                close = compose.clarify_close.match(text, span.offset_end)
                tail = close.end() - span.offset_end if close else 0
                joined = _join(text, prev, span, span.start, span.end, "day", tail=tail)
                out[-1] = Found(joined, f.frame, f.rule, "absolute")
                continue
        out.append(f)
    return out


def _ranges(text: str, found: list[Found], compose: Compose) -> list[Found]:
    """"from July to September", "between May and June": one range."""
    out: list[Found] = []
    for f in found:
        joined = _range_of(text, out[-1], f, compose) if out else None
        if joined:
            out[-1] = Found(joined, None, "range", "absolute")
        else:
            out.append(f)
    return out


def _range_of(text: str, first_found: Found, last_found: Found, compose: Compose) -> TimeSpan | None:
    """The range two neighbouring times make ("from A to B"), or None when they make none."""
    first, last = first_found.span, last_found.span
    if first.start is None or last.start is None or last.end is None:
        return None
    before = text[max(0, first.offset - 10):first.offset]
    opener = compose.range_open_inside.match(first.text) or compose.range_open_before.search(before)
    if not opener:
        return None
    start, end = first.start, last.end
    if start > end and _weekday(first_found) and _weekday(last_found):
        start -= timedelta(days=7)  # "from Monday to Wednesday" in a report of Monday: last week's Monday
    if start > end and not compose.year_written.search(last.text):
        end = a_year_later(end)  # "between May and September" in a report of May: this September
    if end is None or start > end:
        return None
    gap = text[first.offset_end:last.offset]
    part = compose.day_part_after.match(gap) if first.precision == "day" else None
    if part:
        gap = gap[part.end():]
    link = compose.range_link[opener["word"].lower()]
    closing = link.match(gap) if gap.strip(" -–—") else None
    if closing:  # "between Friday and Sunday": the linking word sits between the times, not in the second
        if gap[closing.end():].strip():
            return None
    elif gap.strip(" -–—") or not link.match(gap + last.text):
        return None
    lead = 0 if opener.re is compose.range_open_inside else len(before) - opener.start()
    return _join(text, first, last, start, end, "range", lead=lead)


def _weekday(found: Found) -> bool:
    """Whether a time is a bare weekday ("Friday", "on Friday"), resolved to the latest such day."""
    return found.frame is not None and found.frame.weekday is not None and found.span.precision == "day"


def _since(text: str, found: Found, anchor: date | None, compose: Compose) -> Found:
    """"since July": from the start of July to publication."""
    span = found.span
    before = text[max(0, span.offset - compose.since_reach):span.offset]
    cue = compose.since_before.search(before)
    if not cue and not compose.since_inside.match(span.text):
        return found
    lead = len(before) - cue.start() if cue else 0
    offset = span.offset - lead
    if span.start is None or anchor is None:
        since = TimeSpan(text[offset:span.offset_end], None, None, "range", offset,
                         span.unresolved_reason or NO_ANCHOR, span.basis)
    else:
        since = TimeSpan(text[offset:span.offset_end], span.start, anchor, "range", offset, "", span.basis)
    return found._replace(span=since)


def _pairs(text: str, found: list[Found], compose: Compose) -> list[Found]:
    """"in March and April": two months in a row joined by "and" are one period, not two."""
    out: list[Found] = []
    for f in found:
        prev = out[-1].span if out else None
        span = f.span
        if (prev is not None and prev.precision == span.precision == "month" and prev.end is not None
                and span.start is not None and span.start == prev.end + timedelta(days=1)
                and not text[prev.offset_end:span.offset].strip() and compose.pair_inside.match(span.text)):
            out[-1] = Found(_join(text, prev, span, prev.start, span.end, "range"), None, "pair", "absolute")
            continue
        out.append(f)
    return out


def _from_events(text: str, found: list[Found], compose: Compose) -> list[Found]:
    """"reopened on March 2 and shut again five days later": a time counted from the day before it in the
    sentence; with no such day it is no time at all."""
    out: list[Found] = []
    for f in found:
        if f.frame is None or f.frame.base != "event":
            out.append(f)
            continue
        ref = _event_before(out, f.span.offset - compose.event_reach)
        if ref is None or compose.sentence_break.search(text, ref.offset_end, f.span.offset + 1):
            continue
        start, end, kind = resolve(f.frame, ref.end, "day")
        out.append(f._replace(span=TimeSpan(f.span.text, start, end, kind, f.span.offset, "", "event")))
    return out


def _event_before(found: list[Found], reach: int) -> TimeSpan | None:
    """The last resolved day among ``found`` that ends at or after ``reach`` (looked for no further back)."""
    for r in reversed(found):
        if r.span.offset_end < reach:
            return None
        if r.span.resolved and r.span.precision == "day":
            return r.span
    return None


def _durations(text: str, found: list[Found], compose: Compose) -> list[Found]:
    """"in 24 hours to August 29", "over a 24-hour period until 6 p.m. Friday": the period that ends on that day."""
    out: list[Found] = []
    for f in found:
        span = f.span
        lo = max(0, span.offset - compose.duration_reach)
        m = compose.duration_before.search(text, lo, span.offset) if span.resolved and span.precision == "day" else None
        if m is None or not (m["end_word"] or compose.period_end_inside.match(span.text)):
            out.append(f)
            continue
        days = _duration_days(m["number"], m["unit"], compose.numbers)
        if days is None:
            out.append(f)
            continue
        lead = span.offset - m.start()
        joined = _join(text, span, span, span.end - timedelta(days=days), span.end, "range", lead=lead)
        out.append(f._replace(span=joined, rule="duration"))
    return out


def _duration_days(number: str, unit: str, numbers: dict[str, int]) -> int | None:
    """How many days before its last one a period of ``number`` ``unit`` starts (24 hours to a day: the
    day before; seven days to a day: six days before)."""
    count = int(number) if number.isdigit() else numbers.get(key(number))
    if not count:
        return None
    unit = key(unit).rstrip("s")
    if unit == "hour":
        return -(-count // 24)
    return count - 1 if unit == "day" else 7 * count - 1 if unit == "week" else None
