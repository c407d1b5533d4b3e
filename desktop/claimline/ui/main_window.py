"""The main window: assembles the four views around one Workspace, plus menus, import and export.

It holds no claim data of its own and the views never call each other: they all read and
write the Workspace.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
)

from claimline.corpus import Corpus, default_corpus_paths
from claimline.export.data import write_claims_csv, write_claims_json
from claimline.filtering import Workspace
from claimline.model import Published
from claimline.store import SUFFIX, Project, ProjectError
from claimline.store.sync import ProjectSync
from claimline.ui.claims_table import ClaimsTable
from claimline.ui.filter_bar import FilterBar
from claimline.ui.map_view import MapView
from claimline.ui.reader import SourceReader
from claimline.ui.reports_panel import ReportsPanel
from claimline.ui.timeline import TimelineView
from claimline.ui.undo import FilterHistory
from claimline.ui.workers import TaskRunner

DEFAULT_SIZE = QSize(1400, 860)  # the first window, shrunk to fit a smaller screen
PROGRESS_DELAY_MS = 400  # quick work finishes without a dialog flashing up
REPORT_FILTER = ("Reports and projects (*.txt *.md *.html *.htm *.json *.jsonl *.csv *.claimline);;"
                 "Claimline projects (*.claimline);;All files (*)")


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.workspace = workspace or Workspace()
        self._settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self._history = FilterHistory(self.workspace, self.undo_stack)
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._load_failed)
        self.runner.progress.connect(self._progress)
        self._progress_dialog = self._make_progress_dialog()
        self._progress_delay = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_delay.timeout.connect(self._show_progress)
        self.project: Project | None = None
        self._sync: ProjectSync | None = None

        self.timeline = TimelineView(self.workspace)
        self.map = MapView(self.workspace)
        self.table = ClaimsTable(self.workspace)
        self.reader = SourceReader(self.workspace)
        self.reports = ReportsPanel(self.workspace, self.undo_stack)
        self.setCentralWidget(self.timeline)
        map_dock = self._dock("Map", self.map, Qt.DockWidgetArea.LeftDockWidgetArea)
        reader_dock = self._dock("Source", self.reader, Qt.DockWidgetArea.RightDockWidgetArea)
        table_dock = self._dock("Claims", self.table, Qt.DockWidgetArea.BottomDockWidgetArea)
        reports_dock = self._dock("Reports", self.reports, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(table_dock, reports_dock)
        table_dock.raise_()
        self.resizeDocks([map_dock, reader_dock], [360, 400], Qt.Orientation.Horizontal)
        self.resizeDocks([table_dock], [230], Qt.Orientation.Vertical)
        self.filter_bar = FilterBar(self.workspace, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)
        # what tests and users reach through the window
        self.search, self.filter_label, self.clear_button = (
            self.filter_bar.search, self.filter_bar.status, self.filter_bar.clear_button)
        self._build_menus()
        self.workspace.corpus_changed.connect(self._save_to_project)
        self._show_title()
        self._restore_state()

    # -- layout -----------------------------------------------------------------------------
    def _dock(self, title: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower()}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&Import reports…", self.open_files, QKeySequence.StandardKey.Open)
        self._action(file_menu, "Import a &folder…", self.open_folder, "Ctrl+Shift+O")
        file_menu.addSeparator()
        self._action(file_menu, "Save project &as…", self.save_project_as, QKeySequence.StandardKey.SaveAs)
        file_menu.addSeparator()
        self._action(file_menu, "Export &timeline…", self.export_timeline_dialog, "Ctrl+E")
        self._action(file_menu, "Export &map…", self.export_map_dialog, "Ctrl+Shift+E")
        self._action(file_menu, "Export &brief (PDF)…", self.export_brief_dialog, "Ctrl+P")
        self._action(file_menu, "Export claims as &JSON…", self.export_json_dialog)
        self._action(file_menu, "Export shown claims as &CSV…", self.export_csv_dialog)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find…", self.filter_bar.focus_search, QKeySequence.StandardKey.Find)
        self.clear_action = self._action(edit_menu, "&Clear filter", self.clear_filter, Qt.Key.Key_Escape)

        view_menu = self.menuBar().addMenu("&View")
        self._action(view_menu, "&Fit timeline", self.timeline.fit, "Ctrl+0")
        self._action(view_menu, "Filter to the &visible time range", self.filter_to_visible_range, "Ctrl+R")
        view_menu.addSeparator()
        for dock in self.findChildren(QDockWidget):
            view_menu.addAction(dock.toggleViewAction())
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&About Claimline", self._about)

    # -- filter -----------------------------------------------------------------------------
    @Slot()
    def clear_filter(self) -> None:
        self.filter_bar.clear()

    def filter_to_visible_range(self) -> None:
        """Keep only claims that overlap the time range the timeline shows now."""
        self.workspace.set_filter(replace(self.workspace.filter, date_range=self.timeline.visible_dates()))

    # -- loading ----------------------------------------------------------------------------
    def open_paths(self, paths: list[str], published: Published | None = None) -> None:
        """Open a project file, or read and extract reports into the open one, off the GUI thread."""
        projects = [p for p in paths if str(p).endswith(SUFFIX)]
        if projects:
            self.open_project(projects[0])
            return
        if paths:
            self._run("Reading reports…", lambda state: Corpus.load(paths, published=published, state=state),
                      self._loaded)

    def _run(self, label: str, task, on_finished) -> None:
        """Run ``task(state)`` on the worker; a cancellable progress dialog appears if it takes a while."""
        self._progress_dialog.reset()
        self._progress_dialog.setLabelText(label)
        self._progress_dialog.setRange(0, 0)
        self._progress_delay.start()
        self.runner.start(task, on_finished)

    def _make_progress_dialog(self) -> QProgressDialog:
        """One dialog, reused, never modal: a modal QProgressDialog re-enters the event loop in setValue()."""
        dialog = QProgressDialog(self)
        dialog.setWindowTitle("Claimline")
        dialog.setCancelButtonText("Cancel")
        dialog.setWindowModality(Qt.WindowModality.NonModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._cancel_load)
        dialog.reset()
        dialog.hide()
        return dialog

    def _show_progress(self) -> None:
        if self.runner.running:
            self._progress_dialog.show()

    def _progress(self, done: int, total: int, message: str) -> None:
        self._progress_dialog.setRange(0, total)
        self._progress_dialog.setValue(done)
        self._progress_dialog.setLabelText(f"{done} of {total}: {Path(message).name or message}")

    def _close_progress(self) -> None:
        self._progress_delay.stop()
        self._progress_dialog.reset()  # also stops the dialog's own timer, which would show it again later
        self._progress_dialog.hide()

    def _cancel_load(self) -> None:
        self.runner.cancel()
        self._close_progress()
        self.statusBar().showMessage("Import cancelled; nothing was changed.", 8000)

    # -- projects ---------------------------------------------------------------------------
    def open_start(self, paths: list[str]) -> None:
        """What the window shows at start: the given paths; else the last project; else the sample corpus."""
        last = str(self._settings.value("project/last", ""))
        if paths:
            self.open_paths(paths)
        elif last and Path(last).is_file():
            self.open_project(last)
        else:
            self.open_paths(default_corpus_paths())

    def open_project(self, path: str | Path) -> None:
        """Open a project file and show its reports (claims are extracted anew, off the GUI thread)."""
        try:
            project = Project.open(path)
        except ProjectError as exc:
            self._warn("Cannot open project", str(exc))
            return
        self._run(f"Opening {Path(path).name}…", project.load_corpus,
                  lambda corpus: self._project_loaded(project, corpus))

    def _project_loaded(self, project: Project, corpus: Corpus) -> None:
        self._close_progress()
        self._set_project(project)
        self.workspace.set_corpus(corpus)
        self.undo_stack.clear()
        self.statusBar().showMessage(f"Opened {project.path.name}: {len(corpus.extractions)} reports.", 10000)

    def _set_project(self, project: Project | None) -> None:
        if self.project is not None and self.project is not project:
            self.project.close()
        self.project = project
        self._sync = ProjectSync(project) if project is not None else None
        if project is not None:
            self._settings.setValue("project/last", str(project.path))
        self._show_title()

    def save_project_as(self) -> None:
        """Save the open reports and edits to a new project file; later changes are saved as they happen."""
        path = self._save_path("Save project as", "reports" + SUFFIX, f"Claimline project (*{SUFFIX})")
        if path is None:
            return
        self.save_project_to(path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX))

    def save_project_to(self, path: Path) -> None:
        try:
            if self.project is not None:
                self._set_project(self.project.save_as(path))
                return
            path.unlink(missing_ok=True)  # the save dialog has asked before replacing it
            self._set_project(Project.open(path))
            self._save_to_project()
        except (ProjectError, OSError) as exc:
            self._warn("Cannot save project", str(exc))
            return
        self.statusBar().showMessage(f"Saved to {path.name}; changes are now saved as you work.", 10000)

    def _save_to_project(self, *_) -> None:
        if self._sync is None:
            return
        try:
            self._sync.save(self.workspace.corpus)
        except ProjectError as exc:
            self._warn("Could not save to the project", f"{exc}\nThe project file is unchanged.")

    def _warn(self, title: str, text: str) -> QMessageBox:
        """Tell the analyst what went wrong, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _show_title(self) -> None:
        name = self.project.path.name if self.project is not None else "unsaved session"
        self.setWindowTitle(f"{name} — Claimline")

    def _loaded(self, corpus: Corpus) -> None:
        self._close_progress()
        self.workspace.add(corpus)
        n = len(corpus.extractions)
        dated = sum(1 for c in corpus.claims if c.when.resolved)
        undated = len(corpus.claims) - dated
        message = f"Imported {n} report{'s' if n != 1 else ''}, {dated} dated claims"
        message += f" ({undated} more need a published date)." if undated else "."
        notes = self.workspace.corpus.notes
        if notes:
            message += " " + "; ".join(notes[:3]) + (f" (and {len(notes) - 3} more)" if len(notes) > 3 else "")
        if corpus.errors:
            message += f" {len(corpus.errors)} file(s) could not be read."
            details = "\n".join(f"{e.path}: {e.error}" for e in corpus.errors)
            box = QMessageBox(QMessageBox.Icon.Warning, "Some files could not be read",
                              f"{len(corpus.errors)} of {n + len(corpus.errors)} files could not be read. "
                              "The others were imported.", QMessageBox.StandardButton.Ok, self)
            box.setDetailedText(details)
            box.setObjectName("import-errors")
            box.open()
        self.statusBar().showMessage(message, 15000)

    def _load_failed(self, message: str) -> None:
        self._close_progress()
        self._warn("Import failed", f"The import stopped: {message}\nNothing was changed.")

    def open_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, "Open reports", self._last_dir(), REPORT_FILTER)
        self._remember_dir(paths)
        self.open_paths(paths)

    def open_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Open a folder of reports", self._last_dir())
        self._remember_dir([folder] if folder else [])
        self.open_paths([folder] if folder else [])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        event.acceptProposedAction()
        self.open_paths(paths)

    # -- export -----------------------------------------------------------------------------
    def _save_path(self, title: str, default_name: str, filters: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path(self._last_dir()) / default_name), filters)
        if not path:
            return None
        self._remember_dir([path])
        return Path(path)

    def export_timeline_dialog(self) -> None:
        path = self._save_path("Export timeline", "timeline.png", "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            self._export("timeline", path)

    def export_map_dialog(self) -> None:
        path = self._save_path("Export map", "map.png", "PNG image (*.png);;SVG drawing (*.svg)")
        if path:
            self._export("map", path)

    def export_brief_dialog(self) -> None:
        path = self._save_path("Export brief", "brief.pdf", "PDF (*.pdf)")
        if path:
            self._export("brief", path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf"))

    def _export(self, what: str, path: Path) -> None:
        from claimline.export import export_workspace

        try:
            export_workspace(what, self.workspace, path)
        except (OSError, ValueError) as exc:
            self._warn("Export failed", f"Could not write {path}:\n{exc}")
            return
        self.statusBar().showMessage(f"Exported the {what} to {path}", 10000)

    def export_json_dialog(self) -> None:
        path = self._save_path("Export claims", "claims.json", "Claims JSON (*.json)")
        if path:
            self._write_data(path, lambda: write_claims_json(self.workspace.corpus, path))

    def export_csv_dialog(self) -> None:
        """The claims the views show now (the filter applies), one row each, for a spreadsheet."""
        path = self._save_path("Export shown claims", "claims.csv", "CSV (*.csv)")
        if path:
            self._write_data(path, lambda: write_claims_csv(self.workspace.visible_claims(), self.workspace.report,
                                                            path))

    def _write_data(self, path: Path, write) -> None:
        try:
            write()
        except OSError as exc:
            self._warn("Export failed", f"Could not write {path}:\n{exc}")
            return
        self.statusBar().showMessage(f"Exported the claims to {path}", 10000)

    # -- settings ---------------------------------------------------------------------------
    def _last_dir(self) -> str:
        return str(self._settings.value("paths/last_dir", str(Path.home())))

    def _remember_dir(self, paths: list[str]) -> None:
        if paths and paths[0]:
            first = Path(paths[0])
            self._settings.setValue("paths/last_dir", str(first if first.is_dir() else first.parent))

    def _restore_state(self) -> None:
        geometry = self._settings.value("window/geometry")
        state = self._settings.value("window/state")
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self._default_geometry()
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def _default_geometry(self) -> None:
        """First start: 1400×860, or nine tenths of a smaller screen, centred on it."""
        available = self.screen().availableGeometry()
        size = QSize(min(DEFAULT_SIZE.width(), available.width() * 9 // 10),
                     min(DEFAULT_SIZE.height(), available.height() * 9 // 10))
        self.resize(size)
        self.move(available.center() - QPoint(size.width() // 2, size.height() // 2))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.cancel()
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self.runner.wait(5000)  # a worker may be reading the project
        if self.project is not None:
            self.project.close()
            self.project, self._sync = None, None
        super().closeEvent(event)

    def _about(self) -> None:
        QMessageBox.about(self, "About Claimline",
                          "<b>Claimline</b><br>Dated claims and places from North Korea field reports, "
                          "on a linked timeline, map and source reader.<br><br>Province boundaries: "
                          "Natural Earth (public domain). Place names: GeoNames (CC BY 4.0).")
