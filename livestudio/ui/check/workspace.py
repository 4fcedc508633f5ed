"""The Check workspace: run the probes, tick the checklist, read the verdict, keep the history."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from livestudio import settings as opts
from livestudio.core.checks import history, templates
from livestudio.core.checks.config import config_for
from livestudio.core.checks.history import RunRecord
from livestudio.core.checks.presets import PRESET_NAMES
from livestudio.core.checks.probes import PROBES, ProbeConfig, run_probe
from livestudio.core.checks.results import ProbeResult, Status, Verdict, decide, status_label
from livestudio.core.i18n import ui_language
from livestudio.core.models.base import utcnow
from livestudio.tasks import Task, run_task
from livestudio.ui.check.media import CameraPreview, LevelMeter, device_id
from livestudio.ui.context import AppContext

log = logging.getLogger("livestudio.check")

COL_ITEM, COL_STATUS, COL_VALUE, COL_THRESHOLD, COL_NOTE, COL_ACTION = range(6)
MEDIA_LANE = ("camera", "microphone", "speakers")  # one at a time: they share devices
BANNER_STYLE = {
    Verdict.GO: "background:#2e7d32;color:white;",
    Verdict.GO_WITH_WARNINGS: "background:#f9a825;color:#1a1a1a;",
    Verdict.NO_GO: "background:#c62828;color:white;",
    None: "background:#546e7a;color:white;",
}
STATUS_COLOR = {"pass": "#2e7d32", "warn": "#b26a00", "fail": "#c62828", "skipped": "#757575"}


class CheckWorkspace(QWidget):
    result_arrived = Signal(str)  # item key
    run_finished = Signal()
    run_saved = Signal(int)  # run id, once the store has the latest results

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        # Tests (and power users) may replace parts of the probe configuration: backends, env.
        self.probe_overrides: dict[str, Any] = {}
        self._results: dict[str, ProbeResult] = {}
        self._running: dict[str, Task] = {}
        self._watchdogs: dict[str, QTimer] = {}
        self._queue: list[str] = []  # media probes waiting for their lane
        self._pending: list[str] = []  # other probes about to start
        self._banner_verdict: object = "unset"
        self._banner_timer = QTimer(self)  # results arrive in bursts: redraw the banner once
        self._banner_timer.setSingleShot(True)
        self._banner_timer.setInterval(0)
        self._banner_timer.timeout.connect(self._update_banner)
        self._media_busy = False
        self._run_id: int | None = None
        self._generation = 0  # bumped by a new run, so a late save of the old one is not mixed in
        self._saving = False
        self._save_pending = False
        self._save_timer = QTimer(self)  # results arrive in bursts: store once the burst settles
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(250)
        self._save_timer.timeout.connect(self._save_run)
        self._started_at = utcnow()
        self._manual_keys: list[str] = []
        self._probe_items: dict[str, QTreeWidgetItem] = {}
        self._manual_items: dict[str, QTreeWidgetItem] = {}
        self._run_buttons: dict[str, QPushButton] = {}
        self._cfg: ProbeConfig | None = None
        self._icons: dict[Status | None, QIcon] = {}
        self._cfg_cache: tuple[tuple[int, str], ProbeConfig] | None = None
        self._build()
        self._load_checklist()
        self._refresh_devices()
        self._reload_history()
        self._update_banner()
        ctx.current_show_changed.connect(self._on_ctx_current_show_changed)
        ctx.shows_changed.connect(self._update_show_label)
        ctx.shows_changed.connect(self._invalidate_config)
        self._store_config()

    # ---- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = QLabel(self)
        self.banner.setObjectName("verdictBanner")
        self.banner.setWordWrap(True)
        # A fixed height: a verdict that grows by a line must not re-lay out the whole window
        # while results stream in (that repaint is what would make the window stutter).
        fm = self.banner.fontMetrics()
        self.banner.setFixedHeight(int(fm.height() * 1.8 + 3 * fm.height() * 1.1 + 20))
        self.banner.setTextFormat(Qt.TextFormat.RichText)

        self.show_label = QLabel(self)
        self.preset_combo = QComboBox(self)
        for name in PRESET_NAMES:
            self.preset_combo.addItem(name, name)
        self.preset_combo.setToolTip(
            self.tr("Stream preset: sets the bitrate the network must carry (x1.5)")
        )
        preset = str(opts.get(opts.STREAM_PRESET, self.ctx.settings))
        self.preset_combo.setCurrentIndex(max(0, self.preset_combo.findData(preset)))
        self.run_all_button = QPushButton(self.tr("Run all"), self)
        self.run_all_button.setDefault(True)
        width = max(
            self.run_all_button.fontMetrics().horizontalAdvance(t)
            for t in (self.tr("Run all"), self.tr("Running…"))
        )
        self.run_all_button.setMinimumWidth(width + 32)  # no relayout when its text changes
        self.run_all_button.clicked.connect(self.run_all)
        self.new_run_button = QPushButton(self.tr("New run"), self)
        self.new_run_button.setToolTip(
            self.tr("Clear the results and ticks and start a fresh check")
        )
        self.new_run_button.clicked.connect(self._on_new_run_clicked)
        self.edit_template_button = QPushButton(self.tr("Edit checklist…"), self)
        self.edit_template_button.clicked.connect(self._on_edit_template_clicked)
        self.export_xlsx_button = QPushButton(self.tr("Export .xlsx…"), self)
        self.export_xlsx_button.clicked.connect(lambda: self.export_current("xlsx"))
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"), self)
        self.export_pdf_button.clicked.connect(lambda: self.export_current("pdf"))

        top = QHBoxLayout()
        top.addWidget(self.show_label, 1)
        top.addWidget(QLabel(self.tr("Preset:"), self))
        top.addWidget(self.preset_combo)
        top.addWidget(self.run_all_button)
        top.addWidget(self.new_run_button)
        top.addWidget(self.edit_template_button)
        top.addWidget(self.export_xlsx_button)
        top.addWidget(self.export_pdf_button)

        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Status"),
                self.tr("Measured"),
                self.tr("Threshold"),
                self.tr("Note"),
                "",
            ]
        )
        self.tree.setAlternatingRowColors(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)  # cheap repaints while results stream in
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setSectionResizeMode(COL_ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.tree.setColumnWidth(COL_ITEM, 340)  # long checklist titles stay readable
        self.tree.setColumnWidth(COL_STATUS, 95)
        self.tree.setColumnWidth(COL_THRESHOLD, 170)
        self.tree.setColumnWidth(COL_NOTE, 160)
        self.tree.setColumnWidth(COL_ACTION, 200)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        self._probe_root = QTreeWidgetItem(self.tree, [self.tr("Automatic probes")])
        self._manual_root = QTreeWidgetItem(
            self.tree, [self.tr("Checklist (tick when done; double-click to add a note)")]
        )
        for root in (self._probe_root, self._manual_root):
            root.setSizeHint(COL_ITEM, QSize(0, self._row_height()))  # uniform heights follow row 1
            root.setFirstColumnSpanned(True)
            f = root.font(0)
            f.setBold(True)
            root.setFont(0, f)
            root.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.tree.setRootIsDecorated(True)
        for name, spec in PROBES.items():
            item = QTreeWidgetItem(
                self._probe_root, [spec.title(), self.tr("not run"), "", "", "", ""]
            )
            item.setData(COL_ITEM, Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(COL_ITEM, QSize(0, self._row_height()))  # room for the Run buttons
            self._probe_items[name] = item
            cell = QWidget(self.tree)
            lay = QHBoxLayout(cell)
            lay.setContentsMargins(2, 0, 2, 0)
            btn = QPushButton(self.tr("Run"), cell)
            btn.setToolTip(self.tr("Run only this probe"))
            btn.clicked.connect(lambda _c=False, n=name: self.run_probes([n]))
            lay.addWidget(btn)
            self._run_buttons[name] = btn
            if name == "speakers":
                self.heard_button = QPushButton(self.tr("I heard it"), cell)
                self.heard_button.setEnabled(False)
                self.heard_button.clicked.connect(lambda: self.confirm_heard(True))
                self.not_heard_button = QPushButton(self.tr("No sound"), cell)
                self.not_heard_button.setEnabled(False)
                self.not_heard_button.clicked.connect(lambda: self.confirm_heard(False))
                lay.addWidget(self.heard_button)
                lay.addWidget(self.not_heard_button)
            self.tree.setItemWidget(item, COL_ACTION, cell)
        self.tree.expandAll()

        # devices panel
        devices = QGroupBox(self.tr("Devices"), self)
        form = QFormLayout(devices)
        self.camera_combo = QComboBox(devices)
        self.mic_combo = QComboBox(devices)
        self.speaker_combo = QComboBox(devices)
        self.refresh_button = QPushButton(self.tr("Refresh devices"), devices)
        self.refresh_button.clicked.connect(self._refresh_devices)
        self.preview = CameraPreview(devices)
        self.preview_button = QPushButton(self.tr("Start preview"), devices)
        self.preview_button.setCheckable(True)
        self.preview_button.toggled.connect(self._on_preview_button_toggled)
        self.meter = LevelMeter(devices)
        self.meter_button = QPushButton(self.tr("Start level meter"), devices)
        self.meter_button.setCheckable(True)
        self.meter_button.toggled.connect(self._on_meter_button_toggled)
        self.tone_button = QPushButton(self.tr("Play test tone"), devices)
        self.tone_button.clicked.connect(lambda: self.run_probes(["speakers"]))
        form.addRow(self.tr("Camera:"), self.camera_combo)
        form.addRow(self.preview)
        form.addRow(self.preview_button)
        form.addRow(self.tr("Microphone:"), self.mic_combo)
        form.addRow(self.tr("Level:"), self.meter)
        form.addRow(self.meter_button)
        form.addRow(self.tr("Speakers:"), self.speaker_combo)
        form.addRow(self.tone_button)
        form.addRow(self.refresh_button)

        hist = QGroupBox(self.tr("Earlier runs"), self)
        hl = QVBoxLayout(hist)
        self.history_list = QListWidget(hist)
        self.history_list.itemActivated.connect(self._on_history_item_activated)
        self.history_list.itemDoubleClicked.connect(self._on_history_item_activated)
        self.open_run_button = QPushButton(self.tr("Open run…"), hist)
        self.open_run_button.clicked.connect(self._on_open_run_clicked)
        hl.addWidget(self.history_list)
        hl.addWidget(self.open_run_button)

        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(devices)
        sl.addWidget(hist, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.tree)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([1180, 300])

        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(top)
        lay.addWidget(split, 1)
        self._update_show_label()

    def _row_height(self) -> int:
        return max(26, self.fontMetrics().height() + 10)

    # ---- checklist --------------------------------------------------------------------------
    def _load_checklist(self) -> None:
        self.tree.blockSignals(True)
        for item in list(self._manual_items.values()):
            self._manual_root.removeChild(item)
        self._manual_items.clear()
        with self.ctx.store.transaction() as s:
            tpl = templates.default_template(s, ui_language())
            self._template_id = tpl.id
            specs = [(i.key, i.title, i.required) for i in tpl.items]
        for key, title, required in specs:
            label = title if required else self.tr("{title} (optional)").format(title=title)
            item = QTreeWidgetItem(self._manual_root, [label, "", "", "", "", ""])
            item.setData(COL_ITEM, Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(COL_ITEM, QSize(0, self._row_height()))
            item.setData(COL_STATUS, Qt.ItemDataRole.UserRole, (title, required))
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
            )
            prev = self._results.get("manual:" + key)
            item.setCheckState(
                COL_ITEM,
                Qt.CheckState.Checked
                if prev and prev.status == Status.PASS
                else Qt.CheckState.Unchecked,
            )
            if prev:
                item.setText(COL_NOTE, prev.note)
            self._manual_items[key] = item
            self._set_manual_result(key, item, save=False)
        self.tree.blockSignals(False)
        self.tree.expandAll()

    def _set_manual_result(self, key: str, item: QTreeWidgetItem, save: bool = True) -> None:
        title, required = item.data(COL_STATUS, Qt.ItemDataRole.UserRole)
        done = item.checkState(COL_ITEM) == Qt.CheckState.Checked
        if done:
            status, text = Status.PASS, self.tr("done")
        else:
            status = Status.FAIL if required else Status.SKIPPED
            text = self.tr("not done yet")
        self._results["manual:" + key] = ProbeResult(
            "manual:" + key,
            title,
            status,
            text,
            {"done": done},
            self.tr("ticked by the host"),
            item.text(COL_NOTE),
            required,
            "manual",
        )
        self._paint(item, status, text)
        item.setText(COL_THRESHOLD, self.tr("required") if required else self.tr("optional"))
        if save:
            self._save_timer.start()
            self._update_banner()

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(COL_ITEM, Qt.ItemDataRole.UserRole)
        if (
            key in self._manual_items
            and self._manual_items[key] is item
            and column in (COL_ITEM, COL_NOTE)
        ):
            self.tree.blockSignals(True)
            self._set_manual_result(key, item)
            self.tree.blockSignals(False)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        key = item.data(COL_ITEM, Qt.ItemDataRole.UserRole)
        if key in self._manual_items:
            self.tree.editItem(item, COL_NOTE)

    def tick(self, key: str, done: bool = True, note: str | None = None) -> None:
        """Tick a manual item (what a click on its box does)."""
        item = self._manual_items[key]
        if note is not None:
            self.tree.blockSignals(True)
            item.setText(COL_NOTE, note)
            self.tree.blockSignals(False)
        item.setCheckState(COL_ITEM, Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)

    @Slot()
    def _on_edit_template_clicked(self) -> None:
        from livestudio.ui.check.template_dialog import TemplateEditorDialog

        dlg = TemplateEditorDialog(self.ctx.store, self._template_id, self)
        if dlg.exec():
            self._load_checklist()
            self._save_run()
            self._update_banner()

    # ---- probes ---------------------------------------------------------------------------
    def _store_config(self) -> ProbeConfig:
        """The part of the configuration that comes from the store (show, platform), cached so a
        click on Run all does no queries; refreshed when the show or the platforms change."""
        preset = str(self.preset_combo.currentData())
        key = (self.ctx.current_show_id, preset)
        if self._cfg_cache is None or self._cfg_cache[0] != key:
            self._cfg_cache = (
                key,
                config_for(
                    self.ctx.store,
                    self.ctx.current_show_id or None,
                    preset=preset,
                    custom_default=opts.custom_stream_preset(self.ctx.settings),
                ),
            )
        return self._cfg_cache[1]

    @Slot()
    def _invalidate_config(self) -> None:
        self._cfg_cache = None
        self._store_config()

    def probe_config(self) -> ProbeConfig:
        s = self.ctx.settings
        cfg = replace(self._store_config())
        cfg.upload_endpoint = str(opts.get(opts.UPLOAD_ENDPOINT, s) or "")
        folder = str(opts.get(opts.RECORDING_DIR, s) or "")
        if folder:
            cfg.recording_dir = Path(folder)
        cfg.camera_id = self.camera_combo.currentData() or None
        cfg.mic_id = self.mic_combo.currentData() or None
        cfg.speaker_id = self.speaker_combo.currentData() or None
        for k, v in self.probe_overrides.items():
            setattr(cfg, k, v)
        return cfg

    @Slot()
    def run_all(self) -> None:
        if self.is_busy():
            return
        self._start_new_run(keep_ticks=True)
        self.run_probes(list(PROBES))

    def run_probes(self, names: list[str]) -> None:
        try:
            self._cfg = self.probe_config()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Cannot run the check"), str(exc))
            return
        for name in names:
            if name in self._running or name in self._queue or name in self._pending:
                continue
            item = self._probe_items[name]
            self._paint(item, None, self.tr("waiting…"))
            self._run_buttons[name].setEnabled(False)
            (self._queue if name in MEDIA_LANE else self._pending).append(name)
        self._next_media()
        self._start_next_pending()
        self._update_buttons()

    def _start_next_pending(self) -> None:
        """Start one probe per event-loop turn, so a burst of starts never blocks a repaint."""
        if self._pending:
            self._start(self._pending.pop(0))
        if self._pending:
            QTimer.singleShot(0, self._start_next_pending)

    def _next_media(self) -> None:
        if self._media_busy or not self._queue:
            return
        name = self._queue.pop(0)
        self._media_busy = True
        if name == "camera" and self.preview.is_running():
            self.preview.stop()  # the probe needs the camera to itself
            self.preview_button.setChecked(False)
        self._start(name)

    def _start(self, name: str) -> None:
        assert self._cfg is not None
        self._paint(self._probe_items[name], None, self.tr("running…"))
        task = run_task(
            run_probe,
            name,
            self._cfg,
            on_result=lambda r, n=name: self._on_probe_done(n, r),
            on_error=lambda e, n=name: self._on_probe_error(n, e),
        )
        self._running[name] = task
        dog = QTimer(self)
        dog.setSingleShot(True)
        timeout = PROBES[name].timeout_s(self._cfg)
        dog.timeout.connect(lambda n=name, t=timeout: self._on_probe_timed_out(n, t))
        dog.start(int(timeout * 1000))
        self._watchdogs[name] = dog

    def _finish(self, name: str) -> bool:
        """False when the probe was already given up on (a late answer is ignored)."""
        task = self._running.pop(name, None)
        dog = self._watchdogs.pop(name, None)
        if dog is not None:
            dog.stop()
            dog.deleteLater()
        if name in MEDIA_LANE and task is not None:
            self._media_busy = False
            QTimer.singleShot(0, self._next_media)
        self._run_buttons[name].setEnabled(True)
        return task is not None

    def _on_probe_done(self, name: str, result: ProbeResult) -> None:
        if not self._finish(name):
            return
        self._record(result)

    def _on_probe_error(self, name: str, exc: BaseException) -> None:
        if not self._finish(name):
            return
        self._record(
            ProbeResult(
                name,
                PROBES[name].title(),
                Status.FAIL,
                self.tr("the check itself failed: {error}").format(error=exc),
            )
        )

    def _on_probe_timed_out(self, name: str, seconds: float) -> None:
        task = self._running.get(name)
        if task is not None:
            task.cancel()
        if not self._finish(name):
            return
        self._record(
            ProbeResult(
                name,
                PROBES[name].title(),
                Status.FAIL,
                self.tr("no answer within {s:.0f} s").format(s=seconds),
            )
        )

    def _record(self, result: ProbeResult) -> None:
        self._results[result.key] = result
        item = self._probe_items[result.key]
        self._paint(item, result.status, result.value_text)
        item.setText(COL_THRESHOLD, result.threshold)
        item.setText(COL_NOTE, result.note)
        item.setToolTip(COL_VALUE, result.value_text)
        item.setToolTip(COL_NOTE, result.note)
        item.setToolTip(COL_THRESHOLD, result.threshold)
        if result.key == "speakers":
            waiting = result.status == Status.WARN
            self.heard_button.setEnabled(waiting)
            self.not_heard_button.setEnabled(waiting)
        self._save_timer.start()
        self._banner_timer.start()
        self.result_arrived.emit(result.key)
        self._update_buttons()
        if not self.is_busy():
            self._banner_timer.stop()
            self._update_banner()
            self._save_timer.stop()
            self._save_run()
            self.run_finished.emit()
            self.ctx.status_message.emit(
                self.tr("Check finished: {verdict}").format(
                    verdict=decide(self._results.values()).text()
                )
            )

    def confirm_heard(self, heard: bool) -> None:
        prev = self._results.get("speakers")
        if prev is None:
            return
        text = (
            self.tr("the host heard the test tone") if heard else self.tr("the host heard nothing")
        )
        self.heard_button.setEnabled(False)
        self.not_heard_button.setEnabled(False)
        self._record(
            replace(
                prev,
                status=Status.PASS if heard else Status.FAIL,
                value_text=text,
                note="" if heard else self.tr("check the output device and volume"),
                measured_at=utcnow(),
            )
        )

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        self.run_all_button.setEnabled(not busy)
        self.new_run_button.setEnabled(not busy)
        self.run_all_button.setText(self.tr("Running…") if busy else self.tr("Run all"))

    def is_busy(self) -> bool:
        return bool(self._running or self._queue or self._pending)

    # ---- painting, banner -----------------------------------------------------------------
    def _icon(self, status: Status | None) -> QIcon:
        if not self._icons:
            style = self.style()
            for key, pixmap in (
                (Status.PASS, QStyle.StandardPixmap.SP_DialogApplyButton),
                (Status.WARN, QStyle.StandardPixmap.SP_MessageBoxWarning),
                (Status.FAIL, QStyle.StandardPixmap.SP_MessageBoxCritical),
                (Status.SKIPPED, QStyle.StandardPixmap.SP_MediaSkipForward),
                (None, QStyle.StandardPixmap.SP_BrowserReload),
            ):
                self._icons[key] = style.standardIcon(pixmap)
        return self._icons[status]

    def _paint(self, item: QTreeWidgetItem, status: Status | None, text: str) -> None:
        if status is None:
            item.setIcon(COL_STATUS, self._icon(None))
            item.setText(COL_STATUS, text)
            item.setText(COL_VALUE, "")
            item.setForeground(COL_STATUS, QBrush())
            return
        item.setIcon(COL_STATUS, self._icon(status))
        item.setText(COL_STATUS, status_label(status))
        item.setForeground(COL_STATUS, QBrush(QColor(STATUS_COLOR[status.value])))
        item.setText(COL_VALUE, text)

    def current_results(self) -> list[ProbeResult]:
        probes = [self._results[n] for n in PROBES if n in self._results]
        manual = [
            self._results["manual:" + k]
            for k in self._manual_items
            if "manual:" + k in self._results
        ]
        return probes + manual

    def verdict(self) -> Verdict | None:
        if not any(r.kind == "probe" for r in self.current_results()):
            return None
        return decide(self.current_results()).verdict

    def _update_banner(self) -> None:
        results = self.current_results()
        missing = [PROBES[n].title() for n in PROBES if n not in self._results]
        if not any(r.kind == "probe" for r in results):
            verdict = None
            head = self.tr("Not checked yet — press Run all")
            detail = ""
        else:
            summary = decide(results)
            verdict = summary.verdict
            head = summary.verdict.label()
            lines = []
            if summary.blockers:
                lines.append(
                    self.tr("Blocking: {names}").format(
                        names=", ".join(r.title for r in summary.blockers)
                    )
                )
            if summary.warnings:
                lines.append(
                    self.tr("Warnings: {names}").format(
                        names=", ".join(r.title for r in summary.warnings)
                    )
                )
            if missing:
                lines.append(self.tr("Not run yet: {names}").format(names=", ".join(missing)))
            detail = "<br>".join(lines)
        if verdict != self._banner_verdict:  # restyling is the costly part; only on a change
            self._banner_verdict = verdict
            self.banner.setStyleSheet(
                f"QLabel#verdictBanner {{ {BANNER_STYLE[verdict]} padding:8px; border-radius:6px; }}"
            )
        from html import escape

        self.banner.setText(
            f"<span style='font-size:18pt;font-weight:bold'>{escape(head)}</span>"
            + (
                f"<br><span style='font-size:10pt'>{escape(detail).replace('&lt;br&gt;', '<br>')}</span>"
                if detail
                else ""
            )
        )
        self.banner.setAccessibleName(head)
        self.banner.setToolTip(detail.replace("<br>", "\n"))

    # ---- runs and history -----------------------------------------------------------------
    def _start_new_run(self, keep_ticks: bool) -> None:
        if self._save_timer.isActive():  # the old run's last change is stored first
            self._save_timer.stop()
            self._save_run()
        self._run_id = None
        self._generation += 1
        self._started_at = utcnow()
        for name in PROBES:
            self._results.pop(name, None)
            item = self._probe_items[name]
            item.setIcon(COL_STATUS, QIcon())
            item.setText(COL_STATUS, self.tr("not run"))
            item.setForeground(COL_STATUS, QBrush())
            for col in (COL_VALUE, COL_THRESHOLD, COL_NOTE):
                item.setText(col, "")
        self.heard_button.setEnabled(False)
        self.not_heard_button.setEnabled(False)
        if not keep_ticks:
            self.tree.blockSignals(True)
            for key, item in self._manual_items.items():
                item.setCheckState(COL_ITEM, Qt.CheckState.Unchecked)
                item.setText(COL_NOTE, "")
                self._set_manual_result(key, item, save=False)
            self.tree.blockSignals(False)
        self._update_banner()

    @Slot()
    def _on_new_run_clicked(self) -> None:
        self._start_new_run(keep_ticks=False)

    def _save_run(self) -> None:
        """Store the run off the UI thread; saves are serialised and coalesced."""
        if not any(r.kind == "probe" for r in self.current_results()):
            return  # ticks alone are not a check run yet
        if self._saving:
            self._save_pending = True
            return
        self._saving, self._save_pending = True, False
        cfg = self._cfg or self.probe_config()
        generation = self._generation
        run_task(
            history.save_run,
            self.ctx.store,
            list(self.current_results()),
            show_id=self.ctx.current_show_id or None,
            preset=cfg.preset.name,
            platform=cfg.platform,
            started_at=self._started_at,
            run_id=self._run_id,
            on_result=lambda run_id, g=generation: self._on_run_saved(g, run_id),
            on_error=self._on_run_save_failed,
        )

    def _on_run_saved(self, generation: int, run_id: int) -> None:
        self._saving = False
        if generation == self._generation:
            self._run_id = run_id
        self._reload_history()
        if self._save_pending:
            self._save_run()
        else:
            self.run_saved.emit(run_id)

    def _on_run_save_failed(self, exc: BaseException) -> None:
        self._saving = False
        log.warning("could not store the check run: %s", exc)
        self.ctx.status_message.emit(
            self.tr("The check run could not be saved: {error}").format(error=exc)
        )
        if self._save_pending:
            self._save_run()

    def is_saved(self) -> bool:
        return not self._saving and not self._save_pending and not self._save_timer.isActive()

    def _reload_history(self) -> None:
        self.history_list.clear()
        for rec in history.list_runs(self.ctx.store, self.ctx.current_show_id or None):
            when = rec.started_at.astimezone().strftime("%Y-%m-%d %H:%M")
            mark = {"go": "✔", "go_with_warnings": "⚠", "no_go": "✖"}[rec.verdict.value]
            it = QListWidgetItem(f"{mark} {when}  {rec.verdict.label()} · {rec.preset}")
            it.setData(Qt.ItemDataRole.UserRole, rec.id)
            it.setToolTip(self.tr("Double-click to open this run"))
            if rec.id == self._run_id:  # the run on screen
                f = it.font()
                f.setBold(True)
                it.setFont(f)
            self.history_list.addItem(it)

    @Slot(QListWidgetItem)
    def _on_history_item_activated(self, item: QListWidgetItem) -> None:
        self.open_run(int(item.data(Qt.ItemDataRole.UserRole)))

    @Slot()
    def _on_open_run_clicked(self) -> None:
        item = self.history_list.currentItem()
        if item is not None:
            self._on_history_item_activated(item)

    def open_run(self, run_id: int) -> None:
        from livestudio.ui.check.run_dialog import RunDialog

        dlg = RunDialog(history.load_run(self.ctx.store, run_id), self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self._open_dialog = dlg

    def current_run(self) -> RunRecord:
        """What is on screen, as a run record (exports write exactly this)."""
        info = history.show_info(self.ctx.store, self.ctx.current_show_id or None)
        cfg = self._cfg or self.probe_config()
        return RunRecord(
            self._run_id or 0,
            info.id if info else None,
            info.title if info else "",
            self._started_at,
            utcnow(),
            decide(self.current_results()).verdict,
            cfg.preset.name,
            cfg.platform,
            list(self.current_results()),
        )

    def export_current(self, kind: str, path: Path | None = None) -> Path | None:
        if not any(r.kind == "probe" for r in self.current_results()):
            QMessageBox.information(
                self,
                self.tr("Nothing to export"),
                self.tr("Run the check first; then its results can be exported."),
            )
            return None
        return export_run(self, self.current_run(), kind, path)

    # ---- show and devices -----------------------------------------------------------------
    @Slot(int)
    def _on_ctx_current_show_changed(self, _show_id: int) -> None:
        self._update_show_label()
        self._start_new_run(keep_ticks=False)
        self._reload_history()

    @Slot()
    def _update_show_label(self) -> None:
        info = history.show_info(self.ctx.store, self.ctx.current_show_id or None)
        if info is None:
            self.show_label.setText(
                self.tr("No show selected — the check is stored without a show.")
            )
        else:
            mins = info.planned_duration_ms // 60000
            self.show_label.setText(
                self.tr("Show: <b>{title}</b> · {platform} · {minutes} min planned").format(
                    title=info.title, platform=info.platform or self.tr("no platform"), minutes=mins
                )
            )
            platform = history.find_platform(self.ctx.store, info.platform)
            if platform is not None:
                idx = self.preset_combo.findData(platform.default_preset)
                if idx >= 0:
                    self.preset_combo.setCurrentIndex(idx)

    @Slot()
    def _refresh_devices(self) -> None:
        from PySide6.QtMultimedia import QMediaDevices

        def fill(combo: QComboBox, devs: list[Any], none_text: str) -> None:
            current = combo.currentData()
            combo.clear()
            if not devs:
                combo.addItem(none_text, "")
                return
            for d in devs:
                combo.addItem(d.description(), device_id(d))
            idx = combo.findData(current)
            if idx >= 0:
                combo.setCurrentIndex(idx)

        fill(self.camera_combo, list(QMediaDevices.videoInputs()), self.tr("(no camera found)"))
        fill(self.mic_combo, list(QMediaDevices.audioInputs()), self.tr("(no microphone found)"))
        fill(self.speaker_combo, list(QMediaDevices.audioOutputs()), self.tr("(no speakers found)"))

    @Slot(bool)
    def _on_preview_button_toggled(self, on: bool) -> None:
        if on:
            self.preview.start(self.camera_combo.currentData() or None)
            if not self.preview.is_running():  # keep the preview's "no camera" message on screen
                self.preview_button.blockSignals(True)
                self.preview_button.setChecked(False)
                self.preview_button.blockSignals(False)
                return
            self.preview_button.setText(self.tr("Stop preview"))
        else:
            self.preview.stop()
            self.preview_button.setText(self.tr("Start preview"))

    @Slot(bool)
    def _on_meter_button_toggled(self, on: bool) -> None:
        if on:
            if not self.meter.start(self.mic_combo.currentData() or None):
                self.meter_button.setChecked(False)
                return
            self.meter_button.setText(self.tr("Stop level meter"))
        else:
            self.meter.stop()
            self.meter_button.setText(self.tr("Start level meter"))

    # ---- workspace hooks ------------------------------------------------------------------
    def smoke(self) -> None:
        assert self._probe_items and self._manual_items, "checklist did not load"

    def close_workspace(self) -> bool:
        for task in self._running.values():
            task.cancel()
        self._queue.clear()
        self._pending.clear()
        self.preview.stop()
        self.meter.stop()
        return True


def export_run(parent: QWidget, run: RunRecord, kind: str, path: Path | None = None) -> Path | None:
    """Ask where (unless given) and write the run as .xlsx or PDF; errors become a message."""
    from livestudio.core.checks.export import export_run_xlsx
    from livestudio.reports.checkrun import export_run_pdf

    if path is None:
        stamp = run.started_at.strftime("%Y%m%d-%H%M")
        suggested = f"check-{stamp}.{kind}"
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
    return out
