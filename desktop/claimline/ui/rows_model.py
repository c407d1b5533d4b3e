"""A read-only table model over a list of rows with fixed column titles, for the claims and reports tables."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

Row = TypeVar("Row")


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Rows in, cells out: subclasses say what each row shows in ``cells``, computed once per reset.

    Rows are immutable values, so their cell texts can be worked out once; sorting thousands of rows
    then asks for cached strings, not for fresh formatting.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._cells: list[tuple[str, ...]] = []

    def cells(self, row: Row) -> tuple[str, ...]:
        """The text of each column for ``row``."""
        raise NotImplementedError

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._cells = [self.cells(row) for row in self._rows]
        self.endResetModel()

    def row_at(self, index: QModelIndex) -> Row:
        return self._rows[index.row()]

    def cell(self, index: QModelIndex) -> str:
        return self._cells[index.row()][index.column()]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        return None
