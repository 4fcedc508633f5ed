"""Import a run-of-show (直播脚本) from a spreadsheet: choose the file and add / replace, see
every segment it would create, the rows it rejects with the reason and the cells it leaves empty,
then import. The dialog writes nothing: after Accept, `op` is one Plan edit (an undo step)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt, labels
from livestudio.core.db import Store
from livestudio.core.durations import format_duration
from livestudio.core.intake import SheetError, runsheet
from livestudio.core.plan.service import PlanChange, PlanService
from livestudio.ui.theme import LEFT_EMPTY_BG, REJECTED_BG
from livestudio.ui.widgets.columns import FIT, STRETCH, apply_columns
from livestudio.ui.widgets.jobs import Job, run_job
from livestudio.ui.widgets.open_table import choose_table_file


class RunsheetImportDialog(QDialog):
    """Preview of a run-of-show import for one show. Accept = import; Cancel = nothing."""

    preview_ready = Signal()

    def __init__(self, store: Store, show_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import run-of-show"))
        self.resize(1000, 620)
        self.store, self.show_id = store, show_id
        self.path: Path | None = None
        self.preview: runsheet.RunsheetPreview | None = None
        self.job: Job | None = None

        self.file_edit = QLineEdit(self)
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("An .xlsx, .xls, .ods or .csv run-of-show"))
        browse = QPushButton(self.tr("Choose file…"), self)
        browse.clicked.connect(self._on_browse_clicked)
        self.add_radio = QRadioButton(self.tr("Add after the existing segments"), self)
        self.replace_radio = QRadioButton(self.tr("Replace the existing segments"), self)
        self.add_radio.setChecked(True)
        self.mode = QButtonGroup(self)
        self.mode.addButton(self.add_radio)
        self.mode.addButton(self.replace_radio)
        self.replace_radio.toggled.connect(self._on_replace_radio_toggled)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:"), self))
        top.addWidget(self.file_edit, 1)
        top.addWidget(browse)
        modes = QHBoxLayout()
        modes.addWidget(self.add_radio)
        modes.addWidget(self.replace_radio)
        modes.addStretch(1)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Row"),
                self.tr("Segment"),
                self.tr("Kind"),
                self.tr("Duration"),
                self.tr("Product"),
                self.tr("Cue / script"),
                self.tr("OBS scene"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        apply_columns(self.table, {0: FIT, 1: FIT, 2: FIT, 3: FIT, 4: FIT, 5: STRETCH, 6: FIT})
        seg_box = QGroupBox(self.tr("Segments to import"), self)
        QVBoxLayout(seg_box).addWidget(self.table)
        self.problems = QListWidget(self)
        prob_box = QGroupBox(self.tr("Rows rejected and cells left empty"), self)
        QVBoxLayout(prob_box).addWidget(self.problems)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(seg_box)
        split.addWidget(prob_box)
        split.setSizes([420, 160])

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addLayout(modes)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)
        lay.addWidget(self.buttons)

    # ---- what the Plan screen uses ----------------------------------------------------
    @property
    def op(self) -> Callable[[PlanService], PlanChange[Any]] | None:
        """After Accept: the import as one Plan edit (`edit(text, op)` makes it an undo step)."""
        preview = self.preview
        if preview is None or not preview.segments:
            return None
        show_id = self.show_id
        return lambda plan: plan.apply(show_id, runsheet.writer(preview))

    def busy(self) -> bool:
        return self.job is not None

    # ---- driving ----------------------------------------------------------------------
    @Slot()
    def _on_browse_clicked(self) -> None:
        path = choose_table_file(self, self.tr("Import run-of-show"))
        if path is not None:
            self.load(path)

    def load(self, path: Path) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(path))
        self._prepare()

    @Slot(bool)
    def _on_replace_radio_toggled(self, _checked: bool) -> None:
        if self.path is not None:
            self._prepare()

    def _prepare(self) -> None:
        if self.path is None or self.job is not None:
            return
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Reading {file}…").format(file=self.path.name))
        self.job = run_job(
            self,
            self.tr("Reading {file}…").format(file=self.path.name),
            runsheet.prepare_file,
            self.store,
            self.show_id,
            self.path,
            self.replace_radio.isChecked(),
            on_result=self._on_prepared,
            on_error=self._on_failed,
            title=self.tr("Import run-of-show"),
        )

    def _on_failed(self, exc: BaseException) -> None:
        self.job = None
        self.preview = None
        self.table.setRowCount(0)
        self.problems.clear()
        if isinstance(exc, SheetError | OSError):
            self.status.setText(str(exc))
            return
        raise exc  # a bug: the crash handler shows it

    def _on_prepared(self, preview: runsheet.RunsheetPreview) -> None:
        self.job = None
        if self.replace_radio.isChecked() != preview.replace:  # toggled while reading
            self._prepare()
            return
        self.preview = preview
        left_empty = {(w.row, w.column): w.reason for w in preview.warnings}
        heads = {
            f: preview.headers[i] if i < len(preview.headers) else ""
            for f, i in preview.mapping.items()
        }
        self.table.setRowCount(len(preview.segments))
        for r, seg in enumerate(preview.segments):
            values = [
                ("", str(seg.row)),
                ("title", seg.title),
                ("kind", labels.segment_kind(seg.kind)),
                ("duration", format_duration(seg.duration_ms)),
                ("product", seg.product_text if seg.lineup_item_id else ""),
                ("script", seg.script.replace("\n", " ⏎ ")),
                ("obs_scene", seg.obs_scene),
            ]
            for c, (field, text) in enumerate(values):
                item = QTableWidgetItem(text)
                reason = left_empty.get((seg.row, heads.get(field, "")))
                if reason is not None:
                    item.setBackground(QBrush(LEFT_EMPTY_BG))
                    item.setToolTip(reason)
                self.table.setItem(r, c, item)
        self.problems.clear()
        for p in preview.rejected:
            line = QListWidgetItem(self.tr("Rejected: {what}").format(what=p.describe()))
            line.setBackground(QBrush(REJECTED_BG))
            line.setToolTip(line.text())
            self.problems.addItem(line)
        for w in preview.warnings:
            line = QListWidgetItem(self.tr("Left empty: {what}").format(what=w.describe()))
            line.setBackground(QBrush(LEFT_EMPTY_BG))
            line.setToolTip(line.text())
            self.problems.addItem(line)
        lines = [
            self.tr(
                "Read {where} (header in row {row}): {summary}. Total {total}. Nothing is saved "
                "until you click Import; Ctrl+Z in Plan undoes it."
            ).format(
                where=preview.sheet or preview.path.name,
                row=preview.header_row,
                summary=preview.summary(),
                total=format_duration(preview.total_ms),
            )
        ]
        if preview.remembered_on is not None:
            lines.append(
                self.tr("Columns remembered on {date} for these columns.").format(
                    date=fmt.date_text(preview.remembered_on)
                )
            )
        if preview.control_chars_removed:
            lines.append(
                self.tr(
                    "{n} control characters (invisible bytes such as NUL) were removed."
                ).format(n=preview.control_chars_removed)
            )
        if preview.promotions_tied:
            lines.append(
                self.tr(
                    "{n} promotions start with a segment this replace removes; they will need a "
                    "new start."
                ).format(n=preview.promotions_tied)
            )
        self.status.setText("\n".join(lines))
        n = len(preview.segments)
        self.ok_button.setText(
            self.tr("Replace with {n} segments").format(n=n)
            if preview.replace
            else self.tr("Add {n} segments").format(n=n)
        )
        self.ok_button.setEnabled(n > 0)
        self.preview_ready.emit()
