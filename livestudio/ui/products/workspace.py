"""The Products workspace: the catalog table (sort, filter, edit in place with validation, add,
duplicate, delete with undo) and the Excel import / export flows."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, QItemSelectionModel, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.excel import (
    ImportCancelled,
    SheetError,
    apply_import,
    build_preview,
    export_products,
    list_sheets,
    load_for_import,
    remember_mapping,
)
from livestudio.core.excel.errors import ImportFailed
from livestudio.core.excel.product_import import ImportPreview, ImportSummary, LoadedSheet
from livestudio.core.products import FIELDS, ProductData, ProductError, ProductService, field_label
from livestudio.tasks import Cancelled, Task, run_task
from livestudio.ui.context import AppContext
from livestudio.ui.products.dialogs import MappingDialog, PreviewDialog, SheetChooserDialog
from livestudio.ui.products.model import ID_ROLE, ProductFilterProxy, ProductTableModel

log = logging.getLogger("livestudio.products")

IMPORT_SUFFIXES = {".xlsx", ".xlsm", ".csv", ".txt", ".tsv", ".xls", ".ods"}
COLUMN_WIDTHS = {
    "sku": 130,
    "name": 260,
    "category": 100,
    "list_price": 120,
    "cost": 110,
    "stock": 70,
    "selling_points": 300,
    "notes": 200,
}


class ProductTableView(QTableView):
    """The catalog table; dropping a spreadsheet file on it starts an import."""

    file_dropped = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)

    @staticmethod
    def _file_of(event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> str | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in IMPORT_SUFFIXES:
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._file_of(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802
        if self._file_of(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._file_of(event)
        if path:
            event.acceptProposedAction()
            self.file_dropped.emit(path)
        else:
            event.ignore()


# ---- undo -------------------------------------------------------------------------------------
class _EditCommand(QUndoCommand):
    def __init__(
        self, ws: ProductsWorkspace, pid: int, field: str, old: Any, new: Any, sku: str
    ) -> None:
        super().__init__(ws.tr("Edit {field} of {sku}").format(field=field_label(field), sku=sku))
        self.ws, self.pid, self.field, self.old, self.new = ws, pid, field, old, new
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.ws._write_values(self.pid, {self.field: self.new})

    def undo(self) -> None:
        self.ws._write_values(self.pid, {self.field: self.old})


class _AddCommand(QUndoCommand):
    def __init__(self, ws: ProductsWorkspace, product: ProductData, text: str) -> None:
        super().__init__(text)
        self.ws, self.product = ws, product
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self.ws._guarded(lambda: self.ws.service.restore([self.product]))

    def undo(self) -> None:
        assert self.product.id is not None
        pid = self.product.id
        self.ws._guarded(lambda: self.ws.service.delete([pid]))


class _DeleteCommand(QUndoCommand):
    def __init__(self, ws: ProductsWorkspace, ids: list[int], text: str) -> None:
        super().__init__(text)
        self.ws, self.ids = ws, ids
        self.deleted: list[ProductData] = []

    def redo(self) -> None:
        def run() -> None:
            self.deleted = self.ws.service.delete(self.ids)

        self.ws._guarded(run)

    def undo(self) -> None:
        self.ws._guarded(lambda: self.ws.service.restore(self.deleted))


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
        self._job: tuple[Task, QProgressDialog] | None = None
        self.mapping_dialog: MappingDialog | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.sheet_dialog: SheetChooserDialog | None = None
        self.message_box: QMessageBox | None = None
        self.last_summary: ImportSummary | None = None
        self._build()
        ctx.products_changed.connect(self._on_ctx_products_changed)
        self.reload()

    # ---- layout ----------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by SKU, name, category, selling points or notes…")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter products"))
        self.filter_edit.setMinimumWidth(280)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        bar.addWidget(self.filter_edit, 2)
        self.category_combo = QComboBox(self)
        self.category_combo.setAccessibleName(self.tr("Category filter"))
        self.category_combo.setMinimumWidth(150)
        self.category_combo.currentIndexChanged.connect(self._on_category_combo_changed)
        bar.addWidget(self.category_combo)
        bar.addStretch(1)

        def button(text: str, tip: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton(text, self)
            b.setToolTip(tip)
            b.clicked.connect(slot)
            bar.addWidget(b)
            return b

        self.add_button = button(
            self.tr("&Add"), self.tr("Add a product (Ctrl+N)"), self.add_product
        )
        self.duplicate_button = button(
            self.tr("D&uplicate"),
            self.tr("Copy the selected product with a new SKU (Ctrl+D)"),
            self.duplicate_selected,
        )
        self.delete_button = button(
            self.tr("&Delete"),
            self.tr("Delete the selected products (Del); Ctrl+Z undoes"),
            self.delete_selected,
        )
        self.import_button = button(
            self.tr("&Import…"),
            self.tr("Import products from an .xlsx or .csv file"),
            self.start_import,
        )
        self.export_button = button(
            self.tr("E&xport…"), self.tr("Export all products to .xlsx or .csv"), self.start_export
        )
        layout.addLayout(bar)

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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for i, f in enumerate(FIELDS):
            self.table.setColumnWidth(i, COLUMN_WIDTHS[f])
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
        cats = self.service.categories()
        current = self.category_combo.currentData()
        self.category_combo.blockSignals(True)
        self.category_combo.clear()
        self.category_combo.addItem(self.tr("All categories"), None)
        for c in cats:
            self.category_combo.addItem(c, c)
        idx = self.category_combo.findData(current) if current else 0
        self.category_combo.setCurrentIndex(max(idx, 0))
        self.category_combo.blockSignals(False)
        self.proxy.set_category(self.category_combo.currentData())
        self.proxy.sort(self.proxy.sortColumn(), self.proxy.sortOrder())
        if selected:
            self.select_ids(selected)
        self._update_counts()

    def _update_counts(self) -> None:
        total = self.model.rowCount()
        shown = self.proxy.rowCount()
        if shown == total:
            text = self.tr("{n} products").format(n=total)
        else:
            text = self.tr("Showing {shown} of {n} products").format(shown=shown, n=total)
        self.count_label.setText(text)
        self.empty_hint.setVisible(total == 0)
        self._update_buttons()

    @Slot()
    def _update_buttons(self) -> None:
        has_sel = bool(self.selected_ids())
        busy = self._job is not None
        self.duplicate_button.setEnabled(has_sel)
        self.delete_button.setEnabled(has_sel)
        self.import_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy)

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

    def _warn(self, title: str, text: str) -> None:
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
            _EditCommand(self, pid, field, before.value(field), after.value(field), after.sku)
        )
        self.model.replace_product(after)
        self._update_counts()
        self._emit_changed()
        return None

    def _write_values(self, pid: int, values: dict[str, Any]) -> None:
        try:
            self.service.set_values(pid, values)
            product = self.service.get(pid)
        except ProductError as exc:
            self.show_problem(self.tr("Could not undo or redo: {reason}").format(reason=exc))
            return
        self.model.replace_product(product)
        self._emit_changed()

    def _guarded(self, fn: Callable[[], Any]) -> None:
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
            _AddCommand(self, product, self.tr("Add {sku}").format(sku=product.sku))
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
            _AddCommand(self, copy, self.tr("Duplicate as {sku}").format(sku=copy.sku))
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

    def _shows_using(self, product_ids: list[int]) -> list[str]:
        """Titles of the shows whose lineup uses any of these products (asked before deleting)."""
        from livestudio.core.plan.shows import shows_using_product

        titles: list[str] = []
        with self.ctx.store.session() as s:
            for pid in product_ids:
                for show in shows_using_product(s, pid):
                    if show.title not in titles:
                        titles.append(show.title)
        return titles

    @Slot()
    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        row = self.model.row_of(ids[0])
        first = self.model.product(row).name if row is not None else ""
        if not self.confirm_delete(len(ids), first or "?", self._shows_using(ids)):
            return
        text = self.tr("Delete {n} products").format(n=len(ids))
        self.undo_stack.push(_DeleteCommand(self, ids, text))
        self.show_info(
            self.tr("Deleted {n} products. Press Ctrl+Z to bring them back.").format(n=len(ids))
        )

    @Slot(str)
    def _on_filter_edit_text_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_counts()

    @Slot(int)
    def _on_category_combo_changed(self, _index: int) -> None:
        self.proxy.set_category(self.category_combo.currentData())
        self._update_counts()

    # ---- background jobs -------------------------------------------------------------
    def _run_job(
        self, label: str, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None]
    ) -> None:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Products"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setMinimumWidth(380)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def progressed(done: int, total: int) -> None:
            if total > 0:
                dialog.setMaximum(total)
                dialog.setValue(min(done, total))

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            self._job = None
            self._update_buttons()

        def ok(result: Any) -> None:
            finish()
            on_result(result)

        def failed(exc: BaseException) -> None:
            finish()
            self._on_job_failed(exc)

        task = run_task(
            fn, *args, with_progress=True, on_result=ok, on_error=failed, on_progress=progressed
        )
        dialog.canceled.connect(task.cancel)
        self._job = (task, dialog)
        self._update_buttons()

    def busy(self) -> bool:
        return self._job is not None

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job[0].cancel()

    def _on_job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled | Cancelled):
            self.show_info(self.tr("Cancelled; nothing was changed."))
            return
        if isinstance(exc, SheetError | ImportFailed):
            self._warn(self.tr("Cannot import"), str(exc))
            return
        if isinstance(exc, OSError):
            self._warn(
                self.tr("File problem"),
                self.tr("{file}: {reason}").format(
                    file=getattr(exc, "filename", "") or "", reason=exc.strerror or exc
                ),
            )
            return
        raise exc  # a bug: the crash handler shows it

    # ---- import ----------------------------------------------------------------------
    @Slot()
    def start_import(self) -> None:
        """File ▸ Import products…: choose a file, then the import flow."""
        if self._job is not None:
            return
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import products"),
            QDir.homePath(),
            self.tr("Spreadsheets (*.xlsx *.xlsm *.csv);;All files (*)"),
        )
        if path:
            self.import_file(path)

    @Slot(str)
    def import_file(self, path: str, sheet: str | None = None) -> None:
        """Import `path`: sheet chooser when it has several, mapping when needed, then the preview."""
        if self._job is not None:
            return
        self.banner.hide()
        if sheet is None:
            try:
                sheets = list_sheets(path)
            except SheetError as exc:
                self._warn(self.tr("Cannot import"), str(exc))
                return
            if len(sheets) > 1:
                dlg = SheetChooserDialog(Path(path).name, sheets, self)
                dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dlg.accepted.connect(lambda: self.import_file(path, dlg.sheet()))
                dlg.finished.connect(lambda _r: setattr(self, "sheet_dialog", None))
                self.sheet_dialog = dlg
                dlg.open()
                return
        currency = self.ctx.currency()
        self._run_job(
            self.tr("Reading {file}…").format(file=Path(path).name),
            _load_job,
            self.ctx.store,
            path,
            sheet,
            currency,
            on_result=self._on_loaded,
        )

    def _on_loaded(self, result: tuple[LoadedSheet, ImportPreview | None]) -> None:
        loaded, preview = result
        if preview is not None:
            self._show_preview(preview, loaded)
        else:
            self._open_mapping(loaded, loaded.mapping)

    def _open_mapping(self, loaded: LoadedSheet, mapping: dict[str, int]) -> None:
        dlg = MappingDialog(loaded.data.where, loaded.data.headers, mapping, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            chosen = dlg.mapping()
            if dlg.remember.isChecked():
                remember_mapping(self.ctx.store, loaded.data.signature, chosen)
            self._run_job(
                self.tr("Checking rows…"),
                _preview_job,
                self.ctx.store,
                loaded,
                chosen,
                self.ctx.currency(),
                on_result=lambda p: self._show_preview(p, loaded),
            )

        dlg.accepted.connect(accepted)
        dlg.rejected.connect(
            lambda: self.show_info(self.tr("Import cancelled; nothing was changed."))
        )
        dlg.finished.connect(lambda _r: setattr(self, "mapping_dialog", None))
        self.mapping_dialog = dlg
        dlg.open()

    def _show_preview(self, preview: ImportPreview, loaded: LoadedSheet) -> None:
        dlg = PreviewDialog(preview, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._apply(preview))
        dlg.rejected.connect(
            lambda: self.show_info(self.tr("Import cancelled; nothing was changed."))
        )
        dlg.remap_requested.connect(lambda: self._open_mapping(loaded, preview.mapping))
        dlg.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
        self.preview_dialog = dlg
        dlg.open()

    def _apply(self, preview: ImportPreview) -> None:
        self._run_job(
            self.tr("Importing {n} rows…").format(n=preview.valid_count),
            _apply_job,
            self.ctx.store,
            preview,
            on_result=self._on_imported,
        )

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
        if self._job is not None:
            return
        suggested = str(Path(QDir.homePath()) / f"products-{date.today():%Y%m%d}.xlsx")
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
        if self._job is not None:
            return
        self._run_job(
            self.tr("Writing {file}…").format(file=Path(path).name),
            _export_job,
            self.ctx.store,
            path,
            self.ctx.currency(),
            on_result=lambda n: self._on_exported(path, n),
        )

    def _on_exported(self, path: str, count: int) -> None:
        self.show_info(self.tr("Exported {n} products to {path}").format(n=count, path=path))
        self.export_finished.emit(path)

    # ---- hooks -----------------------------------------------------------------------
    def smoke(self) -> None:
        if self.model.rowCount() != self.service.count():
            raise RuntimeError("products table does not match the store")

    def close_workspace(self) -> bool:
        self.cancel_job()
        return True


# ---- jobs (run on a worker thread; no widgets here) -----------------------------------------------
def _load_job(
    store: Any, path: str, sheet: str | None, currency: str, progress: Any, cancelled: Any
) -> tuple[LoadedSheet, ImportPreview | None]:
    loaded = load_for_import(store, path, sheet, progress=progress, cancelled=cancelled)
    if loaded.missing:
        return loaded, None
    return loaded, build_preview(store, loaded.data, loaded.mapping, currency, progress, cancelled)


def _preview_job(
    store: Any,
    loaded: LoadedSheet,
    mapping: dict[str, int],
    currency: str,
    progress: Any,
    cancelled: Any,
) -> ImportPreview:
    return build_preview(store, loaded.data, mapping, currency, progress, cancelled)


def _apply_job(store: Any, preview: ImportPreview, progress: Any, cancelled: Any) -> ImportSummary:
    return apply_import(store, preview, progress=progress, cancelled=cancelled)


def _export_job(store: Any, path: str, currency: str, progress: Any, cancelled: Any) -> int:
    return export_products(store, path, currency, progress=progress, cancelled=cancelled)
