"""Which reader reads which file: a table from file suffix to format reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from claimline.ingest.plaintext import read_markdown, read_text
from claimline.ingest.records import read_csv, read_json, read_jsonl
from claimline.ingest.source import Outcome, Source
from claimline.ingest.webpage import read_html

FormatReader = Callable[[Source], list[Outcome]]

READERS: dict[str, FormatReader] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".html": read_html,
    ".htm": read_html,
    ".json": read_json,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
}

# Files a folder holds beside reports that are not reports: gold annotations and metadata sidecars, and a
# folder's own README or licence (a file the analyst names explicitly is still read).
NOT_REPORTS = (".gold.json", ".meta.yaml")
NOT_REPORT_STEMS = frozenset({"readme", "license", "licence", "changelog", "contributing", "copying"})


def reader_for(path: Path) -> FormatReader | None:
    """The reader for ``path``'s format, or None if it is not a report format."""
    return READERS.get(path.suffix.lower())


def is_report_file(path: Path) -> bool:
    """True for a file a folder import should read: known format, not hidden, not a sidecar or gold file."""
    name = path.name.lower()
    if name.startswith(".") or name.endswith(NOT_REPORTS) or path.stem.lower() in NOT_REPORT_STEMS:
        return False
    return reader_for(path) is not None
