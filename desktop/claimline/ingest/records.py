"""Bundles of reports as records: ``.json`` (one object or an array), ``.jsonl`` and ``.csv``.

A record from a bundle carries the path ``FILE#N``, N counting records from 1; a bad record is an
error of its own and the others still import.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Mapping
from typing import Any

from claimline.ingest.encoding import decode
from claimline.ingest.errors import IngestError
from claimline.ingest.metadata import FIELD_NAMES, build_report, pick_fields
from claimline.ingest.repair import repair
from claimline.ingest.source import Outcome, Source
from claimline.model import ReadError

CSV_DELIMITERS = ",;\t|"


def read_json(source: Source) -> list[Outcome]:
    """A JSON file holding one report object or an array of them."""
    data = _load_json(decode(source.raw).text)
    if isinstance(data, dict):
        return [_record(source.shown, data, source.raw)]
    if not isinstance(data, list):
        raise IngestError(f"JSON holds {type(data).__name__}, not a report object or an array of them")
    if not data:
        raise IngestError("JSON array holds no reports")
    return [_record(source.record_path(n), item, _json_bytes(item)) for n, item in enumerate(data, 1)]


def read_jsonl(source: Source) -> list[Outcome]:
    """JSON Lines: one report object per non-blank line."""
    lines = [line for line in decode(source.raw).text.splitlines() if line.strip()]
    if not lines:
        raise IngestError("empty file (only blank space)")
    return [_jsonl_record(source, n, line) for n, line in enumerate(lines, 1)]


def read_csv(source: Source) -> list[Outcome]:
    """CSV with a header row; columns are found by name, case-insensitive (``body`` or ``text`` required)."""
    text = decode(source.raw).text
    rows = csv.DictReader(io.StringIO(text, newline=""), dialect=_dialect(text))
    _require_body_column(rows.fieldnames or [])
    _allow_long_fields()
    try:
        records = list(rows)
    except csv.Error as exc:
        raise IngestError(f"CSV error at line {rows.line_num}: {exc}") from None
    if not records:
        raise IngestError("CSV has a header but no rows")
    return [_record(source.record_path(n), row, _json_bytes(row)) for n, row in enumerate(records, 1)]


def _record(path: str, record: Any, raw: bytes) -> Outcome:
    if not isinstance(record, Mapping):
        return ReadError(path, f"not a report object ({type(record).__name__})")
    fields = pick_fields(record)
    body = fields.get("body")
    if not isinstance(body, str) or not body.strip():
        return ReadError(path, "no report text (no 'body' or 'text' field)")
    repaired = repair(body.strip())
    return build_report(path, fields, repaired.text, raw, repaired.notes)


def _jsonl_record(source: Source, number: int, line: str) -> Outcome:
    path = source.record_path(number)
    try:
        data = _load_json(line)
    except IngestError as exc:
        return ReadError(path, str(exc))
    return _record(path, data, line.encode("utf-8"))


def _load_json(text: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(f"JSON error at line {exc.lineno} column {exc.colno}: {exc.msg}") from None


def _json_bytes(record: Any) -> bytes:
    return json.dumps(record, ensure_ascii=False).encode("utf-8")


def _dialect(text: str) -> type[csv.Dialect]:
    header = text.split("\n", 1)[0]
    try:
        return csv.Sniffer().sniff(header, delimiters=CSV_DELIMITERS)
    except csv.Error:
        return csv.excel


def _require_body_column(columns: Iterable[str | None]) -> None:
    names = [str(c).strip() for c in columns if c]
    if not {n.lower() for n in names} & set(FIELD_NAMES["body"]):
        found = ", ".join(names) or "none"
        raise IngestError(f"CSV has no 'body' or 'text' column (columns: {found})")


def _allow_long_fields() -> None:
    # The csv module caps a field at 128 KiB by default; a long article body is bigger.
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
