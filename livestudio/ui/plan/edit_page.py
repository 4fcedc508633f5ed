"""Common ground of the Promotions, Tasks and Risks tabs: a show, an undo stack, saved-as-made edits."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from livestudio.core.plan.service import PlanService
from livestudio.ui.context import AppContext
from livestudio.ui.plan.tables import tone
from livestudio.ui.plan.undo import PlanOp, run_op


class PlanEditPage(QWidget):
    """Every edit runs in one transaction and is pushed on the show's undo stack; a refused edit
    shows its reason in `message` (never a blocking dialog) and nothing is stored."""

    plan_edited = Signal()

    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = PlanService(ctx.store)
        self.undo_stack = undo_stack
        self.show_id: int | None = None
        self._loading = False
        self._dirty = True
        self.message = QLabel(self)
        self.message.setObjectName("planMessage")
        self.message.setStyleSheet(f"color: {tone('bad').name()};")
        self.message.setWordWrap(True)
        self.message.hide()
        undo_stack.indexChanged.connect(self._on_undo_stack_index_changed)

    def set_show(self, show_id: int | None) -> None:
        self.show_id = show_id or None
        self.message.hide()
        self.refresh()

    def refresh(self) -> None:
        """Re-read the store now when on screen; a hidden tab re-reads when it is next shown."""
        if self.isVisible():
            self._dirty = False
            self.reload()
        else:
            self._dirty = True

    def reload(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self._dirty = False
            self.reload()
        super().showEvent(event)

    def edit(self, text: str, op: PlanOp) -> Any:
        """Run `op(plan)` as one undoable edit of the current show. Returns its result, or None
        when it was refused (the reason is shown)."""
        if self.show_id is None or self._loading:
            return None
        try:
            result = run_op(self.undo_stack, self.plan, text, op)
        except (ValueError, LookupError) as exc:
            self.show_message(str(exc))
            self.refresh()  # put the stored values back in the editors
            return None
        # a pushed edit refreshed the page through the stack's indexChanged
        self.message.hide()
        self.plan_edited.emit()
        return result

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.ctx.status_message.emit(text)

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        if not self._loading:
            self.refresh()
