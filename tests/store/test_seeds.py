"""The sample corpus through a project: the same reports back, the same claims as reading the files."""

from __future__ import annotations

from pathlib import Path

from claimline.corpus import Corpus
from claimline.ingest import read_paths
from claimline.store import Project

ROOT = Path(__file__).resolve().parents[2]
PATHS = [ROOT / "seeds", ROOT / "tests" / "data" / "import"]


def test_real_reports_round_trip_and_extract_as_from_the_files(project_path: Path) -> None:
    reports = read_paths(PATHS).reports
    assert len(reports) > 10 and any(r.notes for r in reports)
    with Project.open(project_path) as project:
        project.add_reports(reports)
    with Project.open(project_path) as project:
        assert project.reports() == reports
        assert [r.raw for r in project.reports()] == [r.raw for r in reports]
        from_project = Corpus.from_project(project)
    from_files = Corpus.load(PATHS)
    assert from_project.claims == from_files.claims
    assert [e.places for e in from_project.extractions] == [e.places for e in from_files.extractions]
