"""The claim panel: the selected claim's status, doubts and grade, and fields to correct it in place.

Every field is read from the workspace and written back only as an undoable review edit; the date field
reads what reports say ("early September 2018", "2018-09-01..2018-09-10") and shows the interval it
understood before anything is saved.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from claimline.extract.entry import parse_provinces, parse_time
from claimline.filtering import Workspace
from claimline.model import Claim
from claimline.review.grades import CREDIBILITY, RELIABILITY
from claimline.ui.review_actions import ReviewActions
from claimline.ui.style import STATUS_LABELS, when_label

ERROR_STYLE = "color: #b00020"
HINT_STYLE = "color: palette(mid)"


class NoteEdit(QPlainTextEdit):
    """A note field that says when the analyst leaves it: the note is saved then (or on Ctrl+Return)."""

    left = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class ClaimPanel(QScrollArea):
    """A thin view of the selected claim; its fields push edits through ``ReviewActions``."""

    def __init__(self, workspace: Workspace, actions: ReviewActions, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("claim-panel")
        self.setWidgetResizable(True)
        self._workspace, self._actions = workspace, actions
        self._claim: Claim | None = None
        self._return_to: QWidget | None = None  # where the focus goes back to once a field is committed
        body = QWidget()
        self.setWidget(body)
        self.status = QLabel()
        self.status.setObjectName("claim-status")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.when = QLineEdit(placeholderText="early September 2018, or 2018-09-01..2018-09-10")
        self.when.setAccessibleName("Claim date")
        self.when_hint = QLabel()
        self.when_hint.setWordWrap(True)
        self.places = QLineEdit(placeholderText="provinces or places: North Pyongan, Hyesan")
        self.places.setAccessibleName("Claim provinces")
        self.places_hint = QLabel()
        self.places_hint.setWordWrap(True)
        self.source = QLineEdit(placeholderText="a source in Ryanggang Province")
        self.source.setAccessibleName("Claim source")
        self.quote = QLabel()
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.credibility = QComboBox()
        self.credibility.setAccessibleName("Information credibility")
        self.credibility.addItem("not graded", None)
        for number, label in CREDIBILITY.items():
            self.credibility.addItem(f"{number} – {label}", number)
        self.reliability = QComboBox()
        self.reliability.setAccessibleName("Source reliability")
        self.reliability.addItem("not graded", None)
        for letter, label in RELIABILITY.items():
            self.reliability.addItem(f"{letter} – {label}", letter)
        self.reliability_hint = QLabel()
        self.reliability_hint.setWordWrap(True)
        self.tags = QLineEdit(placeholderText="tags, separated by commas")
        self.tags.setAccessibleName("Claim tags")
        self.note = NoteEdit()
        self.note.setAccessibleName("Claim note")
        self.note.setPlaceholderText("A note for yourself or your colleagues")
        self.note.setMaximumHeight(80)
        self.note.left.connect(self._commit_note)
        self.edited = QLabel()
        self.edited.setStyleSheet(HINT_STYLE)
        self.accept_button = QPushButton("Accept (A)")
        self.reject_button = QPushButton("Reject (R)")
        self.revert_button = QPushButton("Revert (U)")
        self.delete_button = QPushButton("Delete")
        for hint in (self.when_hint, self.places_hint, self.reliability_hint):
            hint.setStyleSheet(HINT_STYLE)
        self._layout(body)
        self._connect()
        workspace.selection_changed.connect(self._refresh)
        workspace.corpus_changed.connect(self._refresh)
        workspace.claims_changed.connect(self._refresh)
        actions.edit_requested.connect(self.focus_date)
        self._refresh()

    def _layout(self, body: QWidget) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Date", self.when)
        form.addRow("", self.when_hint)
        form.addRow("Places", self.places)
        form.addRow("", self.places_hint)
        form.addRow("Source", self.source)
        form.addRow("Quote", self.quote)
        form.addRow("Credibility", self.credibility)
        form.addRow("Source grade", self.reliability)
        form.addRow("", self.reliability_hint)
        form.addRow("Tags", self.tags)
        form.addRow("Note", self.note)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.revert_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(body)
        layout.addWidget(self.status)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.edited)
        layout.addStretch()

    def _connect(self) -> None:
        self.when.textEdited.connect(self._preview_when)
        self.when.editingFinished.connect(self._commit_when)
        self.places.textEdited.connect(self._preview_places)
        self.places.editingFinished.connect(self._commit_places)
        self.source.editingFinished.connect(self._commit_source)
        self.tags.editingFinished.connect(self._commit_tags)
        self.credibility.activated.connect(lambda i: self._annotate(credibility=self.credibility.itemData(i)))
        self.reliability.activated.connect(lambda i: self._actions.set_reliability(self.reliability.itemData(i)))
        self.accept_button.clicked.connect(self._actions.accept.trigger)
        self.reject_button.clicked.connect(self._actions.reject.trigger)
        self.revert_button.clicked.connect(self._actions.revert.trigger)
        self.delete_button.clicked.connect(self._actions.delete.trigger)
        save_note = QShortcut(QKeySequence("Ctrl+Return"), self.note)
        save_note.activated.connect(self._commit_note)
        for field in (self.when, self.places, self.source, self.tags):
            field.returnPressed.connect(self._give_focus_back)
            leave = QShortcut(QKeySequence(Qt.Key.Key_Escape), field)
            leave.setContext(Qt.ShortcutContext.WidgetShortcut)
            leave.activated.connect(lambda f=field: self._cancel(f))

    # -- showing ---------------------------------------------------------------------------------
    @property
    def claim(self) -> Claim | None:
        return self._claim

    def _refresh(self, *_) -> None:
        self._claim = self._workspace.selected_claim
        claim = self._claim
        widgets = (self.when, self.places, self.source, self.credibility, self.reliability, self.tags, self.note,
                   self.accept_button, self.reject_button)
        for widget in widgets:
            widget.setEnabled(claim is not None)
        if claim is None:
            self.status.setText("<i>Select a claim on the timeline, in a table or in the review queue.</i>")
            for field in (self.when, self.places, self.source, self.tags):
                field.clear()
            self.note.clear()
            for label in (self.quote, self.when_hint, self.places_hint, self.reliability_hint, self.edited):
                label.clear()
            self.revert_button.setEnabled(False)
            self.delete_button.setEnabled(False)
            return
        self.status.setText(_status_html(claim))
        self._set_text(self.when, claim.when.text or "")
        self.when_hint.setText(_interval(claim))
        self.when_hint.setStyleSheet(HINT_STYLE)
        self._set_text(self.places, ", ".join(p.name + (" (inferred)" if p.inferred else "") for p in claim.places))
        self.places_hint.clear()
        self._set_text(self.source, claim.source)
        self.quote.setText(" ".join(claim.quote.split()))
        self._set_text(self.tags, ", ".join(claim.tags))
        self._set_completer()
        if not self.note.hasFocus() and self.note.toPlainText() != claim.note:
            self.note.setPlainText(claim.note)
        self.credibility.setCurrentIndex(self.credibility.findData(claim.credibility))
        self.reliability.setCurrentIndex(self.reliability.findData(claim.reliability))
        report = self._workspace.report(claim.report_path)
        outlet = report.outlet if report and report.outlet else "no outlet"
        self.reliability_hint.setText(f"for every claim of {outlet} · {claim.source or 'no source named'}")
        self.revert_button.setEnabled(self._actions.revert.isEnabled())
        self.delete_button.setEnabled(self._actions.delete.isEnabled())
        self.edited.setText(f"Last decided {claim.edited_at.replace('T', ' ').replace('+00:00', ' UTC')}"
                            if claim.edited_at else "")

    def _set_text(self, field: QLineEdit, text: str) -> None:
        if field.hasFocus() and field.isModified():
            return  # the analyst is typing: their text stays until they commit or leave
        field.setText(text)
        field.setModified(False)

    def _set_completer(self) -> None:
        tags = self._workspace.review.tags
        if self.tags.completer() is None or self.tags.completer().model().rowCount() != len(tags):
            completer = QCompleter(tags, self.tags)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.tags.setCompleter(completer)

    @Slot()
    def focus_date(self) -> None:
        """Put the cursor in the date field (E); Enter saves and gives the focus back, so the review keys go on."""
        if self._claim is not None:
            focused = QApplication.focusWidget()
            self._return_to = focused if focused is not None and not self.isAncestorOf(focused) else None
            self.when.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.when.selectAll()

    def _give_focus_back(self) -> None:
        if self._return_to is not None:
            self._return_to.setFocus(Qt.FocusReason.OtherFocusReason)
            self._return_to = None

    def _cancel(self, field: QLineEdit) -> None:
        """Esc in a field: forget what was typed and give the focus back."""
        field.setModified(False)
        self._refresh()
        self._give_focus_back()

    # -- editing ---------------------------------------------------------------------------------
    def _published(self):
        report = self._workspace.report(self._claim.report_path) if self._claim else None
        return report.published if report else None

    def _preview_when(self, text: str) -> None:
        try:
            span = parse_time(text, self._published())
        except ValueError as exc:
            self.when_hint.setText(str(exc))
            self.when_hint.setStyleSheet(ERROR_STYLE)
            return
        self.when_hint.setText(f"understood as {_days(span.start, span.end)} ({span.precision})")
        self.when_hint.setStyleSheet(HINT_STYLE)

    def _commit_when(self) -> None:
        claim = self._claim
        if claim is None or not self.when.isModified():
            return
        self.when.setModified(False)
        try:
            offset = claim.when.offset if self.when.text().strip() == claim.when.text else -1
            span = parse_time(self.when.text(), self._published(), offset=offset)
        except ValueError:
            return  # the hint already says why; nothing is saved
        self._actions.change(claim, when=span)

    def _preview_places(self, text: str) -> None:
        try:
            places = parse_provinces(text.replace("(inferred)", ""))
        except ValueError as exc:
            self.places_hint.setText(str(exc))
            self.places_hint.setStyleSheet(ERROR_STYLE)
            return
        self.places_hint.setText(", ".join(f"{p.name} ({p.code})" for p in places) or "no place")
        self.places_hint.setStyleSheet(HINT_STYLE)

    def _commit_places(self) -> None:
        claim = self._claim
        if claim is None or not self.places.isModified():
            return
        self.places.setModified(False)
        try:
            places = parse_provinces(self.places.text().replace("(inferred)", ""))
        except ValueError:
            return
        if [p.code for p in places] != [p.code for p in claim.places]:
            self._actions.change(claim, places=places)

    def _commit_source(self) -> None:
        if self._claim is not None and self.source.isModified():
            self.source.setModified(False)
            self._actions.change(self._claim, source=self.source.text().strip())

    def _commit_tags(self) -> None:
        if self._claim is not None and self.tags.isModified():
            self.tags.setModified(False)
            self._annotate(tags=tuple(t for t in self.tags.text().split(",")))

    def _commit_note(self) -> None:
        if self._claim is not None and self.note.toPlainText() != self._claim.note:
            self._annotate(note=self.note.toPlainText())

    def _annotate(self, **changes) -> None:
        if self._claim is not None:
            self._actions.annotate(self._claim, **changes)



def _days(start, end) -> str:
    return start.isoformat() if start == end else f"{start.isoformat()} – {end.isoformat()}"


def _interval(claim: Claim) -> str:
    if not claim.when.resolved:
        return f"not resolved: {claim.when.unresolved_reason or 'the report needs a published date'}"
    return f"{when_label(claim)} ({claim.when.precision})"


def _status_html(claim: Claim) -> str:
    parts = [f"<b>{html.escape(STATUS_LABELS[claim.status])}</b>"]
    if claim.grade:
        parts.append(f"grade <b>{claim.grade}</b>")
    if claim.edited:
        parts.append("edited: " + ", ".join(claim.edited))
    if claim.orphaned:
        parts.append("<span style='color:#b00020'>the extractor no longer finds this claim; kept as you left it</span>")
    text = " · ".join(parts)
    if claim.uncertain and claim.status == "extracted":
        text += "<br><span style='color:#8a5a00'>Unsure: " + html.escape("; ".join(claim.uncertain)) + "</span>"
    return text
