"""The Review workspace on the real main window with a completed sample show."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QDialogButtonBox
from sqlalchemy import select

from livestudio.core.db import Store
from livestudio.core.models.plan import PrepTask, Show
from livestudio.core.models.review import ReviewComment, ReviewSummary, ReviewTrendPoint
from livestudio.core.money import format_money
from livestudio.core.review import demo
from livestudio.ui.theme import chart_palette
from tests.review.helpers import import_file

START = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def reviewed(store: Store, tmp_path: Path) -> demo.DemoShow:
    with store.transaction() as s:
        earlier = demo.build_show(
            s, START - timedelta(days=7), seed=3, scale=0.8, record_live=False
        )
        d = demo.build_show(s, START)
        s.add(Show(title="下周五 Next Friday", scheduled_start=START + timedelta(days=7)))
    import_file(
        store, earlier.show_id, demo.write_douyin_summary(tmp_path / "earlier.csv", [earlier])
    )
    import_file(store, d.show_id, demo.write_douyin_summary(tmp_path / "summary.csv", [d]))
    import_file(store, d.show_id, demo.write_products(tmp_path / "products.xlsx", d))
    import_file(store, d.show_id, demo.write_comments(tmp_path / "comments.csv", d))
    return d


def _open(qtbot, main_window, show_id: int):  # type: ignore[no-untyped-def]
    main_window.ctx.set_current_show(show_id)
    main_window.show_workspace("review")
    ws = main_window.workspace("review")
    qtbot.waitUntil(ws.isVisible)  # the new tab's page is shown once the layout runs
    assert ws.current_show_id() == show_id
    return ws


def test_kpi_cards_show_value_goal_history_and_formula(
    qtbot, main_window, reviewed: demo.DemoShow
) -> None:  # type: ignore[no-untyped-def]
    ws = _open(qtbot, main_window, reviewed.show_id)
    gmv = ws.overview.cards["gmv"]
    assert gmv.value.text() == format_money(reviewed.summary["gmv"])
    assert "missed by" in gmv.goal.text()  # the sample misses its ¥60,000 goal
    assert (
        "vs previous" in gmv.compare.text()
        and "vs median of the last 1 CNY shows" in gmv.compare.text()
    )
    assert "GMV = sum of paid order amounts" in gmv.toolTip()
    assert "met" in ws.overview.cards["conversion"].goal.text()
    findings = ws.overview.findings_text()
    assert "围巾搭配 Scarf styling" in findings and "Interest without purchase" in findings


def test_missing_inputs_show_a_dash_with_the_reason(qtbot, main_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = Show(title="Quiet Tuesday", scheduled_start=START)
        s.add(show)
        s.flush()
        sid = show.id
    ws = _open(qtbot, main_window, sid)
    card = ws.overview.cards["aov"]
    assert card.value.text() == "—"
    assert "not" in card.goal.text()  # the reason, e.g. "GMV is not in any import..."
    assert "Shown as — because" in card.toolTip()


def test_timeline_chart_draws_viewers_over_segment_bands(
    qtbot,
    main_window,
    store: Store,  # type: ignore[no-untyped-def]
    reviewed: demo.DemoShow,
    tmp_path: Path,
) -> None:
    import_file(store, reviewed.show_id, demo.write_douyin_trend(tmp_path / "trend.xlsx", reviewed))
    ws = _open(qtbot, main_window, reviewed.show_id)
    ws.refresh()
    ws.tabs.setCurrentWidget(ws.timeline)
    chart = ws.timeline.chart
    qtbot.waitExposed(chart)
    qtbot.waitUntil(lambda: chart.width() > 300)
    img = chart.grab().toImage()
    line = QColor(chart_palette()["series"][0])  # type: ignore[index]

    def near(c: QColor, ref: QColor) -> bool:
        return (
            abs(c.red() - ref.red()) + abs(c.green() - ref.green()) + abs(c.blue() - ref.blue())
            < 60
        )

    pixels = [
        img.pixelColor(x, y) for x in range(0, img.width(), 2) for y in range(0, img.height(), 2)
    ]
    assert sum(near(p, line) for p in pixels) > 50  # the online-viewers line is drawn
    assert len({p.name() for p in pixels}) > 30  # bands, promotions, markers — not an empty plot
    labels = [label.full_text for label in chart.labels]
    assert labels[1] == "口红试色 Lipstick swatches"
    hover = chart.describe_minute(10)
    assert "Minute 10" in hover and "口红试色" in hover and "online" in hover
    assert (
        chart.curves["online"].opts["autoDownsample"] and chart.curves["online"].opts["clipToView"]
    )
    table = ws.timeline.segment_table
    assert table.item(4, 0).text() == "围巾搭配 Scarf styling"
    assert table.item(4, 5).text().startswith("-")  # viewers lost in that segment


def test_import_dialog_detects_maps_and_imports(
    qtbot,
    main_window,
    store: Store,
    reviewed: demo.DemoShow,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    ws = _open(qtbot, main_window, reviewed.show_id)
    path = demo.write_douyin_trend(tmp_path / "实时趋势.xlsx", reviewed)
    dlg = ws.start_import(path)
    qtbot.waitUntil(lambda: dlg.preview is not None and not dlg.busy())
    assert dlg.preview.kind == "trend" and "running total" in dlg.status.text()
    assert dlg.ok_button.text() == "Import 72 rows"
    dlg.set_mapping("likes", None)  # the user decides not to import likes
    qtbot.waitUntil(lambda: not dlg.busy() and "likes" not in dlg.preview.mapping)
    dlg.ok_button.click()
    qtbot.waitUntil(
        lambda: ws.snapshot is not None and len(ws.snapshot.trend) == reviewed.minutes,
        timeout=10000,
    )
    with store.session() as s:
        pts = s.scalars(select(ReviewTrendPoint)).all()
        assert len(pts) == reviewed.minutes and all(p.likes is None for p in pts)
    assert "72 trend rows" in ws.sources.text()


def test_correcting_a_comment_label_is_kept(
    qtbot, main_window, store: Store, reviewed: demo.DemoShow
) -> None:  # type: ignore[no-untyped-def]
    ws = _open(qtbot, main_window, reviewed.show_id)
    ws.tabs.setCurrentWidget(ws.feedback)
    table = ws.feedback.table
    row = table.column_texts(2).index("发货快吗")
    index = table.model().index(row, 3)
    table.setCurrentIndex(index)
    table.edit(index)  # what a double-click does
    combo = table.findChild(QComboBox)
    assert combo is not None and combo.currentData() == "neutral"
    combo.setCurrentIndex(combo.findData("negative"))
    combo.activated.emit(combo.currentIndex())  # the user picks "Negative"
    qtbot.waitUntil(
        lambda: table.item(row, 6) is not None and table.item(row, 6).text() == "✔ by you"
    )
    with store.session() as s:
        c = s.scalar(select(ReviewComment).where(ReviewComment.text == "发货快吗"))
        assert c is not None and c.sentiment == "negative" and c.corrected
    assert table.item(row, 3).text().startswith("Negative")
    assert ws.snapshot is not None
    before = ws.snapshot.feedback.by_topic["price"]
    added = ws.feedback.add_comments("3:10 too expensive for me")
    assert added == 1 and f"Price: {before + 1} " in ws.feedback.summary.text()


def test_manual_numbers_fill_the_cards(qtbot, main_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui.review.dialogs import ManualEntryDialog

    with store.transaction() as s:
        show = Show(title="No export this time", scheduled_start=START, goal_gmv=500_000)
        s.add(show)
        s.flush()
        sid = show.id
    ws = _open(qtbot, main_window, sid)
    dlg = ManualEntryDialog(ws.service, sid, "CNY", ws)
    qtbot.addWidget(dlg)
    save = dlg.buttons.button(QDialogButtonBox.StandardButton.Save)
    dlg.edits["gmv"].setText("¥6,200.50")
    dlg.edits["buyers"].setText("lots")
    save.click()
    assert "Buyers" in dlg.error.text() and dlg.result() == 0  # stays open, says which field
    dlg.edits["buyers"].setText("62")
    dlg.edits["avg_watch_ms"].setText("1分35秒")
    with qtbot.waitSignal(dlg.accepted):
        save.click()
    ws.refresh()
    assert (
        ws.overview.cards["gmv"].value.text() == "¥6,200.50"
        and "met" in ws.overview.cards["gmv"].goal.text()
    )
    assert ws.overview.cards["aov"].value.text() == "¥100.01"
    assert ws.overview.cards["avg_watch"].value.text() == "1:35"
    with store.session() as s:
        assert s.scalar(select(ReviewSummary)).source == "manual"  # type: ignore[union-attr]


def test_action_items_go_to_the_next_show_and_notes_are_saved(
    qtbot,
    main_window,
    store: Store,  # type: ignore[no-untyped-def]
    reviewed: demo.DemoShow,
) -> None:
    ws = _open(qtbot, main_window, reviewed.show_id)
    ws.service.clock = lambda: START + timedelta(days=1)  # the day after the show
    ws.refresh()
    ws.tabs.setCurrentWidget(ws.retrospective)
    retro = ws.retrospective
    retro.note_edits["try"].setPlainText("围巾先讲材质再报价\nPin the coupon earlier")
    retro.save_button.click()
    qtbot.keyClicks(retro.action_title, "Film a close-up of the scarf fabric")
    retro.action_owner.setText("小雅")  # QTest cannot type non-ASCII keys
    retro.add_button.click()
    assert retro.action_table.rowCount() == 1
    assert retro.send_target.currentText().endswith("下周五 Next Friday")  # the next show
    retro.send_button.click()
    with store.session() as s:
        task = s.scalars(
            select(PrepTask).where(PrepTask.source == f"review:{reviewed.show_id}")
        ).one()
        assert task.title == "Film a close-up of the scarf fabric" and task.owner == "小雅"
    ws.refresh()
    assert retro.note_edits["try"].toPlainText() == "围巾先讲材质再报价\nPin the coupon earlier"
    assert retro.action_table.item(0, 3).text() == "下周五 Next Friday"


def test_export_and_across_shows(
    qtbot, main_window, reviewed: demo.DemoShow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ws = _open(qtbot, main_window, reviewed.show_id)
    out = tmp_path / "review.xlsx"
    ws.export_to(out)
    qtbot.waitUntil(lambda: out.exists() and not ws.busy(), timeout=20000)
    notice = ws.export_notice  # "Saved review.xlsx" with Open / Show in folder
    assert "review.xlsx" in notice.text()
    assert {b.objectName() for b in notice.buttons()} >= {"export_open", "export_show_in_folder"}
    notice.close()
    ws.tabs.setCurrentWidget(ws.across)
    table = ws.across.ab_table
    assert table.rowCount() > 10
    gmv_row = table.column_texts(0).index("GMV")
    assert table.item(gmv_row, 3).text().startswith("+")  # this show beat the earlier one


def test_menus_reach_the_review(qtbot, main_window, reviewed: demo.DemoShow, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    action = next(
        a for a in main_window.menu_help.actions() if a.text() == "How review findings are made"
    )
    action.trigger()
    assert main_window.current_workspace_key() == "review"
    assert "Interest without purchase" in shown[0] and "Largest viewer drop" in shown[0]


def test_summary_import_can_fill_other_matching_shows(
    qtbot, main_window, store: Store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        weeks = [
            demo.build_show(s, START - timedelta(days=7 * i), seed=i + 1, record_live=False)
            for i in range(3)
        ]
    ws = _open(qtbot, main_window, weeks[0].show_id)
    dlg = ws.start_import(demo.write_tiktok_live_list(tmp_path / "LIVE list.xlsx", weeks))
    qtbot.waitUntil(lambda: dlg.preview is not None and not dlg.busy())
    assert dlg.other_shows_check.isVisibleTo(dlg)
    assert "2 other shows" in dlg.other_shows_check.text()
    dlg.other_shows_check.setChecked(True)
    dlg.ok_button.click()

    def summaries() -> int:
        with store.session() as s:
            return len(s.scalars(select(ReviewSummary)).all())

    qtbot.waitUntil(lambda: summaries() == 3 and not ws.busy(), timeout=10000)
    assert "vs median of the last 2 CNY shows" in ws.overview.cards["gmv"].compare.text()


def test_coming_back_to_review_shows_changes_made_elsewhere(
    qtbot,
    main_window,
    store: Store,  # type: ignore[no-untyped-def]
    reviewed: demo.DemoShow,
) -> None:
    from livestudio.core.review import importer

    ws = _open(qtbot, main_window, reviewed.show_id)
    main_window.show_workspace("plan")
    qtbot.waitUntil(lambda: not ws.isVisible())
    with store.transaction() as s:  # e.g. numbers typed in by another window / the CLI
        importer.save_manual_summary(s, reviewed.show_id, {"gmv": 7_000_000})
    main_window.show_workspace("review")
    qtbot.waitUntil(lambda: ws.overview.cards["gmv"].value.text() == "¥70,000.00")
    assert "met" in ws.overview.cards["gmv"].goal.text()


def _marathon(store: Store) -> tuple[int, int, int]:
    """A short show and a 4-hour show with a per-second trend (14,400 rows)."""
    from sqlalchemy import insert

    with store.transaction() as s:
        small = Show(title="Short Tuesday", scheduled_start=START - timedelta(days=1))
        show = Show(title="Marathon 4h", scheduled_start=START, planned_duration_ms=4 * 3600_000)
        s.add_all([small, show])
        s.flush()
        small_id, sid = small.id, show.id
        rows = 4 * 3600
        s.execute(
            insert(ReviewTrendPoint),
            [
                {
                    "show_id": sid,
                    "offset_ms": i * 1000,
                    "online": 500 + (i % 300),
                    "entries": 3,
                    "comments": 1,
                    "likes": 5,
                    "orders": i % 2,
                    "gmv": (i % 2) * 4900,
                }
                for i in range(rows)
            ],
        )
    return small_id, sid, rows


def test_a_four_hour_per_second_show_loads_on_a_worker(qtbot, main_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    from livestudio.ui.review import workspace as review_ws

    small_id, sid, rows = _marathon(store)
    assert rows > review_ws.BACKGROUND_LOAD_ROWS
    ws = _open(qtbot, main_window, small_id)  # the tab is built; now switch to the long show
    ws.select_show(sid)
    assert "Loading" in ws.sources.text()  # handed to a worker; the window keeps running
    qtbot.waitUntil(lambda: "14400 trend rows" in ws.sources.text(), timeout=30000)
    assert ws.overview.cards["orders"].value.text() == f"{rows // 2:,}"
    assert ws.snapshot is not None and len(ws.snapshot.trend) == rows


@pytest.mark.perf
def test_the_window_keeps_beating_while_a_four_hour_show_loads(
    qtbot, main_window, store: Store
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QElapsedTimer, QTimer

    small_id, sid, _rows = _marathon(store)
    ws = _open(qtbot, main_window, small_id)
    gaps: list[int] = []
    clock = QElapsedTimer()
    beat = QTimer()
    beat.setInterval(10)
    beat.timeout.connect(lambda: gaps.append(int(clock.restart())))
    clock.start()
    beat.start()
    ws.select_show(sid)
    qtbot.waitUntil(lambda: "14400 trend rows" in ws.sources.text(), timeout=30000)
    beat.stop()
    assert len(gaps) > 1, "the event loop kept running while the show loaded"


def test_a_report_that_cannot_be_written_says_where_and_why(
    qtbot, main_window, reviewed: demo.DemoShow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    ws = _open(qtbot, main_window, reviewed.show_id)
    target = tmp_path / "no such folder" / "review.xlsx"
    ws.export_to(target)
    qtbot.waitUntil(lambda: not ws.busy(), timeout=20000)
    assert shown and str(target) in shown[0] and "Could not write" in shown[0]
    assert not target.exists()


def test_a_b_compares_the_picked_show_with_the_one_before(
    qtbot, main_window, store: Store, reviewed: demo.DemoShow
) -> None:  # type: ignore[no-untyped-def]
    ws = _open(qtbot, main_window, reviewed.show_id)
    across = ws.across
    assert across.current_b() == reviewed.show_id
    earlier = across.ab_a.currentData()
    assert earlier != reviewed.show_id
    ws.select_show(earlier)
    qtbot.waitUntil(lambda: ws.snapshot is not None and ws.snapshot.show.id == earlier)
    assert across.current_b() == earlier  # B follows the show picked at the top


def test_questions_are_marked_apart_from_their_sentiment(qtbot, main_window, store: Store) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        show = Show(title="Q&A night", scheduled_start=START)
        s.add(show)
        s.flush()
        s.add_all(
            [
                ReviewComment(show_id=show.id, offset_ms=60_000, text="有没有大码", question=True),
                ReviewComment(
                    show_id=show.id, offset_ms=120_000, text="好看", sentiment="positive"
                ),
            ]
        )
        sid = show.id
    ws = _open(qtbot, main_window, sid)
    ws.tabs.setCurrentWidget(ws.feedback)
    table = ws.feedback.table
    marks = dict(zip(table.column_texts(2), table.column_texts(5), strict=True))
    assert marks == {"有没有大码": "? asks", "好看": ""}


def test_unsaved_notes_survive_a_reload_of_the_same_show(
    qtbot, main_window, reviewed: demo.DemoShow
) -> None:  # type: ignore[no-untyped-def]
    ws = _open(qtbot, main_window, reviewed.show_id)
    ws.tabs.setCurrentWidget(ws.retrospective)
    keep = ws.retrospective.note_edits["keep"]
    keep.setFocus()
    qtbot.keyClicks(keep, "Opening hook worked")
    ws.tabs.setCurrentWidget(ws.feedback)
    ws.feedback.add_comments("2:00 love it")  # stored, and the show reloads
    assert keep.toPlainText() == "Opening hook worked"  # not wiped by the reload
    ws.retrospective.save_button.click()
    ws.refresh()
    assert keep.toPlainText() == "Opening hook worked"


def test_questions_show_on_the_timeline_minute_by_minute(
    qtbot, main_window, store: Store, reviewed: demo.DemoShow
) -> None:  # type: ignore[no-untyped-def]
    with store.transaction() as s:
        s.add_all(
            ReviewComment(
                show_id=reviewed.show_id, offset_ms=10 * 60_000 + i, text=t, question=True
            )
            for i, t in enumerate(("链接在哪", "有没有大码"))
        )
    ws = _open(qtbot, main_window, reviewed.show_id)
    ws.refresh()
    chart = ws.timeline.chart
    before = sum(1 for c in ws.snapshot.comments if c.question and c.offset_ms // 60_000 == 10)  # type: ignore[union-attr,operator]
    assert before >= 2
    assert f"questions {before}" in chart.describe_minute(10)
    assert "questions" not in chart.describe_minute(0)
