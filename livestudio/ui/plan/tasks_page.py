"""Preparation tab: tasks grouped before / during / after the show, with owner, due date (fixed or
"N days before the show"), a done tick, and overdue tasks in red."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, QTimer, Slot
from PySide6.QtGui import QBrush, QFont, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt, labels
from livestudio.core.i18n import ui_language
from livestudio.core.plan.service import TaskRowData, TasksView
from livestudio.ui.context import AppContext
from livestudio.ui.plan.edit_page import PlanEditPage
from livestudio.ui.plan.tables import tone
from livestudio.ui.widgets.columns import FIT, STRETCH, apply_columns

ID_ROLE = Qt.ItemDataRole.UserRole


class TasksPage(PlanEditPage):
    def __init__(
        self, ctx: AppContext, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, undo_stack, parent)
        #: "now" for overdue marks; tests and screenshots replace it
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        self._selected_id: int | None = None

        self.add_button = QPushButton(self.tr("Add task"), self)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.clicked.connect(lambda: self.move_selected(-1))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.clicked.connect(lambda: self.move_selected(1))
        self.defaults_button = QPushButton(self.tr("Add the standard list"), self)
        self.defaults_button.setToolTip(
            self.tr(
                "Product selection, stock check, coupon setup, preview post, rehearsal, device test, review…"
            )
        )
        self.defaults_button.clicked.connect(self._on_defaults_clicked)
        self.summary = QLabel(self)
        bar = QHBoxLayout()
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button):
            bar.addWidget(b)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.defaults_button)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(4)
        self.tree.setHeaderLabels(
            [self.tr("Task"), self.tr("Owner"), self.tr("Due"), self.tr("Status")]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        apply_columns(self.tree, {0: STRETCH, 1: FIT, 2: FIT, 3: FIT})
        self.tree.itemSelectionChanged.connect(self._on_tree_selection_changed)
        self.tree.itemChanged.connect(self._on_tree_item_changed)

        self.editor = QGroupBox(self.tr("Selected task"), self)
        form = QFormLayout(self.editor)
        self.title_edit = QLineEdit(self.editor)
        self.title_edit.editingFinished.connect(self._on_title_edit_finished)
        self.owner_edit = QLineEdit(self.editor)
        self.owner_edit.setPlaceholderText(self.tr("Who does it"))
        self.owner_edit.editingFinished.connect(self._on_owner_edit_finished)
        self.phase_combo = QComboBox(self.editor)
        for phase, label in labels.task_phases().items():
            self.phase_combo.addItem(label, phase)
        self.phase_combo.activated.connect(self._on_phase_combo_activated)
        self.relative_radio = QRadioButton(self.tr("Relative to the show"), self.editor)
        self.fixed_radio = QRadioButton(self.tr("On a date"), self.editor)
        self.none_radio = QRadioButton(self.tr("No due date"), self.editor)
        self._due_group = QButtonGroup(self)
        for radio in (self.relative_radio, self.fixed_radio, self.none_radio):
            self._due_group.addButton(radio)
            radio.clicked.connect(self._on_due_mode_clicked)
        self.days_spin = QSpinBox(self.editor)
        self.days_spin.setRange(-60, 365)
        self.days_spin.setToolTip(
            self.tr("Days before the show; a negative number is days after it")
        )
        self.days_spin.editingFinished.connect(self._on_days_spin_finished)
        self.days_hint = QLabel(self.editor)
        self.date_edit = QDateTimeEdit(self.editor)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.date_edit.editingFinished.connect(self._on_date_edit_finished)
        self.done_check = QCheckBox(self.tr("Done"), self.editor)
        self.done_check.clicked.connect(self._on_done_check_clicked)
        rel_row = QHBoxLayout()
        rel_row.addWidget(self.relative_radio)
        rel_row.addWidget(self.days_spin)
        rel_row.addWidget(self.days_hint, 1)
        fix_row = QHBoxLayout()
        fix_row.addWidget(self.fixed_radio)
        fix_row.addWidget(self.date_edit)
        fix_row.addStretch(1)
        fix_row.addWidget(self.none_radio)
        form.addRow(self.tr("Task"), self.title_edit)
        form.addRow(self.tr("Owner"), self.owner_edit)
        form.addRow(self.tr("Phase"), self.phase_combo)
        form.addRow(self.tr("Due"), rel_row)
        form.addRow("", fix_row)
        form.addRow("", self.done_check)

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.tree)
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
            view = self.plan.tasks(self.show_id, self.clock()) if self.show_id is not None else None
            self._fill(view)
        except LookupError:  # the show was deleted meanwhile
            self._fill(None)
        finally:
            self._loading = False

    @staticmethod
    def _due_text(task: TaskRowData) -> str:
        rel = task.relative_text
        if task.due_at is None:
            return rel or "—"
        when = fmt.datetime_text(task.due_at)
        return f"{when} · {rel}" if rel else when

    def _fill(self, view: TasksView | None) -> None:
        self.setEnabled(view is not None)
        self.tree.clear()
        if view is None:
            self.summary.setText(self.tr("Choose a show to plan its preparation."))
            self._load_editor(None, None)
            return
        bold = QFont(self.font())
        bold.setBold(True)
        selected_item: QTreeWidgetItem | None = None
        overdue = 0
        open_count = 0
        first: QTreeWidgetItem | None = None
        for phase, tasks in view.phases.items():
            done = sum(1 for t in tasks if t.done)
            head = QTreeWidgetItem(
                self.tree,
                [
                    self.tr("{phase} ({done}/{n} done)").format(
                        phase=labels.task_phase(phase), done=done, n=len(tasks)
                    )
                ],
            )
            head.setFont(0, bold)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setData(0, ID_ROLE, None)
            head.setFirstColumnSpanned(True)
            for t in tasks:
                late = t.overdue
                overdue += late
                open_count += not t.done
                status = self.tr("Done") if t.done else self.tr("Overdue") if late else ""
                item = QTreeWidgetItem(head, [t.title, t.owner, self._due_text(t), status])
                item.setData(0, ID_ROLE, t.id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsSelectable
                    | Qt.ItemFlag.ItemIsUserCheckable
                )
                item.setCheckState(0, Qt.CheckState.Checked if t.done else Qt.CheckState.Unchecked)
                item.setToolTip(0, t.title)
                if late:
                    for c in range(4):
                        item.setForeground(c, QBrush(tone("bad")))
                    item.setToolTip(3, self.tr("Was due {when}").format(when=self._due_text(t)))
                elif t.done:
                    for c in range(4):
                        item.setForeground(
                            c,
                            QBrush(self.palette().color(self.palette().ColorRole.PlaceholderText)),
                        )
                if t.id == self._selected_id:
                    selected_item = item
                first = first or item
            head.setExpanded(True)
        if view.scheduled_start is None:
            starts = self.tr("The show has no start time yet, so relative due dates are not known.")
        else:
            starts = self.tr("Show starts {when}.").format(
                when=fmt.datetime_text(view.scheduled_start)
            )
        self.summary.setText(
            " ".join(
                [
                    starts,
                    self.tr("{open} open, {late} overdue").format(open=open_count, late=overdue),
                ]
            )
        )
        self.summary.setStyleSheet(f"color: {tone('bad').name()};" if overdue else "")
        current = selected_item or first
        self._selected_id = current.data(0, ID_ROLE) if current else None
        if current is not None:
            self.tree.setCurrentItem(current)
        task = next((t for t in view.tasks if t.id == self._selected_id), None)
        self._load_editor(task, view)

    def _load_editor(self, task: TaskRowData | None, view: TasksView | None) -> None:
        self.editor.setEnabled(task is not None)
        for b in (self.delete_button, self.up_button, self.down_button):
            b.setEnabled(task is not None)
        if task is None or view is None:
            self.title_edit.clear()
            self.owner_edit.clear()
            return
        self.title_edit.setText(task.title)
        self.owner_edit.setText(task.owner)
        self.phase_combo.setCurrentIndex(max(0, self.phase_combo.findData(task.phase)))
        relative = task.due_days_before is not None
        fixed = task.fixed_due_at is not None
        self.relative_radio.setChecked(relative)
        self.fixed_radio.setChecked(fixed and not relative)
        self.none_radio.setChecked(not relative and not fixed)
        self.days_spin.setEnabled(relative)
        self.date_edit.setEnabled(fixed and not relative)
        self.days_spin.setValue(task.due_days_before or 0)
        self.days_hint.setText(task.relative_text if relative else "")
        due = task.due_at or view.scheduled_start or self.clock()
        self.date_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(due.timestamp())))
        self.done_check.setChecked(task.done)

    # ---- editing ------------------------------------------------------------------------------
    def _update(self, text: str, **values: object) -> None:
        tid = self._selected_id
        sid = self.show_id or 0
        if tid is not None:
            self.edit(text, lambda plan: plan.update_task(sid, tid, **values))

    def add_task(self, title: str | None = None, phase: str | None = None) -> int | None:
        """A new task in the selected task's phase (or "before"), due the day before the show."""
        if phase is None:
            phase = self.phase_combo.currentData() if self._selected_id is not None else "before"
        title = title or self.tr("New task")

        sid = self.show_id or 0
        days = 1 if phase == "before" else 0 if phase == "during" else -1
        new_id = self.edit(
            self.tr("Add task"),
            lambda plan: plan.add_task(sid, title, phase=phase, due_days_before=days),
        )
        if new_id is not None:
            self._selected_id = new_id
            self.refresh()
            self.title_edit.setFocus()
            self.title_edit.selectAll()
        return new_id

    @Slot()
    def _on_add_clicked(self) -> None:
        self.add_task()

    @Slot()
    def _on_delete_clicked(self) -> None:
        tid = self._selected_id
        if tid is not None:
            self._selected_id = None
            sid = self.show_id or 0
            self.edit(self.tr("Delete task"), lambda plan: plan.delete_task(sid, tid))

    @Slot()
    def _on_defaults_clicked(self) -> None:
        sid, language = self.show_id or 0, ui_language()
        self.edit(
            self.tr("Add the standard task list"),
            lambda plan: plan.add_default_tasks(sid, language),
        )

    def move_selected(self, step: int) -> None:
        """Move the selected task up or down within its phase."""
        tid = self._selected_id
        if tid is None:
            return
        sid = self.show_id or 0
        self.edit(self.tr("Move task"), lambda plan: plan.move_task_in_phase(sid, tid, step))

    @Slot()
    def _on_tree_selection_changed(self) -> None:
        if self._loading:
            return
        items = self.tree.selectedItems()
        tid = items[0].data(0, ID_ROLE) if items else None
        if tid is not None and tid != self._selected_id:
            self._selected_id = tid
            self.refresh()

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._loading or column != 0:
            return
        tid = item.data(0, ID_ROLE)
        if tid is None:
            return
        done = item.checkState(0) == Qt.CheckState.Checked
        self._selected_id = tid
        # after this signal returns: the edit rebuilds the tree, and QTreeWidget deletes its items at once
        QTimer.singleShot(
            0,
            self,
            lambda: self.edit(
                self.tr("Tick task") if done else self.tr("Untick task"),
                lambda plan: plan.update_task(self.show_id or 0, tid, done=done),
            ),
        )

    @Slot()
    def _on_title_edit_finished(self) -> None:
        self._update(self.tr("Rename task"), title=self.title_edit.text())

    @Slot()
    def _on_owner_edit_finished(self) -> None:
        self._update(self.tr("Change task owner"), owner=self.owner_edit.text().strip())

    @Slot(int)
    def _on_phase_combo_activated(self, _index: int) -> None:
        self._update(self.tr("Change task phase"), phase=self.phase_combo.currentData())

    @Slot()
    def _on_due_mode_clicked(self) -> None:
        if self.relative_radio.isChecked():
            self._update(
                self.tr("Due relative to the show"), due_days_before=self.days_spin.value()
            )
        elif self.fixed_radio.isChecked():
            self._on_date_edit_finished(force=True)
        else:
            self._update(self.tr("No due date"), due_at=None, due_days_before=None)

    @Slot()
    def _on_days_spin_finished(self) -> None:
        if self.relative_radio.isChecked():
            self._update(self.tr("Change due date"), due_days_before=self.days_spin.value())

    @Slot()
    def _on_date_edit_finished(self, force: bool = False) -> None:
        if not (force or self.fixed_radio.isChecked()):
            return
        when = datetime.fromtimestamp(self.date_edit.dateTime().toSecsSinceEpoch(), UTC)
        self._update(self.tr("Change due date"), due_at=when)

    @Slot(bool)
    def _on_done_check_clicked(self, checked: bool) -> None:
        self._update(self.tr("Tick task") if checked else self.tr("Untick task"), done=checked)
