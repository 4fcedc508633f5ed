"""The Products workspace: the catalog table (sort, filter, edit in place with validation, add,
duplicate, delete with undo) and the Excel import / export flows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.db import Store
from livestudio.core.excel import ImportCancelled, SheetError, export_products
from livestudio.core.excel.errors import ImportFailed
from livestudio.core.excel.product_import import ImportSummary
from livestudio.core.products import FIELDS, ProductData, ProductError, ProductService, field_label
from livestudio.tasks import Cancelled
from livestudio.ui.context import AppContext
from livestudio.ui.products.commands import AddCommand, DeleteCommand, EditCommand
from livestudio.ui.products.dialogs import MappingDialog, PreviewDialog, SheetChooserDialog
from livestudio.ui.products.importing import ImportFlow
from livestudio.ui.products.model import ID_ROLE, ProductFilterProxy, ProductTableModel
from livestudio.ui.products.toolbar import ProductsToolbar
from livestudio.ui.products.view import ProductTableView
from livestudio.ui.widgets.columns import FIT, Col, apply_columns
from livestudio.ui.widgets.exported import announce_export
from livestudio.ui.widgets.jobs import Job, run_job
from livestudio.ui.widgets.open_table import choose_table_file

log = logging.getLogger("livestudio.products")

# Key columns fit their content; the product name stretches; free text elides (full text in
# the tooltip).
COLUMN_POLICY = {
    "sku": FIT,
    "name": Col.stretch(220),
    "category": FIT,
    "list_price": FIT,
    "cost": FIT,
    "stock": FIT,
    "selling_points": Col.elide(240),
    "notes": Col.elide(160),
}


# ---- the workspace ------------------------------------------------------------------------------
class ProductsWorkspace(QWidget):
    import_finished = Signal(object)  # ImportSummary
    export_finished = Signal(str)  # path

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductsWorkspace")
        self.ctx = ctx
        self.service = ProductService(ctx.store, ctx.currency())
        self.undo_stack = QUndoStack(self)
        self._own_change = False
        self.job: Job | None = None
        self.message_box: QMessageBox | None = None
        self.export_notice: QMessageBox | None = None
        self.last_summary: ImportSummary | None = None
        self.importer = ImportFlow(self, self)
        self.importer.imported.connect(self._on_imported)
        self._build()
        ctx.products_changed.connect(self._on_ctx_products_changed)
        self.reload()

    # ---- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.toolbar = ProductsToolbar(self)
        tb = self.toolbar
        self.filter_edit, self.category_combo = tb.filter_edit, tb.category_combo
        self.add_button, self.duplicate_button = tb.add_button, tb.duplicate_button
        self.delete_button = tb.delete_button
        self.import_button, self.export_button = tb.import_button, tb.export_button
        tb.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        tb.category_combo.currentIndexChanged.connect(self._on_category_combo_changed)
        tb.add_clicked.connect(self.add_product)
        tb.duplicate_clicked.connect(self.duplicate_selected)
        tb.delete_clicked.connect(self.delete_selected)
        tb.import_clicked.connect(self.start_import)
        tb.export_clicked.connect(self.start_export)
        layout.addWidget(tb)

        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("productsBanner")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        layout.addWidget(self.banner)

        self.model = ProductTableModel(self.ctx.currency, self)
        self.model.edit_handler = self._edit_cell
        self.proxy = ProductFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = ProductTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.verticalHeader().setVisible(False)
        apply_columns(self.table, {FIELDS.index(f): rule for f, rule in COLUMN_POLICY.items()})
        self.table.setAccessibleName(self.tr("Products"))
        self.table.file_dropped.connect(self.import_file)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)

        self.empty_hint = QLabel(
            self.tr(
                "No products yet. Click Add, use File ▸ Import products…, or drop an .xlsx or .csv "
                "file on the table. Column names in English or Chinese (SKU / 商品编码, Name / 商品名称, "
                "Price / 售价 …) are recognised."
            ),
            self,
        )
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty_hint)

        self.count_label = QLabel(self)
        layout.addWidget(self.count_label)

        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        for keys, slot in (
            (QKeySequence.StandardKey.Delete, self.delete_selected),
            (QKeySequence.StandardKey.New, self.add_product),
            (QKeySequence(self.tr("Ctrl+D")), self.duplicate_selected),
            (QKeySequence.StandardKey.Find, self.filter_edit.setFocus),
        ):
            act = QAction(self)
            act.setShortcut(keys)
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)

    # ---- contents --------------------------------------------------------------------
    def reload(self) -> None:
        self.service.currency = self.ctx.currency()
        selected = set(self.selected_ids())
        self.model.set_products(self.service.products())
        self.toolbar.set_categories(self.service.categories(), self.tr("All categories"))
        self.proxy.set_category(self.toolbar.category())
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        if selected:
            self.select_ids(selected)
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("{n} products").format(n=fmt.number(total))
        else:
            text = self.tr("Showing {shown} of {n} products").format(
                shown=fmt.number(shown), n=fmt.number(total)
            )
        self.count_label.setText(text)
        self.empty_hint.setVisible(total == 0)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        self.toolbar.set_enabled_for(bool(self.selected_ids()), self.job is not None)

    def selected_ids(self) -> list[int]:
        sel = self.table.selectionModel()
        if sel is None:
            return []
        return [int(i.data(ID_ROLE)) for i in sel.selectedRows()]

    def select_ids(self, ids: set[int] | list[int], edit_field: str | None = None) -> None:
        sel = self.table.selectionModel()
        sel.clearSelection()
        first: QModelIndex | None = None
        for pid in ids:
            row = self.model.row_of(pid)
            if row is None:
                continue
            idx = self.proxy.mapFromSource(self.model.index(row, 0))
            if not idx.isValid():
                continue
            sel.select(
                idx,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )
            first = first or idx
        if first is not None:
            column = FIELDS.index(edit_field) if edit_field else 0
            target = first.siblingAtColumn(column)
            sel.setCurrentIndex(target, QItemSelectionModel.SelectionFlag.NoUpdate)
            self.table.scrollTo(target)
            if edit_field:
                self.table.edit(target)

    def proxy_index(self, product_id: int, field: str) -> QModelIndex:
        """Where a product's cell is in the table as shown (tests and keyboard helpers)."""
        row = self.model.row_of(product_id)
        if row is None:
            return QModelIndex()
        return self.proxy.mapFromSource(self.model.index(row, FIELDS.index(field)))

    def _emit_changed(self) -> None:
        self._own_change = True
        try:
            self.ctx.products_changed.emit()
        finally:
            self._own_change = False

    @Slot()
    def _on_ctx_products_changed(self) -> None:
        if not self._own_change:
            self.reload()

    # ---- messages --------------------------------------------------------------------
    def show_problem(self, text: str) -> None:
        self.banner.setStyleSheet(
            "QLabel { background: #FDECEA; color: #7A1C14; padding: 6px; border-radius: 4px; }"
        )
        self.banner.setText(text)
        self.banner.show()

    def show_info(self, text: str) -> None:
        self.banner.setStyleSheet(
            "QLabel { background: #E8F4EA; color: #1D4F2A; padding: 6px; border-radius: 4px; }"
        )
        self.banner.setText(text)
        self.banner.show()
        self.ctx.status_message.emit(text)

    def warn(self, title: str, text: str) -> None:
        """A non-blocking warning box (and the same text in the banner)."""
        self.show_problem(text)
        if self.message_box is not None:
            self.message_box.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "message_box", None))
        self.message_box = box
        box.open()

    # ---- editing ---------------------------------------------------------------------
    def _edit_cell(self, pid: int, field: str, text: str) -> str | None:
        self.service.currency = self.ctx.currency()
        try:
            before, after = self.service.update_field(pid, field, text)
        except ProductError as exc:
            self.show_problem(
                self.tr("{field} was not changed: {reason}").format(
                    field=field_label(field), reason=exc
                )
            )
            return str(exc)
        if before.value(field) == after.value(field):
            return None
        self.banner.hide()
        self.undo_stack.push(
            EditCommand(self, pid, field, before.value(field), after.value(field), after.sku)
        )
        self.model.replace_product(after)
        self._update_counts()
        self._emit_changed()
        return None

    def write_values(self, pid: int, values: dict[str, Any]) -> None:
        """Set fields of one product (undo / redo of an edit) and show the stored result."""
        try:
            self.service.set_values(pid, values)
            product = self.service.get(pid)
        except ProductError as exc:
            self.show_problem(self.tr("Could not undo or redo: {reason}").format(reason=exc))
            return
        self.model.replace_product(product)
        self._emit_changed()

    def guarded(self, fn: Callable[[], Any]) -> None:
        """Run a service call of an undo command; a refusal goes to the banner."""
        try:
            fn()
        except ProductError as exc:
            self.show_problem(self.tr("Could not undo or redo: {reason}").format(reason=exc))
        self.reload()
        self._emit_changed()

    @Slot()
    def add_product(self) -> None:
        self.filter_edit.clear()
        self.category_combo.setCurrentIndex(0)
        product = self.service.add(
            ProductData(id=None, sku=self.service.suggest_sku(), name=self.tr("New product"))
        )
        self.undo_stack.push(
            AddCommand(self, product, self.tr("Add {sku}").format(sku=product.sku))
        )
        self.reload()
        self._emit_changed()
        assert product.id is not None
        self.select_ids([product.id], edit_field="sku")

    @Slot()
    def duplicate_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        try:
            copy = self.service.duplicate(ids[0])
        except ProductError as exc:
            self.show_problem(str(exc))
            return
        self.undo_stack.push(
            AddCommand(self, copy, self.tr("Duplicate as {sku}").format(sku=copy.sku))
        )
        self.reload()
        self._emit_changed()
        assert copy.id is not None
        self.select_ids([copy.id], edit_field="sku")

    def confirm_delete(self, count: int, first: str, used_by: list[str] | None = None) -> bool:
        text = (
            self.tr("Delete {name}?").format(name=first)
            if count == 1
            else self.tr("Delete {n} products?").format(n=count)
        )
        if used_by:
            shown = "\n".join(f"• {title}" for title in used_by[:5])
            if len(used_by) > 5:
                shown += "\n" + self.tr("… and {n} more").format(n=len(used_by) - 5)
            text += (
                "\n\n"
                + self.tr(
                    "These shows plan with it; they keep their own copy of its name and prices:"
                )
                + "\n"
                + shown
            )
        answer = QMessageBox.question(
            self,
            self.tr("Delete products"),
            text + "\n\n" + self.tr("You can undo this with Ctrl+Z."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.model.row_of(ids[0])
        first = self.model.product(row).name if row is not None else ""
        if not self.confirm_delete(len(ids), first or "?", self.service.shows_using(ids)):
            return
        text = self.tr("Delete {n} products").format(n=len(ids))
        self.undo_stack.push(DeleteCommand(self, ids, text))
        self.show_info(
            self.tr("Deleted {n} products. Press Ctrl+Z to bring them back.").format(n=len(ids))
        )

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()

    @Slot(int)
    def _on_category_combo_changed(self, _index: int) -> None:
        self.proxy.set_category(self.toolbar.category())
        self._update_counts()

    # ---- background jobs (ImportFlow's host too) -------------------------------------
    def widget(self) -> QWidget:
        return self

    def store(self) -> Store:
        return self.ctx.store

    def currency(self) -> str:
        return self.ctx.currency()

    def run(
        self, label: str, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None]
    ) -> None:
        """One job at a time through the shared runner; import and export wait for it."""
        self.job = run_job(
            self,
            label,
            fn,
            *args,
            title=self.tr("Products"),
            on_result=on_result,
            on_error=self._on_job_failed,
        )
        self.job.finished.connect(self._on_job_finished)
        self._update_buttons()

    @Slot()
    def _on_job_finished(self) -> None:
        self.job = None
        self._update_buttons()

    def busy(self) -> bool:
        return self.job is not None

    def cancel_job(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _on_job_failed(self, exc: BaseException) -> None:
        self.job = None  # before the message: a new import may start from it
        self._update_buttons()
        if isinstance(exc, ImportCancelled | Cancelled):
            self.show_info(self.tr("Cancelled; nothing was changed."))
            return
        if isinstance(exc, SheetError | ImportFailed):
            self.warn(self.tr("Cannot import"), str(exc))
            return
        if isinstance(exc, OSError):
            self.warn(
                self.tr("File problem"),
                self.tr("{file}: {reason}").format(
                    file=getattr(exc, "filename", "") or "", reason=exc.strerror or exc
                ),
            )
            return
        raise exc  # a bug: the crash handler shows it

    # ---- import ----------------------------------------------------------------------
    @property
    def mapping_dialog(self) -> MappingDialog | None:
        return self.importer.mapping_dialog

    @property
    def preview_dialog(self) -> PreviewDialog | None:
        return self.importer.preview_dialog

    @property
    def sheet_dialog(self) -> SheetChooserDialog | None:
        return self.importer.sheet_dialog

    @Slot()
    def start_import(self) -> None:
        """File ▸ Import products…: choose a file, then the import flow."""
        if self.job is not None:
            return
        path = choose_table_file(self, self.tr("Import products"))
        if path is not None:
            self.import_file(str(path))

    @Slot(str)
    def import_file(self, path: str, sheet: str | None = None) -> None:
        """Import `path`: sheet chooser when it has several, mapping when needed, then the preview."""
        if self.job is not None:
            return
        self.banner.hide()
        self.importer.start(path, sheet)

    def _on_imported(self, summary: ImportSummary) -> None:
        self.last_summary = summary
        self.undo_stack.clear()  # row ids and values changed underneath the earlier edits
        self.reload()
        self._emit_changed()
        text = self.tr("Imported: {summary}.").format(summary=summary.line())
        if summary.rejected:
            text += " " + self.tr("Rejected rows were skipped: {first}{more}").format(
                first=summary.rejected[0],
                more=self.tr(" (and {n} more)").format(n=len(summary.rejected) - 1)
                if len(summary.rejected) > 1
                else "",
            )
        self.show_info(text)
        self.import_finished.emit(summary)

    # ---- export ----------------------------------------------------------------------
    @Slot()
    def start_export(self) -> None:
        """File ▸ Export products…: choose where, then write in the background."""
        if self.job is not None:
            return
        suggested = str(Path(QDir.homePath()) / f"products-{fmt.file_stamp()}.xlsx")
        xlsx = self.tr("Excel workbook (*.xlsx)")
        csv = self.tr("CSV, UTF-8 (*.csv)")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export products"), suggested, f"{xlsx};;{csv}"
        )
        if not path:
            return
        p = Path(path)
        if p.suffix.lower() not in (".xlsx", ".csv"):
            p = p.with_suffix(".csv" if chosen == csv else ".xlsx")
        self.export_to(str(p))

    def export_to(self, path: str) -> None:
        if self.job is not None:
            return
        self.run(
            self.tr("Writing {file}…").format(file=Path(path).name),
            export_job,
            self.ctx.store,
            path,
            self.ctx.currency(),
            on_result=lambda n: self._on_exported(path, n),
        )

    def _on_exported(self, path: str, count: int) -> None:
        self.show_info(
            self.tr("Exported {n} products to {path}").format(n=fmt.number(count), path=path)
        )
        self.export_notice = announce_export(self, path)
        self.export_finished.emit(path)

    # ---- hooks -----------------------------------------------------------------------
    def smoke(self) -> None:
        if self.model.rowCount() != self.service.count():
            raise RuntimeError("products table does not match the store")

    def close_workspace(self) -> bool:
        self.cancel_job()
        return True


def export_job(store: Store, path: str, currency: str, progress: Any, cancelled: Any) -> int:
    """Write the catalog (worker thread; no widgets)."""
    return export_products(store, path, currency, progress=progress, cancelled=cancelled)
