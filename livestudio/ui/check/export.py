"""Export a check run as .xlsx or PDF: ask where, write, then offer Open / Show in folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from livestudio.core import fmt
from livestudio.core.checks.service import RunRecord
from livestudio.ui.widgets.exported import announce_export


def export_run(parent: QWidget, run: RunRecord, kind: str, path: Path | None = None) -> Path | None:
    """Write `run` as `kind` ("xlsx" / "pdf") to `path`, or where the user chooses. A write
    error becomes a message naming the file; the written path is returned."""
    from livestudio.core.checks.export import export_run_xlsx
    from livestudio.reports.checkrun import export_run_pdf

    if path is None:
        suggested = str(Path(QDir.homePath()) / f"check-{fmt.file_stamp(run.started_at)}.{kind}")
        filt = parent.tr("Excel workbook (*.xlsx)") if kind == "xlsx" else parent.tr("PDF (*.pdf)")
        chosen, _ = QFileDialog.getSaveFileName(
            parent, parent.tr("Export check run"), suggested, filt
        )
        if not chosen:
            return None
        path = Path(chosen)
    try:
        out = export_run_xlsx(run, path) if kind == "xlsx" else export_run_pdf(run, path)
    except OSError as exc:
        QMessageBox.warning(
            parent,
            parent.tr("Export failed"),
            parent.tr("Could not write {path}: {error}").format(
                path=path, error=exc.strerror or exc
            ),
        )
        return None
    announce_export(parent, out)
    return Path(out)
