"""Reports, claims and decisions to table rows and back: report fields in columns, claims as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields, replace
from datetime import date
from functools import lru_cache
from typing import Any

from claimline.model import Claim, ClaimPlace, PlaceMention, Published, Report, TimeSpan
from claimline.review import Anchor

COLUMNS = (
    "path",
    "title",
    "text",
    "outlet",
    "url",
    "published",
    "published_precision",
    "author",
    "raw",
    "notes",
)


def report_row(report: Report) -> tuple[Any, ...]:
    """The column values of ``report``, in COLUMNS order."""
    return (
        report.path,
        report.title,
        report.text,
        report.outlet,
        report.url,
        *published_values(report.published),
        report.author,
        bytes(report.raw),
        json.dumps(list(report.notes), ensure_ascii=False),
    )


def published_values(published: Published | None) -> tuple[str | None, str | None]:
    """A published date as (ISO day, precision) columns."""
    if published is None:
        return None, None
    return published.value.isoformat(), published.precision


def published_key(published: Published | None) -> str | None:
    """The published date claims were resolved against, as stored beside them."""
    return None if published is None else f"{published.value.isoformat()}/{published.precision}"


def published_from(value: str | None, precision: str | None) -> Published | None:
    """The published date stored as (ISO day, precision) columns."""
    if value is None:
        return None
    return Published(date.fromisoformat(value), precision or "day")


def report_from(row: tuple[Any, ...]) -> Report:
    """The report a row in COLUMNS order describes."""
    path, title, text, outlet, url, published, precision, author, raw, notes = row
    return Report(
        path=path,
        title=title,
        text=text,
        outlet=outlet,
        url=url,
        published=published_from(published, precision),
        author=author,
        raw=bytes(raw),
        notes=tuple(json.loads(notes)),
    )


def claim_json(claim: Claim) -> dict[str, Any]:
    """Everything a claim holds except its report path (the row it is stored under says that)."""
    when = claim.when
    data: dict[str, Any] = {
        "id": claim.id,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "when": [when.text, _day(when.start), _day(when.end), when.precision, when.offset, when.unresolved_reason,
                 when.basis],
        "places": [[p.code, p.name, p.inferred] for p in claim.places],
        "source": claim.source,
        "uncertain": list(claim.uncertain),
    }
    review = {name: getattr(claim, name) for name in REVIEW_FIELDS if getattr(claim, name) != REVIEW_DEFAULTS[name]}
    data.update({k: list(v) if isinstance(v, tuple) else v for k, v in review.items()})
    return data


def claim_from_json(data: dict[str, Any], report_path: str) -> Claim:
    """The claim ``claim_json`` wrote; a claim never decided on has only the extractor's keys (fast path)."""
    text, start, end, precision, offset, reason, *basis = data["when"]
    claim = Claim(
        report_path,
        data["quote"],
        data["start"],
        data["end"],
        TimeSpan(text, _from_day(start), _from_day(end), precision, offset, reason, basis[0] if basis else ""),
        tuple(ClaimPlace(code, name, inferred) for code, name, inferred in data["places"]),
        data["source"],
        tuple(data.get("uncertain", ())),
        data["id"],
    )
    if len(data) <= len(EXTRACTOR_KEYS):
        return claim
    review = {name: tuple(data[name]) if isinstance(REVIEW_DEFAULTS[name], tuple) else data[name]
              for name in REVIEW_FIELDS if name in data}
    return replace(claim, **review)


def extracted_json(claims: Iterable[Claim]) -> str:
    """A report's extracted claims, compact: one array per claim, without the quote (the report's text between
    its offsets) and without review fields (extracted claims have none). Read back by ``extracted_from_json``."""
    rows = []
    for c in claims:
        w = c.when
        rows.append([c.id, c.start, c.end, w.text, _day(w.start), _day(w.end), w.precision, w.offset,
                     w.unresolved_reason, w.basis, [[p.code, p.name, p.inferred] for p in c.places], c.source,
                     list(c.uncertain)])
    return json.dumps(rows, ensure_ascii=False, separators=(",", ":"))


def extracted_from_json(data: str, report_path: str, text: str) -> tuple[Claim, ...]:
    """The claims ``extracted_json`` stored for the report at ``report_path`` whose body is ``text``."""
    claims = []
    for (claim_id, start, end, w_text, w_start, w_end, precision, offset, reason, basis, places, source,
         uncertain) in json.loads(data):
        when = TimeSpan(w_text, _from_day(w_start), _from_day(w_end), precision, offset, reason, basis)
        claims.append(Claim(report_path, text[start:end], start, end, when,
                            tuple(ClaimPlace(*p) for p in places), source, tuple(uncertain), claim_id))
    return tuple(claims)


def mentions_json(places: Iterable[PlaceMention]) -> str:
    return json.dumps([[p.text, p.code, p.start, p.end] for p in places], ensure_ascii=False, separators=(",", ":"))


def mentions_from_json(text: str) -> tuple[PlaceMention, ...]:
    return tuple(PlaceMention(*row) for row in json.loads(text))


def anchor_json(anchor: Anchor | None) -> str | None:
    if anchor is None:
        return None
    return json.dumps([anchor.quote, anchor.start, anchor.end, anchor.when_text, anchor.when_offset],
                      ensure_ascii=False)


def anchor_from_json(text: str | None) -> Anchor | None:
    return None if text is None else Anchor(*json.loads(text))


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


@lru_cache(maxsize=20_000)
def _from_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


EXTRACTOR_KEYS = ("id", "quote", "start", "end", "when", "places", "source", "uncertain")
REVIEW_FIELDS = ("status", "credibility", "tags", "note", "edited", "edited_at")
REVIEW_DEFAULTS = {f.name: f.default for f in fields(Claim) if f.name in REVIEW_FIELDS}
