"""Claim assembly: one claim per (statement, time) pair, with its quote, places and source.

Follows ANNOTATION.md: the time must be in the sentence (or in the attribution governing its
quotation); an event time beats the time the source spoke; plans, deadlines, forecasts, baselines
("than last year"), datelines and headlines make no claim, nor does a time that dates something outside
the North (a foreign government's own act or plan, an event abroad: ``elsewhere.py``); places are the provinces named in
the quote plus the location of the source it is attributed to, resolved back to the last located source
for "the source", "he", "she" or "the partner".

The rules are regular expressions over word lists (``tables.py``), each named for the phrase it reads;
no library parses this domain's attribution and date conventions, and a statistical parser would make
the offsets and the reasons for each decision harder to show to the analyst.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date

from claimline.extract.context import (
    dates_an_occasion,
    is_compared_state,
    is_comparison_only,
    is_habitual,
    is_past_state_until,
)
from claimline.extract.elsewhere import CLAUSE_JOIN, FOREIGN_NAME, VERBS, about_elsewhere, dates_elsewhere
from claimline.extract.places import (
    ProvinceGroup,
    codes_in,
    find_province_groups,
    group_codes_in,
    names_ambiguous_place,
)
from claimline.extract.quotes import (
    Attribution,
    SourceHints,
    Span,
    clauses_around,
    find_attribution,
    find_quotations,
    holds_any,
    located_end,
    outside_quotations,
    source_phrases,
    split_sentences,
)
from claimline.extract.spans import places_from, span_at, spans_meeting
from claimline.extract.tables import DATELINE_WORDS, DEADLINE_CUES, FUTURE_CUES
from claimline.extract.times import a_year_later, find_times
from claimline.geo import province_name
from claimline.model import Claim, ClaimPlace, Doubt, PlaceMention, Report, TimeSpan

CLOCK = r"\d{1,2}(?::\d\d){1,2}\s*(?:[AaPp]\.?\s?[Mm]\.?)?|\d{1,2}\s*(?:[ap]\.\s?m\.|[AP]M|[ap]m)"
CLOCK_RE = re.compile(CLOCK)
DEADLINE_WORDS = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(DEADLINE_CUES, key=len, reverse=True))
# "by 9 a.m. on", "before the Day of the Sun on April 15": a deadline, the event it names and its date.
DEADLINE_BEFORE = re.compile(rf"\b(?i:{DEADLINE_WORDS})\s+(?:(?:{CLOCK})\s*)?(?:(?i:on|at)\s+)?[\[(]?\s*$")
NAMED_DAY_HINT = re.compile(r"Day|nniversary|oliday|irthday|Festival|New\s+Year")
NAMED_DAY_DEADLINE = re.compile(
    r"\b(?:by|before|until|till)\s+the\s+(?:(?:[A-Z][\w'’-]*|[a-z]+)\s+){0,5}"
    r"(?:Day|[Aa]nniversary|[Hh]oliday|[Bb]irthday|Festival|New\s+Year)(?:\s+(?:of\s+the\s+)?[A-Z][\w'’-]*){0,3},?\s+(?:on\s+)?$"
)


def _cue(words: str) -> str:
    """A cue as a regex that starts with its first character. A cue must start a word or follow one ("they'll"):
    for a cue that starts with a letter that always holds, and one that starts with a mark ("'ll") checks it with a
    look-behind after the mark, so that every cue starts with a literal and the scan skips to the next one."""
    rest = re.escape(words[1:]).replace(r"\ ", r"\s+")
    first = re.escape(words[0])
    return first + rest if words[0].isalnum() or words[0] == "_" else rf"{first}(?<=\w{first}){rest}"


FUTURE_CUE_WORDS = "|".join(_cue(c) for c in sorted(FUTURE_CUES, key=len, reverse=True))
# A cue of the future in the clause before a time (searched from the clause's last punctuation mark).
PAST_VERB = re.compile(r"\b(?:was|were|had|did)\b")
# (A conditional opening a sentence is capitalised: "If it does not open this winter, ...".)
FUTURE_CUE = re.compile(rf"(?:{FUTURE_CUE_WORDS}|If|Unless)\s(?!have\b)")
# What follows a time can put it in the future too: "the lean season between May and September will be the
# hardest", "this autumn is likely to suffer"; "this year's target" is a plan. ("in May and will rise" is not.)
FUTURE_AFTER = re.compile(
    r"(?:\s+(?!and\b|but\b|or\b)[a-z]+){0,3}\s+(?:will|is\s+likely\s+to|are\s+likely\s+to|is\s+expected\s+to"
    r"|are\s+expected\s+to|is\s+forecast\s+to)\b"
)
PLAN_NOUN_AFTER = re.compile(r"(?<=['’]s)(?:\s+[a-z]+){0,3}?\s+(?:targets?|plans?|quotas?|goals?)\b")
SINCE_INSIDE_TIME = re.compile(r"(?i:since|ever\s+since|starting|beginning)\b")
# What is always so ("the North is prone to flooding during the summer", "supplies tend to be tightest in July"); "usually" and "every year" are not
# cues: "prices usually fall after the harvest, but this year ..." dates this year.
HABITUAL = re.compile(r"\b(?:is|are)\s+prone\s+to\b|\btends?\s+to\b")
SUPERLATIVE_BEFORE = re.compile(
    r"\b(?:worst|best|highest|lowest|largest|biggest|smallest|most|least|longest|shortest|heaviest|strongest"
    r"|deadliest|greatest|cheapest|dearest)\b[^,.;“”\"]{0,30}$"
)
DEADLINE_INSIDE = re.compile(r"^(?i:by|until|till|to)\b")
# "told Daily NK on ...", a document "seen by Reuters on Monday", "in a phone call with Daily NK on June 21":
# the time a report was made. But "continued to violate sanctions in 2019" continues an act, and "what it
# claimed was a missile in January" names one: neither verb dates speech there.
REPORT_TIME_BEFORE = re.compile(
    rf"\b(?:{VERBS}|seen\s+by|obtained\s+by|[Aa]ccording\s+to"
    r"|(?:(?:tele)?phone\s+(?:call|conversation)|interview|conversation)\s+with)"
    r"\b(?<!continued)(?!\s+(?:was|were|is|are|to\s+be|to\s+have)\b)(?:(?!\bthat\b)[^,;“”\"])*$"
)
# "On March 7, a source in Hyesan told Daily NK that ...": a leading time dates what the source said.
REPORT_TIME_AFTER = re.compile(
    r"\s*,\s*(?:(?i:an?|the|one|another|our)\s+[^,.;“”\"]{0,60}?\b(?:sources?|(?:reporting\s+)?partners?|residents?"
    r"|informants?|correspondents?)\b"
    rf"|[Hh]e\b|[Ss]he\b)[^.;“”\"]{{0,80}}?\b(?:{VERBS})\b"
    # "On Thursday, the Rodong Sinmun carried a statement ...": state media publishing is a report too
    r"|\s*,\s*(?:North\s+Korea['’]s\s+)?(?:the\s+)?(?:state\s+media|KCNA|Korean\s+Central\s+(?:News\s+Agency|TV|Television)"
    r"|Rodong\s+Sinmun|Minju\s+Joson)\b[^.;“”\"]{0,40}?\b(?:carried|published|aired|broadcast|ran)\b"
)
THAT_AFTER = re.compile(r"\s*,?\s*that\b")
SPEAKERS_DAY = re.compile(r"(?i:yesterday|today|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|days?\s+ago)\b")
COORDINATED = re.compile(r"\s*,?\s*(?:and|or)\b")
COORDINATED_GAP = re.compile(r"\s*,?\s*(?:(?:and|or)\s+)?")
REPORT_VERB_AFTER = re.compile(rf"\s+(?:{VERBS})\s+(?:that\b|[\"“]|on\b)")
YEAR_WRITTEN = re.compile(r"\b(?:19|20)\d\d\b|['’]\d\d\b")
# "at 7:39 a.m. local time on Friday (2239 GMT Thursday)": the same moment in another time zone
ZONE_GLOSS_BEFORE = re.compile(r"\(\s*\d{1,4}(?::\d\d)?\s*(?:GMT|UTC)\s*$")
PRONOUN_WORDS = frozenset({"he", "she", "they", "him", "her", "them"})
# The mark that opens a turn of an interview: a question ("Q:", "Question:") or an answer ("A:", "Answer:").
INTERVIEW_MARK = re.compile(
    r"^[ \t]*(?:\*\*)?(?:Q|Question|(?P<answer>A|Answer))[ \t]*(?:[:：)]|\.(?=[ \t]))(?:\*\*)?[ \t]*", re.MULTILINE
)
# A break between two statements that may each be about a place of their own (", while officials in Pyongyang
# said nothing"); ", but" and a bare "while" mostly carry on the same statement ("..., but residents were made
# to send timber to Sinuiju" is about both places).
CONTRAST = re.compile(r",\s+(?:while|whereas)\b|;\s+")
STARTING = re.compile(r"(?i:beginning|starting)\b")
UPCOMING_DAYS = 45  # a yearless date this close after publication is an upcoming one, not last year's
WORD_RE = re.compile(r"[^\W\d_]+")
# "since" opening the clause that ends at a time: "since the closure of the border in late January"
SINCE_BEFORE = re.compile(r"\b[Ss]ince\b[^,.;:“”\"]{0,80}$")
PERFECT = re.compile(r"\b(?:has|have|had)\b|['’]s\s+been\b")
PREPOSITION_FIRST = re.compile(r"(?i:in|on|since|during|from|until|till|through|throughout|by|before|after|of|at)\b")
DATELINE_MARKER = re.compile(r"(?i:published|updated|posted|date|modified)\b|입력|수정")
WIRE_CITY = re.compile(r"[A-Z][A-Z .'-]{1,30}(?:,\s*[A-Z][\w .'-]{1,30})?,\s*$")
WIRE_CITY_MAX_CHARS = 72  # the longest line start WIRE_CITY can match
WIRE_AGENCY = re.compile(r"\s*\([^)]{1,30}\)\s*(?:--|—|–|-)")
LAST_PLACE_REACH = 600  # characters back to the city "a source in the city" means
LOCAL = re.compile(r"\blocal\b", re.IGNORECASE)
GENERIC_PLACE = re.compile(
    r"\b(?:the|this|that)\s+(?:city|area|region|county|province|town|village|district|border|provincial\s+capital)\b"
    r"|\bthere\b"
)
CREDIT_END = re.compile(
    r"(?:\s*[/|])?\s*(?:\b(?:Image|Photo|Photograph|Picture|Source)s?(?:\s+(?:by|courtesy\s+of))?\s*:.*"
    r"|\((?:ASIAPRESS|AFP|Yonhap|Reuters|KCNA|AP|Daily NK)[^)]*\)\.?\s*)$"
)
CREDIT_HINTS = ("Image", "Photo", "Picture", "Source", "ASIAPRESS", "AFP", "Yonhap", "Reuters", "KCNA", "AP)", "Daily NK)")
CREDIT_START = re.compile(r"^\s*[(\[](?:Photo|Image)[)\]]\s*")
# What marks a line as a photo caption even without a credit: a mark, or a sentence about when it was taken.
CAPTION_CUE = re.compile(
    r"^\s*[(\[](?:Photo|Image)[)\]]|(?:^|[.!?]\s+|[(\[])(?:Photographed|Taken|Filmed|Shot)\s+(?:in|on|from|by|at)\b"
    r"|\b(?:in\s+this|in\s+a|file)\s+(?:[\w-]+\s+){0,3}?photo(?:graph)?\b|\bphoto(?:graph)?\s+taken\b"
)
# The words CAPTION_CUE cannot match without ("Photographed" holds "Photo"): a cheap test first.
CAPTION_HINTS = ("Photo", "Image", "Taken", "Filmed", "Shot", "photo")
BLANK_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")
BLANK_AFTER = re.compile(r"[ \t]*\n[ \t]*\n")
LINE_END_PUNCT = ".!?…”\"’')]:"
RESTATING_PRECISIONS = ("week", "month", "season", "year")
FUTURE_REACH = 110  # characters back from a time to a cue that puts it in the future, within one clause
RESTATE_GAP = 30  # characters between a time and a coarser one that merely repeats it
DATELINE_MAX_WORDS = 4
DATELINE_MAX_CHARS = 120
DATELINE_MAX_TOKENS = 14  # a dateline's date, clock time and few words never come to more
BYLINE_MAX_WORDS = 8  # a byline beside the date: a few names
NAME_TOKEN = re.compile(r"[^\W\d_][\w'’-]*")  # "Ji-won" is one name
CAPTION_MAX_CHARS = 400


@dataclass
class _Sources:
    """Where each source phrase sits and the provinces it names, for "the source", "he" and "she"."""

    phrases: list[tuple[int, tuple[str, ...]]] = field(default_factory=list)
    groups: list[ProvinceGroup] = field(default_factory=list)  # "North and South Pyongan provinces"

    turns: list[tuple[int, int, bool]] = field(default_factory=list)  # interview marks: start, end, is answer

    def turn_at(self, offset: int) -> tuple[int, int, bool] | None:
        """The interview mark ("Q:", "A:") of the turn that ``offset`` lies in, if the report is an interview."""
        i = bisect.bisect_right(self.turns, (offset, float("inf"))) - 1
        return self.turns[i] if i >= 0 else None

    def introduced_before(self, offset: int) -> bool:
        """Whether a source phrase comes before ``offset``: a pronoun there has someone to stand for."""
        return bisect.bisect_left(self.phrases, (offset,)) > 0

    def at(self, offset: int) -> tuple[str, ...]:
        """Codes of the located source most recently introduced before ``offset``."""
        i = bisect.bisect_left(self.phrases, (offset,)) - 1
        return self.phrases[i][1] if i >= 0 else ()


def find_claims(report: Report, places: list[PlaceMention]) -> list[Claim]:
    """The dated claims in a report, in text order."""
    text = report.text
    anchor = report.published.anchor if report.published else None
    precision = report.published.precision if report.published else "day"
    # Unresolved times (no published date, no year) still make claims, flagged by ``when.resolved``,
    # so the analyst sees them under "needs a date" instead of losing them.
    times = find_times(text, anchor, anchor_precision=precision)
    if not times:
        return []
    sentences = split_sentences(text)
    quotations = find_quotations(text)
    sources = _track_sources(text, sentences, quotations, places)
    sources.groups = find_province_groups(text)
    sources.turns = _interview_turns(text)
    headline_end = _headline_end(text, report.title)
    starts = [s for s, _ in sentences]
    by_sentence: dict[int, list[TimeSpan]] = {}
    for t in times:
        if (t.offset < headline_end or _is_dateline(text, t, times) or _is_wire_dateline(text, t)
                or ZONE_GLOSS_BEFORE.search(text, max(0, t.offset - 20), t.offset)
                or (anchor and _ahead(t, anchor, precision))):
            continue
        i = bisect.bisect_right(starts, t.offset) - 1
        if i >= 0 and t.offset < sentences[i][1]:
            by_sentence.setdefault(i, []).append(t)
    claims: list[Claim] = []
    for i, found in by_sentence.items():
        sentence = sentences[i]
        turn = sources.turn_at(sentence[0])
        if about_elsewhere(text, sentence, places) or (turn is not None and not turn[2]):
            continue  # (an interviewer's question states nothing)
        here = found
        if FOREIGN_NAME.search(text, *sentence):  # the four tests all need a name from outside the North
            here = [t for t in found if not dates_elsewhere(text, sentence, t, places)]
        found = [_open_since(text, sentence, t, found, anchor) for t in here]
        kept = _statement_times(text, sentence, found, quotations, anchor)
        if text[sentence[1] - 1] == ":" and i + 1 in by_sentence and all(
                _is_report_time(text, sentence, t, quotations) for t in kept):
            continue  # "A partner, who spoke with ASIAPRESS in mid-February, said:" before a dated quotation
        if kept:  # (the sentence's attribution is the same for each of its claims)
            attribution = find_attribution(text, sentence[0], sentence[1], quotations)
            claims += [_claim(report, sentence, t, places, quotations, sentences, sources, attribution) for t in kept]
    return _once(text, claims)


def _once(text: str, claims: list[Claim]) -> list[Claim]:
    """Without repeats: a caption printed twice in a row (under the photo, then again with its credit) is one
    claim. Only a repeat with nothing but white space before it counts: a report may say the same twice."""
    kept: list[Claim] = []
    for c in claims:
        last = kept[-1] if kept else None
        if (last is not None and (c.when.start, c.when.end) == (last.when.start, last.when.end)
                and " ".join(c.quote.split()) == " ".join(last.quote.split()) and not text[last.end:c.start].strip()):
            continue
        kept.append(c)
    return kept




def _ahead(time: TimeSpan, anchor: date, precision: str) -> bool:
    """A time still to come at publication: it starts after it, runs into a later year ("from 2024 to 2033"),
    or is a day-month without a year that falls in the coming weeks ("a performance on Feb. 4" in a report
    of February 1), which the resolution rule would otherwise push back a whole year."""
    if not time.resolved:
        return False
    if time.start > anchor or time.end.year > anchor.year:
        return True
    if STARTING.match(time.text) and not YEAR_WRITTEN.search(time.text):
        # "workers will be mobilized beginning in May" in April: May of this year, not last year's
        upcoming = a_year_later(time.start)
        return upcoming is not None and 0 < (upcoming - anchor).days <= UPCOMING_DAYS
    if precision != "day" or time.precision != "day" or YEAR_WRITTEN.search(time.text):
        return False
    upcoming = a_year_later(time.start)
    return upcoming is not None and 0 < (upcoming - anchor).days <= UPCOMING_DAYS


def _headline_end(text: str, title: str) -> int:
    """End of the first line when it repeats the headline: a headline is not a dated statement."""
    first = text.split("\n", 1)[0]
    norm = " ".join(first.split()).lower()
    return len(first) if title and norm == " ".join(title.split()).lower() else 0


def _short_line(text: str, offset: int, longest: int) -> Span | None:
    """The line around ``offset`` if it is at most ``longest`` characters, else None.

    Looked for no further than ``longest`` each way, so a page that is one long line costs no more per time."""
    reach = max(0, offset - longest - 1)
    start = text.rfind("\n", reach, offset) + 1
    if start == 0 and reach > 0:
        return None
    end = text.find("\n", offset, offset + longest + 1)
    if end < 0:
        if offset + longest + 1 < len(text):
            return None
        end = len(text)
    return (start, end) if end - start <= longest else None


def _is_dateline(text: str, time: TimeSpan, times: list[TimeSpan]) -> bool:
    """A line that is only a date, a clock time and a few words ("Published Aug 25, 2022 10:47 am")."""
    line_span = _short_line(text, time.offset, DATELINE_MAX_CHARS)
    if line_span is None:
        return False
    start, end = line_span
    line = text[start:end]
    if len(line.split()) > DATELINE_MAX_TOKENS:
        return False
    if PREPOSITION_FIRST.match(time.text) and not DATELINE_MARKER.search(line):
        return False  # "Rice harvest in Sariwon in October." is a short statement, not a dateline
    first = bisect.bisect_left(times, start, key=lambda t: t.offset)
    for t in times[first:bisect.bisect_left(times, end, first, key=lambda t: t.offset)]:
        if t.offset_end <= end:
            line = line.replace(t.text, " ")
    words = [w for w in WORD_RE.findall(CLOCK_RE.sub(" ", line)) if w.lower() not in DATELINE_WORDS]
    if len(words) > DATELINE_MAX_WORDS and not _byline(NAME_TOKEN.findall(CLOCK_RE.sub(" ", line))):
        return False
    before = text[max(0, start - 8):start].rstrip(" \t")
    return not before or before.endswith("\n") or before[-1] in LINE_END_PUNCT


def _byline(words: list[str]) -> bool:
    """"2024.11.21 KANG Ji-won / ISHIMARU Jiro": names only, a surname in capitals, beside the date."""
    return (len(words) <= BYLINE_MAX_WORDS and all(w[0].isupper() for w in words)
            and any(w.isupper() and len(w) >= 3 for w in words))




def _open_since(text: str, sentence: Span, time: TimeSpan, others: list[TimeSpan], anchor: date | None) -> TimeSpan:
    """"Since the closure of the border in late January, smuggling has stopped": from that time to publication."""
    if anchor is None or not time.resolved or time.text.lower().startswith("since"):
        return time
    lead = SINCE_BEFORE.search(text, max(sentence[0], time.offset - 90), time.offset)
    if lead is None or time.start > anchor or _is_deadline(text, sentence, time, anchor):
        return time
    if any(lead.start() < t.offset < time.offset for t in others):
        return time  # "since 2018 and was scheduled to open in October 2019": that "since" has its own time
    before = text[sentence[0]:lead.start()].rstrip(" “\"")
    clause = before[max(before.rfind(","), before.rfind(";")) + 1:]
    # "Since X, ..." or "... has been reinforced since X" run to now; "the first tour since X" (", the first
    # since X" after a perfect clause too) dates X itself
    if before and not before.endswith(",") and not PERFECT.search(clause):
        return time
    return TimeSpan(text[lead.start():time.offset_end], time.start, anchor, "range", lead.start(), "", time.basis)












def _statement_times(text: str, sentence: Span, found: list[TimeSpan], quotations: list[Span],
                     anchor: date | None) -> list[TimeSpan]:
    """The times a sentence's statement is dated by: no plans, event time over report time, no repeats."""
    times, planned = [], None
    for t in found:
        # "due in late September and October": a time joined to a planned one is planned too
        joined = planned is not None and _coordinated(text[planned.offset_end:t.offset], t)
        if joined or _is_deadline(text, sentence, t, anchor):
            planned = t
        else:
            times.append(t)
    # A report time in a later clause that reports something of its own ("Kim visited on December 31st, and state
    # media reported last month that it had opened") is a second statement; any other report time gives way to an
    # event time in the sentence.
    own = [t for t in times if _reports_own_statement(text, sentence, t, quotations)]
    rest = [t for t in times if t not in own]
    event = [t for t in rest if not _is_report_time(text, sentence, t, quotations)]
    spoken = [t for t in rest if t not in event and t.resolved and t.precision == "day"]
    if anchor is not None and spoken:
        event = [_said_on(t, spoken[0], anchor) for t in event]
    times = sorted((event or rest) + own, key=lambda t: t.offset)
    kept: list[TimeSpan] = []
    for t in times:
        repeated = any((u.start, u.end) == (t.start, t.end) for u in kept)
        if not repeated and not any(_restates(t, u) for u in times if not _names_other_occasion(text, sentence, t, u)):
            kept.append(t)
    return kept


def _names_other_occasion(text: str, sentence: Span, coarse: TimeSpan, fine: TimeSpan) -> bool:
    """"earlier this month ... to mark the anniversary on Sept. 9": the day dates the occasion, so the vague
    time keeps its own claim instead of giving way to it."""
    return coarse.text.lower().startswith("earlier") and dates_an_occasion(text, sentence, fine)


def _coordinated(gap: str, time: TimeSpan) -> bool:
    """Whether a time is joined to the one before it by "and"/"or" alone ("late September and October"), with
    no words between them that start a clause of their own (", and the agency said on May 15")."""
    return bool(COORDINATED_GAP.fullmatch(gap)) and bool(COORDINATED.match(gap + time.text))


def _reports_own_statement(text: str, sentence: Span, time: TimeSpan, quotations: list[Span]) -> bool:
    """"..., and state media reported last month that it had opened": a report time after a clause break, outside
    any quotation, followed by what was reported."""
    if THAT_AFTER.match(text, time.offset_end) is None:
        return False
    joins = [m for m in CLAUSE_JOIN.finditer(text, sentence[0], time.offset)
             if not _in_quotation(quotations, m.start())]
    return bool(joins) and _is_report_time(text, sentence, time, quotations)


def _said_on(time: TimeSpan, spoken: TimeSpan, anchor: date) -> TimeSpan:
    """"told Daily NK on the 10th, “rice went for 1,850 won this morning”": a day counted from the
    speaker's today is counted from the day they spoke, not from publication."""
    if not time.resolved or not SPEAKERS_DAY.search(time.text):
        return time
    shift = spoken.start - anchor
    return replace(time, start=time.start + shift, end=time.end + shift)


def _restates(coarse: TimeSpan, fine: TimeSpan) -> bool:
    """"the December 1 training this month", "Last year, in October 2016": the coarse time only repeats the fine one.
    "Earlier this year, ... in February, before ... in March": a vague "earlier" gives way to the months anywhere."""
    vague = coarse.text.lower().startswith("earlier")
    if coarse is fine or not (coarse.precision in RESTATING_PRECISIONS or vague) or not (coarse.resolved and fine.resolved):
        return False
    inside = fine.start >= coarse.start and fine.end <= coarse.end and (fine.start, fine.end) != (coarse.start, coarse.end)
    gap = max(fine.offset - coarse.offset_end, coarse.offset - fine.offset_end)
    return inside and (vague or gap <= RESTATE_GAP)


def _is_deadline(text: str, sentence: Span, time: TimeSpan, anchor: date | None) -> bool:
    """"scheduled for May 23", "will begin on April 20", "by 9 a.m. [today, May 6]": a plan, not a statement;
    "more than last year", "the worst since 2010", "just like last year": a baseline; "usually in May": a habit;
    "30% up compared to the end of April" and
    "stayed shut until last Tuesday" are statements of their own."""
    if is_comparison_only(text, sentence, time) or is_habitual(text, sentence, time):
        return True
    if is_compared_state(text, sentence, time):
        return False
    lasted = is_past_state_until(text, sentence, time)
    if DEADLINE_INSIDE.match(time.text) and not lasted:
        return True
    before = text[max(sentence[0], time.offset - 60):time.offset]
    since = SINCE_INSIDE_TIME.match(time.text) is not None  # "until 2 PM since the start of June": no deadline
    if not since and not lasted and DEADLINE_BEFORE.search(before, max(0, len(before) - 40)):  # a cue, a clock and "on" fit in 40
        return True
    if NAMED_DAY_HINT.search(before) and NAMED_DAY_DEADLINE.search(before):
        return True
    if time.text.startswith("since") and SUPERLATIVE_BEFORE.search(before):
        return True  # "the worst since 2010": a baseline for comparison, like "than last year"
    clause = text[max(sentence[0], time.offset - FUTURE_REACH):time.offset]
    if ("prone" in clause or "tend" in clause) and HABITUAL.search(clause):
        return True  # "the North is prone to flooding during the summer": what happens every year
    ongoing = anchor is not None and time.resolved and time.end >= anchor  # a period not over at publication
    if ongoing and (FUTURE_AFTER.match(text, time.offset_end, sentence[1])
                    or PLAN_NOUN_AFTER.match(text, time.offset_end, sentence[1])):
        return True  # "the harvest this autumn is likely to suffer", "this year's grain production target"
    start = max(sentence[0], time.offset - FUTURE_REACH)
    end = time.offset
    start = 1 + max(start - 1, text.rfind(",", start, end), text.rfind(";", start, end), text.rfind(".", start, end),
                    text.rfind("“", start, end), text.rfind("”", start, end), text.rfind('"', start, end))
    cue = FUTURE_CUE.search(text, start, time.offset)
    # "hoping things will go back to how they were in 2019": a past verb after the cue dates the past
    return cue is not None and not PAST_VERB.search(text, cue.end(), time.offset)


def _is_report_time(text: str, sentence: Span, time: TimeSpan, quotations: list[Span]) -> bool:
    """"told Daily NK on December 13": the time the source spoke, not the time of the event."""
    if _in_quotation(quotations, time.offset, strict=True):
        return False
    if _is_wire_dateline(text, time):
        return True
    before = text[max(sentence[0], time.offset - 80):time.offset]
    if REPORT_TIME_BEFORE.search(before):
        return True
    if REPORT_VERB_AFTER.match(text, time.offset_end, sentence[1]):
        return True  # "state media on Monday reported that ..."
    leading = not text[sentence[0]:time.offset].strip()
    return leading and bool(REPORT_TIME_AFTER.match(text, time.offset_end, sentence[1]))


def _is_wire_dateline(text: str, time: TimeSpan) -> bool:
    """"SEOUL, Sept. 12 (Yonhap) --": the day the agency filed, not the day of the event."""
    reach = max(0, time.offset - WIRE_CITY_MAX_CHARS)
    line_start = text.rfind("\n", reach, time.offset) + 1
    if line_start == 0 and reach > 0:
        return False  # no city and comma alone fill that much of a line
    return bool(WIRE_CITY.match(text, line_start, time.offset) and WIRE_AGENCY.match(text, time.offset_end))


def _track_sources(text: str, sentences: list[Span], quotations: list[Span], places: list[PlaceMention]) -> _Sources:
    """Every source phrase outside quotations with the provinces it names; unlocated new sources reset."""
    sources = _Sources()
    hints = SourceHints(text)
    for start, end in sentences:
        if not hints.holds(start, end):
            continue
        for part in outside_quotations(start, end, quotations):
            for m in source_phrases(text, *part):
                det = m["det"].lower()
                codes = codes_in(places, m.start(), located_end(text, m.end(), part[1]))
                if not codes and (m["tail"] and GENERIC_PLACE.search(m["tail"]) or LOCAL.search(m["pre"])):
                    # "a source in the city", "a local source": the place named last before it in the sentence,
                    # else the sentence's first, else the last one named before the sentence
                    codes = (_last_code_before(places, m.start(), start) or codes_in(places, start, end)[:1]
                             or _last_code_before(places, start))
                if codes or det not in ("the", "this", "that"):
                    sources.phrases.append((m.start(), codes))
    return sources


def _interview_turns(text: str) -> list[tuple[int, int, bool]]:
    """The "Q:" and "A:" marks that open the turns of an interview, when the report has both kinds."""
    if "Q" not in text:
        return []
    marks = [(m.start(), m.end(), m["answer"] is not None) for m in INTERVIEW_MARK.finditer(text)]
    return marks if len({answer for _, _, answer in marks}) == 2 else []


def _last_code_before(places: list[PlaceMention], offset: int, floor: int | None = None) -> tuple[str, ...]:
    """The province of the place named last before ``offset``, after ``floor`` (by default within a paragraph
    or two)."""
    before = places_from(places, offset - LAST_PLACE_REACH if floor is None else floor, offset)
    return (before[-1].code,) if before else ()




def _with_announced_quote(text: str, sentence: Span, sentences: list[Span]) -> Span:
    """"On August 29, a partner said:" announces the quotation after it: the quote takes its first sentence."""
    if not text[sentence[0]:sentence[1]].endswith(":"):
        return sentence
    i = bisect.bisect_right(sentences, sentence)
    return (sentence[0], sentences[i][1]) if i < len(sentences) else sentence


def _quote_span(text: str, sentence: Span, time: TimeSpan) -> Span:
    """The sentence, or for a photo caption the whole caption, however many sentences, without its mark
    ("(Photo)") and its credit ("(ASIAPRESS).", "Image: Daily NK") unless the credit holds the time."""
    line_span = _short_line(text, time.offset, CAPTION_MAX_CHARS)
    if line_span is None:
        return sentence
    start, end = line_span
    line = text[start:end]
    credit = CREDIT_END.search(line) if holds_any(line, CREDIT_HINTS) else None
    if credit is not None and credit.start() < time.offset_end - start:
        credit = None  # "| Image: KCNA (April 16, 2023)": the credit dates the caption
    if credit is None and not (_caption_cue(line) and _whole_paragraph(text, start, end)):
        return sentence  # (a hard-wrapped line that mentions a photo is no caption)
    lead = CREDIT_START.match(line)
    cap_start = start + (lead.end() if lead else 0)
    cap_end = start + len(line[: credit.start() if credit else len(line)].rstrip())
    return (cap_start, cap_end) if cap_start <= time.offset < cap_end else sentence


def _caption_cue(line: str) -> bool:
    """Whether a line says it is a photo caption (CAPTION_CUE), looked for only when it holds a word the cue needs."""
    return holds_any(line, CAPTION_HINTS) and CAPTION_CUE.search(line) is not None


def _whole_paragraph(text: str, start: int, end: int) -> bool:
    """Whether the line ``[start, end)`` is a paragraph of its own: a blank line or the text's edge each side."""
    before = start == 0 or not text[:start].strip() or BLANK_BEFORE.search(text, max(0, start - 8), start)
    after = end == len(text) or not text[end:].strip() or BLANK_AFTER.match(text, end)
    return bool(before and after)


def _own_quotation(text: str, quote: Span, time: TimeSpan, quotations: list[Span]) -> Span:
    """In a sentence of an attribution and two quotations ("“Rice rose in May,” he said, “and nobody buys it.”"),
    the quotation that holds the time, without its marks; any other quote as it is."""
    inside = spans_meeting(quotations, *quote)
    own = span_at(quotations, time.offset - 1)
    if len(inside) < 2 or own is None or not own[0] < time.offset < own[1] or own not in inside:
        return quote
    start, end = max(own[0] + 1, quote[0]), min(own[1] - 1, quote[1])
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:—–-"):
        end -= 1
    return (start, end) if start < time.offset and time.offset_end <= end else quote


def _claim(report: Report, sentence: Span, time: TimeSpan, places: list[PlaceMention], quotations: list[Span],
           sentences: list[Span], sources: _Sources, attribution: Attribution | None) -> Claim:
    """One claim: its quote span, its time, the provinces named in the quote plus its source's; ``attribution``
    is the sentence's own (``find_attribution``)."""
    text = report.text
    start, end = _quote_span(text, _with_announced_quote(text, sentence, sentences), time)
    start, end = _own_quotation(text, (start, end), time, quotations)
    start, end = clauses_around(text, (start, end), (time.offset, time.offset_end))
    governed = attribution is None
    if governed:
        attribution = _governing_attribution(text, time.offset, quotations, sentences)
    turn = sources.turn_at(start)
    answer = turn is not None and turn[2] and attribution is None
    if turn is not None and start == turn[0]:
        start = turn[1]  # "A: The bridge closed in 2016.": the quote without the interview's mark
    named = _own_codes(text, (start, end), time, quotations, places, sources.groups)
    located = _located_codes(text, attribution, places)
    if located and not governed:
        named = tuple(dict.fromkeys(named + located))
    if answer:  # an interview's answer speaks for the interviewee introduced before it
        inferred = sources.at(turn[0])
    else:
        inferred = (located if governed else ()) if located else _source_codes(attribution, places, sources)
    claim_places = tuple(ClaimPlace(c, province_name(c)) for c in named) + tuple(
        ClaimPlace(c, province_name(c), inferred=True) for c in inferred if c not in named)
    reasons = _reasons(text, (start, end), attribution, answer and any(p.inferred for p in claim_places), sources)
    return Claim(report.path, text[start:end], start, end, time, claim_places,
                 attribution.text if attribution else "", uncertain=reasons)


def _reasons(text: str, quote: Span, attribution: Attribution | None, from_interview: bool,
             sources: _Sources) -> tuple[str, ...]:
    """The doubts only the rules know: a place from an interviewee, a pronoun that stands for no source named
    before it, an ambiguous place name."""
    reasons = [Doubt.INTERVIEW_PLACE] if from_interview else []
    if (attribution is not None and attribution.back_reference and attribution.text.lower() in PRONOUN_WORDS
            and not sources.introduced_before(attribution.start)):
        reasons.append(Doubt.PRONOUN_UNRESOLVED)
    if names_ambiguous_place(text, *quote):
        reasons.append(Doubt.AMBIGUOUS_PLACE)
    return tuple(reasons)


def _codes_in_scope(places: list[PlaceMention], groups: list[ProvinceGroup], scope: Span) -> tuple[str, ...]:
    """Provinces named in the scope: its place mentions, then those of its several-province phrases."""
    return tuple(dict.fromkeys(codes_in(places, *scope) + group_codes_in(groups, *scope)))


def _own_codes(text: str, quote: Span, time: TimeSpan, quotations: list[Span], places: list[PlaceMention],
               groups: list[ProvinceGroup]) -> tuple[str, ...]:
    """The provinces a claim's own words name: those of the quotation that holds its time, else of the clause
    that holds it when that clause names one ("Prices rose in June in Chongjin, while officials in Pyongyang
    said nothing": Chongjin only), else of the whole quote."""
    own = span_at(quotations, time.offset - 1)
    if own is not None and own[0] < time.offset < own[1]:
        codes = _codes_in_scope(places, groups, (max(quote[0], own[0]), min(quote[1], own[1])))
        return codes or _codes_in_scope(places, groups, quote)
    cuts = [quote[0], *(m.end() for m in CONTRAST.finditer(text, quote[0], quote[1])), quote[1]]
    if len(cuts) > 2:
        i = min(max(bisect.bisect_right(cuts, time.offset) - 1, 0), len(cuts) - 2)
        codes = _codes_in_scope(places, groups, (cuts[i], cuts[i + 1]))
        if codes:
            return codes
    return _codes_in_scope(places, groups, quote)


def _located_codes(text: str, attribution: Attribution | None, places: list[PlaceMention]) -> tuple[str, ...]:
    """The provinces an attribution names itself, up to its verb of saying ("the source, who lives in Pyongsong,
    said")."""
    if attribution is None:
        return ()
    return codes_in(places, attribution.start, located_end(text, attribution.end, attribution.end + 200))


def _source_codes(attribution: Attribution | None, places: list[PlaceMention], sources: _Sources) -> tuple[str, ...]:
    """Where an attribution that names no place puts its source: where the source it refers back to was."""
    if attribution is None:
        return ()
    if attribution.back_reference:
        return sources.at(attribution.start)
    if GENERIC_PLACE.search(attribution.text) or LOCAL.search(attribution.text):
        return sources.at(attribution.end)  # "a source in the city": the city it was resolved to
    return ()


def _governing_attribution(text: str, offset: int, quotations: list[Span],
                           sentences: list[Span]) -> Attribution | None:
    """For a sentence inside a quotation that spans several sentences, the attribution of that quotation.

    Looked for in the sentences the quotation covers, then in the sentence just before it (a quotation
    that carries on from "..., the source said.").
    """
    quote = span_at(quotations, offset - 1)
    if quote is None or not quote[0] < offset < quote[1]:
        return None
    # the sentences that end after the quotation opens and start no later than it closes
    first = bisect.bisect_right(sentences, quote[0], key=lambda s: s[1])
    last = bisect.bisect_right(sentences, quote[1], first, key=lambda s: s[0])
    covered = list(range(first, last))
    if not covered:
        return None
    for i in [*covered, covered[0] - 1]:
        announces = 0 <= i < len(sentences) and text[sentences[i][1] - 1] == ":"  # "..., said:" then a paragraph
        if 0 <= i < len(sentences) and (announces or not _paragraph_between(text, sentences[i], quote)):
            found = find_attribution(text, sentences[i][0], sentences[i][1], quotations)
            if found:
                return found
    return None


def _in_quotation(quotations: list[Span], offset: int, *, strict: bool = False) -> bool:
    """Whether ``offset`` lies inside a quotation (after its opening mark when ``strict``)."""
    quote = span_at(quotations, offset - 1 if strict else offset)
    return quote is not None and (quote[0] < offset if strict else quote[0] <= offset) and offset < quote[1]


def _paragraph_between(text: str, sentence: Span, quote: Span) -> bool:
    """Whether a blank line separates a sentence before a quotation from it."""
    return sentence[1] <= quote[0] and "\n\n" in text[sentence[1]:quote[0]]
