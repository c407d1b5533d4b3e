"""Schema versions: a version-1 file, written here by raw SQL as version 1 wrote it, opens migrated."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from store_helpers import raw_sql

from claimline.model import Published
from claimline.store import SCHEMA_VERSION, Project, ProjectError, schema

VERSION_1 = (
    "PRAGMA application_id = 1131179374",  # b"Clmn"
    """CREATE TABLE reports (
        id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, title TEXT NOT NULL, text TEXT NOT NULL,
        outlet TEXT, url TEXT, published TEXT, published_precision TEXT, author TEXT,
        raw BLOB NOT NULL, notes TEXT NOT NULL)""",
    """INSERT INTO reports (path, title, text, outlet, url, published, published_precision, author, raw, notes)
       VALUES ('seeds/a.txt', 'Markets loosen', 'Traders in Sinuiju sold South Korean rice cookers.',
               'Daily NK', NULL, '2018-10-01', 'month', NULL, x'efbbbf', '["decoded as UTF-8 (BOM)"]'),
              ('seeds/b.txt', 'Border', 'Guards in Hyesan were replaced.', NULL, NULL, NULL, NULL, NULL, x'', '[]')""",
    "PRAGMA user_version = 1",
)


def _write_version_1(path: Path) -> None:
    raw_sql(path, *VERSION_1)


def _schema(path: Path) -> set[tuple[str, str]]:
    return set(raw_sql(path, "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))


def test_a_version_1_project_opens_migrated_with_its_reports(project_path: Path) -> None:
    _write_version_1(project_path)
    with Project.open(project_path) as project:
        first, second = project.reports()
        assert (first.path, first.title, first.raw, first.notes) == (
            "seeds/a.txt",
            "Markets loosen",
            b"\xef\xbb\xbf",
            ("decoded as UTF-8 (BOM)",),
        )
        assert first.published == Published.parse("2018-10") and second.published is None
        project.set_published(["seeds/b.txt"], Published.parse("2019-02-03"))
        assert project.search("sinuiju") == ["seeds/a.txt"]
    assert raw_sql(project_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw_sql(project_path, "SELECT published FROM published_edits") == [("2019-02-03",)]


def test_a_migrated_file_has_the_schema_of_a_new_one(tmp_path: Path) -> None:
    _write_version_1(tmp_path / "old.claimline")
    Project.open(tmp_path / "old.claimline").close()
    Project.open(tmp_path / "new.claimline").close()
    assert _schema(tmp_path / "old.claimline") == _schema(tmp_path / "new.claimline")


def test_a_failed_migration_leaves_the_version_1_file_as_it_was(project_path: Path, monkeypatch) -> None:
    _write_version_1(project_path)
    before = project_path.read_bytes()

    def broken(conn: sqlite3.Connection) -> None:
        schema.create_published_edits(conn)
        raise sqlite3.OperationalError("disk full")

    monkeypatch.setattr(schema, "MIGRATIONS", (schema.create_reports, broken))
    with pytest.raises(ProjectError, match="disk full"):
        Project.open(project_path)
    assert project_path.read_bytes() == before
    assert raw_sql(project_path, "PRAGMA user_version") == [(1,)]


def test_migrations_are_numbered_by_their_place() -> None:
    assert len(schema.MIGRATIONS) == SCHEMA_VERSION >= 2
