"""Projects: save the open reports, reopen them with the analyst's edits; refuse files that are not projects."""

import pytest
from PySide6.QtWidgets import QMessageBox

from claimline.model import Published

pytestmark = pytest.mark.gui


def test_a_saved_project_reopens_with_its_reports_and_edits(qtbot, make_window, sample_corpus, tmp_path):
    first = make_window(sample_corpus)
    path = tmp_path / "brief.claimline"
    first.save_project_to(path)
    assert first.windowTitle().startswith("brief.claimline")
    report = sample_corpus.extractions[0].report.path
    first.reports.set_published([report], Published.parse("2018-10-04"))  # saved as it happens
    claims = sorted(c.key for c in first.workspace.all_claims)
    first.close()

    second = make_window()
    with qtbot.waitSignal(second.runner.finished, timeout=30000):
        second.open_start([])  # no paths: the last project
    assert second.project is not None and second.project.path == path
    assert second.workspace.report(report).published == Published.parse("2018-10-04")
    assert sorted(c.key for c in second.workspace.all_claims) == claims
    second.close()


def test_opening_a_file_that_is_not_a_project_says_so_and_leaves_it_alone(make_window, tmp_path):
    win = make_window()
    fake = tmp_path / "notes.claimline"
    fake.write_text("my notes", encoding="utf-8")
    win.open_paths([str(fake)])
    box = win.findChild(QMessageBox, "warning")
    assert box is not None and "not a Claimline project" in box.text()
    assert fake.read_text(encoding="utf-8") == "my notes"
    assert win.project is None
