"""The Plan workspace: the list of shows on the left, the selected show's plan in tabs on the right.

Every edit is stored as it is made and goes through one QUndoStack per show (see `undo.py`),
so Ctrl+Z / Ctrl+Y work across the whole plan of a show — overview, lineup, run-of-show and the
promotion, preparation and risk pages.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from livestudio.core.i18n import ui_language
from livestudio.core.models import Show
from livestudio.core.plan import draft as draft_core
from livestudio.core.plan import lineup as lineup_core
from livestudio.core.plan import shows as shows_core
from livestudio.core.plan import templates as templates_core
from livestudio.ui.context import AppContext
from livestudio.ui.plan.dialogs import DraftDialog, NewShowDialog, ProductPickerDialog
from livestudio.ui.plan.overview import OverviewPage
from livestudio.ui.plan.pages import LineupPage, RunOfShowPage
from livestudio.ui.plan.undo import push_edit

log = logging.getLogger("livestudio.plan")

# Plan-B's pages: (module, class, tab key)
EXTRA_PAGES = (
    ("livestudio.ui.plan.promotions_page", "PromotionsPage", "promotions"),
    ("livestudio.ui.plan.tasks_page", "TasksPage", "tasks"),
    ("livestudio.ui.plan.risks_page", "RisksPage", "risks"),
)


def _load_page_class(module: str, cls: str) -> type[QWidget] | None:
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name == module:
            return None
        raise
    return getattr(mod, cls, None)


class PlanWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.show_id: int | None = None
        self._stacks: dict[int, QUndoStack] = {}
        self.undo_group = QUndoGroup(self)
        self._extra_pages: dict[str, QWidget] = {}
        self._last_header: tuple[Any, ...] | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        # ---- left: the shows
        left = QWidget(splitter)
        left.setMinimumWidth(340)
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.new_button = QToolButton(left)
        self.new_button.setText(self.tr("&New show"))
        self.new_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.new_button)
        self.action_new_blank = menu.addAction(self.tr("Blank show…"))
        self.action_new_blank.triggered.connect(lambda: self.open_new_show_dialog("blank"))
        self.action_new_template = menu.addAction(self.tr("From a template…"))
        self.action_new_template.triggered.connect(lambda: self.open_new_show_dialog("template"))
        self.action_duplicate = menu.addAction(self.tr("Duplicate the selected show…"))
        self.action_duplicate.triggered.connect(lambda: self.open_new_show_dialog("duplicate"))
        self.new_button.setMenu(menu)
        top.addWidget(self.new_button)
        self.delete_button = QPushButton(self.tr("Delete"), left)
        self.delete_button.clicked.connect(self._on_delete_clicked)
        top.addWidget(self.delete_button)
        top.addStretch(1)
        ll.addLayout(top)
        self.search = QLineEdit(left)
        self.search.setPlaceholderText(self.tr("Search shows"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload_shows)
        ll.addWidget(self.search)
        self.show_table = QTableWidget(0, 4, left)
        self.show_table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Title"), self.tr("Platform"), self.tr("Status")]
        )
        self.show_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.show_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.show_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.show_table.verticalHeader().hide()
        header = self.show_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.show_table.setWordWrap(False)
        self.show_table.itemSelectionChanged.connect(self._on_show_table_selection_changed)
        ll.addWidget(self.show_table, 1)

        # ---- right: the selected show
        right = QWidget(splitter)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.heading = QLabel(right)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        head.addWidget(self.heading, 1)
        self.action_undo = self.undo_group.createUndoAction(self, self.tr("Undo"))
        self.action_undo.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.action_redo = self.undo_group.createRedoAction(self, self.tr("Redo"))
        redo_keys = [QKeySequence("Ctrl+Y")]  # Ctrl+Y everywhere, plus the platform's own
        for key in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo):
            if key not in redo_keys:
                redo_keys.append(key)
        self.action_redo.setShortcuts(redo_keys)
        self.undo_button = QPushButton(self.tr("Undo"), right)
        self.redo_button = QPushButton(self.tr("Redo"), right)
        for action, button in (
            (self.action_undo, self.undo_button),
            (self.action_redo, self.redo_button),
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
            # a short fixed label; the action's own text ("Undo Move segment") goes to the tooltip
            button.clicked.connect(action.trigger)
            button.setEnabled(action.isEnabled())
            action.changed.connect(
                lambda a=action, b=button: (b.setEnabled(a.isEnabled()), b.setToolTip(a.text()))
            )
            head.addWidget(button)
        self.save_template_button = QPushButton(self.tr("Save as template…"), right)
        self.save_template_button.clicked.connect(self._on_save_template_clicked)
        head.addWidget(self.save_template_button)
        rl.addLayout(head)
        self.message = QLabel(right)
        self.message.setStyleSheet("color: #c62828;")
        self.message.setWordWrap(True)
        self.message.hide()
        rl.addWidget(self.message)
        self.stack = QStackedWidget(right)
        self.empty_label = QLabel(
            self.tr(
                "No show selected.\nUse “New show” to start one from a template, "
                "from scratch, or as a copy of a past show."
            ),
            right,
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.tabs = QTabWidget(right)
        self.overview = OverviewPage(self.edit, self.tabs)
        self.lineup = LineupPage(self.edit, self.tabs)
        self.lineup.add_requested.connect(self.open_product_picker)
        self.run_of_show = RunOfShowPage(self.edit, self.tabs)
        self.run_of_show.draft_requested.connect(self.open_draft_dialog)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.lineup, self.tr("Lineup"))
        self.tabs.addTab(self.run_of_show, self.tr("Run-of-show"))
        self._extra_titles = {
            "promotions": self.tr("Promotions"),
            "tasks": self.tr("Preparation"),
            "risks": self.tr("Risks"),
        }
        for module, cls, key in EXTRA_PAGES:
            if _load_page_class(module, cls) is None:
                coming = QLabel(self.tr("Coming soon."), self.tabs)
                coming.setAlignment(Qt.AlignmentFlag.AlignCenter)
                self.tabs.addTab(coming, self._extra_titles[key])
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.tabs)
        rl.addWidget(self.stack, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 1000])

        ctx.shows_changed.connect(self.reload_shows)
        ctx.products_changed.connect(self._on_products_changed)
        ctx.current_show_changed.connect(self._on_ctx_current_show_changed)
        self._picker: ProductPickerDialog | None = None
        self.reload_shows()
        if ctx.current_show_id:
            self.select_show(ctx.current_show_id)
        elif self.show_table.rowCount():
            self.show_table.selectRow(0)
        else:
            self._set_show(None)

    # ---- editing ------------------------------------------------------------------------
    def undo_stack(self, show_id: int | None = None) -> QUndoStack:
        sid = show_id if show_id is not None else self.show_id
        assert sid is not None
        stack = self._stacks.get(sid)
        if stack is None:
            stack = QUndoStack(self.undo_group)
            stack.indexChanged.connect(self._on_undo_stack_index_changed)
            self._stacks[sid] = stack
        return stack

    def edit(self, text: str, fn: Callable[[Session], Any]) -> Any:
        """Run one edit of the current show through its undo stack; a refused edit says why."""
        if self.show_id is None:
            return None
        try:
            result = push_edit(self.undo_stack(), self.ctx.store, self.show_id, text, fn)
        except (ValueError, LookupError) as exc:
            self.show_message(self.tr("Not changed: {reason}").format(reason=exc))
            self.refresh()
            return None
        self.message.hide()
        return result

    def show_message(self, text: str) -> None:
        """A refusal, with its reason, shown above the tabs (never a blocking dialog)."""
        self.message.setText(text)
        self.message.show()
        self.ctx.status_message.emit(text)

    @Slot(int)
    def _on_undo_stack_index_changed(self, _index: int) -> None:
        self.refresh()

    # ---- shows list -----------------------------------------------------------------------
    @Slot()
    def reload_shows(self) -> None:
        with self.ctx.store.session() as s:
            shows = shows_core.list_shows(s, self.search.text())
            rows = [(sh.id, sh.scheduled_start, sh.title, sh.status, sh.platform) for sh in shows]
        labels = self.overview._status_labels()
        self.show_table.blockSignals(True)
        self.show_table.setRowCount(len(rows))
        selected_row = -1
        for r, (sid, start, title, status, platform) in enumerate(rows):
            date = start.astimezone().strftime("%Y-%m-%d %H:%M") if start else "—"
            cells = [date, title, platform or "—", labels.get(status, status)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, sid)
                item.setToolTip(text)
                self.show_table.setItem(r, c, item)
            if sid == self.show_id:
                selected_row = r
        if selected_row >= 0:
            self.show_table.selectRow(selected_row)
        self.show_table.blockSignals(False)

    def select_show(self, show_id: int) -> None:
        for r in range(self.show_table.rowCount()):
            if self.show_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == show_id:
                self.show_table.selectRow(r)
                return
        self._set_show(show_id)

    @Slot()
    def _on_show_table_selection_changed(self) -> None:
        rows = self.show_table.selectionModel().selectedRows()
        sid = (
            self.show_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole) if rows else None
        )
        if sid != self.show_id:
            self._set_show(sid)

    @Slot(int)
    def _on_ctx_current_show_changed(self, show_id: int) -> None:
        if show_id and show_id != self.show_id:
            self.reload_shows()
            self.select_show(show_id)

    def _set_show(self, show_id: int | None) -> None:
        self.show_id = show_id
        self.message.hide()
        if show_id is not None:
            self.undo_group.setActiveStack(self.undo_stack(show_id))
        else:
            self.undo_group.setActiveStack(None)  # type: ignore[arg-type]
        self._install_extra_pages()
        self.refresh()
        self.ctx.set_current_show(show_id)

    def _install_extra_pages(self) -> None:
        """Plan-B's pages take the show's undo stack when built, so they are rebuilt per show."""
        current = self.tabs.currentIndex()
        for module, cls_name, key in EXTRA_PAGES:
            cls = _load_page_class(module, cls_name)
            if cls is None:
                continue
            old = self._extra_pages.pop(key, None)
            index = 3 + [k for _m, _c, k in EXTRA_PAGES].index(key)
            if old is not None:
                self.tabs.removeTab(self.tabs.indexOf(old))
                old.deleteLater()
            if self.show_id is None:
                continue
            page = cls(self.ctx, self.undo_stack(), self.tabs)  # type: ignore[call-arg]
            signal = getattr(page, "plan_edited", None)
            if signal is not None:
                signal.connect(self._on_page_plan_edited)
            page.set_show(self.show_id)  # type: ignore[attr-defined]
            self._extra_pages[key] = page
            self.tabs.insertTab(min(index, self.tabs.count()), page, self._extra_titles[key])
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    @Slot()
    def _on_page_plan_edited(self) -> None:
        self._refresh_own_pages()

    def refresh(self) -> None:
        """Reload the selected show into every page (after any edit, undo or redo)."""
        self._refresh_own_pages()
        for page in self._extra_pages.values():
            refresh = getattr(page, "refresh", None)
            if refresh is not None:
                refresh()

    def _refresh_own_pages(self) -> None:
        with self.ctx.store.session() as s:
            show = s.get(Show, self.show_id) if self.show_id is not None else None
            if show is None and self.show_id is not None:
                self.show_id = None
            self.stack.setCurrentWidget(self.tabs if show is not None else self.empty_label)
            self.save_template_button.setEnabled(show is not None)
            self.action_duplicate.setEnabled(show is not None)
            self.delete_button.setEnabled(show is not None)
            self.overview.load(show)
            self.lineup.load(s, show)
            self.run_of_show.load(s, show)
            if show is not None:
                when = (
                    show.scheduled_start.astimezone().strftime("%Y-%m-%d %H:%M")
                    if show.scheduled_start
                    else self.tr("no date")
                )
                self.heading.setText(f"<b>{_html(show.title)}</b> · {when}")
                self._update_show_row(show)
                # other workspaces list shows too: tell them when what they show has changed
                header = (show.id, show.title, show.scheduled_start, show.status, show.platform)
                if (
                    self._last_header is not None
                    and self._last_header[0] == show.id
                    and self._last_header != header
                ):
                    self.ctx.shows_changed.emit()
                self._last_header = header
            else:
                self.heading.clear()

    def _update_show_row(self, show: Show) -> None:
        labels = self.overview._status_labels()
        for r in range(self.show_table.rowCount()):
            if self.show_table.item(r, 0).data(Qt.ItemDataRole.UserRole) == show.id:
                date = (
                    show.scheduled_start.astimezone().strftime("%Y-%m-%d %H:%M")
                    if show.scheduled_start
                    else "—"
                )
                cells = (
                    date,
                    show.title,
                    show.platform or "—",
                    labels.get(show.status, show.status),
                )
                for c, text in enumerate(cells):
                    self.show_table.item(r, c).setText(text)

    # ---- new / delete shows ---------------------------------------------------------------
    def open_new_show_dialog(self, mode: str) -> NewShowDialog:
        """Opens the dialog (window-modal, not blocking) and returns it."""
        templates: list[templates_core.Template] = []
        title, start = "", None
        if mode == "template":
            with self.ctx.store.session() as s:
                templates = templates_core.list_templates(s, ui_language())
        if mode == "duplicate":
            if self.show_id is None:
                raise RuntimeError("no show selected")
            with self.ctx.store.session() as s:
                src = s.get(Show, self.show_id)
                assert src is not None
                title = self.tr("Copy of {title}").format(title=src.title)
        if mode == "blank":
            title = self.tr("New show")
        dialog = NewShowDialog(mode, self, templates=templates, title=title, start=start)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._on_new_show_accepted(dialog))
        dialog.open()
        return dialog

    def _on_new_show_accepted(self, dialog: NewShowDialog) -> None:
        try:
            with self.ctx.store.transaction() as s:
                if dialog.mode == "template":
                    template = dialog.template()
                    assert template is not None
                    show = templates_core.create_from_template(
                        s, template, title=dialog.title(), scheduled_start=dialog.start_utc()
                    )
                elif dialog.mode == "duplicate":
                    assert self.show_id is not None
                    show = shows_core.duplicate_show(
                        s, self.show_id, title=dialog.title(), scheduled_start=dialog.start_utc()
                    )
                else:
                    show = shows_core.create_show(
                        s,
                        dialog.title(),
                        dialog.start_utc(),
                        currency=self.ctx.currency(),
                        language=ui_language(),
                    )
                new_id = show.id
        except ValueError as exc:
            self.show_message(self.tr("Show not created: {reason}").format(reason=exc))
            return
        self.ctx.shows_changed.emit()
        self.reload_shows()
        self.select_show(new_id)
        self.ctx.status_message.emit(self.tr("Show created."))

    @Slot()
    def _on_delete_clicked(self) -> None:
        if self.show_id is None:
            return
        with self.ctx.store.session() as s:
            show = s.get(Show, self.show_id)
            title = show.title if show else ""
        answer = QMessageBox.question(
            self,
            self.tr("Delete show"),
            self.tr(
                "Delete “{title}” with its lineup, run-of-show, promotions, tasks and risks? "
                "This cannot be undone."
            ).format(title=title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_show(self.show_id)

    def delete_show(self, show_id: int) -> None:
        with self.ctx.store.transaction() as s:
            shows_core.delete_show(s, show_id)
        stack = self._stacks.pop(show_id, None)
        if stack is not None:
            self.undo_group.removeStack(stack)
            stack.deleteLater()
        if self.show_id == show_id:
            self.show_id = None
            self.ctx.set_current_show(None)
        self.ctx.shows_changed.emit()
        self.reload_shows()
        if self.show_table.rowCount():
            self.show_table.selectRow(0)
        else:
            self._set_show(None)

    @Slot()
    def _on_save_template_clicked(self) -> None:
        if self.show_id is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Save as template"), self.tr("Template name:")
        )
        if ok and name.strip():
            self.save_as_template(name.strip())

    def save_as_template(self, name: str) -> bool:
        assert self.show_id is not None
        try:
            with self.ctx.store.transaction() as s:
                templates_core.save_as_template(s, self.show_id, name, ui_language())
        except ValueError as exc:
            self.show_message(self.tr("Template not saved: {reason}").format(reason=exc))
            return False
        self.ctx.status_message.emit(self.tr("Saved as template “{name}”.").format(name=name))
        return True

    # ---- lineup and draft -----------------------------------------------------------------
    def open_product_picker(self) -> ProductPickerDialog | None:
        if self.show_id is None:
            return None
        with self.ctx.store.session() as s:
            exclude = {
                i.product_id
                for i in lineup_core.ordered_lineup(s, self.show_id)
                if i.product_id is not None
            }
            show = s.get(Show, self.show_id)
            currency = show.currency if show else self.ctx.currency()
        dialog = ProductPickerDialog(self.ctx.store, currency, exclude, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.add_products(dialog.selected_product_ids()))
        dialog.destroyed.connect(self._on_picker_destroyed)
        self._picker = dialog
        dialog.open()
        return dialog

    @Slot()
    def _on_picker_destroyed(self) -> None:
        self._picker = None

    @Slot()
    def _on_products_changed(self) -> None:
        if self._picker is not None:
            self._picker.reload()
        self.refresh()

    def add_products(self, product_ids: list[int]) -> None:
        if self.show_id is None or not product_ids:
            return
        sid = self.show_id
        self.edit(
            self.tr("Add products to lineup"),
            lambda s: lineup_core.add_products(s, sid, product_ids),
        )

    def open_draft_dialog(self) -> DraftDialog | None:
        if self.show_id is None:
            return None
        with self.ctx.store.session() as s:
            show = s.get(Show, self.show_id)
            assert show is not None
            existing = len(show.segments)
            items = len(show.lineup)
            length = show.planned_duration_ms
        dialog = DraftDialog(draft_core.rules_text(), existing, length, items, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.draft_from_lineup)
        dialog.open()
        return dialog

    @Slot()
    def draft_from_lineup(self) -> None:
        if self.show_id is None:
            return
        sid = self.show_id
        self.edit(
            self.tr("Draft run-of-show from lineup"), lambda s: draft_core.apply_draft(s, sid)
        )
        self.tabs.setCurrentWidget(self.run_of_show)

    # ---- hooks ----------------------------------------------------------------------------
    def close_workspace(self) -> bool:
        """A field still being typed in is saved (its focus-out) before the window closes."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus):
            focus.clearFocus()
        return True

    def smoke(self) -> None:
        with self.ctx.store.session() as s:
            shows_core.list_shows(s)
        if not templates_core.builtin_templates():
            raise RuntimeError("no built-in show templates found")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
