"""The Review workspace: how did the show go, why, and what to change next time.

A thin host: the show picker, the toolbar (import, manual numbers, report export) and one tab
per panel (overview, timeline, products & funnel, plan vs actual, feedback, retrospective,
across shows). Every panel draws the same `ReviewSnapshot` from `core/review/service.py`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDir, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from livestudio.core.review import importer
from livestudio.core.review.service import ReviewService, ReviewSnapshot, ShowInfo
from livestudio.core.review.traffic import TrafficService
from livestudio.tasks import Cancelled, run_task
from livestudio.ui.context import AppContext
from livestudio.ui.review.common import show_label
from livestudio.ui.review.traffic_panel import TrafficPanel
from livestudio.ui.widgets.exported import announce_export
from livestudio.ui.widgets.jobs import Job, run_job

log = logging.getLogger("livestudio.review")

# Shows with more trend rows than this (a per-second export) load on a worker thread.
BACKGROUND_LOAD_ROWS = 3000


class ReviewWorkspace(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the panels with charts pull in pyqtgraph: only once Review is opened
        from livestudio.ui.review.across import AcrossShowsPanel
        from livestudio.ui.review.feedback import FeedbackPanel
        from livestudio.ui.review.overview import OverviewPanel
        from livestudio.ui.review.plan_actual import PlanActualPanel
        from livestudio.ui.review.products import ProductsPanel
        from livestudio.ui.review.retrospective import RetrospectivePanel
        from livestudio.ui.review.timeline import TimelinePanel

        self.ctx = ctx
        self.service = ReviewService(ctx.store)
        self.snapshot: ReviewSnapshot | None = None
        self.shows: list[ShowInfo] = []
        self._job: Job | None = None
        self.export_notice: QMessageBox | None = None  # the last "Saved …" box
        self._stale = False
        self._load_generation = 0

        self.show_combo = QComboBox()
        self.show_combo.setMinimumWidth(360)
        self.show_combo.setAccessibleName(self.tr("Show"))
        self.show_combo.currentIndexChanged.connect(self._on_show_combo_changed)
        self.import_button = QPushButton(self.tr("Import platform data…"))
        self.import_button.clicked.connect(self._on_import_clicked)
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

        self.overview = OverviewPanel()
        self.timeline = TimelinePanel()
        self.products = ProductsPanel()
        self.plan_actual = PlanActualPanel()
        self.feedback = FeedbackPanel(self.service)
        self.retrospective = RetrospectivePanel(self.service)
        self.across = AcrossShowsPanel(self.service)
        self.traffic = TrafficPanel(TrafficService(ctx.store))
        self.traffic.traffic_saved.connect(lambda _sid: self.refresh(force=True))
        self.convert = False  # comparisons take in other currencies at the user's rates
        self.overview.convert_changed.connect(self._on_convert_changed)
        self.overview.rates_requested.connect(self._on_rates_requested)
        self.feedback.changed.connect(self.refresh)
        self.feedback.status.connect(ctx.status_message.emit)
        self.retrospective.status.connect(ctx.status_message.emit)
        self.retrospective.tasks_sent.connect(ctx.shows_changed.emit)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        for panel, title in (
            (self.overview, self.tr("Overview")),
            (self.timeline, self.tr("Timeline")),
            (self.products, self.tr("Products && funnel")),
            (self.plan_actual, self.tr("Plan vs actual")),
            (self.feedback, self.tr("Feedback")),
            (self.retrospective, self.tr("Retrospective")),
            (self.across, self.tr("Across shows")),
            (self.traffic, self.tr("Traffic sources")),
        ):
            self.tabs.addTab(panel, title)

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

        from livestudio.ui.theme import notifier

        notifier().theme_changed.connect(self._on_theme_changed)
        ctx.shows_changed.connect(self.reload_shows)
        ctx.current_show_changed.connect(self._on_ctx_current_show_changed)
        self.reload_shows()

    # ---- shows ------------------------------------------------------------------------
    @Slot()
    def reload_shows(self) -> None:
        self.shows = self.service.shows()
        current = self.ctx.current_show_id or (self.snapshot.show.id if self.snapshot else 0)
        self.show_combo.blockSignals(True)
        self.show_combo.clear()
        for sh in self.shows:
            self.show_combo.addItem(show_label(sh), sh.id)
        self.show_combo.blockSignals(False)
        self.retrospective.set_shows(self.shows)
        self.empty.setVisible(not self.shows)
        self.tabs.setVisible(bool(self.shows))
        if not self.shows:
            self.snapshot = None
            return
        if not current or self.show_combo.findData(current) < 0:
            current = next((sh.id for sh in self.shows if sh.has_data), self.shows[0].id)
        self.across.set_shows(self.shows, current)  # a show may have gained data
        self.select_show(current)

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

    # ---- loading ----------------------------------------------------------------------
    @Slot()
    def refresh(self, force: bool = False) -> None:
        """Reload the current show. While the tab is hidden this only marks it stale (other
        workspaces switch shows often); showing the tab reloads. A show with a long per-second
        trend loads on a worker so the window never freezes; smaller ones load at once."""
        show_id = self.current_show_id()
        if not show_id:
            return
        if self.traffic.show_id != show_id:
            self.traffic.set_show(show_id)
        if not force and self.snapshot is not None and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._load_generation += 1
        generation = self._load_generation
        if self.service.trend_rows(show_id) <= BACKGROUND_LOAD_ROWS:
            self._apply_snapshot(generation, self.service.snapshot(show_id, convert=self.convert))
            return
        self.sources.setText(self.tr("Loading the show's data…"))
        run_task(
            self.service.snapshot,
            show_id,
            convert=self.convert,
            on_result=lambda snap: self._apply_snapshot(generation, snap),
            on_error=self._on_load_failed,
        )

    def _on_load_failed(self, exc: BaseException) -> None:
        self.sources.setText(self.tr("Could not load the show: {reason}").format(reason=exc))
        if not isinstance(exc, (OSError, KeyError)):
            raise exc

    def _apply_snapshot(self, generation: int, snap: ReviewSnapshot) -> None:
        if generation != self._load_generation:
            return  # the user picked another show while this one loaded
        self.snapshot = snap
        src = snap.sources
        parts = []
        if src.summary_source is not None:
            parts.append(self.tr("summary from {src}").format(src=src.summary_source))
        if src.trend_rows:
            parts.append(self.tr("{n} trend rows").format(n=src.trend_rows))
        if src.product_rows:
            parts.append(self.tr("{n} product results").format(n=src.product_rows))
        if src.comment_rows:
            parts.append(self.tr("{n} comments").format(n=src.comment_rows))
        parts.append(self.tr("live log: yes") if src.live_log else self.tr("live log: none"))
        self.sources.setText(self.tr("Data: {list}").format(list=" · ".join(parts)))
        for panel in (
            self.overview,
            self.timeline,
            self.products,
            self.plan_actual,
            self.feedback,
            self.retrospective,
        ):
            panel.set_snapshot(snap)
        if self.across.current_b() != snap.show.id:  # A/B follows the picked show
            self.across.set_shows(self.shows, snap.show.id)
        self.across.set_currency(snap.currency)

    @Slot(bool)
    def _on_convert_changed(self, on: bool) -> None:
        self.convert = on
        self.refresh()

    @Slot()
    def _on_rates_requested(self) -> None:
        from livestudio.ui.review.rates import RatesDialog

        dlg = RatesDialog(self.service, self.snapshot.currency if self.snapshot else "CNY", self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _r: self.refresh() if self.convert else None)
        dlg.open()
        self.rates_dialog = dlg

    @Slot(str)
    def _on_theme_changed(self, _shown: str) -> None:
        """Charts and goal colours are drawn in the theme's colours: draw them again."""
        if self.snapshot is not None:
            self._apply_snapshot(self._load_generation, self.snapshot)
        self.traffic.reload()

    # ---- import, manual numbers, export -----------------------------------------------
    @Slot()
    def _on_import_clicked(self) -> None:
        self.start_import()

    def start_import(self, path: Path | None = None) -> Any:
        from livestudio.ui.review.dialogs import ImportDialog

        show_id = self.current_show_id()
        if not show_id:
            QMessageBox.information(
                self, self.tr("Import"), self.tr("Create or pick a show first.")
            )
            return None
        currency = self.snapshot.currency if self.snapshot else "CNY"
        dlg = ImportDialog(self.service, show_id, currency, self)
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
        service = self.service

        def job(progress: Any, cancelled: Any) -> importer.ImportOutcome:
            return service.apply_import(preview, other_shows)

        def done(outcome: importer.ImportOutcome) -> None:
            self.ctx.status_message.emit(
                self.tr("Imported {n} rows of {kind}; {r} rows skipped.").format(
                    n=outcome.stored, kind=importer.kind_label(outcome.kind), r=outcome.rejected
                )
            )
            self.reload_shows()

        self._start_job(self.tr("Importing…"), job, done)

    def _start_job(self, label: str, fn: Any, on_result: Any) -> None:
        def failed(exc: BaseException) -> None:
            if isinstance(exc, Cancelled):
                self.ctx.status_message.emit(self.tr("Cancelled; nothing was changed."))
            elif isinstance(exc, (OSError, ValueError, importer.ImportError_)):
                QMessageBox.warning(self, self.tr("Review"), str(exc))
            else:
                raise exc

        self._job = run_job(
            self, label, fn, on_result=on_result, on_error=failed, title=self.tr("Review")
        )
        self._job.finished.connect(self._on_job_finished)

    @Slot()
    def _on_job_finished(self) -> None:
        self._job = None

    def busy(self) -> bool:
        return self._job is not None or self.traffic.busy()

    @Slot()
    def _on_manual_clicked(self) -> None:
        from livestudio.ui.review.dialogs import ManualEntryDialog

        if self.snapshot is None:
            return
        dlg = ManualEntryDialog(self.service, self.snapshot.show.id, self.snapshot.currency, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.accepted.connect(self.reload_shows)
        dlg.open()

    @Slot()
    def _on_export_clicked(self) -> None:
        if self.snapshot is None:
            return
        suggested = str(Path(QDir.homePath()) / f"review-{self.snapshot.show.id}.pdf")
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export review"),
            suggested,
            self.tr("PDF report (*.pdf);;Excel workbook (*.xlsx)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the report (.pdf or .xlsx) off the UI thread, then offer Open / Show in folder."""
        if self.snapshot is None:
            return
        service, show_id = self.service, self.snapshot.show.id
        cannot = self.tr("Could not write {file}: {reason}")
        convert = self.convert  # the report compares as the screen does

        def job(progress: Any, cancelled: Any) -> Path:
            from livestudio.reports import review_report

            try:
                return review_report.export(service, show_id, path, convert=convert)
            except OSError as exc:  # a full disk, a read-only folder, the file open elsewhere
                raise ValueError(cannot.format(file=path, reason=exc.strerror or exc)) from exc

        def done(written: Path) -> None:
            self.ctx.status_message.emit(self.tr("Saved {file}").format(file=written))
            self.export_notice = announce_export(self, written, self.tr("Review report"))

        self._start_job(self.tr("Writing the report…"), job, done)

    # ---- menus and main window hooks --------------------------------------------------
    @Slot()
    def show_rules(self) -> None:
        self.overview.show_rules()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def hideEvent(self, event: Any) -> None:
        # the live log, the plan or the lineup may change elsewhere: reload when shown again
        super().hideEvent(event)
        if self.snapshot is not None and not event.spontaneous():
            self._stale = True

    def smoke(self) -> None:
        if self.show_combo.count() and self.snapshot is None:
            raise RuntimeError("review did not load the selected show")
