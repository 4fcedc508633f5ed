"""The product import flow: which sheet, which columns (when a required one is not recognised),
then the preview; nothing is written before "Import N valid rows". Reading, checking and
writing run as jobs on the host's runner; the work itself is in core/excel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from livestudio.core.db import Store
from livestudio.core.excel import (
    SheetError,
    apply_import,
    build_preview,
    list_sheets,
    load_for_import,
    remember_mapping,
)
from livestudio.core.excel.product_import import ImportPreview, ImportSummary, LoadedSheet
from livestudio.ui.products.dialogs import MappingDialog, PreviewDialog, SheetChooserDialog


class Host(Protocol):
    """What the flow needs from the workspace."""

    def widget(self) -> QWidget: ...

    def store(self) -> Store: ...

    def currency(self) -> str: ...

    def run(
        self, label: str, fn: Callable[..., Any], *args: Any, on_result: Callable[[Any], None]
    ) -> None: ...

    def show_info(self, text: str) -> None: ...

    def warn(self, title: str, text: str) -> None: ...


class ImportFlow(QObject):
    imported = Signal(object)  # ImportSummary

    def __init__(self, host: Host, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.host = host
        self.mapping_dialog: MappingDialog | None = None
        self.preview_dialog: PreviewDialog | None = None
        self.sheet_dialog: SheetChooserDialog | None = None

    def _tr(self, text: str) -> str:
        from PySide6.QtCore import QCoreApplication

        return QCoreApplication.translate("ProductsWorkspace", text)

    def start(self, path: str, sheet: str | None = None) -> None:
        """Import `path`: sheet chooser when it has several, mapping when needed, then the preview."""
        parent = self.host.widget()
        if sheet is None:
            try:
                sheets = list_sheets(path)
            except SheetError as exc:
                self.host.warn(self._tr("Cannot import"), str(exc))
                return
            if len(sheets) > 1:
                dlg = SheetChooserDialog(Path(path).name, sheets, parent)
                dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                dlg.accepted.connect(lambda: self.start(path, dlg.sheet()))
                dlg.finished.connect(lambda _r: setattr(self, "sheet_dialog", None))
                self.sheet_dialog = dlg
                dlg.open()
                return
        self.host.run(
            self._tr("Reading {file}…").format(file=Path(path).name),
            load_job,
            self.host.store(),
            path,
            sheet,
            self.host.currency(),
            on_result=self._on_loaded,
        )

    def _on_loaded(self, result: tuple[LoadedSheet, ImportPreview | None]) -> None:
        loaded, preview = result
        if preview is not None:
            self._show_preview(preview, loaded)
        else:
            self._open_mapping(loaded, loaded.mapping)

    def _open_mapping(self, loaded: LoadedSheet, mapping: dict[str, int]) -> None:
        dlg = MappingDialog(loaded.data.where, loaded.data.headers, mapping, self.host.widget())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            chosen = dlg.mapping()
            if dlg.remember.isChecked():
                remember_mapping(self.host.store(), loaded.data.signature, chosen)
            self.host.run(
                self._tr("Checking rows…"),
                preview_job,
                self.host.store(),
                loaded,
                chosen,
                self.host.currency(),
                on_result=lambda p: self._show_preview(p, loaded),
            )

        dlg.accepted.connect(accepted)
        dlg.rejected.connect(
            lambda: self.host.show_info(self._tr("Import cancelled; nothing was changed."))
        )
        dlg.finished.connect(lambda _r: setattr(self, "mapping_dialog", None))
        self.mapping_dialog = dlg
        dlg.open()

    def _show_preview(self, preview: ImportPreview, loaded: LoadedSheet) -> None:
        dlg = PreviewDialog(preview, self.host.widget())
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(lambda: self._apply(preview))
        dlg.rejected.connect(
            lambda: self.host.show_info(self._tr("Import cancelled; nothing was changed."))
        )
        dlg.remap_requested.connect(lambda: self._open_mapping(loaded, preview.mapping))
        dlg.finished.connect(lambda _r: setattr(self, "preview_dialog", None))
        self.preview_dialog = dlg
        dlg.open()

    def _apply(self, preview: ImportPreview) -> None:
        self.host.run(
            self._tr("Importing {n} rows…").format(n=preview.valid_count),
            apply_job,
            self.host.store(),
            preview,
            on_result=self.imported.emit,
        )


# ---- jobs (run on a worker thread; no widgets here) -----------------------------------------------
def load_job(
    store: Store, path: str, sheet: str | None, currency: str, progress: Any, cancelled: Any
) -> tuple[LoadedSheet, ImportPreview | None]:
    loaded = load_for_import(store, path, sheet, progress=progress, cancelled=cancelled)
    if loaded.missing:
        return loaded, None
    return loaded, build_preview(store, loaded.data, loaded.mapping, currency, progress, cancelled)


def preview_job(
    store: Store,
    loaded: LoadedSheet,
    mapping: dict[str, int],
    currency: str,
    progress: Any,
    cancelled: Any,
) -> ImportPreview:
    return build_preview(store, loaded.data, mapping, currency, progress, cancelled)


def apply_job(store: Store, preview: ImportPreview, progress: Any, cancelled: Any) -> ImportSummary:
    return apply_import(store, preview, progress=progress, cancelled=cancelled)


__all__ = ["ImportFlow", "ImportSummary", "apply_job", "load_job", "preview_job"]
