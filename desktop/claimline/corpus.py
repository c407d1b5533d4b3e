"""The reports an analyst has open, with what was extracted from them: the data every view reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from claimline.extract import extract
from claimline.geo import province_name
from claimline.ingest import read_paths
from claimline.ingest.dedupe import deduplicate
from claimline.ingest.reader import MAX_BYTES
from claimline.model import Claim, Extraction, Published, ReadError, Report
from claimline.tasks import TaskState

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def default_corpus_paths() -> list[str]:
    """The sample corpus shipped in ``seeds/``."""
    return [str(SEEDS)]


@dataclass
class Corpus:
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # duplicates skipped, older versions replaced

    @classmethod
    def load(
        cls, paths: Iterable[str | Path], *, published: Published | None = None, state: TaskState | None = None,
        max_bytes: int = MAX_BYTES,
    ) -> Corpus:
        """Read and extract every report under ``paths``; unreadable files land in ``errors``."""
        state = state or TaskState()
        result = read_paths(paths, published=published, state=state, max_bytes=max_bytes)
        extractions, errors = [], list(result.errors)
        for i, report in enumerate(result.reports):
            state.check()
            state.set_progress(i, len(result.reports), f"extracting {report.title}")
            extraction, error = _extract_safely(report)
            extractions.append(extraction)
            if error is not None:
                errors.append(error)
        return cls(extractions, errors, [*result.duplicates, *result.replaced])

    def merged(self, other: Corpus) -> Corpus:
        """This corpus with ``other``'s reports added: a report read again from the same path, or a newer
        version of the same URL, replaces the old one; the same text under another name is not added twice."""
        paths = {e.report.path for e in other.extractions}
        kept = [e for e in self.extractions if e.report.path not in paths]
        combined = kept + list(other.extractions)
        result = deduplicate(e.report for e in combined)
        by_report = {id(e.report): e for e in combined}
        extractions = [by_report[id(r)] for r in result.reports]
        return Corpus(extractions, list(other.errors), [*other.notes, *result.duplicates, *result.replaced])

    def with_published(self, paths: Iterable[str], published: Published | None) -> Corpus:
        """This corpus with the published date of ``paths`` set, and their claims extracted anew."""
        chosen = set(paths)
        extractions = [
            extract(replace(e.report, published=published)) if e.report.path in chosen else e
            for e in self.extractions
        ]
        return Corpus(extractions, list(self.errors))

    def published_of(self, paths: Iterable[str]) -> dict[str, Published | None]:
        chosen = set(paths)
        return {e.report.path: e.report.published for e in self.extractions if e.report.path in chosen}

    @property
    def claims(self) -> list[Claim]:
        return [c for e in self.extractions for c in e.claims]

    def to_json(self) -> dict:
        """The claims JSON document (see README, "The claims JSON")."""
        return {
            "reports": [_report_json(e) for e in self.extractions],
            "errors": [{"path": e.path, "error": e.error} for e in self.errors],
        }


def _extract_safely(report: Report) -> tuple[Extraction, ReadError | None]:
    """Extract one report; a rule that fails on odd text costs that report its claims, never the import."""
    try:
        return extract(report), None
    except Exception as exc:  # noqa: BLE001 - reported with the report's path, the others go on
        error = ReadError(report.path, f"read, but claims could not be extracted ({type(exc).__name__}: {exc})")
        return Extraction(report, (), ()), error


def _report_json(extraction: Extraction) -> dict:
    report = extraction.report
    return {
        "path": report.path,
        "title": report.title,
        "outlet": report.outlet,
        "url": report.url,
        "published": report.published.isoformat() if report.published else None,
        "claims": [_claim_json(c) for c in extraction.claims],
        "places": [{"text": p.text, "code": p.code, "start": p.start, "end": p.end} for p in extraction.places],
    }


def _claim_json(claim: Claim) -> dict:
    when = claim.when
    return {
        "id": claim.id,
        "quote": claim.quote,
        "start": claim.start,
        "end": claim.end,
        "when": {
            "text": when.text,
            "start": when.start.isoformat() if when.start else None,
            "end": when.end.isoformat() if when.end else None,
            "precision": when.precision,
            **({} if when.resolved else {"unresolved": when.unresolved_reason or "no anchor date"}),
        },
        "places": [
            {"code": p.code, "name": p.name or province_name(p.code), "inferred": p.inferred} for p in claim.places
        ],
        "source": claim.source,
        "uncertain": list(claim.uncertain),
    }
