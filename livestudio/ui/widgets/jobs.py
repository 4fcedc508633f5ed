"""The one way a screen runs long work: a function on the thread pool behind a progress dialog
with Cancel. The function receives `progress(done, total)` and `cancelled` (see tasks.run_task);
its result or exception comes back on the main thread. Workers never touch widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from livestudio.tasks import Task, run_task


class Job(QObject):
    """One running job and its dialog. `finished` fires once, after the result or error slot."""

    finished = Signal()

    def __init__(self, task: Task, dialog: QProgressDialog | None, parent: QObject) -> None:
        super().__init__(parent)
        self.task, self.dialog = task, dialog

    def cancel(self) -> None:
        self.task.cancel()


def run_job(
    parent: QWidget,
    label: str,
    fn: Callable[..., Any],
    *args: Any,
    on_result: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    title: str = "",
    show_dialog: bool = True,
    min_duration_ms: int = 500,
    **kwargs: Any,
) -> Job:
    """Run `fn(*args, progress=..., cancelled=..., **kwargs)` off the UI thread.

    The dialog appears only when the work lasts longer than `min_duration_ms`; Cancel sets the
    token the function checks. Exactly one of `on_result` / `on_error` is called, then
    `Job.finished`.
    """
    dialog: QProgressDialog | None = None
    if show_dialog:
        dialog = QProgressDialog(label, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
        if title:
            dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(min_duration_ms)
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

    def progressed(done: int, total: int) -> None:
        if dialog is not None and total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    job: Job

    def finish() -> None:
        if dialog is not None:
            dialog.close()
            dialog.deleteLater()

    def ok(result: Any) -> None:
        finish()
        on_result(result)
        job.finished.emit()

    def failed(exc: BaseException) -> None:
        finish()
        on_error(exc)
        job.finished.emit()

    task = run_task(
        fn,
        *args,
        with_progress=True,
        on_result=ok,
        on_error=failed,
        on_progress=progressed,
        **kwargs,
    )
    job = Job(task, dialog, parent)
    if dialog is not None:
        dialog.canceled.connect(task.cancel)
    return job
