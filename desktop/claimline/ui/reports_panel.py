"""The reports panel: every open report with its date and claim count; set the date of undated reports."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from claimline.filtering import Workspace
from claimline.model import Extraction, Published
from claimline.session import Session
from claimline.ui.rows_model import RowsModel
from claimline.ui.undo import SetPublishedCommand, Warn

COLUMNS = ("Title", "Outlet", "Published", "Claims")
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
UNDATED_ROLE = Qt.ItemDataRole.UserRole + 2


class ReportsModel(RowsModel[Extraction]):
    """Every open report, with its date (or "needs a date") and its number of claims."""

    COLUMNS = COLUMNS

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        workspace.corpus_changed.connect(self.reload)
        self.reload()

    def reload(self, *_) -> None:
        self.set_rows(self._workspace.corpus.extractions)

    def cells(self, extraction: Extraction) -> tuple[str, ...]:
        report = extraction.report
        claims = [c for c in self._workspace.claims_of(report.path) if c.status != "rejected"]
        dated = sum(1 for c in claims if c.when.resolved)
        undated = len(claims) - dated
        count = f"{dated} (+{undated} undated)" if undated else str(dated)
        return (report.title, report.outlet or "", report.published.isoformat() if report.published
                else "needs a date", count)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        report = self.row_at(index).report
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return report.path
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 2 and report.published is None:
            return Qt.GlobalColor.darkRed
        if role == PATH_ROLE:
            return report.path
        if role == UNDATED_ROLE:
            return report.published is None
        return None


class _UndatedFilter(QSortFilterProxyModel):
    only_undated = False

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self.only_undated:
            return True
        return bool(self.sourceModel().index(row, 0, parent).data(UNDATED_ROLE))


class PublishedDialog(QDialog):
    """Asks for a published date as YYYY-MM-DD, YYYY-MM or YYYY, and refuses anything else."""

    def __init__(self, count: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Set published date")
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("YYYY-MM-DD, YYYY-MM or YYYY")
        self.error = QLabel()
        self.error.setStyleSheet("color: #a00")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.edit.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"Published date for {count} report{'s' if count != 1 else ''}:"))
        layout.addWidget(self.edit)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._validate("")

    def published(self) -> Published | None:
        try:
            return Published.parse(self.edit.text())
        except ValueError:
            return None

    def _validate(self, text: str) -> None:
        ok = self.published() is not None
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        self.error.setText("" if ok or not text.strip() else "Not a date: use 2018-10-04, 2018-10 or 2018.")


class ReportsPanel(QWidget):
    def __init__(self, workspace: Workspace, undo_stack: QUndoStack, session: Session, warn: Warn,
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reports-panel")
        self._workspace = workspace
        self._undo_stack = undo_stack
        self._session, self._warn = session, warn
        self.model = ReportsModel(workspace, self)
        self._proxy = _UndatedFilter(self)
        self._proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self._proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.undated_only = QCheckBox("Needs a date")
        self.undated_only.setToolTip("Show only reports without a published date")
        self.undated_only.toggled.connect(self._toggle_undated)
        self.set_date_button = QPushButton("Set published date…")
        self.set_date_button.clicked.connect(self.ask_published)
        bar = QHBoxLayout()
        bar.addWidget(self.undated_only)
        bar.addStretch()
        bar.addWidget(self.set_date_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table)
        workspace.corpus_changed.connect(self._update_counts)
        workspace.claims_changed.connect(self._update_counts)
        self._update_counts()

    def _toggle_undated(self, checked: bool) -> None:
        self._proxy.beginFilterChange()
        self._proxy.only_undated = checked
        self._proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def _update_counts(self, *_) -> None:
        undated = len(self._workspace.reports_needing_a_date())
        self.undated_only.setText(f"Needs a date ({undated})")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._workspace.open_report(current.data(PATH_ROLE))

    def selected_paths(self) -> list[str]:
        return [index.data(PATH_ROLE) for index in self.table.selectionModel().selectedRows()]

    def set_published(self, paths: list[str], published: Published) -> None:
        """Set the date of ``paths`` (undoable); their claims are extracted again against it."""
        if paths:
            self._undo_stack.push(SetPublishedCommand(self._session, paths, published, self._warn))

    def ask_published(self) -> None:
        paths = self.selected_paths()
        if not paths:
            return
        dialog = PublishedDialog(len(paths), self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.published() is not None:
            self.set_published(paths, dialog.published())
