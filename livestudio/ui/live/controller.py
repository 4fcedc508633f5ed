"""The Live controller: a QObject without widgets that owns the show clock over time.

It holds the `ShowClock`, the display timers, cue and chime signalling and the outputs for
streaming software, and turns actions (keys, clicks) into core calls. Panels draw what its
signals carry; nothing here touches a widget. The display timer only reads the clock
(`ShowClock.view()`); every action is an event appended to the store at once, and nothing
here counts ticks.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal, Slot

from livestudio import settings as opts
from livestudio.core.db import Store
from livestudio.core.durations import DurationError, parse_duration
from livestudio.core.live.clock import LiveError, ShowClock
from livestudio.core.live.engine import Cue, LiveView, Replay, TightenPreview
from livestudio.core.live.outputs import OverlayServer, TextFileWriter, texts_for, view_state
from livestudio.core.live.present import LogLine, describe_event, log_lines
from livestudio.core.live.service import LineupChoice, LiveRunService
from livestudio.core.live.summary import RunSummary
from livestudio.core.live.timesource import SystemTimeSource, TimeSource
from livestudio.ui.widgets.chime import Chime

log = logging.getLogger("livestudio.live")

REFRESH_MS = 40
FLASH_MS = 400


def _t(text: str) -> str:
    return QCoreApplication.translate("LiveWorkspace", text)


class LiveController(QObject):
    """The state of the Live screen over time; signals are past tense, slots `_on_<src>_<evt>`."""

    view_changed = Signal(object, bool, bool)  # LiveView | None, flash_on, second_changed
    log_changed = Signal()
    status_reported = Signal(str)
    cue_fired = Signal(str)  # "zero" / "promo_end"
    run_attached = Signal(int)  # run id
    went_live = Signal(int)  # run id: Go live started a new run (not a resume)
    run_ended = Signal(int)  # run id
    message_changed = Signal(str, bool)  # text, blink
    sale_product_changed = Signal()
    outputs_pushed = Signal(object)  # OutputTexts, right after the files / overlay got them
    store_status_changed = Signal(object)  # WriterStatus | None: actions waiting for the store

    def __init__(self, store: Store, settings: QSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = LiveRunService(store)
        self.settings = settings
        self.time_source: TimeSource = SystemTimeSource()
        self.clock: ShowClock | None = None
        self.chime = Chime(settings, self)
        self.writer: TextFileWriter | None = None
        # one server for the OBS overlay (127.0.0.1) and, when turned on, the studio network's
        # phone page; it starts no thread until one of them listens
        self.views = OverlayServer(int(opts.get(opts.OVERLAY_PORT, self.settings)))
        self.message = ""
        self.blink = False
        self.sale_product_id: int | None = None  # None: the current segment's product
        self._lineup: list[LineupChoice] = []
        self._idle_view: LiveView | None = None
        self._shown_key: tuple[object, ...] = ()
        self._last_second = -1
        self._signalled: set[str] = set()  # cue keys already chimed in this session
        self._switch_interval: float | None = None
        self._store_status: object = None
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        # Fires just after the next whole-second edge of the countdown, so the display and the
        # outputs change (and a zero cue fires) within a few ms of the moment.
        self.edge_timer = QTimer(self)
        self.edge_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.edge_timer.setSingleShot(True)
        self.edge_timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()

    # ---- the show ---------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status_reported.emit(text)

    def select_show(self, show_id: int) -> None:
        """Before going live: the chosen show's plan is what the screen shows."""
        if self.clock is not None:
            return
        plans = self.service.plan(show_id) if show_id else []
        self._idle_view = Replay(plans).view(0, None) if plans else None
        self._lineup = self.service.lineup(show_id) if show_id else []
        self.sale_product_id = None
        self.refresh(force=True)

    def start_show(self, show_id: int, mode: str) -> bool:
        if not show_id:
            self.say(_t("Choose a show first (make one in Plan)."))
            return False
        try:
            clock = self.service.start(show_id, self.time_source, mode=mode)
        except LiveError as exc:
            self.say(str(exc))
            return False
        self.attach(clock)
        self.say(_t("Live: {title}").format(title=clock.show_title))
        self.went_live.emit(clock.run_id)
        return True

    def attach_run(self, run_id: int) -> None:
        """Rebuild a run from its log (crash recovery) and show it."""
        self.attach(self.service.resume(run_id, self.time_source))

    def attach(self, clock: ShowClock) -> None:
        if self.clock is not None and self.clock is not clock:
            self.clock.close()  # the old run's lease goes back; its waiting actions stay journaled
        self.clock = clock
        self._signalled = set()
        self._lineup = self.service.lineup(clock.show_id)
        self.sale_product_id = None
        # While live, a busy worker thread hands the GIL back to the UI within 1 ms (Python's
        # default is 5 ms, which shows up as late second changes and late cues).
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(0.001)
        folder = str(opts.get(opts.OBS_TEXT_DIR, self.settings) or "")
        self.writer = self._text_writer(folder) if folder else None
        self.run_attached.emit(clock.run_id)
        self.after_action()

    def forget_ended_run(self) -> None:
        """After the end, an explicit "Start a new run" starts from the plan again."""
        if self.clock is not None and self.clock.ended:
            self.clock.close()
            self.clock = None
            self._check_store_status()

    @property
    def live(self) -> bool:
        return self.clock is not None and not self.clock.ended

    @property
    def ended(self) -> bool:
        return self.clock is not None and self.clock.ended

    def run(self, fn: Callable[[], object]) -> bool:
        """Do one action on the clock; a refusal is said on the status line."""
        try:
            fn()
        except LiveError as exc:
            self.say(str(exc))
            return False
        self.after_action()
        return True

    def _say_last(self) -> None:
        clock = self.clock
        if clock is not None and clock.events:
            self.say(self.describe(clock.events[-1]))

    def describe(self, event: object) -> str:
        clock = self.clock
        if clock is None:
            return ""
        by_id = {e.id: e for e in clock.events}
        return describe_event(event, clock.lineup, by_id)  # type: ignore[arg-type]

    # ---- actions ------------------------------------------------------------------------------
    def toggle(self, show_id: int, mode: str) -> None:
        if self.clock is not None and self.clock.ended:
            # a stray Space after the end must not put the show back on air
            self.say(_t("The show has ended. Click “Start show” to run it again."))
            return
        if self.clock is None:
            self.start_show(show_id, mode)
            return
        self.run(self.clock.toggle)

    def next_segment(self) -> None:
        if self.clock is not None:
            self.run(self.clock.next)

    def previous_segment(self) -> None:
        if self.clock is not None:
            self.run(self.clock.previous)

    def add_minute(self, sign: int) -> None:
        clock = self.clock
        if clock is not None:
            self.run(lambda: clock.add_time(sign * 60_000))

    def jump_to(self, index: int) -> None:
        clock = self.clock
        if clock is not None and not clock.ended and index != clock.replay.index:
            self.run(lambda: clock.jump(index))

    def set_skipped(self, index: int, skipped: bool) -> None:
        clock = self.clock
        if clock is not None and not clock.ended:
            self.run(lambda: clock.skip(index, skipped))

    def log_sale(self) -> None:
        clock = self.clock
        if clock is not None and self.run(lambda: clock.log_sale(1, self.sale_product_id)):
            self._say_last()

    def lineup(self) -> list[LineupChoice]:
        return list(self._lineup)

    def set_sale_product(self, lineup_item_id: int | None) -> None:
        self.sale_product_id = lineup_item_id
        self.sale_product_changed.emit()

    def sale_product_name(self, view: LiveView | None = None) -> str:
        """What S logs now (`view`: the one just drawn, to spare reading the clock again)."""
        if self.sale_product_id is not None:
            for item in self._lineup:
                if item.id == self.sale_product_id:
                    return item.name
        view = view or self.current_view()
        if view is not None and view.product_name:
            return view.product_name
        return _t("(no product)")

    def start_next_promotion(self) -> None:
        if self.clock is not None:
            self.run(self.clock.start_next_planned_promotion)

    def stop_promotion(self, key: str) -> None:
        clock = self.clock
        if clock is not None:
            self.run(lambda: clock.promo_stop(key))

    def start_adhoc_promotion(self, text: str) -> None:
        """'秒杀 2:00 50' -> title, duration (bare numbers are minutes; 5:00 when left out), units."""
        clock = self.clock
        if clock is None:
            return
        parts = text.split()
        limit: int | None = None
        if len(parts) >= 3 and parts[-1].isdigit():
            limit = int(parts.pop())
        duration = 300_000
        if len(parts) >= 2:
            try:
                duration = parse_duration(parts[-1], bare_number_unit="m")
                parts.pop()
            except DurationError:
                pass
        title = " ".join(parts) or _t("Ad-hoc promotion")
        self.run(lambda: clock.promo_start(title, duration, quantity_limit=limit))

    def log_entry(self, kind: str, text: str) -> None:
        clock = self.clock
        if clock is None:
            return
        if kind == "viewers":
            digits = text.replace(",", "").replace(" ", "").replace("，", "")
            if not digits.isdigit():
                self.say(
                    _t("'{text}' is not a viewer count; type a whole number.").format(text=text)
                )
                return
            self.run(lambda: clock.log_viewers(int(digits)))
        elif kind in ("comment", "incident", "note"):
            self.run(lambda: clock.log_text(kind, text))
        elif kind == "promo":
            self.start_adhoc_promotion(text)

    def set_mode(self, mode: str) -> None:
        clock = self.clock
        if clock is not None and clock.replay.mode != mode:
            self.run(lambda: clock.set_mode(mode))

    def toggle_mode(self) -> None:
        clock = self.clock
        if clock is not None:
            self.set_mode("manual" if clock.replay.mode == "auto" else "auto")

    def undo(self) -> None:
        clock = self.clock
        if clock is not None and self.run(clock.undo):
            self._say_last()

    def tighten_preview(self, mode: str) -> TightenPreview:
        assert self.clock is not None
        return self.clock.tighten_preview(mode)

    def apply_tighten(self, mode: str) -> None:
        clock = self.clock
        if clock is not None:
            # recomputed at the moment of applying, so a slow click applies fresh figures
            fresh = clock.tighten_preview(mode)
            if fresh.changes:
                self.run(lambda: clock.apply_tighten(fresh))

    def end_show(self) -> bool:
        clock = self.clock
        if clock is None or clock.ended:
            return False
        if not self.run(clock.end):
            return False
        self._say_last()  # "Show ended", not the last cue still on the status line
        self.run_ended.emit(clock.run_id)
        return True

    def summary(self) -> RunSummary | None:
        if self.clock is None:
            return None
        return self.service.summary(self.clock.show_id)

    def set_message(self, text: str, blink: bool) -> None:
        if (text, blink) != (self.message, self.blink):
            self.message, self.blink = text, blink
            self.message_changed.emit(text, blink)
            self.write_outputs()  # the phone's message line changes at once

    # ---- the display ----------------------------------------------------------------------
    def current_view(self) -> LiveView | None:
        return self.clock.view() if self.clock is not None else self._idle_view

    def log(self) -> list[LogLine]:
        clock = self.clock
        if clock is None:
            return []
        return log_lines(clock.events, clock.replay.undone, clock.lineup)

    def after_action(self) -> None:
        self.refresh(force=True)
        self.log_changed.emit()
        self._check_store_status()

    def _flash_on(self) -> bool:
        return int(self.time_source.monotonic_ms() // FLASH_MS) % 2 == 0

    def _display_key(self) -> tuple[object, ...]:
        """What the screen depends on between actions; the refresh is skipped when it is unchanged
        (most ticks), which keeps an idle live show well under 5% of a core."""
        clock = self.clock
        if clock is None:
            return ("idle",)
        now = clock.now_ms()
        rem = clock.replay.seg_remaining_ms(now)
        shown = -(-rem // 1000) if rem > 0 else -((-rem) // 1000) - 1
        flash = 0
        if rem <= 0 or self.blink:
            flash = int(self.time_source.monotonic_ms() // FLASH_MS) % 2
        promos = tuple(
            -(-(p.planned_end_ms - now) // 1000) for p in clock.replay.running_promos(now)
        )
        return (now // 1000, shown, flash, promos, clock.running, clock.ended)

    def _arm_edge_timer(self, view: LiveView | None) -> None:
        if self.clock is None or view is None or not view.running:
            self.edge_timer.stop()
            return
        rem = view.seg_remaining_ms
        to_edge = rem % 1000 if rem > 0 else 1000 - ((-rem) % 1000)
        to_edge = min(to_edge or 1000, 1000 - view.now_ms % 1000 or 1000)
        self.edge_timer.start(max(1, to_edge + 1))

    def refresh(self, force: bool = False) -> None:
        """Redraw from one reading of the clock, then push the outputs of that same reading:
        the text files and the overlay change on the displayed countdown's edge."""
        view = self.current_view()
        self._shown_key = self._display_key()
        self._arm_edge_timer(view)
        second = int(view.now_ms // 1000) if view else -1
        second_changed = force or second != self._last_second
        self._last_second = second
        self.view_changed.emit(view, self._flash_on(), second_changed)
        self.write_outputs(view)

    @property
    def overlay(self) -> OverlayServer | None:
        """The server while the OBS overlay listens (None when it is off)."""
        return self.views if self.views.listening("overlay") else None

    def _talking_points(self, view: LiveView) -> str:
        item_id = view.lineup_item_id
        return next((c.talking_points for c in self._lineup if c.id == item_id), "")

    def write_outputs(self, view: LiveView | None = None) -> None:
        """Text files, overlay and phone page, for the value now on screen (a write that fails is
        said once by the writer and retried every second; it never turns the outputs off)."""
        view = view or self.current_view()
        title = self.clock.show_title if self.clock is not None else ""
        if self.views.listening("overlay") or self.views.listening("studio"):
            self.views.publish(
                view_state(
                    view if self.clock is not None else None,
                    show_title=title,
                    message=self.message,
                    blink=self.blink,
                    talking_points=self._talking_points(view) if view is not None else "",
                )
            )
        if view is None or self.clock is None:
            return
        texts = texts_for(view)
        if self.writer is not None:
            self.writer.write(texts)
        self.outputs_pushed.emit(texts)

    def _signal_cue(self, cue: Cue) -> None:
        if cue.key in self._signalled:
            return
        self._signalled.add(cue.key)
        if cue.kind == "zero":
            self.chime.play()
        self.say(cue.text)
        self.cue_fired.emit(cue.kind)

    def _check_store_status(self) -> None:
        status = self.clock.store_status() if self.clock is not None else None
        if status != self._store_status:
            self._store_status = status
            self.store_status_changed.emit(status)

    def tick(self) -> None:
        """One display tick: signal and log due cues, redraw when what is shown has changed."""
        self._check_store_status()
        clock = self.clock
        if clock is not None and not clock.ended:
            # Signal a due cue first (no store work in the way), then log it: the log is what
            # keeps it from ever firing twice, also across a restart.
            due = clock.replay.due_cues(clock.now_ms())
            for cue in due:
                self._signal_cue(cue)
            try:
                logged = clock.tick()
            except Exception:
                log.exception("live tick failed")
                logged = []
            for cue in logged:
                self._signal_cue(cue)
            if logged or due:
                self.after_action()
                return
        if self._display_key() != self._shown_key:
            self.refresh()

    @Slot()
    def _on_timer_timeout(self) -> None:
        self.tick()

    # ---- outputs ----------------------------------------------------------------------------
    def _text_writer(self, folder: str) -> TextFileWriter:
        return TextFileWriter(Path(folder), on_problem=self.say, on_recovered=self.say)

    def set_obs_folder(self, folder: str) -> None:
        self.writer = self._text_writer(folder) if (folder and self.clock is not None) else None

    def set_overlay_enabled(self, on: bool) -> bool:
        if not on:
            self.views.stop_overlay()  # the phones on the studio network stay connected
            return True
        if self.views.listening("overlay"):
            return True
        port = int(opts.get(opts.OVERLAY_PORT, self.settings))
        try:
            self.views.start(port)
        except (OSError, ValueError) as exc:
            self.say(
                _t("The overlay server could not start on port {port}: {reason}").format(
                    port=port, reason=exc
                )
            )
            return False
        self.say(_t("Overlay for OBS: {url}").format(url=self.views.url))
        self.write_outputs()
        return True

    def shutdown(self) -> None:
        """Quitting during a show leaves the run open; the next start offers to resume it."""
        self.timer.stop()
        self.edge_timer.stop()
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
        self.views.stop()  # overlay and studio network: no thread or socket left
        if self.clock is not None:
            self.clock.close()  # commit what can be, give the run's lease back
