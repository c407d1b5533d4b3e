"""Plain text and Markdown reports, with optional YAML front matter and a ``NAME.meta.yaml`` sidecar."""

from __future__ import annotations

import re

from claimline.ingest.encoding import decode
from claimline.ingest.errors import IngestError
from claimline.ingest.metadata import build_report, read_sidecar, split_front_matter
from claimline.ingest.repair import repair
from claimline.ingest.source import Outcome, Source

MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")


def read_text(source: Source) -> list[Outcome]:
    """A ``.txt`` report: front matter wins over the sidecar; without a title the first line is one."""
    return [_read(source, markdown=False)]


def read_markdown(source: Source) -> list[Outcome]:
    """A ``.md`` report: as text, and a first-line title loses its ``#`` marks."""
    return [_read(source, markdown=True)]


def _read(source: Source, *, markdown: bool) -> Outcome:
    decoded = decode(source.raw)
    repaired = repair(decoded.text)
    meta, body = split_front_matter(repaired.text)
    if not body.strip():
        raise IngestError(
            "no report text after the front matter" if meta else "empty file (only blank space)"
        )
    fields = {**read_sidecar(source.path), **meta}
    if markdown and not fields.get("title"):
        fields["title"] = MARKDOWN_HEADING.sub("", body.lstrip().split("\n", 1)[0]).strip()
    notes = tuple(n for n in (decoded.note, *repaired.notes) if n)
    return build_report(source.shown, fields, body, source.raw, notes)
