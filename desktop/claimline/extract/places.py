"""Place mentions: names of places inside North Korea, each resolved to its province (ANNOTATION.md "Places").

Words are matched against the gazetteer by a folded key (case, diacritics, apostrophes, hyphens and
spaces ignored), longest run of words first, so "P'yŏngan-pukto", "Pyongan Pukto" and "Pyonganpukto"
are one name. Offsets always point into the original text. Qt-free.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from claimline.geo.gazetteer import Gazetteer, fold, load_gazetteer, name_key
from claimline.model import PlaceMention

WORD = re.compile(r"[A-Za-z0-9]+")
# Between two words of one name: spaces, one line break, or a hyphen.
JOINER = re.compile(r"[ \t]*\n?[ \t]*|[ \t]*-[ \t]*")
ABBREVIATIONS = frozenset({"mt", "st"})  # words a dot may follow inside a name ("Mt. Paektu")
# MR apostrophes inside a word ("P'yŏngan", "Ch'ŏngjin") go; possessives ("Hyesan's") stay.
INWORD_MARK = re.compile(r"(?<=[A-Za-z])'(?=[aeiouwyAEIOUWY])|[\u0300-\u036f]")
HANGUL = re.compile(r"[\uac00-\ud7a3]")

# What may follow a name and belongs to the mention (case-sensitive: "Hyesan City", not "Hyesan city limits").
PROVINCE_TAIL = re.compile(r"(?:-?do\b)?(?:\s+(?:[Pp]rovince\b(?!s)|Prov\.))?")
PLACE_TAIL = re.compile(
    r"(?:-(?:si|gun|kun|ri|dong|up|eup|gu|guyok|kuyok)\b)?"
    r"(?:[ \t]+(?:City|County|[Cc]ounty|District|district|Market|Port|Mine|Station|Airport|Customs"
    r"|Steel Mill|Industrial Complex|Industrial Region|Special Economic Zone|Economic Zone)\b)?"
)
# A mention that is not a place of its own.
RAILWAY_LINE = re.compile(r"[ \t]+[Ll]ine\b")
PLURAL_PROVINCES = re.compile(
    r"(?:-?do)?(?:\s+provinces\b|\s*(?:,\s*|\s+(?:and|or|&)\s+)(?:[\w'-]+\s+){0,4}?[\w'-]+\s+provinces\b)",
    re.IGNORECASE,
)
SHARED_PREFIX = re.compile(r"(?:North|South)\s+(?:and|or|&)\s+$", re.IGNORECASE)
# South Korea also has a Gangwon Province: skip KP-07 names in a South Korean context.
SOUTH_CUES = re.compile(
    r"South Korea|\bROK\b|Republic of Korea|Chuncheon|Gangneung|Sokcho|Pyeongchang|Wonju|Seoul", re.IGNORECASE
)
NORTH_CUES = re.compile(r"(?:North Korea(?:'s|n)?|the North(?:'s)?|DPRK)\s+$", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?]\s|\n\s*\n")
SOUTH_NAMESAKES = frozenset({"kangwon", "gangwon", "강원도", "강원"})


@dataclass(frozen=True)
class _Matcher:
    """Everything built once from the gazetteer: key -> (code, kind), the longest name, a Hangul regex."""

    names: dict[str, tuple[str, str]]
    max_words: int
    hangul: re.Pattern[str] | None


@cache
def _matcher() -> _Matcher:
    return build_matcher(load_gazetteer())


def build_matcher(gazetteer: Gazetteer) -> _Matcher:
    """Index the gazetteer's unambiguous names by folded key (provinces win over cities of one code)."""
    names: dict[str, tuple[str, str]] = {}
    codes: dict[str, set[str]] = {}
    hangul: list[str] = []
    max_words = 1
    for entry in gazetteer.entries:
        key = name_key(entry.name)
        codes.setdefault(key, set()).add(entry.code)
        if key not in names or entry.kind == "province":
            names[key] = (entry.code, entry.kind)
        if HANGUL.search(entry.name):
            hangul.append(entry.name)
        max_words = max(max_words, len(WORD.findall(fold(entry.name))))
    names = {k: v for k, v in names.items() if len(codes[k]) == 1}
    pattern = "|".join(re.escape(n) for n in sorted(set(hangul), key=len, reverse=True))
    return _Matcher(names, max_words, re.compile(pattern) if pattern else None)


def _prepare(text: str) -> tuple[str, list[int]]:
    """Fold the text and drop in-word marks; return it with the folded positions where chars were dropped."""
    folded = fold(text)
    drops = [m.start() for m in INWORD_MARK.finditer(folded)]
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
    folded, shifted = _prepare(text)
    spans = _latin_spans(folded) + _hangul_spans(folded)
    spans.sort()
    mentions = []
    for start, end, code in spans:
        s, e = _original(start, shifted), _original(end - 1, shifted) + 1
        mentions.append(PlaceMention(text=text[s:e], code=code, start=s, end=e))
    return mentions


def _latin_spans(folded: str) -> list[tuple[int, int, str]]:
    matcher = _matcher()
    words = [(m.start(), m.end()) for m in WORD.finditer(folded)]
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        found = _longest_name(folded, words, i, matcher) if folded[words[i][0]].isupper() else None
        if found is None:
            i += 1
            continue
        n, code, kind, trim = found
        start, end = words[i][0], words[i + n - 1][1] - trim
        span = _accept(folded, start, end, code, kind)
        if span is not None:
            spans.append((start, span, code))
        i += n
    return spans


def _longest_name(
    folded: str, words: list[tuple[int, int]], i: int, matcher: _Matcher
) -> tuple[int, str, str, int] | None:
    """The longest run of words from ``i`` that is a gazetteer name: (word count, code, kind, chars to trim)."""
    keys, n = [folded[words[i][0] : words[i][1]].lower()], 1
    while n < matcher.max_words and i + n < len(words) and _joined(folded, words[i + n - 1], words[i + n]):
        keys.append(keys[-1] + folded[words[i + n][0] : words[i + n][1]].lower())
        n += 1
    for k in range(len(keys), 0, -1):
        hit = matcher.names.get(keys[k - 1])
        if hit is not None:
            return k, hit[0], hit[1], 0
        # A possessive whose apostrophe was lost ("North Hamgyongs Rajin").
        hit = matcher.names.get(keys[k - 1][:-1]) if keys[k - 1].endswith("s") else None
        if hit is not None:
            return k, hit[0], hit[1], 1
    return None


def _joined(folded: str, left: tuple[int, int], right: tuple[int, int]) -> bool:
    gap = folded[left[1] : right[0]]
    if JOINER.fullmatch(gap):
        return True
    return (
        gap.startswith(".")
        and JOINER.fullmatch(gap[1:]) is not None
        and (folded[left[0] : left[1]].lower() in ABBREVIATIONS)
    )


def _accept(folded: str, start: int, end: int, code: str, kind: str) -> int | None:
    """The end of the mention with its tail ("Province", "Market"), or None when it is no single place."""
    if RAILWAY_LINE.match(folded, end):
        return None
    if kind == "province" and _names_several(folded, start, end):
        return None
    if (
        code == "KP-07"
        and name_key(folded[start:end]) in SOUTH_NAMESAKES
        and _south_context(folded, start, end)
    ):
        return None
    tail = PROVINCE_TAIL if kind == "province" else PLACE_TAIL
    return tail.match(folded, end).end()


def _names_several(folded: str, start: int, end: int) -> bool:
    """True for "North Pyongan and Jagang provinces", "North and South Hamgyong"."""
    if PLURAL_PROVINCES.match(folded, end):
        return True
    return SHARED_PREFIX.search(folded, max(0, start - 20), start) is not None


def _south_context(folded: str, start: int, end: int) -> bool:
    """True when the sentence around a Kangwon/Gangwon mention places it in South Korea."""
    if NORTH_CUES.search(folded, max(0, start - 30), start):
        return False
    before = [m.end() for m in SENTENCE_END.finditer(folded, max(0, start - 300), start)]
    after = SENTENCE_END.search(folded, end)
    sentence = folded[before[-1] if before else max(0, start - 300) : after.start() if after else len(folded)]
    return SOUTH_CUES.search(sentence) is not None


def _hangul_spans(folded: str) -> list[tuple[int, int, str]]:
    matcher = _matcher()
    if matcher.hangul is None or not HANGUL.search(folded):
        return []
    spans = []
    for m in matcher.hangul.finditer(folded):
        code, kind = matcher.names[name_key(m.group())]
        if code == "KP-07" and _south_context(folded, m.start(), m.end()):
            continue
        spans.append((m.start(), m.end(), code))
    return spans
