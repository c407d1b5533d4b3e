"""The values that flow from ingest through extraction to the views: plain frozen dataclasses.

Offsets (``start``/``end``) are always character offsets into ``Report.text``, the
(repaired) body that the reader shows, end exclusive.
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, field
from datetime import date

PRECISIONS = ("day", "week", "part-of-month", "month", "season", "half-year", "year", "range")
STATUSES = ("extracted", "accepted", "rejected", "edited", "added")


class Doubt:
    """Why the extractor is unsure of a claim, in the analyst's words, with how much each weighs in the
    review queue (a claim with an unresolved date is looked at before one that merely has no source)."""

    UNRESOLVED = "date not resolved"
    FROM_EVENT = "date counted from another event in the text"
    YEAR_GUESSED = "year inferred from the publication date"
    RELATIVE = "date counted from the publication date"
    PUBLISHED_VAGUE = "publication date known only to the month or year"
    PLACE_INFERRED = "place inferred from an earlier source"
    NO_PLACE = "no place named"
    NO_SOURCE = "no source"
    PRONOUN_SOURCE = "source is only a pronoun"
    LONG_QUOTE = "long quote"
    INTERVIEW_PLACE = "place taken from the interviewee introduced before the answer"
    PRONOUN_UNRESOLVED = "source is a pronoun with no source named before it"
    AMBIGUOUS_PLACE = "names a place that is ambiguous (two provinces, or also a weapon or a word)"

    WEIGHTS = {UNRESOLVED: 8, FROM_EVENT: 3, YEAR_GUESSED: 3, RELATIVE: 2, PUBLISHED_VAGUE: 2, PLACE_INFERRED: 2,
               NO_PLACE: 1, NO_SOURCE: 1, PRONOUN_SOURCE: 2, LONG_QUOTE: 1, INTERVIEW_PLACE: 2, PRONOUN_UNRESOLVED: 3,
               AMBIGUOUS_PLACE: 2}

    # Reasons a rule gives for an inferred place that say more than PLACE_INFERRED, which they replace.
    INFERRED_PLACE = frozenset({INTERVIEW_PLACE})

    @classmethod
    def weight(cls, reasons: tuple[str, ...]) -> int:
        return sum(cls.WEIGHTS.get(r, 1) for r in reasons)


@dataclass(frozen=True)
class Published:
    """When a report was published, to the precision the source gives ("2018-10" is a month)."""

    value: date
    precision: str = "day"  # "day" | "month" | "year"

    @classmethod
    def parse(cls, text: str) -> Published:
        """Parse ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``; raise ValueError otherwise."""
        text = str(text).strip()
        parts = text.split("-")
        if len(parts) == 3:
            return cls(date(int(parts[0]), int(parts[1]), int(parts[2][:2])), "day")
        if len(parts) == 2:
            return cls(date(int(parts[0]), int(parts[1]), 1), "month")
        if len(parts) == 1 and len(text) == 4 and text.isdigit():
            return cls(date(int(text), 1, 1), "year")
        raise ValueError(f"not a date: {text!r}")

    @property
    def anchor(self) -> date:
        """The latest day the report could have been published: what relative dates resolve against."""
        if self.precision == "month":
            last = calendar.monthrange(self.value.year, self.value.month)[1]
            return self.value.replace(day=last)
        if self.precision == "year":
            return self.value.replace(month=12, day=31)
        return self.value

    def isoformat(self) -> str:
        if self.precision == "month":
            return self.value.strftime("%Y-%m")
        if self.precision == "year":
            return f"{self.value.year:04d}"
        return self.value.isoformat()


@dataclass(frozen=True)
class Report:
    """One report as read from disk: metadata, the repaired body text and the original bytes."""

    path: str
    title: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: Published | None = None
    author: str | None = None
    raw: bytes = field(default=b"", repr=False, compare=False)
    notes: tuple[str, ...] = ()  # what ingest repaired or guessed, e.g. "re-decoded CP949 mojibake"

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class TimeSpan:
    """A time expression in the text, resolved to an inclusive interval of calendar days."""

    text: str
    start: date | None
    end: date | None
    precision: str
    offset: int = -1  # where ``text`` starts in the report text
    unresolved_reason: str = ""  # set when start/end are None
    # how the calendar got the days: "" the text gives the year; "year-inferred" it came from the
    # publication date; "relative" counted from it ("last month"); "event" from another dated time in the text
    basis: str = field(default="", compare=False)

    @property
    def resolved(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def offset_end(self) -> int:
        return self.offset + len(self.text)


@dataclass(frozen=True)
class PlaceMention:
    """A place in North Korea named in the text, resolved to its province (ISO 3166-2:KP)."""

    text: str
    code: str
    start: int
    end: int


@dataclass(frozen=True)
class ClaimPlace:
    """A province a claim is tied to; ``inferred`` when it comes from an earlier-located source."""

    code: str
    name: str
    inferred: bool = False


@dataclass(frozen=True)
class Claim:
    """A dated statement in a report: the quote span, its time, its places and its source."""

    report_path: str
    quote: str
    start: int
    end: int
    when: TimeSpan
    places: tuple[ClaimPlace, ...] = ()
    source: str = ""
    uncertain: tuple[str, ...] = ()  # Doubt reasons, most serious first
    id: str = ""  # stable: see claim_id(); the review layer keeps it for the claims it decides on
    # what the analyst decided (claimline.review); an untouched claim keeps these defaults
    status: str = "extracted"
    credibility: int | None = None  # information credibility, Admiralty 1-6
    reliability: str | None = None  # its source's reliability, Admiralty A-F (set per outlet and source)
    tags: tuple[str, ...] = ()
    note: str = ""
    edited: tuple[str, ...] = ()  # fields the analyst changed: "when", "places", "source", "quote"
    edited_at: str = ""  # ISO timestamp of the last decision
    orphaned: bool = False  # a decision the current extractor no longer finds the claim for

    @property
    def key(self) -> str:
        """The identifier views select by: the stable id, or the report and offsets for a claim built by hand."""
        return self.id or f"{self.report_path}@{self.start}:{self.end}@{self.when.offset}"

    @property
    def grade(self) -> str | None:
        """The Admiralty grade ("B2"), with "?" for the half not yet set; None when neither is."""
        if self.reliability is None and self.credibility is None:
            return None
        return f"{self.reliability or '?'}{self.credibility or '?'}"

    @property
    def province_codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.places)


def claim_id(report_hash: str, start: int, end: int, when: TimeSpan) -> str:
    """An id that stays the same as long as the extractor finds the same quote and time in the same text."""
    digest = hashlib.sha1(f"{report_hash}|{start}|{end}|{when.offset}|{when.text}".encode()).hexdigest()
    return "c" + digest[:12]


@dataclass(frozen=True)
class Extraction:
    """What extraction found in one report."""

    report: Report
    claims: tuple[Claim, ...]
    places: tuple[PlaceMention, ...]


@dataclass(frozen=True)
class ReadError:
    """A file that could not be read, and why, in words an analyst understands."""

    path: str
    error: str
