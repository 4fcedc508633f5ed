"""Dialogs of the Plan workspace: new show, pick products from the catalog, draft from lineup."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.db import Store
from livestudio.core.plan.templates import Template
from livestudio.core.products import ProductService
from livestudio.ui.plan.tables import cell, tone
from livestudio.ui.widgets.columns import FIT, STRETCH, apply_columns

if TYPE_CHECKING:  # the lessons (and the review figures they read) load only when drafting
    from livestudio.core.plan.lessons import Lesson


def qdatetime_to_utc(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def utc_to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def default_start() -> datetime:
    """Tomorrow 20:00 local time — prime time for live selling."""
    local = datetime.now().astimezone() + timedelta(days=1)
    return local.replace(hour=20, minute=0, second=0, microsecond=0).astimezone(UTC)


class NewShowDialog(QDialog):
    """Title and start for a new show; for 'template' also the template to start from."""

    def __init__(
        self,
        mode: str,
        parent: QWidget | None = None,
        templates: list[Template] | None = None,
        title: str = "",
        start: datetime | None = None,
    ) -> None:
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(
            {
                "blank": self.tr("New blank show"),
                "template": self.tr("New show from a template"),
                "duplicate": self.tr("Duplicate show"),
            }[mode]
        )
        layout = QVBoxLayout(self)
        self.template_list = QListWidget(self)
        if mode == "template":
            layout.addWidget(QLabel(self.tr("Template:")))
            for t in templates or []:
                minutes = t.planned_duration_ms // 60_000
                label = self.tr("{name}  ·  {minutes} min  ·  {lang}").format(
                    name=t.name,
                    minutes=minutes,
                    lang=t.language.upper() if t.language else self.tr("saved"),
                )
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, t)
                item.setToolTip(t.description)
                self.template_list.addItem(item)
            if self.template_list.count():
                self.template_list.setCurrentRow(0)
            self.template_list.currentItemChanged.connect(self._on_template_changed)
            layout.addWidget(self.template_list)
            self.description = QLabel(self)
            self.description.setWordWrap(True)
            layout.addWidget(self.description)
        else:
            self.template_list.hide()
        form = QFormLayout()
        self.title_edit = QLineEdit(title, self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Friday night skincare special"))
        form.addRow(self.tr("&Title:"), self.title_edit)
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setCalendarPopup(True)
        self.start_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start_edit.setDateTime(utc_to_qdatetime(start or default_start()))
        form.addRow(self.tr("&Starts ({zone}):").format(zone=fmt.utc_offset()), self.start_edit)
        layout.addLayout(form)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(f"color: {tone('bad').name()};")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, 420 if mode == "template" else 160)
        if mode == "template":
            self._on_template_changed(self.template_list.currentItem(), None)

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_template_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        t = self.template()
        if t is not None:
            p = t.payload
            self.description.setText(
                self.tr(
                    "{description}\n{segments} segments · {promotions} promotions · "
                    "{tasks} tasks · {risks} risks"
                ).format(
                    description=t.description,
                    segments=len(p.get("segments") or []),
                    promotions=len(p.get("promotions") or []),
                    tasks=len(p.get("tasks") or []),
                    risks=len(p.get("risks") or []),
                )
            )
        if t is not None and (
            not self.title_edit.text().strip() or self.title_edit.isModified() is False
        ):
            self.title_edit.setText(str((t.payload.get("show") or {}).get("title") or t.name))

    def template(self) -> Template | None:
        item = self.template_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def title(self) -> str:
        return self.title_edit.text().strip()

    def start_utc(self) -> datetime:
        return qdatetime_to_utc(self.start_edit.dateTime())

    def accept(self) -> None:
        if not self.title():
            self.error_label.setText(self.tr("A show needs a title."))
            return
        if self.mode == "template" and self.template() is None:
            self.error_label.setText(self.tr("Choose a template."))
            return
        super().accept()


class ProductPickerDialog(QDialog):
    """Search the catalog by SKU or name and pick several products at once."""

    def __init__(
        self, store: Store, currency: str, exclude: set[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.store, self.currency, self.exclude = store, currency, exclude
        self.setWindowTitle(self.tr("Add products to the lineup"))
        layout = QVBoxLayout(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by SKU or name"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        layout.addWidget(self.search)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("List price"), self.tr("Stock")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        apply_columns(self.table, {0: FIT, 1: STRETCH, 2: FIT, 3: FIT})
        self.table.doubleClicked.connect(self.accept)
        layout.addWidget(self.table)
        self.hint = QLabel(self)
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add selected"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(640, 480)
        self.reload()

    @Slot()
    def reload(self) -> None:
        text = self.search.text().strip()
        products = [
            p
            for p in ProductService(self.store, self.currency).products(text)
            if p.id not in self.exclude
        ]
        self.table.setRowCount(len(products))
        for row, p in enumerate(products):
            values = [
                p.sku,
                p.name,
                fmt.money(p.list_price, self.currency),
                "—" if p.stock is None else str(p.stock),
            ]
            for col, v in enumerate(values):
                item = QTableWidgetItem(v)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, col, item)
        self.hint.setText(
            self.tr("No products match. Import your catalog in the Products tab.")
            if not products
            else self.tr("Ctrl+click or Shift+click to pick several.")
        )

    def selected_product_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        return [int(cell(self.table, r, 0).data(Qt.ItemDataRole.UserRole)) for r in rows]


class DraftDialog(QDialog):
    """Shows the draft rules and what will be replaced; OK builds the draft.

    `lessons` (core/plan/lessons.py) are listed with their evidence, each with a checkbox, all
    ticked; `chosen_lessons()` gives the keys of the ticked ones. Without lessons the dialog is as
    it always was."""

    def __init__(
        self,
        rules: str,
        existing: int,
        length_ms: int,
        items: int,
        parent: QWidget | None = None,
        lessons: Sequence[Lesson] = (),
    ) -> None:
        super().__init__(parent)
        self.lesson_boxes: dict[str, QCheckBox] = {}
        self.setWindowTitle(self.tr("Draft run-of-show from lineup"))
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr("A {length} show with {items} lineup products.").format(
                length=fmt.duration(length_ms, always_hours=True), items=items
            )
        )
        layout.addWidget(summary)
        rules_label = QLabel(rules, self)
        rules_label.setWordWrap(True)
        rules_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(rules_label)
        if existing:
            warn = QLabel(
                self.tr(
                    "This replaces the {count} segments in the run-of-show now. "
                    "A promotion at a flash sale or lottery moves to the matching new one; "
                    "other promotions keep their times. Ctrl+Z brings the old run-of-show back."
                ).format(count=existing),
                self,
            )
            warn.setWordWrap(True)
            warn.setStyleSheet(f"color: {tone('warn').name()};")
            layout.addWidget(warn)
        if lessons:
            layout.addWidget(self._lessons_box(lessons))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Build the draft"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if lessons:
            # word-wrapped evidence: the height that width needs, so no line is cut off
            width = 640
            self.resize(width, max(300, layout.totalHeightForWidth(width)))
        else:
            self.resize(520, 300)

    def _lessons_box(self, lessons: Sequence[Lesson]) -> QGroupBox:
        from livestudio.core.plan.lessons import rules_text

        box = QGroupBox(self.tr("What past shows taught"), self)
        box.setToolTip(rules_text())
        inner = QVBoxLayout(box)
        for lesson in lessons:
            check = QCheckBox(lesson.title, box)
            check.setChecked(True)
            check.setToolTip(lesson.evidence)
            evidence = QLabel(lesson.evidence, box)
            evidence.setWordWrap(True)
            evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            evidence.setContentsMargins(24, 0, 0, 6)
            evidence.setBuddy(check)
            check.toggled.connect(evidence.setEnabled)
            inner.addWidget(check)
            inner.addWidget(evidence)
            self.lesson_boxes[lesson.key] = check
        return box

    def chosen_lessons(self) -> list[str]:
        """Keys of the lessons left ticked, in the order listed."""
        return [key for key, check in self.lesson_boxes.items() if check.isChecked()]
