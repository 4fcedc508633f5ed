"""Review ▸ Plan vs actual: segments (planned vs actual start and length), goals, lineup stock
sold and promotions started."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QGroupBox, QVBoxLayout, QWidget

from livestudio.core import fmt
from livestudio.core.review import kpis
from livestudio.core.review.service import ReviewSnapshot
from livestudio.ui.review.common import ReviewTable
from livestudio.ui.widgets.columns import FIT, STRETCH, Col


def _signed_duration(ms: int | None) -> str | None:
    if ms is None:
        return None
    return ("+" if ms > 0 else "") + fmt.duration(ms)


class PlanActualPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segments = ReviewTable(
            [
                self.tr("Segment"),
                self.tr("Planned start"),
                self.tr("Planned"),
                self.tr("Actual start"),
                self.tr("Actual"),
                self.tr("Over / under"),
            ],
            {0: Col.stretch_elide(120), **{c: FIT for c in range(1, 6)}},
        )
        self.goals = ReviewTable(
            [self.tr("Goal"), self.tr("Planned"), self.tr("Result"), self.tr("Met?")],
            {0: STRETCH, 1: FIT, 2: FIT, 3: FIT},
        )
        self.lineup = ReviewTable(
            [
                self.tr("Product"),
                self.tr("Allocated stock"),
                self.tr("Sold"),
                self.tr("Left"),
                self.tr("From"),
            ],
            {0: STRETCH, 1: FIT, 2: FIT, 3: FIT, 4: FIT},
        )
        self.promos = ReviewTable(
            [
                self.tr("Promotion"),
                self.tr("Planned start"),
                self.tr("Actual start"),
                self.tr("Started?"),
            ],
            {0: STRETCH, 1: FIT, 2: FIT, 3: FIT},
        )
        grid = QGridLayout(self)
        for i, (title, widget) in enumerate(
            (
                (self.tr("Segments"), self.segments),
                (self.tr("Goals"), self.goals),
                (self.tr("Lineup"), self.lineup),
                (self.tr("Promotions"), self.promos),
            )
        ):
            box = QGroupBox(title)
            QVBoxLayout(box).addWidget(widget)
            grid.addWidget(box, i // 2, i % 2)

    def set_snapshot(self, snap: ReviewSnapshot) -> None:
        cur = snap.currency
        self.segments.fill(
            [
                [
                    s.title,
                    fmt.duration(s.planned_start_ms),
                    fmt.duration(s.planned_ms),
                    fmt.duration(s.actual_start_ms),
                    fmt.duration(s.actual_ms),
                    _signed_duration(s.over_ms),
                ]
                for s in snap.segments_pva
            ]
        )
        self.goals.fill(
            [
                [
                    k.label,
                    kpis.format_value(k.unit, k.goal, cur),
                    kpis.format_kpi(k, cur),
                    None
                    if k.goal_met is None
                    else (self.tr("met") if k.goal_met else self.tr("missed")),
                ]
                for k in snap.kpis
                if k.goal is not None
            ]
        )
        self.lineup.fill(
            [
                [
                    li.name or li.sku,
                    fmt.number(li.allocated),
                    fmt.number(li.sold),
                    fmt.number(li.allocated - li.sold)
                    if li.allocated is not None and li.sold is not None
                    else None,
                    li.source or None,
                ]
                for li in snap.lineup_pva
            ]
        )
        self.promos.fill(
            [
                [
                    p.title,
                    fmt.duration(p.planned_start_ms),
                    fmt.duration(p.actual_start_ms),
                    self.tr("yes") if p.started else self.tr("no"),
                ]
                for p in snap.promos_pva
            ]
        )
