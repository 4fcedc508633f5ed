"""Review screens a user can read: the per-product GMV axis in the currency's units, timeline
segment labels that never overlap, a hover readout that does not outlive its show, action
items aimed at the next upcoming show, and every table readable at 1280x800."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale, QPoint, Qt
from PySide6.QtWidgets import QApplication

from livestudio.core import fmt
from livestudio.core.db import Store
from livestudio.core.models.plan import Segment, Show
from livestudio.core.models.review import ReviewProductResult, ReviewTrendPoint
from livestudio.core.review import demo
from tests.review.helpers import import_file

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _open(qtbot, main_window, show_id: int):  # type: ignore[no-untyped-def]
    main_window.resize(1280, 800)
    main_window.ctx.set_current_show(show_id)
    main_window.show_workspace("review")
    ws = main_window.workspace("review")
    qtbot.waitUntil(ws.isVisible)
    assert ws.current_show_id() == show_id
    return ws


def _show_with_products(store: Store, currency: str, gmvs: list[int]) -> int:
    with store.transaction() as s:
        show = Show(title=f"{currency} show", scheduled_start=START, currency=currency)
        s.add(show)
        s.flush()
        for i, gmv in enumerate(gmvs):
            s.add(
                ReviewProductResult(
                    show_id=show.id, sku=f"SKU-{i}", name=f"Product {i}", units=3, gmv=gmv
                )
            )
        return show.id


@pytest.mark.parametrize(("currency", "scale"), [("CNY", 100), ("JPY", 1)])
def test_product_gmv_axis_reads_in_the_currency_units(
    qtbot, main_window, store: Store, currency: str, scale: int
) -> None:  # type: ignore[no-untyped-def]
    sid = _show_with_products(store, currency, [1_234_500, 480_000, 99_000])
    ws = _open(qtbot, main_window, sid)
    ws.tabs.setCurrentWidget(ws.products)
    bars = ws.products.bars
    assert bars.values == [12_345.0 * 100 / scale, 4_800.0 * 100 / scale, 990.0 * 100 / scale]
    axis = bars.plot.getPlotItem().getAxis("bottom")
    assert currency in axis.labelText  # "GMV (CNY)"
    hi = bars.plot.getPlotItem().viewRange()[0][1]
    assert 1_234_500 / scale <= hi < 1_234_500 / scale * 2  # not a hundred times too long
    texts = [
        item.textItem.toPlainText()
        for item in bars.plot.getPlotItem().items
        if hasattr(item, "textItem")
    ]
    assert fmt.money(1_234_500, currency) in texts, texts  # each bar says its money in full


def test_twenty_four_segment_labels_never_overlap(qtbot, main_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = Show(title="Marathon of short segments", scheduled_start=START)
        s.add(show)
        s.flush()
        for i in range(24):
            s.add(
                Segment(
                    show_id=show.id,
                    position=i,
                    kind="showcase",
                    title=f"Segment {i + 1}: lipstick shade swatches 口红试色",
                    planned_duration_ms=(3 if i % 3 else 9) * 60_000,
                )
            )
        s.add_all(
            ReviewTrendPoint(show_id=show.id, offset_ms=m * 60_000, online=200 + m)
            for m in range(120)
        )
        sid = show.id
    ws = _open(qtbot, main_window, sid)
    ws.tabs.setCurrentWidget(ws.timeline)
    chart = ws.timeline.chart
    qtbot.waitUntil(lambda: chart.plot.getPlotItem().vb.width() > 600)
    QApplication.processEvents()

    def visible_rects():  # type: ignore[no-untyped-def]
        out = []
        for label in chart.labels:
            if label.isVisible():
                label.updateTransform(force=True)
                out.append((label, label.sceneBoundingRect()))
        return out

    def assert_no_overlap() -> None:
        rects = visible_rects()
        for i, (a, ra) in enumerate(rects):
            for b, rb in rects[i + 1 :]:
                assert not ra.intersects(rb), f"{a.shown_text()!r} overlaps {b.shown_text()!r}"

    assert len(chart.labels) == 24
    assert_no_overlap()
    shown = visible_rects()
    assert len(shown) >= 12  # most segments keep a (shortened) name on the chart
    assert chart.label_rows > 1  # staggered, not one crowded row
    for label, _rect in shown:  # shortened ones end in "…" and keep the full name to hover
        text = label.shown_text()
        assert text == label.full_text or (
            text.endswith("…") and label.toolTip() == label.full_text
        )
    # the readout names the segment under the mouse even where its label is hidden
    assert "Segment 24" in chart.describe_minute(118)
    # zoomed in, the labels are laid out again: still no overlap, and more of them whole
    whole_before = sum(1 for label, _ in shown if label.shown_text() == label.full_text)
    chart.plot.getPlotItem().vb.setXRange(0, 30, padding=0)
    QApplication.processEvents()
    assert_no_overlap()
    whole_after = sum(1 for label, _ in visible_rects() if label.shown_text() == label.full_text)
    assert whole_after > whole_before


def test_hover_readout_resets_when_the_show_changes(
    qtbot, main_window, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        first = demo.build_show(s, START)
        second = demo.build_show(s, START + timedelta(days=7), seed=5, record_live=False)
    import_file(store, first.show_id, demo.write_douyin_trend(tmp_path / "trend.xlsx", first))
    ws = _open(qtbot, main_window, first.show_id)
    ws.tabs.setCurrentWidget(ws.timeline)
    chart = ws.timeline.chart
    qtbot.waitUntil(lambda: chart.plot.getPlotItem().vb.width() > 600)
    idle = ws.timeline.readout()
    vb = chart.plot.getPlotItem().vb
    target = chart.plot.mapFromScene(vb.mapViewToScene(vb.viewRect().center()))
    qtbot.mouseMove(chart.plot.viewport(), QPoint(target.x() - 3, target.y()))
    qtbot.mouseMove(chart.plot.viewport(), QPoint(target.x(), target.y()))
    qtbot.waitUntil(lambda: ws.timeline.readout().startswith("Minute"))
    assert "online" in ws.timeline.readout()  # the first show's figures
    ws.select_show(second.show_id)
    qtbot.waitUntil(lambda: ws.snapshot is not None and ws.snapshot.show.id == second.show_id)
    assert ws.timeline.readout() == idle  # nothing left over from the first show


def test_action_items_aim_at_the_next_upcoming_show_and_fall_due_before_it(
    qtbot, main_window, store: Store
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        done = demo.build_show(s, START, record_live=False)
        s.add_all(
            [
                Show(
                    title="Already over", scheduled_start=START + timedelta(days=2), status="ended"
                ),
                Show(title="Far away", scheduled_start=START + timedelta(days=30), status="ready"),
                Show(title="Coming up", scheduled_start=START + timedelta(days=10), status="ready"),
            ]
        )
    ws = _open(qtbot, main_window, done.show_id)
    ws.service.clock = lambda: START + timedelta(days=4)  # a few days after the show
    ws.refresh()
    retro = ws.retrospective
    ws.tabs.setCurrentWidget(retro)
    assert retro.send_target.currentText().endswith("Coming up")
    coming = (START + timedelta(days=10)).astimezone().date()
    assert retro.due_date() == coming - timedelta(days=1)  # due the day before it
    qtbot.keyClicks(retro.action_title, "Print the size chart")
    retro.add_button.click()
    rows = ws.service.actions(done.show_id)
    assert rows[-1].due_at is not None and rows[-1].due_at < START + timedelta(days=10)


@pytest.mark.qt_log_level_fail("CRITICAL")
@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_review_table_is_readable_at_1280x800(
    qtbot, qapp, store: Store, settings, language: str
) -> None:  # type: ignore[no-untyped-def]
    from livestudio import translations
    from livestudio.core import sample
    from livestudio.ui.clipcheck import clipped_columns, horizontal_scrolls
    from livestudio.ui.main_window import MainWindow

    translations.install(qapp, QLocale(language))
    try:
        sample.add_sample(store, "zh" if language == "zh_CN" else "en")
        window = MainWindow(store, settings=settings)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        window.show_workspace("review")
        ws = window.workspace("review")
        problems: list[str] = []
        for i in range(ws.tabs.count()):
            ws.tabs.setCurrentIndex(i)
            qapp.processEvents()
            problems += [f"{ws.tabs.tabText(i)}: {p}" for p in clipped_columns(ws)]
            problems += [f"{ws.tabs.tabText(i)}: {p}" for p in horizontal_scrolls(ws)]
        window.close()
        assert not problems, "\n".join(problems)
    finally:
        translations.install(qapp, QLocale("en_US"))


def test_switching_to_the_dark_theme_redraws_the_review_charts(
    qtbot, qapp, main_window, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui import theme

    with store.transaction() as s:
        d = demo.build_show(s, START)
    ws = _open(qtbot, main_window, d.show_id)
    chart = ws.timeline.chart
    before = theme.current_theme()
    try:
        theme.apply_theme(qapp, "light")
        light_text = chart.labels[0].textItem.defaultTextColor().name()
        theme.apply_theme(qapp, "dark")
        dark = theme.chart_palette()
        assert chart.labels[0].textItem.defaultTextColor().name() == dark["foreground"]
        assert light_text != dark["foreground"]  # drawn again in the dark theme's colours
    finally:
        theme.apply_theme(qapp, before)


def test_a_target_picked_by_hand_survives_a_reload(qtbot, main_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        done = demo.build_show(s, START, record_live=False)
        s.add_all(
            [
                Show(title="Coming up", scheduled_start=START + timedelta(days=10), status="ready"),
                Show(title="Far away", scheduled_start=START + timedelta(days=30), status="ready"),
            ]
        )
    ws = _open(qtbot, main_window, done.show_id)
    ws.service.clock = lambda: START + timedelta(days=4)
    ws.reload_shows()  # the pickers in the order of that day: upcoming soonest first
    retro = ws.retrospective
    ws.tabs.setCurrentWidget(retro)
    assert retro.send_target.currentText().endswith("Coming up")
    combo = retro.send_target
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the user picks the show after it
    assert combo.currentText().endswith("Far away")
    ws.feedback.add_comments("1:00 nice")  # something else reloads the show
    assert combo.currentText().endswith("Far away")


def test_other_currencies_join_the_comparison_only_at_a_rate_the_user_enters(
    qtbot, main_window, store: Store
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        usd = Show(title="Dollar week", scheduled_start=START - timedelta(days=14), currency="USD")
        cny = Show(title="Yuan week", scheduled_start=START - timedelta(days=7), currency="CNY")
        now = Show(title="This week", scheduled_start=START, currency="CNY")
        s.add_all([usd, cny, now])
        s.flush()
        for show, gmv in ((usd, 100_000), (cny, 500_000), (now, 800_000)):
            s.add(ReviewProductResult(show_id=show.id, sku="A", name="A", units=1, gmv=gmv))
        now_id = now.id
    ws = _open(qtbot, main_window, now_id)
    card = ws.overview.cards["gmv"]
    assert "median of the last 1 CNY shows" in card.compare.text()  # the dollar show stays out
    ws.tabs.setCurrentWidget(ws.across)
    assert "1 shows sold in CNY" not in ws.across.chart.caption.text()
    assert "2 shows sold in CNY" in ws.across.chart.caption.text()
    ws.tabs.setCurrentWidget(ws.overview)
    ws.overview.rates_button.click()
    dlg = ws.rates_dialog
    dlg.base.setCurrentText("USD")
    dlg.quote.setCurrentText("CNY")
    dlg.valid_on.setDate(QDate(2026, 11, 1))
    qtbot.keyClicks(dlg.rate, "abc")
    dlg.add_button.click()
    assert "abc" in dlg.error.text() and dlg.table.rowCount() == 0  # refused, says what
    dlg.rate.clear()
    qtbot.keyClicks(dlg.rate, "7.1")
    dlg.add_button.click()
    assert dlg.table.rowCount() == 1 and "1 USD = 7.1000 CNY" in dlg.table.item(0, 0).text()
    dlg.close()
    ws.overview.convert_check.click()
    text = card.compare.text()
    assert "converted to CNY" in text and "1 USD = 7.1000 CNY" in text  # the rate is named
    assert "median of the last 2 shows" in text
