"""The review gestures as actions shared by the menus, the review queue, the claim panel and the reader.

Each action works on the workspace's selected claim and pushes one undoable command. Deciding on a claim
still in the review queue moves the selection to the next claim of the queue, so that triage is one key
per claim; undoing a decision selects its claim again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from claimline.extract.entry import propose_claim
from claimline.model import Claim
from claimline.review import Edit, edits, source_key
from claimline.review.grades import CREDIBILITY, RELIABILITY
from claimline.session import Session
from claimline.ui.undo import ReviewCommand, Warn


class SelectingReviewCommand(ReviewCommand):
    """A review command that selects ``then_select`` after it is done and ``claim_id`` again when undone."""

    def __init__(self, session: Session, edit: Edit, warn: Warn, claim_id: str | None, then: str | None) -> None:
        super().__init__(session, edit, warn)
        self._claim_id, self._then = claim_id, then

    def redo(self) -> None:
        super().redo()
        if self._then is not None:
            self._session.workspace.select(self._then)

    def undo(self) -> None:
        super().undo()
        if self._claim_id is not None:
            self._session.workspace.select(self._claim_id)


class ReviewActions(QObject):
    """Accept, reject, revert, delete, grade, move through the queue, and make a claim from a selection."""

    edit_requested = Signal()  # "E": the claim panel puts the cursor in the date field

    def __init__(self, session: Session, stack: QUndoStack, warn: Warn, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session, self._stack, self._warn = session, stack, warn
        self.workspace = session.workspace
        self.accept = self._make("&Accept claim", "A", lambda: self.decide("accepted"),
                                 "Confirm the selected claim (A)")
        self.reject = self._make("&Reject claim", "R", lambda: self.decide("rejected"),
                                 "The selected claim is not a claim, or is wrong (R)")
        self.revert = self._make("Re&vert to extracted", "U", self.revert_selected,
                                 "Drop your decision: back to what the extractor proposed (U)")
        self.edit = self._make("&Edit claim…", "E", self.edit_requested.emit, "Edit the claim's date first (E)")
        self.delete = self._make("&Delete added claim", QKeySequence.StandardKey.Delete, self.delete_selected,
                                 "Remove a claim you added")
        self.next = self._make("&Next claim to review", "N", lambda: self.step(1), "The next claim in the queue (N)")
        self.previous = self._make("&Previous claim to review", "P", lambda: self.step(-1),
                                   "The previous claim in the queue (P)")
        self.credibility = [self._make(f"&{n} {label}", str(n), lambda _=False, n=n: self.set_credibility(n))
                            for n, label in CREDIBILITY.items()]
        self.reliability = [self._make(f"&{letter} {label}", f"Shift+{letter}",
                                       lambda _=False, letter=letter: self.set_reliability(letter))
                            for letter, label in RELIABILITY.items()]
        self.show_rejected = QAction("Show &rejected claims", self, checkable=True)
        self.show_rejected.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.show_rejected.toggled.connect(self._toggle_rejected)
        self.workspace.selection_changed.connect(self._enable)
        self.workspace.corpus_changed.connect(self._enable)
        self.workspace.claims_changed.connect(self._enable)
        self.workspace.filter_changed.connect(self._sync_rejected)
        self._enable()

    def _make(self, text: str, shortcut, slot: Callable, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(tip or text.replace("&", ""))
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _enable(self, *_) -> None:
        claim = self.workspace.selected_claim
        decision = self.workspace.review.decision(claim.id) if claim else None
        for action in (self.accept, self.reject, self.edit, *self.credibility, *self.reliability):
            action.setEnabled(claim is not None)
        self.revert.setEnabled(decision is not None and decision.anchor is not None)
        self.delete.setEnabled(decision is not None and decision.anchor is None)
        has_queue = bool(self.workspace.review_queue())
        self.next.setEnabled(has_queue)
        self.previous.setEnabled(has_queue)

    # -- pushing edits ---------------------------------------------------------------------------
    def push(self, edit: Edit | None, *, then: str | None = None) -> None:
        """Do ``edit`` as one undoable step (nothing when None); ``then``: the claim to select afterwards."""
        if edit is None:
            return
        claim = self.workspace.selected_claim
        self._stack.push(SelectingReviewCommand(self._session, edit, self._warn,
                                                claim.id if claim else None, then))

    def _next_after(self, claim: Claim) -> str | None:
        """The claim after ``claim`` in the queue, when deciding on ``claim`` takes it out of the queue."""
        queue = self.workspace.review_queue()
        ids = [c.id for c in queue]
        if claim.id not in ids:
            return None
        i = ids.index(claim.id)
        rest = ids[i + 1:] + ids[:i]
        return rest[0] if rest else None

    def decide(self, status: str) -> None:
        claim = self.workspace.selected_claim
        if claim is not None:
            self.push(edits.set_status(self.workspace.review, claim, status), then=self._next_after(claim))

    def revert_selected(self) -> None:
        claim = self.workspace.selected_claim
        if claim is not None:
            self.push(edits.revert(self.workspace.review, claim))

    def delete_selected(self) -> None:
        claim = self.workspace.selected_claim
        decision = self.workspace.review.decision(claim.id) if claim else None
        if claim is not None and decision is not None and decision.anchor is None:
            self.push(edits.delete(self.workspace.review, claim))

    def set_credibility(self, number: int | None) -> None:
        claim = self.workspace.selected_claim
        if claim is not None:
            self.push(edits.annotate(self.workspace.review, claim, credibility=number))

    def set_reliability(self, letter: str | None) -> None:
        claim = self.workspace.selected_claim
        if claim is None:
            return
        report = self.workspace.report(claim.report_path)
        key = source_key(report.outlet if report else None, claim.source)
        self.push(edits.grade_source(self.workspace.review, key, letter))

    def change(self, claim: Claim, **changes) -> None:
        """Edit ``claim``'s date, places, source or quote (see ``review.edits.change``)."""
        self.push(edits.change(self.workspace.review, claim, **changes))

    def annotate(self, claim: Claim, **changes) -> None:
        """Set ``claim``'s credibility, tags or note."""
        self.push(edits.annotate(self.workspace.review, claim, **changes))

    def new_claim(self, report_path: str, start: int, end: int) -> Claim | None:
        """A claim from the analyst's selection ``[start, end)`` of a report; it is selected once made."""
        extraction = self.workspace.extraction(report_path)
        if extraction is None:
            return None
        try:
            claim = propose_claim(extraction, start, end)
        except ValueError as exc:
            self._warn("No claim made", str(exc))
            return None
        self.push(edits.add(claim), then=claim.id)
        if not claim.when.resolved:
            self.edit_requested.emit()  # no date in the selection: the analyst types one next
        return claim

    def set_quote(self, start: int, end: int) -> None:
        """The selected claim's quote becomes the reader's selection ``[start, end)``."""
        claim = self.workspace.selected_claim
        report = self.workspace.report(claim.report_path) if claim else None
        if claim is None or report is None or start >= end:
            return
        self.change(claim, quote=(start, end, report.text[start:end]))

    # -- moving through the queue --------------------------------------------------------------
    def step(self, direction: int) -> None:
        """Select the next (1) or previous (-1) claim of the review queue."""
        queue = [c.id for c in self.workspace.review_queue()]
        if not queue:
            return
        current = self.workspace.selected_key
        if current in queue:
            target = queue[(queue.index(current) + direction) % len(queue)]
        else:
            target = queue[0] if direction > 0 else queue[-1]
        self.workspace.select(target)

    def _toggle_rejected(self, checked: bool) -> None:
        if self.workspace.filter.show_rejected != checked:
            self.workspace.set_filter(replace(self.workspace.filter, show_rejected=checked))

    def _sync_rejected(self, *_) -> None:
        shown = self.workspace.filter.show_rejected
        if self.show_rejected.isChecked() != shown:
            self.show_rejected.blockSignals(True)
            self.show_rejected.setChecked(shown)
            self.show_rejected.blockSignals(False)
