"""Plan undo: every edit to a show's plan is one QUndoCommand holding before/after snapshots.

`push_change(stack, plan, text, change)` takes what a `PlanService` edit returned (it already
ran in one transaction) and, only when it changed something, pushes a command; undo / redo
restore the whole plan of the show to the snapshot (rows put back keep their ids). Any page of
the Plan workspace uses it through `PlanEdit` ops: `lambda plan: plan.update_show(...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack

from livestudio.core.plan.service import PlanChange, PlanService
from livestudio.core.plan.snapshot import Snapshot

T = TypeVar("T")

#: one edit of the current show: given the service, run it and return its change
PlanOp = Callable[[PlanService], PlanChange[Any]]
#: how a page asks its workspace for an undoable edit: (undo text, op) -> the op's result or None
EditFn = Callable[[str, PlanOp], Any]


class PlanSnapshotCommand(QUndoCommand):
    def __init__(
        self, plan: PlanService, show_id: int, text: str, before: Snapshot, after: Snapshot
    ) -> None:
        super().__init__(text)
        self.plan, self.show_id = plan, show_id
        self._before, self._after = before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit itself already ran
            self._first = False
            return
        self.plan.restore(self.show_id, self._after)

    def undo(self) -> None:
        self.plan.restore(self.show_id, self._before)


def push_change(stack: QUndoStack, plan: PlanService, text: str, change: PlanChange[T]) -> T:
    """Push `change` (when it changed anything) and return its result."""
    if change.changed:
        stack.push(PlanSnapshotCommand(plan, change.show_id, text, change.before, change.after))
    return change.result


def run_op(stack: QUndoStack, plan: PlanService, text: str, op: PlanOp) -> Any:
    """Run one edit; exceptions propagate (nothing stored, nothing pushed)."""
    return push_change(stack, plan, text, op(plan))
