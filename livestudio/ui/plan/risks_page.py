"""Risks tab (应急预案): the risk register sorted by priority = likelihood x impact, with the level
in colour, likelihood and impact as spin boxes, and the response plan edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import labels
from livestudio.core.i18n import ui_language
from livestudio.core.plan.service import RiskRowData
from livestudio.ui.context import AppContext
from livestudio.ui.plan.edit_page import PlanEditPage
from livestudio.ui.plan.tables import cell
from livestudio.ui.widgets.columns import FIT, Col, apply_columns

ID_ROLE = Qt.ItemDataRole.UserRole
# the response plan is last: it takes the width left and wraps
COL_LEVEL, COL_CATEGORY, COL_RISK, COL_LIKELIHOOD, COL_IMPACT, COL_OWNER, COL_RESPONSE = range(7)
TEXT_FIELDS = {COL_RISK: "description", COL_RESPONSE: "response", COL_OWNER: "owner"}


def _centred(widget: QWidget) -> QWidget:
    """A cell widget kept at its natural height, centred in a tall (wrapped-text) row."""
    box = QWidget()
    lay = QVBoxLayout(box)
    lay.setContentsMargins(2, 0, 2, 0)
    lay.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
    return box


class RisksPage(PlanEditPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, undo_stack, parent)
        self._selected_id: int | None = None
        self.add_button = QPushButton(self.tr("Add risk"), self)
        self.add_button.clicked.connect(lambda: self.add_risk())
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.defaults_button = QPushButton(self.tr("Add the common risks"), self)
        self.defaults_button.setToolTip(
            self.tr(
                "Network drop, streaming software crash, out of stock, logistics delay, host unwell, "
                "hostile comments, platform outage — with responses"
            )
        )
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.defaults_button)

        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Priority"),
                self.tr("Category"),
                self.tr("Risk"),
                self.tr("Likelihood"),
                self.tr("Impact"),
                self.tr("Owner"),
                self.tr("Response plan"),
            ]
        )
        level_header = self.table.horizontalHeaderItem(COL_LEVEL)
        assert level_header is not None
        level_header.setToolTip(
            self.tr(
                "Priority = likelihood × impact: 1–4 low, 5–9 medium, 10–14 high, 15–25 critical"
            )
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # the level, pickers and owner fit their content; the risk and its response are wrapped
        # free text (rows grow to show it all)
        apply_columns(
            self.table,
            {
                COL_LEVEL: FIT,
                COL_CATEGORY: FIT,
                COL_RISK: Col.elide(220),
                COL_LIKELIHOOD: FIT,
                COL_IMPACT: FIT,
                COL_RESPONSE: Col.elide(300),
                COL_OWNER: FIT,
            },
        )
        self.table.itemChanged.connect(self._on_table_item_changed)
        # wrapped text needs the final column widths before rows can take their height
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.setInterval(0)
        self._row_timer.timeout.connect(self.table.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._row_timer.start())
        self._spins: dict[tuple[int, str], QSpinBox] = {}
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        hint = QLabel(
            self.tr("Double-click a risk, response or owner to edit it. Highest priority first."),
            self,
        )
        hint.setEnabled(False)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(hint)
        self.refresh()

    # ---- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self._loading = True
        try:
            risks = self.plan.risks(self.show_id) if self.show_id is not None else None
            self._fill(risks)
        except LookupError:  # the show was deleted meanwhile
            self._fill(None)
        finally:
            self._loading = False

    def _fill(self, risks: list[RiskRowData] | None) -> None:
        self.setEnabled(risks is not None)
        self.table.setRowCount(0)
        self._spins.clear()
        if risks is None:
            self.summary.setText(self.tr("Choose a show to plan for what could go wrong."))
            self.delete_button.setEnabled(False)
            return
        self.table.setRowCount(len(risks))
        select_row = -1
        counts: dict[str, int] = {}
        for r, risk in enumerate(risks):
            level = risk.level
            counts[level.key] = counts.get(level.key, 0) + 1
            lvl = QTableWidgetItem(f"{risk.priority}  {level.label}")
            lvl.setBackground(QBrush(QColor(level.colour)))
            lvl.setForeground(QBrush(QColor(level.text_colour)))
            lvl.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            lvl.setToolTip(
                self.tr("{l} × {i} = {p}").format(l=risk.likelihood, i=risk.impact, p=risk.priority)
            )
            lvl.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            lvl.setData(ID_ROLE, risk.id)
            self.table.setItem(r, COL_LEVEL, lvl)
            for col, text in (
                (COL_RISK, risk.description),
                (COL_RESPONSE, risk.response),
                (COL_OWNER, risk.owner),
            ):
                cell = QTableWidgetItem(text)
                cell.setData(ID_ROLE, risk.id)
                cell.setToolTip(text)
                self.table.setItem(r, col, cell)
            for col in (COL_CATEGORY, COL_LIKELIHOOD, COL_IMPACT):
                filler = QTableWidgetItem()
                filler.setData(ID_ROLE, risk.id)
                filler.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(r, col, filler)
            combo = QComboBox(self.table)
            for cat, label in labels.risk_categories().items():
                combo.addItem(label, cat)
            combo.setCurrentIndex(max(0, combo.findData(risk.category)))
            combo.activated.connect(
                lambda _i, rid=risk.id, c=combo: self.update_risk(
                    rid, self.tr("Change risk category"), category=c.currentData()
                )
            )
            self.table.setCellWidget(r, COL_CATEGORY, _centred(combo))
            for col, key, value, label in (
                (COL_LIKELIHOOD, "likelihood", risk.likelihood, self.tr("Likelihood")),
                (COL_IMPACT, "impact", risk.impact, self.tr("Impact")),
            ):
                spin = QSpinBox(self.table)
                spin.setRange(1, 5)
                spin.setValue(value)
                spin.setAccessibleName(label)
                spin.setToolTip(self.tr("1 = rare / minor … 5 = almost certain / show-stopping"))
                spin.valueChanged.connect(
                    lambda v, rid=risk.id, k=key, lab=label: self.update_risk(
                        rid, self.tr("Change {what}").format(what=lab.lower()), **{k: v}
                    )
                )
                self.table.setCellWidget(r, col, _centred(spin))
                self._spins[(risk.id, key)] = spin
            if risk.id == self._selected_id:
                select_row = r
        self.table.resizeRowsToContents()
        self._row_timer.start()
        if select_row >= 0:
            self.table.selectRow(select_row)
        else:
            self._selected_id = None
        self.delete_button.setEnabled(self._selected_id is not None)
        if risks:
            parts = [self.tr("{n} risks").format(n=len(risks))]
            for key, label in (
                ("critical", self.tr("{n} critical")),
                ("high", self.tr("{n} high")),
            ):
                if counts.get(key):
                    parts.append(label.format(n=counts[key]))
            self.summary.setText(", ".join(parts))
        else:
            self.summary.setText(
                self.tr("No risks yet: add the common ones and adjust them to this show.")
            )

    def spin(self, risk_id: int, key: str) -> QSpinBox:
        """The likelihood or impact spin box of a risk (for tests and keyboard users)."""
        return self._spins[(risk_id, key)]

    def category_combo(self, row: int) -> QComboBox:
        combo = self.table.cellWidget(row, COL_CATEGORY).findChild(QComboBox)
        assert combo is not None
        return combo

    def row_ids(self) -> list[int]:
        return [cell(self.table, r, COL_LEVEL).data(ID_ROLE) for r in range(self.table.rowCount())]

    # ---- editing ------------------------------------------------------------------------------
    def update_risk(self, risk_id: int, text: str, **values: object) -> None:
        if self._loading:
            return
        self._selected_id = risk_id
        sid = self.show_id or 0
        self.edit(text, lambda plan: plan.update_risk(sid, risk_id, **values))

    def add_risk(self, description: str | None = None, category: str = "technical") -> int | None:
        desc = description or self.tr("New risk")

        sid = self.show_id or 0
        new_id = self.edit(
            self.tr("Add risk"), lambda plan: plan.add_risk(sid, desc, category=category)
        )
        if new_id is not None:
            self._selected_id = new_id
            self.refresh()
        return new_id

    @Slot()
    def _on_delete_clicked(self) -> None:
        rid = self._selected_id
        if rid is not None:
            self._selected_id = None
            sid = self.show_id or 0
            self.edit(self.tr("Delete risk"), lambda plan: plan.delete_risk(sid, rid))

    @Slot()
    def _on_defaults_clicked(self) -> None:
        sid, language = self.show_id or 0, ui_language()
        self.edit(
            self.tr("Add the common risks"), lambda plan: plan.add_default_risks(sid, language)
        )

    @Slot()
    def _on_table_selection_changed(self) -> None:
        if self._loading:
            return
        rows = self.table.selectionModel().selectedRows()
        self._selected_id = (
            cell(self.table, rows[0].row(), COL_LEVEL).data(ID_ROLE) if rows else None
        )
        self.delete_button.setEnabled(self._selected_id is not None)

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        key = TEXT_FIELDS.get(item.column())
        if key is None:
            return
        rid, text = item.data(ID_ROLE), item.text().strip()
        # after this signal returns: the edit rebuilds the table, and QTableWidget deletes its items at once
        QTimer.singleShot(
            0, self, lambda: self.update_risk(rid, self.tr("Edit risk"), **{key: text})
        )
