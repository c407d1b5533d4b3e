"""Duplicates: the same text twice is kept once; the same URL with new text replaces the older version."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from claimline.model import Report


@dataclass
class Deduplicated:
    """The reports to keep, in import order, and human-readable lines on what was dropped and why."""

    reports: list[Report] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def content_key(report: Report) -> str:
    """A hash of the repaired text with blank space collapsed: re-saved copies of one text match."""
    return hashlib.sha256(" ".join(report.text.split()).encode("utf-8")).hexdigest()


def url_key(url: str | None) -> str | None:
    """The URL without scheme, ``www.``, fragment or trailing slash: one page however it was saved."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    if not host:
        return url.strip()
    return urlunsplit(("", host, parts.path.rstrip("/"), parts.query, "")).lstrip("/")


def deduplicate(reports: Iterable[Report]) -> Deduplicated:
    """Keep one report per text and per URL; a later-published (or, on a tie, later-read) version wins."""
    result = Deduplicated()
    by_text: dict[str, int] = {}
    by_url: dict[str, int] = {}
    for report in reports:
        text, url = content_key(report), url_key(report.url)
        if text in by_text:
            kept = result.reports[by_text[text]]
            result.duplicates.append(f"{report.path}: same text as {kept.path}, not imported again")
        elif url is not None and url in by_url:
            _replace(result, by_url[url], report)
            by_text[text] = by_url[url]
        else:
            by_text[text] = len(result.reports)
            if url is not None:
                by_url[url] = len(result.reports)
            result.reports.append(report)
    return result


def _replace(result: Deduplicated, index: int, report: Report) -> None:
    old = result.reports[index]
    newer, older = (old, report) if _published_later(old, report) else (report, old)
    result.reports[index] = newer
    result.replaced.append(f"{older.path}: replaced by {newer.path} (same URL {newer.url}, newer version)")


def _published_later(old: Report, new: Report) -> bool:
    return (
        old.published is not None
        and new.published is not None
        and old.published.anchor > new.published.anchor
    )
