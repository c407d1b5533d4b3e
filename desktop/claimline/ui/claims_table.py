"""The claims table: date, place, source, quote and report of every visible claim."""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from claimline.filtering import Workspace
from claimline.model import Claim
from claimline.ui.rows_model import RowsModel
from claimline.ui.style import STATUS_LABELS, citation, claim_tooltip, places_label, when_label

COLUMNS = ("Date", "Status", "Grade", "Place", "Source", "Quote", "Report")
QUOTE_COLUMN = COLUMNS.index("Quote")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
DAYS_KEY = 1_000_000  # start day then end day in one sortable integer (day ordinals stay below a million)


class ClaimsModel(RowsModel[Claim]):
    """The workspace's visible claims as rows, in the order the analyst chose by clicking a header.

    The model sorts itself: by date with one integer key per claim (numpy), by any other column with its text,
    so that showing or re-sorting 100,000 claims asks Qt for no per-cell comparison."""

    COLUMNS = COLUMNS

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._sort_column, self._sort_order = 0, Qt.SortOrder.AscendingOrder
        self._rows_by_key: dict[str, int] | None = None
        workspace.corpus_changed.connect(self.reload)
        workspace.filter_changed.connect(self.reload)
        self.modelReset.connect(self._forget_rows)
        self.rowsInserted.connect(self._forget_rows)
        self.rowsRemoved.connect(self._forget_rows)
        self.layoutChanged.connect(self._forget_rows)
        self.reload()

    def reload(self, *_) -> None:
        self.set_rows(self._sorted(self._workspace.visible_claims()))

    def claims_changed(self, keys: set[str]) -> None:
        self.update_rows(self._sorted(self._workspace.visible_claims()), lambda c: c.key, keys)

    # -- sorting -----------------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        rows_before = {id(c): i for i, c in enumerate(self._rows)}
        cells = dict(zip((id(c) for c in self._rows), self._cells, strict=True))
        self._rows = self._sorted(self._rows)
        self._cells = [cells[id(c)] for c in self._rows]
        where = {rows_before[id(c)]: i for i, c in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(where[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _sorted(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` in the chosen order; equal keys keep the workspace's order (a stable sort)."""
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if self._sort_column == 0:
            keys = np.fromiter((_day_key(c) for c in claims), dtype=np.int64, count=len(claims))
            order = np.argsort(-keys if descending else keys, kind="stable")
            return [claims[i] for i in order]
        texts = [self.cells(c)[self._sort_column].casefold() for c in claims]
        order = sorted(range(len(claims)), key=texts.__getitem__, reverse=descending)
        return [claims[i] for i in order]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        claim = self.row_at(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return claim_tooltip(claim)
        if role == KEY_ROLE:
            return claim.key
        if role == Qt.ItemDataRole.FontRole and claim.status == "rejected":
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and claim.status == "rejected":
            return QColor("#888888")
        return None

    def cells(self, claim: Claim) -> tuple[str, ...]:
        report = self._workspace.report(claim.report_path)
        status = STATUS_LABELS[claim.status] if claim.status != "extracted" else ""
        if claim.orphaned:
            status += " (no longer extracted)"
        return (when_label(claim), status, claim.grade or "", places_label(claim), claim.source,
                " ".join(claim.quote.split()), report.title if report else claim.report_path)

    def row_of(self, key: str | None) -> int:
        if self._rows_by_key is None:
            self._rows_by_key = {c.key: i for i, c in enumerate(self._rows)}
        return self._rows_by_key.get(key, -1) if key is not None else -1

    def _forget_rows(self, *_) -> None:
        self._rows_by_key = None


def _day_key(claim: Claim) -> int:
    """Start day then end day in one integer (day ordinals stay below a million); undated claims first."""
    if not claim.when.resolved:
        return -1
    return claim.when.start.toordinal() * DAYS_KEY + claim.when.end.toordinal()


class ClaimsTable(QTableView):
    """Selecting a row selects the claim in every view; a selection made elsewhere selects the row."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("claims-table")
        self._workspace = workspace
        self._syncing = False
        self.claims_model = ClaimsModel(workspace, self)
        self.setModel(self.claims_model)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QUOTE_COLUMN, QHeaderView.ResizeMode.Stretch)  # the quote takes the spare width
        for column, width in enumerate((170, 90, 50, 130, 190, 520, 220)):
            self.setColumnWidth(column, width)
        copy = QAction("Copy quote with citation", self)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_citation)
        self.addAction(copy)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.selectionModel().currentRowChanged.connect(self._row_changed)
        self.claims_model.modelReset.connect(lambda: self._show_selection(workspace.selected_key))
        self.claims_model.layoutChanged.connect(lambda: self._show_selection(workspace.selected_key))
        workspace.claims_changed.connect(self._claims_changed)
        workspace.selection_changed.connect(self._show_selection)

    def _claims_changed(self, keys: set[str]) -> None:
        """Rows leave and join; the current row moving with them is not the analyst choosing another claim."""
        self._syncing = True
        try:
            self.claims_model.claims_changed(keys)
        finally:
            self._syncing = False
        self._show_selection(self._workspace.selected_key)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self._workspace.select(current.data(KEY_ROLE))

    def _show_selection(self, key: str | None) -> None:
        self._syncing = True
        try:
            row = self.claims_model.row_of(key)
            if row < 0:
                self.clearSelection()
                return
            index = self.claims_model.index(row, 0)
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            self.scrollTo(index)
        finally:
            self._syncing = False

    def copy_citation(self) -> None:
        """Put the selected claim's quote and its citation on the clipboard."""
        claim = self._workspace.selected_claim
        if claim is not None:
            QGuiApplication.clipboard().setText(citation(claim, self._workspace.report(claim.report_path)))

    def row_rect_center(self, row: int):
        """The centre of a (sorted) row in viewport coordinates: where a user clicks it."""
        return self.visualRect(self.claims_model.index(row, QUOTE_COLUMN)).center()
