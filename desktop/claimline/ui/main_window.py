"""The main window: assembles the views around one Workspace, plus menus, projects, import and export.

It holds no claim data of its own and the views never call each other: they all read and write the
Workspace, and every change the analyst makes goes through the Session, which writes it to the project
file before the views show it. The app always works in a project (the default one in the user data folder
until the analyst chooses another, as Zotero keeps one library); only a window made without one holds
unsaved work, says so in its title and asks before closing.
"""

from __future__ import annotations

import html
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QSettings, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
)

from claimline.corpus import Corpus, default_corpus_paths
from claimline.filtering import Workspace
from claimline.model import Published
from claimline.paths import data_dir, default_project_path
from claimline.session import Session
from claimline.store import SUFFIX, Project, ProjectError
from claimline.store.project import EmptyProjectFile, backups
from claimline.ui.claim_panel import ClaimPanel
from claimline.ui.claims_table import ClaimsTable
from claimline.ui.export_dialogs import ExportActions
from claimline.ui.filter_bar import FilterBar
from claimline.ui.map_view import MapView
from claimline.ui.reader import SourceReader
from claimline.ui.reports_panel import ReportsPanel
from claimline.ui.review_actions import ReviewActions
from claimline.ui.review_queue import ReviewQueue
from claimline.ui.timeline import TimelineView
from claimline.ui.undo import FilterHistory
from claimline.ui.workers import TaskRunner

DEFAULT_SIZE = QSize(1400, 860)  # the first window, shrunk to fit a smaller screen
PROGRESS_DELAY_MS = 400  # quick work finishes without a dialog flashing up
DEMO_PROJECT = "Demo corpus (synthetic).claimline"
REPORT_FILTER = ("Reports and projects (*.txt *.md *.html *.htm *.json *.jsonl *.csv *.claimline);;"
                 "Claimline projects (*.claimline);;All files (*)")


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace | None = None, settings: QSettings | None = None) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.workspace = workspace or Workspace()
        self.session = Session(self.workspace)
        self._settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        self._history = FilterHistory(self.workspace, self.undo_stack)
        self.review_actions = ReviewActions(self.session, self.undo_stack, self._warn, self)
        self.runner = TaskRunner(self)
        self.runner.failed.connect(self._load_failed)
        self.runner.progress.connect(self._progress)
        self._progress_dialog = self._make_progress_dialog()
        self._progress_delay = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_delay.timeout.connect(self._show_progress)
        self._closing_confirmed = False

        self.timeline = TimelineView(self.workspace)
        self.map = MapView(self.workspace)
        self.table = ClaimsTable(self.workspace)
        self.reader = SourceReader(self.workspace)
        self.reader.set_actions(self.review_actions)
        self.claim_panel = ClaimPanel(self.workspace, self.review_actions)
        self.queue = ReviewQueue(self.workspace)
        self.reports = ReportsPanel(self.workspace, self.undo_stack, self.session, self._warn)
        self.setCentralWidget(self.timeline)
        for widget, name in ((self.timeline, "Timeline of dated claims"), (self.map, "Map of provinces"),
                             (self.table, "Claims table"), (self.reader, "Source reader"),
                             (self.claim_panel, "Selected claim"), (self.queue, "Review queue"),
                             (self.reports, "Reports")):
            widget.setAccessibleName(name)
        self._docks = self._build_docks()
        self._default_layout = self.saveState()
        self.filter_bar = FilterBar(self.workspace, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.filter_bar)
        # what tests and users reach through the window
        self.search, self.filter_label, self.clear_button = (
            self.filter_bar.search, self.filter_bar.status, self.filter_bar.clear_button)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("saved-state")
        self.statusBar().addPermanentWidget(self.saved_label)
        self.exports = ExportActions(self.workspace, self.timeline.visible_dates, self._settings, self._warn,
                                     lambda message: self.statusBar().showMessage(message, 10000), self)
        self._build_menus()
        self._show_title()
        self._restore_state()

    @property
    def project(self) -> Project | None:
        return self.session.project

    # -- layout -----------------------------------------------------------------------------
    def _build_docks(self) -> dict[str, QDockWidget]:
        docks = {
            "map": self._dock("Map", self.map, Qt.DockWidgetArea.LeftDockWidgetArea),
            "source": self._dock("Source", self.reader, Qt.DockWidgetArea.RightDockWidgetArea),
            "claim": self._dock("Claim", self.claim_panel, Qt.DockWidgetArea.BottomDockWidgetArea),
            "claims": self._dock("Claims", self.table, Qt.DockWidgetArea.BottomDockWidgetArea),
            "review": self._dock("Review queue", self.queue, Qt.DockWidgetArea.BottomDockWidgetArea),
            "reports": self._dock("Reports", self.reports, Qt.DockWidgetArea.BottomDockWidgetArea),
        }
        self.splitDockWidget(docks["claims"], docks["claim"], Qt.Orientation.Horizontal)
        self.tabifyDockWidget(docks["claims"], docks["review"])
        self.tabifyDockWidget(docks["claims"], docks["reports"])
        docks["claims"].raise_()
        self.resizeDocks([docks["map"], docks["source"]], [340, 420], Qt.Orientation.Horizontal)
        self.resizeDocks([docks["claims"], docks["claim"]], [900, 440], Qt.Orientation.Horizontal)
        self.resizeDocks([docks["claims"]], [270], Qt.Orientation.Vertical)
        return docks

    def _dock(self, title: str, widget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{title.lower().replace(' ', '-')}")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def show_review_queue(self) -> None:
        self._docks["review"].show()
        self._docks["review"].raise_()
        self.queue.table.setFocus()
        if self.workspace.selected_key not in {c.id for c in self.workspace.review_queue()}:
            self.review_actions.step(1)

    def reset_layout(self) -> None:
        """Every dock back where it starts (View › Reset layout)."""
        self.restoreState(self._default_layout)
        for dock in self._docks.values():
            dock.show()
        self._docks["claims"].raise_()

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self._action(file_menu, "&New project…", self.new_project_dialog, QKeySequence.StandardKey.New)
        self._action(file_menu, "Open &project…", self.open_project_dialog)
        self._action(file_menu, "&Import reports…", self.open_files, QKeySequence.StandardKey.Open)
        self._action(file_menu, "Import a &folder…", self.open_folder, "Ctrl+Shift+O")
        file_menu.addSeparator()
        self._action(file_menu, "&Save", self.save, QKeySequence.StandardKey.Save)
        self._action(file_menu, "Save project &as…", self.save_project_as, QKeySequence.StandardKey.SaveAs)
        self._action(file_menu, "Open a &backup…", self.open_backup_dialog)
        file_menu.addSeparator()
        file_menu.addMenu(self.exports.menu)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        edit_menu = self.menuBar().addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence.StandardKey.Redo, QKeySequence("Ctrl+Shift+Z")])
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        self._action(edit_menu, "&Find…", self.filter_bar.focus_search, QKeySequence.StandardKey.Find)
        self.clear_action = self._action(edit_menu, "&Clear filter", self.clear_filter, Qt.Key.Key_Escape)

        actions = self.review_actions
        review_menu = self.menuBar().addMenu("&Review")
        self._action(review_menu, "Review &queue", self.show_review_queue, "Ctrl+Shift+Q")
        review_menu.addActions([actions.next, actions.previous])
        review_menu.addSeparator()
        review_menu.addActions([actions.accept, actions.reject, actions.edit, actions.revert])
        review_menu.addAction(self.reader.new_claim_action)
        review_menu.addAction(actions.delete)
        credibility = review_menu.addMenu("Information &credibility")
        credibility.addActions(actions.credibility)
        reliability = review_menu.addMenu("Source &reliability")
        reliability.addActions(actions.reliability)
        review_menu.addSeparator()
        review_menu.addAction(actions.show_rejected)
        for action in (actions.accept, actions.reject, actions.edit, actions.revert, actions.delete, actions.next,
                       actions.previous, *actions.credibility, *actions.reliability, actions.show_rejected):
            self.addAction(action)  # their keys work wherever the focus is, unless a text field takes them

        view_menu = self.menuBar().addMenu("&View")
        self._action(view_menu, "&Fit timeline", self.timeline.fit, "Ctrl+0")
        self._action(view_menu, "Filter to the &visible time range", self.filter_to_visible_range, "Ctrl+R")
        view_menu.addSeparator()
        for dock in self._docks.values():
            view_menu.addAction(dock.toggleViewAction())
        view_menu.addSeparator()
        self._action(view_menu, "&Reset layout", self.reset_layout)
        help_menu = self.menuBar().addMenu("&Help")
        self._action(help_menu, "&Keyboard shortcuts", self._shortcuts_help, QKeySequence.StandardKey.HelpContents)
        self._action(help_menu, "Open &demo corpus (synthetic reports)", self.open_demo)
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
        """At start: the project given, else the last one, else the default project (made on first start with
        the sample corpus in it); report paths given are imported into it."""
        projects = [p for p in paths if str(p).endswith(SUFFIX)]
        reports = [p for p in paths if p not in projects]
        last = str(self._settings.value("project/last", ""))
        if projects:
            target = Path(projects[0])
        elif last and Path(last).is_file():
            target = Path(last)
        else:
            target = default_project_path()
        first_start = target == default_project_path() and not target.exists()
        if first_start:
            target.parent.mkdir(parents=True, exist_ok=True)
            reports = reports or default_corpus_paths()
        self.open_project(target, then_import=reports)

    def open_demo(self) -> None:
        """Help › Open demo corpus: a project of a few hundred synthetic reports (made once, in the data folder),
        so a newcomer can judge the tool; its title, outlets and reports all say synthetic."""
        from claimline.demo import DEMO_REPORTS, write_corpus

        path = data_dir() / DEMO_PROJECT
        if path.exists():
            self.open_project(path)
            return
        folder = data_dir() / "demo-reports"
        try:
            written = write_corpus(folder, DEMO_REPORTS)
        except OSError as exc:
            self._warn("Cannot make the demo corpus", f"{folder}: {exc.strerror or exc}")
            return
        self.open_project(path, then_import=[str(p) for p in written])

    def open_project(self, path: str | Path, *, then_import: list[str] | None = None) -> None:
        """Open a project file and show its reports (stored claims; extraction only where the rules changed)."""
        path = Path(path)
        try:
            project = Project.open(path)
        except EmptyProjectFile:
            if not self._confirm("Make it a project?", f"{path.name} is an empty file. Make it a new Claimline "
                                 "project? (Nothing else is in it to lose.)"):
                return
            project = self._open_or_warn(lambda: Project.open(path, adopt_empty=True))
        except ProjectError as exc:
            self._warn("Cannot open project", str(exc))
            return
        if project is None:
            return
        self._run(f"Opening {path.name}…", lambda state: Corpus.from_project(project, state),
                  lambda corpus: self._project_loaded(project, corpus, then_import or []))

    def _open_or_warn(self, opener) -> Project | None:
        try:
            return opener()
        except ProjectError as exc:
            self._warn("Cannot open project", str(exc))
            return None

    def _project_loaded(self, project: Project, corpus: Corpus, then_import: list[str]) -> None:
        self._close_progress()
        self.session.set_project(project)
        self.workspace.set_corpus(corpus)
        self.undo_stack.clear()
        self._settings.setValue("project/last", str(project.path))
        self._show_title()
        self.workspace.select(str(self._settings.value("project/selected", "")) or None)  # where the analyst was
        message = f"Opened {project.path.name}: {len(corpus.extractions)} reports."
        orphans = len(corpus.reviewed.orphans)
        if orphans:
            message += (f" {orphans} of your decisions are on claims the current rules no longer find: they are kept "
                        "as you left them, marked “no longer extracted” in the Claims table.")
        self.statusBar().showMessage(message, 20000)
        if then_import:
            self.open_paths(then_import)

    def new_project_dialog(self) -> None:
        path = self._save_path("New project", "reports" + SUFFIX, f"Claimline project (*{SUFFIX})")
        if path is None:
            return
        path = path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)
        if self.project is not None and path.resolve() == self.project.path.resolve():
            self._warn("New project", f"{path.name} is the project already open.")
            return
        path.unlink(missing_ok=True)  # the save dialog has asked before replacing it
        project = self._open_or_warn(lambda: Project.open(path))
        if project is not None:
            self._project_loaded(project, Corpus(), [])

    def open_project_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Open project", self._last_dir(),
                                              f"Claimline projects (*{SUFFIX});;All files (*)")
        if path:
            self._remember_dir([path])
            self.open_project(path)

    def open_backup_dialog(self) -> None:
        """Choose one of the open project's backups and open a copy of it saved where the analyst says."""
        if self.project is None:
            self._warn("Open a backup", "No project is open, so there are no backups to choose from.")
            return
        found = backups(self.project.path)
        if not found:
            self._warn("Open a backup", f"{self.project.path.name} has no backups yet: one is made each time "
                       "it is opened.")
            return
        path, _ = QFileDialog.getOpenFileName(self, "Open a backup", str(found[0].parent),
                                              f"Claimline backups (*{SUFFIX})")
        if not path:
            return
        target = self._save_path("Save the restored copy as", Path(path).name, f"Claimline project (*{SUFFIX})")
        if target is None:
            return
        try:
            restored = Project.open_read_only(path)
            try:
                copy = restored.save_as(target)
            finally:
                restored.close()
            copy.close()
        except ProjectError as exc:
            self._warn("Open a backup", str(exc))
            return
        self.open_project(target)

    def save(self) -> None:
        """Ctrl+S: in a project everything is already saved; without one, save it as a project now."""
        if self.project is None:
            self.save_project_as()
            return
        self.statusBar().showMessage(f"Everything is saved in {self.project.path.name}: each change is written "
                                     "as you make it.", 8000)

    def save_project_as(self) -> None:
        """Save the open reports and review to a new project file; later changes are saved as they happen."""
        path = self._save_path("Save project as", "reports" + SUFFIX, f"Claimline project (*{SUFFIX})")
        if path is None:
            return
        self.save_project_to(path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX))

    def save_project_to(self, path: Path) -> None:
        try:
            if self.project is not None:
                self.session.set_project(self.project.save_as(path))
            else:
                path.unlink(missing_ok=True)  # the save dialog has asked before replacing it
                self.session.save_to(Project.open(path))
        except (ProjectError, OSError) as exc:
            self._warn("Cannot save project", str(exc))
            return
        self._settings.setValue("project/last", str(path))
        self._show_title()
        self.statusBar().showMessage(f"Saved to {path.name}; changes are now saved as you work.", 10000)

    def _warn(self, title: str, text: str) -> QMessageBox:
        """Tell the analyst what went wrong, without blocking the window."""
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("warning")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _show_title(self) -> None:
        if self.project is not None:
            self.setWindowTitle(f"{self.project.path.name} — Claimline")
            self.setWindowFilePath(str(self.project.path))
            self.saved_label.setText(f"Saved in {self.project.path.name}")
            self.saved_label.setToolTip(f"Every change is written to {self.project.path} as you make it")
        else:
            self.setWindowTitle("unsaved session* — Claimline")
            self.saved_label.setText("Not saved: File › Save project as… (Ctrl+S)")
            self.saved_label.setToolTip("")

    def _loaded(self, corpus: Corpus) -> None:
        self._close_progress()
        try:
            self.session.add(corpus)
        except ProjectError as exc:
            self._warn("Could not save the import", f"{exc}\nThe project is unchanged; nothing was imported.")
            return
        self._show_title()
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
        self._settings.setValue("window/geometry", self.saveGeometry())
        self._settings.setValue("window/state", self.saveState())
        self._settings.setValue("project/selected", self.workspace.selected_key or "")
        if self.project is None and self.workspace.corpus.extractions and not self._closing_confirmed:
            event.ignore()
            self._ask_to_save_before_closing()
            return
        self.runner.cancel()
        self.runner.wait(5000)  # a worker may be reading the project
        self.session.close()
        super().closeEvent(event)

    def _ask_to_save_before_closing(self) -> None:
        """Without a project nothing is on disk: offer to save it, window-modal so nothing blocks."""
        box = QMessageBox(QMessageBox.Icon.Question, "Save before closing?",
                          "These reports and your review are not saved in a project yet.",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("save-before-closing")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _: self._answered_close(box.standardButton(box.clickedButton())))
        box.open()

    def _answered_close(self, answer) -> None:
        if answer == QMessageBox.StandardButton.Save:
            self.save_project_as()
            if self.project is None:
                return
        elif answer != QMessageBox.StandardButton.Discard:
            return
        self._closing_confirmed = True
        self.close()

    def _shortcuts_help(self) -> None:
        rows = [(self._key(a), a.text().replace("&", "")) for menu in self.menuBar().findChildren(QMenu)
                for a in menu.actions() if not a.isSeparator() and not a.shortcut().isEmpty()]
        rows += [("Click / Ctrl-click a province", "filter every view to it / add it"),
                 ("Right-click a selection in the source", "New claim from selection, or set the claim's quote")]
        table = "".join(f"<tr><td><b>{html.escape(k)}</b></td><td>{html.escape(t)}</td></tr>"
                        for k, t in dict.fromkeys(rows))
        QMessageBox.information(self, "Keyboard shortcuts", f"<table cellspacing=4>{table}</table>")

    @staticmethod
    def _key(action) -> str:
        return action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def _about(self) -> None:
        QMessageBox.about(self, "About Claimline",
                          "<b>Claimline</b><br>Dated claims and places from North Korea field reports, "
                          "on a linked timeline, map and source reader.<br><br>Province boundaries: "
                          "Natural Earth (public domain). Place names: GeoNames (CC BY 4.0).")
