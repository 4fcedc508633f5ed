"""One label table for the plan's codes; clock times from core/fmt; every Plan tab readable at
1280x800 on the sample store (no clipped key column, no sideways scroll)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from livestudio.core import fmt, labels
from livestudio.core.models import plan as plan_models
from livestudio.reports import runsheet
from livestudio.ui.plan.models import SegmentsModel


@pytest.mark.parametrize(
    ("codes", "table"),
    [
        (plan_models.SEGMENT_KINDS, labels.segment_kinds),
        (plan_models.LINEUP_ROLES, labels.lineup_roles),
        (plan_models.PROMOTION_KINDS, labels.promotion_kinds),
        (plan_models.SHOW_STATUSES, labels.show_statuses),
        (plan_models.SHOW_FORMATS, labels.show_formats),
        (plan_models.TASK_PHASES, labels.task_phases),
        (plan_models.RISK_CATEGORIES, labels.risk_categories),
    ],
)
def test_every_stored_code_has_a_label(codes: tuple[str, ...], table: Any) -> None:
    shown = table()
    assert list(shown) == list(codes)  # pickers list them in the stored order
    assert all(text and text != code for code, text in shown.items())


def test_an_unknown_code_reads_as_itself() -> None:
    assert labels.segment_kind("karaoke") == "karaoke"


def test_custom_segment_reads_the_same_on_screen_and_in_the_run_sheet(qapp: Any) -> None:
    from livestudio.core.plan.service import SegmentRowData

    model = SegmentsModel()
    model.set_rows(
        [SegmentRowData(1, "custom", "", 60_000, None, "", "", 0, 0, 60_000, None, False)]
    )
    on_screen = model.index(0, SegmentsModel.COLUMNS.index("kind"), QModelIndex()).data(
        Qt.ItemDataRole.DisplayRole
    )
    assert on_screen == runsheet.segment_kind_label("custom") == "Custom"
    assert runsheet.role_label("traffic") == labels.lineup_role("traffic") == "Traffic driver"


def test_clock_time_marks_the_next_day_and_the_offset_is_unambiguous(
    qapp: Any, shanghai_tz: None
) -> None:
    start = datetime(2026, 12, 4, 15, 30, tzinfo=UTC)  # 23:30 in Shanghai
    after_midnight = datetime(2026, 12, 4, 16, 10, 5, tzinfo=UTC)
    assert fmt.clock_time(start) == "23:30"
    assert fmt.clock_time(after_midnight, since=start) == "00:10 +1"
    assert fmt.clock_time(after_midnight, since=start, seconds=True) == "00:10:05 +1"
    assert fmt.utc_offset(start) == "UTC+08:00"
    assert fmt.clock_time(None) == "—"


def test_every_plan_tab_fits_1280x800_on_the_sample_store(
    main_window: Any, qtbot: Any, store: Any
) -> None:
    from livestudio.core.sample import add_sample
    from livestudio.ui.clipcheck import clipped_columns, horizontal_scrolls

    sid = add_sample(store, "en")
    main_window.resize(1280, 800)
    main_window.show_workspace("plan")
    ws = main_window.workspace("plan")
    qtbot.waitUntil(ws.isVisible)
    ws.reload_shows()
    ws.select_show(sid)
    problems: list[str] = []
    for i in range(ws.tabs.count()):
        ws.tabs.setCurrentIndex(i)
        qtbot.waitUntil(ws.tabs.currentWidget().isVisible)
        qtbot.wait(0)  # column sizes settle on the next turn of the event loop
        problems += [f"{ws.tabs.tabText(i)}: {p}" for p in clipped_columns(ws)]
        problems += [f"{ws.tabs.tabText(i)}: {p}" for p in horizontal_scrolls(ws)]
        view = getattr(ws.tabs.currentWidget(), "view", None)
        if view is not None:  # lineup, run-of-show: no sideways scroll either
            assert view.horizontalScrollBar().maximum() == 0, ws.tabs.tabText(i)
    assert problems == []
    # the overview's two columns fit beside each other (it never needs a sideways scroll)
    overview = ws.overview
    assert overview.widget().minimumSizeHint().width() <= overview.viewport().width()
