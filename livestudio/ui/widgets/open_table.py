"""The one 'open a spreadsheet' dialog every import starts from (products, run-of-show, platform
data, traffic sources), so they all offer the formats the intake reader takes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtWidgets import QFileDialog, QWidget


def choose_table_file(parent: QWidget, title: str) -> Path | None:
    """Ask for a spreadsheet or text table to import; None when the user cancels."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        title,
        QDir.homePath(),
        QCoreApplication.translate(
            "Import",
            "Spreadsheets (*.xlsx *.xlsm *.xlsb *.xls *.ods *.csv *.tsv *.txt);;All files (*)",
        ),
    )
    return Path(path) if path else None
