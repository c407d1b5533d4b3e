"""Long work as plain functions: a task reports progress and polls for cancellation through a TaskState.

The Qt side (``claimline.ui.workers``) runs such a function on a worker thread with a state
that forwards progress to the GUI thread; tests and the CLI pass a ``TaskState()`` directly.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field


class Cancelled(Exception):
    """Raised inside a task when the user asked to stop it."""


@dataclass
class TaskState:
    """Progress and cancellation for one run of a task; thread-safe enough for one writer, one reader."""

    on_progress: Callable[[int, int, str], None] | None = None
    _cancel: bool = field(default=False, init=False)

    def set_progress(self, done: int, total: int, message: str = "") -> None:
        if self.on_progress is not None:
            self.on_progress(done, total, message)

    def request_interruption(self) -> None:
        self._cancel = True

    def is_interruption_requested(self) -> bool:
        return self._cancel

    def check(self) -> None:
        """Raise Cancelled if the user asked to stop."""
        if self._cancel:
            raise Cancelled()
