"""Undo: every filter change, date set and review edit, from any view, is a command on one QUndoStack.

Review and date commands are thin: ``redo`` and ``undo`` each hand one edit (or its inverse) to the
Session, which writes it to the project before the views show it. A write that fails is reported and the
command is dropped, so the stack never holds a change the file does not.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand, QUndoStack

from claimline.filtering import Filter, Workspace
from claimline.model import Published
from claimline.review import Edit
from claimline.session import Session
from claimline.store import ProjectError

Warn = Callable[[str, str], object]


class FilterCommand(QUndoCommand):
    """Changing the filter from ``before`` to ``after`` (already applied when pushed)."""

    def __init__(self, history: FilterHistory, before: Filter, after: Filter) -> None:
        super().__init__(f"Filter: {after.describe() or 'all claims'}")
        self._history, self._before, self._after = history, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change happened before the command was pushed
            self._first = False
            return
        self._history.apply(self._after)

    def undo(self) -> None:
        self._history.apply(self._before)


class FilterHistory:
    """Watches the workspace's filter and records each change; undo/redo write it back."""

    def __init__(self, workspace: Workspace, stack: QUndoStack) -> None:
        self._workspace, self._stack = workspace, stack
        self._current = workspace.filter
        self._applying = False
        workspace.filter_changed.connect(self._changed)

    def _changed(self, flt: Filter) -> None:
        before, self._current = self._current, flt
        if not self._applying:
            self._stack.push(FilterCommand(self, before, flt))

    def apply(self, flt: Filter) -> None:
        self._applying = True
        try:
            self._workspace.set_filter(flt)
        finally:
            self._applying = False


class _SavedCommand(QUndoCommand):
    """A command whose every step is written to the project; a failed write drops the command."""

    def __init__(self, label: str, warn: Warn) -> None:
        super().__init__(label)
        self._warn = warn

    def _saving(self, step: Callable[[], None]) -> bool:
        try:
            step()
        except ProjectError as exc:
            self._warn("Could not save the change", f"{exc}\nNothing was changed.")
            self.setObsolete(True)
            return False
        return True


class ReviewCommand(_SavedCommand):
    """One review edit (accept, reject, edit, add, grade ...): redo applies it, undo applies its inverse."""

    def __init__(self, session: Session, edit: Edit, warn: Warn) -> None:
        super().__init__(edit.label, warn)
        self._session, self._edit = session, edit

    def redo(self) -> None:
        self._saving(lambda: self._session.apply(self._edit))

    def undo(self) -> None:
        self._saving(lambda: self._session.apply(self._edit.inverse()))


class SetPublishedCommand(_SavedCommand):
    """Setting the published date of some reports, which re-resolves their claims."""

    def __init__(self, session: Session, paths: list[str], published: Published | None, warn: Warn) -> None:
        n = len(paths)
        label = published.isoformat() if published else "no date"
        super().__init__(f"Set published date of {n} report{'s' if n != 1 else ''} to {label}", warn)
        self._session, self._paths, self._published = session, list(paths), published
        self._before = session.workspace.corpus.published_of(paths)

    def redo(self) -> None:
        self._saving(lambda: self._session.set_published(self._paths, self._published))

    def undo(self) -> None:
        def restore() -> None:
            corpus = self._session.workspace.corpus
            for path, published in self._before.items():
                corpus = corpus.with_published([path], published)
            self._session.show(corpus)

        self._saving(restore)
