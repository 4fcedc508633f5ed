"""Small pieces the Review panels share: read-only tables with a column policy, and the
goal-met / missed colours."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QWidget

from livestudio.core import fmt
from livestudio.core.review.service import ShowInfo
from livestudio.ui.widgets.columns import ElidingTooltipDelegate, Policy, apply_columns

MISSING = "—"


def good_bad() -> tuple[str, str]:
    """Goal met / missed colours readable on the light and the dark theme."""
    from livestudio.ui.theme import is_dark

    return ("#6ee07a", "#ff8080") if is_dark() else ("#0a7d32", "#b00020")


def show_label(s: ShowInfo) -> str:
    """How a show reads in every Review picker: its local start, then its title."""
    return f"{fmt.datetime_text(s.scheduled_start)} · {s.title}"


def item(text: Any, align_right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(MISSING if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


class ReviewTable(QTableWidget):
    """A read-only table whose columns follow `policy` (see ui/widgets/columns.py).

    Columns from `right_from` on are numbers (right-aligned). `free_text` columns (comments,
    action items) are elided when too long, with the whole text in a tooltip."""

    def __init__(
        self,
        headers: Sequence[str],
        policy: Policy,
        right_from: int = 1,
        free_text: Sequence[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(0, len(headers), parent)
        self.setHorizontalHeaderLabels(list(headers))
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        self.right_from = right_from
        for col in free_text:
            self.setItemDelegateForColumn(col, ElidingTooltipDelegate(self))
        apply_columns(self, policy)

    def fill(self, rows: Sequence[Sequence[Any]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, v in enumerate(row):
                self.setItem(r, c, item(v, c >= self.right_from))

    def column_texts(self, col: int) -> list[str]:
        """What a user reads down one column (tests and screenshots)."""
        out = []
        for r in range(self.rowCount()):
            it = self.item(r, col)
            out.append(it.text() if it is not None else "")
        return out
