"""Sentences, quotations and attributions: the units a claim quotes and who it is attributed to.

All spans are (start, end) character offsets into the text they were found in, end exclusive, so a
claim's quote is always ``text[start:end]`` whatever odd characters (mojibake included) the text holds.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claimline.extract.spans import SpanSet, spans_meeting
from claimline.extract.tables import ABBREVIATIONS, REPORTING_VERBS, SOURCE_NOUNS, SPEAKER_NOUNS

Span = tuple[int, int]

# A full stop (or ! ? …) and any closing quotes, then space, then something that can open a sentence.
# (The first mark outside the alternation, so that the scan skips from mark to mark.)
SENTENCE_END = re.compile(
    r"[.!?…](?:[.!?…]*[\"”’')\]]*(?=\s+[\"“‘'(\[◆■●•▶<]?[A-Z0-9\uac00-\ud7a3])|[\"”’')\]]*(?=\s*$))")
LINE_BREAK = re.compile(r"\n[ \t]*(?:\n\s*)?")
BULLETS = "◆■●•▶<"
HEADING_ENDS = "”\"’'"
TOKEN_BEFORE = re.compile(r"(?:^|[\s(\[“\"])([\w.]+)$")
ABBREVIATION_REACH = 12
# A quotation mark, or a blank line (what ends a quotation left open). (One class first, so that the scan skips
# from candidate to candidate: a line break must then be followed by a blank line, a mark by nothing.)
QUOTE_MARK = re.compile(r'[“”"\n](?:(?<=\n)[ \t]*\n\s*|(?<!\n))')
OPENING_QUOTES = "“‘"
SINGLE_MARK = re.compile(r"[‘’\n](?:(?<=\n)[ \t]*\n|(?<!\n))")  # (the same shape as QUOTE_MARK)
SINGLE_CLOSE_AFTER = ".,!?;:…—–-"
SINGLE_CLOSE_BEFORE = ("", ".", ",", ";", ":", "!", "?", ")", "\n")

STOP = "(?:[Aa]n?|[Tt]he|of|from|in|to|by|with|for|and|or|that|who|which|on|at|[Hh]e|[Ss]he|they)"
VERB = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(REPORTING_VERBS, key=len, reverse=True))


def _fewest(words: Iterable[str]) -> tuple[str, ...]:
    """The words none of the others is part of: a text holds one of ``words`` exactly when it holds one of these."""
    unique = set(words)
    return tuple(sorted(w for w in unique if not any(o != w and o in w for o in unique)))


def holds_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words``: ``in`` per word, several times faster than a regex alternation of
    plain words, which tries every alternative at nearly every position (a loop: no generator per call)."""
    for word in words:  # noqa: SIM110
        if word in text:
            return True
    return False


# A cheap test before the full source-phrase regex: most sentences name no source.
# Plain substrings, without their first letter for either case ("man" also passes "many": the full patterns decide).
SOURCE_HINTS = _fewest({n.split()[0][1:] for n in (*SOURCE_NOUNS, *SPEAKER_NOUNS) if n != "man"} | {"man", "Man"})
# Every verb of saying is lower case: a literal-first scan that skips sentences no one speaks in.
VERB_HINT = re.compile(rf"{VERB}|ccording\s+to")
NOUN = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in SOURCE_NOUNS)
# "a North Pyongan Province-based source", "a source in Hoeryong, North Hamgyong Province", "one Yangkang
# Province source", "a source living in the hinterlands of Hamgyongnam-do", "a resident of X who told".
SOURCE_PHRASE = re.compile(
    rf"\b(?P<det>[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat|[Mm]ultiple|[Ss]everal|[Tt]wo|[Aa]dditional"
    rf"|[Oo]ther|[Ss]ome|[Oo]ur|[Ii]ts|[Tt]heir|Daily\s+NK(?:['’]s)?|RFA(?:['’]s)?)\s+(?P<pre>(?:(?!{STOP}\b)[^\s,.;:“”\"]+\s+){{0,5}}?)(?P<noun>{NOUN})\b"
    r"(?P<tail>(?:,?\s+(?:who\s+(?:is|are|lives|live|resides|reside|works|work)\s+(?:based\s+)?"
    r"|(?:based|living|located|residing|stationed|working)\s+)?"
    r"(?:in|from|of|inside|near|close\s+to)\s+[^,;.“”\"]*?(?=\s+(?:who|which|that|and|but|also|said|says|told|tells|reported|added"
    r"|explained|on|in\s+a|to)\b|[,;.“”\"]|$))?(?:,\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Province|province|Prov\.))?)"
)
SPEAKER = "|".join(sorted(SPEAKER_NOUNS, key=len, reverse=True))
RESIDENT_PHRASE = re.compile(
    rf"(?P<det>[AaOo](?<![\w][AaOo])(?:n(?:other)?|ne)?)\s+(?P<pre>)(?P<noun>{SPEAKER})\s+"
    rf"(?P<tail>(?:of|in|from)\s+[^,;.“”\"]*?)(?=(?:,[^,;.]*?,)?\s+(?:{VERB})\b)"
)
PERSON = rf"(?:{SPEAKER}|informant|insider|(?:reporting\s+)?partner)s?"  # "according to the partners"
# "Reporting partner B, who lives in Hyesan, said": AsiaPress names its partners by a letter.
LETTERED_PARTNER = re.compile(
    r"(?P<det>)(?P<pre>)(?P<noun>\b[Rr]eporting\s+partner\s+[A-Z])\b"
    r"(?P<tail>,\s+(?:who\s+(?:lives|is\s+based|resides|works)\s+in|based\s+in|in|from|of)\s+[^,;.“”\"]*)?"
)
# "a Hyesan resident told RFA", "a Sinuiju-based trader said": a located person who speaks.
NAMED_RESIDENT = re.compile(
    rf"(?P<det>[AaOo](?<![\w][AaOo])(?:n(?:other)?|ne)?)\s+(?P<pre>(?:[A-Z][\w'’-]*\s+){{1,3}})"
    rf"(?P<noun>{SPEAKER})(?P<tail>)(?=(?:,[^,;.]*?,|\s+who\s[^,;.“”\"]{{1,120}}?)?\s+(?:{VERB})\b)"
)
# "Sources in North Hamgyong Province said", "reporting partners in Hyesan": plural sources need no article.
PLURAL_SOURCES = re.compile(
    r"(?P<noun>[SsRr](?<![\w][SsRr])(?:ources|eporting\s+partners))(?P<det>)(?P<pre>)\s+(?P<tail>(?:based\s+|living\s+)?"
    r"(?:in|from|inside)\s+[^,;.“”\"]*?)(?=\s+(?:who|which|that|and|but|said|say|told|tell|reported|report|added"
    r"|explained|on|in\s+a|to)\b|[,;.“”\"]|$)"
)
# "Inside sources have revealed", "Local sources said": plural sources with one word before them and no article.
BARE_SOURCES = re.compile(
    rf"(?P<det>)(?P<pre>\b[A-Z][a-z]+\s+)(?P<noun>sources|informants)(?P<tail>)(?=\s+(?:have\s+|had\s+)?(?:{VERB})\b)"
)
# Each pattern with the lower-case words one of which must be in the text for it to be worth a scan.
SOURCE_PATTERNS = tuple(
    (pattern, _fewest(hints))
    for pattern, hints in (
        (SOURCE_PHRASE, SOURCE_NOUNS),
        (RESIDENT_PHRASE, SPEAKER_NOUNS),
        (NAMED_RESIDENT, SPEAKER_NOUNS),
        (PLURAL_SOURCES, ("sources", "partners")),
        (LETTERED_PARTNER, ("partner",)),
        (BARE_SOURCES, ("sources", "informants")),
    )
)
# "a major source of cash for Pyongyang", "the main source of income": "source" as a noun of its own, no
# attribution (a source "of Hyesan", capitalised, still is one).
NOT_A_SOURCE = re.compile(r"\s+of\s+(?!the\b|a\b|an\b)[a-z]")
# What stands between a source and its verb of saying may locate it: an apposition ("Another source, a resident
# of Hongwon county, said") or a relative clause ("a businessman who has run a shop in Rajin since 2011 said").
SOURCE_EXTENT = re.compile(
    rf"(?:\s*,\s*|\s+(?=who\s|based\s|living\s))[^.;:“”\"]{{1,160}}?(?=,?\s+(?:also\s+)?(?:{VERB})\b)"
)
BACK_REFERENCE = re.compile(
    rf"(?:\b(?P<pronoun>[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+{PERSON}(?=,[^,;.“”\"]{{1,100}},)|[Tt]he\s+{PERSON})"
    rf"(?:,[^,;.“”\"]{{1,100}},|(?<=[a-z])\s+who\s[^,;.“”\"]{{1,100}}?)?\s+(?:also\s+|further\s+|then\s+)?(?:{VERB})\b"
    # "..., said he." is an inverted attribution; "which said he praised" reports what "he" did
    rf"|\b(?:{VERB}|[Aa]ccording\s+to)\s+(?P<pronoun2>(?:he|she|they)(?=\s*[,.;:!?”\"]|\s*$)|him|her|them"
    rf"|the\s+{PERSON})\b(?!\s+[A-Z]))"  # ("according to the official Korean Central News Agency" names it)
)
# "the official Korean Central News Agency", "North Korea's state-run": words before a reporter's name that the
# attribution as written keeps.
REPORTER_LEAD = r"(?:(?:[Tt]he|North\s+Korea['’]s|South\s+Korea['’]s)\s+(?:(?:official|state-run|state|ruling)\s+)*)?"
# Pronouns and demonstratives that open a sentence are no reporter ("It has reported no new cases").
NOT_REPORTER = r"(?!(?:It|They|This|That|These|Those|There|We|I|You)\s)"
REPORTER = re.compile(
    # "The Ministry of Unification said": a name's small words ("of", "for", "and") belong to it
    rf"(?P<who>\b{NOT_REPORTER}{REPORTER_LEAD}(?:[A-Z][\w'’.()-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){{1,8}}?"
    rf"(?:\([A-Z]+\)\s+)?)(?:has\s+|have\s+|had\s+)?(?:{VERB})\b(?!(?<=continued)\s+to\b)"  # ("has continued to fall")
)
# "North Korea's state media reported", "state television said": a reporter named without a capital.
STATE_MEDIA = re.compile(
    r"(?P<who>(?:(?:North|South)\s+Korea['’]s\s+|[Tt]he\s+)?(?:official\s+)?[Ss]tate(?:-run)?\s+"
    r"(?:media|television|TV|broadcaster|news\s+agency|radio))\b"
)
# "according to the UN", "according to Daily NK's regular survey of market prices": whoever it names.
ACCORDING_TO = re.compile(
    rf"\b[Aa]ccording\s+to\s+(?P<who>{REPORTER_LEAD}[A-Z][^,.;:“”\"]{{1,80}}?)(?=\s*[,.;:“”\"]|\s*$)"
)


CLAUSE_BREAK = re.compile(r"[,;:]\s+|\s+(?:--|—|–)\s+")
QUOTE_WORD = re.compile(r"[0-9A-Za-z\u00C0-\u024F\uAC00-\uD7A3]+")
LONG_QUOTE_WORDS = 40  # longer sentences are cut back to the clauses around the time
KEEP_SHARE = 0.75  # of a long sentence's words, so that a reader (or a scorer) still recognises it


@dataclass(frozen=True)
class Attribution:
    """Who a statement is attributed to, as written, and where in the text; see ``back_reference``."""

    text: str
    start: int
    end: int
    back_reference: bool  # "the source", "he", "she": points to a source named earlier


def split_sentences(text: str) -> list[Span]:
    """Sentence spans: split at full stops (not "Mar." or "N."), blank lines and headings."""
    spans: list[Span] = []
    for para_start, para_end in _paragraphs(text):
        start = para_start
        for m in SENTENCE_END.finditer(text, para_start, para_end):
            if _is_abbreviation(text, m.start(), para_start):
                continue
            spans.append(_trimmed(text, start, m.end()))
            start = m.end()
        if text[start:para_end].strip():
            spans.append(_trimmed(text, start, para_end))
    return [s for s in spans if s[1] > s[0]]


def _paragraphs(text: str) -> list[Span]:
    """Blank-line paragraphs; a line starting with a bullet or after a closing quote also breaks."""
    spans, start = [], 0
    for m in LINE_BREAK.finditer(text):
        blank = m.group().count("\n") > 1 and not _stray_break(text, m.start(), m.end())
        before = text[max(0, m.start() - 8):m.start()].rstrip(" \t")[-1:]
        if blank or text[m.end():m.end() + 1] in BULLETS or (before and before in HEADING_ENDS):
            spans.append((start, m.start()))
            start = m.end()
    spans.append((start, len(text)))
    return spans


def _stray_break(text: str, start: int, end: int) -> bool:
    """A blank line inside a sentence ("the market closed\n\nin May"): no full stop or closing mark before it
    and a lower-case word after it."""
    before, after = text[start - 1:start] if start else ".", text[end:end + 1]
    return (before.isalnum() or before in ",;") and after.isalpha() and after.islower()


def _is_abbreviation(text: str, dot: int, floor: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation or an initial ("Mar.", "N.") rather than a sentence."""
    if text[dot] != ".":
        return False
    m = TOKEN_BEFORE.search(text, max(floor, dot - ABBREVIATION_REACH), dot)
    if not m:
        return False
    token = m.group(1)
    return (len(token) == 1 and token.isupper()) or token.lower().rstrip(".") in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def clauses_around(text: str, span: Span, focus: Span) -> Span:
    """A long sentence cut back to the clauses around ``focus`` (the time), keeping most of its words."""
    total = len(QUOTE_WORD.findall(text, span[0], span[1]))
    if total <= LONG_QUOTE_WORDS:
        return span
    target = max(LONG_QUOTE_WORDS, int(total * KEEP_SHARE + 0.5))
    cuts = [span[0]] + [m.end() for m in CLAUSE_BREAK.finditer(text, span[0], span[1])] + [span[1]]
    pieces = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
    lo = hi = next(i for i, (a, b) in enumerate(pieces) if a <= focus[0] < b or i == len(pieces) - 1)
    while hi + 1 < len(pieces) and pieces[hi][1] < focus[1]:
        hi += 1
    words = len(QUOTE_WORD.findall(text, pieces[lo][0], pieces[hi][1]))
    while words < target and (lo > 0 or hi + 1 < len(pieces)):
        left = len(QUOTE_WORD.findall(text, *pieces[lo - 1])) if lo > 0 else None
        right = len(QUOTE_WORD.findall(text, *pieces[hi + 1])) if hi + 1 < len(pieces) else None
        if right is None or (left is not None and left <= right):
            lo, words = lo - 1, words + (left or 0)
        else:
            hi, words = hi + 1, words + right
    return _trimmed_clause(text, pieces[lo][0], pieces[hi][1])


def _trimmed_clause(text: str, start: int, end: int) -> Span:
    """Without the comma or dash a cut leaves at the end."""
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:-—–"):
        end -= 1
    return start, end


def find_quotations(text: str) -> list[Span]:
    """Direct quotations, curly or straight, each from its opening to its closing mark (marks included).

    A quotation left open at a paragraph's end carries on only if the next paragraph reopens it.
    """
    spans: list[Span] = []
    open_at: int | None = None
    for m in QUOTE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch[0] == "\n":
            if _stray_break(text, i, m.end()):
                continue
            if open_at is not None and text[m.end():m.end() + 1] not in OPENING_QUOTES + '"':
                open_at = None
            continue
        opening = ch == "“" or (ch == '"' and _opens_straight(text, i))
        if opening and open_at is None:
            open_at = i
        elif not opening and open_at is not None:
            spans.append((open_at, i + 1))
            open_at = None
    if "‘" in text:  # British style: ‘...,’ he said
        double = SpanSet(spans)
        spans = sorted(spans + [q for q in _single_quotations(text) if not double.meets(*q)])
    return spans


def _single_quotations(text: str) -> list[Span]:
    """Quotations in single curly marks. A ’ closes one only after punctuation or before it ("month,’ he said",
    "‘non-socialist practices’."); inside a word or after a plural ("workers’ wages") it is an apostrophe."""
    spans: list[Span] = []
    open_at: int | None = None
    for m in SINGLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
        if ch[0] == "\n":
            open_at = None
        elif ch == "‘":
            if open_at is None and (i == 0 or not text[i - 1].isalnum()):
                open_at = i
        elif open_at is not None and (text[i - 1] in SINGLE_CLOSE_AFTER or text[i + 1:i + 2] in SINGLE_CLOSE_BEFORE):
            spans.append((open_at, i + 1))
            open_at = None
    return spans


def _opens_straight(text: str, i: int) -> bool:
    """A straight quote opens when it follows space or an opening bracket and precedes a word."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:,") and not after.isspace()


def outside_quotations(start: int, end: int, quotations: list[Span]) -> list[Span]:
    """The parts of ``[start, end)`` that lie outside every quotation."""
    parts, pos = [], start
    for q0, q1 in spans_meeting(quotations, start, end):
        if q0 > pos:
            parts.append((pos, q0))
        pos = max(pos, q1)
    if pos < end:
        parts.append((pos, end))
    return parts


def find_attribution(text: str, start: int, end: int, quotations: list[Span]) -> Attribution | None:
    """The source a sentence is attributed to, looked for outside its quotations; None if it names none."""
    for part_start, part_end in outside_quotations(start, end, quotations):
        found = _attribution_in(text, part_start, part_end)
        if found:
            return found
    return None


def _attribution_in(text: str, start: int, end: int) -> Attribution | None:
    """The first source phrase, else a pronoun or definite person with a verb of saying, else a named reporter."""
    if has_source_hint(text, start, end):
        found = _source_phrase_in(text, start, end)
        if found:
            return found
    if not VERB_HINT.search(text, start, end):
        return None
    m = BACK_REFERENCE.search(text, start, end)
    if m:
        group = "pronoun" if m["pronoun"] else "pronoun2"
        return Attribution(m[group], m.start(group), m.end(group), True)
    for pattern in (REPORTER, STATE_MEDIA, ACCORDING_TO):
        m = pattern.search(text, start, end)
        if m:
            who = m["who"].strip()
            return Attribution(who, m.start("who"), m.start("who") + len(who), False)
    return None


def _source_phrase_in(text: str, start: int, end: int) -> Attribution | None:
    """"a source in X" (located or not), or "the source" (a back reference)."""
    lower = text[start:end].lower()
    for pattern, hints in SOURCE_PATTERNS:
        m = pattern.search(text, start, end) if holds_any(lower, hints) else None
        if m and NOT_A_SOURCE.match(text, m.end("noun")) is None:
            det = m["det"].lower()
            back = det in ("the", "this", "that") and not m["tail"] and not _located_words(m["pre"])
            return Attribution(m.group().rstrip(), m.start(), m.start() + len(m.group().rstrip()), back)
    return None


def has_source_hint(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a word a source phrase needs (SOURCE_HINTS)."""
    return holds_any(text[start:end], SOURCE_HINTS)


class SourceHints:
    """Every occurrence of SOURCE_HINTS' words in one text, to answer ``has_source_hint`` for its many sentences
    with one scan of the text per word instead of one per sentence and word."""

    def __init__(self, text: str) -> None:
        found = sorted((i, i + len(word)) for word in SOURCE_HINTS for i in _occurrences(text, word))
        self._starts = [start for start, _ in found]
        self._ends = [end for _, end in found]

    def holds(self, start: int, end: int) -> bool:
        """``has_source_hint(text, start, end)``: a word that starts at or after ``start`` and ends by ``end``."""
        i = bisect.bisect_left(self._starts, start)
        while i < len(self._starts) and self._starts[i] < end:
            if self._ends[i] <= end:
                return True
            i += 1
        return False


def _occurrences(text: str, word: str) -> list[int]:
    """Where ``word`` starts in ``text``, overlapping occurrences too."""
    found, i = [], text.find(word)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + 1)
    return found


def located_end(text: str, end: int, limit: int) -> int:
    """Where the words that may locate a source ending at ``end`` stop: at its verb of saying when an
    apposition or a relative clause comes first (see SOURCE_EXTENT), else at ``end``."""
    m = SOURCE_EXTENT.match(text, end, limit)
    return m.end() if m else end


def source_phrases(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Every source phrase ("a source in X", "a resident of X ... told", "sources in X") in text order."""
    lower = text[start:end].lower()
    found = [m for pattern, hints in SOURCE_PATTERNS if holds_any(lower, hints)
             for m in pattern.finditer(text, start, end) if NOT_A_SOURCE.match(text, m.end("noun")) is None]
    return sorted(found, key=lambda m: m.start())


def _located_words(pre: str) -> bool:
    """Whether the words before "source" could name a place ("the North Pyongan Province-based source")."""
    return any(w[:1].isupper() for w in pre.split())
