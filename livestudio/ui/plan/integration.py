"""Plan's hooks into the main window: File ▸ Export run sheet… (PDF A4 / PDF Letter / Excel)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from livestudio.core.plan.shows import ShowService
from livestudio.tasks import Cancelled
from livestudio.ui.context import AppContext
from livestudio.ui.widgets.exported import announce_export
from livestudio.ui.widgets.jobs import Job, run_job


class RunSheetExporter(QObject):
    """Asks where to save, then writes the current show's run sheet on a worker thread."""

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.job: Job | None = None
        self.last_path: Path | None = None
        self.last_error: str | None = None
        self.notice: QMessageBox | None = None  # the "Saved …" box with Open / Show in folder

    def filters(self) -> dict[str, tuple[str, str]]:
        """File-dialog filter -> (suffix, page size)."""
        return {
            self.tr("PDF, A4 (*.pdf)"): (".pdf", "A4"),
            self.tr("PDF, US Letter (*.pdf)"): (".pdf", "Letter"),
            self.tr("Excel workbook (*.xlsx)"): (".xlsx", "A4"),
        }

    @Slot()
    def start(self) -> None:
        show_id = self.ctx.current_show_id
        show = ShowService(self.ctx.store).get(show_id) if show_id else None
        title = show.title if show is not None else ""
        if not show_id or not title:
            QMessageBox.information(
                self.window,
                self.tr("Export run sheet"),
                self.tr("Choose a show in the Plan workspace first."),
            )
            return
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        safe = re.sub(r'[\\/:*?"<>|]+', " ", title).strip() or "show"
        suggested = str(Path(folder) / self.tr("{title} run sheet.pdf").format(title=safe))
        filters = self.filters()
        path, chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export run sheet"), suggested, ";;".join(filters)
        )
        if not path:
            return
        suffix, page = filters.get(chosen, (".pdf", "A4"))
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".xlsx"):
            target = target.with_name(target.name + suffix)
        self.export(show_id, target, page)

    def export(self, show_id: int, path: Path, page: str = "A4") -> Job:
        # openpyxl and the printing code load on first use, not at start-up
        from livestudio.reports.runsheet import export_runsheet

        self.last_path = None
        self.last_error = None
        job = run_job(
            self.window,
            self.tr("Writing the run sheet…"),
            export_runsheet,
            self.ctx.store,
            show_id,
            path,
            page=page,
            title=self.tr("Export run sheet"),
            on_result=self._on_job_finished,
            on_error=self._on_job_failed,
        )
        job.finished.connect(self._on_job_done)
        self.job = job
        return job

    def _on_job_finished(self, path: object) -> None:
        self.last_path = Path(str(path))
        self.ctx.status_message.emit(self.tr("Run sheet saved to {path}").format(path=path))
        self.notice = announce_export(self.window, self.last_path, self.tr("Export run sheet"))

    def _on_job_failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.ctx.status_message.emit(
                self.tr("Run sheet export cancelled; nothing was written.")
            )
            return
        self.last_error = str(exc)
        self.ctx.status_message.emit(self.tr("Run sheet not saved: {reason}").format(reason=exc))
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Run sheet not saved"),
            self.tr("The run sheet could not be written:\n{reason}").format(reason=exc),
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    @Slot()
    def _on_job_done(self) -> None:
        self.job = None


def _t(text: str) -> str:
    return QCoreApplication.translate("PlanImport", text)


def import_run_of_show(window: Any) -> Any:
    """File ▸ Import run-of-show…: the preview dialog, then one undoable Plan edit."""
    from livestudio.ui.plan.runsheet_import import RunsheetImportDialog

    ctx: AppContext = window.ctx
    window.show_workspace("plan")
    ws = window.workspace("plan")
    show_id = ctx.current_show_id
    if not show_id:
        QMessageBox.information(
            window, _t("Import run-of-show"), _t("Choose a show in the Plan workspace first.")
        )
        return None
    dialog = RunsheetImportDialog(ctx.store, show_id, window)

    def accepted() -> None:
        op = dialog.op
        if op is not None:
            ws.edit(_t("Import run-of-show"), op)
            ws.refresh()

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog


def install_menus(window: Any) -> None:
    exporter = RunSheetExporter(window.ctx, window)
    action = QAction(exporter.tr("Export &run sheet…"), window)
    action.setObjectName("actionExportRunSheet")
    action.setStatusTip(exporter.tr("Print the current show's plan: PDF (A4 or Letter) or Excel"))
    action.triggered.connect(exporter.start)
    actions = window.menu_file.actions()
    anchor = getattr(window, "action_export", None)
    before = None
    if anchor in actions and actions.index(anchor) + 1 < len(actions):
        before = actions[actions.index(anchor) + 1]
    if before is not None:
        window.menu_file.insertAction(before, action)
    else:
        window.menu_file.addAction(action)
    window.plan_runsheet_action = action
    window.plan_runsheet_exporter = exporter
    importer = QAction(_t("Import r&un-of-show…"), window)
    importer.setObjectName("actionImportRunOfShow")
    importer.setStatusTip(
        _t("Read a show's run-of-show (直播脚本) from .xlsx / .xls / .ods / .csv")
    )
    importer.triggered.connect(lambda: import_run_of_show(window))
    window.menu_file.insertAction(action, importer)
    window.plan_runsheet_import_action = importer
    # Tools ▸ Compliance words… and the compliance marks (until main_window lists the module)
    from livestudio.ui.compliance import integration as compliance

    compliance.install_menus(window)
