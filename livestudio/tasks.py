"""Run a function on the thread pool and get its result or exception back on the main thread.

Workers never touch widgets. A job that takes `progress` and `cancelled` reports progress
(done, total) and checks `cancelled()` between steps; the UI shows a progress dialog with Cancel.
"""

from __future__ import annotations

import gc
import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

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
        except Exception as exc:  # noqa: BLE001 - delivered to the main thread, never swallowed
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


class MainThreadGarbageCollector(QObject):
    """Python's cyclic garbage collector runs on whichever thread happens to allocate. If it frees
    a Qt object on a worker, the C++ destructor takes Qt's locks and then waits for the GIL while
    the main thread holds the GIL and waits for those locks: a deadlock (seen during an export).
    So automatic collection is switched off and done here, on the main thread, by a timer."""

    def __init__(self, parent: QObject, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.collect)
        self.timer.start(interval_ms)

    @Slot()
    def collect(self) -> None:
        count = gc.get_count()
        if count[0] <= self.threshold[0]:
            return
        generation = 2 if count[2] > self.threshold[2] else 1 if count[1] > self.threshold[1] else 0
        gc.collect(generation)


def collect_garbage_on_main_thread(app: QObject) -> MainThreadGarbageCollector:
    """Install once per application (app start-up and the test session)."""
    existing = app.findChild(MainThreadGarbageCollector)
    return existing if existing is not None else MainThreadGarbageCollector(app)
