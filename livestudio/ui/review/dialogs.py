"""Review dialogs: platform import with the column mapper, manual headline numbers, keyword list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.durations import DurationError, format_duration, parse_duration
from livestudio.core.money import MoneyError, format_plain, parse_money
from livestudio.core.review import feedback, importer
from livestudio.core.review.service import MANUAL_FIELDS, ReviewService
from livestudio.tasks import Task, run_task
from livestudio.ui.theme import LEFT_EMPTY_BG
from livestudio.ui.widgets.columns import FIT, STRETCH, apply_columns
from livestudio.ui.widgets.open_table import choose_table_file


class ImportDialog(QDialog):
    """Choose a file, see what was detected (kind, columns, rows that cannot be read), adjust, import."""

    preview_ready = Signal()

    def __init__(
        self,
        service: ReviewService,
        show_id: int,
        currency: str = "CNY",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import platform data"))
        self.resize(980, 680)
        self.service, self.show_id, self.currency = service, show_id, currency
        self.path: Path | None = None
        self.preview: importer.ImportPreview | None = None
        self._task: Task | None = None
        self._mapping_combos: dict[str, QComboBox] = {}
        self._building = False

        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(
            self.tr("A TikTok Shop, Douyin Compass or other export (.xlsx / .csv)")
        )
        browse = QPushButton(self.tr("Choose file…"))
        browse.clicked.connect(self._on_browse_clicked)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Detect automatically"), None)
        for k in importer.KINDS:
            self.kind_combo.addItem(importer.kind_label(k), k)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("File:")))
        top.addWidget(self.file_edit, 1)
        top.addWidget(browse)
        top.addWidget(QLabel(self.tr("Holds:")))
        top.addWidget(self.kind_combo)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.linkActivated.connect(self._on_status_link_activated)
        self.mapping_table = QTableWidget(0, 2)
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Column in the file")]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        apply_columns(self.mapping_table, {0: FIT, 1: STRETCH})
        map_box = QGroupBox(self.tr("Columns (change any that were detected wrongly)"))
        QVBoxLayout(map_box).addWidget(self.mapping_table)
        self.preview_table = QTableWidget(0, 0)
        self.preview_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        prev_box = QGroupBox(self.tr("Preview (first rows as they will be stored)"))
        QVBoxLayout(prev_box).addWidget(self.preview_table)
        self.problems = QListWidget()
        prob_box = QGroupBox(self.tr("Rows skipped and cells left empty"))
        QVBoxLayout(prob_box).addWidget(self.problems)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(prev_box)
        right.addWidget(prob_box)
        split = QSplitter()
        split.addWidget(map_box)
        split.addWidget(right)
        split.setSizes([330, 650])

        self.other_shows_check = QCheckBox()
        self.other_shows_check.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Import"))
        self.ok_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(split, 1)
        lay.addWidget(self.other_shows_check)
        lay.addWidget(self.buttons)

    # ---- driving ----------------------------------------------------------------------
    @Slot()
    def _on_browse_clicked(self) -> None:
        path = choose_table_file(self, self.tr("Import platform data"))
        if path is not None:
            self.load(path)

    def load(self, path: Path, kind: str | None = None) -> None:
        self.path = Path(path)
        self.file_edit.setText(str(path))
        if kind is not None:
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(kind)))
            self.kind_combo.blockSignals(False)
        self._prepare(None)

    @Slot(int)
    def _on_kind_changed(self, _index: int) -> None:
        if self.path is not None:
            self._prepare(None)

    def set_mapping(self, field: str, column: int | None) -> None:
        combo = self._mapping_combos[field]
        combo.setCurrentIndex(combo.findData(column))

    def _current_mapping(self) -> dict[str, int]:
        return {
            f: c.currentData()
            for f, c in self._mapping_combos.items()
            if c.currentData() is not None
        }

    def _prepare(self, mapping: dict[str, int] | None) -> None:
        if self.path is None:
            return
        self.ok_button.setEnabled(False)
        self.status.setText(self.tr("Reading {file}…").format(file=self.path.name))
        service, show_id, path = self.service, self.show_id, self.path
        kind = self.kind_combo.currentData()
        if mapping is not None and self.preview is not None:
            kind = self.preview.kind
            platform: str | None = self.preview.platform
        else:
            platform = None

        def job(progress: Any, cancelled: Any) -> importer.ImportPreview:
            return service.prepare_import(
                show_id, path, kind=kind, mapping=mapping, platform=platform, progress=progress
            )

        self._task = run_task(
            job, with_progress=True, on_result=self._on_prepared, on_error=self._on_failed
        )

    def _on_failed(self, exc: BaseException) -> None:
        self._task = None
        self.preview = None
        self.status.setText("<b>" + self.tr("Cannot import:") + "</b> " + str(exc))
        self.mapping_table.setRowCount(0)
        self.preview_table.setRowCount(0)
        self.problems.clear()
        self.preview_ready.emit()
        if not isinstance(exc, (importer.ImportError_, OSError, ValueError)):
            raise exc

    def _on_prepared(self, preview: importer.ImportPreview) -> None:
        self._task = None
        self.preview = preview
        self._building = True
        fields = importer.FIELDS[preview.kind]
        self.mapping_table.setRowCount(len(fields))
        self._mapping_combos.clear()
        for r, name in enumerate(fields):
            self.mapping_table.setItem(
                r, 0, QTableWidgetItem(importer.field_label(preview.kind, name))
            )
            combo = QComboBox()
            combo.addItem(self.tr("— not imported"), None)
            for i, h in enumerate(preview.headers):
                if h:
                    combo.addItem(h, i)
            combo.setCurrentIndex(max(0, combo.findData(preview.mapping.get(name))))
            combo.currentIndexChanged.connect(self._on_mapping_changed)
            self.mapping_table.setCellWidget(r, 1, combo)
            self._mapping_combos[name] = combo
        self._building = False
        cols = [f for f in fields if f in preview.mapping]
        self.preview_table.setColumnCount(len(cols))
        self.preview_table.setHorizontalHeaderLabels(
            [importer.field_label(preview.kind, f) for f in cols]
        )
        apply_columns(self.preview_table, {c: FIT for c in range(len(cols))})
        shown = preview.records[:50]
        self.preview_table.setRowCount(len(shown))
        cur = self.currency
        by_header = {preview.headers[i]: f for f, i in preview.mapping.items()}
        left_empty = {(w.row, by_header.get(w.column)): w.reason for w in preview.warnings}
        for r, rec in enumerate(shown):
            for c, f in enumerate(cols):
                item = QTableWidgetItem(_display(fields[f][0], rec.get(f), cur))
                reason = left_empty.get((int(rec.get("_row") or 0), f))
                if reason is not None:  # a cell that could not be read: empty, in orange
                    item.setBackground(QBrush(LEFT_EMPTY_BG))
                    item.setToolTip(reason)
                self.preview_table.setItem(r, c, item)
        self.problems.clear()
        for p in preview.problems:
            self.problems.addItem(p.describe())
        for w in preview.warnings:
            line = QListWidgetItem(self.tr("Left empty: {what}").format(what=w.describe()))
            line.setBackground(QBrush(LEFT_EMPTY_BG))
            line.setToolTip(line.text())  # the whole line, however narrow the list
            self.problems.addItem(line)
        lines = [
            self.tr("<b>{kind}</b> from {platform}, sheet “{sheet}”, header on row {row}.").format(
                kind=importer.kind_label(preview.kind),
                platform=preview.platform,
                sheet=preview.sheet,
                row=preview.header_row,
            )
        ]
        if preview.remembered_on is not None:
            lines.append(
                self.tr(
                    'Columns remembered on {date} for these columns — <a href="change">change</a>'
                ).format(date=fmt.date_text(preview.remembered_on))
            )
        if preview.control_chars_removed:
            lines.append(
                self.tr(
                    "{n} control characters (invisible bytes such as NUL) were removed."
                ).format(n=preview.control_chars_removed)
            )
        lines += preview.matched + preview.notes
        if preview.extra_columns:
            lines.append(
                self.tr("Not imported: {cols}").format(cols=", ".join(preview.extra_columns))
            )
        self.status.setText("<br>".join(lines))
        n = (
            1
            if preview.kind == "summary" and preview.summary_row is not None
            else (0 if preview.kind == "summary" else len(preview.records))
        )
        self.ok_button.setText(
            self.tr("Import {n} rows").format(n=n)
            if not preview.problems
            else self.tr("Import {n} rows, skip {m}").format(n=n, m=len(preview.problems))
        )
        self.ok_button.setEnabled(n > 0)
        self.ok_button.setMinimumWidth(
            self.ok_button.sizeHint().width()
        )  # the count stays readable
        others = len(preview.other_shows) if preview.kind == "summary" else 0
        self.other_shows_check.setVisible(others > 0)
        self.other_shows_check.setText(
            self.tr("Also fill the {n} other shows whose start time matches a row").format(n=others)
        )
        self.preview_ready.emit()

    @Slot(str)
    def _on_status_link_activated(self, _link: str) -> None:
        """The "change" link on the remembered-columns line: the column choices are right here."""
        self.mapping_table.setFocus()
        self.mapping_table.setCurrentCell(0, 1)

    @Slot(int)
    def _on_mapping_changed(self, _index: int) -> None:
        if not self._building:
            self._prepare(self._current_mapping())

    def busy(self) -> bool:
        return self._task is not None


def _display(typ: str, value: Any, currency: str) -> str:
    if value is None:
        return "—"
    if typ == "money":
        return fmt.money(value, currency)
    if typ == "duration" and isinstance(value, int):
        return fmt.duration(value)
    return str(value)


class ManualEntryDialog(QDialog):
    """The headline numbers typed in when there is no export. Empty = not known (shown as "—")."""

    def __init__(
        self, service: ReviewService, show_id: int, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter the show's numbers"))
        self.service, self.show_id, self.currency = service, show_id, currency
        self.edits: dict[str, QLineEdit] = {}
        self.kinds = dict(MANUAL_FIELDS)
        form = QFormLayout()
        stored = service.manual_numbers(show_id)
        labels = {
            "gmv": self.tr("GMV"),
            "refunds": self.tr("Refunds"),
            "orders": self.tr("Orders"),
            "buyers": self.tr("Buyers"),
            "units": self.tr("Units sold"),
            "views": self.tr("Views (PV)"),
            "unique_viewers": self.tr("Unique viewers (UV)"),
            "peak_viewers": self.tr("Peak concurrent"),
            "avg_viewers": self.tr("Average concurrent"),
            "avg_watch_ms": self.tr("Average watch time"),
            "new_followers": self.tr("New followers"),
            "likes": self.tr("Likes"),
            "comments": self.tr("Comments"),
            "shares": self.tr("Shares"),
            "product_impressions": self.tr("Product impressions"),
            "product_clicks": self.tr("Product clicks"),
        }
        for key, kind in MANUAL_FIELDS:
            edit = QLineEdit()
            value = stored.get(key)
            if value is not None:
                edit.setText(
                    format_plain(value, currency)
                    if kind == "money"
                    else format_duration(value)
                    if kind == "duration"
                    else str(value)
                )
            edit.setPlaceholderText(
                {"money": "12,345.00", "duration": "1:35", "count": "1234"}[kind]
            )
            edit.setAccessibleName(labels[key])
            self.edits[key] = edit
            form.addRow(labels[key] + ":", edit)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "Leave a number empty when you do not know it; it is shown as “—”, never 0."
                )
            )
        )
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)

    def values(self) -> dict[str, int | None]:
        out: dict[str, int | None] = {}
        for key, kind in MANUAL_FIELDS:
            text = self.edits[key].text().strip()
            if not text:
                out[key] = None
                continue
            try:
                if kind == "money":
                    out[key] = parse_money(text, self.currency)
                elif kind == "duration":
                    out[key] = parse_duration(text)
                else:
                    out[key] = importer.parse_count(text)
            except (MoneyError, DurationError, importer.CellError) as exc:
                self.edits[key].setFocus()
                raise ValueError(
                    self.tr("{field}: {reason}").format(
                        field=self.edits[key].accessibleName(), reason=exc
                    )
                ) from exc
        return out

    @Slot()
    def save(self) -> None:
        """Store the numbers and close; a number that cannot be read keeps the dialog open."""
        try:
            values = self.values()
            self.service.save_manual_numbers(self.show_id, values)
        except ValueError as exc:
            self.error.setText(str(exc))
            return
        self.accept()


class KeywordsDialog(QDialog):
    """The keyword list used to label comments; one word or phrase per line, English and Chinese.
    Saving labels the show's comments again (corrected ones are kept)."""

    def __init__(
        self, service: ReviewService, show_id: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Comment keywords"))
        self.resize(560, 480)
        self.service, self.show_id = service, show_id
        words = service.keywords()
        self.tabs = QTabWidget()
        self.edits: dict[str, QPlainTextEdit] = {}
        for group in feedback.DEFAULT_KEYWORDS:
            kind, _, name = group.partition(":")
            title = (
                feedback.sentiment_label(name)
                if kind == "sentiment"
                else feedback.topic_label(name)
            )
            edit = QPlainTextEdit("\n".join(words.get(group, ())))
            self.edits[group] = edit
            self.tabs.addTab(edit, title)
        reset = QPushButton(self.tr("Built-in list"))
        reset.clicked.connect(self._on_reset_clicked)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self._on_save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(
            QLabel(
                self.tr(
                    "Comments are labelled by these words. Labels you corrected by hand are kept."
                )
            )
        )
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)

    @Slot()
    def _on_reset_clicked(self) -> None:
        for group, edit in self.edits.items():
            edit.setPlainText("\n".join(feedback.DEFAULT_KEYWORDS[group]))

    @Slot()
    def _on_save(self) -> None:
        self.service.save_keywords(
            {g: e.toPlainText().splitlines() for g, e in self.edits.items()}, self.show_id
        )
        self.accept()
