"""Reports and edits in a project file: round trips, order, edits, and all-or-nothing writes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from store_helpers import make_report, raw_sql

from claimline.corpus import Corpus
from claimline.model import Published
from claimline.store import APPLICATION_ID, SCHEMA_VERSION, Project, ProjectError
from claimline.tasks import Cancelled, TaskState


def test_a_new_project_is_a_claimline_file_with_a_rollback_journal(project_path: Path) -> None:
    with Project.open(project_path) as project:
        assert project.path == project_path
        assert project.reports() == []
    assert raw_sql(project_path, "PRAGMA application_id") == [(APPLICATION_ID,)]
    assert raw_sql(project_path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    assert raw_sql(project_path, "PRAGMA journal_mode") == [("delete",)]


def test_a_copy_taken_while_the_project_is_open_holds_everything(project_path: Path, tmp_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a"), make_report("b")])
        project.set_published(["a"], Published.parse("2020-01-02"))
        copy = tmp_path / "copy" / "analysis.claimline"
        copy.parent.mkdir()
        copy.write_bytes(project_path.read_bytes())  # as a file manager copies it: the file alone
        assert sorted(p.name for p in project_path.parent.iterdir() if p.is_file()) == [
            ".analysis.claimline.lock", "analysis.claimline"]
    with Project.open(copy) as copied:
        assert [r.path for r in copied.reports()] == ["a", "b"]
        assert copied.published_edits() == {"a": Published.parse("2020-01-02")}


def test_every_report_field_round_trips(project_path: Path) -> None:
    full = make_report(
        "a.txt", "평양 장마당 “quoted”\n\nsecond paragraph", raw=b"\xff\xfe\x00bytes as supplied"
    )
    bare = make_report("b.txt", outlet=None, url=None, published=None, author=None, raw=b"", notes=())
    days = [make_report(f"{p}.txt", published=Published.parse(p)) for p in ("2019", "2019-03", "2019-03-14")]
    with Project.open(project_path) as project:
        project.add_reports([full, bare, *days])
    with Project.open(project_path) as project:
        loaded = project.reports()
    assert loaded == [full, bare, *days]
    assert [r.raw for r in loaded] == [r.raw for r in (full, bare, *days)]  # raw is not in Report's ==
    assert [r.published.precision for r in loaded[2:]] == ["year", "month", "day"]


def test_reports_keep_import_order_and_a_reimport_keeps_its_place(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("c"), make_report("a")])
        project.add_reports([make_report("b"), make_report("c", "Revised text.", title="Revised")])
        assert [r.path for r in project.reports()] == ["c", "a", "b"]
        assert project.reports()[0].title == "Revised"


def test_remove_reports_drops_them_and_their_edits(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a"), make_report("b")])
        project.set_published(["a"], Published.parse("2020"))
        project.remove_reports(["a", "not imported"])
        assert [r.path for r in project.reports()] == ["b"]
        assert project.published_edits() == {}
        project.add_reports([make_report("a")])
        assert project.reports()[1].published == Published.parse("2018-10")


def test_a_published_edit_is_kept_apart_from_the_imported_date(project_path: Path) -> None:
    hand = Published.parse("2017-05-02")
    with Project.open(project_path) as project:
        project.add_reports([make_report("a"), make_report("b")])
        project.set_published(["a", "unknown"], hand)
        assert [r.published for r in project.reports()] == [hand, Published.parse("2018-10")]
        assert project.reports(with_edits=False)[0].published == Published.parse("2018-10")
        project.clear_published(["a"])
        assert project.reports()[0].published == Published.parse("2018-10")


def test_no_date_is_an_edit_and_the_imported_date_is_none(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a"), make_report("b", published=None)])
        project.set_published(["a", "b"], None)
        assert project.published_edits() == {"a": None}
        assert [r.published for r in project.reports()] == [None, None]
        project.set_published(["a"], Published.parse("2018-10"))  # back to what was imported: no edit
        assert project.published_edits() == {}


def test_edits_survive_a_reimport_and_reopening(project_path: Path) -> None:
    hand = Published.parse("2016-01")
    with Project.open(project_path) as project:
        project.add_reports([make_report("a")])
        project.set_published(["a"], hand)
        project.add_reports([make_report("a", "Read again.", published=Published.parse("2019"))])
    with Project.open(project_path) as project:
        assert project.published_edits() == {"a": hand}
        assert project.reports()[0].published == hand
        assert project.reports(with_edits=False)[0].published == Published.parse("2019")


def test_an_insert_failing_mid_batch_leaves_nothing_from_the_batch(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a"), make_report("b")])
        before = project.reports()
        batch = [
            make_report("a", "Changed."),
            make_report("c"),
            make_report("d", title=None),
            make_report("e"),
        ]
        with pytest.raises(ProjectError, match="could not save the reports in analysis.claimline"):
            project.add_reports(batch)
        assert project.reports() == before
    assert raw_sql(project_path, "SELECT path, text FROM reports ORDER BY id") == [
        (r.path, r.text) for r in before
    ]


def test_a_failing_remove_or_edit_leaves_the_previous_state(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report(p) for p in "abc"])
        project.set_published(["a"], None)
        raw_sql(
            project_path,
            "CREATE TRIGGER refuse_c BEFORE DELETE ON reports WHEN old.path = 'c'"
            " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
            "CREATE TRIGGER refuse_c_edit BEFORE INSERT ON published_edits WHEN new.report_id = 3"
            " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END",
        )
        with pytest.raises(ProjectError, match="disk trouble"):
            project.remove_reports(["a", "b", "c"])
        with pytest.raises(ProjectError, match="disk trouble"):
            project.set_published(["b", "c"], Published.parse("2001"))
        assert [r.path for r in project.reports()] == ["a", "b", "c"]
        assert project.published_edits() == {"a": None}


def test_one_path_as_a_string_is_refused(project_path: Path) -> None:
    with Project.open(project_path) as project, pytest.raises(TypeError):
        project.remove_reports("a.txt")


def test_from_project_reports_progress_and_can_be_cancelled(project_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    with Project.open(project_path) as project:
        project.add_reports([make_report("a"), make_report("b")])
        corpus = Corpus.from_project(project, TaskState(on_progress=lambda done, total, _: seen.append((done, total))))
        assert [e.report.path for e in corpus.extractions] == ["a", "b"]
        assert seen[0] == (0, 2) and seen[-1] == (2, 2)
        project.add_reports([make_report("c")])
        state = TaskState(on_progress=lambda done, *_: state.request_interruption())
        with pytest.raises(Cancelled):
            Corpus.from_project(project, state)


def test_from_project_runs_on_a_worker_thread(project_path: Path) -> None:
    results: list[object] = []
    with Project.open(project_path) as project:
        project.add_reports([make_report("a")])
        worker = threading.Thread(target=lambda: results.append(Corpus.from_project(project)))
        worker.start()
        worker.join(timeout=10)
    assert len(results) == 1 and results[0].extractions[0].report.path == "a"  # type: ignore[attr-defined]


def test_a_closed_project_says_so(project_path: Path) -> None:
    project = Project.open(project_path)
    project.close()
    project.close()
    with pytest.raises(ProjectError, match="closed"):
        project.reports()
    assert sorted(p.name for p in project_path.parent.iterdir()) == ["analysis.claimline"]


def test_save_as_copies_reports_and_edits_and_leaves_the_original(project_path: Path) -> None:
    copy_path = project_path.with_name("copy.claimline")
    copy_path.write_text("an older file the analyst chose to replace")
    with Project.open(project_path) as project:
        project.add_reports([make_report("a"), make_report("b")])
        project.set_published(["a"], None)
        with project.save_as(copy_path) as copy:
            copy.remove_reports(["b"])
            assert copy.published_edits() == {"a": None}
            assert copy.search("rice") == ["a"]
        assert [r.path for r in project.reports()] == ["a", "b"]
    assert raw_sql(copy_path, "PRAGMA journal_mode") == [("delete",)]
    assert sorted(p.name for p in project_path.parent.iterdir()) == ["analysis.claimline", "copy.claimline"]


def test_save_as_onto_its_own_file_is_refused(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a")])
        with pytest.raises(ProjectError, match="own file"):
            project.save_as(project_path.parent / "." / project_path.name)
        assert [r.path for r in project.reports()] == ["a"]
