"""The source reader: a report's text with every claim's quote highlighted and the selected one in focus."""

from __future__ import annotations

import html
from itertools import accumulate

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextEdit, QToolTip, QVBoxLayout, QWidget

from claimline.filtering import Workspace
from claimline.geo import province_name
from claimline.model import Claim, Extraction, PlaceMention
from claimline.ui.review_actions import ReviewActions
from claimline.ui.style import (
    HIGHLIGHT_COLOR,
    HIGHLIGHT_TEXT_COLOR,
    PLACE_UNDERLINE_COLOR,
    REJECTED_HIGHLIGHT_COLOR,
    SELECTED_HIGHLIGHT_COLOR,
)


class QtOffsets:
    """Python string offsets (code points) to Qt text positions (UTF-16 units), which differ past U+FFFF."""

    def __init__(self, text: str) -> None:
        self._table = None
        if any(ord(ch) > 0xFFFF for ch in text):
            self._table = [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]

    def __call__(self, offset: int) -> int:
        return offset if self._table is None else self._table[offset]

    def to_python(self, position: int) -> int:
        if self._table is None:
            return position
        return next((i for i, p in enumerate(self._table) if p >= position), len(self._table) - 1)


class SourceReader(QWidget):
    """Shows the report of the selected claim (or the first visible one) and scrolls to the quote."""

    def __init__(self, workspace: Workspace, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("source-reader")
        self._workspace = workspace
        self._extraction: Extraction | None = None
        self._offsets = QtOffsets("")
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setContentsMargins(6, 6, 6, 2)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setObjectName("report-text")
        font = QFont(self.text.font())
        font.setPointSizeF(font.pointSizeF() * 1.05)
        self.text.setFont(font)
        self.text.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self.text.cursorPositionChanged.connect(self._cursor_moved)
        self.text.viewport().installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.text)
        self.text.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.text.customContextMenuRequested.connect(self._context_menu)
        self._actions: ReviewActions | None = None
        self.new_claim_action = QAction("&New claim from selection", self)
        self.new_claim_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_claim_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.new_claim_action.triggered.connect(self.new_claim_from_selection)
        self.set_quote_action = QAction("Set the selected claim's &quote to this selection", self)
        self.set_quote_action.triggered.connect(self.set_quote_from_selection)
        self.addAction(self.new_claim_action)
        workspace.corpus_changed.connect(self._refresh)
        workspace.claims_changed.connect(self._refresh)
        workspace.report_changed.connect(self._refresh)
        workspace.selection_changed.connect(self._refresh)
        workspace.filter_changed.connect(self._refresh)
        self._refresh()

    def set_actions(self, actions: ReviewActions) -> None:
        """The review gestures the reader's context menu offers."""
        self._actions = actions

    def selection_span(self) -> tuple[int, int] | None:
        """The analyst's text selection in the shown report, as Python offsets into its text."""
        cursor = self.text.textCursor()
        if self._extraction is None or not cursor.hasSelection():
            return None
        return (self._offsets.to_python(cursor.selectionStart()), self._offsets.to_python(cursor.selectionEnd()))

    def select_text(self, start: int, end: int) -> None:
        """Select ``[start, end)`` of the shown report, as a user dragging over it would."""
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets(start))
        cursor.setPosition(self._offsets(end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)

    def new_claim_from_selection(self) -> None:
        span = self.selection_span()
        if self._actions is not None and span is not None and self.report_path is not None:
            self._actions.new_claim(self.report_path, *span)

    def set_quote_from_selection(self) -> None:
        span = self.selection_span()
        if self._actions is not None and span is not None:
            self._actions.set_quote(*span)

    def _context_menu(self, pos) -> None:
        menu = self.text.createStandardContextMenu()
        span = self.selection_span()
        selected = self._workspace.selected_claim
        self.new_claim_action.setEnabled(span is not None and self._actions is not None)
        self.set_quote_action.setEnabled(span is not None and selected is not None
                                         and selected.report_path == self.report_path)
        menu.insertActions(menu.actions()[0] if menu.actions() else None,
                           [self.new_claim_action, self.set_quote_action])
        menu.insertSeparator(menu.actions()[2] if len(menu.actions()) > 2 else None)
        menu.exec(self.text.viewport().mapToGlobal(pos))
        menu.deleteLater()

    @property
    def report_path(self) -> str | None:
        return self._extraction.report.path if self._extraction else None

    def _refresh(self, *_) -> None:
        path = self._workspace.current_report
        extraction = self._workspace.extraction(path) if path else None
        if extraction is not self._extraction:
            self._load(extraction)
        self._highlight()

    def _load(self, extraction: Extraction | None) -> None:
        self._extraction = extraction
        self.text.blockSignals(True)
        self.text.setPlainText(extraction.report.text if extraction else "")
        self.text.blockSignals(False)
        self._offsets = QtOffsets(extraction.report.text if extraction else "")
        if extraction is None:
            self.header.setText("<i>No report open. Drop report files here, or use File › Import.</i>")
            return
        report = extraction.report
        meta = " · ".join(
            x for x in (report.outlet, report.published.isoformat() if report.published else "no date",
                        report.path) if x
        )
        self.header.setText(f"<b>{html.escape(report.title)}</b><br><span style='color:#666'>{html.escape(meta)}"
                            f"</span>")

    def _selection(self, start: int, end: int, color: str | None, bold: bool = False,
                   underline: bool = False, strike: bool = False) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets(start))
        cursor.setPosition(self._offsets(end), QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        if color is not None:
            fmt.setBackground(QColor(color))
            fmt.setForeground(QColor(HIGHLIGHT_TEXT_COLOR))  # readable on the light highlight in a dark theme too
        fmt.setFontStrikeOut(strike)
        if bold:
            fmt.setFontWeight(QFont.Weight.DemiBold)
        if underline:  # a place the gazetteer resolved to a province
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            fmt.setUnderlineColor(QColor(PLACE_UNDERLINE_COLOR))
        selection.cursor, selection.format = cursor, fmt
        return selection

    def highlighted_claims(self) -> list[Claim]:
        """The claims of the shown report whose quotes are highlighted: every one not rejected, dated or not
        (an undated claim is still a claim to review), and rejected ones too when the filter shows them."""
        shown = self._workspace.filter.show_rejected
        return [c for c in self._workspace.claims_of(self.report_path) if shown or c.status != "rejected"]

    def _highlight(self) -> None:
        selected = self._workspace.selected_claim
        selections = [self._selection(c.start, c.end, REJECTED_HIGHLIGHT_COLOR if c.status == "rejected"
                                      else HIGHLIGHT_COLOR, strike=c.status == "rejected")
                      for c in self.highlighted_claims()]
        if self._extraction is not None:
            selections += [self._selection(p.start, p.end, None, underline=True) for p in self._extraction.places]
        if selected is not None and selected.report_path == self.report_path:
            selections.append(self._selection(selected.start, selected.end, SELECTED_HIGHLIGHT_COLOR))
            when = selected.when
            if when.offset >= 0:
                selections.append(self._selection(when.offset, when.offset_end, SELECTED_HIGHLIGHT_COLOR, bold=True))
            self._scroll_to(selected.start, selected.end)
        self.text.setExtraSelections(selections)

    def _scroll_to(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(self._offsets(end))
        self.text.blockSignals(True)
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        cursor.setPosition(self._offsets(start))
        self.text.setTextCursor(cursor)
        self.text.ensureCursorVisible()
        self.text.blockSignals(False)

    def selected_text(self) -> str:
        """The text under the strong (selected-claim) highlight, or "" when none: what the analyst sees."""
        strong = [s for s in self.text.extraSelections()
                  if s.format.background().color() == QColor(SELECTED_HIGHLIGHT_COLOR)]
        return strong[0].cursor.selectedText().replace("\u2029", "\n") if strong else ""

    def place_at(self, offset: int) -> PlaceMention | None:
        """The place mention covering ``offset`` of the shown report, if any."""
        if self._extraction is None:
            return None
        return next((p for p in self._extraction.places if p.start <= offset < p.end), None)

    def eventFilter(self, watched, event) -> bool:
        """Hovering a place name says which province it was resolved to."""
        if watched is self.text.viewport() and event.type() == QEvent.Type.ToolTip:
            offset = self._offsets.to_python(self.text.cursorForPosition(event.pos()).position())
            place = self.place_at(offset)
            if place is not None:
                QToolTip.showText(event.globalPos(), f"{place.text}: {province_name(place.code)} ({place.code})",
                                  self.text)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    def _cursor_moved(self) -> None:
        """A click inside a highlighted quote selects that claim."""
        if self._extraction is None or self.text.textCursor().hasSelection():
            return
        offset = self._offsets.to_python(self.text.textCursor().position())
        hits = [c for c in self.highlighted_claims() if c.start <= offset < c.end]
        if hits:
            self._workspace.select(min(hits, key=lambda c: c.end - c.start).key)
