"""The Live workspace: the show clock on screen, cues, promotions, the live log, keyboard first.

The display timer only reads the clock (`ShowClock.view()`); every action is an event appended to
the store at once. Nothing here counts ticks.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFont, QGuiApplication, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from livestudio import settings as opts
from livestudio.core.durations import DurationError, parse_duration
from livestudio.core.live.clock import LiveError, ShowClock
from livestudio.core.live.engine import Cue, LiveView, Replay, format_clock, format_over
from livestudio.core.live.outputs import OverlayServer, TextFileWriter, texts_for
from livestudio.core.live.plan_source import load_plan
from livestudio.core.live.summary import run_summary
from livestudio.core.live.timesource import SystemTimeSource, TimeSource
from livestudio.core.models import LineupItem, Show
from livestudio.ui.context import AppContext
from livestudio.ui.live.dialogs import HelpOverlay, SummaryDialog, TightenDialog
from livestudio.ui.live.hostview import LEVEL_COLOURS, HostView
from livestudio.ui.widgets.chime import Chime

log = logging.getLogger("livestudio.live")

REFRESH_MS = 40
LEVEL_TEXT = {
    "idle": "palette(text)",
    "normal": "palette(text)",
    "warning": "#c98a00",
    "danger": "#e06000",
    "overtime": "#d32f2f",
}


def _typing() -> bool:
    """True while the keyboard focus is in a text field: single-key shortcuts must not fire."""
    w = QApplication.focusWidget()
    if isinstance(w, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return True
    return isinstance(w, QComboBox) and w.isEditable()


class _EntryBar(QFrame):
    """One line for V / C / I (and ad-hoc promotions): Enter logs it, Esc cancels."""

    submitted = Signal(str, str)  # kind, text

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel()
        self.edit = QLineEdit()
        self.label.setBuddy(self.edit)
        row.addWidget(self.label)
        row.addWidget(self.edit, 1)
        hint = QLabel(self.tr("Enter to log · Esc to cancel"))
        hint.setEnabled(False)
        row.addWidget(hint)
        self.kind = ""
        self.edit.returnPressed.connect(self._on_edit_return_pressed)
        self.edit.installEventFilter(self)
        self.hide()

    def ask(self, kind: str, label: str, placeholder: str = "") -> None:
        self.kind = kind
        self.label.setText(label)
        self.edit.clear()
        self.edit.setPlaceholderText(placeholder)
        self.show()
        self.edit.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if obj is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape:  # type: ignore[attr-defined]
                self.close_bar()
                return True
        return super().eventFilter(obj, event)

    def close_bar(self) -> None:
        self.hide()
        self.kind = ""
        parent = self.parentWidget()
        if parent is not None:
            parent.setFocus()

    @Slot()
    def _on_edit_return_pressed(self) -> None:
        kind, text = self.kind, self.edit.text().strip()
        self.close_bar()
        if text:
            self.submitted.emit(kind, text)


class LiveWorkspace(QWidget):
    cue_fired = Signal(str)  # "zero" / "promo_end"
    run_ended = Signal(int)  # run id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LiveWorkspace")
        self.ctx = ctx
        self.time_source: TimeSource = SystemTimeSource()
        self.clock: ShowClock | None = None
        self.host_view: HostView | None = None
        self.summary_dialog: SummaryDialog | None = None
        self.tighten_dialog: TightenDialog | None = None
        self.overlay: OverlayServer | None = None
        self.writer: TextFileWriter | None = None
        self.chime = Chime(ctx.settings, self)
        self._idle_view: LiveView | None = None
        self._last_second = -1
        self._last_texts: dict[QLabel, str] = {}
        self._promo_keys: list[str] = []
        self._log_count = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self._on_timer_timeout)
        self.timer.start()
        # Fires just after the next whole-second edge of the countdown, so the display changes
        # (and a zero cue fires) within a few ms of its moment rather than up to REFRESH_MS late.
        self.edge_timer = QTimer(self)
        self.edge_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.edge_timer.setSingleShot(True)
        self.edge_timer.timeout.connect(self._on_timer_timeout)
        self._shown_key: tuple[object, ...] = ()
        self._signalled: set[str] = set()  # cue keys already chimed in this session
        self._switch_interval: float | None = None
        self._install_shortcuts()
        self._reload_shows()
        ctx.shows_changed.connect(self._reload_shows)
        ctx.current_show_changed.connect(self._on_ctx_current_show_changed)
        self._start_overlay_if_enabled()

    # ---- building -----------------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        show_label = QLabel(self.tr("&Show:"))
        self.show_combo = QComboBox()
        self.show_combo.setMinimumWidth(260)
        show_label.setBuddy(self.show_combo)
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        self.start_button = QPushButton(self.tr("Start show (Space)"))
        self.start_button.clicked.connect(self._on_start_clicked)
        mode_label = QLabel(self.tr("&Advance:"))
        self.mode_combo = QComboBox()
        self.mode_combo.addItem(self.tr("Manual (N / →)"), "manual")
        self.mode_combo.addItem(self.tr("Automatic at zero"), "auto")
        mode_label.setBuddy(self.mode_combo)
        self.mode_combo.activated.connect(self._on_mode_activated)
        self.tighten_button = QPushButton(self.tr("&Tighten remaining…"))
        self.tighten_button.setToolTip(
            self.tr(
                "Shorten (or stretch) the segments still to come so the show ends at its planned time. "
                "You see the new durations before anything changes."
            )
        )
        self.tighten_button.clicked.connect(self.open_tighten_dialog)
        self.host_button = QToolButton()
        self.host_button.setText(self.tr("&Host view"))
        self.host_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.host_button.clicked.connect(lambda: self.open_host_view(None))
        self.host_menu = QMenu(self.host_button)
        self.host_menu.aboutToShow.connect(self._fill_host_menu)
        self.host_button.setMenu(self.host_menu)
        self.end_button = QPushButton(self.tr("&End show"))
        self.end_button.clicked.connect(self._on_end_clicked)
        top.addWidget(show_label)
        top.addWidget(self.show_combo, 1)
        top.addWidget(self.start_button)
        top.addSpacing(12)
        top.addWidget(mode_label)
        top.addWidget(self.mode_combo)
        top.addWidget(self.tighten_button)
        top.addWidget(self.host_button)
        top.addWidget(self.end_button)
        outer.addLayout(top)

        split = QSplitter(Qt.Orientation.Horizontal, self)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 8, 0)
        self.position_label = QLabel()
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        f = QFont(self.title_label.font())
        f.setPixelSize(30)
        f.setBold(True)
        self.title_label.setFont(f)
        self.countdown_label = QLabel("--:--")
        self.countdown_label.setObjectName("Countdown")
        cf = QFont(self.countdown_label.font())
        cf.setPixelSize(140)
        cf.setBold(True)
        self.countdown_label.setFont(cf)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.countdown_label.setMinimumHeight(170)
        self.countdown_label.setToolTip(
            self.tr(
                "Time left in this segment. Amber from the warning lead (default 2:00), orange from "
                "1:00, red and counting up in overtime."
            )
        )
        self.cue_label = QLabel()
        self.cue_label.setWordWrap(True)
        qf = QFont(self.cue_label.font())
        qf.setPixelSize(20)
        self.cue_label.setFont(qf)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        nf = QFont(self.next_label.font())
        nf.setPixelSize(18)
        self.next_label.setFont(nf)
        lv.addWidget(self.position_label)
        lv.addWidget(self.title_label)
        lv.addWidget(self.countdown_label, 1)
        lv.addWidget(self.cue_label)
        lv.addWidget(self.next_label)
        stats = QGridLayout()
        self.elapsed_value = QLabel()
        self.remaining_value = QLabel()
        self.over_value = QLabel()
        self.end_value = QLabel()
        self.over_value.setToolTip(
            self.tr("Projected end minus planned end: '+' means behind the plan, '-' ahead.")
        )
        for col, (caption, value) in enumerate(
            (
                (self.tr("Show elapsed"), self.elapsed_value),
                (self.tr("Show remaining"), self.remaining_value),
                (self.tr("Against plan"), self.over_value),
                (self.tr("Projected end"), self.end_value),
            )
        ):
            cap = QLabel(caption)
            cap.setEnabled(False)
            vf = QFont(value.font())
            vf.setPixelSize(22)
            vf.setBold(True)
            value.setFont(vf)
            stats.addWidget(cap, 0, col)
            stats.addWidget(value, 1, col)
        lv.addLayout(stats)
        self.promo_box = QGroupBox(self.tr("Promotions"))
        pv = QVBoxLayout(self.promo_box)
        self.promo_rows = QVBoxLayout()
        pv.addLayout(self.promo_rows)
        self.promo_empty = QLabel(self.tr("No promotion running."))
        self.promo_empty.setEnabled(False)
        pv.addWidget(self.promo_empty)
        pb = QHBoxLayout()
        self.promo_next_button = QPushButton(self.tr("Start next planned (F)"))
        self.promo_next_button.clicked.connect(self.start_next_promotion)
        self.promo_adhoc_button = QPushButton(self.tr("Ad-hoc promotion…"))
        self.promo_adhoc_button.clicked.connect(self._ask_adhoc_promo)
        pb.addWidget(self.promo_next_button)
        pb.addWidget(self.promo_adhoc_button)
        pb.addStretch(1)
        pv.addLayout(pb)
        lv.addWidget(self.promo_box)
        split.addWidget(left)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(8, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("<b>Run-of-show</b>")))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("#"),
                self.tr("Segment"),
                self.tr("Planned"),
                self.tr("Actual"),
                self.tr("+/−"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._on_table_context_menu)
        self.table.cellDoubleClicked.connect(lambda row, _col: self.jump_to(row))
        self.table.setToolTip(
            self.tr("Double-click a segment to go to it; right-click to skip it.")
        )
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for c in (0, 2, 3, 4):
            hh.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        rv.addWidget(self.table, 3)
        rv.addWidget(QLabel(self.tr("<b>Live log</b>")))
        self.log_list = QListWidget()
        self.log_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        rv.addWidget(self.log_list, 2)
        self.entry = _EntryBar(self)
        self.entry.submitted.connect(self._on_entry_submitted)
        rv.addWidget(self.entry)
        msg = QHBoxLayout()
        msg_label = QLabel(self.tr("&Message to host:"))
        self.message_edit = QLineEdit()
        self.message_edit.setPlaceholderText(
            self.tr("Shown on the host view, e.g. 'Stock of lip tint low'")
        )
        msg_label.setBuddy(self.message_edit)
        self.blink_check = QCheckBox(self.tr("B&link"))
        self.message_edit.textChanged.connect(self._push_message)
        self.blink_check.toggled.connect(self._push_message)
        msg.addWidget(msg_label)
        msg.addWidget(self.message_edit, 1)
        msg.addWidget(self.blink_check)
        rv.addLayout(msg)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        outer.addWidget(split, 1)

        self.status_label = QLabel()
        outer.addWidget(self.status_label)
        self.keys_label = QLabel()
        self.keys_label.setWordWrap(True)
        outer.addWidget(self.keys_label)
        self.help = HelpOverlay(self._shortcut_rows(), self)

    def _shortcut_rows(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Space"), self.tr("start / pause / resume")),
            (self.tr("N or →"), self.tr("next segment")),
            (self.tr("P or ←"), self.tr("previous segment")),
            (self.tr("+ / −"), self.tr("add / remove a minute")),
            (self.tr("S"), self.tr("log a sale of the current product")),
            (self.tr("V"), self.tr("type a viewer count")),
            (self.tr("C"), self.tr("log a comment or question")),
            (self.tr("I"), self.tr("log an incident")),
            (self.tr("F"), self.tr("start the next planned promotion")),
            (self.tr("Ctrl+Z"), self.tr("undo the last log entry")),
            (self.tr("?"), self.tr("this help")),
        ]

    def _install_shortcuts(self) -> None:
        self.shortcuts: list[QShortcut] = []
        bindings = [
            (("Space",), self.toggle),
            (("N", "Right"), self.next_segment),
            (("P", "Left"), self.previous_segment),
            (("+", "=", "Shift+="), lambda: self.add_minute(1)),
            (("-", "_"), lambda: self.add_minute(-1)),
            (("S",), self.log_sale),
            (("V",), lambda: self.ask_entry("viewers")),
            (("C",), lambda: self.ask_entry("comment")),
            (("I",), lambda: self.ask_entry("incident")),
            (("F",), self.start_next_promotion),
            (("Ctrl+Z",), self.undo),
            (("?", "Shift+?", "Shift+/", "F1"), self.show_help),
        ]
        for keys, fn in bindings:
            for key in keys:
                sc = QShortcut(QKeySequence(key), self)
                sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                sc.activated.connect(lambda fn=fn: self._guarded(fn))
                self.shortcuts.append(sc)
        self.keys_label.setText("   ".join(f"<b>{k}</b> {v}" for k, v in self._shortcut_rows()))

    def _guarded(self, fn: object) -> None:
        if _typing():
            return
        fn()  # type: ignore[operator]

    # ---- shows --------------------------------------------------------------------------
    @Slot()
    def _reload_shows(self) -> None:
        keep = self.selected_show_id() or self.ctx.current_show_id
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        with self.ctx.store.session() as s:
            shows = list(s.scalars(select(Show).order_by(Show.id.desc())))
            for sh in shows:
                self.show_combo.addItem(sh.title or self.tr("(untitled show)"), sh.id)
        idx = self.show_combo.findData(keep) if keep else 0
        self.show_combo.setCurrentIndex(max(0, idx))
        self.show_combo.blockSignals(False)
        self._on_show_combo_changed()

    def selected_show_id(self) -> int:
        data = self.show_combo.currentData()
        return int(data) if data else 0

    @Slot(int)
    def _on_ctx_current_show_changed(self, show_id: int) -> None:
        if self.clock is None and show_id:
            idx = self.show_combo.findData(show_id)
            if idx >= 0:
                self.show_combo.setCurrentIndex(idx)

    @Slot()
    def _on_show_combo_changed(self) -> None:
        if self.clock is not None:
            return
        show_id = self.selected_show_id()
        plans = []
        if show_id:
            with self.ctx.store.session() as s:
                plans = load_plan(s, show_id)
        self._idle_view = Replay(plans).view(0, None) if plans else None
        self._rebuild_table()
        self._refresh(force=True)

    # ---- actions --------------------------------------------------------------------------
    def _run(self, fn: object) -> bool:
        try:
            fn()  # type: ignore[operator]
        except LiveError as exc:
            self._say(str(exc))
            return False
        self._after_action()
        return True

    def _say(self, text: str) -> None:
        self.status_label.setText(text)
        self.ctx.status_message.emit(text)

    def start_show(self) -> bool:
        show_id = self.selected_show_id()
        if not show_id:
            self._say(self.tr("Choose a show first (make one in Plan)."))
            return False
        try:
            clock = ShowClock.start_new(
                self.ctx.store, show_id, self.time_source, mode=str(self.mode_combo.currentData())
            )
        except LiveError as exc:
            self._say(str(exc))
            return False
        self.attach(clock)
        self.ctx.shows_changed.emit()
        self._say(self.tr("Live: {title}").format(title=clock.show_title))
        return True

    def attach_run(self, run_id: int) -> None:
        """Rebuild a run from its log (crash recovery) and show it."""
        self.attach(ShowClock(self.ctx.store, run_id, self.time_source))

    def attach(self, clock: ShowClock) -> None:
        self.clock = clock
        self._signalled = set()
        # While live, a busy worker thread hands the GIL back to the UI within 1 ms (Python's
        # default is 5 ms, which shows up as late second changes and late cues).
        if self._switch_interval is None:
            self._switch_interval = sys.getswitchinterval()
            sys.setswitchinterval(0.001)
        idx = self.show_combo.findData(clock.show_id)
        if idx >= 0:
            self.show_combo.blockSignals(True)
            self.show_combo.setCurrentIndex(idx)
            self.show_combo.blockSignals(False)
        self.ctx.set_current_show(clock.show_id)
        folder = str(opts.get(opts.OBS_TEXT_DIR, self.ctx.settings) or "")
        self.writer = TextFileWriter(Path(folder)) if folder else None
        self._rebuild_table()
        self._after_action()

    @Slot()
    def _on_start_clicked(self) -> None:
        if self.clock is not None and self.clock.ended:
            self.clock = None  # an explicit click starts a new run of the chosen show
        self.toggle()
        self.setFocus()

    def toggle(self) -> None:
        if self.clock is not None and self.clock.ended:
            # a stray Space after the end must not put the show back on air
            self._say(self.tr("The show has ended. Click “Start show” to run it again."))
            return
        if self.clock is None:
            self.start_show()
            return
        self._run(self.clock.toggle)

    def next_segment(self) -> None:
        if self.clock is not None:
            self._run(self.clock.next)

    def previous_segment(self) -> None:
        if self.clock is not None:
            self._run(self.clock.previous)

    def add_minute(self, sign: int) -> None:
        if self.clock is not None:
            self._run(lambda: self.clock.add_time(sign * 60_000))  # type: ignore[union-attr]

    def log_sale(self) -> None:
        if self.clock is not None:
            if self._run(self.clock.log_sale):
                e = self.clock.events[-1]
                self._say(self.clock.describe(e))

    def jump_to(self, index: int) -> None:
        if self.clock is not None and not self.clock.ended and index != self.clock.replay.index:
            self._run(lambda: self.clock.jump(index))  # type: ignore[union-attr]

    def _on_table_context_menu(self, pos: object) -> None:
        clock = self.clock
        row = self.table.rowAt(pos.y())  # type: ignore[attr-defined]
        if clock is None or clock.ended or row < 0:
            return
        menu = QMenu(self)
        go = menu.addAction(self.tr("Go to this segment now"))
        go.setEnabled(row != clock.replay.index)
        go.triggered.connect(lambda: self.jump_to(row))
        skipped = clock.replay.segments[row].skipped
        skip = menu.addAction(self.tr("Do not skip") if skipped else self.tr("Skip this segment"))
        skip.setEnabled(row > clock.replay.index)
        skip.triggered.connect(lambda: self._run(lambda: clock.skip(row, not skipped)))
        menu.popup(self.table.viewport().mapToGlobal(pos))  # type: ignore[arg-type]

    def start_next_promotion(self) -> None:
        if self.clock is not None:
            self._run(self.clock.start_next_planned_promotion)

    def undo(self) -> None:
        if self.clock is not None and self._run(self.clock.undo):
            self._say(self.clock.describe(self.clock.events[-1]))

    def show_help(self) -> None:
        self.help.popup()

    def ask_entry(self, kind: str) -> None:
        if self.clock is None:
            self._say(self.tr("Start the show first."))
            return
        labels = {
            "viewers": (self.tr("&Viewers now:"), self.tr("e.g. 1250")),
            "comment": (self.tr("&Comment or question:"), self.tr("e.g. 有没有小样? Any samples?")),
            "incident": (self.tr("&Incident:"), self.tr("e.g. stream froze 20 s")),
            "promo": (
                self.tr("&Ad-hoc promotion:"),
                self.tr("title, duration, units — e.g. 秒杀 2:00 50"),
            ),
        }
        label, hint = labels[kind]
        self.entry.ask(kind, label, hint)

    @Slot()
    def _ask_adhoc_promo(self) -> None:
        self.ask_entry("promo")

    @Slot(str, str)
    def _on_entry_submitted(self, kind: str, text: str) -> None:
        clock = self.clock
        if clock is None:
            return
        if kind == "viewers":
            digits = text.replace(",", "").replace(" ", "")
            if not digits.isdigit():
                self._say(
                    self.tr("'{text}' is not a viewer count; type a whole number.").format(
                        text=text
                    )
                )
                return
            self._run(lambda: clock.log_viewers(int(digits)))
        elif kind in ("comment", "incident", "note"):
            self._run(lambda: clock.log_text(kind, text))
        elif kind == "promo":
            parts = text.split()
            limit: int | None = None
            if len(parts) >= 3 and parts[-1].isdigit():
                limit = int(parts.pop())
            try:
                duration = (
                    parse_duration(parts[-1], bare_number_unit="m") if len(parts) >= 2 else 300_000
                )
                if len(parts) >= 2:
                    parts.pop()
            except DurationError:
                duration = 300_000
            title = " ".join(parts) or self.tr("Ad-hoc promotion")
            self._run(lambda: clock.promo_start(title, duration, quantity_limit=limit))

    @Slot(int)
    def _on_mode_activated(self, _index: int) -> None:
        mode = str(self.mode_combo.currentData())
        if self.clock is not None and self.clock.replay.mode != mode:
            self._run(lambda: self.clock.set_mode(mode))  # type: ignore[union-attr]
        self.setFocus()

    def open_tighten_dialog(self) -> TightenDialog | None:
        clock = self.clock
        if clock is None or clock.ended:
            self._say(self.tr("Start the show first."))
            return None
        dlg = TightenDialog(clock.tighten_preview, self)
        dlg.accepted.connect(lambda: self._apply_tighten(dlg))
        dlg.finished.connect(lambda _r: self.setFocus())
        self.tighten_dialog = dlg
        dlg.open()
        return dlg

    def _apply_tighten(self, dlg: TightenDialog) -> None:
        if self.clock is not None and dlg.preview is not None and dlg.preview.changes:
            # recompute at the moment of applying so a slow click does not apply stale figures
            fresh = self.clock.tighten_preview(dlg.preview.mode)
            self._run(lambda: self.clock.apply_tighten(fresh))  # type: ignore[union-attr]

    @Slot()
    def _on_end_clicked(self) -> None:
        if self.clock is not None and self.clock.ended:
            self.open_summary()
            return
        if self.clock is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("End the show?"),
            self.tr("End \u201c{title}\u201d now? The clock stops and the summary opens.").format(
                title=self.clock.show_title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.end_show()

    def end_show(self) -> SummaryDialog | None:
        clock = self.clock
        if clock is None or clock.ended:
            return None
        if not self._run(clock.end):
            return None
        self.ctx.shows_changed.emit()
        self.run_ended.emit(clock.run_id)
        return self.open_summary()

    def open_summary(self) -> SummaryDialog | None:
        clock = self.clock
        if clock is None:
            return None
        with self.ctx.store.session() as s:
            summary = run_summary(s, clock.show_id)
            products = {
                li.id: li.name
                for li in s.scalars(select(LineupItem).where(LineupItem.show_id == clock.show_id))
            }
        if summary is None:
            return None
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        dlg = SummaryDialog(summary, clock.show_title, products, self)
        show_id = clock.show_id
        dlg.review_requested.connect(lambda: self._open_review(show_id))
        self.summary_dialog = dlg
        dlg.show()
        return dlg

    def _open_review(self, show_id: int) -> None:
        self.ctx.set_current_show(show_id)
        self.ctx.workspace_requested.emit("review")

    # ---- host view ------------------------------------------------------------------------
    def _fill_host_menu(self) -> None:
        self.host_menu.clear()
        for screen in QGuiApplication.screens():
            g = screen.geometry()
            act = self.host_menu.addAction(
                self.tr("Full screen on {name} ({w}×{h})").format(
                    name=screen.name(), w=g.width(), h=g.height()
                )
            )
            act.triggered.connect(lambda _c=False, sc=screen: self.open_host_view(sc))
        self.host_menu.addSeparator()
        close = self.host_menu.addAction(self.tr("Close host view"))
        close.setEnabled(self.host_view is not None)
        close.triggered.connect(self.close_host_view)

    def open_host_view(self, screen: object | None = None) -> HostView:
        if self.host_view is None:
            self.host_view = HostView(None)
            self.host_view.closed.connect(self._on_host_view_closed)
        screens = QGuiApplication.screens()
        chosen = screen or (screens[-1] if screens else None)  # prefer the second screen
        self.host_view.show_on(chosen)  # type: ignore[arg-type]
        self._push_message()
        self._refresh(force=True)
        return self.host_view

    def close_host_view(self) -> None:
        if self.host_view is not None:
            self.host_view.close()

    @Slot()
    def _on_host_view_closed(self) -> None:
        if self.host_view is not None:
            self.host_view.deleteLater()
        self.host_view = None

    @Slot()
    def _push_message(self) -> None:
        if self.host_view is not None:
            self.host_view.set_message(self.message_edit.text(), self.blink_check.isChecked())

    # ---- outputs --------------------------------------------------------------------------
    def _start_overlay_if_enabled(self) -> None:
        if not opts.get(opts.OVERLAY_ENABLED, self.ctx.settings):
            return
        self.set_overlay_enabled(True)

    def set_overlay_enabled(self, on: bool) -> bool:
        if not on:
            if self.overlay is not None:
                self.overlay.stop()
                self.overlay = None
            return True
        if self.overlay is not None:
            return True
        port = int(opts.get(opts.OVERLAY_PORT, self.ctx.settings))
        try:
            server = OverlayServer(port)
            server.start()
        except (OSError, ValueError) as exc:
            self._say(
                self.tr("The overlay server could not start on port {port}: {reason}").format(
                    port=port, reason=exc
                )
            )
            return False
        self.overlay = server
        self._say(self.tr("Overlay for OBS: {url}").format(url=server.url))
        return True

    def write_outputs(self, view: LiveView | None = None) -> None:
        """Text files and overlay state (once a second from the timer; tests call it directly)."""
        view = view or self._current_view()
        if view is None:
            return
        texts = texts_for(view)
        if self.writer is not None:
            try:
                self.writer.write(texts)
            except OSError as exc:
                self._say(
                    self.tr("Could not write the OBS text files in {folder}: {reason}").format(
                        folder=self.writer.folder, reason=exc.strerror or exc
                    )
                )
                self.writer = None
        if self.overlay is not None:
            self.overlay.publish({**texts.as_dict(), "level": view.level})

    # ---- display ----------------------------------------------------------------------------
    def _current_view(self) -> LiveView | None:
        return self.clock.view() if self.clock is not None else self._idle_view

    @Slot()
    def _on_timer_timeout(self) -> None:
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
                self._after_action()
                return
        if self._display_key() != self._shown_key:
            self._refresh()

    def _signal_cue(self, cue: Cue) -> None:
        if cue.key in self._signalled:
            return
        self._signalled.add(cue.key)
        if cue.kind == "zero":
            self.chime.play()
        self._say(cue.text)
        self.cue_fired.emit(cue.kind)

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
        if rem <= 0 or (self.host_view is not None and self.blink_check.isChecked()):
            flash = int(self.time_source.monotonic_ms() // 400) % 2
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

    def _set(self, label: QLabel, text: str) -> None:
        if self._last_texts.get(label) != text:
            self._last_texts[label] = text
            label.setText(text)

    def _after_action(self) -> None:
        self._refresh(force=True)
        self._refresh_log()

    def _refresh(self, force: bool = False) -> None:
        view = self._current_view()
        self._shown_key = self._display_key()
        self._arm_edge_timer(view)
        mono = self.time_source.monotonic_ms()
        flash_on = int(mono // 400) % 2 == 0
        if view is None:
            self._set(self.title_label, self.tr("No show chosen"))
            self._set(self.countdown_label, "--:--")
            self._set(self.cue_label, self.tr("Pick a show above, then press Space to start."))
            self._set(self.next_label, "")
            self._set(self.position_label, "")
            for w in (self.elapsed_value, self.remaining_value, self.over_value, self.end_value):
                self._set(w, "—")
        else:
            self._show_view(view, flash_on)
        second = int(view.now_ms // 1000) if view else -1
        if force or second != self._last_second:
            self._last_second = second
            self._refresh_table(view)
            self._refresh_promos(view)
            self.write_outputs(view)
        elif view is not None and view.promos:
            self._refresh_promo_times(view)
        if self.host_view is not None:
            self.host_view.update_view(
                view,
                self.clock.show_title if self.clock else self.show_combo.currentText(),
                flash_on,
            )
        self._update_buttons()

    def _show_view(self, v: LiveView, flash_on: bool) -> None:
        total = len(v.rows)
        if not v.started:
            self._set(
                self.position_label,
                self.tr("Ready · {n} segments · {planned} planned").format(
                    n=total, planned=format_clock(v.planned_total_ms)
                ),
            )
            self._set(self.title_label, v.title)
            self._set(self.countdown_label, format_clock(v.seg_allowance_ms))
            self._set(self.cue_label, v.script)
            self._set(self.next_label, self.tr("Press Space to start the show."))
        else:
            state = (
                self.tr("paused")
                if not v.running and not v.ended
                else (self.tr("ended") if v.ended else self.tr("live"))
            )
            mode = self.tr("auto-advance") if v.mode == "auto" else self.tr("manual")
            self._set(
                self.position_label,
                self.tr("Segment {n} of {total} · {state} · {mode}").format(
                    n=v.index + 1, total=total, state=state, mode=mode
                ),
            )
            self._set(
                self.title_label,
                v.title
                + (
                    f"  ·  {v.product_name}"
                    if v.product_name and v.product_name not in v.title
                    else ""
                ),
            )
            if v.ended:
                self._set(self.countdown_label, self.tr("Ended"))
            elif v.seg_remaining_ms < 0:
                self._set(self.countdown_label, "+" + format_clock(-v.seg_remaining_ms, ceil=False))
            else:
                self._set(self.countdown_label, format_clock(v.seg_remaining_ms))
            self._set(self.cue_label, v.script)
            if v.ended:
                self._set(self.next_label, self.tr("The show has ended."))
            elif v.next_index is not None:
                if v.seg_remaining_ms > 0:
                    nxt = self.tr("Next in {time}: {title}").format(
                        time=format_clock(v.next_in_ms), title=v.next_title
                    )
                else:
                    nxt = self.tr("Next, due now: {title}").format(title=v.next_title)
                if v.next_script:
                    nxt += " — " + v.next_script
                self._set(self.next_label, nxt)
            else:
                self._set(self.next_label, self.tr("Last segment — end the show when done."))
        self._set(self.elapsed_value, format_clock(v.now_ms, ceil=False))
        rem = v.show_remaining_ms
        self._set(
            self.remaining_value,
            format_clock(rem) if rem >= 0 else "+" + format_clock(-rem, ceil=False),
        )
        self._set(self.over_value, format_over(v.over_ms) if v.started else "—")
        self._set(
            self.end_value,
            v.projected_end_wall.astimezone().strftime("%H:%M:%S")
            if v.projected_end_wall and v.started
            else "—",
        )
        level = v.level
        if level == "overtime" and not flash_on:
            style = "#Countdown { color: white; background: #d32f2f; border-radius: 12px; }"
        else:
            style = "#Countdown {{ color: {c}; }}".format(c=LEVEL_TEXT.get(level, "palette(text)"))
        if self.countdown_label.styleSheet() != style:
            self.countdown_label.setStyleSheet(style)

    def countdown_colour(self) -> QColor:
        """The colour the countdown is drawn in now (for tests and the host view)."""
        level = self._current_view().level if self._current_view() else "idle"
        return QColor(
            LEVEL_TEXT.get(level, "#000")
            if level not in ("idle", "normal")
            else LEVEL_COLOURS["idle"]
        )

    def _rebuild_table(self) -> None:
        view = self._current_view()
        rows = view.rows if view else []
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate((str(r + 1), row.title, format_clock(row.planned_ms), "", "")):
                item = QTableWidgetItem(text)
                if c != 1:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self._refresh_table(view)

    def _refresh_table(self, view: LiveView | None) -> None:
        if view is None or self.table.rowCount() != len(view.rows):
            return
        current_bg = QColor("#fff3c4")
        for r, row in enumerate(view.rows):
            planned = self.table.item(r, 2)
            planned_text = format_clock(row.planned_ms)
            if row.planned_ms != row.original_ms:
                planned_text = self.tr("{now} (was {was})").format(
                    now=planned_text, was=format_clock(row.original_ms)
                )
            if planned.text() != planned_text:
                planned.setText(planned_text)
            actual = "" if row.actual_ms is None else format_clock(row.actual_ms, ceil=False)
            if row.state == "skipped":
                actual = self.tr("skipped")
            diff = ""
            if row.actual_ms is not None and row.state == "done":
                d = row.actual_ms - row.original_ms
                diff = ("+" if d > 0 else "−" if d < 0 else "") + format_clock(abs(d), ceil=False)
            self.table.item(r, 3).setText(actual)
            self.table.item(r, 4).setText(diff)
            is_current = row.state == "current"
            for c in range(5):
                item = self.table.item(r, c)
                f = item.font()
                if f.bold() != is_current:
                    f.setBold(is_current)
                    item.setFont(f)
                item.setBackground(current_bg if is_current else QColor(0, 0, 0, 0))
                if is_current:
                    item.setForeground(QColor("#1a1a1a"))
                elif row.state == "done":
                    item.setForeground(self.palette().placeholderText())
                else:
                    item.setForeground(self.palette().text())
        if view.started:
            self.table.scrollToItem(
                self.table.item(view.index, 0), QAbstractItemView.ScrollHint.EnsureVisible
            )

    def _refresh_promos(self, view: LiveView | None) -> None:
        promos = view.promos if view else []
        keys = [p.key for p in promos]
        if keys != self._promo_keys:
            self._promo_keys = keys
            while self.promo_rows.count():
                item = self.promo_rows.takeAt(0)
                w = item.widget() if item else None
                if w is not None:
                    w.hide()
                    w.deleteLater()
            self._promo_widgets: dict[str, tuple[QLabel, QLabel]] = {}
            for p in promos:
                roww = QWidget()
                h = QHBoxLayout(roww)
                h.setContentsMargins(0, 0, 0, 0)
                title = QLabel(p.title)
                tf = QFont(title.font())
                tf.setPixelSize(18)
                tf.setBold(True)
                title.setFont(tf)
                time_label = QLabel()
                time_label.setFont(tf)
                units = QLabel()
                stop = QPushButton(self.tr("Stop"))
                stop.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                stop.clicked.connect(lambda _c=False, k=p.key: self._stop_promo(k))
                h.addWidget(title, 1)
                h.addWidget(time_label)
                h.addWidget(units)
                h.addWidget(stop)
                self.promo_rows.addWidget(roww)
                self._promo_widgets[p.key] = (time_label, units)
        self.promo_empty.setVisible(not promos)
        if view is not None:
            self._refresh_promo_times(view)

    def _refresh_promo_times(self, view: LiveView) -> None:
        widgets = getattr(self, "_promo_widgets", {})
        for p in view.promos:
            pair = widgets.get(p.key)
            if pair is None:
                continue
            time_label, units = pair
            self._set(time_label, format_clock(p.remaining_ms))
            self._set(
                units,
                self.tr("{left} of {limit} left").format(left=p.units_left, limit=p.quantity_limit)
                if p.units_left is not None
                else self.tr("{n} sold").format(n=p.units_sold),
            )

    def _stop_promo(self, key: str) -> None:
        if self.clock is not None:
            self._run(lambda: self.clock.promo_stop(key))  # type: ignore[union-attr]

    def _refresh_log(self) -> None:
        clock = self.clock
        if clock is None:
            self.log_list.clear()
            self._log_count = -1
            return
        events = clock.events
        if len(events) == self._log_count:
            return
        self._log_count = len(events)
        undone = clock.replay.undone
        self.log_list.clear()
        for e in reversed(events[-300:]):
            if e.kind == "cue":
                continue
            item = QListWidgetItem(f"{format_clock(e.offset_ms, ceil=False)}  {clock.describe(e)}")
            if e.id in undone:
                f = item.font()
                f.setStrikeOut(True)
                item.setFont(f)
                item.setForeground(self.palette().placeholderText())
            self.log_list.addItem(item)

    def _update_buttons(self) -> None:
        clock = self.clock
        live = clock is not None and not clock.ended
        ended = clock is not None and clock.ended
        if ended:
            text = self.tr("Start a new run")
        elif not live:
            text = self.tr("Start show (Space)")
        elif clock is not None and clock.running:
            text = self.tr("Pause (Space)")
        else:
            text = self.tr("Resume (Space)")
        if self.start_button.text() != text:
            self.start_button.setText(text)
        self.start_button.setEnabled(live or bool(self.selected_show_id()))
        self.show_combo.setEnabled(not live)
        for w in (
            self.tighten_button,
            self.promo_next_button,
            self.promo_adhoc_button,
        ):
            if w.isEnabled() != live:
                w.setEnabled(live)
        end_text = self.tr("Show &summary…") if ended else self.tr("&End show")
        if self.end_button.text() != end_text:
            self.end_button.setText(end_text)
        self.end_button.setEnabled(live or ended)
        if clock is not None:
            idx = self.mode_combo.findData(clock.replay.mode)
            if idx >= 0 and idx != self.mode_combo.currentIndex():
                self.mode_combo.setCurrentIndex(idx)

    # ---- hooks ------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.setFocus()

    def smoke(self) -> None:
        self._refresh(force=True)

    def close_workspace(self) -> bool:
        """Quitting during a show leaves the run open; the next start offers to resume it."""
        self.timer.stop()
        self.edge_timer.stop()
        if self._switch_interval is not None:
            sys.setswitchinterval(self._switch_interval)
            self._switch_interval = None
        self.close_host_view()
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        if self.tighten_dialog is not None:
            self.tighten_dialog.close()
        self.set_overlay_enabled(False)
        return True
