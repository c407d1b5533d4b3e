"""Reports, claims and decisions to table rows and back: report fields in columns, claims as JSON."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import fields
from datetime import date
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
        "when": [when.text, _day(when.start), _day(when.end), when.precision, when.offset, when.unresolved_reason],
        "places": [[p.code, p.name, p.inferred] for p in claim.places],
        "source": claim.source,
        "uncertain": list(claim.uncertain),
    }
    review = {name: getattr(claim, name) for name in REVIEW_FIELDS if getattr(claim, name) != REVIEW_DEFAULTS[name]}
    data.update({k: list(v) if isinstance(v, tuple) else v for k, v in review.items()})
    return data


def claim_from_json(data: dict[str, Any], report_path: str) -> Claim:
    text, start, end, precision, offset, reason = data["when"]
    review = {name: tuple(data[name]) if isinstance(REVIEW_DEFAULTS[name], tuple) else data[name]
              for name in REVIEW_FIELDS if name in data}
    return Claim(
        report_path=report_path,
        quote=data["quote"],
        start=data["start"],
        end=data["end"],
        when=TimeSpan(text, _from_day(start), _from_day(end), precision, offset, reason),
        places=tuple(ClaimPlace(code, name, inferred) for code, name, inferred in data["places"]),
        source=data["source"],
        uncertain=tuple(data.get("uncertain", ())),
        id=data["id"],
        **review,
    )


def mentions_json(places: Iterable[PlaceMention]) -> str:
    return json.dumps([[p.text, p.code, p.start, p.end] for p in places], ensure_ascii=False)


def mentions_from_json(text: str) -> tuple[PlaceMention, ...]:
    return tuple(PlaceMention(t, code, start, end) for t, code, start, end in json.loads(text))


def anchor_json(anchor: Anchor | None) -> str | None:
    if anchor is None:
        return None
    return json.dumps([anchor.quote, anchor.start, anchor.end, anchor.when_text, anchor.when_offset],
                      ensure_ascii=False)


def anchor_from_json(text: str | None) -> Anchor | None:
    return None if text is None else Anchor(*json.loads(text))


def _day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _from_day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


REVIEW_FIELDS = ("status", "credibility", "tags", "note", "edited", "edited_at")
REVIEW_DEFAULTS = {f.name: f.default for f in fields(Claim) if f.name in REVIEW_FIELDS}
