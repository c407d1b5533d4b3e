"""Times that date something outside the North: what a foreign government, agency or leader did or announced
of its own, an event abroad, a foreign party's offer or decision (ANNOTATION.md "Claims": a claim is about what
happened in North Korea or on its border).

Each test reads the words around one time in one sentence. What foreign actors report about the North (the
NIS on food shortages, a tremor the U.S. Geological Survey recorded) stays a claim, and so does anything on the
border (defecting across it, a warship sinking near the sea border). Qt-free.
"""

from __future__ import annotations

import re

from claimline.extract.places import codes_in
from claimline.extract.quotes import Span
from claimline.extract.spans import places_from
from claimline.extract.tables import REPORTING_VERBS
from claimline.model import PlaceMention, TimeSpan

VERBS = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(REPORTING_VERBS, key=len, reverse=True))
REPORTING_VERB = re.compile(rf"\b(?:{VERBS})\b")
# Where a new clause, with a subject of its own, begins: "..., and the Unification Ministry proposed talks on Tuesday".
CLAUSE_JOIN = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+")
# Leaders outside the North, by name, with or without their title ("President Yoon Suk Yeol convened ...").
FOREIGN_LEADER = (
    r"(?:(?:South\s+Korean\s+|U\.S\.\s+|US\s+|Chinese\s+|Russian\s+)?President\s+)?"
    r"(?:Yoon\s+Suk[\s-]?[Yy]eol|Moon\s+Jae[\s-]?[Ii]n|Park\s+Geun[\s-]?[Hh]ye|Lee\s+Myung[\s-]?[Bb]ak|Roh\s+Moo[\s-]?[Hh]yun"
    r"|Lee\s+Jae[\s-]?[Mm]yung|Kim\s+Dae[\s-]?[Jj]ung|Donald\s+Trump|Joe\s+Biden|Barack\s+Obama|George\s+W\.\s+Bush"
    r"|Xi\s+Jinping|Vladimir\s+Putin|Shinzo\s+Abe|Fumio\s+Kishida|Trump|Biden|Obama|Putin|Xi)\b"
)

# A sentence or clause led by an actor outside North Korea ("South Korea's government", "Seoul", "the US").
FOREIGN_SUBJECT = re.compile(
    r"(?:(?:In|On|At|Meanwhile|However|Separately|Also|Earlier|Later|Last|This|After|Before|During)\b[^,.;]{0,40},\s+)?"
    r"(?:(?:[A-Z][a-z]+\s+)?(?:[Oo]fficials?|[Aa]uthorities|[Ll]awmakers)\s+(?:in|of|from)\s+)?"
    r"(?:[Ii]n\s+)?(?:[Tt]he\s+|[Aa]n?\s+)?(?:South\s+Korea(?:n|['’]s)?|Seoul(?:['’]s)?|Washington|Beijing"
    r"|Tokyo|US\b|U\.S\.|(?:American|Chinese|Japanese)\b|(?:Unification|Foreign)\s+Ministry|Ministry\s+of\s+Unification"
    r"|National\s+Intelligence\s+Service|NIS\b|UN\b|U\.N\.|United\s+Nations\b|State\s+Department|Treasury\b"
    r"|White\s+House|Pentagon\b"
    r"|IFRC\b|ICRC\b|International\s+(?:Federation|Committee)\s+of\s+(?:the\s+)?Red\s+Cross|WFP\b"
    r"|World\s+Food\s+Program(?:me)?|UNICEF\b|World\s+Health\s+Organization|WHO\b|IAEA\b"
    rf"|Kremlin\b|Russia(?:n|['’]s)?\b|Moscow\b|Ukrain(?:e|ian)(?:['’]s)?\b|{FOREIGN_LEADER})"
)

# A place outside North Korea and its border where an act happened ("in Hanoi", "reaching Seoul", "arrived in the South").
_ABROAD_NAMES = (
    r"Seoul|Busan|Incheon|South\s+Korea|the\s+South(?!\s+[A-Z])|Hanoi|Vietnam|Singapore|Washington|New\s+York|Geneva"
    r"|Tokyo|Japan|Osaka|Moscow|Russia|Vladivostok|Beijing|Shanghai|Bangkok|Thailand|Laos|Cambodia|Mongolia|Ulaanbaatar|Malaysia"
    r"|Kuala\s+Lumpur|Stockholm|Panama|Europe|the\s+United\s+States|the\s+U\.S\."
)

ABROAD_NAME = re.compile(rf"{_ABROAD_NAMES}|China")

# Every name the tests of a time dating something outside the North look for: a cheap first test per sentence.
# (Each alternative starts with a letter, "US" and "UN" with the look-behind after it, so that the scan skips
# from one possible first letter to the next.)
FOREIGN_NAME = re.compile(
    rf"{_ABROAD_NAMES}|China|Chinese|Americ|U(?<!\wU)S\b|U\.S\.|Japan|Unification|Foreign\s+Ministry|NIS\b|Intelligence"
    r"|U(?<!\wU)N\b|U\.N\.|United\s+Nations|State\s+Department|Treasury|White\s+House|Pentagon|IFRC|ICRC|Red\s+Cross|WFP"
    r"|World\s+(?:Food|Health)|UNICEF|WHO\b|IAEA|Kremlin|Russia|Ukrain|Yoon|Moon\s+Jae|Park\s+Geun|Lee\s+(?:Myung|Jae)"
    r"|Roh\s+Moo|Kim\s+Dae|Trump|Biden|Obama|Bush|Xi\b|Putin|Abe\b|Kishida"
)

ABROAD = re.compile(
    # China borders the North: only what happens "in China" is abroad, not fleeing or smuggling to it
    rf"\b(?:(?P<located>in|at)\s+(?:{_ABROAD_NAMES}|China(?!['’]s\s+border))|(?:via|reach(?:ed|es|ing)?|arriv(?:ed|es|ing)\s+in)"
    rf"\s+(?:{_ABROAD_NAMES}))\b"
    # arriving or settling abroad; defecting or fleeing "to the South" is crossing the border, which counts
    rf"|\b(?:came|arrived|returned|resettled)\s+to\s+(?:{_ABROAD_NAMES})\b"
)

WHO_IS_ABROAD = re.compile(
    r"\b(?:defectors?|sources?|residents?|experts?|analysts?|officials?|observers?|diplomats?|researchers?)\s+$",
    re.IGNORECASE,
)

# "South Korea's offer of vaccines made on the 13th": the time dates what a foreign party did.
FOREIGN_THING_BEFORE = re.compile(
    r"\b(?:South\s+Korea|Seoul|Washington|the\s+U\.S\.|America|China|Beijing|Japan|Tokyo|Russia|Moscow)['’]s\s+"
    r"[^,;.“”\"]{0,50}?\b(?:made|announced|proposed|issued|sent|imposed|offered|delivered|adopted|passed|held)"
    r"\s+(?:(?i:on|in|at)\s+)?$"
)

OWN_PLAN_AFTER = re.compile(r"\s*,?\s*(?:that\s+)?(?:it|they|we)\s+(?:will|would|plans?\s+to|are\s+going\s+to)\b")

ABROAD_REACH = 40  # characters between such a place and the time it dates

ABROAD_SLACK = 10  # a place in the North about as close to the time as the place abroad claims it

# "... said Wednesday that the South Korean military would ...": a foreign actor announcing its own plan.
FOREIGN_PLAN_AFTER = re.compile(
    r"\s*,?\s*(?:that\s+)?(?:the\s+)?(?:South\s+Korea(?:n|['’]s)?|Seoul(?:['’]s)?|U\.S\.|US\b|American|Washington"
    r"|Japan(?:ese|['’]s)?|Tokyo|UN\b|U\.N\.|United\s+Nations)[^,.;“”\"]{0,50}?\b(?:will|would|plans?\s+to|is\s+going\s+to)\b"
)

INTELLIGENCE = re.compile(r"National\s+Intelligence\s+Service|NIS\b|[Ss]py\s+agency|[Ii]ntelligence")

# How far after a foreign subject a time still dates that actor's own act ("... said on Monday", "... on Friday imposed").
FOREIGN_ACT_SPAN = 90

# What the actor said is about itself: "... said on Monday that it will", "... said Monday it would".
OWN_ACT_AFTER = re.compile(
    r"\s*,?\s*(?:that\s+)?(?:it|its|they|we|the\s+(?:ministry|government|agency|service|department|military)"
    r"|Seoul|South\s+Korea|Washington)\b"
)

OBSERVED = re.compile(r"\b(?:detected|recorded|observed|spotted|tracked|photographed|registered)\b")

PYONGYANG = "KP-01"  # also the North's government: "informed Pyongyang" names no place an act happened in

OWN_ACT_BETWEEN = re.compile(rf"\b(?:{VERBS})\s+(?:that\s+)?(?:it|they|we)\s+(?:had|has|have|was|were)\b")

# ... is still about the North when it names it ("reported that starvation deaths in North Korea rose").
NORTH_KOREA = re.compile(
    r"North\s+Korea|\bthe\s+North\b|\bN\.\s*Korea|\bDPRK\b|Pyongyang|\bKim\s+Jong|\bNorth['’]s\b"
    # on its border: "sank near the sea border", "the Northern Limit Line", "the DMZ"
    r"|\b(?:sea\s+)?border\b|Northern\s+Limit\s+Line|\bNLL\b|\bDMZ\b|[Dd]emilitari[sz]ed\s+[Zz]one|Panmunjom"
)


def dates_elsewhere(text: str, sentence: Span, time: TimeSpan, places: list[PlaceMention]) -> bool:
    """Whether the time dates something outside the North: what a foreign actor did or announced of its own,
    an act abroad, or a foreign party's offer or decision. Such a time makes no claim (ANNOTATION.md "Claims")."""
    return (_dates_foreign_act(text, sentence, time, places) or _dates_act_abroad(text, sentence, time, places)
            or _dates_foreign_thing(text, sentence, time) or _announces_foreign_plan(text, sentence, time))


def about_elsewhere(text: str, sentence: Span, places: list[PlaceMention]) -> bool:
    """"South Korea's Unification Ministry said Monday it has no plans to send aid": not about North Korea."""
    subject = FOREIGN_SUBJECT.match(text, sentence[0], sentence[1])
    if not subject or INTELLIGENCE.search(subject.group()):
        return False  # what an intelligence service reports is about the North, named or not
    return not NORTH_KOREA.search(text, sentence[0], sentence[1]) and not codes_in(places, *sentence)


def _dates_foreign_act(text: str, sentence: Span, time: TimeSpan, places: list[PlaceMention]) -> bool:
    """The time dates what an actor outside North Korea did ("The U.S. Treasury on Friday imposed ...") or
    said of its own doing ("South Korea's ministry said on Monday that it will ..."), not an event in the North.

    "... said on Monday that starvation deaths in North Korea rose" stays a claim: what follows is about the North.
    """
    joins = list(CLAUSE_JOIN.finditer(text, sentence[0], time.offset))
    clause_start = joins[-1].end() if joins else sentence[0]
    subject = FOREIGN_SUBJECT.match(text, clause_start, sentence[1])
    if subject is None or not 0 <= time.offset - subject.end() <= FOREIGN_ACT_SPAN:
        return False
    between = text[subject.end():time.offset]
    if NORTH_KOREA.search(between) or codes_in(places, subject.end(), time.offset):
        return False
    if OBSERVED.search(between):
        return False  # "The U.S. Geological Survey recorded a tremor ... on Tuesday": what it saw in the North
    if not REPORTING_VERB.search(between):
        return True  # the actor's own act at that time
    if set(codes_in(places, time.offset_end, sentence[1])) - {PYONGYANG}:
        return False  # "... said Friday that it had seen no signs of a launch at Sohae": about a place in the North
    # "said on Monday that it will ...", "said it had released funds on Tuesday": what the actor did itself
    return OWN_ACT_AFTER.match(text, time.offset_end, sentence[1]) is not None or bool(OWN_ACT_BETWEEN.search(between))


def _dates_act_abroad(text: str, sentence: Span, time: TimeSpan, places: list[PlaceMention]) -> bool:
    """"talks collapsed in Hanoi in February", "reached Seoul via Thailand in May", "defectors arrived in the South
    last year": the time dates something that happened outside North Korea and its border.

    Only a place right beside the time counts: with no verb of saying and no place in the North between
    them, and no place in the North about as close to the time ("left Musan in 2018 and now lives in Seoul").
    """
    lo, hi = max(sentence[0], time.offset - ABROAD_REACH), min(sentence[1], time.offset_end + ABROAD_REACH)
    if not ABROAD_NAME.search(text, lo, hi):
        return False  # the names are a cheaper first test than the prepositions and verbs before them
    for m in ABROAD.finditer(text, lo, hi):
        if m["located"] and WHO_IS_ABROAD.search(text, max(0, m.start() - 20), m.start()):
            continue  # "according to defectors in Seoul": where the source lives, not where the act was
        if m.end() <= time.offset:
            between, distance = (m.end(), time.offset), time.offset - m.end()
        elif m.start() >= time.offset_end:
            between, distance = (time.offset_end, m.start()), m.start() - time.offset_end
        else:
            continue
        words = text[between[0]:between[1]]
        if REPORTING_VERB.search(words) or "according to" in words or ";" in words or codes_in(places, *between):
            continue
        if not any(_distance(p, time) <= distance + ABROAD_SLACK for p in places_from(places, *sentence)):
            return True
    return False


def _distance(place: PlaceMention, time: TimeSpan) -> int:
    """Characters between a place mention and a time, 0 when they touch."""
    return max(place.start - time.offset_end, time.offset - place.end, 0)


def _dates_foreign_thing(text: str, sentence: Span, time: TimeSpan) -> bool:
    """"South Korea's offer of vaccines made on the 13th": the time dates what a foreign party did."""
    lo = max(sentence[0], time.offset - 80)
    if text.find("'s", lo, time.offset) < 0 and text.find("’s", lo, time.offset) < 0:
        return False  # no possessive: the cheap test first
    return FOREIGN_THING_BEFORE.search(text, lo, time.offset) is not None


def _announces_foreign_plan(text: str, sentence: Span, time: TimeSpan) -> bool:
    """"Defense Minister Lee said Wednesday that the South Korean military would strengthen ...": the time
    dates a foreign government's announcement of its own plan."""
    before = text[max(sentence[0], time.offset - 30):time.offset]
    if not REPORTING_VERB.search(before):
        return False
    if FOREIGN_PLAN_AFTER.match(text, time.offset_end, sentence[1]):
        return True
    # "Officials in South Korea's Gangwon Province ... said last month that they would watch ..."
    own = OWN_PLAN_AFTER.match(text, time.offset_end, sentence[1])
    return own is not None and FOREIGN_SUBJECT.match(text, sentence[0], sentence[1]) is not None
