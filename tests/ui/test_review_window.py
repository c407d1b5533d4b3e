"""Review in the window, the way an analyst does it: the queue and its keys, editing a claim in the claim
panel, a claim from a selection in the reader, grades and their filter, undo and redo, and everything still
there after the window closes and the project opens again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from claimline.model import Doubt
from claimline.store import Project

pytestmark = pytest.mark.gui

REPORT = """---
title: Crackdown on phones along the border
outlet: Daily NK
published: 2019-06-20
---
Guards in Hyesan seized smuggled phones on March 3, 2019, a source in Ryanggang Province said.

Rice prices in Sinuiju rose in early April, according to a trader.

The source said the market in Chongjin was closed last month.

Officials in Musan held a lecture on May 3 about the new rules.

Local residents described the mood as tense but calm.
"""


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "reports" / "border.txt"
    path.parent.mkdir()
    path.write_text(REPORT, encoding="utf-8")
    return path


def wait_idle(qtbot, window):
    qtbot.waitUntil(lambda: not window.runner.running, timeout=30000)


def open_in_project(qtbot, window, project_path, imports=()):
    window.open_project(project_path, then_import=[str(p) for p in imports])
    qtbot.waitUntil(lambda: window.project is not None, timeout=30000)
    wait_idle(qtbot, window)
    if imports:
        qtbot.waitUntil(lambda: bool(window.workspace.corpus.extractions), timeout=30000)
    return window


@pytest.fixture
def reviewing(qtbot, make_window, tmp_path, report_file):
    window = make_window(size=(1400, 860))
    open_in_project(qtbot, window, tmp_path / "review.claimline", [report_file])
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    return window


def statuses(window):
    return {c.quote[:12]: c.status for c in window.workspace.corpus.claims}


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.queue.table, key, modifier)


def test_the_queue_lists_the_least_certain_first_and_the_keys_decide_and_move_on(qtbot, reviewing):
    window = reviewing
    window.show_review_queue()
    queue = window.queue.claims()
    weights = [Doubt.weight(c.uncertain) for c in queue]
    assert len(queue) == 4 and weights == sorted(weights, reverse=True)
    assert window.workspace.selected_key == queue[0].key  # opening the queue selects its first claim
    assert window.reader.selected_text() == queue[0].quote  # and the reader shows its quote

    press(qtbot, window, Qt.Key.Key_A)
    assert window.workspace.claim(queue[0].key).status == "accepted"
    assert window.workspace.selected_key == queue[1].key  # moved on
    press(qtbot, window, Qt.Key.Key_R)
    assert window.workspace.claim(queue[1].key).status == "rejected"
    assert window.workspace.selected_key == queue[2].key
    press(qtbot, window, Qt.Key.Key_N)
    assert window.workspace.selected_key == queue[3].key
    press(qtbot, window, Qt.Key.Key_P)
    assert window.workspace.selected_key == queue[2].key
    assert [c.key for c in window.queue.claims()] == [c.key for c in queue[2:]]
    assert "2 claims to review" in window.queue.summary.text()

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo the rejection
    assert window.workspace.claim(queue[1].key).status == "extracted"
    assert window.workspace.selected_key == queue[1].key  # undo goes back to the claim
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.workspace.claim(queue[1].key).status == "rejected"


def test_a_rejected_claim_leaves_every_view_until_rejected_claims_are_shown(qtbot, reviewing):
    window = reviewing
    claim = window.workspace.all_claims[0]
    window.workspace.select(claim.key)
    window.review_actions.reject.trigger()
    assert claim.key not in {m.claim.key for m in window.timeline.markers}
    assert window.table.claims_model.row_of(claim.key) < 0
    assert "1 rejected hidden" in window.filter_label.text()
    window.review_actions.show_rejected.trigger()
    assert claim.key in {m.claim.key for m in window.timeline.markers}
    row = window.table.claims_model.row_of(claim.key)
    assert window.table.claims_model.index(row, 1).data() == "✗ Rejected"


def test_editing_the_date_in_the_claim_panel_shows_what_it_understood_and_saves_it(qtbot, reviewing):
    window = reviewing
    claim = next(c for c in window.workspace.all_claims if c.when.text == "in early April")
    window.workspace.select(claim.key)
    panel = window.claim_panel
    panel.when.setFocus()
    panel.when.selectAll()
    qtbot.keyClicks(panel.when, "mid-April 2019")
    assert panel.when_hint.text() == "understood as 2019-04-11 – 2019-04-20 (part-of-month)"
    qtbot.keyClick(panel.when, Qt.Key.Key_Return)
    edited = window.workspace.claim(claim.key)
    assert (edited.status, edited.edited) == ("edited", ("when",))
    assert (edited.when.start.isoformat(), edited.when.end.isoformat()) == ("2019-04-11", "2019-04-20")
    assert "✎ Edited" in panel.status.text()

    panel.when.setFocus()
    panel.when.selectAll()
    qtbot.keyClicks(panel.when, "sometime")
    assert "no date found" in panel.when_hint.text()
    qtbot.keyClick(panel.when, Qt.Key.Key_Return)  # refused: nothing saved
    assert window.workspace.claim(claim.key).when.end.isoformat() == "2019-04-20"

    window.undo_stack.undo()
    assert window.workspace.claim(claim.key).status == "extracted"
    assert window.workspace.claim(claim.key).when == claim.when


def test_places_source_tags_and_note_are_edited_in_the_panel(qtbot, reviewing):
    window = reviewing
    claim = next(c for c in window.workspace.all_claims if "Musan" in c.quote)
    window.workspace.select(claim.key)
    panel = window.claim_panel
    for field, text in ((panel.places, "Musan, Ryanggang"), (panel.source, "an official in Musan"),
                        (panel.tags, "lectures, rules")):
        field.setFocus()
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    panel.note.setFocus()
    qtbot.keyClicks(panel.note, "Ask a second source")
    panel.when.setFocus()  # leaving the note saves it
    shown = window.workspace.claim(claim.key)
    assert [p.code for p in shown.places] == ["KP-09", "KP-10"]
    assert (shown.source, shown.tags, shown.note) == ("an official in Musan", ("lectures", "rules"),
                                                      "Ask a second source")
    assert set(shown.edited) == {"places", "source"} and shown.status == "edited"
    assert window.undo_stack.count() >= 4


def test_a_claim_made_from_a_selection_gets_its_date_and_place_and_can_be_deleted(qtbot, reviewing):
    window = reviewing
    text = window.reader.text.toPlainText()
    start = text.index("Local residents")
    window.reader.select_text(start + 2, text.index("calm.") + 3)  # a careless drag: words are completed
    window.reader.new_claim_from_selection()
    added = window.workspace.selected_claim
    assert added.status == "added" and added.quote == "Local residents described the mood as tense but calm"
    assert not added.when.resolved and window.claim_panel.when.hasFocus()  # no date in it: type one now
    qtbot.keyClicks(window.claim_panel.when, "June 2019")
    qtbot.keyClick(window.claim_panel.when, Qt.Key.Key_Return)
    dated = window.workspace.claim(added.key)
    assert dated.status == "added" and dated.when.start.isoformat() == "2019-06-01"
    assert added.key in {m.claim.key for m in window.timeline.markers}

    start = text.index("Officials in Musan")
    window.reader.select_text(start, text.index("rules.") + 5)
    window.reader.new_claim_from_selection()
    proposed = window.workspace.selected_claim
    assert proposed.when.text == "on May 3" and proposed.province_codes == {"KP-09"}

    window.review_actions.delete.trigger()
    assert window.workspace.claim(proposed.key) is None
    window.undo_stack.undo()
    assert window.workspace.claim(proposed.key).status == "added"


def test_a_source_grade_and_a_credibility_make_a_grade_that_the_filter_uses(qtbot, reviewing):
    window = reviewing
    claim = next(c for c in window.workspace.all_claims if c.source == "a source in Ryanggang Province")
    window.workspace.select(claim.key)
    panel = window.claim_panel
    panel.reliability.setCurrentIndex(panel.reliability.findData("B"))
    panel.reliability.activated.emit(panel.reliability.currentIndex())
    press(qtbot, window, Qt.Key.Key_2)
    assert window.workspace.claim(claim.key).grade == "B2"
    window.workspace.set_filter(window.workspace.filter.__class__(grade="B2"))
    assert [m.claim.key for m in window.timeline.markers] == [claim.key]
    assert window.table.claims_model.rowCount() == 1
    assert "B2 or better" in window.filter_label.text()


def test_every_decision_is_there_after_closing_and_reopening(qtbot, make_window, reviewing, tmp_path):
    window = reviewing
    window.show_review_queue()
    for key in (Qt.Key.Key_A, Qt.Key.Key_R, Qt.Key.Key_A):
        press(qtbot, window, key)
    before = statuses(window)
    window.close()
    assert window.project is None

    again = make_window(size=(1400, 860))
    open_in_project(qtbot, again, tmp_path / "review.claimline")
    assert statuses(again) == before
    assert sorted(before.values()).count("accepted") == 2


def test_an_empty_project_file_is_made_a_project_only_when_the_analyst_says_so(qtbot, make_window, tmp_path,
                                                                                 monkeypatch):
    empty = tmp_path / "empty.claimline"
    empty.touch()
    window = make_window()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.open_project(empty)
    assert window.project is None and empty.read_bytes() == b""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.open_project(empty)
    qtbot.waitUntil(lambda: window.project is not None, timeout=30000)
    assert empty.stat().st_size > 0


def test_a_project_open_in_another_window_is_refused_with_a_message(qtbot, make_window, tmp_path):
    path = tmp_path / "shared.claimline"
    with Project.open(path):
        window = make_window()
        window.open_project(path)
        box = window.findChild(QMessageBox, "warning")
        assert box is not None and "open in another Claimline window" in box.text()
        assert window.project is None


def test_a_window_without_a_project_asks_before_losing_its_reports(qtbot, make_window, sample_corpus):
    window = make_window(sample_corpus)
    assert window.windowTitle().startswith("unsaved session*")
    window.close()
    box = window.findChild(QMessageBox, "save-before-closing")
    assert box is not None and box.isVisible() and window.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert window.isVisible()


def test_exports_leave_rejected_claims_out_even_while_they_are_shown(qtbot, reviewing, tmp_path, monkeypatch):
    import csv

    from PySide6.QtWidgets import QFileDialog

    window = reviewing
    claim = window.workspace.all_claims[0]
    window.workspace.select(claim.key)
    window.review_actions.reject.trigger()
    window.review_actions.show_rejected.trigger()
    out = tmp_path / "shown.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    window.exports.export_claims(".csv")
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == len(window.workspace.filtered_claims()) - 1
    assert claim.quote not in {r["quote"] for r in rows}


def test_a_decision_changes_rows_one_by_one_and_keeps_the_timeline_zoom(qtbot, reviewing):
    window = reviewing
    model, queue = window.table.claims_model, window.queue.model
    rows, to_review = model.rowCount(), queue.rowCount()
    window.timeline.getPlotItem().vb.setXRange(17950, 18050, padding=0)  # the analyst zoomed in
    chosen = window.timeline.getPlotItem().vb.viewRange()[0]
    claim = window.workspace.all_claims[1]
    window.workspace.select(claim.key)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(queue.modelReset):
        window.review_actions.accept.trigger()
        window.review_actions.reject.trigger()  # the next claim of the queue, selected after the first
    assert model.rowCount() == rows - 1 and queue.rowCount() == to_review - 2
    assert window.timeline.getPlotItem().vb.viewRange()[0] == chosen


def test_the_demo_corpus_is_a_project_of_synthetic_reports_that_says_so(qtbot, make_window):
    from claimline.demo import DEMO_REPORTS

    window = make_window(size=(1400, 860))
    window.open_demo()
    qtbot.waitUntil(lambda: window.project is not None, timeout=60000)
    qtbot.waitUntil(lambda: len(window.workspace.corpus.extractions) == DEMO_REPORTS, timeout=120000)
    wait_idle(qtbot, window)
    assert "synthetic" in window.windowTitle()
    reports = [e.report for e in window.workspace.corpus.extractions]
    assert all(r.title.startswith("[Synthetic]") and r.outlet.endswith("(synthetic)") for r in reports)
    assert len(window.workspace.all_claims) > 2 * DEMO_REPORTS
    assert len(window.timeline.lanes) >= 8 and len({r.outlet for r in reports}) >= 5
