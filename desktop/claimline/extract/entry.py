"""What the analyst types or selects, read with the extractor's own rules: a date as reports write it
("early September 2018") or as ISO days ("2018-09-01..2018-09-10"), provinces by any name the gazetteer
knows, and a new claim proposed from a selection of report text."""

from __future__ import annotations

import re
import uuid
from datetime import date

from claimline.extract.places import codes_in, find_places
from claimline.extract.quotes import find_attribution, find_quotations
from claimline.extract.times import find_times
from claimline.geo import PROVINCES, province_name
from claimline.model import Claim, ClaimPlace, Extraction, Published, TimeSpan

ISO_DAY = r"\d{4}-\d{2}-\d{2}"
ISO_RANGE = re.compile(rf"^\s*({ISO_DAY})\s*(?:\.\.|–|—|to|-)\s*({ISO_DAY})\s*$")
ISO_SINGLE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$")
CODE = re.compile(r"\bKP-\d\d\b", re.IGNORECASE)
DATE_HELP = "write it as a report would (“early September 2018”) or as days (“2018-09-01..2018-09-10”)"


def parse_time(text: str, published: Published | None, *, offset: int = -1) -> TimeSpan:
    """The interval ``text`` means, resolved against ``published`` like the extractor's own times.

    Raises ValueError with a message for the analyst when ``text`` names no date, or one that cannot be
    resolved without a year."""
    typed = text.strip()
    if not typed:
        raise ValueError(f"no date given: {DATE_HELP}")
    explicit = _iso(typed)
    if explicit is not None:
        start, end, precision = explicit
        return TimeSpan(typed, start, end, precision, offset)
    anchor = published.anchor if published else None
    times = find_times(typed, anchor, anchor_precision=published.precision if published else "day")
    if not times:
        raise ValueError(f"no date found in “{typed}”: {DATE_HELP}")
    first = times[0]
    if not all(t.resolved for t in times):
        reason = next(t.unresolved_reason for t in times if not t.resolved)
        raise ValueError(f"“{typed}” cannot be pinned down ({reason}): add the year")
    if len(times) == 1:
        return TimeSpan(typed, first.start, first.end, first.precision, offset)
    return TimeSpan(typed, min(t.start for t in times), max(t.end for t in times), "range", offset)


def _iso(text: str) -> tuple[date, date, str] | None:
    try:
        m = ISO_RANGE.match(text)
        if m:
            start, end = date.fromisoformat(m[1]), date.fromisoformat(m[2])
            if end < start:
                raise ValueError(f"the range {text} ends before it starts")
            return start, end, "day" if start == end else "range"
        m = ISO_SINGLE.match(text)
        if m and m[3]:
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day, "day"
        if m:
            published = Published.parse(text)
            return published.value, published.anchor, published.precision
    except ValueError as exc:
        if "ends before" in str(exc):
            raise
        raise ValueError(f"“{text}” is not a calendar date: {DATE_HELP}") from None
    return None


def parse_provinces(text: str) -> tuple[ClaimPlace, ...]:
    """Provinces named in ``text`` by code ("KP-10"), province name or any place the gazetteer knows
    ("Hyesan, North Pyongan"), in the order given. Raises ValueError naming what it could not place."""
    codes: list[str] = []
    unknown: list[str] = []
    for part in (p.strip() for p in re.split(r"[,;/]|\band\b", text)):
        if not part:
            continue
        found = [c.upper() for c in CODE.findall(part) if c.upper() in PROVINCES]
        found += [p.code for p in find_places(part)] or _by_name(part)
        if not found:
            unknown.append(part)
        codes += [c for c in found if c not in codes]
    if unknown:
        raise ValueError(f"not a place in North Korea the gazetteer knows: {', '.join(unknown)}")
    return tuple(ClaimPlace(code, province_name(code)) for code in codes)


def _by_name(part: str) -> list[str]:
    folded = " ".join(part.casefold().replace("province", "").split())
    return [code for code, name in PROVINCES.items() if name.casefold() == folded]


def _whole_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened to the words it cuts and trimmed of blank space: hands drag imprecisely."""
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and end > 0 and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def propose_claim(extraction: Extraction, start: int, end: int) -> Claim:
    """A claim for the analyst's selection ``[start, end)`` of a report: its first time, the places named in
    it and its attribution, found by the extractor's rules; the time is unresolved if the selection has none."""
    report = extraction.report
    text = report.text
    start, end = _whole_words(text, start, end)
    if start >= end:
        raise ValueError("select the words of the claim in the report first")
    anchor = report.published.anchor if report.published else None
    precision = report.published.precision if report.published else "day"
    inside = [t for t in find_times(text, anchor, anchor_precision=precision) if start <= t.offset < end]
    when = next((t for t in inside if t.resolved), inside[0] if inside else None)
    if when is None:
        when = TimeSpan("", None, None, "day", -1, "no date in the selection: give the claim one")
    places = tuple(ClaimPlace(code, province_name(code)) for code in codes_in(list(extraction.places), start, end))
    attribution = find_attribution(text, start, end, find_quotations(text))
    return Claim(report.path, text[start:end], start, end, when, places,
                 attribution.text if attribution else "", id="a" + uuid.uuid4().hex[:12])
