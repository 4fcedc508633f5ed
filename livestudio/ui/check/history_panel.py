"""Earlier runs of the show: verdict, when, preset; double-click (or Open run…) to read one."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QGroupBox,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.checks.service import RunRecord
from livestudio.ui import theme
from livestudio.ui.check import status as look

VERDICT_STATUS = {"go": "pass", "go_with_warnings": "warn", "no_go": "fail"}


class HistoryPanel(QGroupBox):
    run_opened = Signal(int)  # run id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Earlier runs"))
        lay = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Earlier runs"))
        self.list.itemActivated.connect(self._on_list_item_activated)
        self.list.itemDoubleClicked.connect(self._on_list_item_activated)
        self.open_button = QPushButton(self.tr("Open run…"), self)
        self.open_button.clicked.connect(self._on_open_button_clicked)
        lay.addWidget(self.list)
        lay.addWidget(self.open_button)
        self._runs: list[RunRecord] = []
        self._current: int | None = None
        theme.notifier().theme_changed.connect(self._on_theme_changed)
        self.set_runs([], None)

    def set_runs(self, runs: list[RunRecord], current_id: int | None) -> None:
        """Newest first; the run on screen (`current_id`) in bold."""
        self._runs, self._current = list(runs), current_id
        self.list.clear()
        for rec in runs:
            text = self.tr("{when}\n{verdict} · {preset}").format(
                when=fmt.datetime_text(rec.started_at),
                verdict=rec.verdict.label(),
                preset=rec.preset,
            )
            it = QListWidgetItem(look.icon(VERDICT_STATUS[rec.verdict.value]), text)
            it.setData(Qt.ItemDataRole.UserRole, rec.id)
            it.setToolTip(self.tr("Double-click to open this run"))
            if rec.id == current_id:
                f = it.font()
                f.setBold(True)
                it.setFont(f)
            self.list.addItem(it)
        self.open_button.setEnabled(bool(runs))

    def count(self) -> int:
        return self.list.count()

    def text(self, row: int) -> str:
        return self.list.item(row).text()

    def open_row(self, row: int) -> None:
        """What a double-click on the row does."""
        self.list.setCurrentRow(row)
        self._on_open_button_clicked()

    @Slot(str)
    def _on_theme_changed(self, _theme: str) -> None:
        self.set_runs(self._runs, self._current)  # the verdict icons have a dark version

    @Slot(QListWidgetItem)
    def _on_list_item_activated(self, item: QListWidgetItem) -> None:
        self.run_opened.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot()
    def _on_open_button_clicked(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._on_list_item_activated(item)
