"""The Check workspace: pick the show, run the probes, tick the checklist, read the verdict,
keep the history. A thin host: the probe queue lives in CheckController, each panel in its file."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livestudio import settings as opts
from livestudio.core import fmt
from livestudio.core.checks.presets import PRESET_NAMES
from livestudio.core.checks.probes import PROBES, ProbeConfig
from livestudio.core.checks.results import ProbeResult, Status, Verdict
from livestudio.core.checks.service import CheckRunService, RunRecord
from livestudio.core.i18n import ui_language
from livestudio.ui.check.banner import VerdictBanner
from livestudio.ui.check.checklist import COL_STATUS, ChecklistPanel
from livestudio.ui.check.controller import RUNNING, CheckController
from livestudio.ui.check.detail import DetailPanel
from livestudio.ui.check.devices import DevicesPanel
from livestudio.ui.check.export import export_run
from livestudio.ui.check.history_panel import HistoryPanel
from livestudio.ui.context import AppContext


class CheckWorkspace(QWidget):
    result_arrived = Signal(str)  # item key
    run_finished = Signal()
    run_saved = Signal(int)  # run id, once the store has the latest results

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.service = CheckRunService(ctx.store)
        self.controller = CheckController(self.service, self)
        # Tests (and power users) may replace parts of the probe configuration: backends, env.
        self.probe_overrides: dict[str, Any] = {}
        self._cfg_cache: tuple[tuple[int, str], ProbeConfig] | None = None
        self._template_id = 0
        self._show_on_screen: int | None = None
        self.open_dialog: QDialog | None = None
        self._build()
        self._connect()
        self.load_checklist()
        self.reload_shows(select=ctx.current_show_id or None)
        self._on_verdict_changed()

    # ---- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.banner = VerdictBanner(self)
        self.show_combo = QComboBox(self)
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.setMinimumContentsLength(24)
        self.show_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        show_caption = QLabel(self.tr("Show:"), self)
        show_caption.setBuddy(self.show_combo)
        self.show_label = QLabel(self)
        self.show_label.setTextFormat(Qt.TextFormat.PlainText)
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
        self.new_run_button = QPushButton(self.tr("New run"), self)
        self.new_run_button.setToolTip(
            self.tr("Clear the results and ticks and start a fresh check")
        )
        self.edit_template_button = QPushButton(self.tr("Edit checklist…"), self)
        self.export_xlsx_button = QPushButton(self.tr("Export .xlsx…"), self)
        self.export_pdf_button = QPushButton(self.tr("Export PDF…"), self)

        top = QHBoxLayout()
        top.addWidget(show_caption)
        top.addWidget(self.show_combo, 2)
        top.addWidget(self.show_label, 1)
        top.addWidget(QLabel(self.tr("Preset:"), self))
        top.addWidget(self.preset_combo)
        for b in (
            self.run_all_button,
            self.new_run_button,
            self.edit_template_button,
            self.export_xlsx_button,
            self.export_pdf_button,
        ):
            top.addWidget(b)

        self.checklist = ChecklistPanel(self)
        self.detail = DetailPanel(self)
        self.devices = DevicesPanel(self)
        self.history = HistoryPanel(self)

        self.side_tabs = QTabWidget(self)
        devices_scroll = QScrollArea(self)  # the window may be shorter than the devices panel
        devices_scroll.setWidget(self.devices)
        devices_scroll.setWidgetResizable(True)
        devices_scroll.setFrameShape(QFrame.Shape.NoFrame)
        devices_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.side_tabs.addTab(devices_scroll, self.tr("Devices"))
        self.side_tabs.addTab(self.history, self.tr("Earlier runs"))
        self.devices.setTitle("")
        self.history.setTitle("")
        self.devices.setFlat(True)
        self.history.setFlat(True)
        side = QWidget(self)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.detail)
        sl.addWidget(self.side_tabs, 1)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.checklist)
        split.addWidget(side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setCollapsible(0, False)
        split.setSizes([1040, 230])
        self.splitter = split

        lay = QVBoxLayout(self)
        lay.addWidget(self.banner)
        lay.addLayout(top)
        lay.addWidget(split, 1)

    def _connect(self) -> None:
        c = self.controller
        c.probe_queued.connect(self._on_controller_probe_queued)
        c.result_recorded.connect(self._on_controller_result_recorded)
        c.run_reset.connect(self._on_controller_run_reset)
        c.busy_changed.connect(self._on_controller_busy_changed)
        c.verdict_changed.connect(self._on_verdict_changed)
        c.run_finished.connect(self._on_controller_run_finished)
        c.run_saved.connect(self._on_controller_run_saved)
        c.save_failed.connect(self._on_controller_save_failed)
        self.checklist.run_requested.connect(self.run_probes)
        self.checklist.manual_changed.connect(self._on_checklist_manual_changed)
        self.detail.heard.connect(self.confirm_heard)
        self.detail.run_requested.connect(self.run_probes)
        self.checklist.current_changed.connect(self._on_checklist_current_changed)
        self.devices.tone_requested.connect(lambda: self.run_probes(["speakers"]))
        self.history.run_opened.connect(self.open_run)
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        self.run_all_button.clicked.connect(self.run_all)
        self.new_run_button.clicked.connect(self._on_new_run_clicked)
        self.edit_template_button.clicked.connect(self._on_edit_template_clicked)
        self.export_xlsx_button.clicked.connect(lambda: self.export_current("xlsx"))
        self.export_pdf_button.clicked.connect(lambda: self.export_current("pdf"))
        self.ctx.current_show_changed.connect(self._on_ctx_current_show_changed)
        self.ctx.shows_changed.connect(self._on_ctx_shows_changed)

    # ---- shows ----------------------------------------------------------------------------
    def reload_shows(self, select: int | None = None) -> None:
        """Fill the picker (the one show order); keep `select` or the show on screen, else the
        first (the next show to go live). "No show" keeps a check without one."""
        keep = select if select is not None else self.current_show_id()
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        self.show_combo.addItem(self.tr("(no show)"), 0)
        for sh in self.service.shows():
            when = fmt.datetime_text(sh.scheduled_start) if sh.scheduled_start else ""
            title = sh.title or self.tr("(untitled show)")
            text = self.tr("{title} · {when}").format(title=title, when=when) if when else title
            self.show_combo.addItem(text, sh.id)
            self.show_combo.setItemData(
                self.show_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole
            )
        idx = self.show_combo.findData(keep) if keep else -1
        if idx < 0:
            idx = 1 if self.show_combo.count() > 1 and select is None else 0
        self.show_combo.setCurrentIndex(idx)
        self.show_combo.blockSignals(False)
        self._show_changed()

    def current_show_id(self) -> int:
        return int(self.show_combo.currentData() or 0)

    def select_show(self, show_id: int) -> None:
        """What picking the show in the picker does (0: no show)."""
        idx = self.show_combo.findData(show_id)
        if idx < 0:
            self.reload_shows(select=show_id)
        else:
            self.show_combo.setCurrentIndex(idx)

    @Slot(int)
    def _on_show_combo_changed(self, _index: int) -> None:
        self._show_changed()

    def _show_changed(self) -> None:
        show_id = self.current_show_id()
        if show_id == self._show_on_screen:
            return
        if self._show_on_screen is not None:  # a different show: its own run
            self.controller.new_run(keep_manual=False)
            self.checklist.untick_all()
            self._rebuild_manual_results()
        self._show_on_screen = show_id
        self.controller.show_id = show_id or None
        self.ctx.set_current_show(show_id)
        self._update_show_label()
        self._reload_history()

    @Slot(int)
    def _on_ctx_current_show_changed(self, show_id: int) -> None:
        if show_id != self.current_show_id():
            self.select_show(show_id)

    @Slot()
    def _on_ctx_shows_changed(self) -> None:
        self._cfg_cache = None
        self.reload_shows(select=self.current_show_id())

    def _update_show_label(self) -> None:
        info = self.service.show(self.current_show_id() or None)
        if info is None:
            self.show_label.setText(self.tr("No show selected"))
            self.show_label.setToolTip(self.tr("The check is stored without a show."))
            return
        text = self.tr("{platform} · {minutes} min planned").format(
            platform=info.platform or self.tr("no platform"),
            minutes=fmt.number(info.planned_duration_ms // 60000),
        )
        self.show_label.setText(text)
        self.show_label.setToolTip(info.title)
        preset = self.service.default_preset(info.platform)
        idx = self.preset_combo.findData(preset) if preset else -1
        if idx >= 0:
            self.preset_combo.setCurrentIndex(idx)

    # ---- checklist ------------------------------------------------------------------------
    def load_checklist(self) -> None:
        """(Re)read the checklist template; ticks and notes of items that stay are kept."""
        data = self.service.checklist(ui_language())
        self._template_id = data.id
        keep = {
            k: (self.checklist.is_ticked(k), self.checklist.note(k))
            for k in self.checklist.manual_keys()
        }
        self.checklist.set_checklist(data.items, keep)
        self.controller.set_manual_keys(self.checklist.manual_keys())
        self._rebuild_manual_results()

    def template_id(self) -> int:
        return self._template_id

    def _manual_result(self, key: str) -> ProbeResult:
        title, required = self.checklist.spec(key)
        done = self.checklist.is_ticked(key)
        if done:
            status, text = Status.PASS, self.tr("done")
        else:
            status = Status.FAIL if required else Status.SKIPPED
            text = self.tr("not done yet")
        return ProbeResult(
            key,
            title,
            status,
            text,
            {"done": done},
            self.tr("ticked by the host"),
            self.checklist.note(key),
            required,
            "manual",
        )

    def _rebuild_manual_results(self) -> None:
        for key in self.checklist.manual_keys():
            self.controller.set_manual(self._manual_result(key), save=False)

    @Slot(str)
    def _on_checklist_manual_changed(self, key: str) -> None:
        self.controller.set_manual(self._manual_result(key))

    def tick(self, key: str, done: bool = True, note: str | None = None) -> None:
        """Tick a manual item (what a click on its box does)."""
        self.checklist.tick(key, done, note)

    @Slot()
    def _on_edit_template_clicked(self) -> None:
        from livestudio.ui.check.template_dialog import TemplateEditorDialog

        dlg = TemplateEditorDialog(self.service, self._template_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(self._on_template_saved)
        self.open_dialog = dlg
        dlg.open()

    @Slot()
    def _on_template_saved(self) -> None:
        self.load_checklist()
        self.controller.save_now()
        self._on_verdict_changed()

    # ---- probes ---------------------------------------------------------------------------
    def _store_config(self) -> ProbeConfig:
        """The part of the configuration that comes from the store (show, platform), cached so a
        click on Run all does no queries; refreshed when the show or the platforms change."""
        preset = str(self.preset_combo.currentData())
        key = (self.current_show_id(), preset)
        if self._cfg_cache is None or self._cfg_cache[0] != key:
            cfg = self.service.probe_config(
                self.current_show_id() or None,
                preset,
                custom_default=opts.custom_stream_preset(self.ctx.settings),
            )
            self._cfg_cache = (key, cfg)
        return self._cfg_cache[1]

    def invalidate_config(self) -> None:
        """Read the show's platform settings again (they were edited)."""
        self._cfg_cache = None

    def probe_config(self) -> ProbeConfig:
        s = self.ctx.settings
        cfg = replace(self._store_config())
        cfg.upload_endpoint = str(opts.get(opts.UPLOAD_ENDPOINT, s) or "")
        folder = str(opts.get(opts.RECORDING_DIR, s) or "")
        if folder:
            cfg.recording_dir = Path(folder)
        cfg.camera_id = self.devices.camera_id()
        cfg.mic_id = self.devices.mic_id()
        cfg.speaker_id = self.devices.speaker_id()
        for k, v in self.probe_overrides.items():
            setattr(cfg, k, v)
        return cfg

    def _config_or_warn(self) -> ProbeConfig | None:
        try:
            return self.probe_config()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Cannot run the check"), str(exc))
            return None

    @Slot()
    def run_all(self) -> None:
        if self.controller.is_busy():
            return
        cfg = self._config_or_warn()
        if cfg is not None:
            self.controller.run_all(cfg)

    @Slot(list)
    def run_probes(self, names: list[str]) -> None:
        cfg = self._config_or_warn()
        if cfg is not None:
            self.controller.run_probes(names, cfg)

    @Slot(bool)
    def confirm_heard(self, heard: bool) -> None:
        """The host's answer to the test tone (the buttons under Selected item)."""
        self.detail.ask_heard(False)
        self.controller.confirm_heard(heard)

    def is_busy(self) -> bool:
        return self.controller.is_busy()

    def is_saved(self) -> bool:
        return self.controller.is_saved()

    def verdict(self) -> Verdict | None:
        return self.controller.verdict()

    def current_results(self) -> list[ProbeResult]:
        return self.controller.results()

    @Slot(str, str)
    def _on_controller_probe_queued(self, name: str, state: str) -> None:
        if name == "camera" and state == RUNNING:
            self.devices.release_camera()
        if name == "speakers":
            self.detail.ask_heard(False)
        self.checklist.show_probe_state(name, state)
        if name == self.checklist.current_key():
            self.detail.set_running(True)

    @Slot(object)
    def _on_controller_result_recorded(self, result: ProbeResult) -> None:
        if result.kind == "manual":
            self.checklist.show_manual(result, before_run=not self.controller.has_probe_results())
        else:
            self.checklist.show_result(result)
            if result.key == "speakers" and result.status == Status.WARN:  # waits for the host
                self.checklist.select("speakers")
                self.detail.ask_heard(True)
            self.result_arrived.emit(result.key)
        if result.key == self.checklist.current_key():
            self._on_checklist_current_changed(result.key)

    @Slot()
    def _on_controller_run_reset(self) -> None:
        for name in PROBES:
            self.checklist.show_probe_state(name, "")
        self.detail.ask_heard(False)
        self._on_checklist_current_changed(self.checklist.current_key())

    @Slot(bool)
    def _on_controller_busy_changed(self, busy: bool) -> None:
        self.run_all_button.setEnabled(not busy)
        self.new_run_button.setEnabled(not busy)
        self.run_all_button.setText(self.tr("Running…") if busy else self.tr("Run all"))

    @Slot()
    def _on_verdict_changed(self) -> None:
        c = self.controller
        before_run = not c.has_probe_results()
        for key in self.checklist.manual_keys():  # "not yet" turns into a failure once run
            result = c.result(key)
            if result is not None:
                self.checklist.show_manual(result, before_run)
        missing = [PROBES[n].title() for n in c.missing_probes()]
        self.banner.show_summary(None if before_run else c.summary(), missing)

    @Slot()
    def _on_controller_run_finished(self) -> None:
        self.run_finished.emit()
        self.ctx.status_message.emit(  # the banner lists what blocks
            self.tr("Check finished: {verdict}").format(
                verdict=self.controller.summary().verdict.label()
            )
        )

    @Slot(int)
    def _on_controller_run_saved(self, run_id: int) -> None:
        self._reload_history()
        self.run_saved.emit(run_id)

    @Slot(str)
    def _on_controller_save_failed(self, error: str) -> None:
        self.ctx.status_message.emit(
            self.tr("The check run could not be saved: {error}").format(error=error)
        )

    @Slot(str)
    def _on_checklist_current_changed(self, key: str) -> None:
        if not key:
            self.detail.show_item("", "", None)
            return
        probe = key in PROBES
        title = self.checklist.row_text(key, 0)
        self.detail.show_item(
            key,
            title,
            self.controller.result(key),
            probe=probe,
            status_text=self.checklist.row_text(key, COL_STATUS),
        )
        self.detail.set_running(probe and self.controller.is_running(key))

    # ---- runs and history -----------------------------------------------------------------
    @Slot()
    def _on_new_run_clicked(self) -> None:
        self.new_run()

    def new_run(self) -> None:
        """Clear the results and ticks: the next result starts a new run in the history."""
        self.controller.new_run(keep_manual=False)
        self.checklist.untick_all()
        self._rebuild_manual_results()
        self._on_verdict_changed()
        self._reload_history()

    def _reload_history(self) -> None:
        runs = self.service.runs(self.current_show_id() or None)
        self.history.set_runs(runs, self.controller.run_id)
        index = self.side_tabs.indexOf(self.history)
        title = self.tr("Earlier runs ({n})").format(n=fmt.number(len(runs)))
        self.side_tabs.setTabText(index, title if runs else self.tr("Earlier runs"))

    def open_run(self, run_id: int) -> None:
        """Show an earlier run, read-only, with its own export buttons."""
        from livestudio.ui.check.run_dialog import RunDialog

        try:
            run = self.service.run(run_id)
        except LookupError:
            self._reload_history()
            return
        dlg = RunDialog(run, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.open()
        self.open_dialog = dlg

    def current_run(self) -> RunRecord:
        """What is on screen, as a run record (exports write exactly this)."""
        info = self.service.show(self.current_show_id() or None)
        return self.controller.current_run(info.title if info else "")

    def export_current(self, kind: str, path: Path | None = None) -> Path | None:
        if not self.controller.has_probe_results():
            QMessageBox.information(
                self,
                self.tr("Nothing to export"),
                self.tr("Run the check first; then its results can be exported."),
            )
            return None
        return export_run(self, self.current_run(), kind, path)

    # ---- workspace hooks ------------------------------------------------------------------
    def smoke(self) -> None:
        assert self.checklist.keys() and self.checklist.manual_keys(), "checklist did not load"

    def close_workspace(self) -> bool:
        self.controller.shutdown()
        self.devices.stop()
        return True
