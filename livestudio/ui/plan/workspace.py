"""The Plan workspace: the list of shows on the left, the selected show's plan in tabs on the right.

Every edit is stored as it is made and goes through one QUndoStack per show (see `undo.py`),
so Ctrl+Z / Ctrl+Y work across the whole plan of a show — overview, lineup, run-of-show and the
promotion, preparation and risk pages.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.i18n import ui_language
from livestudio.core.plan import draft as draft_core
from livestudio.core.plan import templates as templates_core
from livestudio.core.plan.service import PlanService, ShowOverview
from livestudio.core.plan.shows import ShowService
from livestudio.ui.compliance.plan_page import CompliancePage
from livestudio.ui.context import AppContext
from livestudio.ui.plan.dialogs import DraftDialog, NewShowDialog, ProductPickerDialog
from livestudio.ui.plan.edit_page import PlanEditPage
from livestudio.ui.plan.lineup_page import LineupPage
from livestudio.ui.plan.overview import OverviewPage
from livestudio.ui.plan.promotions_page import PromotionsPage
from livestudio.ui.plan.risks_page import RisksPage
from livestudio.ui.plan.run_of_show_page import RunOfShowPage
from livestudio.ui.plan.shows_panel import ShowTable
from livestudio.ui.plan.tables import tone
from livestudio.ui.plan.tasks_page import TasksPage
from livestudio.ui.plan.undo import PlanOp, run_op

log = logging.getLogger("livestudio.plan")

# The tabs after Overview / Lineup / Run-of-show, built per show with its undo stack: tab key -> page
EXTRA_PAGES: tuple[tuple[str, type[PlanEditPage]], ...] = (
    ("promotions", PromotionsPage),
    ("tasks", TasksPage),
    ("risks", RisksPage),
    ("compliance", CompliancePage),
)


class PlanWorkspace(QWidget):
    def _obs_scenes(self) -> list[str]:
        """OBS's scenes for the run-of-show's scene column (none when OBS is not linked)."""
        if not self.ctx.obs_configured:
            return []
        return list(self.ctx.obs_link().scenes)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.plan = PlanService(ctx.store)
        self.shows = ShowService(ctx.store)
        self.show_id: int | None = None
        self._stacks: dict[int, QUndoStack] = {}
        self.undo_group = QUndoGroup(self)
        self._extra_pages: dict[str, PlanEditPage] = {}
        self._last_header: tuple[Any, ...] | None = None

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        # ---- left: the shows
        left = QWidget(splitter)
        left.setMinimumWidth(260)
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
        self.show_table = ShowTable(left)
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
        self.message.setStyleSheet(f"color: {tone('bad').name()};")
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
        self.run_of_show = RunOfShowPage(
            self.edit,
            self.tabs,
            scenes=self._obs_scenes,
            obs_linked=lambda: self.ctx.obs_configured,
        )
        self.run_of_show.draft_requested.connect(self.open_draft_dialog)
        self.tabs.addTab(self.overview, self.tr("Overview"))
        self.tabs.addTab(self.lineup, self.tr("Lineup"))
        self.tabs.addTab(self.run_of_show, self.tr("Run-of-show"))
        self._extra_titles = {
            "promotions": self.tr("Promotions"),
            "tasks": self.tr("Preparation"),
            "risks": self.tr("Risks"),
            "compliance": self.tr("Compliance"),
        }
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(self.tabs)
        rl.addWidget(self.stack, 1)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([290, 990])

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

    def edit(self, text: str, op: PlanOp) -> Any:
        """Run one edit of the current show through its undo stack; a refused edit says why."""
        if self.show_id is None:
            return None
        try:
            result = run_op(self.undo_stack(), self.plan, text, op)
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
        self.show_table.fill(self.shows.picker(self.search.text()), self.show_id)

    def select_show(self, show_id: int) -> None:
        if not self.show_table.select_id(show_id):
            self._set_show(show_id)

    @Slot()
    def _on_show_table_selection_changed(self) -> None:
        sid = self.show_table.selected_id()
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
        """These pages take the show's undo stack when built, so they are rebuilt per show."""
        current = self.tabs.currentIndex()
        for n, (key, cls) in enumerate(EXTRA_PAGES):
            old = self._extra_pages.pop(key, None)
            if old is not None:
                self.tabs.removeTab(self.tabs.indexOf(old))
                old.deleteLater()
            if self.show_id is None:
                continue
            page = cls(self.ctx, self.undo_stack(), self.tabs)
            page.plan_edited.connect(self._on_page_plan_edited)
            page.set_show(self.show_id)
            self._extra_pages[key] = page
            self.tabs.insertTab(min(3 + n, self.tabs.count()), page, self._extra_titles[key])
        if 0 <= current < self.tabs.count():
            self.tabs.setCurrentIndex(current)

    @Slot()
    def _on_page_plan_edited(self) -> None:
        self._refresh_own_pages()

    def refresh(self) -> None:
        """Reload the selected show into every page (after any edit, undo or redo)."""
        self._refresh_own_pages()
        for page in self._extra_pages.values():
            page.refresh()

    def _refresh_own_pages(self) -> None:
        show = self.plan.overview(self.show_id)
        if show is None and self.show_id is not None:
            self.show_id = None
        sid = show.id if show is not None else None
        self.stack.setCurrentWidget(self.tabs if show is not None else self.empty_label)
        self.save_template_button.setEnabled(show is not None)
        self.action_duplicate.setEnabled(show is not None)
        self.delete_button.setEnabled(show is not None)
        self.overview.load(show)
        self.lineup.load(self.plan.lineup(sid) if sid is not None else None, sid)
        self.run_of_show.load(self.plan.run_of_show(sid) if sid is not None else None, sid)
        if show is None:
            self.heading.clear()
            return
        when = (
            fmt.datetime_text(show.scheduled_start) if show.scheduled_start else self.tr("no date")
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

    def _update_show_row(self, show: ShowOverview) -> None:
        self.show_table.update_row(
            show.id, show.scheduled_start, show.title, show.platform, show.status
        )

    # ---- new / delete shows ---------------------------------------------------------------
    def open_new_show_dialog(self, mode: str) -> NewShowDialog:
        """Opens the dialog (window-modal, not blocking) and returns it."""
        templates: list[templates_core.Template] = []
        title, start = "", None
        if mode == "template":
            templates = self.plan.templates(ui_language())
        if mode == "duplicate":
            src = self.plan.overview(self.show_id)
            if src is None:
                raise RuntimeError("no show selected")
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
            if dialog.mode == "template":
                template = dialog.template()
                assert template is not None
                new_id = self.plan.create_from_template(
                    template, title=dialog.title(), scheduled_start=dialog.start_utc()
                )
            elif dialog.mode == "duplicate":
                assert self.show_id is not None
                new_id = self.plan.duplicate_show(
                    self.show_id, title=dialog.title(), scheduled_start=dialog.start_utc()
                )
            else:
                new_id = self.plan.create_show(
                    dialog.title(),
                    dialog.start_utc(),
                    currency=self.ctx.currency(),
                    language=ui_language(),
                )
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
        show = self.plan.overview(self.show_id)
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
        self.plan.delete_show(show_id)
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
            self.plan.save_as_template(self.show_id, name, ui_language())
        except ValueError as exc:
            self.show_message(self.tr("Template not saved: {reason}").format(reason=exc))
            return False
        self.ctx.status_message.emit(self.tr("Saved as template “{name}”.").format(name=name))
        return True

    # ---- lineup and draft -----------------------------------------------------------------
    def open_product_picker(self) -> ProductPickerDialog | None:
        if self.show_id is None:
            return None
        exclude = self.plan.lineup_product_ids(self.show_id)
        show = self.plan.overview(self.show_id)
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
            lambda plan: plan.add_products(sid, product_ids),
        )

    def open_draft_dialog(self) -> DraftDialog | None:
        if self.show_id is None:
            return None
        show = self.plan.overview(self.show_id)
        if show is None:
            return None
        dialog = DraftDialog(
            draft_core.rules_text(),
            show.segment_count,
            show.planned_duration_ms,
            show.lineup_count,
            self,
            lessons=self.plan.draft_lessons(self.show_id),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.draft_from_lineup(dialog.chosen_lessons()))
        dialog.open()
        return dialog

    def draft_from_lineup(self, lessons: Sequence[str] = ()) -> None:
        if self.show_id is None:
            return
        sid, keys = self.show_id, list(lessons)
        self.edit(
            self.tr("Draft run-of-show from lineup"),
            lambda plan: plan.draft_from_lineup(sid, keys),
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
        self.shows.picker()
        if not templates_core.builtin_templates():
            raise RuntimeError("no built-in show templates found")


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
