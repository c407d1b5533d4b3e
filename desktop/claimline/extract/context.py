"""What a clause does with its time: a habit, a comparison, an occasion it names, or a past state "until" then.

``claims`` asks these before it makes a claim of a time (ANNOTATION.md: comparisons only, plans and
deadlines, and references to occasions make none; a state that lasted until a past time does). The words
are the English grammar's resources (``extract/grammar/en/words/``); each test reads a short window of
one sentence, so extraction stays linear in a report's length.
"""

from __future__ import annotations

import re

from claimline.extract.grammar import word_list
from claimline.model import TimeSpan

Span = tuple[int, int]


def _alternation(name: str, flags: str = "i") -> str:
    """A word list of the English grammar as a regex alternation, longest first."""
    phrases = sorted(word_list("en", name).phrases, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


CLAUSE_MARKS = ",;:“”\"()"
REACH = 110  # characters back from a time within which a clause's cue counts
HABITUAL = re.compile(rf"\b{_alternation('habitual')}\b")
COMPARISON_ONLY = re.compile(rf"\b{_alternation('comparison_only')}\s+(?:(?i:at|in|during|on)\s+)?$")
COMPARISON_STATE = re.compile(rf"\b{_alternation('comparison_state')}\s+(?:(?i:at|in|during|on)\s+)?$")
COMPARISON_WORD = re.compile(r"^(?i:to|with)\s+")
OCCASION_BEFORE = re.compile(
    rf"\b{_alternation('occasion_cue')}\s+the\s+(?:[^,.;:“”\"]{{0,40}}?\s)?{_alternation('occasion', '')}\b"
    r"(?:\s+of\s+[^,.;:“”\"]{1,40}?)?\s*$"
)
# a verb in the past tense (not a passive present: "are booked until October" is a plan)
PAST_VERB = re.compile(r"\b(?:was|were|had|kept|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)[a-z]{3,}ed)\b")
# what a past verb was for: "orders for everyone to work until the 12th" is a deadline
INFINITIVE = re.compile(r"\bto\s+[a-z]+")
HABIT_BEFORE = 50  # characters before a time within which a habitual word governs it
HABIT_AFTER = 30
ORDER_VERB = re.compile(rf"\b{_alternation('order_verb')}\b")
UNTIL = re.compile(r"^(?i:until|till)\s")
UNTIL_BEFORE = re.compile(r"\b(?i:until|till)\s+$")
# a named month, day or season with no year: what may recur every year
RECURRING = frozenset({"year-inferred"})


def clause_before(text: str, sentence: Span, time: TimeSpan) -> str:
    """The words of the time's clause before it: back to the last clause mark, at most ``REACH`` characters."""
    start = max(sentence[0], time.offset - REACH)
    before = text[start:time.offset]
    cut = max(map(before.rfind, CLAUSE_MARKS))
    return before[cut + 1:]


def clause_after(text: str, sentence: Span, time: TimeSpan) -> str:
    """The words of the time's clause after it, to the next clause mark or the sentence's end."""
    after = text[time.offset_end:min(sentence[1], time.offset_end + REACH)]
    cuts = [i for i in map(after.find, CLAUSE_MARKS) if i >= 0]
    return after[:min(cuts)] if cuts else after


def is_habitual(text: str, sentence: Span, time: TimeSpan) -> bool:
    """"usually holds its drills in May", "events held annually on February 16": a yearless month, day or
    season in a clause that says what happens every year is no dated claim ("this year" still is)."""
    if time.basis not in RECURRING:
        return False
    clause = clause_before(text, sentence, time)[-HABIT_BEFORE:] + " " + clause_after(text, sentence, time)[:HABIT_AFTER]
    return HABITUAL.search(clause) is not None


def is_comparison_only(text: str, sentence: Span, time: TimeSpan) -> bool:
    """"just like last year", "in line with last year": the time is only a yardstick."""
    return COMPARISON_ONLY.search(text, max(sentence[0], time.offset - 40), time.offset) is not None


def is_compared_state(text: str, sentence: Span, time: TimeSpan) -> bool:
    """"30% higher compared to the end of April": a state at that time, so its "to" is no deadline."""
    lead = COMPARISON_WORD.match(time.text)
    stop = time.offset + (lead.end() if lead else 0)
    window = text[max(sentence[0], time.offset - 40):stop]
    return COMPARISON_STATE.search(window) is not None


def dates_an_occasion(text: str, sentence: Span, time: TimeSpan) -> bool:
    """"to mark the anniversary of the founding on Sept. 9", "for the holiday on the 16th": the time dates the
    occasion the statement is for (a claim of its own, but not the time of the statement)."""
    return OCCASION_BEFORE.search(text, max(sentence[0], time.offset - 120), time.offset) is not None


def is_past_state_until(text: str, sentence: Span, time: TimeSpan) -> bool:
    """"the market stayed shut until last Tuesday", "delayed the drill until October": "until" after a past
    verb, with no order or plan in the clause, says how long something was so: a claim, not a deadline."""
    clause = clause_before(text, sentence, time)
    if not (UNTIL.match(time.text) or UNTIL_BEFORE.search(clause)):
        return False
    past = [m for m in PAST_VERB.finditer(clause)]
    if not past or ORDER_VERB.search(clause):
        return False
    return INFINITIVE.search(clause, past[-1].end()) is None
