"""Saved web pages (``.html``/``.htm``): main text and metadata by trafilatura, the date by htmldate.

Nothing is fetched and no script runs: both libraries get an lxml tree built from the saved bytes.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from claimline.ingest.encoding import declared_html_charset, decode
from claimline.ingest.errors import IngestError
from claimline.ingest.metadata import build_report
from claimline.ingest.repair import repair
from claimline.ingest.source import Outcome, Source

NO_TEXT = "no article text found in the page"
# Dates found only in the article text are often events, not publication: look at metadata and URLs.
HTMLDATE_OPTIONS: dict[str, Any] = {
    "extensive_search": False,
    "original_date": True,
    "outputformat": "%Y-%m-%d",
}


def read_html(source: Source) -> list[Outcome]:
    """One report from a saved page; paragraphs separated by blank lines."""
    decoded = decode(source.raw, declared_html_charset(source.raw))
    document = _extract(decoded.text)
    text = (document.get("text") or "").strip()
    if not text:
        raise IngestError(NO_TEXT)
    repaired = repair(_paragraphs(text))
    fields = {
        "title": document.get("title"),
        "author": document.get("author"),
        "url": document.get("url"),
        "outlet": document.get("sitename"),
        "published": _publication_date(document.get("tree")),
    }
    notes = tuple(n for n in (decoded.note, *repaired.notes) if n)
    return [build_report(source.shown, fields, repaired.text, source.raw, notes)]


def _extract(html: str) -> dict[str, Any]:
    # Imported here: trafilatura and its lxml stack take a noticeable time to load at start-up.
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        raise IngestError(NO_TEXT)
    document = trafilatura.bare_extraction(
        tree, with_metadata=True, include_comments=False, include_tables=True, favor_recall=True
    )
    if document is None:
        raise IngestError(NO_TEXT)
    fields = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    return {**fields, "tree": trafilatura.load_html(html)}


def _publication_date(tree: Any) -> date | str | None:
    import htmldate

    return htmldate.find_date(tree, **HTMLDATE_OPTIONS) if tree is not None else None


def _paragraphs(text: str) -> str:
    return "\n\n".join(line.strip() for line in text.split("\n") if line.strip())
