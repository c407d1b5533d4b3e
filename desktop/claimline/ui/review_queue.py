"""The review queue: claims still as extracted, the least certain first, with why the extractor was unsure.

Selecting a row selects the claim everywhere (the reader shows its quote highlighted); the review keys
(A accept, R reject, E edit, N/P next and previous, 1-6 credibility) act on it and move on.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from claimline.filtering import Workspace
from claimline.model import Claim, Doubt
from claimline.ui.rows_model import RowsModel
from claimline.ui.style import claim_tooltip, places_label, when_label

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KEYS_HELP = "A accept · R reject · E edit · N/P next/previous · 1–6 credibility · U revert · Ctrl+Z undo"


class QueueModel(RowsModel[Claim]):
    COLUMNS = ("Doubt", "Why unsure", "Date", "Place", "Quote")

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        workspace.corpus_changed.connect(self.reload)
        workspace.filter_changed.connect(self.reload)
        self.reload()

    def reload(self, *_) -> None:
        self.set_rows(self._workspace.review_queue())

    def claims_changed(self, keys: set[str]) -> None:
        self.update_rows(self._workspace.review_queue(), lambda c: c.key, keys)

    def cells(self, claim: Claim) -> tuple[str, ...]:
        return (str(Doubt.weight(claim.uncertain)), "; ".join(claim.uncertain), when_label(claim),
                places_label(claim), " ".join(claim.quote.split()))

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
        return None

    def row_of(self, key: str | None) -> int:
        return next((i for i, c in enumerate(self._rows) if c.key == key), -1)


class ReviewQueue(QWidget):
    """The queue as a table, kept in step with the workspace's selection."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("review-queue")
        self._workspace = workspace
        self._syncing = False
        self.model = QueueModel(workspace, self)
        self.summary = QLabel()
        self.summary.setContentsMargins(6, 4, 6, 2)
        self.table = QTableView()
        self.table.setObjectName("review-queue-table")
        self.table.setAccessibleName("Review queue")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate((50, 260, 150, 110)):
            self.table.setColumnWidth(column, width)
        keys = QLabel(KEYS_HELP)
        keys.setWordWrap(True)
        keys.setContentsMargins(6, 2, 6, 4)
        keys.setStyleSheet("color: palette(mid)")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(keys)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.modelReset.connect(self._after_reset)
        workspace.claims_changed.connect(self._claims_changed)
        workspace.selection_changed.connect(self._show_selection)
        self._after_reset()

    def _claims_changed(self, keys: set[str]) -> None:
        """Rows leave and join; the table's current row moving with them is not the analyst choosing a claim."""
        self._syncing = True
        try:
            self.model.claims_changed(keys)
        finally:
            self._syncing = False
        self._after_reset()

    def _after_reset(self) -> None:
        n = self.model.rowCount()
        self.summary.setText(f"{n} claim{'s' if n != 1 else ''} to review"
                             + (" (the filter applies)" if not self._workspace.filter.is_empty else "")
                             if n else "Nothing left to review: every claim shown has a decision.")
        self._show_selection(self._workspace.selected_key)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._syncing and current.isValid():
            self._workspace.select(current.data(KEY_ROLE))

    def _show_selection(self, key: str | None) -> None:
        self._syncing = True
        try:
            row = self.model.row_of(key)
            if row < 0:
                self.table.clearSelection()
                return
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)
        finally:
            self._syncing = False

    def claims(self) -> list[Claim]:
        return [self.model.row_at(self.model.index(r, 0)) for r in range(self.model.rowCount())]
