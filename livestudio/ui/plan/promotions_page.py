"""Promotions tab: flash sales, coupons, discounts, lotteries and gifts on the show clock, each row
flagged with what is wrong with it (outside the show, overlapping, price, quantity)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QBrush, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt, labels
from livestudio.core.durations import DurationError, format_duration, parse_duration
from livestudio.core.money import MoneyError, format_plain, parse_money
from livestudio.core.plan.promotions import PromotionIssue
from livestudio.core.plan.service import PromotionRowData, PromotionsView
from livestudio.ui.context import AppContext
from livestudio.ui.plan.edit_page import PlanEditPage
from livestudio.ui.plan.tables import cell, tone
from livestudio.ui.widgets.columns import FIT, Col, apply_columns

COLUMNS = 9  # status, start, end, kind, title, product, offer, quantity, issues
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class _Choice:
    id: int
    label: str


class PromotionsPage(PlanEditPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, undo_stack, parent)
        self._currency = "CNY"
        self._selected_id: int | None = None

        self.add_button = QPushButton(self.tr("Add promotion"), self)
        menu = QMenu(self.add_button)
        for kind, label in labels.promotion_kinds().items():
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, k=kind: self.add_promotion(k))
        self.add_button.setMenu(menu)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)

        self.table = QTableWidget(0, COLUMNS, self)
        self.table.setHorizontalHeaderLabels(
            [
                "",
                self.tr("Start"),
                self.tr("End"),
                self.tr("Kind"),
                self.tr("Title"),
                self.tr("Product"),
                self.tr("Offer"),
                self.tr("Quantity"),
                self.tr("Issues"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.itemSelectionChanged.connect(self._on_table_selection_changed)

        # ---- editor for the selected promotion ----
        self.editor = QGroupBox(self.tr("Selected promotion"), self)
        form = QFormLayout(self.editor)
        self.kind_combo = QComboBox(self.editor)
        for kind, label in labels.promotion_kinds().items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.activated.connect(self._on_kind_combo_activated)
        self.title_edit = QLineEdit(self.editor)
        self.title_edit.editingFinished.connect(self._on_title_edit_finished)
        self.product_combo = QComboBox(self.editor)
        self.product_combo.activated.connect(self._on_product_combo_activated)
        self.price_edit = QLineEdit(self.editor)
        self.price_edit.setPlaceholderText(self.tr("e.g. 99 or 99.90; empty for none"))
        self.price_edit.editingFinished.connect(self._on_price_edit_finished)
        self.discount_spin = QDoubleSpinBox(self.editor)
        self.discount_spin.setRange(0, 99)
        self.discount_spin.setDecimals(1)
        self.discount_spin.setSuffix(" %")
        self.discount_spin.setSpecialValueText(self.tr("None"))
        self.discount_spin.editingFinished.connect(self._on_discount_spin_finished)
        self.quantity_spin = QSpinBox(self.editor)
        self.quantity_spin.setRange(0, 1_000_000)
        self.quantity_spin.setSpecialValueText(self.tr("No limit"))
        self.quantity_spin.editingFinished.connect(self._on_quantity_spin_finished)

        self.start_segment_radio = QRadioButton(self.tr("When a segment starts"), self.editor)
        self.start_offset_radio = QRadioButton(
            self.tr("At a time from the show start"), self.editor
        )
        self._start_group = QButtonGroup(self)
        self._start_group.addButton(self.start_segment_radio)
        self._start_group.addButton(self.start_offset_radio)
        self.start_segment_radio.clicked.connect(self._on_start_mode_clicked)
        self.start_offset_radio.clicked.connect(self._on_start_mode_clicked)
        self.segment_combo = QComboBox(self.editor)
        self.segment_combo.activated.connect(self._on_segment_combo_activated)
        self.offset_edit = QLineEdit(self.editor)
        self.offset_edit.setPlaceholderText(self.tr("mm:ss, e.g. 25:00"))
        self.offset_edit.editingFinished.connect(self._on_offset_edit_finished)
        self.duration_edit = QLineEdit(self.editor)
        self.duration_edit.setPlaceholderText(self.tr("mm:ss, e.g. 5:00"))
        self.duration_edit.editingFinished.connect(self._on_duration_edit_finished)
        seg_row = QHBoxLayout()
        seg_row.addWidget(self.start_segment_radio)
        seg_row.addWidget(self.segment_combo, 1)
        off_row = QHBoxLayout()
        off_row.addWidget(self.start_offset_radio)
        off_row.addWidget(self.offset_edit, 1)
        self.offset_clock = QLabel(self.editor)
        off_row.addWidget(self.offset_clock)
        self.issue_label = QLabel(self.editor)
        self.issue_label.setWordWrap(True)
        self.issue_label.setStyleSheet(f"color: {tone('bad').name()};")

        form.addRow(self.tr("Kind"), self.kind_combo)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Product"), self.product_combo)
        form.addRow(self.tr("Price"), self.price_edit)
        form.addRow(self.tr("Discount"), self.discount_spin)
        form.addRow(self.tr("Quantity limit"), self.quantity_spin)
        form.addRow(self.tr("Starts"), seg_row)
        form.addRow("", off_row)
        form.addRow(self.tr("Duration"), self.duration_edit)
        form.addRow(self.issue_label)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete_key.activated.connect(self._on_delete_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        self.refresh()

    # ---- reading ------------------------------------------------------------------------------
    def reload(self) -> None:
        self._loading = True
        try:
            view = self.plan.promotions(self.show_id) if self.show_id is not None else None
            self._fill(view)
        except LookupError:  # the show was deleted meanwhile
            self._fill(None)
        finally:
            self._loading = False

    @staticmethod
    def _clock(start: datetime | None, ms: int) -> str:
        """Clock time at show time `ms` ('20:25', '00:10 +1'), or '+25:00' without a start."""
        if start is None:
            return format_duration(ms)
        return fmt.clock_time(start + timedelta(milliseconds=ms), since=start)

    def _fill(self, view: PromotionsView | None) -> None:
        self.setEnabled(view is not None)
        self.table.setRowCount(0)
        if view is None:
            self.summary.setText(self.tr("Choose a show to plan its promotions."))
            self._load_editor(None, None, [], [], [])
            return
        self._currency = view.currency
        start = view.scheduled_start
        warn_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        ok_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        self.table.setRowCount(len(view.rows))
        select_row = -1
        for r, p in enumerate(view.rows):
            reasons = [i.reason for i in p.issues]
            offer = []
            if p.price is not None:
                offer.append(fmt.money(p.price, self._currency))
            if p.discount_pct is not None:
                offer.append(
                    self.tr("{pct}% off").format(
                        pct=fmt.number(
                            p.discount_pct, 0 if float(p.discount_pct).is_integer() else 1
                        )
                    )
                )
            cells = [
                "",
                self._clock(start, p.start_ms) if p.start_ms is not None else "—",
                self._clock(start, p.end_ms) if p.end_ms is not None else "—",
                labels.promotion_kind(p.kind),
                p.title,
                p.product_name or self.tr("Whole shop"),
                " / ".join(offer),
                str(p.quantity_limit) if p.quantity_limit is not None else self.tr("No limit"),
                "; ".join(reasons),
            ]
            for c, text in enumerate(cells):
                it = QTableWidgetItem(text)
                it.setData(ID_ROLE, p.id)
                it.setToolTip("\n".join(reasons) if reasons else text)
                self.table.setItem(r, c, it)
            status = cell(self.table, r, 0)
            status.setIcon(warn_icon if reasons else ok_icon)
            status.setToolTip("\n".join(reasons) if reasons else self.tr("No problems found"))
            if reasons:
                cell(self.table, r, 8).setForeground(QBrush(tone("bad")))
            if p.id == self._selected_id:
                select_row = r
        apply_columns(
            self.table,
            # times, kind, product, offer and quantity fit; the title and the issues (also in
            # the editor below) are elided with the whole text in the tooltip
            {**{c: FIT for c in range(COLUMNS)}, 4: Col.elide(240), 8: Col.elide(200)},
        )
        n_issues = sum(1 for p in view.rows if p.issues)
        self.summary.setText(
            self.tr("{n} promotions, {bad} with problems").format(n=len(view.rows), bad=n_issues)
            if view.rows
            else self.tr("No promotions yet: add a flash sale, coupon, discount, lottery or gift.")
        )
        if select_row < 0 and view.rows:
            select_row = 0
        if select_row >= 0:
            self.table.selectRow(select_row)
            self._selected_id = cell(self.table, select_row, 0).data(ID_ROLE)
        else:
            self._selected_id = None
        selected = next((p for p in view.rows if p.id == self._selected_id), None)
        products = [
            _Choice(pid, self._product_label(name, live)) for pid, name, live in view.products
        ]
        segments = [
            _Choice(sid, f"{self._clock(start, ms)}  {title}") for sid, title, ms in view.segments
        ]
        self._load_editor(selected, view, products, segments, selected.issues if selected else [])

    def _product_label(self, name: str, live_price: int | None) -> str:
        if live_price is None:
            return name
        return f"{name} · {fmt.money(live_price, self._currency)}"

    def _load_editor(
        self,
        p: PromotionRowData | None,
        view: PromotionsView | None,
        products: list[_Choice],
        segments: list[_Choice],
        issues: list[PromotionIssue],
    ) -> None:
        self.editor.setEnabled(p is not None)
        self.delete_button.setEnabled(p is not None)
        self.product_combo.clear()
        self.product_combo.addItem(self.tr("— whole shop —"), None)
        for ch in products:
            self.product_combo.addItem(ch.label, ch.id)
        self.segment_combo.clear()
        for ch in segments:
            self.segment_combo.addItem(ch.label, ch.id)
        if p is None:
            for w in (self.title_edit, self.price_edit, self.offset_edit, self.duration_edit):
                w.clear()
            self.offset_clock.clear()
            self.issue_label.clear()
            return
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(p.kind)))
        self.title_edit.setText(p.title)
        self.product_combo.setCurrentIndex(max(0, self.product_combo.findData(p.lineup_item_id)))
        self.price_edit.setText(format_plain(p.price, self._currency))
        self.discount_spin.setValue(p.discount_pct or 0)
        self.quantity_spin.setValue(p.quantity_limit or 0)
        by_segment = p.start_segment_id is not None
        self.start_segment_radio.setChecked(by_segment)
        self.start_offset_radio.setChecked(not by_segment)
        self.start_segment_radio.setEnabled(bool(segments))
        self.segment_combo.setEnabled(by_segment)
        self.offset_edit.setEnabled(not by_segment)
        if by_segment:
            self.segment_combo.setCurrentIndex(
                max(0, self.segment_combo.findData(p.start_segment_id))
            )
        self.offset_edit.setText(
            format_duration(p.start_offset_ms) if p.start_offset_ms is not None else ""
        )
        self.duration_edit.setText(format_duration(p.duration_ms))
        self.issue_label.setText("\n".join("⚠ " + i.reason for i in issues))

    # ---- editing ------------------------------------------------------------------------------
    def add_promotion(self, kind: str = "flash_sale") -> int | None:
        """A new promotion of `kind`, starting at the show start until it is moved; returns its id."""

        sid = self.show_id or 0
        new_id = self.edit(
            self.tr("Add {kind}").format(kind=labels.promotion_kind(kind)),
            lambda plan: plan.add_promotion(sid, kind=kind),
        )
        if new_id is not None:
            self._selected_id = new_id
            self.refresh()
        return new_id

    def update_selected(self, text: str, **values: object) -> bool:
        pid = self._selected_id
        if pid is None:
            return False
        sid = self.show_id or 0
        return self.edit(text, lambda plan: plan.update_promotion(sid, pid, **values)) is not None

    @Slot()
    def _on_delete_clicked(self) -> None:
        pid = self._selected_id
        if pid is None:
            return
        self._selected_id = None
        sid = self.show_id or 0
        self.edit(self.tr("Delete promotion"), lambda plan: plan.delete_promotion(sid, pid))

    @Slot()
    def _on_table_selection_changed(self) -> None:
        if self._loading:
            return
        rows = self.table.selectionModel().selectedRows()
        pid = cell(self.table, rows[0].row(), 0).data(ID_ROLE) if rows else None
        if pid != self._selected_id:
            self._selected_id = pid
            self.refresh()

    @Slot(int)
    def _on_kind_combo_activated(self, _index: int) -> None:
        self.update_selected(self.tr("Change promotion kind"), kind=self.kind_combo.currentData())

    @Slot()
    def _on_title_edit_finished(self) -> None:
        self.update_selected(self.tr("Rename promotion"), title=self.title_edit.text().strip())

    @Slot(int)
    def _on_product_combo_activated(self, _index: int) -> None:
        self.update_selected(
            self.tr("Change promotion product"), lineup_item_id=self.product_combo.currentData()
        )

    @Slot()
    def _on_price_edit_finished(self) -> None:
        text = self.price_edit.text().strip()
        try:
            price = parse_money(text, self._currency) if text else None
        except MoneyError as exc:
            self.show_message(self.tr("Price: {reason}").format(reason=exc))
            return
        self.update_selected(self.tr("Change promotion price"), price=price)

    @Slot()
    def _on_discount_spin_finished(self) -> None:
        value = self.discount_spin.value()
        self.update_selected(self.tr("Change discount"), discount_pct=value or None)

    @Slot()
    def _on_quantity_spin_finished(self) -> None:
        value = self.quantity_spin.value()
        self.update_selected(self.tr("Change quantity limit"), quantity_limit=value or None)

    @Slot()
    def _on_start_mode_clicked(self) -> None:
        if self.start_segment_radio.isChecked():
            seg = self.segment_combo.currentData()
            if seg is not None:
                self.update_selected(self.tr("Start with a segment"), start_segment_id=seg)
        else:
            self._on_offset_edit_finished(force=True)

    @Slot(int)
    def _on_segment_combo_activated(self, _index: int) -> None:
        self.update_selected(
            self.tr("Start with a segment"), start_segment_id=self.segment_combo.currentData()
        )

    def _parse_ms(self, edit: QLineEdit, what: str) -> int | None:
        try:
            return parse_duration(edit.text())
        except DurationError as exc:
            self.show_message(self.tr("{what}: {reason}").format(what=what, reason=exc))
            return None

    @Slot()
    def _on_offset_edit_finished(self, force: bool = False) -> None:
        if not (force or self.start_offset_radio.isChecked()):
            return
        if not self.offset_edit.text().strip():
            self.offset_edit.setText("0:00")
        ms = self._parse_ms(self.offset_edit, self.tr("Start"))
        if ms is not None:
            self.update_selected(self.tr("Start at a time"), start_offset_ms=ms)

    @Slot()
    def _on_duration_edit_finished(self) -> None:
        ms = self._parse_ms(self.duration_edit, self.tr("Duration"))
        if ms is not None:
            self.update_selected(self.tr("Change promotion duration"), duration_ms=ms)
