"""Orchestration: expand paths to files, read each with its format reader, fill dates, drop duplicates.

Nothing raises for a bad file: each becomes exactly one ``ReadError`` and every other file still imports.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from claimline.ingest.dedupe import deduplicate
from claimline.ingest.errors import IngestError
from claimline.ingest.formats import is_report_file, reader_for
from claimline.ingest.source import Outcome, Source
from claimline.model import Published, ReadError, Report
from claimline.tasks import TaskState

MAX_BYTES = 20 * 1024 * 1024
MEGABYTE = 1024 * 1024
UNKNOWN_FORMAT = "not a report format ({suffix}): expected .txt, .md, .html, .htm, .json, .jsonl or .csv"

# OSError subclasses in an analyst's words; anything else gives the system's own message.
OS_REASONS: tuple[tuple[type[OSError], str], ...] = (
    (FileNotFoundError, "no such file or directory"),
    (PermissionError, "permission denied: cannot read the file"),
    (IsADirectoryError, "is a folder, not a file"),
)


@dataclass
class ImportResult:
    """What an import gave: reports, unreadable files, and what was dropped as a duplicate or replaced."""

    reports: list[Report] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    duplicates: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Target:
    """A file to read and the path to show for it."""

    path: Path
    shown: str


def read_paths(
    paths: Iterable[str | Path],
    *,
    published: Published | None = None,
    state: TaskState | None = None,
    max_bytes: int = MAX_BYTES,
) -> ImportResult:
    """Read files and folders (recursively) into reports; ``published`` dates reports that give none."""
    state = state or TaskState()
    targets = list_targets(paths)
    outcomes: list[Outcome] = []
    for done, target in enumerate(targets):
        state.check()
        state.set_progress(done, len(targets), target.shown)
        outcomes += read_file(target.path, target.shown, max_bytes)
    state.set_progress(len(targets), len(targets), "")
    reports = [_with_published(o, published) for o in outcomes if isinstance(o, Report)]
    kept = deduplicate(reports)
    errors = [o for o in outcomes if isinstance(o, ReadError)]
    return ImportResult(kept.reports, errors, kept.duplicates, kept.replaced)


def read_report(path: Path, display_path: str | None = None, *, max_bytes: int = MAX_BYTES) -> list[Report]:
    """The reports in one file; raise IngestError if the file cannot be read (bad records are skipped)."""
    outcomes = read_file(Path(path), display_path or str(path), max_bytes)
    reports = [o for o in outcomes if isinstance(o, Report)]
    if not reports and outcomes and isinstance(outcomes[0], ReadError):
        raise IngestError(outcomes[0].error)
    return reports


def read_file(path: Path, shown: str, max_bytes: int = MAX_BYTES) -> list[Outcome]:
    """Reports and per-record errors from one file; a whole-file failure is one ReadError."""
    reader = reader_for(path)
    if reader is None:
        return [ReadError(shown, UNKNOWN_FORMAT.format(suffix=path.suffix or "no extension"))]
    try:
        return reader(Source(path, shown, _read_bytes(path, max_bytes))) or [
            ReadError(shown, "no reports in the file")
        ]
    except IngestError as exc:
        return [ReadError(shown, str(exc))]
    except OSError as exc:
        return [ReadError(shown, _os_reason(exc))]
    except Exception as exc:  # a library failing on one odd file must not stop the import
        return [ReadError(shown, f"could not be read ({type(exc).__name__}: {exc})")]


def list_targets(paths: Iterable[str | Path]) -> list[Target]:
    """Files under ``paths``: folders walked recursively (report formats only, hidden ones skipped)."""
    targets: list[Target] = []
    for given in paths:
        path = Path(given)
        targets += _walk(path) if path.is_dir() else [Target(path, str(given))]
    return targets


def _walk(folder: Path) -> list[Target]:
    found: list[Target] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Target(Path(root, f), str(Path(root, f))) for f in sorted(files) if is_report_file(Path(f))]
    return found


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"file is {size / MEGABYTE:.1f} MB, over the {max_bytes / MEGABYTE:g} MB limit")
    raw = path.read_bytes()
    if not raw:
        raise IngestError("empty file")
    return raw


def _os_reason(exc: OSError) -> str:
    reason = next((words for kind, words in OS_REASONS if isinstance(exc, kind)), None)
    return reason or (exc.strerror or str(exc)).lower()


def _with_published(report: Report, published: Published | None) -> Report:
    if report.published is not None or published is None:
        return report
    return replace(report, published=published, notes=(*report.notes, "published date given at import"))
