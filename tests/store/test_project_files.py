"""Opening files: anything that is not one of our projects, or is from a newer version, is refused untouched."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import make_report, raw_sql

from claimline.store import SCHEMA_VERSION, Project, ProjectError, schema


def _refused_untouched(path: Path, message: str) -> None:
    before, neighbours = path.read_bytes(), sorted(path.parent.iterdir())
    with pytest.raises(ProjectError, match=message):
        Project.open(path)
    assert path.read_bytes() == before
    assert sorted(path.parent.iterdir()) == neighbours


def test_a_text_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "notes.claimline"
    path.write_text("Field notes, not a database.\n" * 20)
    _refused_untouched(path, "notes.claimline is not a Claimline project")


def test_a_short_file_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "short.claimline"
    path.write_bytes(b"SQLite format 3\x00")
    _refused_untouched(path, "is not a Claimline project")


def test_another_programs_sqlite_database_is_not_a_project(tmp_path: Path) -> None:
    path = tmp_path / "other.claimline"
    raw_sql(path, "PRAGMA journal_mode = WAL", "CREATE TABLE reports (path TEXT)", "PRAGMA user_version = 1")
    _refused_untouched(path, "other.claimline is not a Claimline project")


def test_a_project_from_a_newer_version_is_refused_untouched(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a")])
    raw_sql(project_path, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    _refused_untouched(project_path, f"newer version of Claimline \\(project format {SCHEMA_VERSION + 1}")


def test_a_newer_version_only_in_the_wal_is_refused(project_path: Path) -> None:
    Project.open(project_path).close()
    writer = sqlite3.connect(project_path)  # holds the WAL open, so the main file's header is stale
    writer.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    try:
        with pytest.raises(ProjectError, match="newer version"):
            Project.open(project_path)
        assert writer.execute("PRAGMA user_version").fetchone() == (SCHEMA_VERSION + 1,)
    finally:
        writer.close()


def test_a_folder_is_not_a_project(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="is a folder"):
        Project.open(tmp_path)


def test_an_empty_file_is_taken_over_only_when_the_analyst_says_so(project_path: Path) -> None:
    project_path.touch()
    _refused_untouched(project_path, "is an empty file, not a Claimline project yet")
    with Project.open(project_path, adopt_empty=True) as project:
        project.add_reports([make_report("a")])
    with Project.open(project_path) as project:
        assert [r.path for r in project.reports()] == ["a"]


def test_a_project_that_cannot_be_created_leaves_no_file(project_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(schema, "MIGRATIONS", (schema.create_reports, _broken_migration))
    with pytest.raises(ProjectError, match="cannot open .*half way"):
        Project.open(project_path)
    assert list(project_path.parent.iterdir()) == []


def test_a_missing_folder_is_a_project_error(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="cannot open"):
        Project.open(tmp_path / "no such folder" / "a.claimline")


def _broken_migration(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (x)")
    raise sqlite3.OperationalError("migration failed half way")
