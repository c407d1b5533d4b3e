"""Run a plain long-work function (``fn(state) -> result``) on a worker thread, with progress and cancel.

The function knows nothing about Qt: it reports through ``TaskState`` and polls for cancellation.
Results come back to the GUI thread through queued signals; starting a new task cancels the old one.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from claimline.tasks import Cancelled, TaskState

PROGRESS_INTERVAL_S = 0.05


class _Relay(QObject):
    """Lives in the GUI thread; the worker emits on it, so slots run in the GUI thread."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: Callable[[TaskState], Any], state: TaskState, relay: _Relay) -> None:
        super().__init__()
        self._fn, self._state, self._relay = fn, state, relay

    def run(self) -> None:
        try:
            result = self._fn(self._state)
        except Cancelled:
            self._relay.cancelled.emit()
        except Exception as exc:  # reported to the analyst, never a crash
            self._relay.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self._relay.finished.emit(result)


def _throttled(emit: Callable[[int, int, str], None]) -> Callable[[int, int, str], None]:
    """Progress at most every PROGRESS_INTERVAL_S, plus the first and the last: a signal per report (10,000 of
    them for a large project) would cost the GUI thread more than the work itself."""
    last = [-PROGRESS_INTERVAL_S]

    def forward(done: int, total: int, message: str) -> None:
        now = time.monotonic()
        if done == 0 or done >= total or now - last[0] >= PROGRESS_INTERVAL_S:
            last[0] = now
            emit(done, total, message)

    return forward


class TaskRunner(QObject):
    """Runs one task at a time off the GUI thread; ``progress``/``finished``/``failed``/``cancelled`` report it."""

    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._state: TaskState | None = None
        self._relay: _Relay | None = None
        self._on_finished: Callable[[Any], None] | None = None

    @property
    def running(self) -> bool:
        return self._state is not None

    def start(self, fn: Callable[[TaskState], Any], on_finished: Callable[[Any], None] | None = None) -> None:
        """Run ``fn`` on the worker; its result goes to ``on_finished`` (if given) and then ``finished``."""
        self.cancel()
        self._on_finished = on_finished
        relay = _Relay(self)
        state = TaskState(on_progress=_throttled(relay.progress.emit))
        relay.progress.connect(self._forward_progress)
        relay.finished.connect(lambda result, s=state: self._finish(s, result))
        relay.failed.connect(lambda message, s=state: self._done(s, self.failed, message))
        relay.cancelled.connect(lambda s=state: self._done(s, self.cancelled))
        self._state, self._relay = state, relay
        self._pool.start(_Job(fn, state, relay))

    @Slot(int, int, str)
    def _forward_progress(self, done: int, total: int, message: str) -> None:
        if self.sender() is self._relay:
            self.progress.emit(done, total, message)

    def _finish(self, state: TaskState, result: Any) -> None:
        callback = self._on_finished if state is self._state else None
        self._done(state, self.finished, result, before=callback)

    def _done(self, state: TaskState, signal, *args, before: Callable[[Any], None] | None = None) -> None:
        if state is not self._state:
            return  # a superseded task: its result is dropped
        self._state, self._relay, self._on_finished = None, None, None
        if before is not None:
            before(*args)
        signal.emit(*args)

    @Slot()
    def cancel(self) -> None:
        if self._state is not None:
            self._state.request_interruption()
            self._state, self._relay = None, None

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker is idle (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)
