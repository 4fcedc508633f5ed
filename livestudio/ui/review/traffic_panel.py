"""Review ▸ Traffic sources: where one show's viewers came from (share, viewers, GMV, orders per
source) and the paid share and conversion across shows, with the import of a platform's
traffic-source breakdown. Fed only by core/review/traffic.py's dataclasses.

    panel = TrafficPanel(TrafficService(store))
    panel.set_show(show_id)
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from livestudio.core import fmt
from livestudio.core.review.traffic import (
    PaidSharePoint,
    ShowTraffic,
    TrafficImportError,
    TrafficPreview,
    TrafficRow,
    TrafficService,
    paid_share,
)
from livestudio.tasks import Cancelled
from livestudio.ui.review.charts import BarsChart, TrendChart
from livestudio.ui.review.common import ReviewTable, good_bad
from livestudio.ui.widgets.columns import FIT, STRETCH
from livestudio.ui.widgets.jobs import Job, run_job
from livestudio.ui.widgets.open_table import choose_table_file

ACROSS_MAX = 20  # shows on the across-shows charts (the latest)


class TrafficPanel(QWidget):
    """One show's traffic sources and the paid share across shows; reads and saves imports."""

    traffic_saved = Signal(int)  # show id, after an import was saved

    def __init__(self, service: TrafficService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.show_id: int | None = None
        self.view: ShowTraffic | None = None
        self.points: list[PaidSharePoint] = []
        self.preview: TrafficPreview | None = None
        self._job: Job | None = None

        self.title_label = QLabel()
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.paid_label = QLabel()
        self.import_button = QPushButton(self.tr("Import traffic sources…"))
        self.import_button.setToolTip(
            self.tr(
                "A traffic-source breakdown from the platform: Douyin 流量来源 (直播推荐, 短视频引流, "
                "关注, 搜索, 千川 …) or TikTok traffic sources (For You, Following, LIVE tab, "
                "Search, Ads …), as .xlsx or .csv. It replaces this show's sources."
            )
        )
        self.import_button.clicked.connect(self._on_import_clicked)
        top = QHBoxLayout()
        top.addWidget(self.title_label)
        top.addWidget(self.paid_label, 1)
        top.addWidget(self.import_button)

        # a file read and not saved yet: what it holds, Save / Discard
        self.preview_bar = QFrame()
        self.preview_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save these sources"))
        self.save_button.clicked.connect(self._on_save_clicked)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.clicked.connect(self._on_discard_clicked)
        bar = QHBoxLayout(self.preview_bar)
        bar.addWidget(self.preview_label, 1)
        bar.addWidget(self.save_button)
        bar.addWidget(self.discard_button)
        self.problems = QListWidget()
        self.problems.setMaximumHeight(90)
        self.problems.setAccessibleName(self.tr("Rows that could not be read"))

        self.empty_label = QLabel(
            self.tr(
                "No traffic sources for this show yet. Import the platform's traffic-source "
                "breakdown to see where the viewers came from."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.table = ReviewTable(
            [
                self.tr("Source"),
                self.tr("Channel"),
                self.tr("Paid"),
                self.tr("Viewers"),
                self.tr("Share"),
                self.tr("GMV"),
                self.tr("Orders"),
            ],
            {0: STRETCH, **{c: FIT for c in range(1, 7)}},
            right_from=3,
        )
        self.shares = BarsChart()
        self.finding_label = QLabel()
        self.finding_label.setWordWrap(True)
        self.finding_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.paid_trend = TrendChart()
        self.conversion_trend = TrendChart()

        upper = QSplitter()
        upper.addWidget(self.table)
        upper.addWidget(self.shares)
        upper.setSizes([640, 520])
        lower = QSplitter()
        lower.addWidget(self.paid_trend)
        lower.addWidget(self.conversion_trend)
        self.across_label = QLabel()
        self.across_label.setWordWrap(True)
        across = QWidget()
        across_lay = QVBoxLayout(across)
        across_lay.setContentsMargins(0, 0, 0, 0)
        across_lay.addWidget(self.across_label)
        across_lay.addWidget(self.finding_label)
        across_lay.addWidget(lower, 1)
        self.split = QSplitter(Qt.Orientation.Vertical)
        self.split.addWidget(upper)
        self.split.addWidget(across)
        self.split.setSizes([380, 320])

        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.preview_bar)
        lay.addWidget(self.problems)
        lay.addWidget(self.empty_label)
        lay.addWidget(self.split, 1)
        self._show_preview_bar(False)
        self.set_show(None)

    # ---- loading --------------------------------------------------------------------------
    def set_show(self, show_id: int | None) -> None:
        """Show this show's sources (None: nothing picked). An unsaved preview is dropped."""
        self.show_id = show_id
        self.preview = None
        self._show_preview_bar(False)
        self.reload()

    def reload(self) -> None:
        self.import_button.setEnabled(self.show_id is not None)
        if self.show_id is None:
            self.view, self.points = None, []
            self.title_label.setText(self.tr("Traffic sources"))
            self._draw(None, [])
            return
        self.view = self.service.show_traffic(self.show_id)
        self.points = self.service.across(self.view.currency, ACROSS_MAX)
        self.title_label.setText(self.tr("Traffic sources · {title}").format(title=self.view.title))
        self._draw(self.view.rows, self.points)
        found = self.service.finding(self.show_id)
        self.finding_label.setVisible(found is not None)
        if found is not None:
            self.finding_label.setText(
                self.tr("{title}: {evidence} {action}").format(
                    title=found.title, evidence=found.evidence, action=found.action
                )
            )
            self.finding_label.setStyleSheet(f"color: {good_bad()[1]};")

    def _draw(self, rows: list[TrafficRow] | None, points: list[PaidSharePoint]) -> None:
        currency = self.view.currency if self.view is not None else "CNY"
        rows = rows or []
        self.empty_label.setVisible(not rows)
        self.table.fill(
            [
                (
                    r.label,
                    r.channel_label,
                    self.tr("paid") if r.paid else "",
                    fmt.number(r.viewers),
                    fmt.percent(r.share),
                    fmt.money(r.gmv, currency),
                    fmt.number(r.orders),
                )
                for r in rows
            ]
        )
        paid = None if not rows else paid_share(rows)
        self.paid_label.setText(
            ""
            if paid is None
            else self.tr("Paid: {share} of viewers").format(share=fmt.percent(paid))
        )
        shared = [r for r in rows if r.share is not None]
        self.shares.set_bars(
            [r.label for r in shared],
            [(r.share or 0) * 100 for r in shared],
            [
                fmt.percent(r.share) + (" · " + fmt.number(r.viewers) if r.viewers else "")
                for r in shared
            ],
            title=self.tr("Share of viewers by source"),
            axis_label=self.tr("% of viewers"),
        )
        dates = [fmt.date_text(p.when) for p in points]
        self.paid_trend.set_series(
            dates,
            [None if p.paid_share is None else p.paid_share * 100 for p in points],
            self.tr("Paid share of viewers (%), per show"),
        )
        self.conversion_trend.set_series(
            dates,
            [None if p.conversion is None else p.conversion * 100 for p in points],
            self.tr("Conversion (%) = buyers ÷ unique viewers, per show"),
        )
        for chart, values in (
            (self.paid_trend, [p.paid_share for p in points]),
            (self.conversion_trend, [p.conversion for p in points]),
        ):
            top = max((v for v in values if v is not None), default=None)
            # from 0, so a rise from 12 % to 22 % does not look like a fourfold one
            chart.plot.getPlotItem().enableAutoRange(axis="y", enable=False)
            chart.plot.setYRange(0, (top or 0.01) * 100 * 1.15, padding=0)
        self.across_label.setText(
            self.tr("Across your {n} {cur} shows with traffic sources, oldest first.").format(
                n=len(points), cur=currency
            )
            if points
            else ""
        )
        if not points:
            self.finding_label.setVisible(False)

    # ---- import ---------------------------------------------------------------------------
    @Slot()
    def _on_import_clicked(self) -> None:
        path = choose_table_file(self, self.tr("Import traffic sources"))
        if path is not None:
            self.import_file(path)

    def import_file(self, path: Path) -> Job | None:
        """Read `path` off the UI thread; what it holds is then shown to save or discard."""
        if self.show_id is None or self._job is not None:
            return None
        sid, service = self.show_id, self.service

        def job(progress: Any, cancelled: Any) -> TrafficPreview:
            return service.prepare(sid, path)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                return
            if isinstance(exc, (TrafficImportError, OSError, LookupError)):
                self._show_preview_bar(True, saveable=False)
                self.preview_label.setText(str(exc))
                return
            raise exc

        self._job = run_job(
            self,
            self.tr("Reading {file}…").format(file=path.name),
            job,
            on_result=lambda preview: self._on_read(sid, preview),
            on_error=failed,
            title=self.tr("Traffic sources"),
        )
        self._job.finished.connect(self._on_job_finished)
        return self._job

    @Slot()
    def _on_job_finished(self) -> None:
        self._job = None

    def _on_read(self, show_id: int, preview: TrafficPreview) -> None:
        if show_id != self.show_id:
            return  # the user moved to another show meanwhile
        self.preview = preview
        skipped = len(preview.problems)
        where = preview.path.name + (f" ▸ {preview.sheet}" if preview.sheet else "")
        text = self.tr("{file}: {n} sources read (paid {paid}).").format(
            file=where, n=len(preview.rows), paid=fmt.percent(paid_share(preview.rows))
        )
        if skipped:
            text += " " + self.tr("{n} rows skipped, listed below.").format(n=skipped)
        if preview.warnings:
            text += " " + self.tr("{n} cells left empty, listed below.").format(
                n=len(preview.warnings)
            )
        for note in preview.notes:
            text += " " + note
        text += " " + self.tr("Nothing is saved until you press Save.")
        self.preview_label.setText(text)
        self._show_preview_bar(True)
        self._draw(preview.rows, self.points)

    def _show_preview_bar(self, shown: bool, saveable: bool = True) -> None:
        self.preview_bar.setVisible(shown)
        self.save_button.setVisible(saveable)
        self.discard_button.setText(self.tr("Discard") if saveable else self.tr("Close"))
        self.problems.clear()
        preview = self.preview if shown else None
        if preview is not None:
            for p in [*preview.problems, *preview.warnings]:
                self.problems.addItem(p.describe())
        self.problems.setVisible(self.problems.count() > 0)

    @Slot()
    def _on_save_clicked(self) -> None:
        self.save_preview()

    def save_preview(self) -> int:
        """Store the preview's rows in place of the show's sources (one transaction)."""
        if self.preview is None or self.show_id is None:
            return 0
        n = self.service.apply(self.show_id, self.preview)
        self.preview = None
        self._show_preview_bar(False)
        self.reload()
        self.traffic_saved.emit(self.show_id)
        return n

    @Slot()
    def _on_discard_clicked(self) -> None:
        self.preview = None
        self._show_preview_bar(False)
        self.reload()

    def busy(self) -> bool:
        return self._job is not None
