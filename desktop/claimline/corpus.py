"""The reports an analyst has open, with what was extracted from them: the data every view reads."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from claimline.extract import extract, extractor_version
from claimline.geo import province_name
from claimline.ingest import read_paths
from claimline.ingest.dedupe import deduplicate
from claimline.ingest.reader import MAX_BYTES
from claimline.model import Claim, Extraction, Published, ReadError, Report
from claimline.paths import shipped
from claimline.review import Review, Reviewed, reviewed_claims
from claimline.store.rows import published_key
from claimline.tasks import TaskState

if TYPE_CHECKING:
    from claimline.store import Project

SEEDS = shipped("seeds")


def default_corpus_paths() -> list[str]:
    """The sample corpus shipped in ``seeds/``."""
    return [str(SEEDS)]


@dataclass
class Corpus:
    """Reports with what the extractor found in them, and the analyst's review laid over it.

    Treated as a value: every change makes a new Corpus (``merged``, ``with_published``, ``with_review``)."""

    extractions: list[Extraction] = field(default_factory=list)
    errors: list[ReadError] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # duplicates skipped, older versions replaced
    review: Review = field(default_factory=Review)

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

    @classmethod
    def from_reports(cls, reports: Iterable[Report]) -> Corpus:
        """Reports already read, with their claims extracted (a rule that fails costs one report its claims)."""
        extractions, errors = [], []
        for report in reports:
            extraction, error = _extract_safely(report)
            extractions.append(extraction)
            errors += [error] if error is not None else []
        return cls(extractions, errors)

    @classmethod
    def from_project(cls, project: Project, state: TaskState | None = None) -> Corpus:
        """A project's reports with their stored claims and review; reports whose claims were made by another
        extractor version (or against another published date) are extracted again and, unless the project is
        open read-only, stored again. A large project opens without redoing its extraction."""
        state = state or TaskState()
        reports = project.reports(raw=False)
        stored = project.stored_extractions({r.path: r.text for r in reports})
        version = extractor_version()
        extractions, stale, errors = [], [], []
        try:
            for done, report in enumerate(reports):
                kept = stored.get(report.path)
                if kept is not None and kept.extractor == version and kept.published == published_key(report.published):
                    extractions.append(Extraction(report, kept.claims, kept.places))
                    continue
                state.check()
                state.set_progress(done, len(reports), f"extracting {report.title}")
                extraction, error = _extract_safely(report)
                extractions.append(extraction)
                stale.append(extraction)
                if error is not None:
                    errors.append(error)
        finally:  # what was extracted before a cancel is kept for the next open
            if stale and not project.read_only:
                project.put_extractions(stale, version)
        state.check()
        state.set_progress(len(reports), len(reports), "")
        return cls(extractions, errors, review=project.review())

    @cached_property
    def reviewed(self) -> Reviewed:
        """Every claim as the analyst sees it (decisions over extracted claims) and the decisions that lost theirs."""
        return reviewed_claims(self.extractions, self.review)

    def with_review(self, review: Review) -> Corpus:
        return Corpus(self.extractions, self.errors, self.notes, review)

    def merged(self, other: Corpus) -> Corpus:
        """This corpus with ``other``'s reports added: a report read again from the same path, or a newer
        version of the same URL, replaces the old one; the same text under another name is not added twice."""
        paths = {e.report.path for e in other.extractions}
        kept = [e for e in self.extractions if e.report.path not in paths]
        combined = kept + list(other.extractions)
        result = deduplicate(e.report for e in combined)
        by_report = {id(e.report): e for e in combined}
        extractions = [by_report[id(r)] for r in result.reports]
        return Corpus(extractions, list(other.errors), [*other.notes, *result.duplicates, *result.replaced],
                      self.review)

    def with_published(self, paths: Iterable[str], published: Published | None) -> Corpus:
        """This corpus with the published date of ``paths`` set, and their claims extracted anew."""
        chosen = set(paths)
        extractions = [
            extract(replace(e.report, published=published)) if e.report.path in chosen else e
            for e in self.extractions
        ]
        return Corpus(extractions, list(self.errors), review=self.review)

    def published_of(self, paths: Iterable[str]) -> dict[str, Published | None]:
        chosen = set(paths)
        return {e.report.path: e.report.published for e in self.extractions if e.report.path in chosen}

    @property
    def claims(self) -> list[Claim]:
        """Every claim as the analyst sees it (rejected ones too: ``status`` says so), in report order."""
        return self.reviewed.claims

    def to_json(self, *, rejected: bool = True) -> dict:
        """The claims JSON document (see README, "The claims JSON"); ``rejected=False`` leaves rejected claims out."""
        by_report: dict[str, list[Claim]] = {}
        for claim in self.claims:
            if rejected or claim.status != "rejected":
                by_report.setdefault(claim.report_path, []).append(claim)
        return {
            "reports": [_report_json(e, by_report.get(e.report.path, [])) for e in self.extractions],
            "errors": [{"path": e.path, "error": e.error} for e in self.errors],
        }


def _extract_safely(report: Report) -> tuple[Extraction, ReadError | None]:
    """Extract one report; a rule that fails on odd text costs that report its claims, never the import."""
    try:
        return extract(report), None
    except Exception as exc:  # noqa: BLE001 - reported with the report's path, the others go on
        error = ReadError(report.path, f"read, but claims could not be extracted ({type(exc).__name__}: {exc})")
        return Extraction(report, (), ()), error


def _report_json(extraction: Extraction, claims: list[Claim]) -> dict:
    report = extraction.report
    return {
        "path": report.path,
        "title": report.title,
        "outlet": report.outlet,
        "url": report.url,
        "published": report.published.isoformat() if report.published else None,
        "claims": [_claim_json(c) for c in claims],
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
        "status": claim.status,
        "grade": claim.grade,
        "tags": list(claim.tags),
        "note": claim.note,
        "edited": list(claim.edited),
        **({"edited_at": claim.edited_at} if claim.edited_at else {}),
        **({"orphaned": True} if claim.orphaned else {}),
    }
