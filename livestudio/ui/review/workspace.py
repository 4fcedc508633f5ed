"""The Review workspace: how did the show go, why, and what to change next time.

KPI cards (goal, previous show, median of the last 10), the timeline of viewers over the segments
that were actually run, products, funnel, plan vs actual, feedback, findings, retrospective,
across-shows trend and A/B compare; platform import, manual numbers and the report export.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QDir,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Slot,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select

from livestudio.core.durations import format_duration
from livestudio.core.models.plan import Show
from livestudio.core.models.review import SENTIMENTS, TOPICS
from livestudio.core.money import format_money
from livestudio.core.review import data as review_data
from livestudio.core.review import feedback, findings, importer, kpis, retro
from livestudio.reports.pdf import esc
from livestudio.tasks import Cancelled, Task, run_task
from livestudio.ui.context import AppContext

log = logging.getLogger("livestudio.review")


# Shows with more trend rows than this (a per-second export) load on a worker thread.
BACKGROUND_LOAD_ROWS = 3000

CARD_KEYS = (
    "gmv",
    "net_gmv",
    "orders",
    "buyers",
    "aov",
    "units",
    "unique_viewers",
    "views",
    "peak_viewers",
    "avg_viewers",
    "avg_watch",
    "conversion",
    "uv_value",
    "gpm",
    "interaction",
    "follow_rate",
    "ctr",
    "click_to_order",
    "refund_rate",
    "sell_through",
    "uplift",
)


def _good_bad() -> tuple[str, str]:
    """Goal met / missed colours readable on the light and the dark theme."""
    from livestudio.ui.theme import is_dark

    return ("#6ee07a", "#ff8080") if is_dark() else ("#0a7d32", "#b00020")


class KpiCard(QFrame):
    """One KPI: value, goal met/missed, vs previous show, vs median of the last 10; formula in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(190)
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: bold;")
        self.value = QLabel()
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.7)
        f.setBold(True)
        self.value.setFont(f)
        self.goal = QLabel()
        self.compare = QLabel()
        for lbl in (self.goal, self.compare, self.title):
            lbl.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setSpacing(2)
        lay.addWidget(self.title)
        lay.addWidget(self.value)
        lay.addWidget(self.goal)
        lay.addWidget(self.compare)
        self.kpi: kpis.Kpi | None = None

    def set_kpi(self, k: kpis.Kpi, currency: str) -> None:
        self.kpi = k
        self.title.setText(k.label)
        self.value.setText(kpis.format_kpi(k, currency))
        if k.goal is not None:
            goal_text = kpis.format_value(k.unit, k.goal, currency)
            if k.goal_met is None:
                self.goal.setText(self.tr("Goal {goal}").format(goal=goal_text))
                self.goal.setStyleSheet("")
            else:
                by = kpis.format_value(k.unit, abs(k.goal_delta or 0), currency)
                if k.unit == "pct":  # a difference of two percentages is in points
                    by = self.tr("{n:.2f} pp").format(n=abs(k.goal_delta or 0) * 100)
                if k.goal_met:
                    self.goal.setText(
                        self.tr("✔ Goal {goal} met (+{by})").format(goal=goal_text, by=by)
                    )
                    self.goal.setStyleSheet(f"color: {_good_bad()[0]};")
                else:
                    self.goal.setText(
                        self.tr("✘ Goal {goal} missed by {by}").format(goal=goal_text, by=by)
                    )
                    self.goal.setStyleSheet(f"color: {_good_bad()[1]};")
        elif k.value is None:
            self.goal.setText(k.reason or "")
            self.goal.setStyleSheet("font-style: italic;")
        else:
            self.goal.setText("")
        parts = []
        if k.vs_previous is not None:
            parts.append(
                self.tr("{d} vs previous").format(
                    d=kpis.format_value(k.unit, k.vs_previous, currency, signed=True)
                )
            )
        if k.vs_median is not None:
            parts.append(
                self.tr("{d} vs median of last {n}").format(
                    d=kpis.format_value(k.unit, k.vs_median, currency, signed=True), n=k.median_n
                )
            )
        self.compare.setText("\n".join(parts))
        tip = [f"<b>{esc(k.formula)}</b>"]
        tip += [f"{esc(name)}: {esc(value)}" for name, value in k.inputs]
        if k.value is None and k.reason:
            tip.append(
                "<i>"
                + esc(self.tr("Shown as — because: {reason}").format(reason=k.reason))
                + "</i>"
            )
        if k.previous is not None:
            tip.append(
                esc(
                    self.tr("Previous show “{title}”: {v}").format(
                        title=k.previous_title, v=kpis.format_value(k.unit, k.previous, currency)
                    )
                )
            )
        self.setToolTip("<br>".join(tip))


class LabelDelegate(QStyledItemDelegate):
    """A drop-down to correct a comment's sentiment or topic; the choice is stored at once."""

    def __init__(
        self, options: list[tuple[str, str]], on_pick: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.options, self.on_pick = options, on_pick

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,  # noqa: N802 (Qt override)
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for key, label in self.options:
            combo.addItem(label, key)
        combo.activated.connect(
            lambda _i: (self.commitData.emit(combo), self.closeEditor.emit(combo))
        )
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,  # noqa: N802
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QComboBox)
        key = editor.currentData()
        if key != index.data(Qt.ItemDataRole.UserRole):
            model.setData(index, editor.currentText() + " ▾")
            model.setData(index, key, Qt.ItemDataRole.UserRole)
            self.on_pick(int(index.data(Qt.ItemDataRole.UserRole + 1)), key)


def _item(text: Any, align_right: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem("—" if text is None else str(text))
    it.setFlags(it.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return it


def _table(headers: list[str]) -> QTableWidget:
    t = QTableWidget(0, len(headers))
    t.setHorizontalHeaderLabels(headers)
    t.verticalHeader().setVisible(False)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    t.horizontalHeader().setStretchLastSection(True)
    return t


def _fill(t: QTableWidget, rows: list[list[Any]], right_from: int = 1) -> None:
    t.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.setItem(r, c, _item(v, c >= right_from))


class ReviewWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from livestudio.ui.review import charts  # pyqtgraph only once Review is opened

        self.ctx = ctx
        self.data: review_data.ReviewData | None = None
        self.kpi_list: list[kpis.Kpi] = []
        self.found: list[findings.Finding] = []
        self._job: tuple[Task, QProgressDialog | None] | None = None
        self._stale = False
        self._load_generation = 0
        self.show_combo = QComboBox()
        self.show_combo.setMinimumWidth(360)
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        self.import_button = QPushButton(self.tr("Import platform data…"))
        self.import_button.clicked.connect(self.start_import)
        self.manual_button = QPushButton(self.tr("Enter numbers…"))
        self.manual_button.clicked.connect(self._on_manual_clicked)
        self.export_button = QPushButton(self.tr("Export report…"))
        self.export_button.clicked.connect(self._on_export_clicked)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.show_combo, 1)
        bar.addWidget(self.import_button)
        bar.addWidget(self.manual_button)
        bar.addWidget(self.export_button)
        self.sources = QLabel()
        self.sources.setWordWrap(True)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # overview
        self.cards: dict[str, KpiCard] = {}
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        for i, key in enumerate(CARD_KEYS):
            card = KpiCard()
            card.setObjectName(f"kpi_{key}")
            self.cards[key] = card
            grid.addWidget(card, i // 4, i % 4)
        grid.setRowStretch(len(CARD_KEYS) // 4 + 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        self.findings_view = QTextBrowser()
        self.findings_view.setOpenLinks(False)
        rules_button = QPushButton(self.tr("How findings are made…"))
        rules_button.clicked.connect(self.show_rules)
        fbox = QGroupBox(self.tr("What to change next time"))
        fl = QVBoxLayout(fbox)
        fl.addWidget(self.findings_view)
        fl.addWidget(rules_button, 0, Qt.AlignmentFlag.AlignRight)
        overview = QSplitter()
        overview.addWidget(scroll)
        overview.addWidget(fbox)
        overview.setSizes([900, 420])
        self.tabs.addTab(overview, self.tr("Overview"))
        # timeline
        self.timeline = charts.TimelineChart()
        self.hover_label = QLabel(self.tr("Point at the chart to see that minute."))
        self.hover_label.setMinimumHeight(22)
        self.timeline.hovered.connect(self.hover_label.setText)
        self.segment_bars = charts.BarsChart()
        self.segment_table = _table(
            [
                self.tr("Segment"),
                self.tr("Start"),
                self.tr("Length"),
                self.tr("Viewers at start"),
                self.tr("Viewers at end"),
                self.tr("Gained / lost"),
                self.tr("Orders during"),
                self.tr("GMV during"),
                self.tr("Units logged"),
            ]
        )
        tl = QWidget()
        tll = QVBoxLayout(tl)
        tsplit = QSplitter(Qt.Orientation.Vertical)
        tsplit.addWidget(self.timeline)
        lower = QSplitter()
        lower.addWidget(self.segment_bars)
        lower.addWidget(self.segment_table)
        tsplit.addWidget(lower)
        tsplit.setSizes([520, 260])
        lower.setSizes([560, 840])
        tll.addWidget(tsplit)
        tll.addWidget(self.hover_label)
        self.tabs.addTab(tl, self.tr("Timeline"))
        # products + funnel
        self.product_metric = QComboBox()
        for key, label in (
            ("gmv", self.tr("GMV")),
            ("units", self.tr("Units")),
            ("ctr", self.tr("Click-through")),
            ("c2o", self.tr("Click-to-order")),
        ):
            self.product_metric.addItem(label, key)
        self.product_metric.currentIndexChanged.connect(self._refresh_products)
        self.product_bars = charts.BarsChart()
        self.product_table = _table(
            [
                self.tr("SKU"),
                self.tr("Product"),
                self.tr("Impressions"),
                self.tr("Clicks"),
                self.tr("Click-through"),
                self.tr("Orders"),
                self.tr("Click-to-order"),
                self.tr("Units"),
                self.tr("GMV"),
                self.tr("Refunds"),
                self.tr("In lineup"),
            ]
        )
        self.funnel = charts.BarsChart()
        pw = QWidget()
        pl = QVBoxLayout(pw)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Sort and show by:")))
        row.addWidget(self.product_metric)
        row.addStretch(1)
        pl.addLayout(row)
        psplit = QSplitter(Qt.Orientation.Vertical)
        top = QSplitter()
        top.addWidget(self.product_bars)
        top.addWidget(self.funnel)
        psplit.addWidget(top)
        psplit.addWidget(self.product_table)
        pl.addWidget(psplit)
        self.tabs.addTab(pw, self.tr("Products && funnel"))
        # plan vs actual
        self.pva_segments = _table(
            [
                self.tr("Segment"),
                self.tr("Planned start"),
                self.tr("Planned"),
                self.tr("Actual start"),
                self.tr("Actual"),
                self.tr("Over / under"),
            ]
        )
        self.pva_goals = _table(
            [self.tr("Goal"), self.tr("Planned"), self.tr("Result"), self.tr("Met?")]
        )
        self.pva_lineup = _table(
            [
                self.tr("Product"),
                self.tr("Allocated stock"),
                self.tr("Sold"),
                self.tr("Left"),
                self.tr("From"),
            ]
        )
        self.pva_promos = _table(
            [
                self.tr("Promotion"),
                self.tr("Planned start"),
                self.tr("Actual start"),
                self.tr("Started?"),
            ]
        )
        pva = QWidget()
        pg_ = QGridLayout(pva)
        for i, (title, widget) in enumerate(
            (
                (self.tr("Segments"), self.pva_segments),
                (self.tr("Goals"), self.pva_goals),
                (self.tr("Lineup"), self.pva_lineup),
                (self.tr("Promotions"), self.pva_promos),
            )
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            pg_.addWidget(box, i // 2, i % 2)
        self.tabs.addTab(pva, self.tr("Plan vs actual"))
        # feedback
        self.feedback_summary = QLabel()
        self.feedback_summary.setWordWrap(True)
        self.feedback_table = _table(
            [
                self.tr("Time"),
                self.tr("User"),
                self.tr("Comment"),
                self.tr("Sentiment"),
                self.tr("Topic"),
                self.tr("Corrected"),
            ]
        )
        self.feedback_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.feedback_table.horizontalHeader().setStretchLastSection(False)
        self.feedback_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.feedback_table.setItemDelegateForColumn(
            3,
            LabelDelegate(
                [(k, feedback.sentiment_label(k)) for k in SENTIMENTS],
                lambda cid, key: self.correct_label(cid, sentiment=key),
                self.feedback_table,
            ),
        )
        self.feedback_table.setItemDelegateForColumn(
            4,
            LabelDelegate(
                [(k, feedback.topic_label(k)) for k in TOPICS],
                lambda cid, key: self.correct_label(cid, topic=key),
                self.feedback_table,
            ),
        )
        paste = QPushButton(self.tr("Paste comments…"))
        paste.clicked.connect(self._on_paste_clicked)
        take_live = QPushButton(self.tr("Take comments from the live log"))
        take_live.clicked.connect(self._on_take_live_clicked)
        words = QPushButton(self.tr("Keywords…"))
        words.clicked.connect(self._on_keywords_clicked)
        fw = QWidget()
        fwl = QVBoxLayout(fw)
        brow = QHBoxLayout()
        for b in (paste, take_live, words):
            brow.addWidget(b)
        brow.addStretch(1)
        fwl.addLayout(brow)
        fwl.addWidget(self.feedback_summary)
        fwl.addWidget(self.feedback_table, 1)
        self.tabs.addTab(fw, self.tr("Feedback"))
        # retrospective
        self.note_edits: dict[str, QPlainTextEdit] = {}
        rw = QWidget()
        rl = QVBoxLayout(rw)
        notes_row = QHBoxLayout()
        for kind, title, hint in (
            ("keep", self.tr("Keep"), self.tr("What worked — one per line")),
            ("problem", self.tr("Problem"), self.tr("What went wrong — one per line")),
            ("try", self.tr("Try"), self.tr("What to try next time — one per line")),
        ):
            box = QGroupBox(title)
            edit = QPlainTextEdit()
            edit.setPlaceholderText(hint)
            edit.setAccessibleName(title)
            QVBoxLayout(box).addWidget(edit)
            self.note_edits[kind] = edit
            notes_row.addWidget(box)
        rl.addLayout(notes_row, 1)
        save_notes = QPushButton(self.tr("Save notes"))
        save_notes.clicked.connect(self.save_notes)
        rl.addWidget(save_notes, 0, Qt.AlignmentFlag.AlignRight)
        abox = QGroupBox(self.tr("Action items"))
        al = QVBoxLayout(abox)
        self.action_table = _table(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Sent to")]
        )
        al.addWidget(self.action_table)
        add_row = QHBoxLayout()
        self.action_title = QLineEdit()
        self.action_title.setPlaceholderText(self.tr("e.g. Film a close-up of the scarf fabric"))
        self.action_owner = QLineEdit()
        self.action_owner.setPlaceholderText(self.tr("Owner"))
        self.action_owner.setMaximumWidth(140)
        self.action_due = QDateEdit(QDate.currentDate().addDays(5))
        self.action_due.setCalendarPopup(True)
        add_action = QPushButton(self.tr("Add"))
        add_action.clicked.connect(self._on_add_action_clicked)
        for w in (self.action_title, self.action_owner, self.action_due, add_action):
            add_row.addWidget(w)
        add_row.setStretch(0, 1)
        al.addLayout(add_row)
        send_row = QHBoxLayout()
        self.send_target = QComboBox()
        self.send_button = QPushButton(self.tr("Send to preparation tasks"))
        self.send_button.clicked.connect(self._on_send_clicked)
        send_row.addWidget(QLabel(self.tr("Send action items to the preparation of:")))
        send_row.addWidget(self.send_target, 1)
        send_row.addWidget(self.send_button)
        al.addLayout(send_row)
        rl.addWidget(abox, 1)
        self.tabs.addTab(rw, self.tr("Retrospective"))
        # across shows
        self.trend_metric = QComboBox()
        for key, label in (
            ("gmv", self.tr("GMV")),
            ("conversion", self.tr("Conversion")),
            ("aov", self.tr("AOV")),
            ("avg_watch", self.tr("Average watch time")),
        ):
            self.trend_metric.addItem(label, key)
        self.trend_metric.currentIndexChanged.connect(self._refresh_across)
        self.trend_chart = charts.TrendChart()
        self.ab_a = QComboBox()
        self.ab_b = QComboBox()
        self.ab_a.setAccessibleName(self.tr("Show A"))
        self.ab_b.setAccessibleName(self.tr("Show B"))
        self.ab_a.currentIndexChanged.connect(self._refresh_ab)
        self.ab_b.currentIndexChanged.connect(self._refresh_ab)
        self.ab_table = _table([self.tr("KPI"), self.tr("A"), self.tr("B"), self.tr("B − A")])
        aw = QWidget()
        awl = QVBoxLayout(aw)
        r1 = QHBoxLayout()
        r1.addWidget(QLabel(self.tr("Trend of:")))
        r1.addWidget(self.trend_metric)
        r1.addStretch(1)
        awl.addLayout(r1)
        asplit = QSplitter()
        asplit.addWidget(self.trend_chart)
        abw = QWidget()
        abl = QVBoxLayout(abw)
        r2 = QHBoxLayout()
        r2.addWidget(QLabel(self.tr("Compare A:")))
        r2.addWidget(self.ab_a, 1)
        r2.addWidget(QLabel(self.tr("with B:")))
        r2.addWidget(self.ab_b, 1)
        abl.addLayout(r2)
        abl.addWidget(self.ab_table)
        asplit.addWidget(abw)
        awl.addWidget(asplit, 1)
        self.tabs.addTab(aw, self.tr("Across shows"))

        self.empty = QLabel(
            self.tr(
                "No show yet. Plan a show in Plan, run it in Live, then review it here — "
                "or import a platform export into any show."
            )
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(self.sources)
        lay.addWidget(self.empty)
        lay.addWidget(self.tabs, 1)

        ctx.shows_changed.connect(self.reload_shows)
        ctx.current_show_changed.connect(self._on_ctx_current_show_changed)
        self.reload_shows()

    # ---- shows ------------------------------------------------------------------------
    def _show_label(self, s: Show) -> str:
        when = (
            s.scheduled_start.astimezone().strftime("%Y-%m-%d %H:%M") if s.scheduled_start else "—"
        )
        return f"{when} · {s.title}"

    @Slot()
    def reload_shows(self) -> None:
        with self.ctx.store.session() as s:
            shows = sorted(s.scalars(select(Show)), key=review_data.show_order_key, reverse=True)
            with_data = {x.id for x in kpis.shows_with_data(s)}
        current = self.ctx.current_show_id or (self.data.show.id if self.data else 0)
        for combo in (self.show_combo, self.ab_a, self.ab_b, self.send_target):
            combo.blockSignals(True)
            combo.clear()
        for sh in shows:
            label = self._show_label(sh)
            self.show_combo.addItem(label, sh.id)
            self.send_target.addItem(label, sh.id)
            if sh.id in with_data:
                self.ab_a.addItem(label, sh.id)
                self.ab_b.addItem(label, sh.id)
        if self.ab_a.count() > 1:
            self.ab_a.setCurrentIndex(1)
        for combo in (self.show_combo, self.ab_a, self.ab_b, self.send_target):
            combo.blockSignals(False)
        self.empty.setVisible(not shows)
        self.tabs.setVisible(bool(shows))
        if not shows:
            self.data = None
            return
        if not current or self.show_combo.findData(current) < 0:
            current = next((sh.id for sh in shows if sh.id in with_data), shows[0].id)
        self.select_show(current)
        self._refresh_ab()

    def select_show(self, show_id: int) -> None:
        idx = self.show_combo.findData(show_id)
        if idx < 0:
            return
        if idx != self.show_combo.currentIndex():
            self.show_combo.setCurrentIndex(idx)  # -> _on_show_combo_changed
        else:
            self.refresh()

    @Slot(int)
    def _on_show_combo_changed(self, _index: int) -> None:
        show_id = self.show_combo.currentData()
        if show_id is None:
            return
        self.ctx.set_current_show(show_id)
        self.refresh()

    @Slot(int)
    def _on_ctx_current_show_changed(self, show_id: int) -> None:
        if show_id and show_id != self.show_combo.currentData():
            if self.show_combo.findData(show_id) < 0:
                self.reload_shows()
            else:
                self.select_show(show_id)

    def current_show_id(self) -> int:
        return int(self.show_combo.currentData() or 0)

    # ---- refresh ----------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Reload the current show. While the tab is hidden this only marks it stale (other
        workspaces switch shows often); showing the tab reloads. A show with a long per-second
        trend loads on a worker so the window never freezes; smaller ones load at once."""
        show_id = self.current_show_id()
        if not show_id:
            return
        if not force and self.data is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._load_generation += 1
        generation = self._load_generation
        if self._trend_rows(show_id) <= BACKGROUND_LOAD_ROWS:
            self._apply_loaded(generation, self._load(self.ctx.store, show_id))
            return
        self.sources.setText(self.tr("Loading the show's data…"))
        run_task(
            self._load,
            self.ctx.store,
            show_id,
            on_result=lambda loaded: self._apply_loaded(generation, loaded),
            on_error=lambda exc: self.ctx.status_message.emit(str(exc)),
        )

    def _trend_rows(self, show_id: int) -> int:
        from sqlalchemy import func, select

        from livestudio.core.models.review import ReviewTrendPoint

        with self.ctx.store.session() as s:
            return int(
                s.scalar(
                    select(func.count())
                    .select_from(ReviewTrendPoint)
                    .where(ReviewTrendPoint.show_id == show_id)
                )
                or 0
            )

    @staticmethod
    def _load(store: Any, show_id: int) -> tuple[Any, ...]:
        """Everything the tabs show, read in one session (safe on a worker: touches no widget)."""
        with store.session() as s:
            d = review_data.load(s, show_id)
            ks = kpis.compute(d)
            kpis.apply_goals(d.show, ks)
            kpis.apply_history(s, d.show, ks)
            notes = retro.notes(s, show_id)
            acts = retro.actions(s, show_id)
            nxt = retro.next_show(s, show_id)
            d.minute_series()
        return d, ks, notes, acts, nxt, findings.find(d)

    def _apply_loaded(self, generation: int, loaded: tuple[Any, ...]) -> None:
        if generation != self._load_generation:
            return  # the user picked another show while this one loaded
        d, ks, notes, acts, nxt, found = loaded
        self.data, self.kpi_list, self.found = d, ks, found
        cur = d.currency
        srcs = []
        if d.summary is not None:
            srcs.append(self.tr("summary from {src}").format(src=d.summary.source or "—"))
        if d.trend:
            srcs.append(self.tr("{n} trend rows").format(n=len(d.trend)))
        if d.products:
            srcs.append(self.tr("{n} product results").format(n=len(d.products)))
        if d.comments:
            srcs.append(self.tr("{n} comments").format(n=len(d.comments)))
        srcs.append(self.tr("live log: yes") if d.run is not None else self.tr("live log: none"))
        self.sources.setText(self.tr("Data: {list}").format(list=" · ".join(srcs)))
        by_key = {k.key: k for k in ks}
        for key, card in self.cards.items():
            card.set_kpi(by_key[key], cur)
        self._refresh_findings()
        self.timeline.set_data(d)
        self._refresh_segments()
        self._refresh_products()
        self._refresh_pva()
        self._refresh_feedback()
        for kind, edit in self.note_edits.items():
            edit.setPlainText("\n".join(notes.get(kind, [])))
        self._fill_actions(acts)
        if nxt is not None:
            self.send_target.setCurrentIndex(max(0, self.send_target.findData(nxt.id)))
        self._refresh_across()

    def _refresh_findings(self) -> None:
        if not self.found:
            self.findings_view.setHtml(
                "<p><i>"
                + esc(
                    self.tr(
                        "No findings yet. Import the per-minute trend, product results and comments, or run the show "
                        "in Live, and the rules will point at what to change."
                    )
                )
                + "</i></p>"
            )
            return
        parts = []
        for i, f in enumerate(self.found, start=1):
            when = (
                f" <span style='color:gray'>({format_duration(f.at_ms)})</span>"
                if f.at_ms is not None
                else ""
            )
            parts.append(
                f"<p><b>{i}. {esc(f.title)}</b>{when}<br>{esc(f.evidence)}<br>"
                f"<i>→ {esc(f.action)}</i></p>"
            )
        self.findings_view.setHtml("".join(parts))

    def _refresh_segments(self) -> None:
        d = self.data
        assert d is not None
        stats = d.band_stats()
        cur = d.currency
        rows = []
        for st in stats:
            b = st.band
            rows.append(
                [
                    b.title,
                    format_duration(b.start_ms),
                    format_duration(b.duration_ms),
                    st.viewers_start,
                    st.viewers_end,
                    f"{st.viewers_change:+,}" if st.viewers_change is not None else None,
                    st.orders,
                    format_money(st.gmv, cur) if st.gmv is not None else None,
                    st.units_logged,
                ]
            )
        _fill(self.segment_table, rows)
        known = [
            (st.band.title, float(st.viewers_change))
            for st in stats
            if st.viewers_change is not None
        ]
        self.segment_bars.set_bars(
            [k for k, _ in known],
            [v for _, v in known],
            lambda v: f"{v:+,.0f}",
            self.tr("Viewers gained / lost per segment"),
        )

    @Slot()
    def _refresh_products(self) -> None:
        d = self.data
        if d is None:
            return
        cur = d.currency
        metric = self.product_metric.currentData()

        def ctr(p: Any) -> float | None:
            return p.clicks / p.impressions if p.clicks is not None and p.impressions else None

        def c2o(p: Any) -> float | None:
            return p.orders / p.clicks if p.orders is not None and p.clicks else None

        getters = {"gmv": lambda p: p.gmv, "units": lambda p: p.units, "ctr": ctr, "c2o": c2o}
        get = getters[metric]
        prods = sorted([p for p in d.products if get(p) is not None], key=lambda p: -get(p))
        fmt = {
            "gmv": lambda v: format_money(int(v), cur),
            "units": lambda v: f"{v:,.0f}",
            "ctr": lambda v: f"{v * 100:.1f}%",
            "c2o": lambda v: f"{v * 100:.1f}%",
        }[metric]
        self.product_bars.set_bars(
            [p.name or p.sku for p in prods[:25]],
            [float(get(p)) for p in prods[:25]],
            fmt,
            self.product_metric.currentText(),
        )
        rows = []
        for p in sorted(d.products, key=lambda p: -(p.gmv or 0)):
            rows.append(
                [
                    p.sku,
                    p.name,
                    p.impressions,
                    p.clicks,
                    f"{ctr(p) * 100:.1f}%" if ctr(p) is not None else None,
                    p.orders,
                    f"{c2o(p) * 100:.1f}%" if c2o(p) is not None else None,
                    p.units,
                    format_money(p.gmv, cur) if p.gmv is not None else None,
                    format_money(p.refunds, cur) if p.refunds is not None else None,
                    self.tr("yes") if p.lineup_item_id else self.tr("no"),
                ]
            )
        _fill(self.product_table, rows, right_from=2)
        inputs = kpis.Inputs(d)
        steps = [
            (self.tr("Views"), inputs.views.value),
            (self.tr("Product impressions"), inputs.impressions.value),
            (self.tr("Product clicks"), inputs.clicks.value),
            (self.tr("Orders"), inputs.product_orders.value),
        ]
        known = [(label, float(v)) for label, v in steps if v is not None]
        labels = []
        for i, (label, v) in enumerate(known):
            if i and known[i - 1][1]:
                labels.append(f"{label} ({v / known[i - 1][1] * 100:.1f}%)")
            else:
                labels.append(label)
        self.funnel.set_bars(labels, [v for _, v in known], None, self.tr("Conversion funnel"))

    def _refresh_pva(self) -> None:
        d = self.data
        assert d is not None
        cur = d.currency
        segs, lineup, promos = retro.plan_vs_actual(d)
        _fill(
            self.pva_segments,
            [
                [
                    s.title,
                    format_duration(s.planned_start_ms),
                    format_duration(s.planned_ms),
                    format_duration(s.actual_start_ms),
                    format_duration(s.actual_ms),
                    ("+" if (s.over_ms or 0) > 0 else "") + format_duration(s.over_ms)
                    if s.over_ms is not None
                    else None,
                ]
                for s in segs
            ],
        )
        goals = []
        for k in self.kpi_list:
            if k.goal is not None:
                goals.append(
                    [
                        k.label,
                        kpis.format_value(k.unit, k.goal, cur),
                        kpis.format_kpi(k, cur),
                        "—"
                        if k.goal_met is None
                        else (self.tr("met") if k.goal_met else self.tr("missed")),
                    ]
                )
        _fill(self.pva_goals, goals)
        _fill(
            self.pva_lineup,
            [
                [
                    li.name or li.sku,
                    li.allocated,
                    li.sold,
                    (li.allocated - li.sold)
                    if li.allocated is not None and li.sold is not None
                    else None,
                    li.source or "—",
                ]
                for li in lineup
            ],
        )
        _fill(
            self.pva_promos,
            [
                [
                    p.title,
                    format_duration(p.planned_start_ms),
                    format_duration(p.actual_start_ms),
                    self.tr("yes") if p.started else self.tr("no"),
                ]
                for p in promos
            ],
        )

    def _refresh_feedback(self) -> None:
        d = self.data
        assert d is not None
        stats = feedback.feedback_stats(d.comments)
        if not d.comments:
            self.feedback_summary.setText(
                self.tr(
                    "No comments yet: import a comments export, paste them, or take "
                    "them from the live log."
                )
            )
        else:
            s_line = " · ".join(
                f"{feedback.sentiment_label(k)} {n}" for k, n in stats.by_sentiment.items()
            )
            t_lines = []
            for topic, n in sorted(stats.by_topic.items(), key=lambda kv: -kv[1]):
                if n:
                    ex = " / ".join(stats.examples[topic][:2])
                    t_lines.append(
                        self.tr("{topic}: {n} ({neg} negative) — e.g. {ex}").format(
                            topic=feedback.topic_label(topic),
                            n=n,
                            neg=stats.negative_by_topic[topic],
                            ex=ex,
                        )
                    )
            self.feedback_summary.setText(s_line + "\n" + "\n".join(t_lines))
        t = self.feedback_table
        t.setRowCount(len(d.comments))
        for r, c in enumerate(d.comments):
            t.setItem(r, 0, _item(format_duration(c.offset_ms) if c.offset_ms is not None else ""))
            t.setItem(r, 1, _item(c.author))
            t.setItem(r, 2, _item(c.text))
            for col, key, label in (
                (3, c.sentiment, feedback.sentiment_label(c.sentiment)),
                (4, c.topic, feedback.topic_label(c.topic)),
            ):
                it = QTableWidgetItem(label + " ▾")
                it.setData(Qt.ItemDataRole.UserRole, key)
                it.setData(Qt.ItemDataRole.UserRole + 1, c.id)
                it.setToolTip(self.tr("Double-click to correct the label"))
                t.setItem(r, col, it)
            t.setItem(r, 5, _item(self.tr("✔ by you") if c.corrected else ""))

    def correct_label(
        self, comment_id: int, sentiment: str | None = None, topic: str | None = None
    ) -> None:
        with self.ctx.store.transaction() as s:
            feedback.correct(s, comment_id, sentiment=sentiment, topic=topic)
        QTimer.singleShot(0, self.refresh)  # not while the table's editor is still closing

    def _fill_actions(self, acts: list[Any]) -> None:
        with self.ctx.store.session() as s:
            from livestudio.core.models.plan import PrepTask

            sent = {}
            for a in acts:
                if a.task_id:
                    task = s.get(PrepTask, a.task_id)
                    if task is not None:
                        show = s.get(Show, task.show_id)
                        sent[a.id] = show.title if show else ""
        _fill(
            self.action_table,
            [
                [
                    a.title,
                    a.owner,
                    a.due_at.astimezone().strftime("%Y-%m-%d") if a.due_at else "",
                    sent.get(a.id, ""),
                ]
                for a in acts
            ],
            right_from=99,
        )

    @Slot()
    def _refresh_across(self) -> None:
        key = self.trend_metric.currentData()
        with self.ctx.store.session() as s:
            hist = kpis.kpi_history(s, (key,))
        labels = [
            sh.scheduled_start.astimezone().strftime("%m-%d") if sh.scheduled_start else str(sh.id)
            for sh, _ in hist
        ]
        values = [v[key] for _, v in hist]
        if key == "gmv" or key == "aov":
            values = [None if v is None else v / 100 for v in values]
        elif key == "conversion":
            values = [None if v is None else v * 100 for v in values]
        elif key == "avg_watch":
            values = [None if v is None else v / 1000 for v in values]
        unit = {
            "gmv": self.tr("GMV"),
            "aov": self.tr("AOV"),
            "conversion": self.tr("Conversion (%)"),
            "avg_watch": self.tr("Average watch time (s)"),
        }[key]
        self.trend_chart.set_series(labels, values, unit)

    @Slot()
    def _refresh_ab(self) -> None:
        a, b = self.ab_a.currentData(), self.ab_b.currentData()
        if not a or not b:
            self.ab_table.setRowCount(0)
            return
        with self.ctx.store.session() as s:
            rows = kpis.compare(s, a, b)
            cur = (s.get(Show, b).currency if s.get(Show, b) else None) or "CNY"
        _fill(
            self.ab_table,
            [
                [
                    ka.label,
                    kpis.format_kpi(ka, cur),
                    kpis.format_kpi(kb, cur),
                    kpis.format_value(ka.unit, delta, cur, signed=True)
                    if delta is not None
                    else "—",
                ]
                for ka, kb, delta in rows
            ],
        )

    # ---- actions ----------------------------------------------------------------------
    @Slot()
    def start_import(self, path: Path | None = None) -> Any:
        from livestudio.ui.review.dialogs import ImportDialog

        show_id = self.current_show_id()
        if not show_id:
            QMessageBox.information(
                self, self.tr("Import"), self.tr("Create or pick a show first.")
            )
            return None
        dlg = ImportDialog(self.ctx, show_id, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(
            lambda: self._apply_import(dlg.preview, dlg.other_shows_check.isChecked())
        )
        dlg.open()
        if path is not None:
            dlg.load(Path(path))
        return dlg

    def _apply_import(
        self, preview: importer.ImportPreview | None, other_shows: bool = False
    ) -> None:
        if preview is None:
            return
        store = self.ctx.store

        def job(progress: Any, cancelled: Any) -> importer.ImportOutcome:
            with store.transaction() as s:
                return importer.apply_import(s, preview, include_other_shows=other_shows)

        def done(outcome: importer.ImportOutcome) -> None:
            self.ctx.status_message.emit(
                self.tr("Imported {n} rows of {kind}; {r} rows skipped.").format(
                    n=outcome.stored, kind=importer.kind_label(outcome.kind), r=outcome.rejected
                )
            )
            self.refresh()

        self._run_job(self.tr("Importing…"), job, done)

    def _run_job(self, label: str, fn: Any, on_result: Any) -> None:
        dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Review"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(500)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)

        def finish() -> None:
            dialog.close()
            dialog.deleteLater()
            self._job = None

        def ok(result: Any) -> None:
            finish()
            on_result(result)

        def failed(exc: BaseException) -> None:
            finish()
            if isinstance(exc, Cancelled):
                self.ctx.status_message.emit(self.tr("Cancelled; nothing was changed."))
            elif isinstance(exc, (OSError, ValueError, importer.ImportError_)):
                QMessageBox.warning(self, self.tr("Review"), str(exc))
            else:
                raise exc

        task = run_task(fn, with_progress=True, on_result=ok, on_error=failed)
        dialog.canceled.connect(task.cancel)
        self._job = (task, dialog)

    def busy(self) -> bool:
        return self._job is not None

    @Slot()
    def _on_manual_clicked(self) -> None:
        from livestudio.ui.review.dialogs import ManualEntryDialog

        if self.data is None:
            return
        dlg = ManualEntryDialog(self.ctx, self.data.show.id, self.data.currency, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(self.refresh)
        dlg.open()

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.data is None:
            return
        suggested = str(Path(QDir.homePath()) / f"review-{self.data.show.id}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export review"),
            suggested,
            self.tr("PDF report (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        if self.data is None:
            return
        store, show_id = self.ctx.store, self.data.show.id

        def job(progress: Any, cancelled: Any) -> Path:
            from livestudio.reports import review_report

            with store.session() as s:
                return review_report.export(s, show_id, path)

        self._run_job(
            self.tr("Writing the report…"),
            job,
            lambda p: self.ctx.status_message.emit(self.tr("Saved {file}").format(file=p)),
        )

    @Slot()
    def _on_paste_clicked(self) -> None:
        if self.data is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Paste comments"),
            self.tr("One comment per line; an optional time first (12:30 or 1:02:03)."),
        )
        if ok and text.strip():
            self.add_comments(text)

    def add_comments(self, text: str) -> int:
        assert self.data is not None
        with self.ctx.store.transaction() as s:
            n = feedback.add_pasted(s, self.data.show.id, text)
        self.refresh()
        return n

    @Slot()
    def _on_take_live_clicked(self) -> None:
        if self.data is None:
            return
        with self.ctx.store.transaction() as s:
            n = feedback.import_live_comments(s, self.data.show.id)
        self.ctx.status_message.emit(self.tr("{n} comments taken from the live log").format(n=n))
        self.refresh()

    @Slot()
    def _on_keywords_clicked(self) -> None:
        from livestudio.ui.review.dialogs import KeywordsDialog

        dlg = KeywordsDialog(self.ctx, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def relabel() -> None:
            if self.data is not None:
                with self.ctx.store.transaction() as s:
                    feedback.relabel(s, self.data.show.id)
                self.refresh()

        dlg.accepted.connect(relabel)
        dlg.open()

    @Slot()
    def save_notes(self) -> None:
        if self.data is None:
            return
        with self.ctx.store.transaction() as s:
            retro.save_notes(
                s,
                self.data.show.id,
                {k: e.toPlainText().splitlines() for k, e in self.note_edits.items()},
            )
        self.ctx.status_message.emit(self.tr("Retrospective notes saved"))

    @Slot()
    def _on_add_action_clicked(self) -> None:
        if self.data is None or not self.action_title.text().strip():
            self.action_title.setFocus()
            return
        qd = self.action_due.date()
        due = (
            datetime.combine(datetime(qd.year(), qd.month(), qd.day()).date(), time(18, 0))
            .astimezone()
            .astimezone(UTC)
        )
        with self.ctx.store.transaction() as s:
            retro.add_action(
                s, self.data.show.id, self.action_title.text(), self.action_owner.text(), due
            )
            acts = retro.actions(s, self.data.show.id)
        self.action_title.clear()
        self._fill_actions(acts)

    @Slot()
    def _on_send_clicked(self) -> None:
        target = self.send_target.currentData()
        if self.data is None or not target:
            return
        if target == self.data.show.id:
            QMessageBox.information(
                self,
                self.tr("Send action items"),
                self.tr("Pick the next show: action items go to its preparation tasks."),
            )
            return
        with self.ctx.store.transaction() as s:
            made = retro.send_actions(s, self.data.show.id, target)
            acts = retro.actions(s, self.data.show.id)
        self._fill_actions(acts)
        self.ctx.status_message.emit(
            self.tr("{n} action items added to “{show}” preparation tasks").format(
                n=len(made), show=self.send_target.currentText()
            )
        )
        self.ctx.shows_changed.emit()

    @Slot()
    def show_rules(self) -> None:
        text = "<ol>" + "".join(f"<li>{esc(desc)}</li>" for _, desc in findings.rules()) + "</ol>"
        QMessageBox.information(
            self,
            self.tr("How findings are made"),
            self.tr(
                "Each rule looks at this show's data only and always gives the same "
                "result for the same data:"
            )
            + text,
        )

    def showEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: Any) -> None:  # noqa: N802 (Qt override)
        # the live log, the plan or the lineup may change elsewhere: reload when shown again
        super().hideEvent(event)
        if self.data is not None and not event.spontaneous():
            self._stale = True

    def smoke(self) -> None:
        if self.show_combo.count() and self.data is None:
            raise RuntimeError("review did not load the selected show")
