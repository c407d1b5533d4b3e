"""The project follows the open corpus: imports, replacements, dates set by hand and their undo."""

from claimline.corpus import Corpus
from claimline.model import Extraction, Published, Report
from claimline.store import Project
from claimline.store.sync import ProjectSync


def corpus_of(*reports: Report) -> Corpus:
    return Corpus([Extraction(r, (), ()) for r in reports], [])


def test_imports_dates_and_removals_reach_the_project(tmp_path):
    a = Report("a.txt", "A", "Rice prices rose last month in Hyesan.")
    b = Report("b.txt", "B", "Arrests in Sinuiju on October 1.", published=Published.parse("2018-10-04"))
    with Project.open(tmp_path / "p.claimline") as project:
        sync = ProjectSync(project)
        sync.save(corpus_of(a, b))
        assert [r.path for r in project.reports()] == ["a.txt", "b.txt"]

        dated = corpus_of(a, b).with_published(["a.txt"], Published.parse("2019-03"))
        sync.save(dated)
        assert project.published_edits() == {"a.txt": Published.parse("2019-03")}

        sync.save(corpus_of(b))
        assert [r.path for r in project.reports()] == ["b.txt"]

    with Project.open(tmp_path / "p.claimline") as reopened:
        assert [(r.path, r.published) for r in reopened.reports()] == [("b.txt", Published.parse("2018-10-04"))]


def test_a_changed_text_under_the_same_path_replaces_the_saved_one(tmp_path):
    with Project.open(tmp_path / "p.claimline") as project:
        sync = ProjectSync(project)
        sync.save(corpus_of(Report("a.txt", "A", "old text")))
        sync.save(corpus_of(Report("a.txt", "A", "new text")))
        assert [r.text for r in project.reports()] == ["new text"]


def test_a_sync_started_on_an_existing_project_writes_only_differences(tmp_path):
    a = Report("a.txt", "A", "Text A.")
    with Project.open(tmp_path / "p.claimline") as project:
        ProjectSync(project).save(corpus_of(a))
    with Project.open(tmp_path / "p.claimline") as project:
        sync = ProjectSync(project)
        corpus = Corpus.from_project(project)
        sync.save(corpus)
        assert project.published_edits() == {}
        assert [r.path for r in project.reports()] == ["a.txt"]
