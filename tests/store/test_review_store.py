"""The review lives in the project file: decisions and grades survive closing, a newer extractor, an older
file format and a killed process; one window writes at a time; backups are kept."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from store_helpers import make_report, raw_sql

from claimline import corpus as corpus_module
from claimline.corpus import Corpus
from claimline.filtering import Workspace
from claimline.model import Published
from claimline.review import edits, source_key
from claimline.session import Session
from claimline.store import SCHEMA_VERSION, Project, ProjectError
from claimline.store.project import ProjectLocked, backups

JUNE = Published.parse("2019-06-20")
FIXTURES = Path(__file__).resolve().parents[1] / "data" / "projects"
TEXT = ("Guards in Hyesan seized phones on March 3, 2019, a source in Ryanggang Province said.\n\n"
        "Rice prices in Sinuiju rose in early April, according to a trader.")


def session_on(path: Path) -> Session:
    project = Project.open(path)
    return Session(Workspace(Corpus.from_project(project)), project)


def test_every_kind_of_decision_survives_closing_the_project(project_path: Path) -> None:
    with Project.open(project_path) as project:
        Session(Workspace(), project).add(Corpus.from_reports([make_report("a.txt", TEXT, published=JUNE)]))
    session = session_on(project_path)
    first, second = session.workspace.corpus.claims
    review = session.workspace.review
    session.apply(edits.set_status(review, first, "rejected"))
    session.apply(edits.annotate(session.workspace.review, second, tags=("prices",), note="ask", credibility=2))
    session.apply(edits.grade_source(session.workspace.review, source_key("Daily NK", second.source), "C"))
    shown = session.workspace.corpus.claims
    session.close()

    reopened = session_on(project_path)
    assert reopened.workspace.corpus.claims == shown
    assert [(c.status, c.grade, c.tags) for c in shown] == [("rejected", None, ()), ("extracted", "C2", ("prices",))]
    assert [label for _, label, _ in reopened.project.review_log()] == [
        "Reject claim", "Set claim credibility", "Grade source C"]
    reopened.close()


def test_a_project_opens_without_extracting_again_until_the_extractor_changes(project_path, monkeypatch):
    with Project.open(project_path) as project:
        Session(Workspace(), project).add(Corpus.from_reports([make_report("a.txt", TEXT, published=JUNE)]))
    extracted: list[str] = []
    real = corpus_module.extract
    monkeypatch.setattr(corpus_module, "extract", lambda report: extracted.append(report.path) or real(report))
    with Project.open(project_path) as project:
        assert len(Corpus.from_project(project).claims) == 2  # from the stored claims
    assert extracted == []
    monkeypatch.setattr(corpus_module, "extractor_version", lambda: "a newer extractor")
    with Project.open(project_path) as project:
        assert len(Corpus.from_project(project).claims) == 2
    assert extracted == ["a.txt"]
    with Project.open(project_path) as project:
        Corpus.from_project(project)  # stored again by the newer version: not extracted a third time
    assert extracted == ["a.txt"]


def test_decisions_reattach_to_the_claims_of_a_changed_extractor(project_path, monkeypatch):
    with Project.open(project_path) as project:
        Session(Workspace(), project).add(Corpus.from_reports([make_report("a.txt", TEXT, published=JUNE)]))
    session = session_on(project_path)
    first, second = session.workspace.corpus.claims
    session.apply(edits.set_status(session.workspace.review, first, "accepted"))
    session.close()

    real = corpus_module.extract

    def wider(report):  # a newer rule: quotes lose their final full stop, claims lose their sources
        found = real(report)
        from dataclasses import replace

        return replace(found, claims=tuple(replace(c, id=c.id + "x", end=c.end - 1, quote=c.quote[:-1], source="")
                                           for c in found.claims))

    monkeypatch.setattr(corpus_module, "extract", wider)
    monkeypatch.setattr(corpus_module, "extractor_version", lambda: "rules of tomorrow")
    with Project.open(project_path) as project:
        claims = Corpus.from_project(project).claims
    assert [(c.id, c.status, c.source) for c in claims] == [
        (first.id, "accepted", first.source), (second.id + "x", "extracted", "")]
    assert not claims[0].orphaned


def test_a_version_2_project_of_today_opens_migrated_with_its_reports_and_dates(tmp_path: Path) -> None:
    path = tmp_path / "old.claimline"
    shutil.copy(FIXTURES / "version-2.claimline", path)
    assert raw_sql(path, "PRAGMA user_version") == [(2,)]
    session = session_on(path)
    reports = session.project.reports()
    assert len(reports) == 3 and reports[-1].published.isoformat() == "2019-05-06"
    claims = session.workspace.corpus.claims
    assert claims and all(reports[0].text[c.start:c.end] == c.quote for c in claims if c.report_path == reports[0].path)
    session.apply(edits.set_status(session.workspace.review, claims[0], "rejected"))
    session.close()
    assert raw_sql(path, "PRAGMA user_version") == [(SCHEMA_VERSION,)]
    with Project.open(path) as project:
        assert [c.status for c in Corpus.from_project(project).claims][0] == "rejected"


def test_a_second_writer_is_refused_and_a_reader_still_reads(project_path: Path) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a.txt", TEXT, published=JUNE)])
        with pytest.raises(ProjectLocked, match="open in another Claimline window"):
            Project.open(project_path)
        reader = Project.open_read_only(project_path)
        assert [r.path for r in reader.reports()] == ["a.txt"]
        with pytest.raises(ProjectError, match="read-only"):
            reader.add_reports([make_report("b.txt")])
        reader.close()
    Project.open(project_path).close()  # the lock went with the first writer


def test_a_lock_held_by_a_killed_process_is_free_again(project_path: Path) -> None:
    Project.open(project_path).close()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from claimline.store import Project
        Project.open({str(project_path)!r})
        print("open", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "open"
    with pytest.raises(ProjectLocked, match=f"process {holder.pid}"):
        Project.open(project_path)
    holder.kill()
    holder.wait()
    holder.stdout.close()
    Project.open(project_path).close()


def test_opening_keeps_the_last_five_backups(project_path: Path, monkeypatch) -> None:
    with Project.open(project_path) as project:
        project.add_reports([make_report("a.txt")])
    for day in range(7):
        with Project.open(project_path) as project:
            project.add_reports([make_report(f"day{day}.txt", f"Text of day {day}.")])
        time.sleep(1.01)  # backups are named to the second
    kept = backups(project_path)
    assert len(kept) == 5
    with Project.open_read_only(kept[0]) as newest:
        assert len(newest.reports()) == 7  # taken as the 7th open began: six days added after the first
    assert project_path.parent.joinpath(".analysis.claimline.lock").exists() is False


KILLED_WRITER = textwrap.dedent("""
    import sys
    from claimline.corpus import Corpus
    from claimline.filtering import Workspace
    from claimline.review import edits
    from claimline.session import Session
    from claimline.store import Project

    project = Project.open(sys.argv[1], backup=False)
    session = Session(Workspace(Corpus.from_project(project)), project)
    n = 0
    while True:
        for claim in list(session.workspace.corpus.claims):
            n += 1
            session.apply(edits.annotate(session.workspace.review, claim, note=f"note {n}"))
            print(claim.id, n, flush=True)  # the analyst sees it confirmed only now
""")


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.2, 0.45, 0.8])
def test_a_process_killed_while_editing_loses_no_confirmed_edit(project_path: Path, delay: float) -> None:
    with Project.open(project_path) as project:
        Session(Workspace(), project).add(Corpus.from_reports(
            [make_report(f"{i}.txt", TEXT.replace("Hyesan", f"Hyesan {i}"), published=JUNE) for i in range(4)]))
    writer = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(project_path)], stdout=subprocess.PIPE,
                              text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    first = writer.stdout.readline()  # started: edits are under way
    time.sleep(delay)
    os.kill(writer.pid, signal.SIGKILL)
    confirmed = {}
    with writer.stdout:
        output = first + writer.stdout.read()
    for line in output.splitlines():
        claim_id, n = line.split()
        confirmed[claim_id] = max(int(n), confirmed.get(claim_id, 0))
    writer.wait()
    assert confirmed, "the writer confirmed edits before it was killed"
    assert raw_sql(project_path, "PRAGMA integrity_check") == [("ok",)]
    with Project.open(project_path) as project:
        notes = {c.id: int(c.note.split()[1]) for c in Corpus.from_project(project).claims if c.note}
    for claim_id, n in confirmed.items():
        assert notes[claim_id] >= n  # the last confirmed note, or one written after it before the kill


def test_a_damaged_project_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "damaged.claimline"
    shutil.copy(FIXTURES / "version-2.claimline", path)
    data = bytearray(path.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of garbage
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(ProjectError):
        session_on(path)
    assert path.read_bytes() == before
