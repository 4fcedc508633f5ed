"""Plan undo: every edit to a show's plan is one QUndoCommand holding before/after snapshots.

`push_edit(stack, store, show_id, text, fn)` runs `fn(session)` in one transaction, and only when
it succeeded and changed something pushes a command; undo / redo restore the whole plan of the
show to the snapshot (rows put back keep their ids). Any page of the Plan workspace can use it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtGui import QUndoCommand, QUndoStack
from sqlalchemy.orm import Session

from livestudio.core.db import Store
from livestudio.core.plan.snapshot import Snapshot, restore_show, snapshot_show

T = TypeVar("T")


class PlanSnapshotCommand(QUndoCommand):
    def __init__(
        self, store: Store, show_id: int, text: str, before: Snapshot, after: Snapshot
    ) -> None:
        super().__init__(text)
        self.store, self.show_id = store, show_id
        self._before, self._after = before, after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit itself already ran in push_edit
            self._first = False
            return
        with self.store.transaction() as s:
            restore_show(s, self.show_id, self._after)

    def undo(self) -> None:
        with self.store.transaction() as s:
            restore_show(s, self.show_id, self._before)


def push_edit(
    stack: QUndoStack, store: Store, show_id: int, text: str, fn: Callable[[Session], T]
) -> T:
    """Run one edit; exceptions propagate (nothing stored, nothing pushed)."""
    with store.transaction() as s:
        before = snapshot_show(s, show_id)
        result = fn(s)
        after = snapshot_show(s, show_id)
    if before != after:
        stack.push(PlanSnapshotCommand(store, show_id, text, before, after))
    return result
