"""A read-only table model over a list of rows with fixed column titles, for the claims and reports tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows in, cells out: subclasses say what each row shows in ``cells``, worked out the first time a row is
    shown and kept (rows are immutable values), so that showing 100,000 claims formats only those on screen."""

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cells: list[tuple[str, ...] | None] = []

    def cells(self, row: Row) -> tuple[str, ...]:
        """The text of each column for ``row``."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [None] * len(self._rows)
        self.endResetModel()

    def update_rows(self, rows: Sequence[Row], key: Callable[[Row], str], changed: set[str]) -> None:
        """Show ``rows`` by removing, inserting and refreshing only what differs from the rows shown now.

        ``rows`` must keep the order of the rows they share with the current ones (a claim decided on leaves or
        joins the list; the others stay in place); otherwise the model is simply reset. Sorting proxies then
        place a few rows instead of sorting thousands again."""
        new_keys = [key(r) for r in rows]
        wanted = set(new_keys)
        survivors = [key(r) for r in self._rows if key(r) in wanted]
        kept = set(survivors)
        if survivors != [k for k in new_keys if k in kept]:
            self.set_rows(rows)
            return
        for start, end in reversed(_runs([i for i, r in enumerate(self._rows) if key(r) not in wanted])):
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._rows[start:end + 1], self._cells[start:end + 1]
            self.endRemoveRows()
        for start, end in _runs([i for i, k in enumerate(new_keys) if k not in kept]):
            self.beginInsertRows(QModelIndex(), start, end)
            self._rows[start:start] = rows[start:end + 1]
            self._cells[start:start] = [None] * (end + 1 - start)
            self.endInsertRows()
        for i, row in enumerate(rows):
            if new_keys[i] in changed and new_keys[i] in kept:
                self._rows[i], self._cells[i] = row, None
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.COLUMNS) - 1))

    def row_at(self, index: QModelIndex) -> Row:
        return self._rows[index.row()]

    def cell(self, index: QModelIndex) -> str:
        return self.row_cells(index.row())[index.column()]

    def row_cells(self, row: int) -> tuple[str, ...]:
        cells = self._cells[row]
        if cells is None:
            cells = self._cells[row] = self.cells(self._rows[row])
        return cells

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Sorted indices as (first, last) runs of consecutive numbers."""
    runs: list[tuple[int, int]] = []
    for i in indices:
        if runs and runs[-1][1] == i - 1:
            runs[-1] = (runs[-1][0], i)
        else:
            runs.append((i, i))
    return runs
