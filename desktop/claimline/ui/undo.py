"""Undo for the analyst's filter: every filter change, from any view, becomes a command on a QUndoStack."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack

from claimline.filtering import Filter, Workspace
from claimline.model import Published


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


class SetPublishedCommand(QUndoCommand):
    """Setting the published date of some reports, which re-resolves their claims."""

    def __init__(self, workspace: Workspace, paths: list[str], published: Published | None) -> None:
        n = len(paths)
        label = published.isoformat() if published else "no date"
        super().__init__(f"Set published date of {n} report{'s' if n != 1 else ''} to {label}")
        self._workspace, self._paths, self._published = workspace, list(paths), published
        self._before = workspace.corpus.published_of(paths)

    def redo(self) -> None:
        self._workspace.set_corpus(self._workspace.corpus.with_published(self._paths, self._published))

    def undo(self) -> None:
        corpus = self._workspace.corpus
        for path, published in self._before.items():
            corpus = corpus.with_published([path], published)
        self._workspace.set_corpus(corpus)
