"""Report metadata: YAML front matter, ``NAME.meta.yaml`` sidecars, field names, and building the Report."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from claimline.ingest.dates import parse_published
from claimline.ingest.errors import IngestError
from claimline.ingest.repair import repair_field
from claimline.model import Report

FENCE = "---"
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SIDECAR_SUFFIX = ".meta.yaml"

# Report field -> the names a front matter, JSON object or CSV header may use for it (case-insensitive).
FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline"),
    "body": ("body", "text", "content"),
    "published": ("published", "date", "published_at", "pubdate"),
    "url": ("url", "link", "canonical_url"),
    "outlet": ("outlet", "site_name", "sitename", "publisher"),
    "author": ("author", "byline", "authors"),
}


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split ``---`` YAML front matter from the body; raise IngestError if it is malformed."""
    lines = text.split("\n")
    if lines[0].rstrip() != FENCE:
        return {}, text
    closing = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (FENCE, "...")), None)
    if closing is None:
        raise IngestError("front matter: no closing '---' line")
    meta = load_yaml_mapping("\n".join(lines[1:closing]), "front matter", first_line=2)
    return meta, "\n".join(lines[closing + 1 :]).lstrip("\n")


def load_yaml_mapping(text: str, what: str, first_line: int = 1) -> dict[str, Any]:
    """Load YAML that must be a mapping (safe loader); line numbers in errors count from ``first_line``."""
    try:
        data = _safe_load(text)
    except yaml.YAMLError as exc:
        raise IngestError(f"{what}: {_yaml_reason(exc, first_line)}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise IngestError(f"{what}: expected 'key: value' lines, found {type(data).__name__}")
    return {str(k).lower(): v for k, v in data.items()}


def _safe_load(text: str) -> Any:
    """``yaml.safe_load`` through libyaml's C parser (ten times faster); what it refuses is read again by the
    pure-Python parser, so that what loads and the error an analyst reads are PyYAML's own."""
    try:
        return yaml.load(text, Loader=FAST_LOADER)  # noqa: S506 - a safe loader
    except yaml.YAMLError:
        return yaml.safe_load(text)


def read_sidecar(path: Path) -> dict[str, Any]:
    """Metadata from ``NAME.meta.yaml`` beside ``NAME.txt``, or {} if there is none."""
    sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
    if not sidecar.is_file():
        return {}
    try:
        text = sidecar.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeError) as exc:
        raise IngestError(f"sidecar {sidecar.name}: cannot read it ({exc})") from None
    return load_yaml_mapping(text, f"sidecar {sidecar.name}")


def pick_fields(record: Mapping[str, Any]) -> dict[str, Any]:
    """Map a record's keys (any case, any known alias) onto report field names."""
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    picked: dict[str, Any] = {}
    for field_name, names in FIELD_NAMES.items():
        picked[field_name] = next((lowered[n] for n in names if _present(lowered.get(n))), None)
    return picked


def first_line_title(body: str) -> str:
    """The first non-blank line of the body: the title of a report that gives none."""
    return next((line.strip() for line in body.split("\n") if line.strip()), "")


def build_report(
    path: str, fields: Mapping[str, Any], body: str, raw: bytes, notes: tuple[str, ...] = ()
) -> Report:
    """A Report from picked fields and the repaired body; an unreadable date is noted, not fatal."""
    published = parse_published(fields.get("published"))
    if fields.get("published") not in (None, "") and published is None:
        notes = (*notes, f"could not read the published date {fields['published']!r}")
    return Report(
        path=path,
        title=repair_field(_text(fields.get("title"))) or first_line_title(body),
        text=body,
        outlet=repair_field(_text(fields.get("outlet"))),
        url=_text(fields.get("url")),
        published=published,
        author=repair_field(_text(fields.get("author"))),
        raw=raw,
        notes=notes,
    )


def _text(value: Any) -> str | None:
    if isinstance(value, list | tuple):
        value = ", ".join(str(v) for v in value if _present(v))
    return (str(value).strip() or None) if _present(value) else None


def _present(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def _yaml_reason(exc: yaml.YAMLError, first_line: int) -> str:
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc)
    if mark is None:
        return f"YAML error: {problem}"
    return f"YAML error at line {mark.line + first_line}: {problem}"
