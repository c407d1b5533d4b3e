"""The words around an exported view or brief: title, the dates shown, the sources and credits. Qt-free.

Analysts paste these images into briefs without their context, so each one says what it shows, when, and
where it comes from; the same words serve the PNG, SVG and PDF images and the HTML and PDF briefs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from claimline.filtering import Workspace
from claimline.model import Claim, Report
from claimline.ui.style import places_label, quoted, when_label

BOUNDARY_CREDIT = "Boundaries: Natural Earth (public domain)"
MADE_WITH = "Made with Claimline"
MOST_OUTLETS = 4  # named in a footer; the others are counted
DEFAULT_TITLES = {"timeline": "Timeline of claims", "map": "Claims by province", "brief": "Brief"}


@dataclass(frozen=True)
class Captions:
    """What an image or brief says around its views; an empty title or subtitle is left out."""

    title: str
    subtitle: str
    shown: str  # "1 Jul 2018 – 31 Oct 2018 · 12 of 118 claims, North Hamgyong"
    sources: str  # "Sources: Daily NK, 12 reports"
    credit: str  # the boundary data credit on maps, and where the picture was made


def day_label(day: date) -> str:
    """"1 Jul 2018": unambiguous in any locale, unlike 07/01/2018."""
    return f"{day.day} {day:%b %Y}"


def span_label(first: date, last: date) -> str:
    return day_label(first) if first == last else f"{day_label(first)} – {day_label(last)}"


def claims_span(claims: Iterable[Claim]) -> tuple[date, date] | None:
    """The first and last day the dated claims cover, or None when none is dated."""
    dated = [c for c in claims if c.when.resolved]
    if not dated:
        return None
    return min(c.when.start for c in dated), max(c.when.end for c in dated)


def in_range(claims: Iterable[Claim], days: tuple[date, date] | None) -> list[Claim]:
    """The dated claims that overlap ``days`` (all dated claims when None): what a timeline shows."""
    return [c for c in claims if c.when.resolved and (days is None or (c.when.end >= days[0]
                                                                        and c.when.start <= days[1]))]


def sources_line(workspace: Workspace, claims: Iterable[Claim]) -> str:
    """"Sources: Daily NK, Asia Press, 12 reports": the outlets of the reports the claims come from."""
    paths = {c.report_path for c in claims}
    reports = [r for r in (workspace.report(p) for p in sorted(paths)) if r is not None]
    outlets = Counter(r.outlet for r in reports if r.outlet)
    named = [name for name, _ in outlets.most_common(MOST_OUTLETS)]
    others = len(outlets) - len(named)
    outlet_text = ", ".join(named) + (f" and {others} other outlet{'s' if others != 1 else ''}" if others else "")
    count = f"{len(paths)} report{'s' if len(paths) != 1 else ''}"
    return f"Sources: {outlet_text}, {count}" if outlet_text else f"Sources: {count}"


def captions_for(what: str, workspace: Workspace, *, title: str | None = None, subtitle: str = "",
                 days: tuple[date, date] | None = None) -> Captions:
    """The captions of a ``what`` ("timeline", "map" or "brief") export of ``workspace``; ``title`` None
    gives the default title, "" none; ``days`` is the time range a timeline shows (None: its claims' span)."""
    claims = in_range(workspace.visible_claims(), days)
    span = days or claims_span(claims)
    shown = " · ".join(x for x in (span_label(*span) if span else "", workspace.status()) if x)
    credit = " · ".join(([BOUNDARY_CREDIT] if what in ("map", "brief") else []) + [MADE_WITH])
    return Captions(DEFAULT_TITLES[what] if title is None else title, subtitle, shown,
                    sources_line(workspace, claims), credit)


def in_date_order(claims: Iterable[Claim]) -> list[Claim]:
    """Claims by their first day, then last day, then report and place in it; undated claims last."""
    return sorted(claims, key=lambda c: (c.when.start or date.max, c.when.end or date.max, c.report_path,
                                         c.start))


@dataclass(frozen=True)
class Entry:
    """One claim as a brief lists it: when, where, who, the grade, the quote and what to cite it by."""

    key: str
    when: str
    places: str
    source: str
    grade: str
    quote: str  # between quotation marks, once
    title: str
    outlet: str
    published: str
    url: str

    @property
    def reference(self) -> str:
        """"Title. Daily NK, 2018-10." (the URL apart, so that a brief can link it)."""
        meta = ", ".join(x for x in (self.outlet, self.published) if x)
        return f"{self.title}." + (f" {meta}." if meta else "")


def entry(claim: Claim, report: Report | None) -> Entry:
    return Entry(claim.key, when_label(claim), places_label(claim) or "no place named", claim.source,
                 claim.grade or "", quoted(claim.quote), report.title if report else claim.report_path,
                 (report.outlet or "") if report else "",
                 report.published.isoformat() if report and report.published else "",
                 (report.url or "") if report else "")


def brief_entries(workspace: Workspace) -> list[Entry]:
    """Every claim in the filter, in date order (undated ones last), as a brief lists them."""
    return [entry(c, workspace.report(c.report_path)) for c in in_date_order(workspace.filtered_claims())]
