"""Colours and text shared by the views and by image export, so an exported image matches the window."""

from __future__ import annotations

import html

from claimline.filtering import NO_PLACE
from claimline.geo import province_name
from claimline.model import Claim, Report

# Okabe-Ito and Tableau-like qualitative colours, distinguishable for most colour-blind readers.
PROVINCE_COLORS: dict[str, str] = {
    "KP-01": "#c0392b",
    "KP-02": "#e67e22",
    "KP-03": "#0072b2",
    "KP-04": "#009e73",
    "KP-05": "#cc79a7",
    "KP-06": "#8e6c3a",
    "KP-07": "#56b4e9",
    "KP-08": "#d55e00",
    "KP-09": "#6a3d9a",
    "KP-10": "#2ca02c",
    "KP-13": "#e6a700",
    NO_PLACE: "#7f7f7f",
}
REJECTED_COLOR = "#9a9a9a"
SELECTED_COLOR = "#1a1a1a"  # no province hue, so a selection never reads as a place
HIGHLIGHT_COLOR = "#fff3b0"  # every claim's quote in the reader
SELECTED_HIGHLIGHT_COLOR = "#ffc46b"  # the selected claim's quote
REJECTED_HIGHLIGHT_COLOR = "#e4e4e4"  # a rejected claim's quote, when rejected claims are shown
HIGHLIGHT_TEXT_COLOR = "#111111"  # text on any highlight: set with the background so a dark theme stays legible
PLACE_UNDERLINE_COLOR = "#1f5fa8"  # place names in the reader
SEA_COLOR = "#dceaf5"
LAND_COLOR = "#eeeeea"
NEIGHBOUR_COLOR = "#e2e2dc"
BORDER_COLOR = "#8a8a80"
STATUS_LABELS = {  # with a mark, so the table shows the status without colour too
    "extracted": "Extracted",
    "accepted": "✓ Accepted",
    "rejected": "✗ Rejected",
    "edited": "✎ Edited",
    "added": "＋ Added",
}


GRADE_ALPHA = {1: 255, 2: 255, 3: 210, 4: 160, 5: 120, 6: 90}  # the worse a claim's grade, the fainter its marker


def grade_alpha(claim: Claim) -> int:
    """Marker opacity for a claim's grade: the worse of its two halves counts; an ungraded claim is opaque."""
    ranks = [r for r in (_reliability_rank(claim.reliability), claim.credibility) if r]
    return GRADE_ALPHA[max(ranks)] if ranks else 255


def _reliability_rank(letter: str | None) -> int | None:
    return "ABCDEF".index(letter) + 1 if letter else None


def province_color(code: str) -> str:
    return PROVINCE_COLORS.get(code, PROVINCE_COLORS[NO_PLACE])


def lane_label(code: str) -> str:
    return province_name(code) if code != NO_PLACE else "No place named"


def when_label(claim: Claim) -> str:
    """"2018-10-01" for a day, "2018-09-01 – 2018-09-10" for a period."""
    start, end = claim.when.start, claim.when.end
    if start is None or end is None:
        return "undated"
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def places_label(claim: Claim) -> str:
    """Province names, an inferred one marked with a trailing "(inferred)"."""
    if not claim.places:
        return ""
    return ", ".join(p.name + (" (inferred)" if p.inferred else "") for p in claim.places)


def claim_tooltip(claim: Claim, report_title: str = "") -> str:
    """Rich text for hovering a marker: when, where, who, and the quote itself."""
    quote = claim.quote if len(claim.quote) <= 400 else claim.quote[:400] + "…"
    rows = [
        f"<b>{html.escape(when_label(claim))}</b> · {html.escape(claim.when.text)}",
        html.escape(places_label(claim) or "no place named"),
    ]
    if claim.source:
        rows.append(f"<i>{html.escape(claim.source)}</i>")
    review = [STATUS_LABELS[claim.status]] if claim.status != "extracted" else []
    review += [f"grade {claim.grade}"] if claim.grade else []
    review += [f"tags: {', '.join(claim.tags)}"] if claim.tags else []
    if review:
        rows.append(html.escape(" · ".join(review)))
    rows.append(f"<p style='white-space:pre-wrap'>{html.escape(quote)}</p>")
    if report_title:
        rows.append(f"<span style='color:#666'>{html.escape(report_title)}</span>")
    return "<br>".join(rows)


QUOTE_MARKS = "\"'“”‘’„«»「『"


def quoted(text: str) -> str:
    """``text`` between quotation marks, on one line; a quote that already opens with a mark keeps its own."""
    text = " ".join(text.split())
    return text if text.startswith(tuple(QUOTE_MARKS)) else f"“{text}”"


def citation(claim: Claim, report: Report | None) -> str:
    """The quote with what an analyst needs to cite it: source, when, where, report, outlet, date, URL."""
    parts = [quoted(claim.quote)]
    facts = [claim.source, when_label(claim), places_label(claim)]
    parts.append(" — " + "; ".join(f for f in facts if f))
    if report is not None:
        meta = ", ".join(x for x in (report.outlet, report.published.isoformat() if report.published else None) if x)
        parts.append(f". {report.title}" + (f" ({meta})" if meta else "") + ".")
        if report.url:
            parts.append(f" {report.url}")
    return "".join(parts)
