"""The Live workspace: the show picker, the toolbar and the panels, over a `LiveController`.

The controller owns the clock, the timers, cues and outputs; the panels only draw. The keyboard
is one table (keys.py) served by an application-wide filter, so every Live key works in the main
window, the host view and the mini clock, and the `?` sheet lists exactly those keys.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from livestudio import settings as opts
from livestudio.core.live.clock import ShowClock
from livestudio.core.live.engine import LiveView
from livestudio.core.live.outputs import OverlayServer, TextFileWriter
from livestudio.core.live.timesource import TimeSource
from livestudio.ui.context import AppContext
from livestudio.ui.live import global_keys, keys
from livestudio.ui.live.clock_panel import ClockPanel
from livestudio.ui.live.controller import LiveController
from livestudio.ui.live.dialogs import HelpOverlay, SummaryDialog, TightenDialog
from livestudio.ui.live.entry import EntryBar, MessageLine
from livestudio.ui.live.hostview import HostView
from livestudio.ui.live.log_panel import LogPanel
from livestudio.ui.live.miniclock import MiniClock
from livestudio.ui.live.obs_panel import LiveObsPanel
from livestudio.ui.live.pickers import QuickPicker, jump_picker, product_picker, promotion_picker
from livestudio.ui.live.promotions_panel import PromotionsPanel
from livestudio.ui.live.runofshow import RunOfShowPanel
from livestudio.ui.live.side_windows import SideWindows
from livestudio.ui.live.store_status import StoreStatusBanner
from livestudio.ui.live.toolbar import LiveToolbar
from livestudio.ui.widgets.chime import Chime

log = logging.getLogger("livestudio.live")


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


class LiveWorkspace(QWidget, SideWindows):
    cue_fired = Signal(str)  # "zero" / "promo_end"
    run_ended = Signal(int)  # run id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LiveWorkspace")
        self.ctx = ctx
        self.controller = LiveController(ctx.store, ctx.settings, self)
        self.host_view: HostView | None = None
        self.mini_clock: MiniClock | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.tighten_dialog: TightenDialog | None = None
        self.picker: QuickPicker | None = None
        self._focus_tries = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        c = self.controller
        c.view_changed.connect(self._on_controller_view_changed)
        c.log_changed.connect(self._on_controller_log_changed)
        c.status_reported.connect(self._on_controller_status_reported)
        c.cue_fired.connect(self.cue_fired)
        c.run_ended.connect(self.run_ended)
        c.run_attached.connect(self._on_controller_run_attached)
        c.sale_product_changed.connect(lambda: self._update_sale_label(None))
        self.key_filter = keys.LiveKeyFilter(self._keys_active, self.run_action, self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.key_filter)
        self._reload_shows()
        ctx.shows_changed.connect(self._reload_shows)
        ctx.current_show_changed.connect(self._on_ctx_current_show_changed)
        if opts.get(opts.OVERLAY_ENABLED, ctx.settings):
            self.set_overlay_enabled(True)
        self.global_keys = global_keys.for_workspace(self)  # off unless Settings turn it on

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        self.toolbar = LiveToolbar(self)
        bar = self.toolbar
        self.show_combo, self.mode_combo = bar.show_combo, bar.mode_combo
        self.start_button, self.end_button = bar.start_button, bar.end_button
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        bar.start_button.clicked.connect(self._on_start_clicked)
        self.mode_combo.activated.connect(self._on_mode_activated)
        bar.tighten_button.clicked.connect(self.open_tighten_dialog)
        bar.host_button.clicked.connect(lambda: self.open_host_view(None))
        bar.host_screen_chosen.connect(self.open_host_view)
        bar.host_close_requested.connect(self.close_host_view)
        bar.mini_button.clicked.connect(self.toggle_mini_clock)
        bar.end_button.clicked.connect(self._on_end_clicked)
        outer.addWidget(bar)

        self.store_banner = StoreStatusBanner(self)
        self.controller.store_status_changed.connect(self.store_banner.update_status)
        outer.addWidget(self.store_banner)
        self.obs: LiveObsPanel | None = None
        self.obs_row = QVBoxLayout()
        outer.addLayout(self.obs_row)
        self.attach_obs()
        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        self.clock_panel = ClockPanel(left)
        lv.addWidget(self.clock_panel, 1)
        self.promotions = PromotionsPanel(left)
        self.promotions.next_requested.connect(self.start_next_promotion)
        self.promotions.adhoc_requested.connect(self.ask_adhoc_promotion)
        self.promotions.stop_requested.connect(self.controller.stop_promotion)
        lv.addWidget(self.promotions)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        self.run_of_show = RunOfShowPanel(right)
        self.run_of_show.jump_requested.connect(self.jump_to)
        self.run_of_show.skip_requested.connect(self.controller.set_skipped)
        rv.addWidget(self.run_of_show, 3)
        self.log_panel = LogPanel(right)
        rv.addWidget(self.log_panel, 2)
        self.sale_label = QLabel()
        self.sale_label.setEnabled(False)
        rv.addWidget(self.sale_label)
        self.entry = EntryBar(right)
        self.entry.submitted.connect(self.controller.log_entry)
        self.entry.left.connect(self.return_focus)
        rv.addWidget(self.entry)
        self.message_line = MessageLine(right)
        self.message_line.changed.connect(self.controller.set_message)
        self.message_line.left.connect(self.return_focus)
        self.controller.message_changed.connect(self._on_controller_message_changed)
        rv.addWidget(self.message_line)
        split.addWidget(right)
        split.setStretchFactor(0, 5)  # the clock keeps the larger half; the run-of-show
        split.setStretchFactor(1, 4)  # titles need room too
        outer.addWidget(split, 1)

        self.status_label = QLabel()
        outer.addWidget(self.status_label)
        self.keys_label = QLabel(_t("Press ? for every key."))
        self.keys_label.setEnabled(False)
        outer.addWidget(self.keys_label)
        self.help = HelpOverlay(keys.rows(), self)
        self.help.closed.connect(self.return_focus)

    # ---- what older callers (menus, benchmarks) reach for ---------------------------------
    @property
    def clock(self) -> ShowClock | None:
        return self.controller.clock

    @property
    def chime(self) -> Chime:
        return self.controller.chime

    @property
    def time_source(self) -> TimeSource:
        return self.controller.time_source

    @time_source.setter
    def time_source(self, value: TimeSource) -> None:
        self.controller.time_source = value

    @property
    def writer(self) -> TextFileWriter | None:
        return self.controller.writer

    @writer.setter
    def writer(self, value: TextFileWriter | None) -> None:
        self.controller.writer = value

    @property
    def overlay(self) -> OverlayServer | None:
        return self.controller.overlay

    @property
    def timer(self) -> QTimer:
        """The display tick (benchmarks count its ticks)."""
        return self.controller.timer

    @property
    def countdown_label(self) -> QLabel:
        return self.clock_panel.countdown_label

    # ---- the keyboard -------------------------------------------------------------------------
    def _keys_active(self, window: QWidget | None) -> bool:
        """Live keys belong to the host view, the mini clock, and the main window while this tab
        is the one shown."""
        if window is None:
            return False
        if window is self.host_view or window is self.mini_clock:
            return True
        return window is self.window() and self.isVisible() and not self.help.isVisible()

    def run_action(self, action: str) -> None:
        """Run one action of the key table (keys.KEYS) by its name."""
        getattr(self, action)()

    def return_focus(self) -> None:
        """After an overlay, picker, dialog or text line: the keyboard is the Live screen's.
        Also once the event loop has closed the dialog (its window may still be active now)."""
        self._focus_tries = 5
        self._take_focus()

    @Slot()
    def _take_focus(self) -> None:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget():
            return  # another dialog took over; it returns the focus when it closes
        window = self.window()
        ours = [w for w in (window, self.host_view, self.mini_clock) if w is not None]
        if not any(QApplication.activeWindow() is w for w in ours):
            window.activateWindow()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        # a closing dialog's window can still hold the activation for a moment: try again
        self._focus_tries -= 1
        if self._focus_tries > 0 and not self.window().isActiveWindow():
            QTimer.singleShot(20, self, self._take_focus)

    def show_help(self) -> None:
        self.help.popup()

    def toggle(self) -> None:
        self.controller.toggle(self.selected_show_id(), str(self.mode_combo.currentData()))

    def next_segment(self) -> None:
        self.controller.next_segment()

    def previous_segment(self) -> None:
        self.controller.previous_segment()

    def add_minute(self, sign: int = 1) -> None:
        self.controller.add_minute(1 if sign >= 0 else -1)

    def remove_minute(self) -> None:
        self.controller.add_minute(-1)

    def log_sale(self) -> None:
        self.controller.log_sale()

    def undo(self) -> None:
        self.controller.undo()

    def start_next_promotion(self) -> None:
        self.controller.start_next_promotion()

    def toggle_advance_mode(self) -> None:
        if self.controller.live:
            self.controller.toggle_mode()
        else:
            self.mode_combo.setCurrentIndex(1 - self.mode_combo.currentIndex())

    def jump_to(self, index: int) -> None:
        self.controller.jump_to(index)

    def ask_viewers(self) -> None:
        self.ask_entry("viewers")

    def ask_comment(self) -> None:
        self.ask_entry("comment")

    def ask_incident(self) -> None:
        self.ask_entry("incident")

    def ask_adhoc_promotion(self) -> None:
        self.ask_entry("promo")

    def ask_entry(self, kind: str) -> None:
        if not self.controller.live:
            self.controller.say(_t("Start the show first."))
            return
        self._bring_main_window_forward()
        self.entry.ask_for(kind)

    def edit_message(self) -> None:
        self._bring_main_window_forward()
        self.message_line.begin()

    def _bring_main_window_forward(self) -> None:
        """Typing happens in the main window, even when the key came from the host view."""
        window = self.window()
        if QApplication.activeWindow() is not window:
            window.activateWindow()
            window.raise_()

    # ---- pickers ----------------------------------------------------------------------------
    def _open_picker(self, picker: QuickPicker) -> QuickPicker:
        if self.picker is not None:
            self.picker.close()
        self._bring_main_window_forward()
        self.picker = picker
        picker.finished.connect(lambda _r: self.return_focus())
        picker.open()
        picker.activateWindow()
        picker.filter.setFocus()
        return picker

    def open_jump_picker(self) -> QuickPicker | None:
        view = self.controller.current_view()
        if not self.controller.live or view is None:
            self.controller.say(_t("Start the show first."))
            return None
        typed = ""
        event_key = self.key_filter.last_text
        if event_key.isdigit():
            typed = event_key
        picker = jump_picker(view, self, typed)
        picker.picked.connect(self.jump_to)
        picker.toggled.connect(self._toggle_skip)
        return self._open_picker(picker)

    def _toggle_skip(self, index: object) -> None:
        view = self.controller.current_view()
        if view is None or not isinstance(index, int):
            return
        self.controller.set_skipped(index, view.rows[index].state != "skipped")

    def pick_sale_product(self) -> QuickPicker | None:
        if not self.controller.live:
            self.controller.say(_t("Start the show first."))
            return None
        picker = product_picker(self.controller.lineup(), self.controller.sale_product_id, self)
        picker.picked.connect(self.controller.set_sale_product)
        return self._open_picker(picker)

    def stop_promotion(self) -> QuickPicker | None:
        view = self.controller.current_view()
        promos = view.promos if (view is not None and self.controller.live) else []
        if not promos:
            self.controller.say(_t("No promotion running."))
            return None
        if len(promos) == 1:
            self.controller.stop_promotion(promos[0].key)
            return None
        picker = promotion_picker(promos, self)
        picker.picked.connect(self.controller.stop_promotion)
        return self._open_picker(picker)

    def _update_sale_label(self, view: LiveView | None = None) -> None:
        if self.controller.live:
            text = _t("S logs a sale of: {name}  (Shift+S to choose)").format(
                name=self.controller.sale_product_name(view)
            )
        else:
            text = ""
        if self.sale_label.text() != text:
            self.sale_label.setText(text)

    # ---- shows ----------------------------------------------------------------------------------
    @Slot()
    def _reload_shows(self) -> None:
        keep = self.selected_show_id() or self.ctx.current_show_id
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        for sh in self.controller.service.shows():
            self.show_combo.addItem(sh.title or _t("(untitled show)"), sh.id)
        idx = self.show_combo.findData(keep) if keep else 0
        self.show_combo.setCurrentIndex(max(0, idx))
        self.show_combo.blockSignals(False)
        self._on_show_combo_changed()

    def selected_show_id(self) -> int:
        return self.toolbar.selected_show_id()

    @Slot(int)
    def _on_ctx_current_show_changed(self, show_id: int) -> None:
        if self.controller.clock is None and show_id:
            idx = self.show_combo.findData(show_id)
            if idx >= 0:
                self.show_combo.setCurrentIndex(idx)

    @Slot()
    def _on_show_combo_changed(self) -> None:
        self.controller.select_show(self.selected_show_id())
        if self.obs is not None:
            self.obs.load_show(self.selected_show_id())

    def attach_run(self, run_id: int) -> None:
        """Rebuild a run from its log (crash recovery) and show it."""
        self.controller.attach_run(run_id)

    @Slot(int)
    def _on_controller_run_attached(self, _run_id: int) -> None:
        clock = self.controller.clock
        if clock is None:
            return
        idx = self.show_combo.findData(clock.show_id)
        if idx >= 0:
            self.show_combo.blockSignals(True)
            self.show_combo.setCurrentIndex(idx)
            self.show_combo.blockSignals(False)
        self.ctx.set_current_show(clock.show_id)
        self.ctx.shows_changed.emit()

    @Slot()
    def _on_start_clicked(self) -> None:
        self.controller.forget_ended_run()  # an explicit click starts a new run of the show
        self.toggle()
        self.return_focus()

    @Slot(int)
    def _on_mode_activated(self, _index: int) -> None:
        self.controller.set_mode(str(self.mode_combo.currentData()))
        self.return_focus()

    # ---- dialogs ----------------------------------------------------------------------------
    def open_tighten_dialog(self) -> TightenDialog | None:
        if not self.controller.live:
            self.controller.say(_t("Start the show first."))
            return None
        self._bring_main_window_forward()
        dlg = TightenDialog(self.controller.tighten_preview, self)
        dlg.accepted.connect(lambda: self.controller.apply_tighten(str(dlg.mode.currentData())))
        dlg.finished.connect(lambda _r: self.return_focus())
        self.tighten_dialog = dlg
        dlg.open()
        return dlg

    @Slot()
    def _on_end_clicked(self) -> None:
        self.end_or_summary()

    def end_or_summary(self) -> None:
        """Ctrl+End: asks before ending; after the end, the summary again."""
        if self.controller.ended:
            self.open_summary()
            return
        clock = self.controller.clock
        if clock is None:
            return
        self._bring_main_window_forward()
        self.end_question: QMessageBox | None = None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            _t("End the show?"),
            _t("End \u201c{title}\u201d now? The clock stops and the summary opens.").format(
                title=clock.show_title
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)  # a stray Enter keeps the show going
        box.finished.connect(lambda _r: self._on_end_question_finished(box))
        self.end_question = box
        box.open()

    def _on_end_question_finished(self, box: QMessageBox) -> None:
        yes = box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes
        self.return_focus()
        if yes:
            self.end_show()

    def end_show(self) -> SummaryDialog | None:
        if not self.controller.end_show():
            return None
        self.ctx.shows_changed.emit()
        return self.open_summary()

    def open_summary(self) -> SummaryDialog | None:
        clock = self.controller.clock
        summary = self.controller.summary()
        if clock is None or summary is None:
            return None
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        products = {p.id: p.name for p in self.controller.lineup()}
        dlg = SummaryDialog(summary, clock.show_title, products, self)
        show_id = clock.show_id
        dlg.review_requested.connect(lambda: self._open_review(show_id))
        dlg.finished.connect(lambda _r: self.return_focus())
        self.summary_dialog = dlg
        dlg.show()
        return dlg

    def _open_review(self, show_id: int) -> None:
        self.ctx.set_current_show(show_id)
        self.ctx.workspace_requested.emit("review")

    # ---- outputs ------------------------------------------------------------------------------
    def set_overlay_enabled(self, on: bool) -> bool:
        return self.controller.set_overlay_enabled(on)

    # ---- drawing ------------------------------------------------------------------------------
    @Slot(object, bool, bool)
    def _on_controller_view_changed(
        self, view: LiveView | None, flash_on: bool, second_changed: bool
    ) -> None:
        self.clock_panel.show_view(view, flash_on)
        live = self.controller.live
        if second_changed:
            self.run_of_show.show_rows(view.rows if view else [], live)
            self._update_sale_label(view)
        self.promotions.show_promos(view.promos if (view is not None and live) else [])
        clock = self.controller.clock
        title = clock.show_title if clock else self.show_combo.currentText()
        for w in (self.host_view, self.mini_clock):
            if w is not None:
                w.update_view(view, title, flash_on)
        self._update_buttons()

    @Slot()
    def _on_controller_log_changed(self) -> None:
        self.log_panel.show_lines(self.controller.log())

    @Slot(str)
    def _on_controller_status_reported(self, text: str) -> None:
        self.status_label.setText(text)
        self.ctx.status_message.emit(text)

    def status_text(self) -> str:
        return self.status_label.text()

    def countdown_colour(self) -> QColor:
        return self.clock_panel.countdown_colour()

    def _update_buttons(self) -> None:
        c = self.controller
        clock = c.clock
        self.toolbar.update_state(
            c.live,
            c.ended,
            clock is not None and clock.running,
            clock.replay.mode if clock is not None else None,
        )
        self.promotions.set_live(c.live)
        if self.obs is not None:
            self.obs.set_live(c.live)

    # ---- hooks ------------------------------------------------------------------------------
    # ---- OBS (Tools ▸ OBS) ------------------------------------------------------------------
    def attach_obs(self) -> None:
        """The OBS row, once an OBS address is set (checked again each time the tab shows)."""
        if self.obs is None and self.ctx.obs_configured:
            self.obs = LiveObsPanel(self.controller, self.ctx.obs_link(), self)
            self.obs_row.addWidget(self.obs)
            self.obs.load_show(self.selected_show_id())

    def obs_hold_scene(self) -> None:
        if self.obs is not None:
            self.obs.toggle_hold()
        else:
            self.controller.say(_t("OBS is not set up (Tools ▸ OBS)."))

    def obs_pick_scene(self) -> QuickPicker | None:
        picker = self.obs.scene_picker(self) if self.obs is not None else None
        if picker is None:
            if self.obs is None:
                self.controller.say(_t("OBS is not set up (Tools ▸ OBS)."))
            return None
        return self._open_picker(picker)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.attach_obs()
        self.setFocus()

    def smoke(self) -> None:
        self.controller.refresh(force=True)

    def close_workspace(self) -> bool:
        """Quitting during a show leaves the run open; the next start offers to resume it."""
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.key_filter)
        self.global_keys.stop()
        self.controller.shutdown()
        self.close_host_view()
        self.close_mini_clock()
        for dlg in (self.summary_dialog, self.tighten_dialog, self.picker):
            if dlg is not None:
                dlg.close()
        return True
