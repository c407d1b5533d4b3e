"""The filter bar: the text search, what the views now show ("3 of 5 claims, North Pyongan"), and Clear."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QMenu, QToolBar, QToolButton

from claimline.filtering import Filter, Workspace
from claimline.model import STATUSES
from claimline.review.grades import GradeFilter
from claimline.ui.style import STATUS_LABELS

GRADE_CHOICES = ("A1", "A2", "B2", "B3", "C3")

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
        self.review_button = QToolButton()
        self.review_button.setText("Review")
        self.review_button.setToolTip("Filter by status, grade and tag; show rejected claims")
        self.review_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.review_menu = QMenu(self.review_button)
        self.review_menu.aboutToShow.connect(self._fill_review_menu)
        self.review_button.setMenu(self.review_menu)
        self.addWidget(self.search)
        self.addWidget(self.review_button)
        self.addWidget(self.status)
        self.addWidget(self.clear_button)
        workspace.filter_changed.connect(self._show)
        workspace.corpus_changed.connect(self._show)
        workspace.claims_changed.connect(self._show)
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

    # -- the review facets -----------------------------------------------------------------------
    def _fill_review_menu(self) -> None:
        """Built when opened, so that it lists the tags in use now and ticks what the filter holds."""
        menu, flt = self.review_menu, self._workspace.filter
        menu.clear()
        rejected = menu.addAction("Show rejected claims")
        rejected.setCheckable(True)
        rejected.setChecked(flt.show_rejected)
        rejected.toggled.connect(lambda on: self._set(show_rejected=on))
        menu.addSection("Only claims that are")
        for status in STATUSES:
            action = menu.addAction(STATUS_LABELS[status])
            action.setCheckable(True)
            action.setChecked(status in flt.statuses)
            action.toggled.connect(lambda on, s=status: self._set(statuses=self._workspace.filter.statuses ^ {s}))
        grades = menu.addMenu("Grade")
        group = QActionGroup(grades)
        for grade in (None, *GRADE_CHOICES):
            action = grades.addAction("Any grade" if grade is None else str(GradeFilter.parse(grade)))
            action.setCheckable(True)
            action.setChecked(flt.grade == grade)
            group.addAction(action)
            action.triggered.connect(lambda _=False, g=grade: self._set(grade=g))
        grades.addAction("Other grade…", self._ask_grade)
        tags = menu.addMenu("Tags")
        for tag in self._workspace.review.tags:
            action = tags.addAction(tag)
            action.setCheckable(True)
            action.setChecked(tag in flt.tags)
            action.toggled.connect(lambda on, t=tag: self._set(tags=self._workspace.filter.tags ^ {t}))
        tags.setEnabled(bool(self._workspace.review.tags))

    def _ask_grade(self) -> None:
        text, ok = QInputDialog.getText(self, "Grade filter", "Claims graded at least (a letter A-F and a number "
                                        "1-6, such as B2):", text=self._workspace.filter.grade or "B2")
        if not ok:
            return
        try:
            grade = GradeFilter.parse(text)
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self._set(grade=f"{grade.reliability}{grade.credibility}")

    def _set(self, **facets) -> None:
        self._workspace.set_filter(replace(self._workspace.filter, **facets))

    def _show(self, *_) -> None:
        self.status.setText(self._workspace.status())
        self.clear_button.setEnabled(not self._workspace.filter.is_empty)
        if self.search.text() != self._workspace.filter.query:  # an undo or Clear changed it
            self.search.blockSignals(True)
            self.search.setText(self._workspace.filter.query)
            self.search.blockSignals(False)
