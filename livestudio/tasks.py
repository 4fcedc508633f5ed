"""Run a function on the thread pool and get its result or exception back on the main thread.

Workers never touch widgets. A job that takes `progress` and `cancelled` reports progress
(done, total) and checks `cancelled()` between steps; the UI shows a progress dialog with Cancel.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("livestudio.tasks")


class Cancelled(Exception):
    """Raised inside a job when the user pressed Cancel."""


class CancelToken:
    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    def __call__(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()


class TaskSignals(QObject):
    progressed = Signal(int, int)
    finished_ok = Signal(object)
    failed = Signal(object)  # the exception
    done = Signal()


class Task(QRunnable):
    def __init__(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = TaskSignals()
        self.token = CancelToken()
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self.token.cancel()

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # delivered to the main thread, never swallowed
            if not isinstance(exc, Cancelled):
                log.debug("task failed: %s", "".join(traceback.format_exception(exc)))
            self.signals.failed.emit(exc)
        else:
            self.signals.finished_ok.emit(result)
        finally:
            self.signals.done.emit()


_running: set[Task] = set()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    with_progress: bool = False,
    pool: QThreadPool | None = None,
    **kwargs: Any,
) -> Task:
    """Start `fn(*args, **kwargs)` on a worker. With `with_progress`, fn also gets
    `progress=callable(done, total)` and `cancelled=CancelToken`."""
    task = Task(fn, *args, **kwargs)
    if with_progress:
        task.kwargs["progress"] = task.signals.progressed.emit
        task.kwargs["cancelled"] = task.token
    if on_result:
        task.signals.finished_ok.connect(on_result)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progressed.connect(on_progress)
    _running.add(task)
    task.signals.done.connect(lambda: _running.discard(task))
    (pool or QThreadPool.globalInstance()).start(task)
    return task


def wait_all(timeout_ms: int = 10000) -> bool:
    """Wait for every running task (used on quit and by tests)."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
