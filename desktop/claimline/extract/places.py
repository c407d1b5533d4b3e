"""Place mentions: names of places inside North Korea, each resolved to its province (ANNOTATION.md "Places").

Words are matched against the gazetteer by a folded key (case, diacritics, apostrophes, hyphens and
spaces ignored), longest run of words first, so "P'yŏngan-pukto", "Pyongan Pukto" and "Pyonganpukto"
are one name. Offsets always point into the original text. Qt-free.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cache

from claimline.extract.spans import SpanSet, places_from
from claimline.geo.gazetteer import (
    Gazetteer,
    Spelling,
    fold,
    load_gazetteer,
    load_spellings,
    load_stopnames,
    name_key,
)
from claimline.model import PlaceMention

WORD = re.compile(r"[A-Za-z0-9]+")
# (The look-behind follows the capital so that the scan jumps from capital to capital.)
CAPITALIZED = re.compile(r"[A-Z](?<![A-Za-z0-9][A-Z])[A-Za-z0-9]*")
# The next word of a name: after spaces, one line break or a hyphen (group 1: a dot, allowed after "Mt").
NEXT_WORD = re.compile(r"(\.)?(?:[ \t]*\n?[ \t]*|[ \t]*-[ \t]*)([A-Za-z0-9]+)")
ABBREVIATIONS = frozenset({"mt", "st"})  # words a dot may follow inside a name ("Mt. Paektu")
# MR apostrophes inside a word ("P'yŏngan", "Ch'ŏngjin") go; possessives ("Hyesan's") stay.
# (Two patterns, each with a fast first-character scan; one alternation would try every position.)
INWORD_APOSTROPHE = re.compile(r"'(?<=[A-Za-z]')(?=[aeiouwyAEIOUWY])")
COMBINING_MARK = re.compile(r"[\u0300-\u036f]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")
RARE_CHARS = re.compile(r"[\u0300-\u036f\uac00-\ud7a3]")  # one scan tells whether either of the two is needed

# What may follow a name and belongs to the mention (case-sensitive: "Hyesan City", not "Hyesan city limits").
PROVINCE_TAIL = re.compile(r"(?:-?do\b)?(?:\s+(?:[Pp]rovince\b(?!s)|Prov\.))?")
PLACE_TAIL = re.compile(
    r"(?:-(?:si|gun|kun|ri|dong|up|eup|gu|guyok|kuyok)\b)?"
    r"(?:[ \t]+(?:City|[Cc]ounty|[Dd]istrict|[Mm]arket|Port|Mine|Station|Airport|Customs"
    r"|Steel Mill|Industrial Complex|Industrial Region|Special Economic Zone|Economic Zone)\b)?"
)
# A name that labels something else: a railway line, a class of ship or weapon ("Sinpo-class"), a ship
# ("the Chongchongang-ho": -ho, Korean 호, ends a ship's name).
NOT_A_PLACE_AFTER = re.compile(r"[ \t]+[Ll]ine\b|[ \t-]class\b|-ho\b")
# A ship named like a place: "the ship Saebyol", "the cargo vessel Chongjin", "boats named Hyesan". Not for a
# province, nor after a plural without "named": "the ships Pyongyang sent" is the state sending ships.
VESSEL_BEFORE = re.compile(
    r"\b(?:(?:ship|vessel|freighter|tanker|trawler)[ \t]+|(?:ship|vessel|freighter|tanker|trawler|boat|ferry)s?"
    r"[ \t]+(?:(?:was|is|were|are)[ \t]+)?(?:named|called)[ \t]+)(?:the[ \t]+)?[\"“‘']?$",
    re.IGNORECASE,
)
# "North Pyongan and Jagang provinces", "X-ri, Y-dong and Z districts": several places at once. A list of
# counties or cities ("Musan, Hoeryong and Onsong counties") names each of them, each in one province: only
# a plural of provinces, or one after a locality the gazetteer lacks, makes a phrase no single place.
_PLURAL_NOUN = r"(?:[Pp]rovinces|[Cc]ounties|[Dd]istricts|[Cc]ities|[Tt]owns|[Vv]illages)\b"
_NAME_WORD = r"[A-Z][\w'-]*"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+|\s+)"
PLURAL_PHRASE = re.compile(
    rf"(?:-[a-z]+)?(?:\s+{_PLURAL_NOUN}|\s*(?:,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+)"
    rf"(?:{_NAME_WORD}{_SEPARATOR}){{0,4}}?{_NAME_WORD}\s+{_PLURAL_NOUN})"
)
SHARED_PREFIX = re.compile(r"(?:North|South)\s+(?:and|or|&)\s+$", re.IGNORECASE)
# South Korea also has a Gangwon Province: skip KP-07 names in a South Korean context.
SOUTH_CUES = re.compile(
    r"South Korea|\bROK\b|Republic of Korea|Seoul|Chuncheon|Gangneung|Sokcho|Pyeongchang|Wonju|Cheorwon|Hwacheon"
    r"|Yanggu|Inje|Goseong|Donghae|Samcheok|Taebaek|Yangyang|Hongcheon|Jeongseon",
    re.IGNORECASE,
)
NORTH_CUES = re.compile(
    r"(?:North Korea(?:'s|n)?|N\. Korea(?:'s|n)?|NK's|the North(?:'s)?|DPRK)\s+$", re.IGNORECASE
)
SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")
# A locality the gazetteer lacks, named with a Korean administrative suffix ("Tongsan-ri") or an English
# one ("Masan District"); it takes the province of the place it is attached to ("X-ri, Y County",
# "X District of Y"), and a Korean-suffixed one otherwise that of the nearest place named before it.
# (The look-behind follows the first letter so that the scan jumps from capital to capital.)
# A named site the gazetteer lacks ("the Komdok Mine in Tanchon", "the Jikdong Mine area in South Pyongan
# Province") is a mention of the place it is attached to, like an English-suffixed locality.
SITE_NOUNS = ("Mine", "Coal Mine", "Market", "Station", "Port", "Harbor", "Harbour", "Factory", "Plant",
              "Power Plant", "Power Station", "Farm", "Cooperative Farm", "Complex", "Works", "Bridge", "Dam",
              "Reservoir", "Airport", "Airfield", "Prison", "Camp", "Hospital", "University")
_SITE = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in sorted(SITE_NOUNS, key=len, reverse=True))
LOCALITY = re.compile(
    r"[A-Z](?<![A-Za-z0-9'-][A-Z])[a-z]++(?:-(?P<korean>ri|ni|li|dong|tong|gun|kun|up|eup|guyok|kuyok|[rn]odongjagu)\b"
    r"(?:[ \t]+(?:County|District|Village|[Cc]ounty|[Dd]istrict|village)\b)?"
    rf"|[ \t]+(?:County|District|[Cc]ounty|[Dd]istrict|{_SITE})\b)"
)
# Hyphenated Korean given names ("Kim Su-ni") look like localities: a surname before one rules it out.
SURNAME_BEFORE = re.compile(
    r"\b(?:Kim|Ri|Lee|Yi|Pak|Park|Choe|Choi|Jang|Chang|Kang|Jo|Cho|Yun|Han|Ryu|Hyon|Hwang|Oh|Jong|Jeong|Chung"
    r"|Ju|Song|Im|Sin|Shin|Ko|Mun|Moon|An|Ahn|Hong|Paek|Baek|Yang|Roh|Kwon|Jon|Jun|Yu|Son|Sohn|Nam|Ho|Choo)\s+$"
)
NOT_LOCALITY = frozenset({"The", "This", "That", "Each", "Every", "Another", "Other", "Same", "One", "Which"})
ATTACHED = re.compile(r"\s*,\s*|(?:\s+(?:area|site|complex))?\s+(?:in|of|at)\s+(?:the\s+)?")
PRECEDING_WINDOW = 1500  # chars back to look for the place a bare locality belongs to
LONGEST_MENTION = 200  # no place mention is longer: bounds the search back for one that ends in the window
SOUTH_CONTEXT_REACH = 2000  # chars on to the end of the sentence around a Kangwon mention
# A district, village or workers' district named after a Hangul city or county ("평양시 중구역"), before a
# particle or a non-Hangul character.
HANGUL_GLOSS = re.compile(r"[ \t]*[(（][ \t]*([\uac00-\ud7a3]+(?:[ \t]+[\uac00-\ud7a3]+)*)[ \t]*[)）]")
HANGUL_SUFFIX = re.compile(r"시|군|구역")  # city, county, district
HANGUL_LOCALITY = re.compile(
    r"[ \t]+([\uac00-\ud7a3]{1,5}?(?:구역|노동자구|동|리|읍))"
    r"(?=[^\uac00-\ud7a3]|$|(?:에서|에게|에|의|은|는|이|가|을|를|과|와|도|으로|로|까지|부터)(?![\uac00-\ud7a3]))"
)
SOUTH_NAMESAKES = frozenset({"kangwon", "gangwon", "강원도", "강원"})


@dataclass(frozen=True)
class _Matcher:
    """Everything built once from the gazetteer: key -> (code, kind), the longest name, a Hangul regex,
    and the words a name may begin with."""

    names: dict[str, tuple[str, str]]
    prefixes: frozenset[str]
    multipart: frozenset[str]  # keys of names written as several words; only these may span words
    max_words: int
    hangul: re.Pattern[str] | None
    firsts: frozenset[str]  # lower-case words a name may begin with
    firsts_of_multipart: frozenset[str]  # beginnings of names written as several words (with the whole)
    one_word: dict[str, tuple[int, str, str]]  # name or name + "s" -> (chars to drop, code, kind)
    ambiguous: frozenset[str] = frozenset()  # keys of names left out: two provinces, or a stop name ("Hwasong")


@cache
def _matcher() -> _Matcher:
    matcher = build_matcher(load_gazetteer(), load_spellings())
    return replace(matcher, ambiguous=_ambiguous_keys() - matcher.names.keys())


def _ambiguous_keys() -> frozenset[str]:
    """Keys of one-word names that may be a place but are not matched: in two provinces, or stop names."""
    codes: dict[str, set[str]] = {}
    for entry in load_gazetteer().entries:
        codes.setdefault(name_key(entry.name), set()).add(entry.code)
    return frozenset(k for k, c in codes.items() if len(c) > 1) | load_stopnames()


def build_matcher(gazetteer: Gazetteer, spellings: tuple[Spelling, ...] = ()) -> _Matcher:
    """Index the gazetteer's unambiguous names by folded key (provinces win over cities of one code), then the
    generated other spellings of them ("Ganggye", "Hoiryeong", "Hysean") where no name has that key."""
    names: dict[str, tuple[str, str]] = {}
    codes: dict[str, set[str]] = {}
    max_words, multipart = 1, set()
    for entry in gazetteer.entries:
        key = name_key(entry.name)
        codes.setdefault(key, set()).add(entry.code)
        if key not in names or entry.kind == "province":
            names[key] = (entry.code, entry.kind)
        parts = len(WORD.findall(fold(entry.name).replace("'", "")))
        max_words = max(max_words, parts)
        if parts > 1:
            multipart.add(key)
    names = {k: v for k, v in names.items() if len(codes[k]) == 1}
    for spelling in spellings:
        if spelling.key in codes or spelling.key in names:
            continue
        names[spelling.key] = (spelling.code, spelling.kind)
        parts = len(WORD.findall(fold(spelling.of).replace("'", "")))
        max_words = max(max_words, parts)
        if parts > 1:
            multipart.add(spelling.key)
    hangul = {e.name for e in gazetteer.entries if HANGUL.search(e.name) and name_key(e.name) in names}
    pattern = "|".join(re.escape(n) for n in sorted(hangul, key=len, reverse=True))
    prefixes = frozenset(key[:i] for key in names for i in range(1, len(key) + 1))
    hangul_re = re.compile(pattern) if pattern else None
    # A capitalized word can begin a name only as a whole name (perhaps with a possessive "s") or as the
    # beginning of a name written as several words: the matcher skips all other words at once.
    beginnings = frozenset(k[:i] for k in multipart for i in range(1, len(k) + 1))
    one_word = {k + "s": (1, *v) for k, v in names.items()} | {k: (0, *v) for k, v in names.items()}
    firsts = frozenset({*one_word, *beginnings})
    return _Matcher(names, prefixes, frozenset(multipart), max_words, hangul_re, firsts, beginnings, one_word)


def _prepare(text: str, rare: bool = True) -> tuple[str, list[int]]:
    """Fold the text and drop in-word marks; return it with the folded positions where chars were dropped.

    ``rare`` False says the text has no combining marks (nor Hangul): see RARE_CHARS."""
    folded = fold(text)
    drops = [m.start() for m in INWORD_APOSTROPHE.finditer(folded)] if "'" in folded else []
    if rare and COMBINING_MARK.search(folded):
        drops = sorted(drops + [m.start() for m in COMBINING_MARK.finditer(folded)])
    if not drops:
        return folded, []
    parts, last = [], 0
    for d in drops:
        parts.append(folded[last:d])
        last = d + 1
    parts.append(folded[last:])
    return "".join(parts), [d - i for i, d in enumerate(drops)]


def _original(index: int, shifted: list[int]) -> int:
    return index + bisect.bisect_right(shifted, index)


def find_places(text: str) -> list[PlaceMention]:
    """Every mention of a place inside North Korea, in order, with offsets into ``text``."""
    rare = RARE_CHARS.search(text) is not None  # folding neither makes nor removes these
    folded, shifted = _prepare(text, rare)
    spans = sorted(_latin_spans(folded) + _hangul_spans(folded) if rare else _latin_spans(folded))
    spans = sorted(spans + _locality_spans(folded, spans))
    if rare:
        spans = sorted(spans + _hangul_glosses(folded, spans))
    mentions = []
    for start, end, code in spans:
        s, e = _original(start, shifted), _original(end - 1, shifted) + 1
        mentions.append(PlaceMention(text=text[s:e], code=code, start=s, end=e))
    return mentions


def _latin_spans(folded: str) -> list[tuple[int, int, str]]:
    matcher = _matcher()
    firsts = matcher.firsts
    spans: list[tuple[int, int, str]] = []
    covered = 0
    for first in CAPITALIZED.finditer(folded):
        word = first.group().lower()
        if word not in firsts or first.start() < covered:
            continue
        if word in matcher.firsts_of_multipart:
            found = _longest_name(folded, first, matcher)
            if found is None:
                continue
            end, code, kind = found
        else:  # a one-word name, perhaps with a possessive "s" ("Hyesans")
            drop, code, kind = matcher.one_word[word]
            end = first.end() - drop
        covered = end
        tail_end = _accept(folded, first.start(), end, code, kind)
        if tail_end is not None:
            spans.append((first.start(), tail_end, code))
    return spans


def _longest_name(folded: str, first: re.Match[str], matcher: _Matcher) -> tuple[int, str, str] | None:
    """The longest run of words from ``first`` that is a gazetteer name: (end, code, kind)."""
    names, multipart = matcher.names, matcher.multipart
    word = key = first.group().lower()  # a word that may begin a name (matcher.firsts)
    end = first.end()
    runs = [(end, key)]
    # Only a run that spells the beginning of a name written as several words can grow into a name.
    while key in matcher.firsts_of_multipart and len(runs) < matcher.max_words:
        nxt = NEXT_WORD.match(folded, end)
        if nxt is None or (nxt.group(1) and word not in ABBREVIATIONS):
            break
        word = nxt.group(2).lower()
        if not _may_start(key + word, matcher):
            break
        key, end = key + word, nxt.end()
        runs.append((end, key))
    for n in range(len(runs), 0, -1):
        end, key = runs[n - 1]
        if n > 1 and key not in multipart and key[:-1] not in multipart:
            continue  # "Kim Chaek" the man is not Kimchaek the city
        hit = names.get(key)
        if hit is not None:
            return end, hit[0], hit[1]
        # A possessive whose apostrophe was lost ("North Hamgyongs Rajin").
        hit = names.get(key[:-1]) if key.endswith("s") else None
        if hit is not None:
            return end - 1, hit[0], hit[1]
    return None


def _may_start(key: str, matcher: _Matcher) -> bool:
    """True when ``key`` begins some name, or is a name with a possessive "s"."""
    return key in matcher.prefixes or (key.endswith("s") and key[:-1] in matcher.names)


def _accept(folded: str, start: int, end: int, code: str, kind: str) -> int | None:
    """The end of the mention with its tail ("Province", "Market"), or None when it is no single place."""
    if NOT_A_PLACE_AFTER.match(folded, end):
        return None
    if kind != "province" and VESSEL_BEFORE.search(folded, max(0, start - 40), start):
        return None
    if _names_several(folded, start, end, kind):
        return None
    if (
        code == "KP-07"
        and name_key(folded[start:end]) in SOUTH_NAMESAKES
        and _south_context(folded, start, end)
    ):
        return None
    tail_end = PROVINCE_TAIL.match(folded, end).end() if kind == "province" else end
    return PLACE_TAIL.match(folded, end).end() if tail_end == end else tail_end


def _names_several(folded: str, start: int, end: int, kind: str) -> bool:
    """True for "North Pyongan and Jagang provinces", "North and South Hamgyong", "Sobu-ri and Yuson districts";
    False for a county or city in a list of counties or cities ("Musan and Onsong counties")."""
    plural = PLURAL_PHRASE.match(folded, end)
    if plural and (kind in ("province", "locality") or plural.group().endswith(("provinces", "Provinces"))):
        return True
    if kind != "province" or not folded[start - 1 : start].isspace():
        return False
    return SHARED_PREFIX.search(folded, max(0, start - 20), start) is not None


def _south_context(folded: str, start: int, end: int) -> bool:
    """True when the sentence around a Kangwon/Gangwon mention places it in South Korea."""
    if NORTH_CUES.search(folded, max(0, start - 30), start):
        return False
    before = [m.end() for m in SENTENCE_END.finditer(folded, max(0, start - 300), start)]
    after = SENTENCE_END.search(folded, end, end + SOUTH_CONTEXT_REACH)
    sentence = folded[before[-1] if before else max(0, start - 300) : after.start() if after else len(folded)]
    return SOUTH_CUES.search(sentence) is not None


def _locality_spans(folded: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Localities the gazetteer lacks, resolved through the place they are attached to or follow."""
    found = []
    starts = {start: code for start, _, code in spans}
    taken = SpanSet(spans)
    for m in LOCALITY.finditer(folded):
        if taken.meets(m.start(), m.end()) or (not m.group("korean") and taken.meets(m.start() - 2, m.start())):
            continue  # ("Hungnam Fertilizer Complex" is the place before it, named on)
        if _names_several(folded, m.start(), m.end(), "locality"):
            continue
        if m.group().split()[0] in NOT_LOCALITY or SURNAME_BEFORE.search(
            folded, max(0, m.start() - 8), m.start()
        ):
            continue
        attached = ATTACHED.match(folded, m.end())
        code = starts.get(attached.end()) if attached else None
        if code is None and m.group("korean"):
            code = _preceding_code(spans, m.start())
        if code is not None:
            found.append((m.start(), m.end(), code))
    return found


def _preceding_code(spans: list[tuple[int, int, str]], position: int) -> str | None:
    """The province of the last place (in start order) that ends within PRECEDING_WINDOW before ``position``."""
    lo = bisect.bisect_left(spans, position - PRECEDING_WINDOW - LONGEST_MENTION, key=lambda s: s[0])
    hi = bisect.bisect_right(spans, position, lo, key=lambda s: s[0])
    for _, end, code in reversed(spans[lo:hi]):
        if position - PRECEDING_WINDOW <= end <= position:
            return code
    return None


def _hangul_glosses(folded: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """"Haeju (해주)": a Hangul name in brackets right after a place is that place again, in the gazetteer or not."""
    taken = {start for start, _, _ in spans}
    glosses = []
    for _, end, code in spans:
        m = HANGUL_GLOSS.match(folded, end)
        if m and m.start(1) not in taken:
            glosses.append((m.start(1), m.end(1), code))
    return glosses


def _hangul_spans(folded: str) -> list[tuple[int, int, str]]:
    matcher = _matcher()
    if matcher.hangul is None or not HANGUL.search(folded):
        return []
    spans = []
    for m in matcher.hangul.finditer(folded):
        code, kind = matcher.names[name_key(m.group())]
        if code == "KP-07" and _south_context(folded, m.start(), m.end()):
            continue
        end = m.end()
        if kind != "province" or code == "KP-01":  # "회령군", "평양시": the suffix belongs to the mention
            suffix = HANGUL_SUFFIX.match(folded, end)
            end = suffix.end() if suffix else end
        spans.append((m.start(), end, code))
        # An address: "평양시 중구역", "혜산시 혜화동": the district or village after a city or county.
        within = (
            HANGUL_LOCALITY.match(folded, end)
            if folded[m.start() : end].endswith(("시", "군", "구역"))
            else None
        )
        if within is not None:
            spans.append((within.start(1), within.end(1), code))
    return spans


def codes_in(places: list[PlaceMention], start: int, end: int) -> tuple[str, ...]:
    """Province codes of the places inside ``[start, end)``, first mention first, no repeats."""
    codes: list[str] = []
    for p in places_from(places, start, end):
        if p.end <= end and p.code not in codes:
            codes.append(p.code)
    return tuple(codes)


# Several provinces named with one shared word (ANNOTATION.md "Places"): no place mention, but a claim whose
# quote holds the phrase gets every province it names. A name is one or two capitalised words.
_GROUP_NAME = r"[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?"
_GROUP_LIST = rf"{_GROUP_NAME}(?:\s*,\s*{_GROUP_NAME})*,?\s+(?:and|or|&)\s+{_GROUP_NAME}"
PROVINCE_GROUP = re.compile(
    rf"(?P<list>{_GROUP_LIST})\s+[Pp]rovinces\b"  # "North Pyongan and Jagang provinces"
    rf"|\b[Pp]rovinces\s+of\s+(?P<of>{_GROUP_LIST})"  # "the provinces of Chagang and Kangwon"
    rf"|(?P<other>{_GROUP_NAME}(?:\s*,\s*{_GROUP_NAME})*)\s+and\s+(?:the\s+)?other\s+(?:[a-z-]+\s+){{0,2}}?provinces\b"
    r"|\b(?P<shared>(?:North|South)\s+(?:and|or|&)\s+(?:North|South)\s+[A-Z][\w'’-]*)"  # "North and South Hamgyong"
)
GROUP_SPLIT = re.compile(r"\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+")
DIRECTIONS = ("north", "south")


@dataclass(frozen=True)
class ProvinceGroup:
    """A phrase that names several provinces at once ("North and South Pyongan provinces") and their codes."""

    start: int
    end: int
    codes: tuple[str, ...]


def find_province_groups(text: str) -> list[ProvinceGroup]:
    """Every phrase naming several provinces with one shared word, in order; each of its names must be a
    province (or a stem such as "Pyongan" shared by a North and a South province)."""
    if "rovinces" not in text and "North and" not in text and "South and" not in text:
        return []
    groups = []
    for m in PROVINCE_GROUP.finditer(fold(text)):
        kind = m.lastgroup or "list"
        names = _shared_stems(GROUP_SPLIT.split(m[kind]))
        codes = [_province_codes(name) for name in names]
        if all(codes):
            flat = tuple(dict.fromkeys(c for cs in codes for c in cs))
            groups.append(ProvinceGroup(m.start(kind), m.end(), flat))
    return groups


def _shared_stems(names: list[str]) -> list[str]:
    """"North and South Pyongan": a bare direction shares the stem of the name after it."""
    out = list(names)
    for i in range(len(out) - 2, -1, -1):
        nxt = out[i + 1].split()
        if out[i].lower() in DIRECTIONS and len(nxt) > 1 and nxt[0].lower() in DIRECTIONS:
            out[i] = f"{out[i]} {nxt[-1]}"
    return out


def _province_codes(name: str) -> tuple[str, ...]:
    """The provinces a name in a group stands for: one province, or both halves of a shared stem."""
    names = _matcher().names
    key = name_key(name)
    for tail in ("", "province", "do"):
        hit = names.get(key.removesuffix(tail)) if key.endswith(tail) else None
        if hit is not None and hit[1] == "province":
            return (hit[0],)
    halves = [names.get(d + key) for d in DIRECTIONS]
    return tuple(h[0] for h in halves if h and h[1] == "province") if all(halves) else ()


def group_codes_in(groups: list[ProvinceGroup], start: int, end: int) -> tuple[str, ...]:
    """Province codes of the groups inside ``[start, end)``, in order, no repeats."""
    lo = bisect.bisect_left(groups, start, key=lambda g: g.start)
    hi = bisect.bisect_left(groups, end, lo, key=lambda g: g.start)
    return tuple(dict.fromkeys(c for g in groups[lo:hi] if g.end <= end for c in g.codes))


def names_ambiguous_place(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a capitalised word that may name a place the matcher leaves out because
    it is ambiguous ("Hwasong": a Pyongyang district, a county and a missile)."""
    ambiguous = _matcher().ambiguous
    return any(m.group().lower() in ambiguous for m in CAPITALIZED.finditer(fold(text[start:end])))
