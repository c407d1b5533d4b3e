"""Reports to table rows and back: each field in its own column, notes as a JSON array."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from claimline.model import Published, Report

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
