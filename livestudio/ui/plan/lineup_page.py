"""Lineup tab: the show's products with role, live price, allocation, discount and margin."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from livestudio.core import fmt, labels
from livestudio.core.plan.service import LineupView
from livestudio.ui.plan.models import (
    ComboDelegate,
    LineupModel,
    PlainTextDelegate,
    move_current_row,
)
from livestudio.ui.plan.tables import (
    message_label,
    move_buttons,
    plan_table,
    tone,
)
from livestudio.ui.plan.undo import EditFn
from livestudio.ui.widgets.columns import FIT, Col, Policy, apply_columns

_C = LineupModel.COLUMNS
LINEUP_COLUMNS: Policy = {
    # every column fits its content (the product name most of all); talking points are free
    # text: elided, the whole text in the tooltip, and the last column takes what is left
    **{i: FIT for i in range(len(_C))},
    _C.index("talking_points"): Col.elide(120),
}


class LineupPage(QWidget):
    add_requested = Signal()

    def __init__(self, edit: EditFn, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = edit
        self.show_id: int | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add products…"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        bar.addWidget(self.add_button)
        bar.addWidget(self.remove_button)
        self.up_button, self.down_button = move_buttons(
            self, lambda step: move_current_row(self.view, step)
        )
        bar.addWidget(self.up_button)
        bar.addWidget(self.down_button)
        hint = QLabel(self.tr("Drag rows to reorder. Double-click a cell to edit."), self)
        hint.setEnabled(False)
        hint.setWordWrap(True)
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bar.addWidget(hint, 1)
        layout.addLayout(bar)
        self.model = LineupModel(self)
        self.model.on_move = self._move
        self.model.on_edit = self._edit_field
        self.view = plan_table(self)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(
            LineupModel.COLUMNS.index("role"),
            ComboDelegate(lambda: list(labels.lineup_roles().items()), self.view),
        )
        self.view.setItemDelegateForColumn(
            LineupModel.COLUMNS.index("talking_points"), PlainTextDelegate(self.view)
        )
        layout.addWidget(self.view, 1)
        self.message = message_label(self)
        self.model.edit_refused.connect(self._on_edit_refused)
        layout.addWidget(self.message)
        self.totals_label = QLabel(self)
        self.totals_label.setWordWrap(True)
        layout.addWidget(self.totals_label)

    @Slot(str)
    def _on_edit_refused(self, reason: str) -> None:
        self.message.setText(reason)
        self.message.show()

    def _move(self, src: int, dest: int) -> bool:
        show_id = self.show_id
        if show_id is None:
            return False
        return bool(
            self._edit(
                self.tr("Reorder lineup"), lambda plan: plan.move_lineup_item(show_id, src, dest)
            )
        )

    def _edit_field(self, row: int, key: str, value: Any) -> bool:
        item_id, show_id = self.model.rows[row].id, self.show_id or 0
        self.message.hide()
        self._edit(
            self.tr("Edit lineup"),
            lambda plan: plan.update_lineup_item(show_id, item_id, **{key: value}),
        )
        return True

    @Slot()
    def _on_remove_clicked(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.rows[r].id for r in rows]
        show_id = self.show_id or 0
        if ids:
            self._edit(
                self.tr("Remove from lineup"), lambda plan: plan.remove_lineup_items(show_id, ids)
            )

    def load(self, view: LineupView | None, show_id: int | None) -> None:
        self.show_id = show_id if view is not None else None
        self.setEnabled(view is not None)
        if view is None:
            self.model.set_rows([])
            self.totals_label.clear()
            return
        self.model.currency = view.currency
        self.model.set_rows(view.rows)
        t = view.totals
        margin = "—" if t.average_margin_pct is None else fmt.percent(t.average_margin_pct / 100)
        text = self.tr(
            "{items} items · potential GMV at allocated stock {gmv} · average margin {margin}"
        ).format(items=t.items, gmv=fmt.money(t.potential_gmv, view.currency), margin=margin)
        warnings = []
        if t.over_allocated:
            warnings.append(self.tr("{n} allocated above stock on hand").format(n=t.over_allocated))
        if t.margin_problems:
            warnings.append(self.tr("{n} sold below cost").format(n=t.margin_problems))
        if warnings:
            bad = tone("bad").name()
            text += f"  —  <span style='color:{bad}'>" + "; ".join(warnings) + "</span>"
        self.totals_label.setText(text)
        self.totals_label.setToolTip(
            self.tr(
                "Potential GMV = Σ live price × allocated stock. "
                "Average margin = mean of (live price − cost) ÷ live price over items with both."
            )
        )
        # product names are the key column; talking points are free text (elided, full in tooltip)
        apply_columns(self.view, LINEUP_COLUMNS)
