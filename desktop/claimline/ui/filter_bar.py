"""The filter bar: the text search, what the views now show ("3 of 5 claims, North Pyongan"), and Clear."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import QLabel, QLineEdit, QToolBar, QToolButton

from claimline.filtering import Filter, Workspace

SEARCH_DELAY_MS = 200  # typing a word makes one filter change, not one per key


class FilterBar(QToolBar):
    """A thin view of the workspace's filter: writes the search and Clear, shows the status."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__("Filter", parent)
        self.setObjectName("filter-bar")
        self.setMovable(False)
        self._workspace = workspace
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search quotes and sources (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.status = QLabel()
        self.status.setObjectName("filter-status")
        self.status.setContentsMargins(6, 0, 12, 0)
        self.clear_button = QToolButton()
        self.clear_button.setText("Clear filter")
        self.clear_button.setToolTip("Show all claims (Esc)")
        self.clear_button.clicked.connect(self.clear)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.addWidget(self.search)
        self.addWidget(self.status)
        self.addWidget(self.clear_button)
        workspace.filter_changed.connect(self._show)
        workspace.corpus_changed.connect(self._show)
        self._show()

    @Slot()
    def clear(self) -> None:
        """Show every claim again."""
        self._search_timer.stop()
        self._workspace.set_filter(Filter())

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._workspace.set_filter(replace(self._workspace.filter, query=self.search.text()))

    def _show(self, *_) -> None:
        self.status.setText(self._workspace.status())
        self.clear_button.setEnabled(not self._workspace.filter.is_empty)
        if self.search.text() != self._workspace.filter.query:  # an undo or Clear changed it
            self.search.blockSignals(True)
            self.search.setText(self._workspace.filter.query)
            self.search.blockSignals(False)
