"""Search: every word of the query, as a word prefix with FTS5, as a substring with the LIKE fallback."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import make_report, raw_sql

from claimline.store import Project, search

REPORTS = [
    make_report("a", "Rice prices rose at the Hyesan market.", title="Hyesan"),
    make_report("b", "Markets in Sinuiju sold rice cookers; 100% of traders agreed.", title="Sinuiju"),
    make_report("c", "평양 장마당에서 쌀값이 올랐다. Pyongyang traders said so.", title="Pyongyang"),
]
# (query, paths): answers on which FTS5 and the LIKE fallback agree.
AGREED = [
    ("rice", ["a", "b"]),
    ("RICE hyesan", ["a"]),
    ("market", ["a", "b"]),
    ("traders rice", ["b"]),
    ("sinuiju", ["b"]),
    ("쌀값이", ["c"]),
    ('"rice" -( * ^ :', ["a", "b"]),
    ("AND OR NOT", []),
    ("100%", ["b"]),
    ("Kaesong", []),
    ("!!!", []),
    ("   ", ["a", "b", "c"]),
]


@pytest.fixture(params=[True, False], ids=["fts5", "like"])
def project(request: pytest.FixtureRequest, project_path: Path, monkeypatch) -> Project:
    monkeypatch.setattr(search, "fts5_available", lambda: request.param)
    opened = Project.open(project_path)
    opened.add_reports(REPORTS)
    request.addfinalizer(opened.close)
    return opened


@pytest.mark.parametrize(("query", "paths"), AGREED)
def test_search_finds_reports_holding_every_word(project: Project, query: str, paths: list[str]) -> None:
    assert project.search(query) == paths


def test_search_follows_reimports_and_removals(project: Project) -> None:
    project.add_reports([make_report("a", "Nothing about food here.", title="Revised")])
    project.remove_reports(["b"])
    assert project.search("rice") == []
    assert project.search("food") == ["a"]


def test_fts5_matches_word_prefixes_and_ignores_diacritics(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a", "Ryanggang Province, Hyesan-si, cafés")])
        assert project.search("ryang hyes") == ["a"]
        assert project.search("cafes") == ["a"]
        assert project.search("gang") == []  # not a word prefix


def test_a_project_saved_without_fts5_gets_its_index_back(project_path: Path, monkeypatch) -> None:
    with Project.open(project_path) as project:
        project.add_reports(REPORTS[:1])
    monkeypatch.setattr(search, "fts5_available", lambda: False)
    with Project.open(project_path) as project:
        assert raw_sql(project_path, "SELECT name FROM sqlite_master WHERE type = 'trigger'") == []
        project.add_reports(REPORTS[1:])  # the index does not see these
    monkeypatch.undo()
    with Project.open(project_path) as project:
        assert project.search("sinuiju") == ["b"]
