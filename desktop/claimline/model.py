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

    @property
    def key(self) -> str:
        """A stable identifier for selection: the report and the quote's offsets."""
        return f"{self.report_path}@{self.start}:{self.end}"

    @property
    def province_codes(self) -> frozenset[str]:
        return frozenset(p.code for p in self.places)


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
