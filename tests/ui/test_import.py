"""Importing from the window: off the GUI thread, by menu or drag and drop, with a summary of bad files."""

import threading

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from claimline.tasks import Cancelled
from claimline.ui.workers import TaskRunner

pytestmark = pytest.mark.gui

REPORT = """---
title: Rice prices climb in Hyesan
outlet: Daily NK
published: 2019-03-20
---
Rice prices rose sharply in early March, a source in Ryanggang Province told Daily NK on March 18.
"""


@pytest.fixture
def folder(tmp_path):
    (tmp_path / "good.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    return tmp_path


@pytest.fixture
def empty_window(make_window):
    return make_window()


def test_opening_a_folder_imports_the_good_files_and_lists_the_bad(qtbot, empty_window, folder):
    with qtbot.waitSignal(empty_window.runner.finished, timeout=30000):
        empty_window.open_paths([str(folder)])
    titles = [e.report.title for e in empty_window.workspace.corpus.extractions]
    assert titles == ["Rice prices climb in Hyesan"]
    box = empty_window.findChild(QMessageBox, "import-errors")
    assert box is not None and box.isVisible()
    assert "empty.txt" in box.detailedText() and "good.txt" not in box.detailedText()
    assert "1 file(s) could not be read" in empty_window.statusBar().currentMessage()


def test_dropping_files_on_the_window_imports_them(qtbot, empty_window, folder):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder / "good.txt"))])
    enter = QDragEnterEvent(QPointF(50, 50).toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(empty_window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(empty_window.runner.finished, timeout=30000):
        QApplication.sendEvent(empty_window, drop)
    assert [e.report.title for e in empty_window.workspace.corpus.extractions] == ["Rice prices climb in Hyesan"]


def test_work_runs_off_the_gui_thread_and_can_be_cancelled(qtbot):
    runner = TaskRunner()
    started, release = threading.Event(), threading.Event()
    seen = {}

    def task(state):
        seen["thread"] = threading.current_thread()
        started.set()
        release.wait(5)
        state.check()
        return "finished"

    finished = []
    runner.finished.connect(finished.append)
    runner.start(task)
    assert started.wait(5)
    runner.cancel()
    release.set()
    assert runner.wait(5000)
    qtbot.wait(50)
    assert seen["thread"] is not threading.main_thread()
    assert finished == [], "a cancelled task delivers no result"


def test_a_new_import_replaces_a_running_one(qtbot):
    runner = TaskRunner()
    gate = threading.Event()

    def slow(state):
        gate.wait(5)
        if state.is_interruption_requested():
            raise Cancelled()
        return "old"

    results = []
    runner.finished.connect(results.append)
    runner.start(slow)
    with qtbot.waitSignal(runner.finished, timeout=5000):
        runner.start(lambda state: "new")
        gate.set()
    runner.wait(5000)
    qtbot.wait(50)
    assert results == ["new"]


DATA = __import__("pathlib").Path(__file__).resolve().parents[1] / "data"


def test_the_test_data_folder_imports_in_one_go_with_exactly_the_bad_files_listed(qtbot, empty_window):
    with qtbot.waitSignal(empty_window.runner.finished, timeout=60000):
        empty_window.open_paths([str(DATA)])
    workspace = empty_window.workspace
    imported = {e.report.path for e in workspace.corpus.extractions}
    assert {p.rsplit("/", 1)[-1] for p in imported} >= {
        "cp949.txt", "dailynk_mojibake.txt", "page.html", "utf16.txt", "single.json", "reports.csv#1", "reports.jsonl#2"}
    box = empty_window.findChild(QMessageBox, "import-errors")
    listed = {line.split(":", 1)[0].rsplit("/", 1)[-1] for line in box.detailedText().splitlines()}
    assert listed == {p.name for p in (DATA / "bad").iterdir()}

    cp949 = next(p for p in imported if p.endswith("cp949.txt"))
    workspace.open_report(cp949)
    assert "평양" in empty_window.reader.text.toPlainText()
    mojibake = next(p for p in imported if p.endswith("dailynk_mojibake.txt"))
    workspace.open_report(mojibake)
    shown = empty_window.reader.text.toPlainText()
    assert "¡°" not in shown and "“" in shown


def test_cancelling_the_progress_dialog_stops_the_import_and_changes_nothing(qtbot, empty_window, folder,
                                                                            monkeypatch):
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    from claimline import corpus as corpus_module

    release, stopped = threading.Event(), threading.Event()
    real_load = corpus_module.Corpus.load

    def slow_load(paths, *, published=None, state=None):
        release.wait(10)
        if state.is_interruption_requested():
            stopped.set()
        return real_load(paths, published=published, state=state)

    monkeypatch.setattr(corpus_module.Corpus, "load", slow_load)
    empty_window.open_paths([str(folder)])
    dialog = empty_window.findChild(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    assert empty_window.runner.wait(10000)
    qtbot.wait(50)
    assert stopped.is_set(), "the worker saw the cancellation"
    assert not dialog.isVisible()
    assert empty_window.workspace.corpus.extractions == []
    assert "cancelled" in empty_window.statusBar().currentMessage()


def test_the_progress_dialog_does_not_come_back_after_a_quick_import(qtbot, empty_window, folder):
    from PySide6.QtWidgets import QProgressDialog

    with qtbot.waitSignal(empty_window.runner.finished, timeout=30000):
        empty_window.open_paths([str(folder / "good.txt")])
    dialog = empty_window.findChild(QProgressDialog)
    qtbot.wait(dialog.minimumDuration() + 500)  # past the dialog's own show-after timer
    assert not dialog.isVisible()
